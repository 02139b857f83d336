// Screenshots of a sample scoring sheet, a ranked table and the meeting's minutes: .xlsx → LibreOffice (Vietnamese locale) → PDF → PNG
// (pdftoppm). Run: npx tsx scripts/screenshots.ts [DIR]   (default out/screenshots; needs soffice and pdftoppm).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeXlsxBuffer } from "../cli/xlsx/renderXlsx";
import { rankBloc, selfScores, usableReturns } from "../core/ranking/rankBloc";
import type { RankingInputs } from "../core/ranking/rankingInputs";
import { minutesOptionsOf, minutesWorkbookPlan } from "../core/sheets/minutesSheetPlan";
import { rankingWorkbookPlan } from "../core/sheets/rankingWorkbookPlan";
import { scoringSheetPlan } from "../core/sheets/scoringSheetPlan";
import { parseTemplate } from "../core/template/parseTemplate";
import {
  haGiang2019Eligibility,
  haGiang2019History,
  haGiang2019Returns,
  haGiang2019Reviews,
  haGiang2019Template,
  haGiang2019Votes,
} from "../test/fixtures/hagiang2019/haGiang2019";
import { findSoffice, recalcProfile } from "../test/helpers/libreOffice";
import { randomReturn } from "../test/helpers/randomReturn";
import { seededRandom } from "../test/helpers/seededRandom";

const LONG_NOTE =
  "Năm 2022 đơn vị được giao 24 chỉ tiêu chuyên môn, đã hoàn thành 23 chỉ tiêu; chỉ tiêu còn lại (số hóa hồ sơ lưu trữ) " +
  "chậm do chưa được cấp kinh phí, đã báo cáo Ủy ban nhân dân tỉnh tại Báo cáo số 215/BC ngày 30/11/2022 và được chấp thuận " +
  "chuyển sang quý I năm 2023. Số liệu đã được Khối trưởng đối chiếu với báo cáo tổng kết của đơn vị.";
const LONG_EVIDENCE: [string, string][] = [
  ["BC số 215/BC", "Báo cáo tổng kết công tác năm 2022 và phương hướng nhiệm vụ năm 2023"],
  ["KH số 12/KH", "Kế hoạch thực hiện nhiệm vụ chuyên môn năm 2022 được giao đầu năm"],
  ["QĐ số 87/QĐ", "Quyết định giao chỉ tiêu của Ủy ban nhân dân tỉnh"],
  ["Biên bản 03/BB", "Biên bản kiểm tra, đối chiếu số liệu của Khối trưởng ngày 05/12/2022"],
];

async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const out = resolve(process.argv[2] ?? join(__dirname, "..", "out", "screenshots"));
  mkdirSync(out, { recursive: true });
  // Remove the previous run's pages: a sheet that now prints on fewer pages must not keep a stale last page.
  for (const f of readdirSync(out)) if (/^(bang|bien-ban)-.*\.png$/.test(f)) rmSync(join(out, f));

  const sample = parseTemplate(
    JSON.parse(readFileSync(join(__dirname, "..", "templates", "ha-giang-khoi-noi-chinh-2022.json"), "utf8")),
  );
  if (!sample.ok) throw new Error("sample template invalid");
  const unit = sample.compiled.template.members[0]?.id ?? "";
  const ret = randomReturn(sample.compiled, unit, seededRandom(2022), true);
  // One count in the thousands, so that the page shows the thousands separator too (1.486 beside 99,50).
  const counted = sample.compiled.scorable.find((n) => n.rule?.kind === "count");
  if (counted) ret.entries[counted.code] = { ...ret.entries[counted.code], count: 1486 };
  // One criterion with a long note and several pieces of evidence: its row grows so that all of it prints.
  const explained = sample.compiled.scorable.find((n) => n.block === "sections" && n.code !== counted?.code);
  if (explained)
    ret.entries[explained.code] = {
      ...ret.entries[explained.code],
      note: LONG_NOTE,
      evidence: LONG_EVIDENCE.map(([ref, description]) => ({ ref, description })),
    };
  writeFileSync(
    join(out, "bang-tu-cham.xlsx"),
    await writeXlsxBuffer(scoringSheetPlan(sample.compiled, unit, { ret })),
  );

  const hg = parseTemplate(haGiang2019Template);
  if (!hg.ok) throw new Error("Hà Giang 2019 template invalid");
  const inputs: RankingInputs = {
    reviews: haGiang2019Reviews,
    votes: haGiang2019Votes,
    history: haGiang2019History,
    eligibility: haGiang2019Eligibility,
  };
  const returns = haGiang2019Returns();
  const result = rankBloc(hg.compiled, returns, inputs);
  const usable = usableReturns(hg.compiled, returns, inputs);
  const self = selfScores(hg.compiled, usable.returns, usable.problemsByReturn, inputs);
  writeFileSync(
    join(out, "bang-xep-hang.xlsx"),
    await writeXlsxBuffer(rankingWorkbookPlan(hg.compiled, self, result, { date: "20/12/2019" })),
  );

  // The same bloc while two members' returns are still missing: "—" for them and the provisional notice in row 4.
  const partial = returns.slice(0, returns.length - 2);
  const partialUsable = usableReturns(hg.compiled, partial, inputs);
  writeFileSync(
    join(out, "bang-xep-hang-tam-thoi.xlsx"),
    await writeXlsxBuffer(
      rankingWorkbookPlan(
        hg.compiled,
        selfScores(hg.compiled, partialUsable.returns, partialUsable.problemsByReturn, inputs),
        // Without a meeting date the signature line is left to fill in: "Hà Giang, ngày … tháng … năm …".
        rankBloc(hg.compiled, partial, inputs),
      ),
    ),
  );

  // The draft minutes of the same meeting (biên bản), and the English one while two returns are missing.
  writeFileSync(
    join(out, "bien-ban.xlsx"),
    await writeXlsxBuffer(minutesWorkbookPlan(result, minutesOptionsOf(hg.compiled, "vi"))),
  );
  writeFileSync(
    join(out, "bien-ban-tam-thoi-en.xlsx"),
    await writeXlsxBuffer(
      minutesWorkbookPlan(rankBloc(hg.compiled, partial, inputs), minutesOptionsOf(hg.compiled, "en")),
    ),
  );

  execFileSync(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${vietnameseProfile()}`,
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      join(out, "bang-tu-cham.xlsx"),
      join(out, "bang-xep-hang.xlsx"),
      join(out, "bang-xep-hang-tam-thoi.xlsx"),
      join(out, "bien-ban.xlsx"),
      join(out, "bien-ban-tam-thoi-en.xlsx"),
    ],
    { stdio: "pipe", timeout: 600_000 },
  );
  for (const name of [
    "bang-tu-cham",
    "bang-xep-hang",
    "bang-xep-hang-tam-thoi",
    "bien-ban",
    "bien-ban-tam-thoi-en",
  ]) {
    execFileSync("pdftoppm", ["-png", "-r", "70", join(out, `${name}.pdf`), join(out, name)]);
  }
  console.log(
    readdirSync(out)
      .filter((f) => f.endsWith(".png"))
      .map((f) => join(out, f))
      .join("\n"),
  );
}

/**
 * The test helper's recalculating profile with the locale set to Vietnamese, as on the users' machines: Calc then
 * shows `#,##0.00` as 1.486,50 (decimal comma, dot for thousands), as a Vietnamese Excel does.
 */
function vietnameseProfile(): string {
  const dir = recalcProfile();
  const file = join(dir, "user", "registrymodifications.xcu");
  const locale =
    '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>\n';
  writeFileSync(file, readFileSync(file, "utf8").replace("</oor:items>", `${locale}</oor:items>`));
  return dir;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
