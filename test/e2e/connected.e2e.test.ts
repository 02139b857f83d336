import "../../functions/src/local/quietTestMode";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumAvailable,
  freePort,
  paneOrigin,
  startPaneServer,
} from "./paneServer";
import { screenshot } from "./screenshot";

// The connected flows in a real browser against the real local back end (Azurite + the local host, seeded):
// the built pane (harness page: an in-memory workbook stands in for Excel) with the API base URL injected.
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: unknown;
const ROOT = resolve(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const UNIT = "thanh-tra-tinh";
type Harness = {
  typeInto(ref: string, input: string): Promise<void>;
  typeIntoSheet(sheet: string, ref: string, input: string): Promise<void>;
  findRow(sheet: string, match: Record<string, string>): number | undefined;
  sheetNames(): string[];
};
const CONSOLIDATION = "Tổng hợp";
const RETURNS = join(ROOT, "examples/returns/ha-giang-khoi-noi-chinh-2022");

(chromiumAvailable() ? describe : describe.skip)(
  "the connected pane in Chromium against the local back end",
  () => {
    let api: LocalApi;
    let pane: { url: string; stop: () => Promise<void> };
    let url: string;
    let browser: Browser;
    let page: Page;

    const shot = (name: string, anchor: string) => screenshot(page, name, anchor);
    const keyOf = (role: string, unitId: string) => {
      const found = api.keys.find((k) => k.role === role && k.unitId === unitId && k.blocId === BLOC);
      if (!found) throw new Error(`no ${role} key for ${unitId}`);
      return found.key;
    };

    beforeAll(async () => {
      const port = await freePort();
      url = paneOrigin(port);
      api = await startLocalApi({ repoDir: ROOT, corsOrigins: [url] });
      // The build injects the API base URL (the same switch a deployment uses: --env apiBaseUrl=…).
      pane = await startPaneServer({ port, env: { apiBaseUrl: `${api.url}/api` } });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const context = await browser.newContext({
        viewport: { width: 320, height: 720 },
        ignoreHTTPSErrors: true,
        locale: "vi-VN",
      });
      page = await context.newPage();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await pane?.stop();
      await api?.stop();
    });

    it("a unit signs in with its key, inserts the period's sheet, fills it, submits and sees the receipt", async () => {
      await page.goto(`${url}/e2e.html`);
      await page.locator("#access-key").fill(keyOf("member", UNIT));
      await shot("c01-dang-nhap", "#connected");
      await page.locator("fluent-button#sign-in").click();
      await page.locator("#who").waitFor();
      await page.waitForFunction(
        () =>
          (document as unknown as { getElementById(id: string): { value: string } | null }).getElementById(
            "unit",
          )?.value === "thanh-tra-tinh",
      );
      expect(await page.locator("#who").textContent()).toMatch(/^Đơn vị thành viên · thanh-tra-tinh · /);
      await page.locator("#return-stage", { hasText: "Trạng thái bản nộp: Bản nháp (chưa nộp)" }).waitFor();
      await page.locator("fluent-button#insert").click();
      await page.locator("#missing summary").waitFor();
      const harness = await page.evaluateHandle(() => (window as { thiduaHarness: Harness }).thiduaHarness);
      await harness.evaluate((h) => h.typeInto("F13", "99"));
      await page.locator('#problem-list button[data-cell="F13"]').waitFor();
      expect(await page.locator("fluent-button#submit").getAttribute("disabled")).not.toBeNull();
      await harness.evaluate((h) => h.typeInto("F13", "Đạt"));
      await page.waitForFunction(
        () =>
          (document as unknown as { querySelector(s: string): { hasAttribute(a: string): boolean } | null })
            .querySelector("fluent-button#submit")
            ?.hasAttribute("disabled") === false,
      );
      await page.locator("fluent-button#submit").click();
      await page.locator("#receipt-text").waitFor();
      expect(await page.locator("#receipt-text").textContent()).toMatch(
        /^\d\d\/\d\d\/\d{4} \d\d:\d\d · v1 · [0-9a-f]{8}$/,
      );
      expect(await page.locator("#connected-notice").textContent()).toMatch(
        /^Đã gửi lúc .*phiên bản 1, mã [0-9a-f]{8}\.$/,
      );
      await page.locator("#return-stage", { hasText: "Trạng thái bản nộp: Đã nộp" }).waitFor();
      await shot("c02-bien-nhan", "#receipt");
    }, 60_000);

    it("the unit submits a change while offline: it waits as pending and is sent once back online, one new version", async () => {
      const harness = await page.evaluateHandle(() => (window as { thiduaHarness: Harness }).thiduaHarness);
      await harness.evaluate((h) => h.typeInto("F13", "Không đạt"));
      await page.waitForFunction(
        () =>
          (document as unknown as { querySelector(s: string): { hasAttribute(a: string): boolean } | null })
            .querySelector("fluent-button#submit")
            ?.hasAttribute("disabled") === false,
      );
      await page.context().setOffline(true);
      try {
        await page.locator("fluent-button#submit").click();
        await page.locator("#pending", { hasText: `Chờ gửi: ${UNIT}` }).waitFor();
        expect(await page.locator("#receipt-text").textContent()).toMatch(/ · v1 · /);
        await shot("c02b-cho-gui", "#pending");
      } finally {
        await page.context().setOffline(false);
      }
      await page.locator("fluent-button#send-again").click();
      await page.locator("#receipt-text", { hasText: / · v2 · / }).waitFor();
      expect(await page.locator("#pending").isHidden()).toBe(true);
      // One new version on the server, not one per attempt.
      const versions = await api.store.returns.versions(PERIOD, UNIT);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
    }, 60_000);

    it("the leader signs in and sees that unit as submitted on the status board, with the countdown", async () => {
      await page.locator("fluent-button#sign-out").click();
      await page.locator("#access-key").waitFor({ state: "visible" });
      await page.locator("#access-key").fill(keyOf("leader", "vksnd-tinh"));
      await page.locator("fluent-button#sign-in").click();
      const row = page.locator(`#board li[data-unit="${UNIT}"]`);
      await row.waitFor();
      expect(await row.getAttribute("data-status")).toBe("submitted");
      expect(await page.locator("#board-counts").textContent()).toMatch(
        /^Đã nộp: 1 · Nộp muộn: 0 · Chưa nộp: 7$/,
      );
      expect(await page.locator("#countdown").textContent()).toMatch(/^Hạn nộp: còn (29|30) ngày \d+ giờ$/);
      // The workbook still holds the unit's sheet: the leader's key never sends it.
      expect(await page.locator("fluent-button#submit").getAttribute("disabled")).not.toBeNull();
      await shot("c03-bang-theo-doi", "#board");
    }, 60_000);

    /** The other members submit the bloc's sample returns through the API (what their own panes would send). */
    async function submitSampleReturns(): Promise<number> {
      let sent = 0;
      for (const file of readdirSync(RETURNS).sort()) {
        const body = JSON.parse(readFileSync(join(RETURNS, file), "utf8")) as { unitId: string };
        if (body.unitId === UNIT) continue;
        const key = api.keys.find(
          (k) => k.role === "member" && k.unitId === body.unitId && k.blocId === BLOC,
        )!;
        const res = await fetch(`${api.url}/api/periods/${key.periodId}/returns/${body.unitId}`, {
          method: "PUT",
          headers: {
            Authorization: `Bearer ${key.key}`,
            "Content-Type": "application/json",
            "Idempotency-Key": `e2e-${body.unitId}-0001`,
          },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(201);
        sent++;
      }
      return sent;
    }
    const notice = (text: RegExp) => page.locator("#leader-notice", { hasText: text }).waitFor();

    it("the leader consolidates the server's returns into the consolidation sheet", async () => {
      expect(await submitSampleReturns()).toBe(7);
      await page.locator("fluent-button#refresh").click();
      await page.locator("#board-counts", { hasText: /^Đã nộp: 8 · Nộp muộn: 0 · Chưa nộp: 0$/ }).waitFor();
      await page.locator("#leader-heading").waitFor();
      expect(await page.locator("#period-state").textContent()).toMatch(/ · Kỳ đang nhận bản tự chấm$/);
      await page.locator("fluent-button#consolidate").click();
      await notice(/^Đã chèn trang "Tổng hợp": 8\/8 đơn vị đã nộp\./);
      const harness = await page.evaluateHandle(() => (window as { thiduaHarness: Harness }).thiduaHarness);
      expect(await harness.evaluate((h) => h.sheetNames())).toEqual(
        expect.arrayContaining([CONSOLIDATION, "_thidua"]),
      );
      await shot("c04-tong-hop", "#leader");
    }, 60_000);

    it("the leader closes submissions, adjusts one criterion with a reason in the sheet and saves it", async () => {
      await page.locator("fluent-button#move-close").click();
      await notice(/^Đã khóa nhận bản tự chấm\./);
      await page.locator("#period-state", { hasText: "Đã khóa nhận, đang thẩm định" }).waitFor();
      const harness = await page.evaluateHandle(() => (window as { thiduaHarness: Harness }).thiduaHarness);
      const row = await harness.evaluate(
        (h, sheet) => h.findRow(sheet, { C: "I.1", J: "so-tu-phap" }),
        CONSOLIDATION,
      );
      expect(row).toBeGreaterThan(4);
      await harness.evaluate((h, [sheet, r]) => h.typeIntoSheet(sheet, `F${r}`, "0"), [
        CONSOLIDATION,
        row,
      ] as const);
      await harness.evaluate(
        (h, [sheet, r]) => h.typeIntoSheet(sheet, `I${r}`, "Không có minh chứng kèm theo"),
        [CONSOLIDATION, row] as const,
      );
      await page.locator("fluent-button#save-reviews").click();
      await notice(/^Đã lưu 1 điều chỉnh thẩm định \(0 dòng không đổi\)\.$/);
      await shot("c05-tham-dinh", "#leader-notice");
    }, 60_000);

    it("the leader starts the meeting, ranks, enters the pending ballots and sees what-if", async () => {
      await page.locator("fluent-button#move-start-review").click();
      await page.locator("#period-state", { hasText: "Đang họp xét" }).waitFor();
      await page.locator("fluent-button#rank").click();
      await page.locator("#ranking ol.ranked li").first().waitFor();
      expect(await page.locator("#ranking ol.ranked li").count()).toBe(8);
      await page.locator("#ranked-inserted").waitFor();
      // The sample policy puts the provincial flag to a vote: the ranking says it is pending, so the ballot shows.
      await page.locator('#ballots fieldset[data-award="co-ubnd-tinh"]').waitFor();
      await shot("c06-bo-phieu", "#ballots");
      for (let round = 0; round < 3; round++) {
        const fieldsets = page.locator("#ballots fieldset");
        if ((await fieldsets.count()) === 0) break;
        for (const input of await page.locator('#ballots input[id^="votes-"]').all()) await input.fill("8");
        for (const reason of await page.locator("#ballots textarea").all())
          await reason.fill("Hội nghị biểu quyết thống nhất thứ tự");
        await page.locator("fluent-button#save-votes").click();
        await notice(/^Đã lưu kết quả bỏ phiếu; máy chủ đã xếp hạng lại\.$/);
      }
      expect(await page.locator("#ballots fieldset").count()).toBe(0);
      expect(await page.locator("#proposals").textContent()).not.toContain("chờ bỏ phiếu");
      // Every total with the table's two decimals, as the printed table writes them ("90,70", never "90,7").
      const lines = await page.locator("#ranking ol.ranked li").allTextContents();
      expect(lines).toHaveLength(8);
      for (const line of lines) expect(line).toMatch(/ — (\d+,\d{2}|—)( · .+)?$/);
      await shot("c07-xep-hang", "#ranking");
      // Sở Tư pháp is 0,56 behind the unit above it: one criterion alone can close that gap.
      await page.locator("#what-if-unit").selectOption("so-tu-phap");
      await page.locator("fluent-button#what-if-show").click();
      await page.locator("#what-if-lines li").first().waitFor();
      expect(await page.locator("#what-if-lines li").first().textContent()).toMatch(
        /^Nếu .+ được .+ điểm thay vì .+ thì hạng \d+, trên Viện Kiểm sát nhân dân tỉnh\.$/,
      );
      await shot("c08-neu-thi", "#what-if");
    }, 90_000);

    it("the leader finalizes after a confirmation naming what becomes read-only; the period shows as final", async () => {
      await page.locator("fluent-button#finalize").click();
      await page.locator("#finalize-confirm").waitFor();
      expect(await page.locator("#finalize-confirm p").textContent()).toMatch(
        /bản tự chấm của các đơn vị, điểm thẩm định, giải trình và kết quả bỏ phiếu của kỳ này chỉ còn đọc/,
      );
      await shot("c09-xac-nhan-chot", "#finalize-confirm");
      await page.locator("fluent-button#finalize-confirm-yes").click();
      await notice(/^Đã chốt kết quả kỳ .+ nay chỉ còn đọc\.$/);
      await page.locator("#period-state", { hasText: "Đã chốt kết quả (chỉ đọc)" }).waitFor();
      expect(await page.locator("fluent-button#consolidate").isHidden()).toBe(true);
      expect(await page.locator("fluent-button#finalize").count()).toBe(0);
      await shot("c10-da-chot", "#leader-heading");
    }, 60_000);

    it("the leader inserts the draft minutes (Biên bản) of the result and the bloc's History as sheets", async () => {
      const sheetAppears = (name: string) =>
        page.waitForFunction(
          (n) => (window as unknown as { thiduaHarness: Harness }).thiduaHarness.sheetNames().includes(n),
          name,
          { timeout: 20_000 },
        );
      await page.locator("fluent-button#insert-minutes").click();
      await sheetAppears("Biên bản");
      await page.locator("fluent-button#insert-history").click();
      await sheetAppears("Lịch sử");
      expect(await page.locator("#leader-failure").isHidden()).toBe(true);
      await shot("c11-bien-ban-lich-su", "#leader-documents");
    }, 60_000);
  },
);
