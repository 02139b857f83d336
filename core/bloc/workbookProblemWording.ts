import { fromFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import { countedPoints } from "../scoring/evidenceRule";
import type { RankingProblem } from "../ranking/rankingProblem";
import { columnLetter } from "../sheets/cellAddress";
import { passFailWords } from "../sheets/scoringFormulas";
import { COL } from "../sheets/scoringSheetLayout";
import type { CompiledNode } from "../template/compileTemplate";

/** A problem worded for the scoring workbook: the column of the criterion's row it is about, and what to do there. */
export type WorkbookProblemWording = { column: number; message: Localized };

/**
 * The engine's problem about one criterion (worded for JSON returns: "achieved", "target", "evidence") in the words
 * of the scoring workbook (các cột của bảng tự chấm: "kết quả (cột F)", "chỉ tiêu (cột G)", "minh chứng (cột I)"),
 * with the column the cell reference should point at. `undefined` when the engine's words name no field, so they
 * stand as they are.
 */
export function workbookProblemWording(
  node: CompiledNode,
  problem: Pick<RankingProblem, "type">,
  entry: Entry | undefined,
): WorkbookProblemWording | undefined {
  const rule = node.rule;
  if (rule === undefined) return undefined;
  const F = columnLetter(COL.input);
  const G = columnLetter(COL.target);
  const I = columnLetter(COL.evidence);
  const who = (vi: string, en: string) =>
    msg(`${WHO_VI[node.block]} ${node.code}: ${vi}.`, `${WHO_EN[node.block]} ${node.code}: ${en}.`);

  if (problem.type === "missing-evidence") {
    // The evidence rule itself (scoring's countedPoints): does a claim without its evidence still count here?
    const counts = countedPoints(node, 1, false) !== 0;
    return {
      column: COL.evidence,
      message: who(
        `cần minh chứng (cột ${I}) nhưng chưa có; ${counts ? "điểm trừ vẫn được tính" : "điểm tự chấm của mục này không được tính"}`,
        `evidence (column ${I}) is required but empty; ${counts ? "the deduction still counts" : "the points claimed for it do not count"}`,
      ),
    };
  }
  if (problem.type === "invalid-target") {
    return {
      column: COL.target,
      message: who(`chỉ tiêu (cột ${G}) phải lớn hơn 0`, `the target (column ${G}) must be greater than 0`),
    };
  }
  if (problem.type !== "missing-entry") return undefined;
  const max = (lang: "vi" | "en") => formatNumber(fromFixed(node.max), lang);
  switch (rule.kind) {
    case "passFail": {
      const w = passFailWords(node.block);
      return {
        column: COL.input,
        message: who(
          `chưa chọn ${w.yes} hoặc ${w.no} (cột ${F})`,
          `choose ${w.yes} or ${w.no} (column ${F})`,
        ),
      };
    }
    case "ladder": {
      const levels = rule.levels.map((l) => l.code).join(", ");
      return {
        column: COL.input,
        message: who(
          `chưa chọn mức xếp loại (cột ${F}: ${levels})`,
          `choose a level (column ${F}: ${levels})`,
        ),
      };
    }
    case "percentOfTarget": {
      const achieved = entry?.achieved !== undefined;
      const target = entry?.target !== undefined;
      if (achieved && !target)
        return {
          column: COL.target,
          message: who(
            `chưa nhập chỉ tiêu (cột ${G}); cần cả kết quả (cột ${F}) và chỉ tiêu`,
            `the target (column ${G}) is empty; both the result (column ${F}) and the target are needed`,
          ),
        };
      if (target && !achieved)
        return {
          column: COL.input,
          message: who(
            `chưa nhập kết quả (cột ${F}); cần cả kết quả và chỉ tiêu (cột ${G})`,
            `the result (column ${F}) is empty; both the result and the target (column ${G}) are needed`,
          ),
        };
      return {
        column: COL.input,
        message: who(
          `chưa nhập kết quả (cột ${F}) và chỉ tiêu (cột ${G})`,
          `enter the result (column ${F}) and the target (column ${G})`,
        ),
      };
    }
    case "relativeToBest":
      return {
        column: COL.input,
        message: who(`chưa nhập số lượng (cột ${F}, ≥ 0)`, `enter the quantity (column ${F}, ≥ 0)`),
      };
    case "count":
    case "violations":
      return {
        column: COL.input,
        message: who(
          `chưa nhập số lần (cột ${F}, số nguyên ≥ 0)`,
          `enter the count (column ${F}, a whole number ≥ 0)`,
        ),
      };
    case "manual":
      return {
        column: COL.input,
        message: who(
          `chưa nhập điểm (cột ${F}, 0–${max("vi")})`,
          `enter the score (column ${F}, 0–${max("en")})`,
        ),
      };
    case "awardHistory":
      return undefined;
  }
}

const WHO_VI = { sections: "Tiêu chí", bonus: "Mục thưởng", deductions: "Mục trừ" } as const;
const WHO_EN = { sections: "Criterion", bonus: "Bonus item", deductions: "Deduction item" } as const;
