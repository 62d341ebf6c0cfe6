/*
 * Scorer view: the pure part (no DOM). Checks the initial data, derives what each matrix cell shows in each display
 * mode, the heatmap colours and the digit images. The page loads it as a classic script (window.MnistLabScorerModel);
 * Node's test runner loads it as a CommonJS module.
 *
 * The initial data is the JSON form of the Java record org.mnistlab.knime.node.scorer.ScorerViewData; its Javadoc
 * defines every member.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.MnistLabScorerModel = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /** Display modes of the matrix, in toolbar order. */
  const MODES = Object.freeze({
    counts: "Counts",
    byTrue: "% of true class",
    byPredicted: "% of predicted class",
    errors: "Errors only",
  });

  /** What the legend says about the numbers of each mode. */
  const MODE_NOTES = Object.freeze({
    counts: "Rows per true / predicted class pair",
    byTrue: "Percent of each true class (rows sum to 100) — the recall view",
    byPredicted: "Percent of each predicted class (columns sum to 100) — the precision view",
    errors: "Counts of misclassified rows; the diagonal is hidden and the colours span the errors only",
  });

  function fail(message) {
    throw new Error("Invalid Scorer view data: " + message);
  }

  function isCount(v) {
    return Number.isInteger(v) && v >= 0;
  }

  /**
   * Checks the shape of the initial data so that a broken payload gives one clear message instead of a half-drawn
   * page. Returns the data unchanged.
   */
  function validate(data) {
    if (data === null || typeof data !== "object") {
      fail("expected an object, got " + (data === null ? "null" : typeof data));
    }
    const k = Array.isArray(data.classes) ? data.classes.length : 0;
    if (k === 0) {
      fail("'classes' must be a non-empty array");
    }
    if (!Array.isArray(data.counts) || data.counts.length !== k) {
      fail("'counts' must have one row per class (" + k + ")");
    }
    data.counts.forEach((row, t) => {
      if (!Array.isArray(row) || row.length !== k || !row.every(isCount)) {
        fail("'counts[" + t + "]' must hold " + k + " non-negative integers");
      }
    });
    if (!Array.isArray(data.perClass) || data.perClass.length !== k) {
      fail("'perClass' must have one entry per class (" + k + ")");
    }
    if (!isCount(data.imageWidth) || !isCount(data.imageHeight)) {
      fail("'imageWidth' and 'imageHeight' must be non-negative integers");
    }
    if (!Array.isArray(data.cells)) {
      fail("'cells' must be an array");
    }
    data.cells.forEach((cell, i) => {
      const where = "'cells[" + i + "]'";
      if (!isCount(cell.truth) || cell.truth >= k || !isCount(cell.predicted) || cell.predicted >= k) {
        fail(where + " has a class index outside 0.." + (k - 1));
      }
      if (cell.total !== data.counts[cell.truth][cell.predicted]) {
        fail(where + " total " + cell.total + " differs from counts[" + cell.truth + "][" + cell.predicted + "]");
      }
      if (!Array.isArray(cell.rows) || cell.rows.length > cell.total) {
        fail(where + " must list at most 'total' rows");
      }
    });
    return data;
  }

  function rowSums(counts) {
    return counts.map((row) => row.reduce((a, b) => a + b, 0));
  }

  function columnSums(counts) {
    return counts[0].map((_, p) => counts.reduce((a, row) => a + row[p], 0));
  }

  /**
   * The numbers a mode shows: values[t][p] (null = blank cell) and the largest shown value, which scales the heatmap.
   * Percentages of an empty true or predicted class are blank rather than 0/0.
   */
  function matrixValues(counts, mode) {
    if (!(mode in MODES)) {
      throw new Error("Unknown display mode: " + mode);
    }
    const rows = rowSums(counts);
    const cols = columnSums(counts);
    let max = 0;
    const values = counts.map((row, t) =>
      row.map((c, p) => {
        let v;
        if (mode === "byTrue") {
          v = rows[t] === 0 ? null : (100 * c) / rows[t];
        } else if (mode === "byPredicted") {
          v = cols[p] === 0 ? null : (100 * c) / cols[p];
        } else if (mode === "errors" && t === p) {
          v = null;
        } else {
          v = c;
        }
        if (v !== null && v > max) {
          max = v;
        }
        return v;
      })
    );
    return { values, max, rowTotals: rows, columnTotals: cols };
  }

  /** Text of one matrix cell: counts as integers, percentages with one decimal, blanks empty. */
  function formatValue(v, mode) {
    if (v === null) {
      return "";
    }
    if (mode === "byTrue" || mode === "byPredicted") {
      return v === 0 ? "0" : v.toFixed(1);
    }
    return v.toLocaleString("en-US");
  }

  /** Three-stop sequential ramp (white, light blue, dark blue) with good contrast for dark text at its low end. */
  const RAMP = [
    [0, [255, 255, 255]],
    [0.5, [142, 184, 220]],
    [1, [28, 74, 134]],
  ];

  /** Heatmap colour of a fraction in [0, 1] as "rgb(r, g, b)". */
  function heatColor(fraction) {
    const f = Math.min(1, Math.max(0, fraction));
    let i = 1;
    while (i < RAMP.length - 1 && f > RAMP[i][0]) {
      i++;
    }
    const [f0, c0] = RAMP[i - 1];
    const [f1, c1] = RAMP[i];
    const s = (f - f0) / (f1 - f0);
    const c = c0.map((a, j) => Math.round(a + (c1[j] - a) * s));
    return "rgb(" + c.join(", ") + ")";
  }

  /** Whether text on heatColor(fraction) should be light for contrast. */
  function needsLightText(fraction) {
    return fraction > 0.6;
  }

  /**
   * Decodes a row's pixels (base64 of width*height unsigned bytes, row-major, 0 = background) into RGBA drawn dark on
   * light like the lab's matplotlib "binary" colormap: 0 is white, 255 black. Returns null when the pixels are
   * missing or do not have width*height bytes.
   */
  function decodePixels(base64, width, height) {
    if (typeof base64 !== "string" || width <= 0 || height <= 0) {
      return null;
    }
    let binary;
    try {
      binary = atob(base64);
    } catch (e) {
      return null;
    }
    if (binary.length !== width * height) {
      return null;
    }
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < binary.length; i++) {
      const gray = 255 - binary.charCodeAt(i);
      rgba[4 * i] = gray;
      rgba[4 * i + 1] = gray;
      rgba[4 * i + 2] = gray;
      rgba[4 * i + 3] = 255;
    }
    return rgba;
  }

  /** The cell (truth, predicted) of the data; cells with no rows are absent from the data, so one is made up. */
  function findCell(data, truth, predicted) {
    const cell = data.cells.find((c) => c.truth === truth && c.predicted === predicted);
    return cell || { truth, predicted, total: 0, rows: [] };
  }

  /** Unweighted and support-weighted means of precision, recall and F1, as classification_report's last rows. */
  function averages(perClass) {
    const n = perClass.length;
    const support = perClass.reduce((a, c) => a + c.support, 0);
    const mean = (key, weighted) =>
      perClass.reduce((a, c) => a + c[key] * (weighted ? c.support : 1), 0) / (weighted ? support : n);
    const row = (label, weighted) => ({
      label,
      precision: mean("precision", weighted),
      recall: mean("recall", weighted),
      f1: mean("f1", weighted),
      support,
    });
    return support === 0 ? [row("Macro average", false)] : [row("Macro average", false), row("Weighted average", true)];
  }

  /** A score for display: four significant digits and a typographic minus. */
  function formatScore(score) {
    if (typeof score !== "number" || !Number.isFinite(score)) {
      return "";
    }
    return String(Number(score.toPrecision(4))).replace("-", "\u2212");
  }

  return {
    MODES,
    MODE_NOTES,
    validate,
    matrixValues,
    formatValue,
    heatColor,
    needsLightText,
    decodePixels,
    findCell,
    averages,
    formatScore,
  };
});
