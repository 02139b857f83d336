import type { z } from "zod";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import { formatPath } from "../template/templateProblem";
import { zodIssueToProblem } from "../template/zodIssueToProblem";
import type {
  CheckedIdentityMapping,
  MappingRule,
  MappingSubject,
  PrincipalScope,
} from "./identityPrincipal";
import type { IdentityMappingEntry } from "./identityMappingSchema";
import { GUID_FORMAT_MESSAGE, IdentityMappingSchema } from "./identityMappingSchema";

/** One mistake in the board's identity mapping: the entry's path and what to change. */
export type IdentityMappingProblem = { path: string; message: Localized };

export type ParsedIdentityMapping =
  { ok: true; value: CheckedIdentityMapping } | { ok: false; problems: IdentityMappingProblem[] };

/**
 * Validates the board's mapping (already JSON-parsed): the format, then each entry names exactly one user or group
 * and the bloc/unit its role needs, and no entry repeats another. Every problem at once; never throws.
 */
export function parseIdentityMapping(input: unknown): ParsedIdentityMapping {
  const parsed = IdentityMappingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(issueToProblem) };
  const problems: IdentityMappingProblem[] = [];
  const rules: MappingRule[] = [];
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((entry, index) => {
    const path = `entries[${index}]`;
    const subject = subjectOf(entry, path, problems);
    const scope = scopeOf(entry, path, problems);
    if (subject === undefined || scope === undefined) return;
    const key = JSON.stringify([entry.tenantId, subject, scope]);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path,
        message: msg(
          `Dòng này trùng với entries[${first}] (cùng tổ chức, người dùng/nhóm, vai trò, khối và đơn vị); xoá một dòng.`,
          `This entry repeats entries[${first}] (same tenant, user/group, role, bloc and unit); remove one.`,
        ),
      });
      return;
    }
    seen.set(key, index);
    rules.push({ index, tenantId: entry.tenantId, subject, scope });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { rules } };
}

function subjectOf(
  entry: IdentityMappingEntry,
  path: string,
  problems: IdentityMappingProblem[],
): MappingSubject | undefined {
  if (entry.objectId !== undefined && entry.groupId === undefined)
    return { kind: "user", objectId: entry.objectId };
  if (entry.groupId !== undefined && entry.objectId === undefined)
    return { kind: "group", groupId: entry.groupId };
  problems.push({
    path,
    message: msg(
      "Mỗi dòng gán quyền cho đúng một người dùng (objectId) hoặc một nhóm bảo mật (groupId): ghi một trong hai, không ghi cả hai.",
      "Each entry maps exactly one user (objectId) or one security group (groupId): give one of them, not both.",
    ),
  });
  return undefined;
}

function scopeOf(
  entry: IdentityMappingEntry,
  path: string,
  problems: IdentityMappingProblem[],
): PrincipalScope | undefined {
  const { role, blocId, unitId } = entry;
  if (role === "board") {
    if (blocId === undefined && unitId === undefined) return { role };
    problems.push({
      path,
      message: msg(
        "Vai trò board (Ban Thi đua – Khen thưởng) áp dụng cho cả tỉnh: bỏ blocId và unitId.",
        "The board role (Ban Thi đua – Khen thưởng) is province-wide: remove blocId and unitId.",
      ),
    });
    return undefined;
  }
  if (role === "observer") {
    if (blocId !== undefined) return unitId === undefined ? { role, blocId } : { role, blocId, unitId };
    problems.push({
      path: `${path}.blocId`,
      message: msg(
        "Vai trò observer (theo dõi kết quả) cần blocId: khối được xem.",
        "The observer role needs blocId: the bloc whose results it reads.",
      ),
    });
    return undefined;
  }
  if (blocId !== undefined && unitId !== undefined) return { role, blocId, unitId };
  const missing = [blocId === undefined ? "blocId" : undefined, unitId === undefined ? "unitId" : undefined]
    .filter((field) => field !== undefined)
    .join(", ");
  problems.push({
    path,
    message: msg(
      `Vai trò ${role} gắn với một đơn vị trong một khối: thiếu ${missing}.`,
      `The ${role} role belongs to one unit in one bloc: ${missing} missing.`,
    ),
  });
  return undefined;
}

function issueToProblem(issue: z.core.$ZodIssue): IdentityMappingProblem {
  if (issue.code === "invalid_format" && issue.message === GUID_FORMAT_MESSAGE) {
    return {
      path: formatPath(issue.path as (string | number)[]),
      message: msg(
        "Sai định dạng: cần một GUID dạng 72f988bf-86f1-41af-91ab-2d7cd011db47 (xem trong Microsoft Entra admin center).",
        "Wrong format: a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47 (see the Microsoft Entra admin center).",
      ),
    };
  }
  return zodIssueToProblem(issue);
}
