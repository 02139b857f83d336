import JSZip from "jszip";
import { automaticRowHeights } from "../../../cli/xlsx/automaticRowHeights";
import { readXlsx } from "../../../cli/xlsx/readXlsx";
import { renderXlsx, writeXlsxBuffer } from "../../../cli/xlsx/renderXlsx";
import { scoringSheetPlan } from "../../../core/sheets/scoringSheetPlan";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("allKindsTemplate is invalid");
const plan = scoringSheetPlan(parsed.compiled, "cong-an-tinh");

/** The `<row …>` start tags of the scoring sheet's part. */
async function rowTags(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<row\b[^>]*>/g)].map((m) => m[0]);
}

describe("automaticRowHeights", () => {
  it("When ExcelJS wrote estimated heights as custom, then they stay as heights but no longer fixed", async () => {
    const raw = Buffer.from(await (await renderXlsx(plan)).xlsx.writeBuffer());
    const before = await rowTags(raw);
    expect(before.some((r) => r.includes('customHeight="1"'))).toBe(true);
    const after = await rowTags(await automaticRowHeights(raw));
    expect(after.filter((r) => r.includes("customHeight"))).toEqual([]);
    // Same rows, same heights: only the mark that froze them is gone.
    expect(after).toEqual(before.map((r) => r.replace(' customHeight="1"', "")));
    expect(after.filter((r) => /\bht="/.test(r)).length).toBeGreaterThan(5);
  });

  it("When the workbook is written, then every row grows with what is typed and the cells read back the same", async () => {
    const written = await writeXlsxBuffer(plan);
    expect((await rowTags(written)).filter((r) => r.includes("customHeight"))).toEqual([]);
    const raw = Buffer.from(await (await renderXlsx(plan)).xlsx.writeBuffer());
    expect(await readXlsx(written)).toEqual(await readXlsx(raw));
  });

  it("When no row has a custom height, then the package is returned as it was", async () => {
    const once = await automaticRowHeights(Buffer.from(await (await renderXlsx(plan)).xlsx.writeBuffer()));
    expect(await automaticRowHeights(once)).toBe(once);
  });
});
