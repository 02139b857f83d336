/** A calendar day written dd/mm/yyyy (ngày/tháng/năm). */
export type DayMonthYear = { day: number; month: number; year: number };

/**
 * Reads "dd/mm/yyyy" as a day that exists: 31/02/2022 and 29/02/2023 are refused (undefined), 29/02/2024 is read.
 * Years 1900–2999 only: anything else is a typing mistake on a meeting's date.
 */
export function parseDayMonthYear(text: string): DayMonthYear | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { day, month, year } : undefined;
}
