/** An ISO time as it was written (the unit's own clock): dd/mm/yyyy hh:mm, with the offset unless it is +07:00. */
export function formatIsoTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d, h, mi, off] = m;
  const zone = off === "+07:00" || off === "+0700" ? "" : off === "Z" ? " UTC" : ` (UTC${off})`;
  return `${d}/${mo}/${y} ${h}:${mi}${zone}`;
}
