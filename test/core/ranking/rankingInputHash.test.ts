import { CrossScoresFileSchema } from "../../../core/ranking/crossScoresFileSchema";
import { EligibilityFileSchema } from "../../../core/ranking/eligibilityFileSchema";
import { HistoryFileSchema } from "../../../core/ranking/historyFileSchema";
import { rankingInputHash } from "../../../core/ranking/rankingInputHash";
import type { RankingInputs } from "../../../core/ranking/rankingInputs";
import { ReviewsFileSchema } from "../../../core/ranking/reviewsFileSchema";
import { VotesFileSchema } from "../../../core/ranking/votesFileSchema";
import type { UnitReturn } from "../../../core/returns/returnSchema";
import { UnitReturnSchema } from "../../../core/returns/returnSchema";
import type { Template } from "../../../core/template/templateSchema";
import { parseTemplate } from "../../../core/template/parseTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../../fixtures/hagiang2019/haGiang2019";

/** What the hash is computed from, as one object so every leaf can be reached by a path. */
type HashInput = { template: Template; returns: UnitReturn[]; inputs: RankingInputs };

const parsed = parseTemplate(haGiang2019Template);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const template = parsed.compiled.template;

/** Every input file with every field of its schema filled at least once (checked below). */
function fullInput(): HashInput {
  const returns = haGiang2019Returns();
  returns[0]!.entries["X.1"] = {
    passed: true,
    level: "HTXSNV",
    achieved: 9,
    target: 10,
    percent: 90,
    quantity: 3,
    count: 2,
    score: 1.5,
    evidence: [{ ref: "CV 12/BC", description: "Báo cáo năm" }],
    note: "Ghi chú",
  };
  const heldAt = "2019-12-20T09:00:00+07:00";
  return {
    template,
    returns,
    inputs: {
      reviews: structuredClone(haGiang2019Reviews),
      cross: {
        formatVersion: 1,
        scores: [
          {
            scorer: "cong-an-tinh",
            unitId: "tand-tinh",
            code: "I.1",
            points: 18,
            at: "2019-12-09T09:00:00+07:00",
            note: "Chấm chéo",
          },
          { scorer: "vksnd-tinh", unitId: "tand-tinh", code: "I.1", points: 19 },
        ],
      },
      votes: {
        ...structuredClone(haGiang2019Votes),
        ballots: haGiang2019Votes.ballots.map((b) => ({ ...structuredClone(b), heldAt })),
        elections: haGiang2019Votes.elections.map((b) => ({ ...structuredClone(b), heldAt })),
        tieDecisions: [
          {
            order: ["so-tu-phap", "thanh-tra-tinh"],
            reason: "Hội nghị biểu quyết 7/9",
            decidedAt: heldAt,
          },
          { order: ["tand-tinh", "vksnd-tinh"], reason: "Hội nghị thống nhất" },
        ],
      },
      history: {
        ...structuredClone(haGiang2019History),
        awards: [
          ...structuredClone(haGiang2019History.awards),
          { unitId: "tand-tinh", year: 2017, award: "bang-khen", revoked: true },
        ],
      },
      eligibility: {
        ...structuredClone(haGiang2019Eligibility),
        flags: [
          ...structuredClone(haGiang2019Eligibility.flags),
          {
            unitId: "thanh-tra-tinh",
            flag: "investigation",
            reason: "Đang thanh tra",
            decidedAt: "2019-11-01T00:00:00+07:00",
            source: "Công văn 1/TTr",
          },
        ],
        stepsAside: [{ unitId: "so-noi-vu", award: "co-ubnd-tinh", reason: "Nhường đơn vị bạn" }],
      },
    },
  };
}

// A schema walk over zod's definitions: leaf paths written `adjustments[].unitId`, `entries{}.evidence[].ref`.
type SchemaNode = { _zod: { def: SchemaDef } };
type SchemaDef = {
  type: string;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  innerType?: SchemaNode;
  valueType?: SchemaNode;
  in?: SchemaNode;
};
type Leaf = { field: string; path: (string | number)[] };

function schemaFields(schema: SchemaNode, field: string, out: Set<string>): Set<string> {
  const def = schema._zod.def;
  if (def.innerType) return schemaFields(def.innerType, field, out);
  if (def.type === "pipe") return schemaFields(def.in!, field, out);
  if (def.type === "object")
    for (const [key, s] of Object.entries(def.shape!)) schemaFields(s, `${field}.${key}`, out);
  else if (def.type === "array") schemaFields(def.element!, `${field}[]`, out);
  else if (def.type === "record") schemaFields(def.valueType!, `${field}{}`, out);
  else out.add(field);
  return out;
}

function valueLeaves(
  schema: SchemaNode,
  value: unknown,
  field: string,
  path: Leaf["path"],
  out: Leaf[],
): Leaf[] {
  const def = schema._zod.def;
  if (value === undefined) return out;
  if (def.innerType) return valueLeaves(def.innerType, value, field, path, out);
  if (def.type === "pipe") return valueLeaves(def.in!, value, field, path, out);
  if (def.type === "object") {
    for (const [key, s] of Object.entries(def.shape!))
      valueLeaves(s, (value as Record<string, unknown>)[key], `${field}.${key}`, [...path, key], out);
  } else if (def.type === "array") {
    (value as unknown[]).forEach((v, i) => valueLeaves(def.element!, v, `${field}[]`, [...path, i], out));
  } else if (def.type === "record") {
    for (const [key, v] of Object.entries(value as object))
      valueLeaves(def.valueType!, v, `${field}{}`, [...path, key], out);
  } else out.push({ field, path });
  return out;
}

/** Plain JSON leaves (the template is hashed whole, whatever its schema). */
function jsonLeaves(value: unknown, path: Leaf["path"], out: Leaf[]): Leaf[] {
  if (Array.isArray(value)) value.forEach((v, i) => jsonLeaves(v, [...path, i], out));
  else if (value !== null && typeof value === "object")
    for (const [key, v] of Object.entries(value)) jsonLeaves(v, [...path, key], out);
  else out.push({ field: path.join("."), path });
  return out;
}

/** The input with the leaf at `path` changed to another value of its type. */
function changed(input: HashInput, path: Leaf["path"]): HashInput {
  const copy = structuredClone(input);
  let parent = copy as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const v = parent[last];
  parent[last] = typeof v === "number" ? v + 1 : typeof v === "boolean" ? !v : `${String(v)}·`;
  return copy;
}

const hashOf = (x: HashInput) => rankingInputHash(x.template, x.returns, x.inputs);

/** Each input file's schema, and where its value sits in the hash input. */
const FILES: [name: string, schema: SchemaNode, at: (x: HashInput) => unknown, path: Leaf["path"]][] = [
  ["reviews", ReviewsFileSchema as unknown as SchemaNode, (x) => x.inputs.reviews, ["inputs", "reviews"]],
  ["cross", CrossScoresFileSchema as unknown as SchemaNode, (x) => x.inputs.cross, ["inputs", "cross"]],
  ["votes", VotesFileSchema as unknown as SchemaNode, (x) => x.inputs.votes, ["inputs", "votes"]],
  ["history", HistoryFileSchema as unknown as SchemaNode, (x) => x.inputs.history, ["inputs", "history"]],
  [
    "eligibility",
    EligibilityFileSchema as unknown as SchemaNode,
    (x) => x.inputs.eligibility,
    ["inputs", "eligibility"],
  ],
];

/** Fields that do not change any result: the format version, and the history file's label, sample mark and note. */
const NOT_RESULT = new Set(["history.formatVersion", "history.bloc", "history.sample", "history.note"]);
const notResult = (field: string) => field.endsWith(".formatVersion") || NOT_RESULT.has(field);

describe("rankingInputHash", () => {
  const base = fullInput();
  const baseHash = hashOf(base);

  it("is given a value for every field of every input file schema (so the next test reaches each one)", () => {
    for (const [name, schema, at] of FILES) {
      const wanted = [...schemaFields(schema, name, new Set())].filter((f) => !notResult(f));
      const present = new Set(valueLeaves(schema, at(base), name, [], []).map((l) => l.field));
      expect({ name, missing: wanted.filter((f) => !present.has(f)) }).toEqual({ name, missing: [] });
    }
    const returnFields = [...schemaFields(UnitReturnSchema as unknown as SchemaNode, "return", new Set())];
    const present = new Set(
      base.returns.flatMap((r) =>
        valueLeaves(UnitReturnSchema as unknown as SchemaNode, r, "return", [], []).map((l) => l.field),
      ),
    );
    expect(returnFields.filter((f) => !notResult(f) && !present.has(f))).toEqual([]);
  });

  it("changes when any field of any input file changes, one at a time", () => {
    const unchanged: string[] = [];
    for (const [name, schema, at, path] of FILES) {
      for (const leaf of valueLeaves(schema, at(base), name, [], [])) {
        if (notResult(leaf.field)) continue;
        if (hashOf(changed(base, [...path, ...leaf.path])) === baseHash)
          unchanged.push(`${name}.${leaf.path.join(".")}`);
      }
    }
    expect(unchanged).toEqual([]);
  });

  it("changes when any field of any return or of the template (ranking policy included) changes", () => {
    const unchanged: string[] = [];
    base.returns.forEach((r, i) => {
      for (const leaf of valueLeaves(UnitReturnSchema as unknown as SchemaNode, r, "return", [], [])) {
        if (notResult(leaf.field)) continue;
        if (hashOf(changed(base, ["returns", i, ...leaf.path])) === baseHash)
          unchanged.push(`returns[${i}].${leaf.path.join(".")}`);
      }
    });
    for (const leaf of jsonLeaves(base.template, [], [])) {
      if (hashOf(changed(base, ["template", ...leaf.path])) === baseHash)
        unchanged.push(`template.${leaf.field}`);
    }
    expect(unchanged).toEqual([]);
  });

  it("does not change with the order of the returns, of any list in the files, or of a ballot's tallies", () => {
    const shuffled = structuredClone(base);
    shuffled.returns.reverse();
    const i = shuffled.inputs;
    i.reviews!.adjustments.reverse();
    i.reviews!.explanations.reverse();
    i.cross!.scores.reverse();
    i.votes!.ballots.reverse();
    for (const b of [...i.votes!.ballots, ...i.votes!.elections]) b.tallies.reverse();
    i.votes!.elections.reverse();
    i.votes!.tieDecisions!.reverse();
    i.history!.awards.reverse();
    i.history!.terms.reverse();
    i.history!.ranks.reverse();
    i.eligibility!.flags.reverse();
    i.eligibility!.stepsAside.reverse();
    expect(hashOf(shuffled)).toBe(baseHash);
  });

  it("changes with the order of the units within one tie decision (that order is the decision)", () => {
    const swapped = structuredClone(base);
    swapped.inputs.votes!.tieDecisions![0]!.order.reverse();
    expect(hashOf(swapped)).not.toBe(baseHash);
  });

  it("is the same with no tie decisions as with an empty list of them", () => {
    const none = structuredClone(base);
    none.inputs.votes!.tieDecisions = [];
    const absent = structuredClone(base);
    delete absent.inputs.votes!.tieDecisions;
    expect(hashOf(none)).toBe(hashOf(absent));
  });
});
