import type { ReturnReceipt } from "../../../core/api";
import type { Localized } from "../../../core/i18n";
import type { Me, PeriodStatus, PeriodView } from "../../api/thiduaApi";
import type { Failure } from "../describeFailure";
import type { ReturnStatus } from "../../../core/periods";
import type { SubmissionRecord } from "../../../core/sheets";
import type { PeriodOption } from "./periodChoice";
import type { RoleChoice } from "./roleChoices";
import type { PendingSubmit } from "./submitQueue";

/** What the connected part of the pane shows; the view renders it and decides nothing. */
export type ConnectedState = {
  me: Me | undefined;
  period: PeriodView["period"] | undefined;
  busy: Localized | undefined;
  failure: Failure | undefined;
  notice: Localized | undefined;
  /** The last receipt the server gave this unit (biên nhận). */
  receipt: ReturnReceipt | undefined;
  /** Submits waiting for an answer (shown as pending, retried with their Idempotency-Key). */
  pending: PendingSubmit[];
  returnStatus: ReturnStatus | undefined;
  /** The leader's status board. */
  board: PeriodStatus | undefined;
  /** When the facts above were read (the deadline countdown counts from here). */
  readAt: Date | undefined;
  /** The periods the sign-in may open, latest first; the picker shows when there are several. */
  periods: PeriodOption[];
  /** The roles a Microsoft account has, when it has several and must choose one. */
  roleChoices: RoleChoice[];
  /** The receipt the workbook recorded at its last submit of this unit and period. */
  sheetRecord: SubmissionRecord | undefined;
};

export function initialConnectedState(): ConnectedState {
  return {
    me: undefined,
    period: undefined,
    busy: undefined,
    failure: undefined,
    notice: undefined,
    receipt: undefined,
    pending: [],
    returnStatus: undefined,
    board: undefined,
    readAt: undefined,
    periods: [],
    roleChoices: [],
    sheetRecord: undefined,
  };
}
