import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { IdentityPrincipal } from "./identityPrincipal";

/** The request headers that pick one of several roles: `X-ThiDua-Bloc`, `X-ThiDua-Role`, `X-ThiDua-Unit`. */
export const CHOICE_HEADERS = {
  blocId: "x-thidua-bloc",
  role: "x-thidua-role",
  unitId: "x-thidua-unit",
} as const;

/** What the request asked for; an absent header narrows nothing. */
export type PrincipalChoice = { blocId?: string; role?: string; unitId?: string };

/** Why no single role was chosen: always a 403 that lists what the person may choose. */
export type ChoiceProblem = {
  code: "role-choice-needed" | "role-choice-unknown";
  status: 403;
  message: Localized;
  /** Each role the person has, as the headers that would choose it. */
  choices: { path: string; message: Localized }[];
};

export type ChosenPrincipal =
  { ok: true; principal: IdentityPrincipal } | { ok: false; problem: ChoiceProblem };

/**
 * The one role a request acts as: the roles the mapping gave, narrowed by every choice header sent (the board has
 * no bloc or unit, so a bloc or unit header never picks it). Exactly one left is the answer, also with no header
 * at all; none or several is a 403 listing every role with the headers that choose it.
 */
export function choosePrincipal(
  principals: readonly IdentityPrincipal[],
  choice: PrincipalChoice,
): ChosenPrincipal {
  const left = principals.filter(
    (p) =>
      (choice.role === undefined || p.role === choice.role) &&
      (choice.blocId === undefined || ("blocId" in p && p.blocId === choice.blocId)) &&
      (choice.unitId === undefined || ("unitId" in p && p.unitId === choice.unitId)),
  );
  if (left.length === 1) return { ok: true, principal: left[0]! };
  const choices = principals.map((p, i) => ({ path: `choices[${i}]`, message: describe(p) }));
  const sent = Object.values(choice).some((value) => value !== undefined);
  if (left.length === 0 && sent)
    return {
      ok: false,
      problem: {
        code: "role-choice-unknown",
        status: 403,
        message: msg(
          "Các tiêu đề X-ThiDua-Bloc / X-ThiDua-Role / X-ThiDua-Unit đã gửi không khớp vai trò nào Ban Thi đua – Khen thưởng đã gán cho tài khoản này. Hãy chọn một trong các vai trò liệt kê trong details.",
          "The X-ThiDua-Bloc / X-ThiDua-Role / X-ThiDua-Unit headers sent match none of the roles the Emulation and Commendation Board gave this account. Choose one of the roles listed in details.",
        ),
        choices,
      },
    };
  return {
    ok: false,
    problem: {
      code: "role-choice-needed",
      status: 403,
      message: msg(
        `Tài khoản này có ${principals.length} vai trò; hãy chọn một bằng các tiêu đề X-ThiDua-Bloc, X-ThiDua-Role (và X-ThiDua-Unit nếu cần) như liệt kê trong details.`,
        `This account has ${principals.length} roles; choose one with the X-ThiDua-Bloc, X-ThiDua-Role (and X-ThiDua-Unit if needed) headers, as listed in details.`,
      ),
      choices,
    },
  };
}

/** One role as the headers that choose it, e.g. `X-ThiDua-Bloc: khoi-a, X-ThiDua-Role: member, X-ThiDua-Unit: so-x`. */
function describe(p: IdentityPrincipal): Localized {
  const parts = [
    ...("blocId" in p ? [`X-ThiDua-Bloc: ${p.blocId}`] : []),
    `X-ThiDua-Role: ${p.role}`,
    ...("unitId" in p && p.unitId !== undefined ? [`X-ThiDua-Unit: ${p.unitId}`] : []),
  ].join(", ");
  return msg(parts, parts);
}
