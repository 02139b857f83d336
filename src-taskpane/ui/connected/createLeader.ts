import { authorize } from "../../../core/access";
import type { PeriodInput, RankingResponse } from "../../../core/api";
import type { Me, PeriodView, ThiduaApi } from "../../api/thiduaApi";
import { periodEtag } from "../../../core/periods";
import type { UnitReturn } from "../../../core/returns";
import type { CompiledTemplate } from "../../../core/template";
import type { LeaderWorkbook } from "../../excel/leaderWorkbook";
import type { PaneCore } from "../createPane";
import { describeFailure } from "../describeFailure";
import { PaneMessageError } from "../paneMessageError";
import { userActions } from "../userActions";
import type { LeaderDocuments } from "./leaderDocuments";
import type { LeaderState } from "./leaderState";
import { initialLeaderState } from "./leaderState";
import { changedReviews } from "./leaderReviews";
import type { BallotEntry, TieEntry } from "./leaderVotes";
import { votesBody } from "./leaderVotes";
import { whatIfWords } from "./leaderWhatIf";
import { leaderWords as w } from "./leaderWords";

/** What the leader's flows run of core (the pane's lazy "core" chunk). */
export type LeaderCore = Pick<
  PaneCore,
  | "parseTemplate"
  | "rankBloc"
  | "rankingInputsOf"
  | "pendingDecisions"
  | "closeCallSentence"
  | "consolidationWorkbookPlan"
  | "rankedTableWorkbookPlan"
>;

export type LeaderApi = Pick<
  ThiduaApi,
  "period" | "consolidation" | "inputs" | "ranking" | "review" | "putVotes" | "transition" | "finalize"
>;

/** The signed-in session of the connected part (its API, key and period), when there is one. */
export type LeaderSession = { api: LeaderApi; me: Me; period: PeriodView["period"] };

export type LeaderDeps = {
  session: () => LeaderSession | undefined;
  /** Reads the period and the status board again (after a move or finalize). */
  refreshConnected: () => Promise<void>;
  /** The open workbook; undefined outside Excel (the pane still shows the results). */
  workbook: LeaderWorkbook | undefined;
  core: () => Promise<LeaderCore>;
  documents?: LeaderDocuments;
  now: () => Date;
  render: () => void;
};

/** Everything one leader action works from: the period's table and what the server holds now. */
type Work = {
  periodId: string;
  compiled: CompiledTemplate;
  returns: UnitReturn[];
  inputs: PeriodInput[];
  ranking: RankingResponse;
};

/** Whether the key may run the leader's flows on this period: core's rule for finalizing (leader, deputy). */
const leads = (s: LeaderSession | undefined): s is LeaderSession =>
  s !== undefined &&
  authorize(s.me, "period.finalize", {
    blocId: s.period.blocId,
    periodId: s.period.periodId,
    year: s.period.year,
  }).ok;

/**
 * The leader's (or deputy's) connected flows: consolidate the server's returns into the consolidation sheet, save
 * the review adjustments typed there, move the period, enter the ballots and tie decisions a ranking waits for, rank
 * (the server ranks; the pane inserts core's ranked table and shows what-if), finalize after a confirmation. Totals
 * and ranks are the server's; core computes only the self points per criterion and what-if from the same inputs.
 */
export function createLeader(deps: LeaderDeps) {
  const state: LeaderState = initialLeaderState();
  const { attempt, retry } = userActions(state, deps.render);
  let work: Work | undefined;

  function session(): LeaderSession {
    const s = deps.session();
    if (!leads(s)) throw new PaneMessageError(w.notLeader);
    return s;
  }

  /** The period's table, its current returns and inputs, and the server's ranking of them, read together. */
  async function load(s: LeaderSession): Promise<Work> {
    const id = s.period.periodId;
    const [core, view, consolidation, inputs, ranking] = await Promise.all([
      deps.core(),
      s.api.period(id),
      s.api.consolidation(id),
      s.api.inputs(id),
      s.api.ranking(id),
    ]);
    const parsed = core.parseTemplate(view.template);
    if (!parsed.ok) throw new PaneMessageError(w.tableUnreadable);
    work = {
      periodId: id,
      compiled: parsed.compiled,
      returns: consolidation.returns.map((r) => r.body),
      inputs,
      ranking,
    };
    return work;
  }

  const requireWorkbook = (): LeaderWorkbook => {
    if (!deps.workbook) throw new PaneMessageError(w.noExcel);
    return deps.workbook;
  };

  async function rank(): Promise<void> {
    const s = session();
    const core = await deps.core();
    const current = await load(s);
    const { result } = current.ranking;
    let inserted = false;
    if (deps.workbook) {
      const d = deps.now();
      const date = `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
      await deps.workbook.insertPlan(
        core.rankedTableWorkbookPlan(current.compiled, result, { date, meetingNotes: true }),
      );
      inserted = true;
    }
    state.ranking = {
      response: current.ranking,
      pending: core.pendingDecisions(result),
      closeCalls: result.stability.closeCalls.map((c) => core.closeCallSentence(c, result)),
      decimals: current.compiled.template.rounding.decimals,
      inserted,
    };
    state.whatIf = undefined;
  }

  return {
    state: (): Readonly<LeaderState> => state,
    /** Whether the signed-in key is the bloc's leader or deputy (the view shows the leader's part only then). */
    isLeader: () => leads(deps.session()),
    hasDocuments: () => deps.documents !== undefined,

    consolidate: () =>
      attempt(w.consolidating, async () => {
        const s = session();
        const workbook = requireWorkbook();
        const core = await deps.core();
        const current = await load(s);
        const { history } = current.ranking;
        // Self points per criterion, scored by core from the server's returns (the sheet's "Điểm tự chấm").
        const self = core.rankBloc(
          current.compiled,
          current.returns.map((r) => ({ source: r.unitId, return: r })),
          history ? { history } : {},
        ).selfScores;
        await workbook.insertPlan(
          core.consolidationWorkbookPlan(current.compiled, self, current.ranking.result),
        );
        const members = current.ranking.result.units.length;
        state.consolidated = { returns: current.returns.length, members };
        state.notice = w.consolidated(current.returns.length, members);
      }),

    saveReviews: () =>
      attempt(w.savingReviews, async () => {
        const s = session();
        const workbook = requireWorkbook();
        const current = await load(s);
        const read = await workbook.readReviews(current.compiled, {
          reviewer: s.me.unitId ?? s.me.actor,
          at: deps.now().toISOString(),
        });
        state.reviewProblems = read.problems;
        if (!read.ok) throw new PaneMessageError(read.problems[0]?.message ?? w.noConsolidation);
        const changed = changedReviews(read.adjustments, current.inputs);
        const nameOf = (id: string) => current.compiled.template.members.find((m) => m.id === id)?.name ?? id;
        let saved = 0;
        for (const a of changed) {
          try {
            await s.api.review(current.periodId, {
              unitId: a.unitId,
              code: a.code,
              stage: a.stage,
              points: a.points,
              reason: a.reason,
            });
            saved++;
          } catch (error) {
            // Which row the server refused, then its own words (a 409 closed period, a 422 naming the field…).
            const failure = describeFailure(error);
            throw new PaneMessageError(
              w.reviewRefused(nameOf(a.unitId), a.code, saved, failure.message),
              failure.retryable,
            );
          }
        }
        state.notice = w.reviewsSaved(saved, read.adjustments.length - changed.length, read.problems.length);
      }),

    move: (move: "close" | "start-review") =>
      attempt(w.moving, async () => {
        const s = session();
        await s.api.transition(s.period.periodId, move, periodEtag(s.period));
        await deps.refreshConnected();
        state.notice = w.moved[move];
      }),

    rank: () => attempt(w.ranking, rank),

    /** Stores the meeting's ballots and tie decisions (PUT …/votes replaces the file: earlier ballots are kept). */
    saveVotes: (ballots: readonly BallotEntry[], ties: readonly TieEntry[]) =>
      attempt(w.savingVotes, async () => {
        const s = session();
        const current = work?.periodId === s.period.periodId ? work : await load(s);
        const members = current.compiled.template.members.length;
        const body = votesBody(current.inputs, ballots, ties, members, deps.now().toISOString());
        await s.api.putVotes(s.period.periodId, body);
        await rank();
        state.notice = w.votesSaved;
      }),

    /** What-if for one unit, from core with the same returns and inputs the server ranked (checked by input hash). */
    whatIf: (unitId: string) =>
      attempt(w.whatIfBusy, async () => {
        const s = session();
        const core = await deps.core();
        const current = work?.periodId === s.period.periodId ? work : await load(s);
        const inputs = { ...core.rankingInputsOf(current.inputs), history: current.ranking.history };
        const local = core.rankBloc(
          current.compiled,
          current.returns.map((r) => ({ source: r.unitId, return: r })),
          inputs,
          { whatIf: unitId },
        );
        // Same inputs, same hash: otherwise the server holds something newer and the answer would mislead.
        if (local.result.inputHash !== current.ranking.result.inputHash)
          throw new PaneMessageError(w.stale, true);
        state.whatIf = {
          unitId,
          lines: whatIfWords(local.whatIf, unitId, current.ranking.result, current.compiled),
        };
      }),

    askFinalize(): void {
      state.confirmFinalize = true;
      deps.render();
    },
    cancelFinalize(): void {
      state.confirmFinalize = false;
      deps.render();
    },
    finalize: () =>
      attempt(w.finalizing, async () => {
        const s = session();
        state.confirmFinalize = false;
        try {
          const answer = await s.api.finalize(s.period.periodId, periodEtag(s.period));
          state.finalized = answer.summary;
        } finally {
          // Finalized or refused (412: someone moved it), the period as the server has it now is what to show.
          await deps.refreshConnected();
        }
        state.notice = w.finalized(s.period.periodId);
      }),

    insertHistory: () =>
      attempt(w.documents, async () => {
        await deps.documents?.insertHistory();
      }),
    insertMinutes: () =>
      attempt(w.documents, async () => {
        if (!state.ranking) throw new PaneMessageError(w.rankFirst);
        await deps.documents?.insertMinutes(state.ranking.response);
      }),

    retry,
    /** Forgets what was read (sign-out, another period). */
    reset(): void {
      work = undefined;
      Object.assign(state, initialLeaderState());
    },
  };
}
export type Leader = ReturnType<typeof createLeader>;
