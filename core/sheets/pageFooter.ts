import { headerFooterText } from "./planGrid";

/** Excel keeps at most 255 characters of a page header or footer, its codes included. */
export const HEADER_FOOTER_MAX = 255;

const PAGE_NUMBER = "&RTrang &P/&N";

/**
 * A printed page's footer: `left` (whose pages these are) and `center` (the technical identity: table, version and
 * code, kept out of the title block) as plain text, the page number on the right. Texts are shortened with "…"
 * (the longer first) so the whole footer stays within Excel's 255 characters.
 */
export function pageFooter(left: string, center: string): string {
  const parts = [left, center];
  const build = () =>
    `&L${headerFooterText(parts[0] ?? "")}${parts[1] ? `&C${headerFooterText(parts[1])}` : ""}${PAGE_NUMBER}`;
  while (build().length > HEADER_FOOTER_MAX) {
    const i = (parts[0] ?? "").length >= (parts[1] ?? "").length ? 0 : 1;
    const text = parts[i] ?? "";
    parts[i] =
      `${text.slice(0, Math.max(0, text.length - Math.max(2, build().length - HEADER_FOOTER_MAX) - 1))}…`;
  }
  return build();
}

/** The table a sheet was made from, for the footer: "Bảng điểm ha-giang-2022, phiên bản 2022.1". */
export function tableIdentityText(id: string, version: string): string {
  return `Bảng điểm ${id}, phiên bản ${version}`;
}

/** The first 12 hex digits of a ranking's input hash: the code that finds the result again ("Mã kết quả"). */
export function resultCode(inputHash: string): string {
  return inputHash.replace(/^sha256:/, "").slice(0, 12);
}
