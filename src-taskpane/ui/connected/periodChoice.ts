import type { Localized } from "../../../core/i18n";
import { msg } from "../../../core/i18n";
import type { Me, PeriodView } from "../../api/thiduaApi";

/** A period the signed-in user may open (kỳ thi đua): bloc, year, stage, state. */
export type PeriodOption = PeriodView["period"];

/**
 * The periods a sign-in may work in, latest first: its own when it names one; else its bloc's (of its year when it
 * has one); the board's: every bloc's. The server decides what may be read; this only narrows what it listed.
 */
export function readablePeriods(me: Me, periods: readonly PeriodOption[]): PeriodOption[] {
  return periods
    .filter((p) =>
      me.periodId !== null
        ? p.periodId === me.periodId
        : (me.blocId === null || p.blocId === me.blocId) && (me.year === null || p.year === me.year),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.periodId.localeCompare(b.periodId));
}

/** The period opened at sign-in: the one remembered when it is still readable, else the latest. */
export function defaultPeriod(
  options: readonly PeriodOption[],
  remembered: string | undefined,
): string | undefined {
  if (remembered !== undefined && options.some((p) => p.periodId === remembered)) return remembered;
  return options[0]?.periodId;
}

const stageWords: Record<PeriodOption["kind"], Localized> = {
  "mid-year": msg("Sơ kết 6 tháng", "Mid-year review"),
  "year-end": msg("Tổng kết năm", "Year-end review"),
};

const stateWords: Record<PeriodOption["state"], Localized> = {
  open: msg("đang nhận bài", "open"),
  closed: msg("đã khoá nộp", "closed"),
  reviewing: msg("đang thẩm định", "in review"),
  finalized: msg("đã chốt", "finalized"),
};

/** "ha-giang-khoi-noi-chinh · 2022 · Tổng kết năm (đang nhận bài)": what the picker lists. */
export function periodLabel(p: PeriodOption): Localized {
  const [stage, state] = [stageWords[p.kind], stateWords[p.state]];
  return msg(
    `${p.blocId} · ${p.year} · ${stage.vi} (${state.vi})`,
    `${p.blocId} · ${p.year} · ${stage.en} (${state.en})`,
  );
}
