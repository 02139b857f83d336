// Loaded lazily (dynamic import from ui/connectedEntry.ts) when a user signs in or a session is remembered.
import { fetchTransport } from "../../api/apiTransport";
import type { TokenProvider } from "../../api/bearerTransport";
import type { LeaderWorkbook } from "../../excel/leaderWorkbook";
import type { ExcelRun } from "../../excel/scoringWorkbookActions";
import { realTimers } from "../../excel/withWatchdog";
import type { Pane } from "../createPane";
import { el } from "../dom";
import type { Connected } from "./createConnected";
import { createConnected } from "./createConnected";
import { connectedView } from "./connectedView";
import type { Leader, LeaderCore } from "./createLeader";
import { createLeader } from "./createLeader";
import { webStorageStore } from "./keyValueStore";
import type { LeaderDocuments } from "./leaderDocuments";
import type { DocumentPlans } from "./leaderDocumentsFor";
import { leaderDocumentsFor } from "./leaderDocumentsFor";
import { leaderView } from "./leaderView";
import { paneLink } from "./paneLink";

/**
 * What the leader's flows need besides the session: the workbook, core's chunk, and `Excel.run` (behind the
 * watchdog) for the History and Biên bản sheets; outside Excel there is none and their buttons do not show.
 */
export type LeaderLink = {
  workbook: LeaderWorkbook | undefined;
  core: () => Promise<LeaderCore & DocumentPlans>;
  run?: ExcelRun;
};

/**
 * The History and Biên bản sheets for the signed-in session: the bloc's history from the server, the minutes from
 * the ranking on screen, each with the period's table (its bloc's name, award order and decimals).
 */
function sessionDocuments(connected: Connected, link: LeaderLink, pane: Pane): LeaderDocuments | undefined {
  const { run } = link;
  if (!run) return undefined;
  const documents = async () => {
    const s = connected.session();
    if (!s) throw new Error("no session");
    const [core, view] = await Promise.all([link.core(), s.api.period(s.period.periodId)]);
    const parsed = core.parseTemplate(view.template);
    return leaderDocumentsFor({
      plans: core,
      api: s.api,
      blocId: s.period.blocId,
      lang: pane.state().lang,
      run,
      ...(parsed.ok ? { template: parsed.compiled } : {}),
    });
  };
  return {
    insertHistory: async () => (await documents()).insertHistory(),
    insertMinutes: async (response) => (await documents()).insertMinutes(response.result),
  };
}

/**
 * The connected flows over the browser: fetch to the build's API base URL, the add-in's localStorage, and
 * Microsoft Entra ID tokens when the build has the province's settings (`tokens`).
 */
export function mountConnected(
  section: HTMLElement,
  pane: Pane,
  rendered: () => void,
  leaderLink: LeaderLink,
  tokens?: TokenProvider,
): { connected: Connected; render: () => void } {
  const connected: Connected = createConnected({
    transport: fetchTransport(),
    store: webStorageStore(window.localStorage),
    pane: paneLink(pane),
    timers: realTimers,
    now: () => new Date(),
    newKey: () => crypto.randomUUID(),
    ...(tokens ? { entra: tokens } : {}),
    render: () => {
      render();
      rendered();
    },
  });
  const view = connectedView(
    section,
    () => connected,
    () => pane.state().lang,
  );
  const leaderRoot = el("section", { id: "leader", "aria-labelledby": "leader-heading" });
  section.append(leaderRoot);
  const documents = sessionDocuments(connected, leaderLink, pane);
  const leader: Leader = createLeader({
    session: () => connected.session(),
    refreshConnected: () => connected.refresh(),
    workbook: leaderLink.workbook,
    core: leaderLink.core,
    ...(documents ? { documents } : {}),
    now: () => new Date(),
    render: () => {
      render();
      rendered();
    },
  });
  const drawLeader = leaderView(
    leaderRoot,
    () => leader,
    () => connected.state().period,
    () => pane.state().lang,
  );
  // Another key or period signed in: what the leader read before belongs to the other one.
  let signedIn = "";
  function render(): void {
    const s = connected.state();
    const now = `${s.me?.actor ?? ""}|${s.period?.periodId ?? ""}`;
    if (now !== signedIn) {
      signedIn = now;
      leader.reset();
    }
    view();
    drawLeader();
  }
  return { connected, render };
}
