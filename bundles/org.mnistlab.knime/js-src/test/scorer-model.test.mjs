// Unit tests of the DOM-free part of the Scorer view (src/scorer-model.js), run by Node's test runner.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import Model from "../src/scorer-model.js";

// The hand-made sample of the view data (classes a, b, c; c never occurs), metrics from scikit-learn.
const SMALL = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures",
  "scorer-small.json"), "utf8"));
const counts = SMALL.counts;

function data(overrides) {
  return { ...structuredClone(SMALL), ...overrides };
}

describe("scorer-model", () => {
  it("validate_wellFormedData_returnsIt", () => {
    const d = data();
    assert.equal(Model.validate(d), d);
  });

  it("validate_cellTotalDifferentFromCounts_throwsNamingTheCell", () => {
    const d = data();
    d.cells[1] = { ...d.cells[1], total: 2 };
    assert.throws(() => Model.validate(d), /'cells\[1\]' total 2 differs from counts\[0\]\[1\]/);
  });

  it("validate_raggedCounts_throws", () => {
    assert.throws(() => Model.validate(data({ counts: [[1, 0, 0], [0, 1], [0, 0, 1]] })), /'counts\[1\]'/);
  });

  it("validate_moreRowsThanTotal_throws", () => {
    const d = data();
    d.cells[1] = { ...d.cells[1], rows: [d.cells[1].rows[0], d.cells[1].rows[0]] };
    assert.throws(() => Model.validate(d), /at most 'total' rows/);
  });

  it("matrixValues_counts_areTheCountsWithTheirMaximum", () => {
    const m = Model.matrixValues(counts, "counts");
    assert.deepEqual(m.values, counts);
    assert.equal(m.max, 5);
    assert.deepEqual(m.rowTotals, [6, 5, 0]);
    assert.deepEqual(m.columnTotals, [7, 4, 0]);
  });

  it("matrixValues_byTrue_rowsSumTo100_emptyClassBlank", () => {
    const m = Model.matrixValues(counts, "byTrue");
    assert.deepEqual(m.values[0], [500 / 6, 100 / 6, 0]);
    assert.deepEqual(m.values[2], [null, null, null]);
    assert.equal(m.max, 500 / 6);
  });

  it("matrixValues_byPredicted_columnsSumTo100_emptyClassBlank", () => {
    const m = Model.matrixValues(counts, "byPredicted");
    assert.deepEqual(m.values.map((row) => row[0]), [500 / 7, 200 / 7, 0]);
    assert.deepEqual(m.values.map((row) => row[2]), [null, null, null]);
  });

  it("matrixValues_errors_blanksDiagonal_maxOverErrorsOnly", () => {
    const m = Model.matrixValues(counts, "errors");
    assert.deepEqual(m.values, [[null, 1, 0], [2, null, 0], [0, 0, null]]);
    assert.equal(m.max, 2);
  });

  it("formatValue_percentOneDecimal_countsGrouped_blankEmpty", () => {
    assert.equal(Model.formatValue(100 / 6, "byTrue"), "16.7");
    assert.equal(Model.formatValue(0, "byPredicted"), "0");
    assert.equal(Model.formatValue(12345, "counts"), "12,345");
    assert.equal(Model.formatValue(null, "errors"), "");
  });

  it("heatColor_endsOfTheRamp_andClamping", () => {
    assert.equal(Model.heatColor(0), "rgb(255, 255, 255)");
    assert.equal(Model.heatColor(0.5), "rgb(142, 184, 220)");
    assert.equal(Model.heatColor(1), "rgb(28, 74, 134)");
    assert.equal(Model.heatColor(7), "rgb(28, 74, 134)");
    assert.equal(Model.heatColor(-1), "rgb(255, 255, 255)");
  });

  it("decodePixels_drawsDarkOnLight", () => {
    // bytes 0, 255, 0, 127
    const rgba = Model.decodePixels("AP8Afw==", 2, 2);
    assert.deepEqual(Array.from(rgba), [255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255, 128, 128, 128, 255]);
  });

  it("decodePixels_wrongLengthOrMissing_returnsNull", () => {
    assert.equal(Model.decodePixels("AP8Afw==", 3, 3), null);
    assert.equal(Model.decodePixels(null, 2, 2), null);
    assert.equal(Model.decodePixels("not base64!", 2, 2), null);
  });

  it("findCell_absentCell_isEmpty", () => {
    assert.deepEqual(Model.findCell(data(), 2, 2), { truth: 2, predicted: 2, total: 0, rows: [] });
    assert.equal(Model.findCell(data(), 1, 0).rows[0].rowKey, "r2");
  });

  it("averages_macroAndWeighted_asClassificationReport", () => {
    const [macro, weighted] = Model.averages(data().perClass);
    assert.equal(macro.precision, (5 / 7 + 3 / 4 + 0) / 3);
    assert.equal(weighted.recall, ((5 / 6) * 6 + (3 / 5) * 5) / 11);
    assert.equal(weighted.support, 11);
  });

  it("formatScore_fourSignificantDigits_typographicMinus", () => {
    assert.equal(Model.formatScore(-3.14159), "\u22123.142");
    assert.equal(Model.formatScore(2164.2203), "2164");
    assert.equal(Model.formatScore(null), "");
    assert.equal(Model.formatScore(Number.NaN), "");
  });
});
