import type { Decision } from "../api/apiProblem";
import { allow, apiProblem, refuse } from "../api/apiProblem";
import { msg } from "../i18n/localized";
import type { Period, PeriodState } from "./periodSchema";

/** The moves the state machine knows; finalize and reopen have their own endpoints and checks. */
export type PeriodMove = "close" | "start-review" | "finalize" | "reopen";

const FROM: Record<PeriodMove, PeriodState> = {
  close: "open",
  "start-review": "closed",
  finalize: "reviewing",
  reopen: "finalized",
};

const TO: Record<PeriodMove, PeriodState> = {
  close: "closed",
  "start-review": "reviewing",
  finalize: "finalized",
  reopen: "reviewing",
};

const STATE_VI: Record<PeriodState, string> = {
  open: "đang nhận bản tự chấm",
  closed: "đã khóa nhận",
  reviewing: "đang thẩm định",
  finalized: "đã chốt kết quả",
};

/**
 * The period after `move` (revision + 1), or why not: each move leaves exactly one state; reopening a finalized
 * period needs a reason and starts a new version (the finalized result of the old version stays as it was).
 */
export function transitionPeriod(
  period: Period,
  move: PeriodMove,
  ctx: { at: string; by: string; reason?: string },
): Decision<Period> {
  if (period.state !== FROM[move])
    return refuse(
      apiProblem(
        "conflict",
        msg(
          `Kỳ "${period.periodId}" đang ở trạng thái "${STATE_VI[period.state]}" (${period.state}); thao tác "${move}" chỉ làm được khi ${STATE_VI[FROM[move]]}.`,
          `Period "${period.periodId}" is ${period.state}; "${move}" needs it ${FROM[move]}.`,
        ),
      ),
    );
  const next: Period = { ...period, state: TO[move], revision: period.revision + 1 };
  if (move !== "reopen") return allow(next);
  const reason = ctx.reason?.trim() ?? "";
  if (reason === "")
    return refuse(
      apiProblem(
        "validation",
        msg("Mở lại kỳ đã chốt phải nêu lý do.", "Reopening a finalized period needs a reason."),
        [{ path: "reason", message: msg("bắt buộc", "required") }],
      ),
    );
  const version = period.version + 1;
  return allow({
    ...next,
    version,
    reopenings: [...period.reopenings, { version, reason, by: ctx.by, at: ctx.at }],
  });
}

/** The moves of `moves` that the period's state allows now (the pane offers only these). */
export function periodMoves<M extends PeriodMove>(period: Period, moves: readonly M[]): M[] {
  return moves.filter((m) => FROM[m] === period.state);
}

/** What each kind of input needs the period to be in: returns while open, review work until it is finalized. */
export type PeriodInput = "return" | "review" | "explanation" | "cross" | "votes" | "flags";

const ACCEPTS: Record<PeriodInput, readonly PeriodState[]> = {
  return: ["open"],
  review: ["closed", "reviewing"],
  explanation: ["closed", "reviewing"],
  cross: ["closed", "reviewing"],
  votes: ["reviewing"],
  flags: ["open", "closed", "reviewing"],
};

/** Whether the period accepts this input now; a refusal is a 409 naming the state. */
export function periodAccepts(period: Period, input: PeriodInput): Decision<true> {
  if (ACCEPTS[input].includes(period.state)) return allow(true);
  return refuse(
    apiProblem(
      "conflict",
      msg(
        `Kỳ "${period.periodId}" ${STATE_VI[period.state]}: không nhận ${INPUT_VI[input]} lúc này.`,
        `Period "${period.periodId}" is ${period.state}: it does not accept ${input} now (needs ${ACCEPTS[input].join(" or ")}).`,
      ),
    ),
  );
}

const INPUT_VI: Record<PeriodInput, string> = {
  return: "bản tự chấm",
  review: "điểm thẩm định",
  explanation: "giải trình",
  cross: "điểm chấm chéo",
  votes: "kết quả bỏ phiếu",
  flags: "điều kiện khen thưởng",
};
