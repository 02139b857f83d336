/** A moment as Vietnamese write it, in local time: "04/12/2026 09:05" (dd/mm/yyyy HH:mm; English reads it too). */
export function formatDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
