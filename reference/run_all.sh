#!/usr/bin/env bash
# Regenerates every scikit-learn fixture under bundles/org.mnistlab.engine.tests/fixtures.
# Needs Debian's python3-sklearn (1.2.x) and MNIST in $MNIST_DIR (or pass --data DIR through "$@").
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
"$PY" random_reference.py "$@"
"$PY" mnist_reference.py "$@"
"$PY" split_reference.py "$@"
"$PY" sgd_reference.py "$@"
"$PY" sgd_verbose_reference.py "$@"
"$PY" lab_reference.py --fixture lab_default.json "$@"
"$PY" lab_reference.py --fixture lab_alt.json --seed 7 --positive 3 --threshold 2500.5 --target-precision 0.8 \
  --svc-rows 1500 --multi-rows 1200 --folds 4 "$@"
# Workflows 2 and 3 with the digit and the seed changed where the workflows say (the SGD Learner), all else the lab's
"$PY" lab_reference.py --fixture lab_positive3_seed7.json --seed 7 --positive 3 "$@"
"$PY" svm_reference.py "$@"
"$PY" cv_metrics_reference.py "$@"
"$PY" roc_reference.py "$@"
"$PY" lab_cv_reference.py "$@"
