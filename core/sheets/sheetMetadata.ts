import { z } from "zod";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { PlanCell, SheetPlan } from "./sheetPlan";

/**
 * Version of the sheet layout; a reader refuses layouts it does not know. 2: the metadata sheet opens with a visible
 * notice (marker in A2) and records the hash of the scoring sheet's locked cells; 1 is still read (no hash).
 */
export const SHEET_FORMAT_VERSION = 2;
/** The versions a reader accepts: files written before the hash of the locked cells stay readable. */
export const READABLE_SHEET_FORMAT_VERSIONS: readonly number[] = [1, 2];
/** Name of the very hidden sheet that marks a workbook as ours and records what it was made from. */
export const METADATA_SHEET = "_thidua";
/** Marker in cell A2 of the metadata sheet (A1 in version 1). */
export const METADATA_MARKER = "thidua-workbook";
/**
 * Cell A1 of the metadata sheet: LibreOffice saves a very hidden sheet as merely hidden, so whoever shows it is told
 * what it is before anything else.
 */
export const METADATA_NOTICE =
  "Trang dữ liệu của chương trình — không sửa. Program data — do not edit (Thi Đua).";

/** What the hidden metadata sheet records (template id, version, fingerprint, bloc, unit, year, format). */
export const SheetMetadataSchema = z.strictObject({
  kind: z.enum(["scoring", "ranking"]),
  sheetFormatVersion: z.number().int(),
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  blocId: z.string().min(1),
  unitId: z.string().optional(),
  year: z.number().int(),
  period: z.enum(["mid-year", "year-end"]),
  /** SHA-256 of the scoring sheet's locked cells in canonical form (`lockedCells.ts`); since version 2. */
  lockedCells: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional(),
  /** Locked cells the template alone does not give (award history rows), as JSON { ref: canonical form }. */
  lockedExtras: z.string().optional(),
});
export type SheetMetadata = z.infer<typeof SheetMetadataSchema>;

const KEYS = Object.keys(SheetMetadataSchema.shape) as (keyof SheetMetadata)[];

/**
 * The metadata sheet: the notice in A1, the marker and version in row 2, then one key/value row per field, then
 * optional list columns (D, E, … from row 2, where the dropdowns' sources point).
 */
export function metadataSheetPlan(
  meta: SheetMetadata,
  lists: readonly (readonly string[])[] = [],
): SheetPlan {
  const cells: (PlanCell | null)[][] = [
    [{ v: METADATA_NOTICE, s: "label" }],
    [{ v: METADATA_MARKER }, { v: SHEET_FORMAT_VERSION }],
  ];
  for (const key of KEYS) {
    const value = meta[key];
    if (value !== undefined) cells.push([{ v: key }, { v: value, text: typeof value === "string" }]);
  }
  lists.forEach((items, i) => {
    items.forEach((item, r) => {
      const row = (cells[r + 1] ??= [null]);
      while (row.length < 3 + i) row.push(null);
      row[3 + i] = { v: item, text: true };
    });
  });
  return {
    name: METADATA_SHEET,
    visibility: "veryHidden",
    columns: [{ width: 20 }, { width: 70 }],
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    protect: true,
  };
}

export type MetadataResult = { ok: true; metadata: SheetMetadata } | { ok: false; problem: Localized };

/**
 * Reads the metadata sheet's grid back; a grid without the marker (A2, or A1 in version 1) is "not a Thi Đua
 * workbook". Whether the sheet is very hidden, hidden or shown does not matter (LibreOffice saves it as hidden).
 */
export function parseSheetMetadata(grid: readonly (readonly unknown[])[] | undefined): MetadataResult {
  const markerRow = grid?.findIndex((row, r) => r < 2 && row[0] === METADATA_MARKER) ?? -1;
  if (!grid || markerRow < 0) {
    return {
      ok: false,
      problem: msg(
        "Không phải tệp của Thi Đua (không có trang ẩn _thidua).",
        "Not a Thi Đua workbook (no hidden _thidua sheet).",
      ),
    };
  }
  const raw: Record<string, unknown> = {};
  for (const row of grid.slice(markerRow + 1)) {
    const key = row[0];
    if (typeof key === "string" && key !== "") raw[key] = row[1];
  }
  const parsed = SheetMetadataSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    return {
      ok: false,
      problem: msg(
        `Trang _thidua bị hỏng (trường: ${fields}).`,
        `The _thidua sheet is damaged (fields: ${fields}).`,
      ),
    };
  }
  if (!READABLE_SHEET_FORMAT_VERSIONS.includes(parsed.data.sheetFormatVersion)) {
    const v = parsed.data.sheetFormatVersion;
    return {
      ok: false,
      problem: msg(
        `Phiên bản trang tính ${v} không được hỗ trợ (cần ${SHEET_FORMAT_VERSION}).`,
        `Sheet format version ${v} is not supported (expected ${SHEET_FORMAT_VERSION}).`,
      ),
    };
  }
  return { ok: true, metadata: parsed.data };
}
