import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { memoryIo } from "../cli/memoryIo";

const root = resolve(__dirname, "..", "..");
const bloc = "ha-giang-khoi-noi-chinh-2022";
const template = join(root, "templates", `${bloc}.json`);
const returns = join(root, "examples", "returns", bloc);
const dir = mkdtempSync(join(tmpdir(), "thidua-cross-file-"));

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const example = (kind: string): Json =>
  JSON.parse(readFileSync(join(root, "examples", kind, `${bloc}.json`), "utf8")) as Json;

/** A year-end file that reads well on its own but contradicts the table, the year or the bloc. */
type Case = { name: string; option: string; file: string; content: Json; says: RegExp };

const edit = (kind: string, change: (file: Json) => void): Json => {
  const file = example(kind);
  change(file);
  return file;
};
const election = {
  role: "leader",
  year: 2025,
  membersTotal: 8,
  membersPresent: 8,
  ballotsCast: 8,
  ballotsValid: 8,
  tallies: [{ unitId: "tand-tinh", votes: 8 }],
};

const cases: Case[] = [
  {
    name: "history: a unit id with a typo (its bonus would silently drop)",
    option: "--history",
    file: "lich-su-sai-ma.json",
    content: edit("history", (h) => (h.awards[0].unitId = "tand-tinhh")),
    says: /lich-su-sai-ma\.json awards\[0\]\.unitId: "tand-tinhh" không phải đơn vị thành viên của Khối/,
  },
  {
    name: "history: an award the table does not know",
    option: "--history",
    file: "lich-su-danh-hieu.json",
    content: edit("history", (h) => (h.awards[1].award = "co-ubnd-tinhh")),
    says: /lich-su-danh-hieu\.json awards\[1\]\.award: Danh hiệu "co-ubnd-tinhh" không có trong "awards"/,
  },
  {
    name: "history: another bloc's file",
    option: "--history",
    file: "lich-su-khoi-khac.json",
    content: edit("history", (h) => (h.bloc = "ha-giang-khoi-ban-dang")),
    says: /lich-su-khoi-khac\.json bloc: Tệp lịch sử của khối "ha-giang-khoi-ban-dang", không phải khối "ha-giang-khoi-noi-chinh"/,
  },
  {
    name: "history: an award received in a year that has not passed",
    option: "--history",
    file: "lich-su-tuong-lai.json",
    content: edit("history", (h) => (h.awards[0].year = 2023)),
    says: /lich-su-tuong-lai\.json awards\[0\]\.year: Năm 2023 chưa qua/,
  },
  {
    name: "votes: another year's election (it would be silently ignored)",
    option: "--votes",
    file: "bau-nam-khac.json",
    content: edit("votes", (v) => (v.elections = [election])),
    says: /bau-nam-khac\.json elections\[0\]\.year: Cuộc bầu cho năm 2025, nhưng hội nghị năm 2022 bầu Khối trưởng năm 2023/,
  },
  {
    name: "votes: last year's ballot",
    option: "--votes",
    file: "phieu-nam-ngoai.json",
    content: edit("votes", (v) => (v.ballots[0].heldAt = "2021-12-20T10:00:00+07:00")),
    says: /phieu-nam-ngoai\.json ballots\[0\]\.heldAt: Thời điểm 2021-12-20T10:00:00\+07:00 thuộc năm 2021, không phải năm xếp hạng 2022/,
  },
  {
    name: "flags: a unit id with a typo (the flag would silently drop)",
    option: "--flags",
    file: "co-sai-ma.json",
    content: {
      formatVersion: 1,
      flags: [{ unitId: "so-tu-phapp", flag: "disciplined-unit", reason: "Kỷ luật cán bộ" }],
    },
    says: /co-sai-ma\.json flags\[0\]\.unitId: "so-tu-phapp" không phải đơn vị thành viên của Khối/,
  },
  {
    name: "flags: decided in another year",
    option: "--flags",
    file: "co-nam-khac.json",
    content: {
      formatVersion: 1,
      flags: [
        {
          unitId: "so-tu-phap",
          flag: "disciplined-unit",
          reason: "Kỷ luật cán bộ",
          decidedAt: "2019-05-02T08:00:00+07:00",
        },
      ],
    },
    says: /co-nam-khac\.json flags\[0\]\.decidedAt: Thời điểm 2019-05-02T08:00:00\+07:00 thuộc năm 2019/,
  },
  {
    name: "reviews: points with more decimals than the table rounds to",
    option: "--reviews",
    file: "tham-dinh-thap-phan.json",
    content: edit("reviews", (r) => (r.adjustments[0].points = 3.325)),
    says: /tham-dinh-thap-phan\.json adjustments\[0\]\.points: Tiêu chí “Tỷ lệ văn bản, hồ sơ công việc xử lý trên môi trường mạng so với kế hoạch” của Sở Tư pháp: 3,325 điểm có nhiều hơn 2 chữ số thập phân/,
  },
  {
    name: "reviews: a reason hiding a right-to-left override",
    option: "--reviews",
    file: "tham-dinh-rlo.json",
    content: edit("reviews", (r) => (r.adjustments[0].reason = "Tính lại \u202eđạt 108,3%")),
    says: /tham-dinh-rlo\.json adjustments\[0\]\.reason: Tiêu chí “[^”]+” của Sở Tư pháp: lý do có ký tự đổi chiều chữ \(trái-phải\) U\+202E ở vị trí 10/,
  },
  {
    name: "reviews: a day that does not exist (31 February)",
    option: "--reviews",
    file: "tham-dinh-31-02.json",
    content: edit("reviews", (r) => (r.adjustments[0].at = "2022-02-31T09:00:00+07:00")),
    says: /tham-dinh-31-02\.json adjustments\[0\]\.at: Sai định dạng: cần một ngày giờ có thật kèm múi giờ, ví dụ 2022-12-08T09:00:00\+07:00/,
  },
];

describe("year-end files that contradict the table, the bloc or the year, through `thidua rank`", () => {
  it.each(cases)("$name: a problem naming the file and the field, exit 1", async (c) => {
    writeFileSync(join(dir, c.file), JSON.stringify(c.content));
    const io = memoryIo(dir);
    const code = await main(["rank", template, "--returns", returns, c.option, c.file], io);
    const said = io.out() + io.err();
    expect(said).toMatch(c.says);
    expect(code).toBe(1);
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("the unedited example files give none of these problems", async () => {
    const io = memoryIo(dir);
    const files = ["history", "votes", "reviews"].flatMap((kind) => [
      `--${kind}`,
      join(root, "examples", kind, `${bloc}.json`),
    ]);
    await main(["rank", template, "--returns", returns, ...files], io);
    expect(io.out() + io.err()).not.toMatch(
      /không phải đơn vị thành viên|chưa qua|thuộc năm|chữ số thập phân/,
    );
  });
});

describe("dates that do not exist", () => {
  it.each(["31/02/2022", "29/02/2023", "00/12/2022", "12/13/2022"])(
    "consolidate --date %s is a usage mistake (exit 2) naming the date",
    async (date) => {
      const io = memoryIo(dir);
      const code = await main(["consolidate", template, "x.xlsx", "-o", "out.xlsx", "--date", date], io);
      expect(code).toBe(2);
      expect(io.err()).toContain(`--date cần một ngày có thật dạng dd/mm/yyyy, không phải "${date}"`);
    },
  );
});
