import { quantityOutliers } from "../../../core/bloc/quantityOutliers";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { RETURN_FORMAT_VERSION } from "../../../core/returns/returnSchema";
import { parseTemplate } from "../../../core/template/parseTemplate";
import { allKindsTemplate } from "../../fixtures/allKindsTemplate";

const parsed = parseTemplate(allKindsTemplate);
if (!parsed.ok) throw new Error("invalid");
const compiled = parsed.compiled;
const ids = compiled.template.members.map((m) => m.id);

function returnsWith(quantities: (number | undefined)[]): UnitReturn[] {
  return quantities.map((q, i) => ({
    formatVersion: RETURN_FORMAT_VERSION,
    template: {
      id: compiled.template.id,
      version: compiled.template.identity.version,
      fingerprint: compiled.fingerprint,
    },
    unitId: ids[i] ?? "",
    entries: q === undefined ? ({} as UnitReturn["entries"]) : { "I.3": { quantity: q } },
  }));
}

describe("quantityOutliers", () => {
  it("When one unit's quantity is 100 times the others' median or more, then it alone is flagged, with the unit named", () => {
    const found = quantityOutliers(compiled, returnsWith([14, 12, 15_000_000, 16, undefined]));
    expect(found.map((o) => [o.unitId, o.code, o.quantity, o.typical])).toEqual([
      [ids[2], "I.3", 15_000_000, 14],
    ]);
    expect(found[0]?.message.vi).toContain("15.000.000 văn bản lớn gấp khoảng 1.071.429 lần");
  });

  it("When the spread is wide but under two orders of magnitude, or too few others answered, then nothing is flagged", () => {
    expect(quantityOutliers(compiled, returnsWith([14, 12, 1_000, 16, 9]))).toEqual([]);
    expect(quantityOutliers(compiled, returnsWith([14, 15_000_000, undefined, undefined, 0]))).toEqual([]);
  });

  it("When the others' returns were refused for another cell, then their quantities still tell what is typical, and only the usable are judged", () => {
    const all = returnsWith([14, 15_000_000, 12, 16, 13]);
    const [usable, refused] = [all.slice(0, 2), all.slice(2)];
    expect(quantityOutliers(compiled, usable)).toEqual([]);
    const found = quantityOutliers(compiled, usable, refused);
    expect(found.map((o) => [o.unitId, o.typical])).toEqual([[ids[1], 13.5]]);
  });
});
