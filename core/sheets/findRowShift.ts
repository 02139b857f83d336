/**
 * How the rows of a filled sheet moved against its plan: rows inserted (their numbers in the filled sheet), rows
 * deleted (their numbers in the plan), or a change that is neither (rows moved, or inserted here and deleted
 * there), from the first row that no longer matches.
 */
export type RowShift =
  | { kind: "inserted"; rows: number[] }
  | { kind: "deleted"; rows: number[] }
  | { kind: "changed"; row: number };

/** A row that identifies nothing: blank, or only its separators ("|"). */
const isBlank = (sig: string) => /^[\s|]*$/.test(sig);

/** More rows than this inserted or deleted in one place is read as a changed layout. */
const MAX_SHIFT = 10;

/**
 * Compares what identifies each row (its code and label, `planned[0]` for row 1) with what the filled sheet holds
 * (`found`): undefined when every planned row is in place, otherwise the single insertion or deletion that explains
 * every row from the first mismatch on, or "changed" at that first row. Blank rows match blank rows, so of two
 * adjacent blank rows the one named may be either: removing either restores the plan.
 */
export function findRowShift(planned: readonly string[], found: readonly string[]): RowShift | undefined {
  const at = (i: number) => found[i] ?? "";
  const first = planned.findIndex((sig, i) => sig !== at(i));
  if (first < 0) return undefined;
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k + 1);
  for (let d = 1; d <= MAX_SHIFT; d++) {
    if (planned.every((sig, i) => i < first || sig === at(i + d)))
      return { kind: "inserted", rows: rows(first, d) };
    // A deletion must be borne out by a row below it, unless nothing at all is left below.
    const borneOut =
      planned.slice(first + d).some((sig) => !isBlank(sig)) || found.slice(first).every(isBlank);
    if (borneOut && planned.every((sig, i) => i < first + d || sig === at(i - d)))
      return { kind: "deleted", rows: rows(first, d) };
  }
  return { kind: "changed", row: first + 1 };
}
