import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable, startPaneServer } from "./paneServer";
import { SCREENSHOTS, screenshot } from "./screenshot";

// The unit's offline flow in a real browser: the built pane over an in-memory workbook (test harness page).
// Functions given to page.evaluate run in the page; this file is type-checked without the DOM library.
declare const document: {
  documentElement: { lang: string; scrollWidth: number; clientWidth: number };
  querySelectorAll(selector: string): { length: number };
  getElementById(id: string): { textContent: string | null } | null;
};
declare const window: unknown;
const TABLE = "ha-giang-khoi-noi-chinh-2022";
type Harness = {
  typeInto(ref: string, input: string): Promise<void>;
  selection(): { sheet: string; address: string } | undefined;
  sheetNames(): string[];
};
const harness = (page: Page) =>
  page.evaluateHandle(() => (window as unknown as { thiduaHarness: Harness }).thiduaHarness);

(chromiumAvailable() ? describe : describe.skip)("the task pane in Chromium (offline flow)", () => {
  let server: Awaited<ReturnType<typeof startPaneServer>>;
  let browser: Browser;
  let page: Page;

  const shot = (name: string) => screenshot(page, name);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startPaneServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: 320, height: 720 },
      ignoreHTTPSErrors: true,
      acceptDownloads: true,
      locale: "vi-VN",
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("loads and is interactive: the sample tables are offered", async () => {
    await page.goto(`${server.url}/e2e.html`);
    await page.waitForFunction(() => document.querySelectorAll("#table option").length > 1);
    const interactiveMs = await page.evaluate(() => Math.round(performance.now()));
    // Printed, not asserted: timings belong to `npm run bench pane`, not to a test on a shared machine.
    console.log(`pane interactive ${interactiveMs} ms after navigation start (development build)`);
    expect(await page.locator("#status").textContent()).toBe("Sẵn sàng.");
    expect(await page.locator("#table option").count()).toBe(5);
    await shot("01-mo-ngan");
    // The dev server's own page loads office.js from the npm package, which works offline.
    const devPage = await (await page.request.get(`${server.url}/taskpane.html`)).text();
    expect(devPage).toContain('src="office-js/office.js"');
  }, 60_000);

  it("picks a sample table and a unit, inserts the scoring sheet", async () => {
    await page.selectOption("#table", TABLE);
    await page.waitForFunction(() => document.querySelectorAll("#unit option").length > 1);
    await page.selectOption("#unit", "thanh-tra-tinh");
    await shot("02-chon-bang-diem");
    await page.locator("fluent-button#insert").click();
    await page.locator("#missing summary").waitFor();
    expect(await (await harness(page)).evaluate((h) => h.sheetNames())).toEqual(["Chấm điểm", "_thidua"]);
    expect(await page.locator("#total").textContent()).toBe("0");
    await shot("03-da-chen-trang");
  });

  it("checks as the user types: an invalid value is listed, a click selects its cell", async () => {
    await (await harness(page)).evaluate((h) => h.typeInto("F13", "99"));
    const problem = page.locator('#problem-list button[data-cell="F13"]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/^Ô F13 \(tiêu chí II\.3\): "99" không hợp lệ/);
    await shot("04-loi-khi-go");
    await problem.click();
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "Sẵn sàng.");
    expect(await (await harness(page)).evaluate((h) => h.selection())).toEqual({
      sheet: "Chấm điểm",
      address: "F13",
    });
  });

  it("when fixed, shows the total and why a criterion earns its points", async () => {
    await (await harness(page)).evaluate((h) => h.typeInto("F13", "Đạt"));
    await page.locator('#problem-list button[data-cell="F13"]').waitFor({ state: "detached" });
    await page.waitForFunction(() => document.getElementById("total")?.textContent !== "0");
    const total = await page.locator("#total").textContent();
    // By keyboard: the criteria are buttons in the tab order, Enter opens the explanation.
    await page.locator('ul.criteria button[data-code="II.3"]').focus();
    await page.keyboard.press("Enter");
    const why = page.locator("#why-II\\.3");
    await why.waitFor();
    expect(await why.locator("h3").textContent()).toBe(`Vì sao được ${total} điểm`);
    await why.scrollIntoViewIfNeeded();
    await shot("05-tong-diem-va-giai-thich");
  });

  it("saves the return as a .json file holding what the sheet holds", async () => {
    const download = page.waitForEvent("download");
    await page.locator("fluent-button#save").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${TABLE}-thanh-tra-tinh.json`);
    const saved = join(SCREENSHOTS, file.suggestedFilename());
    await file.saveAs(saved);
    const ret = JSON.parse(readFileSync(saved, "utf8"));
    expect(ret.entries["II.3"]).toEqual({ passed: true });
    await page.locator("#notice").waitFor();
    await page.locator("#notice").scrollIntoViewIfNeeded();
    expect(await page.locator("#notice").textContent()).toMatch(
      /^Đã lưu .* lúc \d\d\/\d\d\/\d{4} \d\d:\d\d; còn \d+ lỗi/,
    );
    await shot("06-da-luu");
  });

  it("switches to English", async () => {
    await page.locator("fluent-button#lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("fluent-button#save").textContent()).toBe("Save return (.json)");
    await shot("07-english");
  });

  it("opens a table file; a broken one is refused with every problem and its place in the file", async () => {
    await page.locator("fluent-button#lang").click();
    await page.waitForFunction(() => document.documentElement.lang === "vi");
    const table = JSON.parse(readFileSync(resolve(__dirname, `../../templates/${TABLE}.json`), "utf8"));
    table.base = -5;
    delete table.members;
    await page.setInputFiles("#table-file", {
      name: "bang-diem-loi.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(table)),
    });
    await page.locator("#table-problems li.lead").waitFor();
    const problems = await page.locator("#table-problems li:not(.lead)").allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.join("\n")).toMatch(/members/);
    expect(problems.join("\n")).toMatch(/base/);
    expect(await page.locator("#score").isHidden()).toBe(true);
    await page.locator("#table-problems").scrollIntoViewIfNeeded();
    await shot("08-tep-bang-diem-loi");
  });

  it("opened outside Office, the real entry (office.js from npm, host null) shows the tables and asks for Excel", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => document.querySelectorAll("#table option").length > 1);
    expect(await page.locator("#status").textContent()).toMatch(/^Mở Thi Đua trong Excel/);
    await page.selectOption("#table", TABLE);
    await page.waitForFunction(() => document.querySelectorAll("#unit option").length > 1);
    await page.selectOption("#unit", "so-tu-phap");
    expect(await page.locator("fluent-button#insert").getAttribute("disabled")).not.toBeNull();
    await shot("09-ngoai-excel");
  });

  it("shows the table list without core's chunk; a table picked while core.js cannot load is retried", async () => {
    const coreJs = /\/core\.js$/;
    const aborted: string[] = [];
    await page.route(coreJs, (route) => {
      aborted.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => document.querySelectorAll("#table option").length > 1);
    expect(await page.locator("#table option").count()).toBe(5);
    await page.selectOption("#table", TABLE);
    await page.locator("#failure").waitFor();
    expect(await page.locator("#failure p").textContent()).toMatch(
      /^Không tải được phần kiểm tra và chấm điểm/,
    );
    expect(aborted.length).toBeGreaterThan(0);
    await shot("10-chua-tai-duoc-phan-cham-diem");
    await page.unroute(coreJs);
    await page.locator("fluent-button#retry").click();
    await page.waitForFunction(() => document.querySelectorAll("#unit option").length > 1);
    expect(await page.locator("#failure").isHidden()).toBe(true);
  });
});
