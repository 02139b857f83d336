#!/usr/bin/env node
// The `thidua` command: runs the esbuild bundle of cli/ (dist/cli/thidua.cjs), rebuilt first when a source is
// newer than it (scripts/cliBundle.cjs), so Node runs plain JS and never a stale copy.
require(require("../scripts/cliBundle.cjs").freshBundle()).run();
