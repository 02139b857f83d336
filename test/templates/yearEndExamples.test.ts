import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RankingFileOf } from "../../core/ranking/parseRankingFile";
import { parseRankingFile } from "../../core/ranking/parseRankingFile";
import { rankBloc } from "../../core/ranking/rankBloc";
import type { RankingInputs } from "../../core/ranking/rankingInputs";
import type { RankingInputKind } from "../../core/ranking/rankingProblem";
import type { RankingResult } from "../../core/ranking/rankingResult";
import { parseReturn } from "../../core/returns/parseReturn";
import type { UnitReturn } from "../../core/returns/returnSchema";
import type { CompiledTemplate } from "../../core/template/compileTemplate";
import { parseTemplate } from "../../core/template/parseTemplate";

const root = join(__dirname, "..", "..");
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(root, ...parts), "utf8"));

const templateIds = readdirSync(join(root, "templates"))
  .filter((f) => f.endsWith(".json") && f !== "schema.json")
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

function compiledOf(raw: unknown): CompiledTemplate {
  const parsed = parseTemplate(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.compiled;
}

/** examples/<folder>/<id>.json → the input kind `thidua rank` reads it as. */
const FOLDERS: readonly [string, RankingInputKind][] = [
  ["reviews", "reviews"],
  ["cross", "cross"],
  ["votes", "votes"],
  ["history", "history"],
  ["flags", "eligibility"],
];

function yearEndInputs(id: string): RankingInputs {
  const inputs: Partial<Record<RankingInputKind, RankingFileOf[RankingInputKind]>> = {};
  for (const [folder, kind] of FOLDERS) {
    if (!existsSync(join(root, "examples", folder, `${id}.json`))) continue;
    const parsed = parseRankingFile(kind, readJson("examples", folder, `${id}.json`));
    if (!parsed.ok) throw new Error(`examples/${folder}/${id}.json: ${JSON.stringify(parsed.problems)}`);
    inputs[kind] = parsed.value;
  }
  return inputs as RankingInputs;
}

function returnsOf(id: string): UnitReturn[] {
  return readdirSync(join(root, "examples", "returns", id))
    .sort()
    .map((file) => {
      const ret = parseReturn(readJson("examples", "returns", id, file));
      if (!ret.ok) throw new Error(`${id}/${file}: ${JSON.stringify(ret.problems)}`);
      return ret.value;
    });
}

const results = new Map<string, { compiled: CompiledTemplate; result: RankingResult }>();
function ranked(id: string) {
  let found = results.get(id);
  if (!found) {
    const compiled = compiledOf(readJson("templates", `${id}.json`));
    found = { compiled, result: rankBloc(compiled, returnsOf(id), yearEndInputs(id)) };
    results.set(id, found);
  }
  return found;
}

const nameOf = (id: string, unitId: string) =>
  ranked(id).compiled.template.members.find((m) => m.id === unitId)?.name;
const proposalOf = (id: string, award: string) => ranked(id).result.proposals.find((p) => p.award === award);

describe("the ranking policy of the sample templates", () => {
  it.each(templateIds)("%s has a policy, and removing it leaves the fingerprint unchanged", (id) => {
    const raw = readJson("templates", `${id}.json`) as Record<string, unknown>;
    expect(raw.ranking).toBeDefined();
    const { ranking: _policy, ...withoutPolicy } = raw;
    expect(compiledOf(withoutPolicy).fingerprint).toBe(compiledOf(raw).fingerprint);
  });

  it("uses every vote mode, quota form, last-year rule and rotation rule across the set", () => {
    const policies = templateIds.map((id) => ranked(id).compiled.template.ranking!);
    const awards = policies.flatMap((p) => p.awards);
    expect(new Set(awards.flatMap((a) => (a.vote ? [a.vote.mode] : [])))).toEqual(
      new Set(["confirm", "topN", "voteDecides"]),
    );
    expect(new Set(awards.map((a) => a.quota.kind))).toEqual(new Set(["count", "percent", "bySize"]));
    expect(new Set(awards.map((a) => a.lastYearHolder))).toEqual(
      new Set(["allowed", "excluded", "mayStepAside"]),
    );
    expect(new Set(policies.map((p) => p.rotation?.rule))).toEqual(
      new Set(["fixedOrder", "deputyBecomesLeader", "elected"]),
    );
    // The Government flag is only proposed among the units proposed for the provincial flag.
    for (const p of policies)
      expect(p.awards.find((a) => a.award === "co-chinh-phu")?.requires).toBe("co-ubnd-tinh");
  });
});

describe("the year-end example files", () => {
  it.each(templateIds)("%s has reviews, votes, flags and a history with terms", (id) => {
    for (const folder of ["reviews", "votes", "flags", "history"])
      expect(existsSync(join(root, "examples", folder, `${id}.json`))).toBe(true);
    const inputs = yearEndInputs(id);
    expect(inputs.history?.terms.length).toBeGreaterThan(0);
    // One explanation (giải trình) followed by a second review of the same criterion.
    const explanation = inputs.reviews!.explanations[0]!;
    expect(
      inputs.reviews!.adjustments.some(
        (a) => a.stage === "second-review" && a.unitId === explanation.unitId && a.code === explanation.code,
      ),
    ).toBe(true);
    const members = ranked(id).compiled.template.members.length;
    for (const b of inputs.votes!.ballots) expect(b.membersTotal).toBe(members);
  });

  it.each(templateIds)("%s ranks with no problem, every proposal within its quota", (id) => {
    const { result } = ranked(id);
    expect(result.problems).toEqual([]);
    expect(result.units.every((u) => u.hasReturn && u.rank !== null)).toBe(true);
    for (const p of result.proposals) {
      expect(p.proposed.length + p.unused).toBe(p.quota);
      for (const unitId of p.proposed)
        expect(result.units.find((u) => u.unitId === unitId)?.eligibility.awardable).toBe(true);
    }
    expect(result.rotation?.leader).not.toBeNull();
  });

  it("Hà Giang Nội chính: the review ties Sở Tư pháp with Thanh tra tỉnh, section I breaks it", () => {
    const id = "ha-giang-khoi-noi-chinh-2022";
    const { result } = ranked(id);
    expect(result.ties.map((t) => t.sentence.vi)).toEqual([
      "Sở Tư pháp xếp trên Thanh tra tỉnh do điểm mục I cao hơn (26,75 so với 26,50)",
    ]);
    expect(result.units.slice(0, 2).map((u) => [u.unitId, u.total, u.rank])).toEqual([
      ["so-tu-phap", 106.57, 1],
      ["thanh-tra-tinh", 106.57, 2],
    ]);
    expect(proposalOf(id, "co-chinh-phu")?.proposed).toEqual(["so-tu-phap"]);
    expect(proposalOf(id, "co-ubnd-tinh")?.proposed).toEqual([
      "so-tu-phap",
      "thanh-tra-tinh",
      "cong-an-tinh",
    ]);
    expect(result.rotation).toMatchObject({ year: 2023, leader: "tand-tinh", deputy: "cuc-thads-tinh" });
  });

  it("Đắk Lắk: cross-scores set I.2, a late dossier keeps rank 2 out of the awards, the top 4 are voted on", () => {
    const id = "dak-lak-khoi-3-2022";
    const { result } = ranked(id);
    const congAn = result.units.find((u) => u.unitId === "cong-an-tinh")!;
    expect(congAn.stages.find((s) => s.code === "I.2")).toMatchObject({ self: 10, final: 9, stage: "cross" });
    const cscd = result.units.find((u) => u.unitId === "trung-doan-cscd-tay-nguyen")!;
    expect(cscd).toMatchObject({ rank: 2, proposed: null, eligibility: { awardable: false } });
    expect(proposalOf(id, "co-ubnd-tinh")?.proposed).toEqual([
      "cong-an-tinh",
      "bch-bdbp-tinh",
      "bo-chqs-tinh",
    ]);
    expect(
      proposalOf(id, "co-ubnd-tinh")?.candidates.find((c) => c.unitId === "trai-giam-dak-trung")?.outcome,
    ).toBe("vote-failed");
    expect(proposalOf(id, "co-chinh-phu")?.proposed).toEqual(["cong-an-tinh"]);
    expect(result.rotation).toMatchObject({ leader: "vksnd-tinh", deputy: "tand-tinh" });
  });

  it("Nghệ An: the votes order the provincial flag; the Government flag's place is unused, with the reason", () => {
    const id = "nghe-an-khoi-noi-chinh-llvt-2024";
    const { result } = ranked(id);
    expect(result.ties[0]?.sentence.vi).toBe(
      "Tòa án nhân dân tỉnh xếp trên Viện Kiểm sát nhân dân tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (7 phiếu so với 5 phiếu)",
    );
    expect(proposalOf(id, "co-ubnd-tinh")).toMatchObject({
      quota: 2,
      proposed: ["bo-chqs-tinh", "tand-tinh"],
    });
    const gov = proposalOf(id, "co-chinh-phu")!;
    expect(gov).toMatchObject({ quota: 1, proposed: [], unused: 1 });
    expect(gov.unusedReason?.vi).toContain("1 đã nhận năm trước");
    expect(gov.unusedReason?.vi).toContain("1 không đạt ngưỡng phiếu");
    expect(result.rotation).toMatchObject({ year: 2025, leader: "tand-tinh", deputy: "vksnd-tinh" });
  });

  it("Hà Giang Ban Đảng: last year's flag holder steps aside and gets the certificate of merit", () => {
    const id = "ha-giang-khoi-ban-dang-2021";
    const flag = proposalOf(id, "co-ubnd-tinh")!;
    expect(flag.candidates.find((c) => c.unitId === "ban-dan-van-tinh-uy")?.outcome).toBe("stepped-aside");
    expect(flag.proposed.map((u) => nameOf(id, u))).toEqual([
      "Ủy ban Kiểm tra Tỉnh ủy",
      "Ban Tuyên giáo Tỉnh ủy",
    ]);
    expect(proposalOf(id, "bang-khen-ubnd-tinh")?.proposed).toEqual([
      "ban-dan-van-tinh-uy",
      "dang-uy-khoi-cq-dn",
    ]);
  });
});
