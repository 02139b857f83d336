import { measureBloc } from "../../bench/blocBench";
import { benchBloc } from "../../bench/blocFixture";
import { REAL_BLOC, benchTemplate } from "../../bench/benchTemplate";
import { measureProvince } from "../../bench/provinceBench";
import { parseTemplate } from "../../core/template";

const rowOf = (rows: readonly (readonly string[])[], start: string) => {
  const row = rows.find((r) => r[0]!.startsWith(start));
  if (row === undefined) throw new Error(`no row starting "${start}"`);
  return row;
};

describe("the bloc and province benches", () => {
  it("use a valid table of the domain's scale: 300 criteria of every kind, 5 bonus and 5 deduction items, 15 members", () => {
    const parsed = parseTemplate(benchTemplate("khoi-1", REAL_BLOC));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
    const { scorable, template } = parsed.compiled;
    expect(scorable.filter((n) => n.block === "sections")).toHaveLength(300);
    expect(scorable).toHaveLength(310);
    expect(new Set(scorable.map((n) => n.rule!.kind)).size).toBe(8);
    expect(template.members).toHaveLength(15);
  });

  it("make the same bloc for the same index, and a different one for another", () => {
    const size = { units: 4, criteria: 20 };
    expect(benchBloc(0, size).returns).toEqual(benchBloc(0, size).returns);
    expect(benchBloc(1, size).compiled.template.id).not.toBe(benchBloc(0, size).compiled.template.id);
  });

  it("time a tiny bloc end to end beside its baselines, with the cold call from a fresh process", () => {
    const table = measureBloc({ size: { units: 4, criteria: 20 }, runs: 3, warmUps: 1, coldRuns: 1 });
    const endToEnd = rowOf(table.rows, "rankBloc end to end");
    expect(endToEnd[1]).toBe("blocs 1, units with a total 4");
    expect(endToEnd[4]).toMatch(/^\d+\.\d\d×$/);
    expect(rowOf(table.rows, "baseline: plain per-criterion sum, reviewed")[1]).toBe(endToEnd[1]);
    expect(rowOf(table.rows, "scoreReturns")[4]).toMatch(/^\d+\.\d\d×$/);
    expect(rowOf(table.rows, "rankBloc, first call in a fresh process (1 processes)")[2]).toMatch(/^\d/);
    expect(rowOf(table.rows, "· input hash")[1]).toBe("units 4");
    expect(table.load.cores).toBeGreaterThan(0);
  }, 120_000);

  it("time a tiny province: every bloc ranked, the units of all blocs counted", () => {
    const table = measureProvince({ blocs: 3, size: { units: 3, criteria: 10 }, runs: 2, warmUps: 1 });
    expect(rowOf(table.rows, "parseTemplate")[1]).toBe("blocs 3");
    expect(rowOf(table.rows, "rankBloc end to end")[1]).toBe("blocs 3, units with a total 9");
    expect(rowOf(table.rows, "scoreReturns")[1]).toBe("blocs 3, results 9");
  }, 60_000);
});
