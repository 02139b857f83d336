import type { ApiProblem, Decision } from "../api/apiProblem";
import { allow, apiProblem, refuse } from "../api/apiProblem";
import { msg } from "../i18n/localized";
import type { Principal, Role } from "./principal";

/** Everything the API lets someone do. */
export type Action =
  | "period.read"
  | "return.read"
  | "return.write"
  | "returns.consolidate"
  | "status.read"
  | "review.read"
  | "review.write"
  | "explanation.write"
  | "cross.write"
  | "votes.write"
  | "flags.write"
  | "ranking.run"
  | "period.transition"
  | "period.finalize"
  | "period.reopen"
  | "history.read"
  | "decision.write"
  | "audit.verify"
  | "admin";

/** What an action is about: a bloc, and where it applies, one period (with its year) and one unit. */
export type Resource = { blocId: string; periodId?: string; year?: number; unitId?: string };

/** Actions on one unit's own data: a member may take them only for its own unit. */
const OWN_UNIT: ReadonlySet<Action> = new Set([
  "return.read",
  "return.write",
  "review.read",
  "explanation.write",
  "cross.write",
]);

const MEMBER: readonly Action[] = [
  "period.read",
  "return.read",
  "return.write",
  "review.read",
  "explanation.write",
  "cross.write",
  "history.read",
];

const LEADING: readonly Action[] = [
  ...MEMBER,
  "returns.consolidate",
  "status.read",
  "review.write",
  "votes.write",
  "flags.write",
  "ranking.run",
  "period.transition",
  "period.finalize",
  "period.reopen",
];

/** What each role may do; the board administers and reads, and only units write returns and reviews. */
const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  member: new Set(MEMBER),
  leader: new Set(LEADING),
  deputy: new Set(LEADING),
  board: new Set<Action>([
    "period.read",
    "return.read",
    "returns.consolidate",
    "status.read",
    "review.read",
    "ranking.run",
    "period.reopen",
    "history.read",
    "decision.write",
    "audit.verify",
    "admin",
  ]),
  observer: new Set<Action>(["period.read", "status.read", "history.read"]),
};

/**
 * Whether `principal` may take `action` on `resource`: its role allows the action, it belongs to the resource's bloc
 * (the board to every bloc), its key's period or year covers the resource, and a unit's own data is its own
 * (the leader and deputy read every unit's, and write only their own return).
 */
export function authorize(principal: Principal, action: Action, resource: Resource): Decision<true> {
  if (!ALLOWED[principal.role].has(action)) return refuse(forbidden(principal.role, action));
  if (principal.role === "board") return allow(true);
  if (principal.blocId !== resource.blocId) return refuse(outside("khối", "bloc", resource.blocId));
  if (
    principal.periodId !== null &&
    resource.periodId !== undefined &&
    principal.periodId !== resource.periodId
  )
    return refuse(outside("kỳ", "period", resource.periodId));
  if (principal.year !== null && resource.year !== undefined && principal.year !== resource.year)
    return refuse(outside("năm", "year", String(resource.year)));
  if (OWN_UNIT.has(action) && resource.unitId !== undefined && resource.unitId !== principal.unitId) {
    const leadingRead = principal.role !== "member" && (action === "return.read" || action === "review.read");
    if (!leadingRead) return refuse(outside("đơn vị", "unit", resource.unitId));
  }
  return allow(true);
}

function forbidden(role: Role, action: Action): ApiProblem {
  return apiProblem(
    "forbidden",
    msg(`Vai trò "${role}" không được thực hiện "${action}".`, `The role "${role}" may not do "${action}".`),
  );
}

function outside(vi: string, en: string, id: string): ApiProblem {
  return apiProblem(
    "forbidden",
    msg(
      `Khóa truy cập không dùng được cho ${vi} "${id}".`,
      `The credential does not cover the ${en} "${id}".`,
    ),
  );
}
