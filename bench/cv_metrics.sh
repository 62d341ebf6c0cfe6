#!/usr/bin/env bash
# The lab's cross-validation and metric steps, Java engine vs scikit-learn 1.2, in one command. Not a test: prints
# times. scikit-learn needs three cross-validation calls (cross_val_score, cross_val_predict, cross_val_predict with
# decision_function) for what the engine gets from one pass; its side takes about two minutes.
#   bench/cv_metrics.sh [--data DIR]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data=
if [ "${1:-}" = --data ]; then data=$2; shift 2; fi
bench_need_python
data=$(bench_data "$data")
bench_build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$bench_classpath" "$bench_root/bench/CvMetricsBench.java"
java -cp "$work:$bench_classpath" CvMetricsBench "$data"
cd "$bench_root/reference"
"$bench_python" - "$data" <<'PY'
import sys, time, warnings
import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import precision_recall_curve, precision_score, recall_score
from sklearn.model_selection import cross_val_predict, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
import common
warnings.simplefilter("ignore")
X, y = common.load_mnist(sys.argv[1])
X, y5 = X[:60000], y[:60000] == "5"
times = []
for _ in range(3):
    t = time.perf_counter(); StandardScaler().fit(X); times.append(time.perf_counter() - t)
print("sklearn StandardScaler.fit 60000x784: best of 3 %.3f s" % min(times))
sgd = SGDClassifier(random_state=42)
t = time.perf_counter()
acc = cross_val_score(sgd, X, y5, cv=3, scoring="accuracy")
cross_val_predict(sgd, X, y5, cv=3)
scores = cross_val_predict(sgd, X, y5, cv=3, method="decision_function")
print("sklearn binary CV (three calls): %.2f s, accuracy %s" % (time.perf_counter() - t, acc.tolist()))
t = time.perf_counter()
p, r, th = precision_recall_curve(y5, scores)
t90 = th[(p >= 0.90).argmax()]
pred = scores >= t90
prec, rec = precision_score(y5, pred), recall_score(y5, pred)
print("sklearn PR curve (%d thresholds) + 90%% precision threshold + metrics: %.3f s (threshold %.4f, precision %.6f,"
      " recall %.6f)" % (len(th), time.perf_counter() - t, t90, prec, rec))
X2, y2 = X[:2000], y[:2000]
t = time.perf_counter()
Xs = StandardScaler().fit_transform(X2)
acc = cross_val_score(sgd, Xs, y2, cv=3, scoring="accuracy")
cross_val_predict(sgd, Xs, y2, cv=3)
cross_val_predict(sgd, Xs, y2, cv=3, method="decision_function")
print("sklearn multiclass CV on 2000 globally scaled digits (three calls): %.2f s, accuracy %s"
      % (time.perf_counter() - t, acc.tolist()))
t = time.perf_counter()
pipe = make_pipeline(StandardScaler(), SGDClassifier(random_state=42))
acc = cross_val_score(pipe, X2, y2, cv=3, scoring="accuracy")
cross_val_predict(pipe, X2, y2, cv=3)
cross_val_predict(pipe, X2, y2, cv=3, method="decision_function")
print("sklearn multiclass CV on 2000 digits scaled in each fold (three calls): %.2f s, accuracy %s"
      % (time.perf_counter() - t, acc.tolist()))
PY
