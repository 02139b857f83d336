// Everything the task pane's build adds to webpack.config.js's base config, called from it in one line: icons,
// support pages and sample tables copied into the build; the manifest generated for the public URL; the API base
// URL injected; office.js from the CDN in production and from the npm package in dev; the https dev server; and,
// only for the browser tests, the harness page with an in-memory workbook (never in a production build).
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_ORIGIN, manifestFor } = require("./manifestFor");
const { devCertificates } = require("./devCertificates");
const { checkManifest } = require("./checkManifest");

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** The sample tables offered in the pane: every templates/*.json except the JSON Schema, with a label. */
function sampleTables() {
  const dir = path.join(ROOT, "templates");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "schema.json")
    .sort()
    .map((file) => {
      const t = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
      const { bloc, province, year } = t.identity;
      const name = bloc.name.includes(province) ? bloc.name : `${bloc.name} – ${province}`;
      return { id: t.id, file: `templates/${file}`, title: `${name} (${year})` };
    });
}

/** Emits the generated files: manifest.xml for the public URL and templates/index.json. */
class PaneFilesPlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PaneFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PaneFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifestPath = path.join(ROOT, "manifest.xml");
          compilation.fileDependencies.add(manifestPath);
          const xml = manifestFor(fs.readFileSync(manifestPath, "utf8"), this.publicUrl);
          for (const problem of checkManifest(xml)) {
            compilation.errors.push(new webpack.WebpackError(`manifest.xml: ${problem}`));
          }
          compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(xml));
          const index = JSON.stringify(sampleTables(), null, 2);
          compilation.emitAsset("templates/index.json", new webpack.sources.RawSource(index));
        },
      );
    });
  }
}

/**
 * The province's Microsoft Entra ID app for the pane's sign-in (nested app authentication), or null for access keys
 * only: `entraClientId` and `entraScope` (the API's delegated scope, e.g. api://…/access_as_user), optional
 * `entraTenantId` (default "organizations": any work account, the API's allow-list decides), from `--env` or
 * THIDUA_ENTRA_CLIENT_ID / THIDUA_ENTRA_SCOPE / THIDUA_ENTRA_TENANT_ID. One without the other stops the build.
 */
function entraSettings(env) {
  const clientId = env.entraClientId || process.env.THIDUA_ENTRA_CLIENT_ID || "";
  const scope = env.entraScope || process.env.THIDUA_ENTRA_SCOPE || "";
  const tenant = env.entraTenantId || process.env.THIDUA_ENTRA_TENANT_ID || "organizations";
  if (!clientId && !scope) return null;
  if (!clientId || !scope) {
    throw new Error(
      "Đăng nhập Microsoft cần cả mã ứng dụng (entraClientId) và phạm vi API (entraScope). " +
        "(Microsoft sign-in needs both the client id and the API scope.)",
    );
  }
  return { clientId, scope, authority: `https://login.microsoftonline.com/${tenant}` };
}

/**
 * The pane's build on top of `base`. env: `publicUrl` (https origin the production manifest points at; default the
 * dev server), `apiBaseUrl` (the back end's URL, default same origin), `e2e` (adds the test harness page; refused
 * in production mode), `port` (dev server, default 3000), the Entra settings above.
 */
function paneBuild(base, env = {}, argv = {}) {
  const production = (argv.mode ?? base.mode) === "production";
  if (env.e2e && production) {
    throw new Error(
      "Trang thử nghiệm (e2e) không bao giờ vào bản phát hành. (The e2e harness never goes into a production build.)",
    );
  }
  const publicUrl = env.publicUrl || process.env.THIDUA_PUBLIC_URL || DEV_ORIGIN;
  const apiBaseUrl = env.apiBaseUrl || process.env.THIDUA_API_BASE_URL || "";
  const officeJs = production ? OFFICE_JS_CDN : "office-js/office.js";
  for (const plugin of base.plugins ?? []) {
    // The base config's page takes office.js's address from here (its template reads options.officeJs).
    if (plugin instanceof HtmlWebpackPlugin) plugin.options.officeJs = officeJs;
  }
  const config = {
    ...base,
    entry: { ...base.entry },
    plugins: [
      ...(base.plugins ?? []),
      new webpack.DefinePlugin({
        __THIDUA_API_BASE_URL__: JSON.stringify(apiBaseUrl),
        __THIDUA_ENTRA__: JSON.stringify(entraSettings(env)),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, "assets"), to: "assets" },
          { from: path.join(ROOT, "src-taskpane/pages"), to: "." },
          ...sampleTables().map((t) => ({ from: path.join(ROOT, t.file), to: "templates" })),
        ],
      }),
      new PaneFilesPlugin(publicUrl),
    ],
    devServer: devServer(env),
  };
  if (env.e2e) {
    config.entry.harness = "./src-taskpane/e2e/harness.ts";
    config.plugins.push(
      new HtmlWebpackPlugin({
        template: "./src-taskpane/taskpane.html",
        filename: "e2e.html",
        chunks: ["harness"],
        officeJs,
      }),
    );
  }
  return config;
}

/** https on localhost:3000 with the project's certificates (http when they are absent); office.js from npm. */
function devServer(env) {
  const certificates = devCertificates();
  return {
    host: env.host || "localhost",
    port: Number(env.port || 3000),
    server: certificates ? { type: "https", options: certificates } : { type: "http" },
    static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
    headers: { "Access-Control-Allow-Origin": "*" },
    allowedHosts: "all",
    client: { overlay: { warnings: false, errors: true } },
    hot: false,
  };
}

module.exports = { paneBuild, sampleTables, entraSettings };
