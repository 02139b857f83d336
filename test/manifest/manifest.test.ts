import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// `office-addin-manifest validate` needs an online service; scripts/webpack/checkManifest.js is the offline check
// the build runs on every manifest it emits. These tests show it passes ours and rejects broken copies.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/webpack/checkManifest.js") as {
  checkManifest: (xml: string) => string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../scripts/webpack/manifestFor.js") as {
  manifestFor: (xml: string, publicUrl: string) => string;
};

const xml = readFileSync(resolve(__dirname, "../../manifest.xml"), "utf8");

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? "");
}

/** The manifest with one edit; the edit must apply (a test of a no-op edit would prove nothing). */
function broken(from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  expect(out).not.toBe(xml);
  return out;
}

describe("manifest.xml", () => {
  it("passes the offline check", () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it("is a task pane add-in for Excel workbooks named Thi Đua, Vietnamese first", () => {
    expect(all(xml, /<Host Name="([^"]+)"/g)).toEqual(["Workbook"]);
    expect(xml).toMatch(/<DisplayName DefaultValue="Thi Đua">/);
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
  });

  it("gives every ribbon string an English override", () => {
    const strings = all(xml, /<bt:String id="([^"]+)"/g);
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const id of strings) {
      const block = xml.slice(xml.indexOf(`<bt:String id="${id}"`));
      expect(block.slice(0, block.indexOf("</bt:String>"))).toMatch(
        /<bt:Override Locale="en-US" Value="[^"]+"/,
      );
    }
  });

  it("points support and learn-more links at the pages the build ships", () => {
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"/);
    expect(xml).toMatch(
      /id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/learn-more\.html"/,
    );
    for (const icon of all(xml, /\/assets\/(icon-\d+\.png)/g)) {
      expect(
        readFileSync(resolve(__dirname, "../../assets", icon))
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
    }
  });
});

describe("the offline manifest check rejects a broken manifest", () => {
  const cases: [string, string | RegExp, string, RegExp][] = [
    ["a Permissions value outside the schema", "ReadWriteDocument<", "ReadWriteEverything<", /Permissions/],
    [
      "elements out of order",
      /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1",
      /sai thứ tự/,
    ],
    ["a missing Id", /<Id>[^<]*<\/Id>/, "", /thiếu <Id>/],
    ["an Id that is not a GUID", /<Id>[^<]*<\/Id>/, "<Id>thi-dua</Id>", /GUID/],
    ["an unknown element", "<Permissions>", "<Colour>red</Colour><Permissions>", /<Colour>/],
    ["a resid that is never defined", 'resid="OpenPane.Tooltip"', 'resid="OpenPane.Hint"', /OpenPane\.Hint/],
    [
      "an http URL",
      'DefaultValue="https://localhost:3000/support.html"',
      'DefaultValue="http://localhost:3000/support.html"',
      /https/,
    ],
    [
      "an id longer than 32 characters",
      'id="ThiDua.OpenPane"',
      'id="ThiDua.OpenPaneWithAVeryLongIdentifier"',
      /32/,
    ],
    ["a ribbon string over 125 characters", 'Value="Open Thi Dua"', `Value="${"x".repeat(126)}"`, /125/],
    ["an icon group without its 80 px image", /\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "", /80 px/],
    ["a mismatched closing tag", "</Description>", "</Descripton>", /không khớp/],
    ["a stray ampersand", "Thi Đua</ProviderName>", "Thi & Đua</ProviderName>", /&/],
    ["a bad locale", 'Locale="en-US"', 'Locale="english"', /Locale/],
  ];
  it.each(cases)("such as %s", (_name, from, to, expected) => {
    const problems = checkManifest(broken(from, to));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("the production manifest for a public URL", () => {
  it("moves every URL to the public address and still passes the check", () => {
    const out = manifestFor(xml, "https://thidua.example.gov.vn/pane/");
    expect(out).not.toContain("localhost");
    expect(out).toContain("<AppDomain>https://thidua.example.gov.vn</AppDomain>");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://thidua.example.gov.vn/pane/taskpane.html"/>',
    );
    expect(all(out, /(https:\/\/[^"<]+)/g).length).toBe(all(xml, /(https:\/\/[^"<]+)/g).length);
    expect(checkManifest(out)).toEqual([]);
  });

  it("refuses an http or malformed address", () => {
    expect(() => manifestFor(xml, "http://thidua.example.gov.vn")).toThrow(/https/);
    expect(() => manifestFor(xml, "thidua")).toThrow(/không hợp lệ/);
  });
});
