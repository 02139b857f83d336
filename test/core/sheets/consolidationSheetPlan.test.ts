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
  it("prints the bloc and year in the page header; the sheet's name, the table and result code and page numbers in the footer", () => {
    const result = rankBloc(compiled, []);
    const sheet = consolidationSheetPlan(compiled, [], result);
    const code = result.inputHash.replace(/^sha256:/, "").slice(0, 12);
    expect(sheet.name).toBe(CONSOLIDATION_SHEET);
    expect(sheet.print).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: "4:4",
      header: "&LKhối Nội chính && Pháp luật&RNăm 2022",
      footer: `&LBảng tổng hợp điểm thi đua&CBảng điểm ${compiled.template.id}, phiên bản 1 · Mã kết quả ${code}&RTrang &P/&N`,
    });
  });

  it("shows no total for a member without a usable return, and says why, instead of a row of zeros", () => {
    const ret = {
      formatVersion: 1 as const,
      template: { id: compiled.template.id, fingerprint: compiled.fingerprint },
      unitId: "cong-an-tinh",
      entries: {},
    };
    const result = rankBloc(compiled, [ret], {
      history: { formatVersion: 1, awards: [], terms: [], ranks: [] },
    });
    const self = [{ unitId: "cong-an-tinh", points: new Float64Array(compiled.nodes.length) }];
    const sheet = consolidationSheetPlan(compiled, self, result);
    const unitRow = (name: string) => sheet.cells.find((r) => r[1]?.v === name && r[3]?.v === "Tổng điểm");
    expect(unitRow("Công an tỉnh")?.[6]?.v).toBe(
      result.units.find((u) => u.unitId === "cong-an-tinh")?.total,
    );
    const without = unitRow("Tòa án nhân dân tỉnh");
    expect(without?.[6]?.v).toBeNull();
    expect(without?.[8]?.v).toBe("Không có bảng tự chấm hợp lệ: không xếp hạng");
  });
});
