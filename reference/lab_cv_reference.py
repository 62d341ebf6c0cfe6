"""The lab's cross-validation steps on MNIST, as scikit-learn computes them (slow: about three minutes).

Writes two fixtures:
  lab_binary_cv.json      SGDClassifier(random_state=42) on X[:60000], y == '5', cv=3: cross_val_score accuracies,
                          cross_val_predict confusion matrix and P/R/F1, the out-of-fold decision scores' PR curve,
                          the threshold for 90% precision, P/R/F1 at thresholds 0 and 3000
  lab_multiclass_cv.json  SGDClassifier(random_state=42) on the first 2,000 digits, cv=3: accuracies raw and after
                          the lab's global StandardScaler, the confusion matrix of the scaled out-of-fold predictions;
                          in-fold scaling (Pipeline) and other configurations the lab does not use
"""
import time
import warnings

import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import (confusion_matrix, f1_score, precision_recall_curve, precision_score,
                             recall_score)
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from common import load_mnist, parse_args, provenance, write_fixture


def prf(y, pred):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {"precision": precision_score(y, pred), "recall": recall_score(y, pred), "f1": f1_score(y, pred)}


def at_threshold(y, scores, threshold):
    out = {}
    for name, pred in (("above", scores > threshold), ("at_or_above", scores >= threshold)):
        entry = prf(y, pred)
        entry["confusion"] = confusion_matrix(y, pred)
        out[name] = entry
    return out


def binary(X, y):
    X_train, y_train_5 = X[:60000], (y[:60000] == "5")
    sgd = SGDClassifier(random_state=42)
    t0 = time.time()
    accuracy = cross_val_score(sgd, X_train, y_train_5, cv=3, scoring="accuracy")
    t1 = time.time()
    y_train_pred = cross_val_predict(sgd, X_train, y_train_5, cv=3)
    t2 = time.time()
    y_scores = cross_val_predict(sgd, X_train, y_train_5, cv=3, method="decision_function")
    t3 = time.time()
    precisions, recalls, thresholds = precision_recall_curve(y_train_5, y_scores)
    idx_90 = int((precisions >= 0.90).argmax())
    threshold_90 = thresholds[idx_90]
    idx_3000 = int((thresholds >= 3000).argmax())     # the book's point on the curve for threshold 3000
    probe = [0, 1, 2, 11, 12345, 30000, 59999]
    return {
        "config": {"rows": "first 60000 (training set)", "target": "label == '5'",
                   "estimator": "SGDClassifier(random_state=42)", "cv": "3 (StratifiedKFold(3))"},
        "cv_accuracy": accuracy,
        "confusion": confusion_matrix(y_train_5, y_train_pred),
        "cv_predict": prf(y_train_5, y_train_pred),
        "predict_equals_positive_score": bool(np.array_equal(y_train_pred, y_scores > 0)),
        "fold_test_sizes": [len(t) for _, t in StratifiedKFold(3).split(X_train, y_train_5)],
        "scores_probe_rows": probe,
        "scores_probe": y_scores[probe],
        "scores_positive": int(np.sum(y_scores > 0)),
        "pr_curve": {
            "n_thresholds": len(thresholds), "n_distinct_scores": len(np.unique(y_scores)),
            "thresholds_first5": thresholds[:5], "thresholds_last5": thresholds[-5:],
            "precision_first5": precisions[:5], "recall_first5": recalls[:5],
            "precision_last5": precisions[-5:], "recall_last5": recalls[-5:],
        },
        "threshold_for_precision": {"target": 0.90, "index": idx_90, "threshold": threshold_90,
                                    **prf(y_train_5, y_scores >= threshold_90)},
        "curve_point_3000": {"index": idx_3000, "threshold": thresholds[idx_3000],
                             "precision": precisions[idx_3000], "recall": recalls[idx_3000]},
        "at_threshold": {"0": at_threshold(y_train_5, y_scores, 0), "3000": at_threshold(y_train_5, y_scores, 3000)},
        "sklearn_seconds": {"cross_val_score": t1 - t0, "cross_val_predict": t2 - t1,
                            "cross_val_predict_decision_function": t3 - t2},
    }


def multiclass_run(estimator, X, y, cv):
    t0 = time.time()
    accuracy = cross_val_score(estimator, X, y, cv=cv, scoring="accuracy")
    pred = cross_val_predict(estimator, X, y, cv=cv)
    scores = cross_val_predict(estimator, X, y, cv=cv, method="decision_function")
    return {"cv_accuracy": accuracy, "confusion": confusion_matrix(y, pred),
            "scores_first3": scores[:3], "sklearn_seconds": time.time() - t0}


def multiclass(X, y):
    X2000, y2000 = X[:2000], y[:2000]
    sgd = SGDClassifier(random_state=42)
    raw = multiclass_run(sgd, X2000, y2000, 3)
    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X2000.astype("float64"))
    scaled = multiclass_run(sgd, X_scaled, y2000, 3)
    pred = cross_val_predict(sgd, X_scaled, y2000, cv=3)
    scaled["confusion_normalized_true"] = confusion_matrix(y2000, pred, normalize="true")
    scaled["errors_only_normalized_true"] = confusion_matrix(y2000, pred, sample_weight=(pred != y2000),
                                                             normalize="true")
    in_fold = multiclass_run(make_pipeline(StandardScaler(), SGDClassifier(random_state=42)), X2000, y2000, 3)
    X1000, y1000 = X[:1000], y[:1000]
    shuffled = multiclass_run(make_pipeline(StandardScaler(), SGDClassifier(random_state=0)), X1000, y1000,
                              StratifiedKFold(5, shuffle=True, random_state=7))
    kfold_log = multiclass_run(SGDClassifier(loss="log_loss", random_state=3), X1000, y1000, KFold(4))
    return {
        "raw": {"config": {"rows": "first 2000", "estimator": "SGDClassifier(random_state=42)", "cv": "3"}, **raw},
        "scaled": {"config": {"rows": "first 2000", "scaling": "StandardScaler fitted on all 2000 rows (the lab)",
                              "estimator": "SGDClassifier(random_state=42)", "cv": "3"}, **scaled},
        "in_fold_scaled": {"config": {"rows": "first 2000",
                                      "estimator": "make_pipeline(StandardScaler(), SGDClassifier(random_state=42))",
                                      "cv": "3"}, **in_fold},
        "shuffled_5fold": {"config": {"rows": "first 1000",
                                      "estimator": "make_pipeline(StandardScaler(), SGDClassifier(random_state=0))",
                                      "cv": "StratifiedKFold(5, shuffle=True, random_state=7)"}, **shuffled},
        "kfold_log_loss": {"config": {"rows": "first 1000",
                                      "estimator": "SGDClassifier(loss='log_loss', random_state=3)",
                                      "cv": "KFold(4)"}, **kfold_log},
    }


def main():
    args = parse_args(__doc__)
    X, y = load_mnist(args.data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_fixture(args.out, "lab_multiclass_cv.json", {"provenance": provenance(), **multiclass(X, y)})
        write_fixture(args.out, "lab_binary_cv.json", {"provenance": provenance(), **binary(X, y)})


if __name__ == "__main__":
    main()
