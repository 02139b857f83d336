/** A calendar day (ngày, tháng, năm). */
export type CalendarDay = { day: number; month: number; year: number };

/** Dots a person fills in by hand on the printed page. */
const BLANK = "…";

/**
 * The place-and-date line above a signature, as Vietnamese administrative documents write it: "Hà Giang, ngày 15
 * tháng 12 năm 2022" — a day below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 02 năm 2023",
 * Nghị định 30/2020/NĐ-CP); without a known date, "Hà Giang, ngày … tháng … năm …" to fill in, never a made-up day.
 */
export function formatPlaceDate(place: string, date?: CalendarDay): string {
  const where = place.trim() === "" ? BLANK : place.trim();
  if (date === undefined) return `${where}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${where}, ngày ${day} tháng ${month} năm ${date.year}`;
}
