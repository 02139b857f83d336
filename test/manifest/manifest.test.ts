import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// `office-addin-manifest validate` needs an online service; these are the offline checks we rely on instead.
const xml = readFileSync(resolve(__dirname, "../../manifest.xml"), "utf8");

function all(pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? "");
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks named Thi Đua", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(all(/<Host Name="([^"]+)"/g)).toEqual(["Workbook"]);
    expect(xml).toMatch(/<DisplayName DefaultValue="Thi Đua">/);
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
  });

  it("has a GUID id and a four-part version", () => {
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
  });

  it("defines every resource it references, with ids of at most 32 characters", () => {
    const referenced = new Set(all(/resid="([^"]+)"/g));
    const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
    expect(referenced.size).toBeGreaterThan(0);
    for (const id of referenced) expect(defined).toContain(id);
    for (const id of [...defined, ...all(/ id="([^"]+)"/g)]) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("points every URL at https", () => {
    const urls = all(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g).concat(all(/<AppDomain>([^<]+)</g));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
