/// <reference types="office-js" />
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { officeScoringWorkbook } from "../../../src-taskpane/excel/scoringWorkbook";
import type { ExcelRun } from "../../../src-taskpane/excel/scoringWorkbookActions";
import type { Timers } from "../../../src-taskpane/excel/withWatchdog";
import type { PaneDeps } from "../../../src-taskpane/ui/createPane";
import { createPane } from "../../../src-taskpane/ui/createPane";
import * as paneCore from "../../../src-taskpane/ui/paneCore";
import type { PaneState, TableChoice } from "../../../src-taskpane/ui/paneState";
import { FakeContext } from "../../helpers/fakeExcel";

/** Timers the test fires by hand: `flush()` runs what is due, as if the quiet time had passed. */
export class ManualTimers implements Timers {
  private next = 1;
  readonly due = new Map<number, () => void>();
  set(fn: () => void): number {
    const id = this.next++;
    this.due.set(id, fn);
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  flush(): void {
    const fns = [...this.due.values()];
    this.due.clear();
    for (const fn of fns) fn();
  }
}

export const HA_GIANG: TableChoice = {
  id: "ha-giang-khoi-noi-chinh-2022",
  title: "Khối Nội chính – Hà Giang 2022",
  file: "templates/ha-giang-khoi-noi-chinh-2022.json",
};

/** A pane over the in-memory workbook (the real Office.js adapter on the typed fake), sample tables from disk. */
export function paneOverFake(overrides: Partial<PaneDeps> = {}) {
  const context = new FakeContext();
  const run: ExcelRun = (batch) => batch(context.asExcel());
  const timers = new ManualTimers();
  const saved: { fileName: string; text: string }[] = [];
  const renders: PaneState[] = [];
  const pane = createPane({
    core: async () => paneCore,
    workbook: officeScoringWorkbook(run, async () => paneCore),
    tables: {
      list: async () => [HA_GIANG],
      load: async (choice) => JSON.parse(readFileSync(resolve(__dirname, "../../..", choice.file), "utf8")),
    },
    files: { save: async (fileName, text) => void saved.push({ fileName, text }) },
    timers,
    now: () => new Date(2026, 11, 4, 9, 5),
    render: (state) => void renders.push(structuredClone({ ...state, table: undefined, score: undefined })),
    ...overrides,
  });
  return { pane, context, timers, saved, renders };
}

/** Lets queued promise callbacks run (the pane's actions chain a few). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
