// Tests only: finds the system Chromium (Debian's "chromium" package) and starts it headless with playwright-core.
// Playwright's own browser download is not used. CHROMIUM_PATH overrides the search.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

/** Path of a Chromium executable, or null. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((file) => fs.existsSync(file)) || null;
}

/**
 * Why the browser tests cannot run here (null when they can). With CI=true a missing browser is an error, not a
 * reason to skip: the caller fails instead.
 */
export function browserUnavailable() {
  if (findChromium()) {
    return null;
  }
  const why = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
    : `no Chromium at ${CANDIDATES.join(", ")} (install it with "apt-get install chromium" or set CHROMIUM_PATH)`;
  return why;
}

/** Starts Chromium with a fresh profile; resolves to a playwright BrowserContext whose close() also removes it. */
export async function launchChromium(viewport) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mnistlab-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor: 1,
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return context;
}
