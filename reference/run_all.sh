#!/usr/bin/env bash
# Regenerates every scikit-learn fixture under bundles/org.mnistlab.engine.tests/fixtures.
# Needs Debian's python3-sklearn (1.2.x) and MNIST in $MNIST_DIR (or pass --data DIR through "$@").
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
"$PY" random_reference.py "$@"
"$PY" svm_reference.py "$@"
