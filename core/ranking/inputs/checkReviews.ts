import { criterionName, unitName } from "../../template/displayNames";
import type { ReviewsFile } from "../reviewsFileSchema";
import { checkReviewWording } from "./checkReviewWording";
import type { RecordChecker } from "./recordChecker";

/** Review adjustments and explanations: members with a ranked return, scorable codes within their maximum, one adjustment per unit, code, stage and time, a second review only after a review, an explanation only of a reviewed criterion. */
export function checkReviews(check: RecordChecker, reviews: ReviewsFile | undefined): void {
  const { add, member, returned, criterion, compiled } = check;
  const unit = (id: string) => unitName(compiled, id);
  const item = (code: string) => criterionName(compiled, code);
  const reviewed = new Set<string>();
  const seenAdj = new Map<string, number>();
  const adjusted = new Set<string>();
  reviews?.adjustments.forEach((a, i) => {
    const path = `adjustments[${i}]`;
    if (member("reviews", `${path}.unitId`, a.unitId))
      returned("reviews", `${path}.unitId`, a.unitId, ["điều chỉnh này", "this adjustment"]);
    criterion("reviews", path, a.code, a.points, a.unitId);
    checkReviewWording(check, a, path);
    if (a.stage === "review") reviewed.add(`${a.unitId}|${a.code}`);
    adjusted.add(`${a.unitId}|${a.code}`);
    const key = `${a.unitId}|${a.code}|${a.stage}|${Date.parse(a.at)}`;
    const prev = seenAdj.get(key);
    if (prev !== undefined) {
      add(
        "reviews",
        `${path}.at`,
        `Trùng thời điểm với adjustments[${prev}] (cùng ${unit(a.unitId)}, ${item(a.code).vi}, cùng vòng): không xác định được điều chỉnh nào sau.`,
        `Same time as adjustments[${prev}] (same unit ${unit(a.unitId)}, ${item(a.code).en}, same stage): which one is later is unknown.`,
        a.unitId,
        a.code,
      );
    } else seenAdj.set(key, i);
  });
  reviews?.adjustments.forEach((a, i) => {
    if (a.stage === "second-review" && !reviewed.has(`${a.unitId}|${a.code}`)) {
      add(
        "reviews",
        `adjustments[${i}].stage`,
        `Thẩm định lại ${item(a.code).vi} của ${unit(a.unitId)} nhưng chưa có thẩm định lần đầu.`,
        `A second review of ${item(a.code).en} for ${unit(a.unitId)} without a first review.`,
        a.unitId,
        a.code,
      );
    }
  });
  reviews?.explanations.forEach((e, i) => {
    const path = `explanations[${i}]`;
    if (member("reviews", `${path}.unitId`, e.unitId))
      returned("reviews", `${path}.unitId`, e.unitId, ["giải trình này", "this explanation"]);
    criterion("reviews", path, e.code, undefined, e.unitId);
    if (!adjusted.has(`${e.unitId}|${e.code}`)) {
      add(
        "reviews",
        `${path}.code`,
        `Giải trình ${item(e.code).vi} của ${unit(e.unitId)} nhưng mục này chưa được thẩm định.`,
        `An explanation of ${item(e.code).en} by ${unit(e.unitId)}, but it was not reviewed.`,
        e.unitId,
        e.code,
      );
    }
  });
}
