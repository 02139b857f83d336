// Loaded lazily (dynamic import from ui/connectedEntry.ts) when a user signs in or a session is remembered.
import { fetchTransport } from "../../api/apiTransport";
import type { TokenProvider } from "../../api/bearerTransport";
import type { LeaderWorkbook } from "../../excel/leaderWorkbook";
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
import { leaderView } from "./leaderView";
import { paneLink } from "./paneLink";

/** What the leader's flows need besides the session: the workbook, core's chunk, and the History/Biên bản sheets. */
export type LeaderLink = {
  workbook: LeaderWorkbook | undefined;
  core: () => Promise<LeaderCore>;
  documents?: LeaderDocuments;
};

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
  const leader: Leader = createLeader({
    session: () => connected.session(),
    refreshConnected: () => connected.refresh(),
    workbook: leaderLink.workbook,
    core: leaderLink.core,
    ...(leaderLink.documents ? { documents: leaderLink.documents } : {}),
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
