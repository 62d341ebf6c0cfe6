/*
 * Scorer view: loads the node's initial data through KNIME's UI extension service and draws the confusion matrix,
 * the per-class metrics and, for the selected cell, its rows (digit images when the data has pixels).
 *
 * Depends on window.KnimeUIExtensionService (knime-ui-extension-service.min.js) and window.MnistLabScorerModel
 * (scorer-model.js), both loaded before this script.
 */
(() => {
  "use strict";

  const Model = window.MnistLabScorerModel;

  /** Largest on-screen size of a digit image, in CSS pixels (28 x 28 MNIST digits are drawn 3x). */
  const IMAGE_BOX = 84;

  const state = {
    data: null,
    mode: "counts",
    /** [truth, predicted] of the cell whose rows are listed, or null. */
    selected: null,
    /** [truth, predicted] of the matrix button that is in the tab order (roving tabindex). */
    focus: [0, 0],
  };

  const byId = (id) => document.getElementById(id);

  /** Creates an element with attributes (on* values become listeners, "text" the text content) and children. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (key === "text") {
        node.textContent = value;
      } else if (key.startsWith("on")) {
        node.addEventListener(key.slice(2), value);
      } else {
        node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child);
      }
    }
    return node;
  }

  function setState(name) {
    document.documentElement.dataset.state = name;
    byId("app").setAttribute("aria-busy", String(name === "loading"));
  }

  function showMessage(text, kind) {
    const message = byId("message");
    message.textContent = text;
    message.className = "message" + (kind ? " message-" + kind : "");
    message.hidden = false;
  }

  const classLabel = (k) => state.data.classes[k];

  function cellButton(t, p) {
    return byId("matrix").querySelector(`button[data-truth="${t}"][data-predicted="${p}"]`);
  }

  // ---- matrix -------------------------------------------------------------------------------------------------

  function buildMatrix() {
    const { classes, counts } = state.data;
    const k = classes.length;
    const table = byId("matrix");
    const totals = Model.matrixValues(counts, "counts");

    const head = el("thead", null,
      el("tr", null,
        el("td", { class: "corner", colspan: 2, rowspan: 2 }),
        el("th", { class: "axis axis-x", colspan: k, scope: "colgroup", text: "Predicted class" }),
        el("th", { class: "total-head", rowspan: 2, scope: "col", text: "Total" })),
      el("tr", null, ...classes.map((c) => el("th", { class: "class-head", scope: "col", text: c }))));

    const body = el("tbody");
    classes.forEach((label, t) => {
      const row = el("tr");
      if (t === 0) {
        row.append(el("th", { class: "axis axis-y", rowspan: k, scope: "rowgroup" }, el("span", { text: "True class" })));
      }
      row.append(el("th", { class: "class-head", scope: "row", text: label }));
      for (let p = 0; p < k; p++) {
        row.append(el("td", { class: t === p ? "cell diagonal" : "cell" },
          el("button", {
            type: "button",
            class: "cell-button",
            "data-truth": t,
            "data-predicted": p,
            "aria-pressed": "false",
            tabindex: -1,
            onclick: () => select(t, p),
            onfocus: () => setFocus(t, p),
          })));
      }
      row.append(el("td", { class: "total", text: totals.rowTotals[t].toLocaleString("en-US") }));
      body.append(row);
    });

    const grand = totals.rowTotals.reduce((a, b) => a + b, 0);
    const foot = el("tfoot", null,
      el("tr", null,
        el("th", { class: "total-head", colspan: 2, scope: "row", text: "Total" }),
        ...totals.columnTotals.map((c) => el("td", { class: "total", text: c.toLocaleString("en-US") })),
        el("td", { class: "total grand", text: grand.toLocaleString("en-US") })));

    table.append(head, body, foot);
    table.addEventListener("keydown", onMatrixKey);
  }

  /** Writes numbers, colours and labels of the current mode into the matrix buttons. */
  function paintMatrix() {
    const { counts } = state.data;
    const mode = state.mode;
    const { values, max, rowTotals, columnTotals } = Model.matrixValues(counts, mode);
    values.forEach((row, t) =>
      row.forEach((v, p) => {
        const button = cellButton(t, p);
        const blank = v === null;
        const fraction = blank || max === 0 ? 0 : v / max;
        button.textContent = Model.formatValue(v, mode);
        button.disabled = mode === "errors" && t === p;
        button.classList.toggle("zero", !blank && v === 0);
        button.classList.toggle("light-text", Model.needsLightText(fraction));
        button.style.backgroundColor = blank ? "" : Model.heatColor(fraction);
        const label = describeCell(t, p, counts[t][p], rowTotals[t], columnTotals[p]);
        button.setAttribute("aria-label", label);
        button.title = label;
      }));
    byId("legend-max").textContent = Model.formatValue(max, mode === "errors" ? "counts" : mode) +
      (mode === "byTrue" || mode === "byPredicted" ? " %" : "");
    byId("mode-note").textContent = Model.MODE_NOTES[mode];
    if (cellButton(...state.focus).disabled) {
      state.focus = firstEnabled();
    }
    updateTabStop();
  }

  function describeCell(t, p, count, rowTotal, columnTotal) {
    const rows = count === 1 ? "1 row" : count.toLocaleString("en-US") + " rows";
    const percent = (part, whole) => (whole === 0 ? "no rows" : ((100 * part) / whole).toFixed(1) + " %");
    return `True ${classLabel(t)}, predicted ${classLabel(p)}: ${rows}` +
      ` (${percent(count, rowTotal)} of true ${classLabel(t)}, ${percent(count, columnTotal)} of predicted ${classLabel(p)})`;
  }

  function firstEnabled() {
    const button = byId("matrix").querySelector("button.cell-button:not(:disabled)");
    return [Number(button.dataset.truth), Number(button.dataset.predicted)];
  }

  function setFocus(t, p) {
    state.focus = [t, p];
    updateTabStop();
  }

  function updateTabStop() {
    for (const button of byId("matrix").querySelectorAll("button.cell-button")) {
      const isStop = Number(button.dataset.truth) === state.focus[0] &&
        Number(button.dataset.predicted) === state.focus[1];
      button.tabIndex = isStop ? 0 : -1;
    }
  }

  /** Arrow keys, Home and End move between matrix cells (disabled ones are skipped); Enter/Space click natively. */
  function onMatrixKey(event) {
    const button = event.target.closest("button.cell-button");
    if (!button) {
      return;
    }
    const k = state.data.classes.length;
    const t = Number(button.dataset.truth);
    const p = Number(button.dataset.predicted);
    const moves = {
      ArrowLeft: [[t, p - 1], [0, -1]],
      ArrowRight: [[t, p + 1], [0, 1]],
      ArrowUp: [[t - 1, p], [-1, 0]],
      ArrowDown: [[t + 1, p], [1, 0]],
      Home: [[t, 0], [0, 1]],
      End: [[t, k - 1], [0, -1]],
    };
    const move = moves[event.key];
    if (!move) {
      return;
    }
    event.preventDefault();
    let [[nt, np], [dt, dp]] = move;
    while (nt >= 0 && nt < k && np >= 0 && np < k) {
      const next = cellButton(nt, np);
      if (!next.disabled) {
        setFocus(nt, np);
        next.focus();
        return;
      }
      nt += dt;
      np += dp;
    }
  }

  // ---- per-class metrics --------------------------------------------------------------------------------------

  function buildMetrics() {
    const format = (v) => v.toFixed(3);
    const metricCell = (v) => el("td", { class: "metric", text: format(v) });
    const line = (entry, header) => el("tr", null,
      el("th", { scope: "row", class: header ? "average" : "class-head", text: entry.label }),
      metricCell(entry.precision), metricCell(entry.recall), metricCell(entry.f1),
      el("td", { class: "support", text: entry.support.toLocaleString("en-US") }));

    byId("metrics").append(
      el("caption", { class: "visually-hidden", text: "Precision, recall, F1 score and support of each class" }),
      el("thead", null, el("tr", null,
        el("th", { scope: "col", text: "Class" }),
        el("th", { scope: "col", text: "Precision" }),
        el("th", { scope: "col", text: "Recall" }),
        el("th", { scope: "col", text: "F1" }),
        el("th", { scope: "col", text: "Support" }))),
      el("tbody", null, ...state.data.perClass.map((entry) => line(entry, false))),
      el("tfoot", null, ...Model.averages(state.data.perClass).map((entry) => line(entry, true))));
  }

  // ---- rows of the selected cell ------------------------------------------------------------------------------

  function select(t, p) {
    if (state.selected) {
      cellButton(...state.selected).setAttribute("aria-pressed", "false");
    }
    state.selected = [t, p];
    cellButton(t, p).setAttribute("aria-pressed", "true");
    setFocus(t, p);
    renderDetails(Model.findCell(state.data, t, p));
  }

  function renderDetails(cell) {
    const { truth, predicted, total, rows } = cell;
    const correct = truth === predicted;
    const heading = byId("details-heading");
    heading.replaceChildren(
      document.createTextNode(`True ${classLabel(truth)} \u2192 predicted ${classLabel(predicted)}`),
      el("span", { class: correct ? "badge badge-correct" : "badge badge-error",
        text: correct ? "correct" : "misclassified" }));

    let summary;
    if (total === 0) {
      summary = `No row of true class ${classLabel(truth)} was predicted as ${classLabel(predicted)}.`;
    } else if (rows.length < total) {
      summary = `Showing ${rows.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows` +
        " (the first ones in table order).";
    } else {
      summary = total === 1 ? "1 row." : `${total.toLocaleString("en-US")} rows.`;
    }
    // Screen readers hear the heading and summary once, not every listed image.
    byId("details-status").textContent = `True ${classLabel(truth)}, predicted ${classLabel(predicted)}, ` +
      `${correct ? "correct" : "misclassified"}: ${summary}`;
    const body = byId("details-body");
    const withScores = rows.some((row) => Model.formatScore(row.score) !== "");
    const withImages = state.data.imageWidth > 0 && state.data.imageHeight > 0;
    body.replaceChildren(el("p", { class: "details-summary" },
      el("span", { id: "details-summary", text: summary }),
      withImages && rows.length > 0
        ? el("span", { class: "details-note",
          text: `Under each image: row key${withScores ? " and " + (state.data.scoreLabel || "score").toLowerCase() : ""}.` })
        : null));
    if (rows.length > 0) {
      body.append(withImages ? digitList(cell) : rowTable(cell));
    }
  }

  function digitList(cell) {
    const { imageWidth: width, imageHeight: height, scoreLabel } = state.data;
    const scale = Math.max(1, Math.min(8, Math.floor(IMAGE_BOX / Math.max(width, height))));
    const list = el("ul", { class: "digits" });
    cell.rows.forEach((row) => {
      const score = Model.formatScore(row.score);
      const rgba = Model.decodePixels(row.pixels, width, height);
      const description = `${row.rowKey}: true ${classLabel(cell.truth)}, predicted ${classLabel(cell.predicted)}` +
        (score ? `, ${scoreLabel || "score"} ${score}` : "");
      let picture;
      if (rgba) {
        picture = el("canvas", { width, height, role: "img", "aria-label": description,
          style: `width: ${width * scale}px; height: ${height * scale}px` });
        picture.getContext("2d").putImageData(new ImageData(rgba, width, height), 0, 0);
      } else {
        picture = el("div", { class: "no-image", role: "img", "aria-label": description + " (no image)",
          style: `width: ${width * scale}px; height: ${height * scale}px`, text: "no image" });
      }
      list.append(el("li", { class: "digit", title: description },
        picture,
        el("span", { class: "row-key", text: row.rowKey }),
        score ? el("span", { class: "score", text: score }) : null));
    });
    return list;
  }

  function rowTable(cell) {
    const withScores = cell.rows.some((row) => Model.formatScore(row.score) !== "");
    return el("table", { class: "rows-table" },
      el("thead", null, el("tr", null,
        el("th", { scope: "col", class: "index", text: "#" }),
        el("th", { scope: "col", text: "Row key" }),
        withScores ? el("th", { scope: "col", class: "score", text: state.data.scoreLabel || "Score" }) : null)),
      el("tbody", null, ...cell.rows.map((row, i) => el("tr", null,
        el("td", { class: "index", text: i + 1 }),
        el("td", { class: "row-key", text: row.rowKey }),
        withScores ? el("td", { class: "score", text: Model.formatScore(row.score) }) : null))));
  }

  // ---- page ---------------------------------------------------------------------------------------------------

  function buildModes() {
    const fieldset = byId("modes");
    for (const [mode, label] of Object.entries(Model.MODES)) {
      fieldset.append(el("label", { class: "segment" },
        el("input", { type: "radio", name: "mode", value: mode, checked: mode === state.mode,
          onchange: () => {
            state.mode = mode;
            paintMatrix();
          } }),
        el("span", { text: label })));
    }
  }

  function render(data) {
    state.data = Model.validate(data);
    document.title = data.title || "Scorer";
    byId("title").textContent = data.title || "Scorer";
    const total = data.counts.reduce((a, row) => a + row.reduce((b, c) => b + c, 0), 0);
    const correct = data.counts.reduce((a, row, t) => a + row[t], 0);
    const accuracy = typeof data.accuracy === "number" ? data.accuracy : correct / total;
    byId("summary").replaceChildren(
      el("span", { class: "accuracy" }, "Accuracy ", el("strong", { id: "accuracy", text: (100 * accuracy).toFixed(2) + " %" })),
      el("span", { text: `${correct.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows correct` }),
      el("span", { text: `${data.classes.length} classes` }));
    buildModes();
    buildMatrix();
    buildMetrics();
    paintMatrix();
    byId("message").hidden = true;
    byId("content").hidden = false;
    setState("ready");
  }

  async function start() {
    const { JsonDataService, AlertingService } = window.KnimeUIExtensionService;
    let data;
    try {
      const jsonDataService = await JsonDataService.getInstance();
      // The object returned by the node's initialData function; Java-side errors and warnings are shown by
      // KNIME itself (the service forwards them as alerts) and leave data undefined.
      data = await jsonDataService.initialData();
    } catch (error) {
      showMessage("The view could not load its data: " + error.message, "error");
      setState("error");
      return;
    }
    if (!data) {
      showMessage("No data to show. Execute the node to see its confusion matrix.");
      setState("empty");
      return;
    }
    try {
      render(data);
    } catch (error) {
      byId("content").hidden = true;
      showMessage(error.message, "error");
      setState("error");
      (await AlertingService.getInstance()).sendAlert({ type: "error", message: error.message });
    }
  }

  start();
})();
