import type { Localized } from "../../core/i18n";
import type { TokenProvider } from "../api/bearerTransport";
import { msg } from "../../core/i18n";
import type { Connected } from "./connected/createConnected";
import type * as ConnectedModuleTypes from "./connected/mountConnected";
import type { Pane } from "./createPane";
import { el, fluentButton } from "./dom";

type Mounted = { connected: Connected; render: () => void };
type ConnectedModule = typeof ConnectedModuleTypes;

/** The lazy chunk (".js" per TypeScript's nodenext rule; webpack's extensionAlias finds the .ts source). */
const importConnected = (): Promise<ConnectedModule> =>
  import(/* webpackChunkName: "connected" */ "./connected/mountConnected.js");

/** Keys the connected part keeps in the add-in's storage; either one present loads it at start (resume). */
const REMEMBERED = ["thidua.session", "thidua.pendingSubmits"];

const words = {
  heading: msg("Kết nối máy chủ", "Connect to the server"),
  key: msg("Mã truy cập (Ban Thi đua cấp)", "Access key (from the board)"),
  signIn: msg("Đăng nhập", "Sign in"),
  microsoft: msg("Đăng nhập bằng tài khoản Microsoft", "Sign in with a Microsoft account"),
  loading: msg("Đang tải phần kết nối…", "Loading the connected part…"),
  failed: msg(
    'Không tải được phần kết nối (mất mạng?). Kiểm tra kết nối rồi bấm "Đăng nhập" lại.',
    'The connected part could not be loaded (offline?). Check the connection, then press "Sign in" again.',
  ),
} satisfies Record<string, Localized>;

/**
 * The sign-in form, in the initial bundle; the connected flows (ui/connected/**, zod schemas, the API client) load
 * with a dynamic import only when the user signs in or a remembered session or pending submit must be resumed.
 */
export function connectedEntry(
  root: HTMLElement,
  pane: () => Pane,
  leaderLink: ConnectedModuleTypes.LeaderLink,
  tokens?: TokenProvider,
) {
  const section = el("section", { id: "connected", "aria-labelledby": "connected-heading" });
  const heading = el("h2", { id: "connected-heading" });
  const form = el("form", { id: "sign-in-form" });
  const label = el("label", { for: "access-key" });
  const input = el("input", { id: "access-key", type: "password", autocomplete: "off", spellcheck: "false" });
  const button = fluentButton("sign-in", "primary");
  const note = el("p", { id: "sign-in-note", class: "hint", role: "status" });
  const body = el("div", { id: "connected-body" });
  // Shown only when the build has the province's Microsoft Entra ID settings (a token provider).
  const microsoft = fluentButton("ms-sign-in");
  microsoft.hidden = tokens === undefined;
  form.append(label, input, button, note);
  section.append(heading, form, microsoft, body);
  root.append(section);
  let loaded: Promise<Mounted> | undefined;
  let mounted: Mounted | undefined;
  let failed = false;

  function render(): void {
    const t = (m: Localized) => m[pane().state().lang];
    heading.textContent = t(words.heading);
    label.textContent = t(words.key);
    button.textContent = t(words.signIn);
    microsoft.textContent = t(words.microsoft);
    form.hidden = mounted?.connected.state().me !== undefined;
    microsoft.hidden = tokens === undefined || form.hidden;
    note.textContent = failed ? t(words.failed) : loaded && !mounted ? t(words.loading) : "";
    mounted?.render();
  }

  function load(): Promise<Mounted> {
    const pending = (loaded ??= importConnected().then((m) => {
      mounted = m.mountConnected(body, pane(), render, leaderLink, tokens);
      return mounted;
    }));
    render();
    return pending.catch((error: unknown) => {
      loaded = undefined;
      failed = true;
      render();
      throw error;
    });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const key = input.value;
    failed = false;
    void load().then(async ({ connected }) => {
      await connected.signIn(key);
      if (connected.state().me) input.value = "";
    });
  });
  button.addEventListener("click", () => form.requestSubmit());
  microsoft.addEventListener("click", () => {
    failed = false;
    void load().then(({ connected }) => connected.signInWithMicrosoft());
  });

  return {
    render,
    /** Resumes a remembered session or pending submit (after a pane reload or an Excel restart). */
    start(): void {
      if (REMEMBERED.some((k) => window.localStorage.getItem(k) !== null)) {
        void load().then(({ connected }) => connected.start());
      }
    },
  };
}
