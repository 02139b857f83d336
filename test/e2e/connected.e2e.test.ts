import "../../functions/src/local/quietTestMode";
import { mkdirSync } from "node:fs";
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

// The connected flows in a real browser against the real local back end (Azurite + the local host, seeded):
// the built pane (harness page: an in-memory workbook stands in for Excel) with the API base URL injected.
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: unknown;
const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "out/e2e");
const BLOC = "ha-giang-khoi-noi-chinh";
const UNIT = "thanh-tra-tinh";
type Harness = { typeInto(ref: string, input: string): Promise<void> };

(chromiumAvailable() ? describe : describe.skip)(
  "the connected pane in Chromium against the local back end",
  () => {
    let api: LocalApi;
    let pane: { url: string; stop: () => Promise<void> };
    let url: string;
    let browser: Browser;
    let page: Page;

    async function shot(name: string, anchor: string): Promise<void> {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.locator(anchor).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `${name}.png`) });
    }
    const keyOf = (role: string, unitId: string) => {
      const found = api.keys.find((k) => k.role === role && k.unitId === unitId && k.blocId === BLOC);
      if (!found) throw new Error(`no ${role} key for ${unitId}`);
      return found.key;
    };

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
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
  },
);
