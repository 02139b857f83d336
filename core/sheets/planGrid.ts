import type { PlanCell } from "./sheetPlan";

/** A growing dense grid of plan cells addressed by 1-based row and column. */
export type PlanGrid = {
  cells: (PlanCell | null)[][];
  set(row: number, column: number, cell: PlanCell): void;
};

/** Makes an empty grid whose rows are always `width` long. */
export function planGrid(width: number): PlanGrid {
  const cells: (PlanCell | null)[][] = [];
  return {
    cells,
    set(row, column, cell) {
      while (cells.length < row) cells.push(new Array<PlanCell | null>(width).fill(null));
      const r = cells[row - 1];
      if (r) r[column - 1] = cell;
    },
  };
}

/** Escapes text for an Excel header/footer, where "&" starts a code. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}
