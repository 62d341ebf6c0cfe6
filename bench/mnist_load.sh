#!/usr/bin/env bash
# Reading all 70,000 MNIST images, Java engine vs numpy (the reference scripts' reader, float64 as the lab uses it),
# in one command. Not a test: prints times and memory.
#   bench/mnist_load.sh [--data DIR]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data=
if [ "${1:-}" = --data ]; then data=$2; shift 2; fi
bench_need_python
data=$(bench_data "$data")
bench_build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$bench_classpath" "$bench_root/bench/MnistLoadBench.java"
# 80 MB of heap is the budget for the dataset; the JVM gets exactly that to show the load fits in it
java -Xmx80m -cp "$work:$bench_classpath" MnistLoadBench "$data"
cd "$bench_root/reference"
"$bench_python" - "$data" <<'PY'
import resource, sys, time
import common
t = time.perf_counter(); X, y = common.load_mnist(sys.argv[1]); first = time.perf_counter() - t
warm = []
for _ in range(5):
    t = time.perf_counter(); X, y = common.load_mnist(sys.argv[1]); warm.append(time.perf_counter() - t)
print("numpy load_mnist (float64 X, str y): first %.0f ms, warm best %.0f ms; X %.1f MB, peak RSS %.0f MB"
      % (first * 1e3, min(warm) * 1e3, X.nbytes / 1e6, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3))
PY
