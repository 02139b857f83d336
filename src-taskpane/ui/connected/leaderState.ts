import type { FinalizeResponse, RankingResponse } from "../../../core/api";
import type { Localized } from "../../../core/i18n";
import type { PendingDecisions } from "../../../core/ranking";
import type { SheetProblem } from "../../../core/sheets";
import type { ActionState } from "../userActions";

/** The last ranking the server answered, with what the meeting still has to decide and the stability lines. */
export type LeaderRanking = {
  response: RankingResponse;
  pending: PendingDecisions;
  closeCalls: Localized[];
  /** The table's decimals (its rounding): every total on screen is written with them, as the printed table is. */
  decimals: number;
  /** The ranked sheet was inserted into the workbook (false outside Excel). */
  inserted: boolean;
};

/** What-if for one unit, in words: "nếu … thì hạng …", smallest change first. */
export type LeaderWhatIf = { unitId: string; lines: Localized[] };

/** What the leader's part of the pane shows; leaderView renders it and decides nothing. */
export type LeaderState = ActionState & {
  /** The consolidation sheet was inserted from the server's returns. */
  consolidated: { returns: number; members: number } | undefined;
  /** Rows of the consolidation sheet that could not be saved (cell, unit, criterion and why). */
  reviewProblems: SheetProblem[];
  ranking: LeaderRanking | undefined;
  whatIf: LeaderWhatIf | undefined;
  /** Finalize was pressed once: the confirmation naming what becomes read-only is showing. */
  confirmFinalize: boolean;
  finalized: FinalizeResponse["summary"] | undefined;
};

export function initialLeaderState(): LeaderState {
  return {
    busy: undefined,
    failure: undefined,
    notice: undefined,
    consolidated: undefined,
    reviewProblems: [],
    ranking: undefined,
    whatIf: undefined,
    confirmFinalize: false,
    finalized: undefined,
  };
}
