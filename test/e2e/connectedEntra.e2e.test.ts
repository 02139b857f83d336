import "../../functions/src/local/quietTestMode";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import type { TestKey } from "../functions/auth/entraId/entraTokenKit";
import {
  API_URI,
  CLIENT_ID,
  TENANT,
  USER,
  goodClaims,
  makeKey,
  sign,
} from "../functions/auth/entraId/entraTokenKit";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumAvailable,
  freePort,
  paneOrigin,
  startPaneServer,
} from "./paneServer";
import { screenshot } from "./screenshot";

// Microsoft Entra ID sign-in, the period picker and the receipt kept in the workbook, in Chromium against the real
// local back end with Entra turned on: the pane's token provider seam (what MSAL fills in Excel) hands the browser
// tokens signed here with a local key set that the back end is pointed at, as the functions' Entra tests do.
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: unknown;
const ROOT = resolve(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const UNIT = "thanh-tra-tinh";
type Harness = { typeInto(ref: string, input: string): Promise<void> };

(chromiumAvailable() ? describe : describe.skip)(
  "signing in with Microsoft in Chromium against the local back end",
  () => {
    let key: TestKey;
    let jwks: Server;
    let api: LocalApi;
    let pane: { url: string; stop: () => Promise<void> };
    let url: string;
    let browser: Browser;
    let page: Page;
    /** What the pane asked of its token provider: `true` for a fresh token (after a 401). */
    const asked: boolean[] = [];

    const shot = (name: string, anchor: string) => screenshot(page, name, anchor);

    /** A token for the test user, valid now (or expired an hour ago). */
    const tokenNow = (expired: boolean) => {
      const now = Math.floor(Date.now() / 1000) - (expired ? 7200 : 0);
      return sign(key, goodClaims({ iat: now - 60, nbf: now - 60, exp: now + 3600 }));
    };

    beforeAll(async () => {
      key = await makeKey("e2e-key-1");
      jwks = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ keys: [key.jwk] }));
      });
      await new Promise<void>((done) => jwks.listen(0, "127.0.0.1", done));
      const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/{tenantId}/discovery/v2.0/keys`;
      const port = await freePort();
      url = paneOrigin(port);
      api = await startLocalApi({
        repoDir: ROOT,
        corsOrigins: [url],
        entra: {
          enabled: true,
          tenantIds: [TENANT],
          audiences: [CLIENT_ID, API_URI],
          jwksUrl,
          clockToleranceSeconds: 60,
        },
      });
      // The board maps the test user twice: a member unit of the bloc, and the board itself.
      const board = api.keys.find((k) => k.role === "board")!.key;
      const mapped = await fetch(`${api.url}/api/admin/identity-mapping`, {
        method: "PUT",
        headers: { authorization: `Bearer ${board}`, "content-type": "application/json" },
        body: JSON.stringify({
          formatVersion: 1,
          entries: [
            { tenantId: TENANT, objectId: USER, role: "member", blocId: BLOC, unitId: UNIT },
            { tenantId: TENANT, objectId: USER, role: "board" },
          ],
        }),
      });
      expect(mapped.status).toBe(201);
      pane = await startPaneServer({ port, env: { apiBaseUrl: `${api.url}/api` } });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const context = await browser.newContext({
        viewport: { width: 320, height: 720 },
        ignoreHTTPSErrors: true,
        locale: "vi-VN",
      });
      // The first token the pane gets has expired: the back end's 401 must make it ask for a fresh one, once.
      await context.exposeFunction("thiduaTestToken", async (fresh: boolean) => {
        asked.push(fresh);
        return tokenNow(asked.length === 1 && !fresh);
      });
      page = await context.newPage();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await pane?.stop();
      await api?.stop();
      await new Promise((done) => jwks?.close(done));
    });

    it("the account's two roles are offered; as the member unit it submits and the workbook records the receipt", async () => {
      // Without Entra settings (no token provider) the button is not offered.
      await page.goto(`${url}/e2e.html`);
      await page.locator("fluent-button#sign-in").waitFor();
      expect(await page.locator("fluent-button#ms-sign-in").isHidden()).toBe(true);
      await page.goto(`${url}/e2e.html?entra`);
      const microsoft = page.locator("fluent-button#ms-sign-in");
      await microsoft.waitFor();
      expect(await microsoft.textContent()).toBe("Đăng nhập bằng tài khoản Microsoft");
      await shot("e01-dang-nhap-microsoft", "#connected");
      await microsoft.click();
      await page.locator("#role-choice fluent-button").first().waitFor();
      expect(asked.slice(0, 2)).toEqual([false, true]);
      const roles = await page.locator("#role-choice fluent-button").allTextContents();
      expect(roles).toEqual([`Đơn vị thành viên · ${BLOC} · ${UNIT}`, "Ban Thi đua – Khen thưởng"]);
      await shot("e02-chon-vai-tro", "#role-choice");

      await page.locator("#role-choice fluent-button").first().click();
      await page.locator("#who", { hasText: UNIT }).waitFor();
      expect(await page.locator("#who").textContent()).toMatch(/^Đơn vị thành viên · thanh-tra-tinh · /);
      // The period's table is loaded for the unit before the sheet can be inserted.
      await page.waitForFunction(
        (unit) =>
          (document as unknown as { getElementById(id: string): { value: string } | null }).getElementById(
            "unit",
          )?.value === unit,
        UNIT,
      );
      await page.locator("fluent-button#insert").click();
      await page.locator("#missing summary").waitFor();
      const harness = await page.evaluateHandle(() => (window as { thiduaHarness: Harness }).thiduaHarness);
      await harness.evaluate((h) => h.typeInto("F13", "Đạt"));
      const submit = page.locator("fluent-button#submit:not([disabled])");
      await submit.waitFor();
      await submit.click();
      const record = page.locator("#sheet-record");
      await record.filter({ hasText: "Đã gửi phiên bản 1 lúc" }).waitFor();
      // The server's hash of what it stored is the hash of what the sheet holds: nothing changed yet.
      expect(await record.textContent()).not.toContain("đã thay đổi");
      expect(await record.textContent()).toContain(`người gửi entra:${USER}`);
      expect(await page.locator("fluent-button#submit").textContent()).toBe("Nộp bản tự chấm");
      await shot("e03-bien-nhan-trong-trang-tinh", "#sheet-record");

      await harness.evaluate((h) => h.typeInto("F13", "Không đạt"));
      await record.filter({ hasText: "Trang tính đã thay đổi sau lần gửi này" }).waitFor();
      expect(await page.locator("fluent-button#submit").textContent()).toBe("Nộp lại");
      await shot("e04-trang-tinh-da-thay-doi", "fluent-button#submit");
    }, 90_000);

    it("as the board it picks among every bloc's periods, and the choice opens that period's status", async () => {
      await page.locator("fluent-button#sign-out").click();
      await page.locator("fluent-button#ms-sign-in").click();
      await page.locator("#role-choice fluent-button").nth(1).click();
      const picker = page.locator("#period-picker");
      await picker.waitFor();
      const options = await picker.locator("option").allTextContents();
      expect(options).toHaveLength(4);
      for (const option of options)
        expect(option).toMatch(/^[a-z0-9-]+ · \d{4} · (Tổng kết năm|Sơ kết 6 tháng) \(đang nhận bài\)$/);
      await shot("e05-chon-ky", "#period-choice");
      const other = await picker.locator("option").nth(2).getAttribute("value");
      await picker.selectOption(other!);
      await page.locator("#who", { hasText: other! }).waitFor();
      await page.locator("#board li").first().waitFor();
      expect(await picker.inputValue()).toBe(other);
      expect(await page.locator("#period-detail").textContent()).toBe(options[2]);
      await shot("e06-ky-da-chon", "#board");
    }, 90_000);
  },
);
