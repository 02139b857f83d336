// Loaded lazily (dynamic import from ui/connectedEntry.ts) when a user signs in or a session is remembered.
import { fetchTransport } from "../../api/apiTransport";
import type { TokenProvider } from "../../api/bearerTransport";
import { realTimers } from "../../excel/withWatchdog";
import type { Pane } from "../createPane";
import type { Connected } from "./createConnected";
import { createConnected } from "./createConnected";
import { connectedView } from "./connectedView";
import { webStorageStore } from "./keyValueStore";
import { paneLink } from "./paneLink";

/**
 * The connected flows over the browser: fetch to the build's API base URL, the add-in's localStorage, and
 * Microsoft Entra ID tokens when the build has the province's settings (`tokens`).
 */
export function mountConnected(
  section: HTMLElement,
  pane: Pane,
  rendered: () => void,
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
      view();
      rendered();
    },
  });
  const view = connectedView(
    section,
    () => connected,
    () => pane.state().lang,
  );
  return { connected, render: view };
}
