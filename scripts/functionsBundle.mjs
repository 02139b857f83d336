// Bundles the Functions app with esbuild: out/functions/index.js (the production bundle, one file) and
// out/functions/local.js (the local runner). Used by `npm run api` and by the test that loads the bundle.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  sourcemap: true,
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ES build bundles whole.
  mainFields: ["module", "main"],
};

/** Builds both bundles into `outDir` (default out/functions) and returns their paths. */
export async function buildFunctionsBundles(outDir = "out/functions") {
  const index = `${outDir}/index.js`;
  const local = `${outDir}/local.js`;
  await build({
    ...common,
    entryPoints: ["functions/src/index.ts"],
    outfile: index,
    // Provided by the Functions host at run time.
    external: ["@azure/functions-core"],
  });
  await build({
    ...common,
    entryPoints: ["functions/src/local/apiMain.ts"],
    outfile: local,
    // Azurite runs as a child process from node_modules; the bundle only resolves its path.
    external: ["@azure/functions-core", "azurite"],
  });
  return { index, local };
}
