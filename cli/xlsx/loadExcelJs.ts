import type ExcelJSModule from "exceljs";
import type JSZipModule from "jszip";

/**
 * ExcelJS, loaded on first use: only commands that read or write workbooks pay its ~0.5 s start-up. `require`,
 * not `import()`: jest runs the CLI as CommonJS without VM modules, where `import()` is refused; the esbuild
 * bundle keeps both packages external, so this is Node's own require at run time.
 */
export function loadExcelJs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return require("exceljs") as typeof ExcelJSModule;
}

/** JSZip, loaded on first use (see loadExcelJs). */
export function loadJsZip(): typeof JSZipModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see loadExcelJs
  return require("jszip") as typeof JSZipModule;
}
