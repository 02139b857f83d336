import { toFixed } from "../../decimal/fixed";
import { formatNumber } from "../../i18n/formatNumber";
import { describeHiddenCharacter, findHiddenCharacter } from "../../text";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import { criterionName, unitName } from "../../template/displayNames";
import type { ReviewAdjustment } from "../reviewsFileSchema";
import type { RecordChecker } from "./recordChecker";

/** The limits of a review's words, as the reviews file's schema sets them (a sheet typed by hand must keep them). */
export const REVIEW_TEXT_LIMITS = { reason: 2000, reviewer: 200 } as const;

/**
 * One problem with an adjustment's points or words: the field, what is wrong (`detail`), and the sentence naming the
 * criterion and the unit by their names (`message`).
 */
export type ReviewWordingIssue = {
  field: "points" | "reason" | "reviewer";
  detail: Localized;
  message: Localized;
};

/**
 * What the schema cannot know or an adjustment typed into the reviewed sheet skipped: points in no more decimals
 * than the table rounds to (8.125 on a table of 2 decimals could never be a criterion's points), a reason and a
 * reviewer's name within their limits, with no hidden character. The reviewed sheet's reader asks the same.
 */
export function reviewWordingIssues(compiled: CompiledTemplate, a: ReviewAdjustment): ReviewWordingIssue[] {
  const out: ReviewWordingIssue[] = [];
  const item = criterionName(compiled, a.code);
  const who = msg(
    `${capital(item.vi)} của ${unitName(compiled, a.unitId)}`,
    `${capital(item.en)} of ${unitName(compiled, a.unitId)}`,
  );
  const issue = (field: ReviewWordingIssue["field"], vi: string, en: string) =>
    out.push({ field, detail: msg(vi, en), message: msg(`${who.vi}: ${vi}`, `${who.en}: ${en}`) });
  const decimals = compiled.template.rounding.decimals;
  if (toFixed(a.points) % 10 ** (4 - decimals) !== 0) {
    issue(
      "points",
      `${formatNumber(a.points, "vi")} điểm có nhiều hơn ${decimals} chữ số thập phân mà bảng làm tròn tới.`,
      `${formatNumber(a.points, "en")} points has more than the ${decimals} decimals the table rounds to.`,
    );
  }
  for (const field of ["reason", "reviewer"] as const) {
    const text = a[field];
    const max = REVIEW_TEXT_LIMITS[field];
    const words =
      field === "reason" ? ["lý do", "the reason"] : ["tên người thẩm định", "the reviewer's name"];
    if (text.length > max) {
      issue(
        field,
        `${words[0]} dài ${text.length} ký tự (tối đa ${max}).`,
        `${words[1]} is ${text.length} characters long (at most ${max}).`,
      );
    }
    const hidden = findHiddenCharacter(text, { allowLineBreaks: field === "reason" });
    if (hidden !== undefined) {
      const where = describeHiddenCharacter(hidden);
      issue(
        field,
        `${words[0]} có ${where.vi}; hãy xóa ký tự này.`,
        `${words[1]} holds ${where.en}; delete it.`,
      );
    }
  }
  return out;
}

/** `reviewWordingIssues` of one adjustment of the reviews file, reported at `path`. */
export function checkReviewWording(check: RecordChecker, a: ReviewAdjustment, path: string): void {
  for (const issue of reviewWordingIssues(check.compiled, a))
    check.add("reviews", `${path}.${issue.field}`, issue.message.vi, issue.message.en, a.unitId, a.code);
}

/** "tiêu chí …" at the start of a sentence. */
function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
