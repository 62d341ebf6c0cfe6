"""Splitters, StandardScaler, classification metrics and precision-recall curves the Java engine must reproduce.

Writes four fixtures:
  cv_metrics_splits.json          StratifiedKFold / KFold test folds (several y vectors, k, seeds) and their errors
  cv_metrics_scaler.json          StandardScaler mean_/var_/scale_ and transforms (synthetic; MNIST X[:2000])
  cv_metrics_classification.json  confusion matrices, accuracy, precision/recall/F1, classification reports
  cv_metrics_pr_curve.json        precision_recall_curve arrays and the lab's threshold tools on synthetic scores
Synthetic inputs are stored inside the fixtures; MNIST subsets are named by their rows.
"""
import warnings

import numpy as np
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix, f1_score,
                             precision_recall_curve, precision_recall_fscore_support, precision_score,
                             recall_score)
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.preprocessing import StandardScaler

from common import load_mnist, parse_args, provenance, write_fixture


def caught(fn):
    """Result of fn() and the messages of the warnings it raised."""
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        result = fn()
    return result, [str(x.message) for x in w]


def test_folds(splitter, y):
    folds = np.full(len(y), -1)
    for i, (_, test) in enumerate(splitter.split(np.zeros((len(y), 1)), y)):
        folds[test] = i
    return folds


# ---------------------------------------------------------------------------------------------------- splits

def split_cases():
    rs = np.random.RandomState(2024)
    ys = {
        "imbalanced_binary": ["a"] * 3 + ["b"] + ["a"] * 7 + ["b", "b"] + ["a"] * 4,
        "unusual_order": list("zbzabaazzbqbaazqzbbzaqzz"),
        "digits_97": [str(v) for v in rs.randint(0, 10, size=97)],
        "skewed_5": [str(v) for v in rs.choice(5, size=61, p=[0.5, 0.2, 0.15, 0.1, 0.05])],
        "blocks_3": ["c"] * 9 + ["a"] * 8 + ["b"] * 7,
        "two_equal": ["x", "y"] * 10,
    }
    cases = []
    for name, y in ys.items():
        for k in range(2, 11):
            if k > len(y):
                continue
            for shuffle, seed in [(False, None), (True, 0), (True, 1), (True, 42), (True, 12345)]:
                try:
                    folds, warns = caught(lambda: test_folds(
                        StratifiedKFold(k, shuffle=shuffle, random_state=seed), np.array(y, dtype=object)))
                except ValueError as e:
                    cases.append({"y": name, "n_splits": k,
                                  "shuffle": shuffle, "random_state": seed, "error": str(e)})
                    continue
                cases.append({"y": name, "n_splits": k, "shuffle": shuffle,
                              "random_state": seed, "test_folds": folds, "warnings": warns})
    kfold = []
    for n in (2, 7, 23, 50):
        for k in range(2, 11):
            if k > n:
                continue
            for shuffle, seed in [(False, None), (True, 0), (True, 42), (True, 2**32 - 1)]:
                folds = test_folds(KFold(k, shuffle=shuffle, random_state=seed), np.zeros(n))
                kfold.append({"n": n, "n_splits": k, "shuffle": shuffle, "random_state": seed,
                              "test_folds": folds})
    errors = []
    for what, fn in [
        ("stratified_k1", lambda: StratifiedKFold(1)),
        ("kfold_k1", lambda: KFold(1)),
        ("stratified_seed_without_shuffle", lambda: StratifiedKFold(3, random_state=1)),
        ("kfold_seed_without_shuffle", lambda: KFold(3, random_state=1)),
        ("kfold_more_splits_than_samples", lambda: list(KFold(5).split(np.zeros((3, 1))))),
        ("stratified_more_splits_than_samples",
         lambda: list(StratifiedKFold(5).split(np.zeros((3, 1)), np.array(["a", "b", "a"])))),
        ("stratified_all_classes_too_small",
         lambda: list(StratifiedKFold(3).split(np.zeros((4, 1)), np.array(["a", "b", "a", "b"])))),
    ]:
        try:
            fn()
            errors.append({"case": what, "error": None})
        except ValueError as e:
            errors.append({"case": what, "error": str(e)})
    return {"y": ys, "stratified": cases, "kfold": kfold, "errors": errors}


# ---------------------------------------------------------------------------------------------------- scaler

def synthetic_scaler_data():
    rs = np.random.RandomState(7)
    n = 40
    cols = [
        rs.standard_normal(n) * 3 + 5,                      # ordinary
        np.full(n, 7.0),                                    # constant
        np.zeros(n),                                        # all zero
        1e9 + rs.standard_normal(n) * 1e-3,                 # large offset, small but real variance
        1e9 + rs.standard_normal(n) * 1e-7,                 # numerically constant: scale 1
        np.where(rs.uniform(size=n) < 0.8, 0.0, rs.randint(1, 256, size=n)).astype(float),  # pixel-like
        rs.standard_normal(n) * 1e-300,                     # variance underflows to 0
        np.where(rs.uniform(size=n) < 0.5, -0.0, 0.0),      # signed zeros
        rs.standard_normal(n) * 1e150,                      # huge values
    ]
    return np.column_stack(cols)


def scaler_case(X, with_mean, with_std):
    s = StandardScaler(with_mean=with_mean, with_std=with_std).fit(X)
    return {"with_mean": with_mean, "with_std": with_std,
            "mean": None if s.mean_ is None else s.mean_,
            "var": None if s.var_ is None else s.var_,
            "scale": None if s.scale_ is None else s.scale_,
            "n_samples_seen": int(s.n_samples_seen_),
            "transformed": s.transform(X)}


def scaler_fixture(mnist_x):
    X = synthetic_scaler_data()
    synthetic = [scaler_case(X, m, s) for m in (True, False) for s in (True, False)]
    one_row = scaler_case(X[:1], True, True)
    X2000 = mnist_x[:2000].astype("float64")
    s = StandardScaler().fit(X2000)
    Xs = s.transform(X2000)
    # the training part of fold 0 of StratifiedKFold(3) on the lab's 2,000 digits: rows in ascending order
    return X, synthetic, one_row, X2000, s, Xs


# ---------------------------------------------------------------------------------------------------- metrics

def metrics_case(name, y_true, y_pred, pos_labels):
    y_true = np.array(y_true, dtype=object)
    y_pred = np.array(y_pred, dtype=object)
    case = {"name": name, "y_true": y_true, "y_pred": y_pred}
    labels = np.unique(np.concatenate([y_true, y_pred]))
    case["labels"] = labels
    case["confusion"] = confusion_matrix(y_true, y_pred)
    for norm in ("true", "pred", "all"):
        case["confusion_" + norm] = confusion_matrix(y_true, y_pred, normalize=norm)
    errors = (y_true != y_pred)
    case["errors_only_true"] = confusion_matrix(y_true, y_pred, sample_weight=errors, normalize="true")
    case["errors_only_counts"] = confusion_matrix(y_true, y_pred, sample_weight=errors)
    case["accuracy"] = accuracy_score(y_true, y_pred)
    for zd_name, zd in (("warn", "warn"), ("one", 1)):
        per, _ = caught(lambda: precision_recall_fscore_support(y_true, y_pred, average=None, zero_division=zd))
        case["per_class_" + zd_name] = {"precision": per[0], "recall": per[1], "f1": per[2], "support": per[3]}
        for avg in ("macro", "micro", "weighted"):
            r, _ = caught(lambda: precision_recall_fscore_support(y_true, y_pred, average=avg, zero_division=zd))
            case[avg + "_" + zd_name] = {"precision": r[0], "recall": r[1], "f1": r[2]}
        for pos in pos_labels:
            r, _ = caught(lambda: [precision_score(y_true, y_pred, pos_label=pos, zero_division=zd),
                                   recall_score(y_true, y_pred, pos_label=pos, zero_division=zd),
                                   f1_score(y_true, y_pred, pos_label=pos, zero_division=zd)])
            case.setdefault("binary_" + zd_name, {})[pos] = {"precision": r[0], "recall": r[1], "f1": r[2]}
    report, _ = caught(lambda: classification_report(y_true, y_pred, output_dict=True))
    case["report"] = report
    if len(labels) > 2:
        try:
            precision_score(y_true, y_pred, pos_label=labels[0])
        except ValueError as e:
            case["binary_error"] = str(e)
    return case


def metrics_fixture():
    rs = np.random.RandomState(11)
    cases = []
    t = rs.uniform(size=50) < 0.3
    p = np.where(rs.uniform(size=50) < 0.8, t, ~t)
    cases.append(metrics_case("binary", np.where(t, "True", "False"), np.where(p, "True", "False"),
                              ["True", "False"]))
    yt = rs.randint(0, 5, size=60)
    yp = np.where(rs.uniform(size=60) < 0.6, yt, rs.randint(0, 6, size=60))
    yp[yp == 4] = 3                      # class 4 is never predicted; class 5 only predicted
    cases.append(metrics_case("multiclass_absent", [str(v) for v in yt], [str(v) for v in yp], []))
    yt = rs.randint(0, 10, size=300)
    yp = np.where(rs.uniform(size=300) < 0.85, yt, rs.randint(0, 10, size=300))
    cases.append(metrics_case("digits", [str(v) for v in yt], [str(v) for v in yp], []))
    cases.append(metrics_case("never_positive", ["False", "True", "False", "False"],
                              ["False", "False", "False", "False"], ["True", "False"]))
    cases.append(metrics_case("one_label", ["b", "b", "b"], ["b", "b", "b"], ["b"]))
    cases.append(metrics_case("words", ["cat", "dog", "ant", "dog", "cat", "cat", "bee", "ant"],
                              ["cat", "cat", "ant", "dog", "bee", "cat", "bee", "dog"], []))
    return cases


# ---------------------------------------------------------------------------------------------------- PR curves

def metrics_at(y, s, threshold, strict):
    pred = s > threshold if strict else s >= threshold
    (p, r, f), _ = caught(lambda: (precision_score(y, pred), recall_score(y, pred), f1_score(y, pred)))
    cm = confusion_matrix(y, pred, labels=[False, True])
    return {"threshold": threshold, "strict": strict, "tn": cm[0, 0], "fp": cm[0, 1], "fn": cm[1, 0],
            "tp": cm[1, 1], "precision": p, "recall": r, "f1": f}


def pr_case(name, y, s):
    y = np.asarray(y, dtype=bool)
    s = np.asarray(s, dtype=float)
    (precision, recall, thresholds), warns = caught(lambda: precision_recall_curve(y, s))
    case = {"name": name, "truth": y, "scores": s, "precision": precision, "recall": recall,
            "thresholds": thresholds, "warnings": warns}
    targets = []
    for target in (0.5, 0.8, 0.9, 1.0):
        idx = int((precision >= target).argmax())           # the lab's idx_for_90_precision
        entry = {"target": target, "index": idx}
        if idx < len(thresholds):
            entry["threshold"] = thresholds[idx]
            entry["at"] = metrics_at(y, s, thresholds[idx], False)   # the lab's y_scores >= threshold
        targets.append(entry)
    case["precision_targets"] = targets
    targets = []
    for target in (0.25, 0.5, 0.9, 1.0):
        # the highest threshold whose recall still reaches the target
        idx = int(np.nonzero(recall[:-1] >= target)[0].max())
        targets.append({"target": target, "index": idx, "threshold": thresholds[idx],
                        "at": metrics_at(y, s, thresholds[idx], False)})
    case["recall_targets"] = targets
    fixed = sorted({0.0, float(np.median(s)), float(s.max()) + 1.0, float(s.min()), float(s[0])})
    case["fixed"] = [metrics_at(y, s, t, strict) for t in fixed for strict in (True, False)]
    return case


def pr_fixture():
    rs = np.random.RandomState(5)
    cases = [pr_case("docstring", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])]
    y = rs.uniform(size=30) < 0.4
    cases.append(pr_case("ties_30", y, np.round(rs.standard_normal(30) + y, 1)))
    cases.append(pr_case("signed_zeros", [1, 0, 1, 0, 0, 1, 1, 0],
                         [0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.5]))
    cases.append(pr_case("signed_zeros_negative_first", [0, 1, 1, 0], [-0.0, 0.0, 2.0, 0.0]))
    cases.append(pr_case("all_negative", [0, 0, 0, 0, 0], [0.3, 0.1, 0.3, -2.0, 5.0]))
    cases.append(pr_case("all_positive", [1, 1, 1], [0.2, 0.2, -1.0]))
    cases.append(pr_case("single", [1], [3.5]))
    y = rs.uniform(size=2000) < 0.1
    cases.append(pr_case("many_ties_2000", y, np.round(rs.standard_normal(2000) * 3 + 4 * y)))
    y = rs.uniform(size=500) < 0.5
    cases.append(pr_case("distinct_500", y, rs.standard_normal(500) * 1000 + 800 * y))
    # one-vs-rest curves for multiclass scores
    truth = rs.randint(0, 3, size=40)
    scores = np.round(rs.standard_normal((40, 3)) + np.eye(3)[truth], 1)
    ovr = []
    for k in range(3):
        p, r, t = precision_recall_curve(truth == k, scores[:, k])
        ovr.append({"precision": p, "recall": r, "thresholds": t})
    return cases, {"truth": truth, "scores": scores, "curves": ovr}


def main():
    args = parse_args(__doc__)
    X_mnist, y_mnist = load_mnist(args.data)

    write_fixture(args.out, "cv_metrics_splits.json", {"provenance": provenance(), **split_cases()})

    X, synthetic, one_row, X2000, s2000, Xs = scaler_fixture(X_mnist)
    fold0_train = next(iter(StratifiedKFold(3).split(X2000, y_mnist[:2000])))[0]
    s_fold = StandardScaler().fit(X2000[fold0_train])
    rows = [0, 1, 1999]
    write_fixture(args.out, "cv_metrics_scaler.json", {
        "provenance": provenance(),
        "synthetic": {"x": X, "cases": synthetic, "one_row": one_row},
        "mnist_2000": {"rows": "first 2000 training images as float64", "mean": s2000.mean_, "var": s2000.var_,
                       "scale": s2000.scale_, "n_samples_seen": int(s2000.n_samples_seen_),
                       "transformed_rows": rows, "transformed": Xs[rows]},
        "mnist_2000_fold0_train": {"rows": "training part of fold 0 of StratifiedKFold(3) on the first 2000",
                                   "train_size": len(fold0_train), "mean": s_fold.mean_, "scale": s_fold.scale_},
    })

    write_fixture(args.out, "cv_metrics_classification.json",
                  {"provenance": provenance(), "cases": metrics_fixture()})

    cases, ovr = pr_fixture()
    write_fixture(args.out, "cv_metrics_pr_curve.json", {"provenance": provenance(), "cases": cases,
                                                         "one_vs_rest": ovr})


if __name__ == "__main__":
    main()
