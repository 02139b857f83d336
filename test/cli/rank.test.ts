import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { haGiang2019Files } from "../fixtures/hagiang2019/fixtureFiles";
import { memoryIo } from "./memoryIo";

const root = join(__dirname, "..", "..");
const dir = "test/fixtures/hagiang2019";
const full = [
  "rank",
  `${dir}/template.json`,
  "--returns",
  `${dir}/returns`,
  "--reviews",
  `${dir}/reviews.json`,
  "--votes",
  `${dir}/votes.json`,
  "--history",
  `${dir}/history.json`,
  "--flags",
  `${dir}/flags.json`,
  "--cross",
  `${dir}/cross.json`,
];

describe("thidua rank (Hà Giang, Khối Nội chính 2019)", () => {
  it("has fixture files that match the worked example's module (regenerate with writeFixtureFiles.ts)", () => {
    for (const [path, text] of haGiang2019Files()) {
      expect(readFileSync(join(root, dir, path), "utf8")).toBe(text);
    }
  });

  it("prints the ranked table, the tie sentence, eligibility, proposals, stability and the rotation in Vietnamese", async () => {
    const io = memoryIo(root);
    expect(await main(full, io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(
      /STT\s+Đơn vị\s+Tự chấm\s+Thẩm định\s+Thưởng\s+Trừ\s+Tổng\s+Hạng\s+Xếp loại\s+Đề nghị\n/,
    );
    expect(out).toMatch(
      /\n\s+1\s+Sở Nội vụ\s+99,5\s+99,5\s+0\s+0\s+99,5\s+1\s+Xuất sắc\s+Cờ thi đua của Chính phủ\n/,
    );
    expect(out).toMatch(
      /\n\s+3\s+Tòa án nhân dân tỉnh\s+99\s+99\s+0\s+2\s+97\s+3\s+Xuất sắc\s+Cờ thi đua của UBND tỉnh\n/,
    );
    expect(out).toMatch(
      /\n\s+4\s+Cục Thi hành án dân sự tỉnh\s+97\s+97\s+0\s+0\s+97\s+4\s+Xuất sắc\s+Cờ thi đua của UBND tỉnh\n/,
    );
    expect(out).toMatch(/\n\s+2\s+Công an tỉnh\s+97\s+97\s+1\s+0\s+98\s+2\s+Xuất sắc\n/);
    expect(out).toContain(
      "- Tòa án nhân dân tỉnh xếp trên Cục Thi hành án dân sự tỉnh do nhiều phiếu bầu Cờ thi đua của UBND tỉnh hơn (7 phiếu so với 6 phiếu).\n",
    );
    expect(out).toContain("- Công an tỉnh: không đề nghị khen thưởng — Người đứng đầu bị kỷ luật:");
    expect(out).toContain(
      "- Cờ thi đua của UBND tỉnh — chỉ tiêu 3 (3 đơn vị; đã bỏ phiếu): Sở Nội vụ, Tòa án nhân dân tỉnh, Cục Thi hành án dân sự tỉnh\n",
    );
    expect(out).toContain("- Cờ thi đua của Chính phủ — chỉ tiêu 1 (1 đơn vị; đã bỏ phiếu): Sở Nội vụ\n");
    expect(out).toContain(
      "- Thanh tra tỉnh, I.1: 20 → 17\n  · Thẩm định (Cục THADS tỉnh (Khối trưởng), 10/12/2019 09:00): 17 — Minh chứng",
    );
    // The whole trail, not only the winning stage: the first review and the unit's explanation stay.
    expect(out).toContain(
      [
        "- Sở Tư pháp, V.1: 8 → 4 → 6",
        "  · Thẩm định (Cục THADS tỉnh (Khối trưởng), 10/12/2019 10:00): 4 — Chỉ 2 sáng kiến có quyết định công nhận của Hội đồng sáng kiến",
        "  · Giải trình (12/12/2019 08:00): Sáng kiến thứ ba đã được công nhận ngày 28/11/2019, gửi kèm quyết định.",
        "  · Thẩm định lại (Cục THADS tỉnh và Sở Nội vụ (Khối phó), 14/12/2019 14:00): 6 — Bổ sung quyết định công nhận sáng kiến thứ ba sau giải trình\n",
      ].join("\n"),
    );
    expect(out).toContain(
      "- Sát nút: Tòa án nhân dân tỉnh và Cục Thi hành án dân sự tỉnh bằng điểm, chỉ phân định bằng tiêu chí phụ\n",
    );
    expect(out).toContain("Luân phiên năm 2020: Khối trưởng Sở Nội vụ, Khối phó Tòa án nhân dân tỉnh.\n");
    expect(io.err()).toBe("");
  });

  it("shows Tự chấm on the basis of Thẩm định, so each row reads Thẩm định + Thưởng − Trừ = Tổng; the JSON keeps selfTotal", async () => {
    const io = memoryIo(root);
    expect(await main(full, io)).toBe(0);
    // Thanh tra tỉnh: I.1 reviewed 20 → 17, nothing else changed: 92 → 89 on the sections, no bonus or deduction.
    expect(io.out()).toMatch(/\n\s+7\s+Thanh tra tỉnh\s+92\s+89\s+0\s+0\s+89\s+7\s/);
    const json = memoryIo(root);
    expect(await main([...full, "--json"], json)).toBe(0);
    const units: { unitId: string; selfTotal: number; selfScore: number; reviewedScore: number }[] =
      JSON.parse(json.out()).result.units;
    // Tòa án: nobody reviewed it; its 2 deduction points are not a cut of 2 by the review.
    expect(units.find((u) => u.unitId === "tand-tinh")).toMatchObject({
      selfTotal: 97,
      selfScore: 99,
      reviewedScore: 99,
    });
  });

  it("speaks English with --lang en and shows a what-if", async () => {
    const io = memoryIo(root);
    expect(await main([...full, "--lang", "en", "--what-if", "thanh-tra-tinh"], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(
      /No\.\s+Unit\s+Self\s+Reviewed\s+Bonus\s+Deduct\.\s+Total\s+Rank\s+Band\s+Proposed\n/,
    );
    expect(out).toContain("Government emulation flag — quota 1 (1 unit; vote held): Sở Nội vụ\n");
    expect(out).toContain("Rotation 2020: leader Sở Nội vụ, deputy Tòa án nhân dân tỉnh.\n");
    expect(out).toContain(
      "What-if for Thanh tra tỉnh:\n- Needs to pass Bộ Chỉ huy Quân sự tỉnh (91.5), current rank 7.\n- I.1: 17 → 20 (+3)\n",
    );
  });

  it("prints the result as JSON with --json", async () => {
    const io = memoryIo(root);
    expect(await main([...full, "--json"], io)).toBe(0);
    const parsed = JSON.parse(io.out());
    expect(parsed.ok).toBe(true);
    expect(parsed.result.units[0]).toMatchObject({
      unitId: "so-noi-vu",
      rank: 1,
      total: 99.5,
      proposed: "co-chinh-phu",
    });
    expect(parsed.result.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(parsed.result.rotation.leader).toBe("so-noi-vu");
  });

  it("reports a broken return per file, still ranks the rest, exits 1", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      cpSync(join(root, dir, "returns"), join(tmp, "returns"), { recursive: true });
      writeFileSync(join(tmp, "returns", "so-noi-vu.json"), '{"formatVersion": 1, "unitId": ');
      writeFileSync(
        join(tmp, "returns", "vksnd-tinh.json"),
        JSON.stringify({ formatVersion: 1, unitId: "vksnd-tinh" }),
      );
      const io = memoryIo(tmp);
      expect(await main(["rank", join(root, dir, "template.json"), "--returns", "returns"], io)).toBe(1);
      const out = io.out();
      expect(out).toMatch(/\n\s+\d+\s+Sở Nội vụ\s+—\s+—\s+—\s+—\s+—\s+—/);
      expect(out).toContain("- returns/so-noi-vu.json: không phải JSON hợp lệ tại dòng 1");
      expect(out).toMatch(/- returns\/vksnd-tinh\.json: Bản tự chấm, template: thiếu trường bắt buộc/);
      // No history file here: Công an tỉnh has no flag bonus.
      expect(out).toMatch(/\n\s+1\s+Công an tỉnh\s+97\s+97\s+0\s+0\s+97\s+1\s/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("reports a review without a reason and a self cross-score, naming file and field, exit 1", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      writeFileSync(
        join(tmp, "reviews.json"),
        JSON.stringify({
          formatVersion: 1,
          adjustments: [
            {
              unitId: "tand-tinh",
              code: "I.1",
              stage: "review",
              points: 18,
              reviewer: "Khối trưởng",
              at: "2019-12-10T09:00:00+07:00",
            },
          ],
        }),
      );
      writeFileSync(
        join(tmp, "cross.json"),
        JSON.stringify({
          formatVersion: 1,
          scores: [{ scorer: "tand-tinh", unitId: "tand-tinh", code: "I.1", points: 20 }],
        }),
      );
      const io = memoryIo(tmp);
      const code = await main(
        [
          "rank",
          join(root, dir, "template.json"),
          "--returns",
          join(root, dir, "returns"),
          "--reviews",
          "reviews.json",
          "--cross",
          "cross.json",
        ],
        io,
      );
      expect(code).toBe(1);
      expect(io.out()).toContain(
        "- reviews.json adjustments[0].reason: Thiếu trường bắt buộc (kiểu chuỗi ký tự).\n",
      );
      expect(io.out()).toContain(
        '- cross.json scores[0].scorer: một đơn vị không được tự chấm chéo chính mình ("tand-tinh").\n',
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("is a usage error without --returns (exit 2), and an invalid template exits 1 with its problems", async () => {
    const io = memoryIo(root);
    expect(await main(["rank", `${dir}/template.json`], io)).toBe(2);
    expect(io.err()).toContain("cần --returns");
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      const template = JSON.parse(readFileSync(join(root, dir, "template.json"), "utf8"));
      template.ranking.tieBreak = [{ key: "section", code: "X" }];
      writeFileSync(join(tmp, "t.json"), JSON.stringify(template));
      const io2 = memoryIo(tmp);
      expect(await main(["rank", "t.json", "--returns", join(root, dir, "returns")], io2)).toBe(1);
      expect(io2.out()).toContain("ranking.tieBreak[0].code");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("prints the proposals in the template's award order and, per award, every unit passed over and why", async () => {
    const io = memoryIo(root);
    expect(await main(full, io)).toBe(0);
    const out = io.out();
    const gov = out.indexOf("- Cờ thi đua của Chính phủ — chỉ tiêu 1");
    const flag = out.indexOf("- Cờ thi đua của UBND tỉnh — chỉ tiêu 3");
    const merit = out.indexOf("- Bằng khen của Chủ tịch UBND tỉnh — chỉ tiêu 2");
    expect(gov).toBeGreaterThan(0);
    expect(gov).toBeLessThan(flag);
    expect(flag).toBeLessThan(merit);
    expect(out.slice(flag, merit)).toContain(
      "\n  · Công an tỉnh: Không đủ điều kiện (Người đứng đầu bị kỷ luật: (dữ liệu mẫu) người đứng đầu",
    );
    expect(out.slice(merit)).toContain(
      "\n  · Tòa án nhân dân tỉnh: Đã được đề nghị Cờ thi đua của UBND tỉnh\n",
    );
  });

  it("names the units tied at the quota's edge under the award: the place is left to the meeting", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      const template = JSON.parse(readFileSync(join(root, dir, "template.json"), "utf8"));
      // No tie-break rule and two provincial flags: Sở Nội vụ, then Cục THADS and Tòa án level on 97 for one place.
      template.ranking.tieBreak = [{ key: "meeting" }];
      template.ranking.awards[0].quota = { kind: "count", count: 2 };
      writeFileSync(join(tmp, "t.json"), JSON.stringify(template));
      const io = memoryIo(tmp);
      const args = ["rank", "t.json", "--returns", join(root, dir, "returns")];
      const files = ["votes", "history", "flags"].flatMap((f) => [`--${f}`, join(root, dir, `${f}.json`)]);
      expect(await main([...args, ...files], io)).toBe(0);
      const out = io.out();
      expect(out).toContain(
        "- Cờ thi đua của UBND tỉnh — chỉ tiêu 2 (2 đơn vị; đã bỏ phiếu): Sở Nội vụ\n" +
          "  1 suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: Cục Thi hành án dân sự tỉnh, Tòa án nhân dân tỉnh.\n",
      );
      expect(out).toContain(
        "  · Tòa án nhân dân tỉnh: Bằng nhau ở giới hạn chỉ tiêu với: Cục Thi hành án dân sự tỉnh, Tòa án nhân dân tỉnh\n",
      );
      // Level and left to the meeting: the stability section never calls them separated.
      expect(out).toContain(
        "- Sát nút: Cục Thi hành án dân sự tỉnh và Tòa án nhân dân tỉnh bằng điểm, chưa phân định (cùng hạng, Hội nghị Khối quyết định)\n",
      );
      expect(out).not.toContain("chỉ phân định bằng tiêu chí phụ");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  it("applies the meeting's tie decision from the votes file: distinct ranks, its sentence, the place decided", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      const template = JSON.parse(readFileSync(join(root, dir, "template.json"), "utf8"));
      template.ranking.tieBreak = [{ key: "meeting" }];
      template.ranking.awards[0].quota = { kind: "count", count: 2 };
      writeFileSync(join(tmp, "t.json"), JSON.stringify(template));
      const votes = JSON.parse(readFileSync(join(root, dir, "votes.json"), "utf8"));
      const reason = "Hội nghị biểu quyết 5/8 thành viên có mặt đồng ý";
      const withDecisions = (tieDecisions: unknown) => {
        writeFileSync(join(tmp, "votes.json"), JSON.stringify({ ...votes, tieDecisions }));
      };
      const args = ["rank", "t.json", "--returns", join(root, dir, "returns"), "--votes", "votes.json"];
      const files = ["history", "flags"].flatMap((f) => [`--${f}`, join(root, dir, `${f}.json`)]);

      withDecisions([{ order: ["tand-tinh", "cuc-thads-tinh"], reason }]);
      const io = memoryIo(tmp);
      expect(await main([...args, ...files], io)).toBe(0);
      const out = io.out();
      expect(out).toContain(
        `- Tòa án nhân dân tỉnh xếp trên Cục Thi hành án dân sự tỉnh theo quyết định của Hội nghị Khối: ${reason}.\n`,
      );
      expect(out).toContain(
        "- Cờ thi đua của UBND tỉnh — chỉ tiêu 2 (2 đơn vị; đã bỏ phiếu): Sở Nội vụ, Tòa án nhân dân tỉnh\n",
      );

      withDecisions([{ order: ["tand-tinh", "so-noi-vu"], reason }]);
      const bad = memoryIo(tmp);
      await main([...args, ...files], bad);
      expect(bad.out() + bad.err()).toContain("tieDecisions[0]");
      expect(bad.out()).toContain("1 suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("thidua rank with cross-scores (Đắk Lắk, Khối thi đua số 3 2022)", () => {
  const id = "dak-lak-khoi-3-2022";
  const args = (cross = `examples/cross/${id}.json`) => [
    "rank",
    join(root, "templates", `${id}.json`),
    "--returns",
    join(root, "examples", "returns", id),
    "--reviews",
    join(root, "examples", "reviews", `${id}.json`),
    "--cross",
    cross,
    "--votes",
    join(root, "examples", "votes", `${id}.json`),
    "--history",
    join(root, "examples", "history", `${id}.json`),
    "--flags",
    join(root, "examples", "flags", `${id}.json`),
  ];

  it("ranks by the cross-score median, shows how each one was combined, and who the vote passed over", async () => {
    const io = memoryIo(root);
    expect(await main(args(), io)).toBe(0);
    const out = io.out();
    // Công an tỉnh claimed 10 on I.2; the median of the three units that scored it is 9.
    expect(out).toMatch(/\n\s+1\s+Công an tỉnh\s+103,32\s+102,32\s+15\s+0\s+117,32\s+1\s+Xuất sắc/);
    expect(out).toContain("- Công an tỉnh, I.2: 10 → 9\n  · Chấm chéo: trung vị của 3 điểm (9; 9; 10) = 9\n");
    expect(out).toContain(
      "  · Trại giam Đắk Trung: Không đạt ngưỡng phiếu: 7/12 phiếu, cần ≥ 2/3 tổng số thành viên (12)\n",
    );
    expect(out).toContain("  · Tòa án nhân dân tỉnh: Ngoài 4 đơn vị điểm cao nhất được bỏ phiếu\n");
  });

  it("When the policy ranks on cross-scores and none are given, then rank says it ranked on self scores and exits 1", async () => {
    const io = memoryIo(root);
    const withoutCross = args().filter((a, i, all) => a !== "--cross" && all[i - 1] !== "--cross");
    expect(await main(withoutCross, io)).toBe(1);
    // Công an tỉnh's own 10 on I.2 stands (with the cross-scores, their median 9 replaces it).
    expect(io.out()).toMatch(/\n\s+1\s+Công an tỉnh\s+103,32\s+103,32\s+15\s+0\s+118,32\s+1\s/);
    expect(io.out()).toContain(
      "- tệp chấm chéo: Chưa có điểm chấm chéo: xếp theo điểm tự chấm (và điểm thẩm định nếu có), dù quy chế của khối xếp hạng theo điểm chấm chéo; kết quả là tạm thời cho đến khi có điểm chấm chéo của đủ số đơn vị chấm.\n",
    );
    const json = memoryIo(root);
    await main([...withoutCross, "--json"], json);
    const { ok, result } = JSON.parse(json.out()) as {
      ok: boolean;
      result: { problems: { source: string }[] };
    };
    expect(ok).toBe(false);
    expect(result.problems.map((p) => p.source)).toEqual(["cross"]);
  });

  it("does not count a scorer that is not a member or scores a criterion twice, and reports both, exit 1", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thidua-rank-"));
    try {
      const cross = JSON.parse(readFileSync(join(root, "examples", "cross", `${id}.json`), "utf8"));
      cross.scores.push(
        { scorer: "so-noi-vu", unitId: "cong-an-tinh", code: "I.2", points: 2 },
        { scorer: "vksnd-tinh", unitId: "cong-an-tinh", code: "I.2", points: 2 },
      );
      writeFileSync(join(tmp, "cross.json"), JSON.stringify(cross));
      const io = memoryIo(tmp);
      expect(await main(args("cross.json"), io)).toBe(1);
      const out = io.out();
      // vksnd-tinh's two scores both drop out: two valid scorers remain, below minScorers 3, so the self score stands.
      expect(out).not.toContain("- Công an tỉnh, I.2:");
      expect(out).toMatch(/\n\s+1\s+Công an tỉnh\s+103,32\s+103,32\s+15\s+0\s+118,32\s+1\s/);
      const n = cross.scores.length;
      expect(out).toContain(
        `- cross.json scores[${n - 2}].scorer: Đơn vị chấm "so-noi-vu" không phải đơn vị thành viên của Khối: điểm này không được tính.\n`,
      );
      expect(out).toContain(
        `- cross.json scores[${n - 1}]: Viện Kiểm sát nhân dân tỉnh chấm tiêu chí “Thực hiện nhiệm vụ đột xuất do cấp ủy, chính quyền địa phương giao” của Công an tỉnh hai lần (xem scores[0]): không tính điểm nào của Viện Kiểm sát nhân dân tỉnh cho mục này.\n`,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
