// Builds the task pane into dist/: `npm run build`. Dev server, assets, manifest: scripts/webpack/paneBuild.js.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { paneBuild } = require("./scripts/webpack/paneBuild");

const baseConfig = (_env, argv) => ({
  mode: argv.mode ?? "development",
  devtool: argv.mode === "production" ? false : "source-map",
  entry: { taskpane: "./src-taskpane/taskpane.ts" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        options: { configFile: path.resolve(__dirname, "src-taskpane/tsconfig.json"), transpileOnly: true },
        exclude: /node_modules/,
      },
      { test: /\.css$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: "./src-taskpane/taskpane.html",
      filename: "taskpane.html",
      chunks: ["taskpane"],
    }),
  ],
  performance: { maxEntrypointSize: 300_000, maxAssetSize: 300_000 },
});

module.exports = (env, argv) => paneBuild(baseConfig(env, argv), env, argv);
