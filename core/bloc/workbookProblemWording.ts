import { criterionKind } from "../criteria/registry";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import { withOutcome } from "../scoring/entrySeverity";
import type { RankingProblem } from "../ranking/rankingProblem";
import { columnLetter } from "../sheets/cellAddress";
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
  problem: Pick<RankingProblem, "type" | "outcome">,
  entry: Entry | undefined,
): WorkbookProblemWording | undefined {
  const worded = sheetWording(node, problem, entry);
  // The rewording keeps what the severity rule said: refused, or counted as how many points.
  if (worded === undefined || problem.outcome === undefined) return worded;
  return { ...worded, message: withOutcome(worded.message, problem.outcome, node.block) };
}

function sheetWording(
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
    // What still counts (0, or the deduction) follows in the outcome's words (scoring's evidence rule decides it).
    return {
      column: COL.evidence,
      message: who(`cần minh chứng (cột ${I}) nhưng chưa có`, `evidence (column ${I}) is required but empty`),
    };
  }
  if (problem.type === "invalid-target") {
    return {
      column: COL.target,
      message: who(`chỉ tiêu (cột ${G}) phải lớn hơn 0`, `the target (column ${G}) must be greater than 0`),
    };
  }
  if (problem.type !== "missing-entry") return undefined;
  // Each kind words its own missing entry (core/criteria); award history has nothing to type.
  const missing = criterionKind(rule).sheetMissing?.(node, rule, entry, { input: F, target: G });
  if (missing === undefined) return undefined;
  return {
    column: missing.cell === "target" ? COL.target : COL.input,
    message: who(missing.message.vi, missing.message.en),
  };
}

const WHO_VI = { sections: "Tiêu chí", bonus: "Mục thưởng", deductions: "Mục trừ" } as const;
const WHO_EN = { sections: "Criterion", bonus: "Bonus item", deductions: "Deduction item" } as const;
