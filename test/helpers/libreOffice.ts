import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  // env passed explicitly: under jest, process.env is a per-file copy that children would not see.
  const found = spawnSync("/bin/sh", ["-c", "command -v soffice || command -v libreoffice"], {
    encoding: "utf8",
    env: process.env,
  });
  const path = (found.stdout ?? "").trim().split("\n")[0];
  return found.status === 0 && path ? path : undefined;
}

/**
 * Whether a LibreOffice suite may run: in CI a missing soffice is an error (the suite must fail, never skip
 * silently); locally it is skipped with a message.
 */
export function sofficeOrSkip(suite: string): string | undefined {
  const soffice = findSoffice();
  if (soffice) return soffice;
  if (process.env.CI) throw new Error(`${suite}: soffice (LibreOffice) is required in CI and was not found`);
  console.warn(`${suite}: skipped, LibreOffice (soffice) is not installed`);
  return undefined;
}

/** A private LibreOffice profile that recalculates every formula when an .xlsx is loaded (OOXMLRecalcMode = 0). */
export function recalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "thidua-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Converts many files in ONE soffice call (each call costs ~1,6 s of start-up): `format` is "xlsx" (recalculated
 * copies) or "pdf". Returns the output directory; the outputs keep the input base names.
 */
export function sofficeConvert(
  soffice: string,
  files: readonly string[],
  format: "xlsx" | "pdf",
  outDir: string,
): string {
  const profile = recalcProfile();
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 600_000 },
  );
  return outDir;
}
