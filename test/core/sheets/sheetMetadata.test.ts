import {
  METADATA_MARKER,
  METADATA_NOTICE,
  metadataSheetPlan,
  parseSheetMetadata,
  SHEET_FORMAT_VERSION,
} from "../../../core/sheets/sheetMetadata";
import type { SheetMetadata } from "../../../core/sheets/sheetMetadata";
import { planValues } from "../../helpers/planGrids";

const META: SheetMetadata = {
  kind: "scoring",
  sheetFormatVersion: SHEET_FORMAT_VERSION,
  templateId: "mau",
  templateVersion: "1",
  fingerprint: `sha256:${"a".repeat(64)}`,
  blocId: "khoi",
  unitId: "cong-an-tinh",
  year: 2022,
  period: "year-end",
  lockedCells: `sha256:${"b".repeat(64)}`,
};

describe("the metadata sheet (_thidua)", () => {
  it("When it is written, then its first cell tells whoever unhides it not to edit it, and it is protected", () => {
    const plan = metadataSheetPlan(META, [["Đạt", "Không đạt"]]);
    expect(plan.cells[0]?.[0]?.v).toBe(METADATA_NOTICE);
    expect(METADATA_NOTICE).toMatch(
      /^Trang dữ liệu của chương trình — không sửa\. Program data — do not edit/,
    );
    expect(plan.protect).toBe(true);
    // The dropdown lists stay where the validations' sources point: column D from row 2.
    expect(plan.cells[1]?.[3]?.v).toBe("Đạt");
    expect(plan.cells[2]?.[3]?.v).toBe("Không đạt");
    expect(parseSheetMetadata(planValues(plan))).toEqual({ ok: true, metadata: META });
  });

  it("When a file written before the notice (version 1: marker in A1, no hash) is read, then it is accepted", () => {
    const v1 = [
      [METADATA_MARKER, 1],
      ...Object.entries({ ...META, sheetFormatVersion: 1, lockedCells: undefined }).filter(
        ([, v]) => v !== undefined,
      ),
    ];
    const read = parseSheetMetadata(v1);
    expect(read).toEqual({ ok: true, metadata: { ...META, sheetFormatVersion: 1, lockedCells: undefined } });
  });

  it("When the version is one this program does not know, then it says so", () => {
    const plan = metadataSheetPlan({ ...META, sheetFormatVersion: 3 });
    const read = parseSheetMetadata(planValues(plan));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.vi).toBe("Phiên bản trang tính 3 không được hỗ trợ (cần 2).");
  });

  it("When the sheet has no marker in A1 or A2, then it is not one of ours", () => {
    const read = parseSheetMetadata([[METADATA_NOTICE], [], [METADATA_MARKER, 2]]);
    expect(read.ok).toBe(false);
  });
});
