// Writes the documentation's screenshots of the views (docs/scorer-view*.png at the repository root) by running the
// browser tests with SCREENSHOT_DIR pointing there. Needs Chromium; run "npm run build" first.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { browserUnavailable } from "../test/support/chromium.mjs";

const jsSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const docs = path.resolve(jsSrc, "..", "..", "..", "docs");

const unavailable = browserUnavailable();
if (unavailable) {
  console.error(`screenshots: ${unavailable}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ["--test", path.join("test", "scorer-view.test.mjs")], {
  cwd: jsSrc,
  stdio: "inherit",
  env: { ...process.env, SCREENSHOT_DIR: docs },
});
if (run.status === 0) {
  console.log(`screenshots: written to ${docs}`);
}
process.exit(run.status ?? 1);
