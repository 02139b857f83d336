import { rankBloc } from "../../../core/ranking/rankBloc";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { RANKED_COL, RANKED_HEADER_ROW, rankedTablePlan } from "../../../core/sheets/rankedTablePlan";
import type { PlanCell } from "../../../core/sheets/sheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import type { TemplateInput } from "../../../core/template/templateSchema";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const template = {
  ...structuredClone(allKindsTemplate),
  ranking: { tieBreak: [{ key: "section", code: "I" }, { key: "meeting" }] },
} as TemplateInput;
const parsed = parseTemplate(template);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;

const ret = (unitId: string, level: string, score: number): UnitReturn => ({
  formatVersion: 1,
  template: { id: compiled.template.id, fingerprint: compiled.fingerprint },
  unitId,
  entries: { "I.2": { level }, "III.1": { score } },
});

describe("rankedTablePlan", () => {
  // Công an and Tòa án tie at 22 (12 + 10 vs 10 + 12); section I puts Công an first. Sở Tư pháp is alone at 17.
  const result = rankBloc(compiled, [
    ret("cong-an-tinh", "HTXSNV", 10),
    ret("tand-tinh", "HTTNV", 12),
    ret("so-tu-phap", "HTNV", 10),
  ]);
  const sheet = rankedTablePlan(compiled, result, { date: "15/01/2023" });
  const cell = (row: number, col: number): PlanCell | null | undefined => sheet.cells[row - 1]?.[col - 1];
  const first = RANKED_HEADER_ROW + 1;

  it("lists the units in rank order with a formula total and a rank formula that keeps the chain's order", () => {
    expect(cell(RANKED_HEADER_ROW, RANKED_COL.rank)?.v).toBe("Xếp hạng");
    expect([1, 2, 3].map((i) => cell(first + i - 1, RANKED_COL.unit)?.v)).toEqual([
      "Công an tỉnh",
      "Tòa án nhân dân tỉnh",
      "Sở Tư pháp",
    ]);
    expect(cell(first, RANKED_COL.total)?.f).toBe(`ROUND(D${first}+E${first}-F${first},4)`);
    const range = `$G$${first}:$G$${first + 2}`; // the ranked units only
    expect(cell(first, RANKED_COL.rank)?.f).toBe(`SUMPRODUCT(--(${range}>G${first}))+1`);
    expect(cell(first + 1, RANKED_COL.rank)?.f).toBe(`SUMPRODUCT(--(${range}>G${first + 1}))+1+1`);
  });

  it("shows units without a return unranked, and carries the tie sentence into the notes", () => {
    expect(cell(first + 3, RANKED_COL.rank)?.v).toBe("—");
    expect(String(cell(first, RANKED_COL.note)?.v)).toContain("Tòa án nhân dân tỉnh");
    expect(cell(first, RANKED_COL.unit)?.text).toBe(true);
  });

  it("ends with the date and the signature block of the leader and deputy units, fits A4 and plans a bar chart", () => {
    const texts = sheet.cells.flat().map((c) => c?.v);
    expect(texts).toContain(`${compiled.template.identity.province}, ngày 15 tháng 01 năm 2023`);
    expect(texts).toContain("ĐƠN VỊ KHỐI TRƯỞNG");
    expect(texts).toContain("Công an tỉnh");
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(sheet.chart).toMatchObject({
      type: "bar",
      categories: `B${first}:B${first + 2}`,
      values: `G${first}:G${first + 2}`,
    });
    expect(sheet.dataBars).toEqual([{ ref: `G${first}:G${first + 2}`, color: "9DC3E6" }]);
  });
  it("When the pane asks for the meeting's notes, then the stability lines and the unused quotas follow the proposals, and the chart moves below them", () => {
    const withNotes = rankedTablePlan(compiled, result, { date: "15/01/2023", meetingNotes: true });
    const lines = withNotes.cells.flat().map((c) => String(c?.v ?? ""));
    expect(lines).toContain("Độ ổn định của kết quả:");
    // Công an and Tòa án are level on 22: the close call says how the pair was separated, in core's words.
    expect(lines.some((l) => /^– Sát nút: Công an tỉnh và Tòa án nhân dân tỉnh/.test(l))).toBe(true);
    const plain = sheet.cells.flat().map((c) => String(c?.v ?? ""));
    expect(plain).not.toContain("Độ ổn định của kết quả:");
    const anchorRow = (a: string | undefined) => Number(a?.slice(1));
    expect(anchorRow(withNotes.chart?.anchor)).toBeGreaterThan(anchorRow(sheet.chart?.anchor));
  });
});

describe("rankedTablePlan printing", () => {
  it("When no meeting date is given, then the place and date line is left to fill in, never a made-up day", () => {
    const sheet = rankedTablePlan(compiled, rankBloc(compiled, [ret("cong-an-tinh", "HTXSNV", 10)]));
    const texts = sheet.cells.flat().map((c) => c?.v);
    expect(texts).toContain(`${compiled.template.identity.province}, ngày … tháng … năm …`);
  });

  it("When the table prints, then the table's id, version and the result's code are in the footer, not the title", () => {
    const result = rankBloc(compiled, [ret("cong-an-tinh", "HTXSNV", 10)]);
    const sheet = rankedTablePlan(compiled, result, { date: "15/01/2023" });
    const code = result.inputHash.replace(/^sha256:/, "").slice(0, 12);
    const title = sheet.cells
      .slice(0, RANKED_HEADER_ROW)
      .flat()
      .map((c) => String(c?.v ?? ""))
      .join(" | ");
    expect(title).not.toContain(compiled.template.id);
    expect(title).not.toContain(code);
    expect(sheet.print?.footer).toBe(
      `&LNgày 15/01/2023&CBảng điểm ${compiled.template.id}, phiên bản ${compiled.template.identity.version} · Mã kết quả ${code}&RTrang &P/&N`,
    );
  });

  it("When a quota is left unused, then the meeting's notes say how many places and why", () => {
    const flagged = parseTemplate({
      ...template,
      ranking: {
        ...template.ranking,
        awards: [{ award: compiled.template.awards[0]!.id, quota: { kind: "count", count: 5 } }],
      },
    } as TemplateInput);
    if (!flagged.ok) throw new Error("invalid");
    const ranked = rankBloc(flagged.compiled, [ret("cong-an-tinh", "HTXSNV", 10)]);
    const lines = rankedTablePlan(flagged.compiled, ranked, { meetingNotes: true })
      .cells.flat()
      .map((c) => String(c?.v ?? ""));
    expect(lines).toContain("Chỉ tiêu chưa sử dụng hết:");
    expect(lines.some((l) => /^– .+: còn 4\/5 suất/.test(l))).toBe(true);
  });

  it("repeats the header row on every page only when the table runs past one page", () => {
    const few = rankBloc(compiled, [ret("cong-an-tinh", "HTXSNV", 10), ret("tand-tinh", "HTTNV", 12)]);
    expect(rankedTablePlan(compiled, few).print?.titleRows).toBeUndefined();

    // A cluster of 40 units: its table cannot fit one A4 page, so the header row prints on each.
    const members = Array.from({ length: 40 }, (_, i) => ({
      id: `don-vi-${i + 1}`,
      name: `Đơn vị số ${i + 1}`,
    }));
    const big = parseTemplate({
      ...template,
      members,
      leader: "don-vi-1",
      deputy: "don-vi-2",
    } as TemplateInput);
    if (!big.ok) throw new Error(JSON.stringify(big.problems));
    const returns = members.map((m, i) => ({
      ...ret(m.id, "HTTNV", i % 12),
      template: { id: big.compiled.template.id, fingerprint: big.compiled.fingerprint },
    }));
    const sheet = rankedTablePlan(big.compiled, rankBloc(big.compiled, returns));
    expect(sheet.print?.titleRows).toBe(`${RANKED_HEADER_ROW}:${RANKED_HEADER_ROW}`);
  });

  describe("when members are missing and the award is put to a ballot not yet held", () => {
    const voted = parseTemplate({
      ...structuredClone(allKindsTemplate),
      ranking: {
        awards: [
          {
            award: "co-ubnd-tinh",
            quota: { kind: "count", count: 1 },
            vote: {
              mode: "confirm",
              threshold: { comparison: ">", numerator: 1, denominator: 2, of: "present" },
            },
          },
        ],
      },
    } as TemplateInput);
    if (!voted.ok) throw new Error("invalid");
    const partial = rankBloc(voted.compiled, [
      ret("cong-an-tinh", "HTXSNV", 12),
      ret("tand-tinh", "HTTNV", 12),
    ]);
    const table = rankedTablePlan(voted.compiled, partial);
    const at = (row: number, col: number) => table.cells[row - 1]?.[col - 1];
    const rowOf = (name: string) => RANKED_HEADER_ROW + 1 + partial.units.findIndex((u) => u.name === name);

    it("When a unit has no usable return, then its scores and total print '—', not 0,00", () => {
      const row = rowOf("Sở Tư pháp");
      const cols = [
        RANKED_COL.self,
        RANKED_COL.reviewed,
        RANKED_COL.bonus,
        RANKED_COL.deductions,
        RANKED_COL.total,
      ];
      expect(cols.map((c) => at(row, c)?.v)).toEqual(["—", "—", "—", "—", "—"]);
      expect(at(row, RANKED_COL.total)?.f).toBeUndefined();
    });

    it("When units are missing yet an award is proposed, then row 4 says the result is provisional and names them", () => {
      expect(at(4, 1)?.v).toBe(
        "KẾT QUẢ TẠM THỜI: chưa có bản tự chấm hợp lệ của 3/5 đơn vị (Sở Tư pháp, Thanh tra tỉnh, Viện Kiểm sát nhân dân tỉnh); xếp hạng và đề nghị khen thưởng có thể thay đổi khi đủ.",
      );
      expect(table.merges).toContain("A4:K4");
    });

    it("When the ballot has not been held, then the proposal says 'chờ bỏ phiếu' in the table and below it", () => {
      expect(at(rowOf("Công an tỉnh"), RANKED_COL.proposal)?.v).toBe(
        "Cờ thi đua của UBND tỉnh (chờ bỏ phiếu)",
      );
      const texts = table.cells.flat().map((c) => String(c?.v ?? ""));
      expect(
        texts.some((t) =>
          t.startsWith("– Cờ thi đua của UBND tỉnh (chỉ tiêu 1; chờ bỏ phiếu): Công an tỉnh"),
        ),
      ).toBe(true);
    });
  });
});
