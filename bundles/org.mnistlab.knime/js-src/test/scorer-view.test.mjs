// Browser tests of the Scorer view: the built page (dist/) in headless Chromium, inside the fake KNIME embedder of
// test/harness (see embedder.js for exactly what is simulated; the page and @knime/ui-extension-service are real).
//
// Data: test/fixtures/scorer-mnist.json.gz, the lab's multiclass confusion matrix with real MNIST digits (see
// make_scorer_sample.py). Screenshots go to $SCREENSHOT_DIR (default: the bundle's target/view-screenshots;
// "npm run screenshots" writes the documentation's docs/*.png).
//
// Without Chromium the suite is skipped with the reason, except with CI=true, where that is a failure.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, beforeEach, afterEach, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

import { browserUnavailable, launchChromium } from "./support/chromium.mjs";
import { distExists, startServer } from "./support/server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(here, "fixtures", "scorer-mnist.json.gz"))));
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || path.resolve(here, "..", "..", "target", "view-screenshots");
const VIEWPORT = { width: 1120, height: 1300 };

const unavailable = browserUnavailable();
if (unavailable && process.env.CI === "true") {
  throw new Error(`CI=true and the Scorer view browser tests cannot run: ${unavailable}`);
}
if (unavailable) {
  console.log(`SKIPPED: the Scorer view browser tests (${unavailable}; with CI=true this fails)`);
}
if (!distExists()) {
  throw new Error('js-src/dist/scorer-view.html is missing: run "npm run build" before the tests');
}

const envelopeOf = (data) => JSON.stringify({ result: data });
const cellOf = (data, t, p) => data.cells.find((c) => c.truth === t && c.predicted === p);
const rowSum = (t) => SAMPLE.counts[t].reduce((a, b) => a + b, 0);
const colSum = (p) => SAMPLE.counts.reduce((a, row) => a + row[p], 0);

describe("Scorer view in headless Chromium", { skip: unavailable ? `skipped: ${unavailable}` : false }, () => {
  let server;
  let context;
  /** Per test: the embedder page, the view's frame and everything that went wrong in the browser. */
  let page;
  let view;
  let problems;

  before(async () => {
    server = await startServer();
    context = await launchChromium(VIEWPORT);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await server?.close();
  });

  beforeEach(() => {
    problems = [];
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  /** Opens the view with the given initial-data envelope; resolves once the page left its loading state. */
  async function open(envelope, delivery = "service") {
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") {
        problems.push(`console.${m.type()}: ${m.text()}`);
      }
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) {
        problems.push(`HTTP ${r.status()} for ${r.url()}`);
      }
    });
    await page.addInitScript((text) => {
      window.knimeTestEnvelope = text;
    }, envelope);
    await page.goto(`${server.origin}/harness/embedder.html?delivery=${delivery}`);
    view = await (await page.waitForSelector("#view")).contentFrame();
    await view.waitForSelector('html:not([data-state="loading"])');
    return view;
  }

  const state = () => view.evaluate(() => document.documentElement.dataset.state);
  const knime = (name) => page.evaluate((n) => window[n], name);

  /** The matrix as [truth, predicted, text, disabled] per button, in document order. */
  const matrixCells = () => view.$$eval("button.cell-button", (buttons) =>
    buttons.map((b) => [Number(b.dataset.truth), Number(b.dataset.predicted), b.textContent, b.disabled]));

  const cellButton = (t, p) => `button.cell-button[data-truth="${t}"][data-predicted="${p}"]`;

  const listedRowKeys = () => view.$$eval("#details-body .row-key", (els) => els.map((e) => e.textContent));

  /** Red channel of every listed digit canvas (the images are grey). */
  const canvasGrays = () => view.$$eval(".digits canvas", (canvases) => canvases.map((c) => {
    const rgba = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    return Array.from({ length: c.width * c.height }, (_, i) => rgba[4 * i]);
  }));

  /** Screenshot of the view down to the end of its content. */
  async function screenshot(name) {
    const bottom = await view.$eval("main", (m) => Math.ceil(m.getBoundingClientRect().bottom));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, name),
      clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(VIEWPORT.height, bottom) } });
  }

  const modeSwitch = (mode) => view.click(`input[name="mode"][value="${mode}"] + span`);

  it("loads the initial data through JsonDataService and draws the 10x10 matrix with the lab's counts", async () => {
    await open(envelopeOf(SAMPLE));
    assert.equal(await state(), "ready");
    assert.equal(await view.textContent("#title"), SAMPLE.title);
    assert.equal(await view.textContent("#accuracy"), "84.40 %");

    const cells = await matrixCells();
    assert.equal(cells.length, 100);
    for (const [t, p, text, disabled] of cells) {
      assert.equal(text, String(SAMPLE.counts[t][p]), `cell (${t}, ${p})`);
      assert.equal(disabled, false);
    }
    const heads = await view.$$eval("#matrix thead .class-head", (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(heads, SAMPLE.classes);
    const rowHeads = await view.$$eval("#matrix tbody .class-head", (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(rowHeads, SAMPLE.classes);

    const metrics = await view.$$eval("#metrics tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    assert.deepEqual(metrics, SAMPLE.perClass.map((c) =>
      [c.label, c.precision.toFixed(3), c.recall.toFixed(3), c.f1.toFixed(3), String(c.support)]));

    const requests = await knime("knimeRequests");
    assert.deepEqual(requests.map((r) => r.method), ["getConfig", "callNodeDataService"]);
    assert.equal(requests[1].params[0].serviceType, "initial_data");
    assert.deepEqual(await knime("knimeAlerts"), []);
    await screenshot("scorer-view.png");
    assert.deepEqual(problems, []);
  });

  it("also accepts initial data sent with the extension config", async () => {
    await open(envelopeOf(SAMPLE), "config");
    assert.equal(await state(), "ready");
    assert.equal(await view.textContent(cellButton(9, 7)), "15");
    assert.deepEqual((await knime("knimeRequests")).map((r) => r.method), ["getConfig"]);
    assert.deepEqual(problems, []);
  });

  it("toggles between counts, percent by true class, percent by predicted class and errors only", async () => {
    await open(envelopeOf(SAMPLE));

    await modeSwitch("byTrue");
    for (const [t, p, text] of await matrixCells()) {
      const v = (100 * SAMPLE.counts[t][p]) / rowSum(t);
      assert.equal(text, v === 0 ? "0" : v.toFixed(1), `% of true class, cell (${t}, ${p})`);
    }
    assert.equal(await view.textContent(cellButton(9, 7)), "7.1");

    await modeSwitch("byPredicted");
    for (const [t, p, text] of await matrixCells()) {
      const v = (100 * SAMPLE.counts[t][p]) / colSum(p);
      assert.equal(text, v === 0 ? "0" : v.toFixed(1), `% of predicted class, cell (${t}, ${p})`);
    }
    await screenshot("scorer-view-percent.png");

    await modeSwitch("errors");
    for (const [t, p, text, disabled] of await matrixCells()) {
      assert.equal(text, t === p ? "" : String(SAMPLE.counts[t][p]), `errors only, cell (${t}, ${p})`);
      assert.equal(disabled, t === p);
    }
    // The heatmap spans the errors only: the largest error (true 9, predicted 7: 15) gets the darkest colour.
    assert.equal(await view.$eval(cellButton(9, 7), (b) => b.style.backgroundColor), "rgb(28, 74, 134)");
    await screenshot("scorer-view-errors.png");

    await modeSwitch("counts");
    for (const [t, p, text, disabled] of await matrixCells()) {
      assert.equal(text, String(SAMPLE.counts[t][p]));
      assert.equal(disabled, false);
    }
    assert.deepEqual(problems, []);
  });

  it("lists exactly the rows of cell (9, 7) as drawn digits when it is clicked", async () => {
    await open(envelopeOf(SAMPLE));
    const expected = cellOf(SAMPLE, 9, 7);
    assert.equal(expected.total, 15);

    await view.click(cellButton(9, 7));
    assert.equal(await view.getAttribute(cellButton(9, 7), "aria-pressed"), "true");
    assert.deepEqual(await listedRowKeys(), expected.rows.map((r) => r.rowKey));
    assert.match(await view.textContent("#details-heading"), /True 9 → predicted 7\s*misclassified/);
    assert.equal(await view.textContent("#details-summary"),
      `Showing ${expected.rows.length} of 15 rows (the first ones in table order).`);

    const grays = await canvasGrays();
    assert.equal(grays.length, expected.rows.length);
    grays.forEach((gray, i) => {
      const pixels = Buffer.from(expected.rows[i].pixels, "base64");
      assert.ok(gray.some((g) => g < 128), `${expected.rows[i].rowKey} is not blank`);
      assert.deepEqual(gray, Array.from(pixels, (v) => 255 - v), `${expected.rows[i].rowKey} shows its pixels`);
    });
    const scores = await view.$$eval(".digits .score", (els) => els.map((e) => e.textContent));
    assert.equal(scores.length, expected.rows.length);
    assert.ok(scores.every((s) => /^−?\d/.test(s)), `scores: ${scores}`);
    await screenshot("scorer-view-cell.png");
    assert.deepEqual(problems, []);
  });

  it("lists the correctly classified rows of a diagonal cell", async () => {
    await open(envelopeOf(SAMPLE));
    const expected = cellOf(SAMPLE, 3, 3);
    await view.click(cellButton(3, 3));
    assert.deepEqual(await listedRowKeys(), expected.rows.map((r) => r.rowKey));
    assert.match(await view.textContent("#details-heading"), /True 3 → predicted 3\s*correct/);
    assert.equal(await view.textContent("#details-summary"),
      `Showing ${expected.rows.length} of ${SAMPLE.counts[3][3]} rows (the first ones in table order).`);
    assert.equal((await canvasGrays()).length, expected.rows.length);
    assert.deepEqual(problems, []);
  });

  it("says so when a cell has no rows", async () => {
    await open(envelopeOf(SAMPLE));
    assert.equal(SAMPLE.counts[0][1], 0);
    await view.click(cellButton(0, 1));
    assert.equal(await view.textContent("#details-summary"), "No row of true class 0 was predicted as 1.");
    assert.deepEqual(await listedRowKeys(), []);
    assert.deepEqual(problems, []);
  });

  it("is usable with the keyboard: Tab to the matrix, arrows to a cell, Enter or Space to list it", async () => {
    await open(envelopeOf(SAMPLE));
    await view.focus('input[name="mode"]:checked');
    await page.keyboard.press("Tab");
    const focused = () => view.evaluate(() => {
      const b = document.activeElement;
      return b && b.dataset.truth !== undefined ? [Number(b.dataset.truth), Number(b.dataset.predicted)] : null;
    });
    assert.deepEqual(await focused(), [0, 0]);

    for (let i = 0; i < 9; i++) {
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    assert.deepEqual(await focused(), [9, 7]);
    await page.keyboard.press("Enter");
    assert.deepEqual(await listedRowKeys(), cellOf(SAMPLE, 9, 7).rows.map((r) => r.rowKey));

    await page.keyboard.press("ArrowUp");
    await page.keyboard.press(" ");
    assert.deepEqual(await listedRowKeys(), cellOf(SAMPLE, 8, 7).rows.map((r) => r.rowKey));

    // Only the current cell is in the tab order; Shift+Tab leaves the matrix.
    assert.equal(await view.$$eval("button.cell-button[tabindex='0']", (bs) => bs.length), 1);

    // In "errors only" the hidden diagonal is skipped.
    await modeSwitch("errors");
    await view.focus(cellButton(1, 0));
    await page.keyboard.press("ArrowRight");
    assert.deepEqual(await focused(), [1, 2]);

    // The display modes are a radio group: arrows switch them.
    await view.focus('input[name="mode"]:checked');
    await page.keyboard.press("ArrowLeft");
    assert.equal(await view.$eval('input[name="mode"]:checked', (i) => i.value), "byPredicted");
    assert.equal(await view.textContent(cellButton(9, 7)), ((100 * 15) / colSum(7)).toFixed(1));
    assert.deepEqual(problems, []);
  });

  it("lists row keys and scores in a table when the data has no pixels", async () => {
    const noPixels = structuredClone(SAMPLE);
    noPixels.imageWidth = 0;
    noPixels.imageHeight = 0;
    noPixels.cells.forEach((c) => c.rows.forEach((r) => {
      r.pixels = null;
    }));
    await open(envelopeOf(noPixels));
    await view.click(cellButton(9, 7));
    const expected = cellOf(SAMPLE, 9, 7).rows;
    const rows = await view.$$eval(".rows-table tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    assert.deepEqual(rows.map((r) => r[1]), expected.map((r) => r.rowKey));
    assert.deepEqual(rows.map((r) => r[0]), expected.map((_, i) => String(i + 1)));
    assert.equal(await view.textContent(".rows-table thead th.score"), SAMPLE.scoreLabel);
    assert.equal(await view.$$eval("canvas", (cs) => cs.length), 0);
    assert.deepEqual(problems, []);
  });

  it("shows a message and lets KNIME show the node's error when the initial data is an error", async () => {
    await open(JSON.stringify({ userError: { message: "Execute the node first.", details: "no data" } }));
    assert.equal(await state(), "empty");
    assert.match(await view.textContent("#message"), /No data to show/);
    const alerts = await knime("knimeAlerts");
    assert.ok(alerts.some((a) => a.type === "error" && a.message === "Execute the node first."),
      JSON.stringify(alerts));
    assert.deepEqual(problems, []);
  });

  it("reports malformed data as one clear error instead of a half-drawn page", async () => {
    const broken = structuredClone(SAMPLE);
    broken.counts[2] = broken.counts[2].slice(0, 9);
    await open(envelopeOf(broken));
    assert.equal(await state(), "error");
    const message = "Invalid Scorer view data: 'counts[2]' must hold 10 non-negative integers";
    assert.equal(await view.textContent("#message"), message);
    assert.equal(await view.isHidden("#content"), true);
    assert.deepEqual((await knime("knimeAlerts")).map((a) => a.message), [message]);
    assert.deepEqual(problems, []);
  });
});
