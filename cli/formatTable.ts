/** How a column lines up: text to the left, numbers to the right. */
export type Align = "left" | "right";

export type TableOptions = {
  /** Per column; missing columns align left. */
  align?: readonly Align[];
  /** Draw a rule under the first row. */
  header?: boolean;
  /** Spaces between columns (default 2). */
  gap?: number;
};

/**
 * The width a terminal gives a string: characters after NFC, not bytes or UTF-16 units. Vietnamese letters
 * typed with combining marks ("ế" as e + ◌̂ + ◌́) compose to one character; marks that cannot compose take no
 * column.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFC")) if (!/\p{M}/u.test(ch)) width += 1;
  return width;
}

/**
 * Lays rows out as a plain-text table, each column as wide as its widest cell; trailing spaces are trimmed.
 * Cells are NFC-normalised so the printed text and its measured width agree.
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const gap = " ".repeat(options.gap ?? 2);
  const cells = rows.map((row) => row.map((cell) => cell.normalize("NFC")));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...cells.map((row) => displayWidth(row[c] ?? ""))),
  );
  const line = (row: readonly string[]) =>
    widths
      .map((width, c) => {
        const cell = row[c] ?? "";
        const pad = " ".repeat(width - displayWidth(cell));
        return options.align?.[c] === "right" ? pad + cell : cell + pad;
      })
      .join(gap)
      .trimEnd();
  const out = cells.map(line);
  if (options.header && out.length > 0) {
    out.splice(1, 0, widths.map((w) => "─".repeat(w)).join(gap));
  }
  return out.map((l) => `${l}\n`).join("");
}

/** Shortens text to `width` display columns, ending with "…" when it was cut. */
export function truncate(text: string, width: number): string {
  const nfc = text.normalize("NFC");
  if (displayWidth(nfc) <= width) return nfc;
  let out = "";
  for (const ch of nfc) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
