import { scoreBloc } from "../../../core/bloc";
import { compile2019, inputs2019, sources2019 } from "./blocKit";

const compiled = compile2019();
const history = inputs2019.history!.awards;
const data = () => sources2019().map((s) => ({ source: s.source!, data: s.return as unknown }));

describe("scoreBloc: returns → points, one outcome per return in the order given", () => {
  it("scores the bloc's returns together, so relative-to-best compares them, and the totals are final", () => {
    const out = scoreBloc(compiled, data(), { history });
    expect(out.map((o) => o.source)).toEqual(sources2019().map((s) => s.source));
    const first = out[0]!;
    if (!first.ok) throw new Error("expected a score");
    expect(first.result).toMatchObject({
      unitId: "so-noi-vu",
      total: 99.5,
      provisional: false,
      problems: [],
    });
  });

  it("scores one return alone as provisional: it cannot know the bloc's best", () => {
    const [alone] = scoreBloc(compiled, data().slice(0, 1), { history });
    if (!alone?.ok) throw new Error("expected a score");
    expect(alone.result.provisional).toBe(true);
    expect(alone.result.provisionalReasons).toHaveLength(1);
  });

  it("puts the missing award history first among every return's problems when the table needs it", () => {
    const out = scoreBloc(compiled, data());
    for (const o of out) {
      if (!o.ok) throw new Error("expected a score");
      expect(o.result.provisional).toBe(true);
      expect(o.result.problems[0]?.type).toBe("history-missing");
    }
  });

  it("rejects a return made for another table with that one problem, and an unreadable file at (file)", () => {
    const [first] = data();
    const other = {
      ...(first!.data as object),
      template: { id: "khac", fingerprint: `sha256:${"0".repeat(64)}` },
    };
    const out = scoreBloc(
      compiled,
      [
        { source: "khac.json", data: other },
        { source: "hong.json", unreadable: { vi: "hỏng", en: "broken" } },
      ],
      { history },
    );
    expect(out).toEqual([
      { source: "khac.json", ok: false, problems: [expect.objectContaining({ type: "template-mismatch" })] },
      {
        source: "hong.json",
        ok: false,
        problems: [{ type: "unreadable-file", path: "(file)", message: { vi: "hỏng", en: "broken" } }],
      },
    ]);
  });
});
