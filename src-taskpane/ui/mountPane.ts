import type { Pane, PaneDeps } from "./createPane";
import { createPane } from "./createPane";
import { useFluentTheme } from "./fluent";
import { paneView } from "./paneView";

/** Builds the pane into `root` over the given adapters and starts it: the entry and the test harness share this. */
export function mountPane(root: HTMLElement, deps: Omit<PaneDeps, "render">): Pane {
  useFluentTheme();
  // createPane renders only from its actions, which run after the view exists.
  const pane: Pane = createPane({ ...deps, render: (state) => view(state) });
  const view = paneView(root, () => pane);
  view(pane.state());
  void pane.start();
  return pane;
}
