import type { CompiledTemplate } from "../template/compileTemplate";

/** Columns of the scoring sheet (1-based): the reader and both renderers agree on these. */
export const COL = {
  code: 1,
  title: 2,
  standard: 3,
  max: 4,
  how: 5,
  input: 6,
  target: 7,
  points: 8,
  evidence: 9,
  note: 10,
  raw: 11,
} as const;

export const SCORING_SHEET = "Chấm điểm";
export const HEADER_ROW = 6;

/** Where every node and total sits on the scoring sheet; a pure function of the compiled template. */
export type ScoringSheetLayout = {
  /** Row of each node, by node index. */
  rowOf: number[];
  bonusRow: number | undefined;
  deductionRow: number | undefined;
  baseRow: number;
  bonusTotalRow: number;
  deductionTotalRow: number;
  totalRow: number;
  /** The signature block below the total: the date line, the signer's title, "(Ký, ghi rõ họ tên, đóng dấu)". */
  signatureRows: [number, number, number];
  lastRow: number;
};

/** Rows in document order after the header: sections, then the bonus block, the deduction block and the totals. */
export function scoringSheetLayout(compiled: CompiledTemplate): ScoringSheetLayout {
  const rowOf: number[] = new Array<number>(compiled.nodes.length).fill(0);
  let row = HEADER_ROW;
  for (const node of compiled.nodes) {
    if (node.block === "sections") rowOf[node.index] = ++row;
  }
  let bonusRow: number | undefined;
  if (compiled.bonusItems.length > 0) {
    bonusRow = ++row;
    for (const item of compiled.bonusItems) rowOf[item.index] = ++row;
  }
  let deductionRow: number | undefined;
  if (compiled.deductionItems.length > 0) {
    deductionRow = ++row;
    for (const item of compiled.deductionItems) rowOf[item.index] = ++row;
  }
  const baseRow = ++row;
  const bonusTotalRow = ++row;
  const deductionTotalRow = ++row;
  const totalRow = ++row;
  return {
    rowOf,
    bonusRow,
    deductionRow,
    baseRow,
    bonusTotalRow,
    deductionTotalRow,
    totalRow,
    signatureRows: [totalRow + 2, totalRow + 3, totalRow + 4],
    lastRow: totalRow + 4,
  };
}
