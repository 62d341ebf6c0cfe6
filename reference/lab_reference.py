"""The whole lab in scikit-learn, written in the runner's results.json schema (see DESIGN, "Headless runner").

Used twice: to record the lab fixtures the Java tests compare against (fixtures/lab_*.json), and by the benchmark
as the scikit-learn side of a timed, same-machine comparison (--out FILE, --no-provenance).

Each step follows the Hands-On ML chapter 3 notebook; comments say where the lab's wording is ambiguous and
which reading the runner uses.
"""
import argparse
import contextlib
import io
import json
import os
import re
import sys
import time
import warnings

import numpy as np
from sklearn.base import clone
from sklearn.linear_model import SGDClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import (confusion_matrix, f1_score, precision_recall_curve, precision_score, recall_score,
                             roc_auc_score, roc_curve)
from sklearn.model_selection import cross_val_predict, cross_val_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from common import FIXTURES, load_mnist, provenance, to_jsonable


def metrics_at(y_true, y_pred):
    return {"precision": precision_score(y_true, y_pred), "recall": recall_score(y_true, y_pred),
            "f1": f1_score(y_true, y_pred)}


EPOCH = re.compile(r"Norm: (\S+), NNZs: (\d+), Bias: (\S+), T: (\d+), Avg\. loss: (\S+)")


def verbose_fit(sgd, X, y):
    """Fits with verbose=2 and returns the printed log in results.json's training_log form. The numbers are those
    printed (Norm to 2 decimals, Bias and Avg. loss to 6), so compare them at that precision."""
    text = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(text):
        warnings.simplefilter("always")
        sgd.set_params(verbose=2).fit(X, y)
    sgd.set_params(verbose=0)
    lines = text.getvalue().splitlines()
    epochs = []
    for line in lines:
        m = EPOCH.fullmatch(line)
        if m:
            epochs.append({"epoch": len(epochs) + 1, "norm": float(m[1]), "nnz": int(m[2]), "bias": float(m[3]),
                           "t": int(m[4]), "avg_loss": float(m[5])})
    log = {"stopped": "converged" if any(l.startswith("Convergence after") for l in lines) else "max_iter"}
    for w in caught:
        if issubclass(w.category, ConvergenceWarning):
            log["warning"] = str(w.message)
    log["epochs"] = epochs
    return log


def svc_errors(model, X, y, first):
    pred = model.predict(X[:first])
    scores = model.decision_function(X[:first])
    return [{"index": i, "label": y[i], "predicted": pred[i], "scores": scores[i].tolist()}
            for i in range(first) if pred[i] != y[i]]


def run(X, y, seed, positive, threshold, threshold_text, target_precision, svc_rows, multi_rows, folds):
    timing = {}
    out = {}
    t_total = time.perf_counter()

    def step(name):
        timing[name] = time.perf_counter()

    def done(name):
        timing[name] = time.perf_counter() - timing[name]

    X_train, X_test, y_train, y_test = X[:60000], X[60000:], y[:60000], y[60000:]
    out["dataset"] = {"train": len(X_train), "test": len(X_test), "features": X.shape[1]}
    y_train_5 = y_train == positive

    step("binary_fit")
    # the lab's first model, printing its training log as the chapter's verbose=2 variant does; verbose is reset
    # before the clones below
    sgd = SGDClassifier(random_state=seed)
    training_log = verbose_fit(sgd, X_train, y_train_5)
    done("binary_fit")
    b = {"epochs": int(sgd.n_iter_), "predict_first3": sgd.predict(X[:3]).tolist()}

    # The lab calls cross-validation three times: scores, predictions, decision values.
    step("binary_cv")
    b["cv_accuracy"] = cross_val_score(clone(sgd), X_train, y_train_5, cv=folds, scoring="accuracy").tolist()
    y_train_pred = cross_val_predict(clone(sgd), X_train, y_train_5, cv=folds)
    y_scores = cross_val_predict(clone(sgd), X_train, y_train_5, cv=folds, method="decision_function")
    done("binary_cv")
    b["confusion_matrix"] = confusion_matrix(y_train_5, y_train_pred).tolist()
    b.update(metrics_at(y_train_5, y_train_pred))
    b["decision_first12"] = sgd.decision_function(X[:12]).tolist()

    step("thresholds")
    precisions, recalls, thresholds = precision_recall_curve(y_train_5, y_scores)
    b["pr_curve_thresholds"] = len(thresholds)
    # Metrics "at threshold t" count a score as positive when score >= t: the convention of
    # precision_recall_curve and of the lab's y_scores >= threshold_for_90_precision.
    b["at_threshold"] = {"0": metrics_at(y_train_5, y_scores >= 0),
                         threshold_text: metrics_at(y_train_5, y_scores >= threshold)}
    idx = (precisions >= target_precision).argmax()
    t90 = thresholds[idx]
    pred90 = y_scores >= t90
    b["threshold_for_precision"] = {"target": target_precision, "threshold": t90,
                                    "precision": precision_score(y_train_5, pred90),
                                    "recall": recall_score(y_train_5, pred90)}
    done("thresholds")
    step("roc")
    _, _, roc_thresholds = roc_curve(y_train_5, y_scores)
    b["roc_curve_points"] = len(roc_thresholds)
    b["roc_auc"] = roc_auc_score(y_train_5, y_scores)
    done("roc")
    b["training_log"] = training_log
    out["binary_sgd"] = b

    step("svc")
    svc = SVC(random_state=seed).fit(X_train[:svc_rows], y_train[:svc_rows])
    out["svc_ovo"] = {"errors_first100": svc_errors(svc, X_train, y_train, 100)}
    done("svc")
    step("svc_ovr")
    ovr = OneVsRestClassifier(SVC(random_state=seed)).fit(X_train[:svc_rows], y_train[:svc_rows])
    out["svc_ovr"] = {"errors_first100": svc_errors(ovr, X_train, y_train, 100)}
    done("svc_ovr")

    step("multiclass")
    Xm, ym = X_train[:multi_rows], y_train[:multi_rows]
    msgd = SGDClassifier(random_state=seed).fit(Xm, ym)
    m = {"train_errors_first500": [int(i) for i in np.flatnonzero(msgd.predict(X_train[:500]) != y_train[:500])],
         "test_errors_first500": int((msgd.predict(X_test[:500]) != y_test[:500]).sum()),
         "cv_accuracy": cross_val_score(clone(msgd), Xm, ym, cv=folds, scoring="accuracy").tolist()}
    scaled = StandardScaler().fit_transform(Xm.astype("float64"))
    m["cv_accuracy_scaled"] = cross_val_score(clone(msgd), scaled, ym, cv=folds, scoring="accuracy").tolist()
    cm = confusion_matrix(ym, cross_val_predict(clone(msgd), scaled, ym, cv=folds))
    m["confusion_matrix_scaled"] = cm.tolist()
    normalized = cm / cm.sum(axis=1, keepdims=True)
    m["confusion_normalized_diagonal"] = np.diag(normalized).tolist()
    off = normalized.copy()
    np.fill_diagonal(off, -1.0)
    t, p = np.unravel_index(np.argmax(off), off.shape)  # first maximum in row-major order
    classes = np.unique(ym)
    m["largest_confusion"] = {"true": classes[t], "predicted": classes[p], "rate": off[t, p]}
    done("multiclass")
    out["sgd_multiclass"] = m

    timing["total"] = time.perf_counter() - t_total
    out["timing_s"] = timing
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default=os.environ.get("MNIST_DIR"), help="folder with the MNIST IDX files")
    p.add_argument("--out", help="write this results.json instead of a fixture")
    p.add_argument("--fixture", help="fixture file name under fixtures/ (default: lab_<config>.json)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--positive", default="5")
    p.add_argument("--threshold", default="3000")
    p.add_argument("--target-precision", type=float, default=0.90)
    p.add_argument("--svc-rows", type=int, default=2000)
    p.add_argument("--multi-rows", type=int, default=2000)
    p.add_argument("--folds", type=int, default=3)
    a = p.parse_args()
    if not a.data:
        p.error("MNIST is needed: pass --data DIR or set MNIST_DIR")
    X, y = load_mnist(a.data)
    res = run(X, y, a.seed, a.positive, float(a.threshold), a.threshold, a.target_precision, a.svc_rows,
              a.multi_rows, a.folds)
    config = {"seed": a.seed, "positive": a.positive, "threshold": a.threshold,
              "target_precision": a.target_precision, "svc_rows": a.svc_rows, "multi_rows": a.multi_rows,
              "folds": a.folds}
    if a.out:
        with open(a.out, "w") as f:
            json.dump(to_jsonable(res), f, indent=1)
        return
    res["config"] = config
    res["provenance"] = provenance()
    name = a.fixture or "lab_default.json"
    path = os.path.join(FIXTURES, name)
    with open(path, "w") as f:
        json.dump(to_jsonable(res), f, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path), file=sys.stderr)


if __name__ == "__main__":
    main()
