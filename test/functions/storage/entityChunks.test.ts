import { z } from "zod";
import { compileTemplate, TemplateSchema } from "../../../core/template";
import { UnitReturnSchema } from "../../../core/returns";
import {
  CHUNK_BYTES,
  ENTITY_BYTES,
  entityBytes,
  fromEntity,
  splitBytes,
  toEntity,
} from "../../../functions/src/storage/entityChunks";
import { bigTemplate } from "../../helpers/bigTemplate";
import { randomReturn } from "../../helpers/randomReturn";
import { seededRandom } from "../../helpers/seededRandom";

function bigReturn() {
  const compiled = compileTemplate(TemplateSchema.parse(bigTemplate(300)));
  const ret = randomReturn(compiled, compiled.template.members[0]!.id, seededRandom(7));
  // Notes as units write them: a paragraph per criterion pushes the return past one property.
  for (const entry of Object.values(ret.entries))
    entry.note = "Đã hoàn thành theo kế hoạch, có báo cáo kèm theo. ".repeat(4);
  return ret;
}

describe("toEntity / fromEntity", () => {
  it("When a 300-criterion return is stored, then it spans several properties under 64 KiB and reads back equal", () => {
    const ret = bigReturn();
    const entity = toEntity(UnitReturnSchema, { partitionKey: "p", rowKey: "u~cur" }, ret, {
      kind: "current",
    });
    expect(entity.n).toBeGreaterThan(1);
    for (let i = 0; i < entity.n; i++)
      expect((entity[`d${i}`] as Uint8Array).length).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(entity.kind).toBe("current");
    expect(fromEntity(UnitReturnSchema, entity)).toEqual(ret);
  });

  it("When a document does not match its schema, then it is refused before it is written", () => {
    expect(() =>
      toEntity(z.strictObject({ a: z.number() }), { partitionKey: "p", rowKey: "r" }, { a: "x" } as never),
    ).toThrow();
  });

  it("When a stored entity was edited into something invalid or lost a chunk, then reading refuses it", () => {
    const schema = z.strictObject({ a: z.number() });
    const entity = toEntity(schema, { partitionKey: "p", rowKey: "r" }, { a: 1 });
    expect(() => fromEntity(schema, { ...entity, d0: Buffer.from('{"a":"1"}') })).toThrow();
    expect(() => entityBytes({ ...entity, n: 2 })).toThrow(/lacks chunk d1/);
  });

  it("When a document is larger than one entity holds, then splitBytes cuts it into entity-sized parts that join back", () => {
    const bytes = Buffer.from("đ".repeat(ENTITY_BYTES + 3), "utf8");
    const parts = splitBytes(bytes);
    expect(parts.map((p) => p.length)).toEqual([ENTITY_BYTES, ENTITY_BYTES, 6]);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    expect(() => toEntity(z.string(), { partitionKey: "p", rowKey: "r" }, "đ".repeat(ENTITY_BYTES))).toThrow(
      RangeError,
    );
  });
});
