import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sofficeOrSkip } from "./libreOffice";

/**
 * One workbook to fill: the text typed into each cell of one sheet ("F12" → "95%"), then optionally a row inserted
 * or deleted (1-based) and the sheet renamed, as a person would (unprotecting first), saved to `out` as `saveAs`
 * (.xlsx unless said otherwise; no cells saves it untouched); with `invalidCells`, the cells whose value the sheet's
 * data validation refuses (Calc's own check) are written there as a JSON list of A1 references.
 */
export type TypingJob = {
  in: string;
  out: string;
  sheet: string;
  cells: Record<string, string>;
  /** Take the sheet's protection (no password) off first, so locked cells can be typed over. */
  unprotect?: boolean;
  invalidCells?: string;
  insertRow?: number;
  deleteRow?: number;
  renameTo?: string;
  saveAs?: "xlsx" | "ods" | "xls" | "csv" | "pdf";
};

/** A Python that can `import uno` (Debian's python3-uno is built for /usr/bin/python3), or undefined. */
export function findPythonUno(): string | undefined {
  for (const python of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(python, ["-c", "import uno"], { env: process.env, stdio: "pipe" });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/**
 * soffice and a Python with uno, or undefined (skipped with a message) when either is missing; in CI a missing
 * tool fails the suite instead of skipping it.
 */
export function typingToolsOrSkip(suite: string): { soffice: string; python: string } | undefined {
  const soffice = sofficeOrSkip(suite);
  if (!soffice) return undefined;
  const python = findPythonUno();
  if (python) return { soffice, python };
  if (process.env.CI) throw new Error(`${suite}: python3-uno is required in CI and was not found`);
  console.warn(`${suite}: skipped, python3-uno is not installed`);
  return undefined;
}

/**
 * Types the texts into the workbooks through headless LibreOffice under a vi-VN profile (its own input
 * parsing: "95%" becomes 0,95 formatted as a percentage, "8,5" is 8.5, "15.000.000" fifteen million), recalculates
 * and saves each as .xlsx. All jobs run in ONE soffice, which the script ends by its PID.
 */
export function typeIntoWorkbooks(
  tools: { soffice: string; python: string },
  jobs: readonly TypingJob[],
): void {
  const dir = mkdtempSync(join(tmpdir(), "thidua-typing-"));
  const jobFile = join(dir, "job.json");
  writeFileSync(
    jobFile,
    JSON.stringify({ profile: join(dir, "profile"), soffice: tools.soffice, files: jobs }),
    "utf8",
  );
  execFileSync(tools.python, [join(__dirname, "typeIntoWorkbook.py"), jobFile], {
    stdio: "pipe",
    timeout: 300_000,
    env: process.env,
  });
}
