import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import type { Failure } from "./describeFailure";
import { describeFailure } from "./describeFailure";

/** What a flow shows about the action under way: what it is doing, how the last one failed, what it reports. */
export type ActionState = {
  busy: Localized | undefined;
  failure: Failure | undefined;
  notice: Localized | undefined;
};

/**
 * Runs a flow's user actions the same way everywhere: busy while one runs, its failure described in words (never
 * thrown at the UI), the action kept so "Thử lại" runs it again.
 */
export function userActions(
  state: ActionState,
  render: () => void,
): {
  attempt: (busy: Localized, action: () => Promise<void>) => Promise<void>;
  retry: () => Promise<void>;
} {
  let lastAction: (() => Promise<void>) | undefined;
  async function attempt(busy: Localized, action: () => Promise<void>): Promise<void> {
    lastAction = action;
    state.busy = busy;
    state.failure = undefined;
    state.notice = undefined;
    render();
    try {
      await action();
    } catch (error) {
      state.failure = describeFailure(error);
    } finally {
      state.busy = undefined;
      render();
    }
  }
  return {
    attempt,
    retry: () => (lastAction ? attempt(msg("Đang thử lại…", "Retrying…"), lastAction) : Promise.resolve()),
  };
}
