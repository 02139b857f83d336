import { rankBloc } from "../../../core/ranking/rankBloc";
import { CONSOLIDATION_SHEET, consolidationSheetPlan } from "../../../core/sheets/consolidationSheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const template = structuredClone(allKindsTemplate);
template.identity.bloc.name = "Khối Nội chính & Pháp luật";
const parsed = parseTemplate(template);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;

describe("consolidationSheetPlan", () => {
  it("prints the bloc and year in the page header, the sheet's name and page numbers in the footer", () => {
    const sheet = consolidationSheetPlan(compiled, [], rankBloc(compiled, []));
    expect(sheet.name).toBe(CONSOLIDATION_SHEET);
    expect(sheet.print).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: "4:4",
      header: "&LKhối Nội chính && Pháp luật&RNăm 2022",
      footer: "&LBảng tổng hợp điểm thi đua&RTrang &P/&N",
    });
  });
});
