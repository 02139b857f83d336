import type { EligibilityFile } from "../eligibilityFileSchema";
import type { RecordChecker } from "./recordChecker";

/** Eligibility flags and steps aside: members, listed awards, flags decided this year (or early next). */
export function checkEligibilityRecords(
  check: RecordChecker,
  eligibility: EligibilityFile | undefined,
): void {
  const { add, member, compiled, thisYear } = check;
  eligibility?.flags.forEach((f, i) => {
    member("eligibility", `flags[${i}].unitId`, f.unitId);
    thisYear("eligibility", `flags[${i}].decidedAt`, f.decidedAt, f.unitId);
  });
  eligibility?.stepsAside.forEach((s, i) => {
    member("eligibility", `stepsAside[${i}].unitId`, s.unitId);
    if (!compiled.template.awards.some((a) => a.id === s.award)) {
      add(
        "eligibility",
        `stepsAside[${i}].award`,
        `Danh hiệu "${s.award}" không có trong "awards" của bảng.`,
        `Award "${s.award}" is not listed in the template's "awards".`,
        s.unitId,
      );
    }
  });
}
