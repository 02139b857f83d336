import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { ApiProblem, Decision, PeriodInput, StoredReturn } from "../../../core/api";
import { PROBLEM_STATUS, ReviewBodySchema, VotesBodySchema } from "../../../core/api";
import { rankBloc } from "../../../core/bloc";
import { finalizedSummaryOf } from "../../../core/history";
import type { Period } from "../../../core/periods";
import { checkPeriodEtag, periodAccepts, rankingInputsOf, transitionPeriod } from "../../../core/periods";
import type { UnitReturn } from "../../../core/returns";
import { parseTemplate } from "../../../core/template";
import { ApiError } from "../../../src-taskpane/api/apiTransport";
import type { LeaderApi } from "../../../src-taskpane/ui/connected/createLeader";

const ROOT = resolve(__dirname, "../../..");
export const LEADER_PERIOD = "ha-giang-khoi-noi-chinh-2022";
export const TEMPLATE = JSON.parse(
  readFileSync(resolve(ROOT, `templates/${LEADER_PERIOD}.json`), "utf8"),
) as {
  members: { id: string; name: string }[];
};
const parsed = parseTemplate(TEMPLATE);
if (!parsed.ok) throw new Error("sample table invalid");
export const COMPILED = parsed.compiled;

/** The sample bloc's returns, as its members submitted them. */
export function sampleReturns(): UnitReturn[] {
  const dir = resolve(ROOT, "examples/returns", LEADER_PERIOD);
  return readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), "utf8")) as UnitReturn);
}

/** A core decision as the server answers it: the value, or an ApiError with the problem and its status. */
function must<T>(d: Decision<T>): T {
  if (d.ok) return d.value;
  throw new ApiError(PROBLEM_STATUS[d.problem.error], d.problem);
}

/**
 * The leader's endpoints in memory, with the server's rules taken from core (the period's state machine, If-Match,
 * which inputs a state accepts, strict bodies) and its ranking computed by core's rankBloc, as the functions do.
 */
export class FakeLeaderApi implements LeaderApi {
  current: Period = {
    periodId: LEADER_PERIOD,
    blocId: "ha-giang-khoi-noi-chinh",
    year: 2022,
    kind: "year-end",
    templateId: LEADER_PERIOD,
    templateVersion: COMPILED.template.identity.version,
    fingerprint: COMPILED.fingerprint,
    deadline: "2022-11-30T10:00:00.000Z",
    state: "open",
    version: 1,
    revision: 1,
    createdAt: "2022-10-01T00:00:00.000Z",
    reopenings: [],
  };
  readonly stored: PeriodInput[] = [];
  /** Every call as "METHOD path", in order. */
  readonly calls: string[] = [];
  readonly bodies: unknown[] = [];
  /** Answers the next review with this problem (e.g. the 422 the server gives for a criterion not in the table). */
  refuseNextReview: ApiProblem | undefined;
  /** An input the ranking counts but `inputs()` did not list (a change between the two reads). */
  unlisted: PeriodInput | undefined;

  constructor(readonly returns: UnitReturn[] = sampleReturns()) {}

  async period(periodId: string) {
    this.calls.push(`GET ${periodId}`);
    return {
      period: this.current,
      members: TEMPLATE.members.map(({ id, name }) => ({ id, name })),
      template: TEMPLATE,
    };
  }

  async consolidation(periodId: string) {
    this.calls.push(`GET ${periodId}/returns`);
    const at = "2022-11-25T02:00:00.000Z";
    const returns: StoredReturn[] = this.returns.map((body) => ({
      periodId,
      unitId: body.unitId,
      version: 1,
      actor: `key:${body.unitId}`,
      firstReceivedAt: at,
      body,
      receipt: {
        periodId,
        unitId: body.unitId,
        version: 1,
        receivedAt: at,
        late: false,
        baseScore: 0,
        bonus: 0,
        deductions: 0,
        total: 0,
        provisional: false,
        returnHash: "0".repeat(64),
        problems: [],
      },
    }));
    return { periodId, returns };
  }

  async inputs(periodId: string) {
    this.calls.push(`GET ${periodId}/inputs`);
    return [...this.stored];
  }

  async ranking(periodId: string) {
    this.calls.push(`POST ${periodId}/ranking`);
    const inputs = rankingInputsOf(this.unlisted ? [...this.stored, this.unlisted] : this.stored);
    const { result } = rankBloc(
      COMPILED,
      this.returns.map((r) => ({ source: r.unitId, return: r })),
      inputs,
    );
    return { result: JSON.parse(JSON.stringify(result)) as typeof result };
  }

  async review(periodId: string, body: unknown) {
    this.calls.push(`POST ${periodId}/reviews`);
    this.bodies.push(body);
    const refused = this.refuseNextReview;
    this.refuseNextReview = undefined;
    if (refused) throw new ApiError(PROBLEM_STATUS[refused.error], refused);
    const value = ReviewBodySchema.parse(body);
    must(periodAccepts(this.current, "review"));
    this.stored.push({
      kind: "review",
      id: `r${this.stored.length}`,
      actor: "key:l",
      value: { ...value, reviewer: "vksnd-tinh", at: "2022-12-10T02:00:00.000Z" },
    });
  }

  async putVotes(periodId: string, body: unknown) {
    this.calls.push(`PUT ${periodId}/votes`);
    this.bodies.push(body);
    const value = VotesBodySchema.parse(body);
    must(periodAccepts(this.current, "votes"));
    this.stored.push({
      kind: "votes",
      id: `v${this.stored.length}`,
      actor: "key:l",
      at: "2022-12-20T03:00:00.000Z",
      value,
    });
  }

  async transition(periodId: string, move: "close" | "start-review", etag: string) {
    this.calls.push(`POST ${periodId}/transition ${move} ${etag}`);
    must(checkPeriodEtag(this.current, etag));
    this.current = must(
      transitionPeriod(this.current, move, { at: "2022-12-01T00:00:00.000Z", by: "key:l" }),
    );
    return this.current;
  }

  async finalize(periodId: string, etag: string) {
    this.calls.push(`POST ${periodId}/finalize ${etag}`);
    must(checkPeriodEtag(this.current, etag));
    this.current = must(
      transitionPeriod(this.current, "finalize", { at: "2022-12-20T05:00:00.000Z", by: "key:l" }),
    );
    const { result } = await this.ranking(periodId);
    return {
      period: this.current,
      summary: finalizedSummaryOf(this.current, result, { at: "2022-12-20T05:00:00.000Z", by: "key:l" }),
    };
  }
}
