import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";
import { el, fluentButton } from "./dom";
import type { ActionState } from "./userActions";

const RETRY = msg("Thử lại", "Retry");

/**
 * What a flow says about its user actions (`ActionState`), the same way in every section: what it is doing (a live
 * status line), how the last action failed with "Thử lại" when it can be retried, and what it reports. Ids are
 * `<prefix>-status`, `-failure`, `-retry`, `-notice`.
 */
export function actionStateView(prefix: string, retry: () => void) {
  const status = el("p", { id: `${prefix}-status`, role: "status", "aria-live": "polite" });
  const failure = el("div", { id: `${prefix}-failure`, class: "failure", role: "alert" });
  const failureText = el("p");
  const retryButton = fluentButton(`${prefix}-retry`);
  failure.append(failureText, retryButton);
  const notice = el("p", { id: `${prefix}-notice`, class: "notice", role: "status" });
  retryButton.addEventListener("click", retry);
  return {
    status,
    failure,
    notice,
    render(s: Readonly<ActionState>, t: (m: Localized) => string): void {
      status.textContent = s.busy ? t(s.busy) : "";
      failure.hidden = !s.failure;
      failureText.textContent = s.failure ? t(s.failure.message) : "";
      retryButton.textContent = t(RETRY);
      retryButton.hidden = !s.failure?.retryable;
      notice.hidden = !s.notice;
      notice.textContent = s.notice ? t(s.notice) : "";
    },
  };
}
