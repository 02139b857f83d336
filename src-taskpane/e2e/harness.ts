// TEST-ONLY entry (e2e.html): the real pane over an in-memory workbook standing in for Excel at the adapter
// boundary (the Office.js adapter runs against the typed fake). scripts/webpack/paneBuild.js adds this entry only
// with `--env e2e` and refuses that in production mode; the production page has no switch that could reach it.
import "../taskpane.css";
import { FakeContext } from "../../test/helpers/fakeExcel";
import { loadPaneCore, mountPane } from "../ui/mountPane";

/** What the browser test drives in place of a person at the Excel grid. */
export type HarnessHandle = {
  typeInto(ref: string, input: string): Promise<void>;
  /** Types into any sheet (the leader's consolidation sheet), as a person would. */
  typeIntoSheet(sheet: string, ref: string, input: string): Promise<void>;
  /** The first row of `sheet` whose cells hold these values, by column letter (e.g. { C: "I.1", J: "so-tu-phap" }). */
  findRow(sheet: string, match: Record<string, string>): number | undefined;
  selection(): { sheet: string; address: string } | undefined;
  sheetNames(): string[];
  syncCount(): number;
};

const context = new FakeContext();
const handle: HarnessHandle = {
  // The sheet's name comes with core's lazy chunk, so this page loads exactly what the real one loads first.
  typeInto: async (ref, input) => context.typeInto((await loadPaneCore()).SCORING_SHEET, ref, input),
  selection: () => context.selection,
  typeIntoSheet: (sheet, ref, input) => context.typeInto(sheet, ref, input),
  findRow(sheet, match) {
    const ws = context.workbook.worksheets.get(sheet);
    for (let row = 1; ws && row <= 5000; row++) {
      if (Object.entries(match).every(([column, value]) => ws.at(`${column}${row}`)?.value === value))
        return row;
    }
    return undefined;
  },
  sheetNames: () => context.workbook.worksheets.items.map((s) => s.name),
  syncCount: () => context.syncCount,
};
(window as unknown as { thiduaHarness: HarnessHandle }).thiduaHarness = handle;

/** The browser test's token source (playwright's exposeFunction signs a token with a local key set). */
type TestTokens = { thiduaTestToken?: (fresh: boolean) => Promise<string> };

// With "?entra" the page signs in with Microsoft through the test's tokens instead of MSAL (the same seam MSAL fills).
const tokens = new URLSearchParams(window.location.search).has("entra")
  ? ({ fresh }: { fresh: boolean }) => {
      const source = (window as unknown as TestTokens).thiduaTestToken;
      if (!source) return Promise.reject(new Error("no test token source"));
      return source(fresh);
    }
  : undefined;

// office.js loads as on the real page; the workbook is the in-memory one whatever the host.
Office.onReady(() => mountPane((batch) => batch(context.asExcel()), tokens));
