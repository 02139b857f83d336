import type { ExcelRun } from "./scoringWorkbookActions";

/** Raised when Excel did not answer in time: the pane says so and offers to try again. */
export class ExcelTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`Excel did not answer within ${ms} ms`);
    this.name = "ExcelTimeoutError";
  }
}

/** Timers as a parameter, so tests need not wait. */
export type Timers = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * `run` with a watchdog: a batch that has not finished after `ms` rejects with `ExcelTimeoutError` (Excel busy
 * with a cell edit or a dialog never answers). The batch itself may still finish later; the pane's next action
 * reads the workbook again, so nothing relies on the abandoned one.
 */
export function withWatchdog(run: ExcelRun, ms: number, timers: Timers = realTimers): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const timer = timers.set(() => reject(new ExcelTimeoutError(ms)), ms);
      run(batch).then(
        (value) => {
          timers.clear(timer);
          resolve(value);
        },
        (error: unknown) => {
          timers.clear(timer);
          reject(error);
        },
      );
    });
}
