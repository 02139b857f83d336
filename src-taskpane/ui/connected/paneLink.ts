import type { Pane } from "../createPane";
import type { PaneLink } from "./createConnected";

/** Errors of the pane's last check, missing entries excluded (they score 0 and the server lists them). */
export function sheetErrors(pane: Pane): number | undefined {
  const state = pane.state();
  if (!state.score) return undefined;
  return state.problems.filter((p) => p.type !== "missing-entry").length;
}

/** The offline pane as the connected flows see it. */
export function paneLink(pane: Pane): PaneLink {
  return {
    useServerTable: (source, template, unitId) => pane.useServerTable(source, template, unitId),
    async readSheet() {
      const ret = await pane.readSheet();
      const errors = sheetErrors(pane);
      return ret && errors !== undefined ? { ret, errors } : undefined;
    },
    ownPoints: (code) => pane.state().score?.nodes.find((n) => n.code === code)?.points,
    sheetErrors: () => sheetErrors(pane),
    sheetUnitId: () => pane.state().score?.unitId,
    sheetReturn: () => pane.state().checkedReturn,
    recordSubmission: (record) => pane.recordSubmission(record),
    readSubmission: () => pane.readSubmission(),
  };
}
