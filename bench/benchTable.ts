// One bench's result as data (so a test can read it) and its Markdown rendering with the machine's load.
import { availableParallelism, loadavg } from "node:os";

/** A bench's table: a title, a header, rows of cells, and notes printed under it. */
export interface BenchTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes: readonly string[];
  /** 1-minute load average when the bench started and when it ended (6 engineers share the cores). */
  readonly load: { readonly start: number; readonly end: number; readonly cores: number };
}

/** The 1-minute load average now, to be given to `finishTable` when the bench ends. */
export function loadNow(): number {
  return loadavg()[0] ?? NaN;
}

/** A table stamped with the load at its start (given) and now. */
export function finishTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  notes: readonly string[],
  loadAtStart: number,
): BenchTable {
  return {
    title,
    header,
    rows,
    notes,
    load: { start: loadAtStart, end: loadNow(), cores: availableParallelism() },
  };
}

/** A Markdown table: first column left-aligned, the others right-aligned; notes and the load line below. */
export function renderBenchTable(table: BenchTable): string {
  const widths = table.header.map((h, i) =>
    Math.max(h.length, ...table.rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (i === 0 ? (cells[i] ?? "").padEnd(w) : (cells[i] ?? "").padStart(w))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  const { start, end, cores } = table.load;
  return [
    `### ${table.title}`,
    "",
    line(table.header),
    rule,
    ...table.rows.map(line),
    "",
    ...table.notes.map((n) => `- ${n}`),
    `- Load average (1 min): ${start.toFixed(2)} at the start, ${end.toFixed(2)} at the end, on ${cores} cores; ${new Date().toISOString()}.`,
    "",
  ].join("\n");
}
