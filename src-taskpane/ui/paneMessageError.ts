import type { Localized } from "../../core/i18n";

/** A failure the pane already words itself (what happened and what to do): describeFailure shows it as it is. */
export class PaneMessageError extends Error {
  constructor(
    readonly words: Localized,
    readonly retryable = false,
  ) {
    super(words.en);
    this.name = "PaneMessageError";
  }
}
