#!/usr/bin/env bash
# The lab's SGDClassifier fits, Java engine vs scikit-learn 1.2.1, on the same MNIST data in one command: binary '5'
# on X[:60000] and 10-class on X[:2000], random_state=42. Prints times and ratios and checks that both give the same
# numbers (n_iter, intercepts bit for bit, decision values of images 0..11 to 1e-9). Not a test.
#   bench/sgd_bench.sh [--data DIR] [--binary-runs N] [--multi-runs N]     (defaults: 3 and 5 runs)
set -euo pipefail
source "$(dirname "$0")/common.sh"
data= binary_runs=3 multi_runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --binary-runs) binary_runs=$2; shift 2 ;;
    --multi-runs) multi_runs=$2; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
bench_need_python
data=$(bench_data "$data")
bench_build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$bench_classpath" "$bench_root/bench/SgdBench.java"
echo "== Java engine ($binary_runs binary fits, $multi_runs multiclass fits per thread count, fresh JVM)"
java -cp "$work:$bench_classpath" SgdBench "$data" "$binary_runs" "$multi_runs" | tee "$work/java.txt"
echo "== scikit-learn $("$bench_python" -c 'import sklearn; print(sklearn.__version__)') (1 binary fit, $multi_runs multiclass fits)"
cd "$bench_root/reference"
"$bench_python" - "$data" "$multi_runs" "$work/java.txt" <<'PY'
import sys, time
import numpy as np
from sklearn.linear_model import SGDClassifier
import common

data, multi_runs, java_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
java = dict(line.split(" ", 1) for line in open(java_file).read().splitlines())
X, y = common.load_mnist(data)

cpu, t = time.process_time(), time.perf_counter()
binary = SGDClassifier(random_state=42).fit(X[:60000], y[:60000] == "5")
binary_s, binary_cpu_s = time.perf_counter() - t, time.process_time() - cpu
multi_times = []
for _ in range(multi_runs):
    t = time.perf_counter()
    multi = SGDClassifier(random_state=42).fit(X[:2000], y[:2000])
    multi_times.append(time.perf_counter() - t)
print("binary_s %.3f  binary_cpu_s %.3f  multi_first_s %.3f  multi_best_s %.3f"
      % (binary_s, binary_cpu_s, multi_times[0], min(multi_times)))

problems = []
if int(java["binary_n_iter"]) != binary.n_iter_:
    problems.append("binary n_iter %s != %d" % (java["binary_n_iter"], binary.n_iter_))
if float(java["binary_intercept"]) != binary.intercept_[0]:
    problems.append("binary intercept %s != %r" % (java["binary_intercept"], binary.intercept_[0]))
dec = binary.decision_function(X[:12])
ours = np.array([float(java["binary_decision_%d" % i]) for i in range(12)])
if np.max(np.abs(ours - dec)) > 1e-9 * np.max(np.abs(dec)):
    problems.append("binary decision values differ: %s vs %s" % (ours, dec))
if int(java["multi_n_iter"]) != multi.n_iter_:
    problems.append("multiclass n_iter %s != %d" % (java["multi_n_iter"], multi.n_iter_))
for k, v in enumerate(multi.intercept_):
    if float(java["multi_intercept_%d" % k]) != v:
        problems.append("multiclass intercept %d: %s != %r" % (k, java["multi_intercept_%d" % k], v))

threads = java["threads"]
print("== same numbers: %s (binary n_iter %d, intercept %r; multiclass n_iter %d)"
      % ("yes" if not problems else "NO", binary.n_iter_, binary.intercept_[0], multi.n_iter_))
for p in problems:
    print("   " + p)
print("== sklearn time / Java time (higher is better for Java)")
print("binary fit X[:60000]     first Java fit %5.1fx   best of Java fits %5.1fx   (CPU time, first fit: %.1fx)"
      % (binary_s / float(java["binary_first_s"]), binary_s / float(java["binary_best_s"]),
         binary_cpu_s / float(java["binary_first_cpu_s"])))
for t in sorted({"1", threads}):
    print("multiclass X[:2000] %2s thread(s): first %5.1fx   best %5.1fx"
          % (t, min(multi_times) / float(java["multi_t%s_first_s" % t]), min(multi_times) / float(java["multi_t%s_best_s" % t])))
sys.exit(1 if problems else 0)
PY
