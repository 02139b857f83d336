import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CheckedIdentityMapping, IdentityPrincipal, MappingRule } from "./identityPrincipal";
import type { VerifiedIdentity } from "./verifiedIdentity";

/** Why a verified identity gets no principal: always a 403 (signed in, but not allowed in). */
export type IdentityProblem = {
  code: "identity-not-mapped" | "groups-overage";
  status: 403;
  message: Localized;
};

export type ResolvedPrincipals =
  { ok: true; principals: IdentityPrincipal[] } | { ok: false; problem: IdentityProblem };

/**
 * Every (bloc, unit, role) the board's mapping gives this identity, in the mapping's order and without repeats:
 * entries of its tenant naming its object id, or a group the token lists. None is a 403 problem that tells the
 * person what to send the board.
 */
export function resolvePrincipals(
  identity: VerifiedIdentity,
  mapping: CheckedIdentityMapping,
): ResolvedPrincipals {
  const tenantId = identity.tenantId.toLowerCase();
  const objectId = identity.objectId.toLowerCase();
  const groups = new Set((identity.groups ?? []).map((group) => group.toLowerCase()));
  const principals: IdentityPrincipal[] = [];
  const seen = new Set<string>();
  for (const rule of mapping.rules) {
    if (rule.tenantId !== tenantId || !matches(rule, objectId, groups)) continue;
    const key = JSON.stringify(rule.scope);
    if (seen.has(key)) continue;
    seen.add(key);
    principals.push({ ...rule.scope, matchedBy: rule.subject.kind });
  }
  if (principals.length > 0) return { ok: true, principals };
  const groupRulesInTenant = mapping.rules.some((r) => r.tenantId === tenantId && r.subject.kind === "group");
  return {
    ok: false,
    problem: groupRulesInTenant && identity.groupsOverage ? overage(identity) : notMapped(identity),
  };
}

function matches(rule: MappingRule, objectId: string, groups: ReadonlySet<string>): boolean {
  return rule.subject.kind === "user" ? rule.subject.objectId === objectId : groups.has(rule.subject.groupId);
}

function who(identity: VerifiedIdentity): string {
  return identity.upn ?? identity.name ?? identity.objectId;
}

function notMapped(identity: VerifiedIdentity): IdentityProblem {
  return {
    code: "identity-not-mapped",
    status: 403,
    message: msg(
      `Tài khoản ${who(identity)} đã đăng nhập Microsoft thành công nhưng chưa được Ban Thi đua – Khen thưởng gán vào khối, đơn vị và vai trò nào. ` +
        `Hãy gửi cho Ban mã người dùng (object ID) ${identity.objectId} và mã tổ chức (tenant ID) ${identity.tenantId} để được gán quyền.`,
      `The account ${who(identity)} signed in with Microsoft, but the provincial Emulation and Commendation Board has not assigned it a bloc, unit and role. ` +
        `Send the board your object ID ${identity.objectId} and tenant ID ${identity.tenantId} to be assigned.`,
    ),
  };
}

function overage(identity: VerifiedIdentity): IdentityProblem {
  return {
    code: "groups-overage",
    status: 403,
    message: msg(
      `Tài khoản ${who(identity)} thuộc quá nhiều nhóm nên mã đăng nhập của Microsoft không liệt kê được các nhóm, vì vậy không xác định được quyền theo nhóm. ` +
        `Hãy đề nghị Ban Thi đua – Khen thưởng gán quyền trực tiếp cho mã người dùng (object ID) ${identity.objectId}.`,
      `The account ${who(identity)} belongs to too many groups for the Microsoft token to list them, so no group-based access can be found. ` +
        `Ask the Emulation and Commendation Board to map your object ID ${identity.objectId} directly.`,
    ),
  };
}
