import { val } from "./criterionWords";

/** A floor above the standard points can never apply (percent of target, violations). */
export function checkFloor(
  rule: { floor: number },
  at: { path: string; code: string; standard: number },
  report: (path: string, vi: string, en: string) => void,
): void {
  if (rule.floor <= at.standard) return;
  report(
    `${at.path}.floor`,
    `Tiêu chí ${at.code}: điểm sàn ${val(rule.floor, "vi")} cao hơn điểm chuẩn ${val(at.standard, "vi")}; "floor" phải ≤ điểm chuẩn.`,
    `${at.code}: the floor ${val(rule.floor, "en")} is above the standard points ${val(at.standard, "en")}; "floor" must be ≤ the standard.`,
  );
}
