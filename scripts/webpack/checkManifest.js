// The offline manifest check (office-addin-manifest's validator needs an online service). It enforces, for a
// task pane add-in, the parts of the published add-in manifest schema (1.1 + VersionOverrides 1.0) our manifest
// uses: element order and presence, value formats and enumerations, string lengths, resource ids, https URLs.
// The build runs it on the generated manifest; test/manifest/ shows it rejecting broken copies.
const { parseXml } = require("./parseXml");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** OfficeApp's children for a TaskPaneApp, in the schema's order; `true` marks the required ones. */
const TOP_LEVEL = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", false],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["AllowSnapshot", false],
  ["VersionOverrides", false],
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const HOSTS = ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
const ICON_SIZES = ["16", "32", "80"];

function walk(element, visit) {
  visit(element);
  for (const child of element.children) walk(child, visit);
}

/** Every problem found in the manifest text, each a sentence in Vietnamese then English; [] when it passes. */
function checkManifest(xml) {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`Manifest không phải XML hợp lệ: ${error.message}. (Not well-formed XML.)`];
  }
  const problems = [];
  const fail = (vi, en, line) => problems.push(`${line ? `dòng ${line}: ` : ""}${vi} (${en})`);
  if (root.name !== "OfficeApp" || root.attrs.xmlns !== NS.app) {
    fail(
      "phần tử gốc phải là OfficeApp của lược đồ 1.1",
      "the root must be OfficeApp of schema 1.1",
      root.line,
    );
  }
  if (root.attrs["xsi:type"] !== "TaskPaneApp" || root.attrs["xmlns:xsi"] !== NS.xsi) {
    fail('cần xsi:type="TaskPaneApp"', 'xsi:type="TaskPaneApp" is required', root.line);
  }
  checkOrder(root, TOP_LEVEL, fail);
  const child = (name) => root.children.find((c) => c.name === name);
  const id = child("Id")?.text.trim();
  if (id !== undefined && !GUID.test(id)) fail(`Id "${id}" không phải GUID`, "Id is not a GUID");
  const version = child("Version")?.text.trim();
  if (version !== undefined && !VERSION.test(version)) fail(`Version "${version}" sai dạng`, "bad Version");
  const permissions = child("Permissions")?.text.trim();
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) {
    fail(
      `Permissions "${permissions}" không có trong lược đồ`,
      `Permissions must be one of ${PERMISSIONS.join(", ")}`,
    );
  }
  const locale = child("DefaultLocale")?.text.trim();
  if (locale !== undefined && !LOCALE.test(locale))
    fail(`DefaultLocale "${locale}" sai dạng`, "bad DefaultLocale");
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
    ["ProviderName", 125],
  ]) {
    const el = child(name);
    const value = el?.attrs.DefaultValue ?? el?.text.trim();
    if (el && (!value || value.length > max))
      fail(`${name} trống hoặc dài quá ${max} ký tự`, `${name} empty or over ${max}`, el.line);
  }
  if (!child("DefaultSettings")?.children.some((c) => c.name === "SourceLocation")) {
    fail("DefaultSettings thiếu SourceLocation", "DefaultSettings needs a SourceLocation");
  }
  for (const host of child("Hosts")?.children ?? []) {
    if (!HOSTS.includes(host.attrs.Name))
      fail(`Host "${host.attrs.Name}" không hợp lệ`, "unknown Host", host.line);
  }
  checkEverywhere(root, fail);
  const overrides = child("VersionOverrides");
  if (overrides) checkOverrides(overrides, fail);
  return problems;
}

/** The children of `parent` are known, in order, and the required ones are there. */
function checkOrder(parent, order, fail) {
  const names = order.map(([n]) => n);
  let last = -1;
  for (const c of parent.children) {
    const at = names.indexOf(c.name);
    if (at === -1)
      fail(`phần tử <${c.name}> không được phép trong <${parent.name}>`, `unexpected <${c.name}>`, c.line);
    else if (at < last)
      fail(`<${c.name}> sai thứ tự trong <${parent.name}>`, `<${c.name}> is out of order`, c.line);
    else if (at === last) fail(`<${c.name}> lặp lại`, `<${c.name}> repeated`, c.line);
    last = Math.max(last, at);
  }
  for (const [name, required] of order) {
    if (required && !parent.children.some((c) => c.name === name)) {
      fail(`thiếu <${name}> trong <${parent.name}>`, `<${name}> is missing`, parent.line);
    }
  }
}

/** URLs are https; Override locales are well formed; ids are at most 32 characters. */
function checkEverywhere(root, fail) {
  walk(root, (el) => {
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (
        (attr === "DefaultValue" || attr === "Value") &&
        /^[a-z][\w+.-]*:\/\//i.test(value) &&
        !value.startsWith("https://")
      ) {
        fail(`địa chỉ phải là https: ${value}`, "URLs must be https", el.line);
      }
      if (attr === "id" && value.length > 32)
        fail(`id "${value}" dài hơn 32 ký tự`, "ids are at most 32 characters", el.line);
    }
    if (el.name === "AppDomain" && !el.text.trim().startsWith("https://")) {
      fail(`AppDomain phải là https: ${el.text.trim()}`, "AppDomain must be https", el.line);
    }
    if (/Override$/.test(el.name) && el.attrs.Locale !== undefined && !LOCALE.test(el.attrs.Locale)) {
      fail(`Locale "${el.attrs.Locale}" sai dạng`, "bad Override Locale", el.line);
    }
  });
}

/** VersionOverrides: every resid is defined once, strings fit, the ribbon has its three icon sizes. */
function checkOverrides(overrides, fail) {
  if (overrides.attrs.xmlns !== NS.ov || overrides.attrs["xsi:type"] !== "VersionOverridesV1_0") {
    fail(
      "VersionOverrides cần lược đồ taskpaneappversionoverrides V1_0",
      "VersionOverrides must be V1_0",
      overrides.line,
    );
  }
  const defined = new Map();
  const limits = { "bt:ShortStrings": 125, "bt:LongStrings": 250, "bt:Urls": 2048, "bt:Images": 2048 };
  walk(overrides, (el) => {
    const max = limits[el.name];
    if (max === undefined) return;
    for (const item of el.children) {
      const id = item.attrs.id;
      if (!id) fail(`<${item.name}> thiếu id`, "resource without id", item.line);
      else if (defined.has(id))
        fail(`tài nguyên "${id}" định nghĩa hai lần`, "resource defined twice", item.line);
      else defined.set(id, item);
      const values = [item.attrs.DefaultValue, ...item.children.map((o) => o.attrs.Value)];
      for (const v of values) {
        if (!v || v.length > max)
          fail(`"${id}" trống hoặc dài quá ${max} ký tự`, `"${id}" empty or over ${max}`, item.line);
      }
      if (
        (el.name === "bt:Urls" || el.name === "bt:Images") &&
        !/^https:\/\//.test(item.attrs.DefaultValue ?? "")
      ) {
        fail(`"${id}" phải là địa chỉ https`, `"${id}" must be an https URL`, item.line);
      }
    }
  });
  walk(overrides, (el) => {
    const resid = el.attrs.resid;
    if (resid !== undefined && !defined.has(resid))
      fail(`resid "${resid}" chưa được định nghĩa`, `resid "${resid}" is not defined`, el.line);
    if (el.name === "Icon") {
      const sizes = el.children.map((i) => i.attrs.size);
      for (const size of ICON_SIZES) {
        if (!sizes.includes(size))
          fail(`<Icon> thiếu ảnh ${size} px`, `<Icon> lacks its ${size} px image`, el.line);
      }
    }
  });
  const hosts = overrides.children.find((c) => c.name === "Hosts");
  if (!hosts?.children.some((h) => h.attrs["xsi:type"] === "Workbook")) {
    fail("VersionOverrides thiếu Host Workbook", "VersionOverrides has no Workbook host", overrides.line);
  }
}

module.exports = { checkManifest };
