import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main";
import { sofficeConvert, sofficeOrSkip } from "../helpers/libreOffice";
import { memoryIo } from "./memoryIo";

const root = join(__dirname, "..", "..");
const dir = "test/fixtures/hagiang2019";
const rank = (...extra: string[]) => [
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
  ...extra,
];

describe("thidua rank --minutes (biên bản)", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "thidua-minutes-"));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes the minutes beside the printed ranking and says where", async () => {
    const io = memoryIo(root);
    const file = join(out, "bien-ban.xlsx");
    expect(await main(rank("--minutes", file), io)).toBe(0);
    expect(io.out()).toContain(`Đã ghi biên bản: ${file}\n`);
    expect(io.out()).toContain("Xếp hạng Khối thi đua Nội chính tỉnh Hà Giang — năm 2019");
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    // Its own earlier output is replaced without --force.
    expect(await main(rank("--minutes", file), memoryIo(root))).toBe(0);
  });

  it("names the file in --json, in English", async () => {
    const io = memoryIo(root);
    const file = join(out, "minutes-en.xlsx");
    expect(await main(rank("--minutes", file, "--lang", "en", "--json"), io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ ok: true, minutes: file });
    expect(existsSync(file)).toBe(true);
  });

  it("refuses a file thidua did not write (unless --force), and a name that is not .xlsx (never a JSON input)", async () => {
    const foreign = join(out, "someone-elses.xlsx");
    writeFileSync(foreign, "not ours");
    const io = memoryIo(root);
    expect(await main(rank("--minutes", foreign), io)).toBe(1);
    expect(io.err()).toContain(`không ghi được ${foreign}: không ghi đè`);
    expect(readFileSync(foreign, "utf8")).toBe("not ours");
    expect(await main(rank("--minutes", foreign, "--force"), memoryIo(root))).toBe(0);

    const pdf = memoryIo(root);
    expect(await main(rank("--minutes", join(out, "bien-ban.pdf")), pdf)).toBe(1);
    expect(pdf.err()).toContain("hãy đặt tên tệp có đuôi .xlsx");
    const input = memoryIo(root);
    expect(await main(rank("--minutes", `${dir}/votes.json`), input)).toBe(1);
    expect(readFileSync(join(root, dir, "votes.json"), "utf8")).toContain('"formatVersion"');
  });

  it("lists --minutes in the command's usage", async () => {
    const io = memoryIo(root);
    expect(await main(["rank", "--help"], io)).toBe(0);
    expect(io.out() + io.err()).toContain("[--minutes BIEN_BAN.xlsx]");
  });
});

const soffice = sofficeOrSkip("thidua rank --minutes printed by LibreOffice");

(soffice ? describe : describe.skip)("the minutes printed by LibreOffice (PDF → text)", () => {
  let pages: { vi: string[]; en: string[] } = { vi: [], en: [] };

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "thidua-minutes-pdf-"));
    const vi = join(out, "bien-ban.xlsx");
    const en = join(out, "minutes.xlsx");
    expect(await main(rank("--minutes", vi), memoryIo(root))).toBe(0);
    expect(await main(rank("--minutes", en, "--lang", "en"), memoryIo(root))).toBe(0);
    sofficeConvert(soffice ?? "", [vi, en], "pdf", join(out, "pdf"));
    const text = (name: string) =>
      execFileSync("pdftotext", ["-layout", join(out, "pdf", `${name}.pdf`), "-"], { encoding: "utf8" })
        .split("\f")
        .filter((page) => page.trim() !== "");
    pages = { vi: text("bien-ban"), en: text("minutes") };
    rmSync(out, { recursive: true, force: true });
  }, 300_000);

  it("prints a bloc of 8 on one A4 page, with the motto and the title in full diacritics", () => {
    expect(pages.vi).toHaveLength(1);
    const page = pages.vi[0] ?? "";
    expect(page).toMatch(/KHỐI THI ĐUA NỘI CHÍNH TỈNH HÀ GIANG\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(page).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(page).toContain("BIÊN BẢN");
    expect(page).toContain("Họp xét thi đua, khen thưởng năm 2019");
  });

  it("prints the ranks, units and totals in Vietnamese numbers, the tie, the dates and the signature block", () => {
    const page = pages.vi[0] ?? "";
    expect(page).toMatch(/\b1\s+Sở Nội vụ\s+99,50\s+Xuất sắc\s+Cờ thi đua của Chính phủ/);
    expect(page).toMatch(/\b4\s+Cục Thi hành án dân sự tỉnh\s+97,00\s+Xuất sắc\s+Cờ thi đua của UBND tỉnh/);
    expect(page).toMatch(/\b8\s+Sở Tư pháp\s+88,00\s+Tốt/);
    expect(page).toContain("Tòa án nhân dân tỉnh xếp trên Cục Thi hành án dân sự tỉnh do nhiều phiếu bầu");
    expect(page).toContain("nộp 06/12/2019 09:00, hạn 05/12/2019 17:00");
    expect(page).toContain("Thời gian: … giờ … phút, ngày … tháng … năm …");
    expect(page).toContain("Hà Giang, ngày … tháng … năm …");
    expect(page).toMatch(/THƯ KÝ\s+CHỦ TRÌ/);
    expect(page).toMatch(/Trang 1\/1/);
  });

  it("prints the English minutes with English numbers on one page", () => {
    expect(pages.en).toHaveLength(1);
    const page = pages.en[0] ?? "";
    expect(page).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(page).toMatch(/\b1\s+Sở Nội vụ\s+99\.50\s+Excellent\s+Government emulation flag/);
    expect(page).toMatch(/SECRETARY\s+CHAIR/);
  });
});
