import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { checkTemplate } from "../../core/template/checkTemplate";
import type { Template } from "../../core/template/templateSchema";
import { parseTemplate } from "../../core/template/parseTemplate";
import { memoryIo } from "../cli/memoryIo";

const root = resolve(__dirname, "..", "..");
const bloc = "ha-giang-khoi-noi-chinh-2022";
const templateFile = join(root, "templates", `${bloc}.json`);
const sample = readFileSync(templateFile, "utf8");
const aReturn = readFileSync(join(root, "examples", "returns", bloc, "so-tu-phap.json"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "thidua-look-alike-"));

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const edited = (change: (t: Json) => void): Json => {
  const t = JSON.parse(sample) as Json;
  change(t);
  return t;
};
const first = (JSON.parse(sample) as Json).members[0].name as string;
/** The first ladder of the sample (I.2: HTXSNV, HTTNV, HTNV, KHTNV). */
const ladder = (t: Json) => t.sections[0].children[1].rule.levels as { code: string }[];

type Case = { name: string; file: string; content: Json; argv: (f: string) => string[]; says: RegExp };
const check = (f: string) => ["template", "check", f];

const cases: Case[] = [
  {
    name: "member names differing only by a zero-width space",
    file: "zwsp.json",
    content: edited((t) => (t.members[1].name = first.replace(" ", " \u200b"))),
    argv: check,
    says: /members\[1\]\.name: Tên "Bộ \u200bChỉ huy Quân sự tỉnh" có ký tự ẩn \(không nhìn thấy\) U\+200B ở vị trí 4[\s\S]*members\[1\]\.name: Tên đơn vị .* bị trùng: trông giống hệt "Bộ Chỉ huy Quân sự tỉnh" \(members\[0\]\.name\)/,
  },
  {
    name: "member names differing only by a non-breaking space",
    file: "nbsp.json",
    content: edited((t) => (t.members[1].name = first.replace(" ", "\u00a0"))),
    argv: check,
    says: /members\[1\]\.name: Tên đơn vị .* bị trùng: trông giống hệt "Bộ Chỉ huy Quân sự tỉnh" \(members\[0\]\.name\), chỉ khác ở khoảng trắng/,
  },
  {
    name: "member names differing only by a double space",
    file: "hai-dau-cach.json",
    content: edited((t) => (t.members[2].name = first.replace(" ", "  "))),
    argv: check,
    says: /members\[2\]\.name: Tên đơn vị "Bộ {2}Chỉ huy Quân sự tỉnh" bị trùng/,
  },
  {
    name: "a name made only of invisible characters",
    file: "vo-hinh.json",
    content: edited((t) => (t.members[3].name = "\u200b\u200c\u2060")),
    argv: check,
    says: /members\[3\]\.name: Tên ".*" có ký tự ẩn \(không nhìn thấy\) U\+200B ở vị trí 1/,
  },
  {
    name: "a control character in a name",
    file: "dieu-khien.json",
    content: edited((t) => (t.members[3].name = "Công an\u0007 tỉnh")),
    argv: check,
    says: /members\[3\]\.name: Tên ".*" có ký tự điều khiển U\+0007 ở vị trí 8/,
  },
  {
    name: "a right-to-left override in a short name",
    file: "rlo.json",
    content: edited((t) => (t.members[0].shortName = "\u202eHNIT SQHC")),
    argv: check,
    says: /members\[0\]\.shortName: Tên ".*" có ký tự đổi chiều chữ \(trái-phải\) U\+202E ở vị trí 1/,
  },
  {
    name: "a short name equal to another member's name",
    file: "ten-tat.json",
    content: edited((t) => (t.members[2].shortName = first.toLocaleUpperCase("vi"))),
    argv: check,
    says: /members\[2\]\.shortName: Tên đơn vị "BỘ CHỈ HUY QUÂN SỰ TỈNH" bị trùng với "Bộ Chỉ huy Quân sự tỉnh" \(members\[0\]\.name\); tên viết tắt của một đơn vị không được là tên của đơn vị khác/,
  },
  {
    name: "ladder codes differing by case",
    file: "thang-hoa-thuong.json",
    content: edited((t) => (ladder(t)[1]!.code = ladder(t)[0]!.code.toLowerCase())),
    argv: check,
    says: /sections\[0\]\.children\[1\]\.rule\.levels\[1\]\.code: Mục I\.2: mã mức "htxsnv" trùng với levels\[0\]/,
  },
  {
    name: "a ladder code with surrounding spaces",
    file: "thang-dau-cach.json",
    content: edited((t) => (ladder(t)[2]!.code = ` ${ladder(t)[2]!.code} `)),
    argv: check,
    says: /sections\[0\]\.children\[1\]\.rule\.levels\[2\]\.code: Mục I\.2: mã mức " HTNV " có khoảng trắng ở đầu hoặc cuối/,
  },
  {
    name: "evidence that is only a zero-width space (it must not count)",
    file: "minh-chung-rong.json",
    content: (() => {
      const r = JSON.parse(aReturn) as Json;
      r.entries["I.1"].evidence = [{ ref: "\u200b" }];
      return r;
    })(),
    argv: (f) => ["score", templateFile, f],
    says: /\[I\.1\] Bản tự chấm, entries\["I\.1"\]\.evidence\[0\]\.ref: có ký tự ẩn \(không nhìn thấy\) U\+200B ở vị trí 1/,
  },
];

describe("names that look the same, hidden characters, through the commands", () => {
  it.each(cases)("$name: a problem naming the file and the place, exit 1", async (c) => {
    writeFileSync(join(dir, c.file), JSON.stringify(c.content));
    const io = memoryIo(dir);
    const code = await main(c.argv(c.file), io);
    const said = io.out() + io.err();
    expect(said).toContain(c.file);
    expect(said).toMatch(c.says);
    expect(code).toBe(1);
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe("look-alike member names, generated", () => {
  const parsed = parseTemplate(JSON.parse(sample));
  if (!parsed.ok) throw new Error("the sample template does not parse");
  const base: Template = parsed.compiled.template;
  const disguise = fc.constantFrom<(s: string) => string>(
    (s) => s.replace(" ", "  "),
    (s) => s.replace(" ", "\u00a0"),
    (s) => `${s} `.replace(" ", " \u200b"),
    (s) => s.toLocaleLowerCase("vi"),
    (s) => s.normalize("NFD"),
    (s) => `\u2060${s}`,
  );

  it("any member renamed to a disguised copy of another member's name is refused at its path", () => {
    const n = base.members.length;
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 2), disguise, (from, offset, hide) => {
        const to = (from + 1 + offset) % n;
        const template = structuredClone(base);
        template.members[to]!.name = hide(base.members[from]!.name);
        const problems = checkTemplate(template).filter((p) => /Duplicate member name/.test(p.message.en));
        expect(problems.map((p) => p.path)).toEqual([`members[${Math.max(from, to)}].name`]);
      }),
      { numRuns: 60 },
    );
  });

  it("the sample template, unedited, has no such problem", () => {
    expect(checkTemplate(base)).toEqual([]);
  });
});
