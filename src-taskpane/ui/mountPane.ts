import type { TokenProvider } from "../api/bearerTransport";
import { entraSettings } from "../api/entraSettings";
import { msalTokenProvider } from "../api/msalTokenProvider";
import type { ExcelRun } from "../excel/scoringWorkbookActions";
import { officeLeaderWorkbook } from "../excel/leaderWorkbook";
import { officeScoringWorkbook } from "../excel/scoringWorkbook";
import { realTimers, withWatchdog } from "../excel/withWatchdog";
import { downloadedFiles, fetchedTables } from "./browserPorts";
import { connectedEntry } from "./connectedEntry";
import type { Pane, PaneCore } from "./createPane";
import { createPane } from "./createPane";
import { useFluentTheme } from "./fluent";
import { paneView } from "./paneView";

/**
 * Core's rules for the pane, in their own chunk ("core.js"): fetched when the user picks a table (prefetched once the
 * page is idle), never before the table list shows. Webpack retries a chunk that failed to load on the next call.
 */
export const loadPaneCore = (): Promise<PaneCore> =>
  import(/* webpackChunkName: "core", webpackPrefetch: true */ "./paneCore.js");

/** How long one Excel request may take before the pane calls it hung and offers "Thử lại". */
export const EXCEL_WATCHDOG_MS = 15_000;

/** Microsoft Entra ID tokens through MSAL when the build has the province's settings; none otherwise. */
function buildTokens(): TokenProvider | undefined {
  const settings = entraSettings();
  return settings ? msalTokenProvider(settings) : undefined;
}

/**
 * Builds the pane into the page's #app over `run` (Excel.run, or the harness's in-memory workbook; undefined
 * outside Excel), behind the watchdog, with the browser's tables, downloads and timers, and starts it. `tokens`
 * signs in with Microsoft (MSAL from the build's settings; the test harness hands its own).
 */
export function mountPane(run: ExcelRun | undefined, tokens = buildTokens()): Pane | undefined {
  const root = document.getElementById("app");
  if (!root) return undefined;
  useFluentTheme();
  const workbook = run
    ? officeScoringWorkbook(withWatchdog(run, EXCEL_WATCHDOG_MS), loadPaneCore)
    : undefined;
  // createPane renders only from its actions, which run after the view exists.
  const pane: Pane = createPane({
    core: loadPaneCore,
    workbook,
    tables: fetchedTables(),
    files: downloadedFiles,
    timers: realTimers,
    now: () => new Date(),
    render: (state) => {
      view(state);
      connected.render();
    },
  });
  const view = paneView(root, () => pane);
  // The connected flows (sign-in, submit, the leader's board and flows): a form here, the rest loaded on sign-in.
  const guarded = run ? withWatchdog(run, EXCEL_WATCHDOG_MS) : undefined;
  const leaderWorkbook = guarded ? officeLeaderWorkbook(guarded, loadPaneCore) : undefined;
  const connected = connectedEntry(
    root,
    () => pane,
    { workbook: leaderWorkbook, core: loadPaneCore, ...(guarded ? { run: guarded } : {}) },
    tokens,
  );
  view(pane.state());
  connected.render();
  void pane.start().then(() => connected.start());
  return pane;
}
