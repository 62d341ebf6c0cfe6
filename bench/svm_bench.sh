#!/usr/bin/env bash
# SVC() and OneVsRestClassifier(SVC()) on the first 2,000 MNIST training images: scikit-learn 1.2.1 against the
# engine, in one command, with time ratios (scikit-learn / ours; > 1 means we are faster). Also checks that both
# predict images 0..99 identically. Not part of the test suite.
#
# usage: bench/svm_bench.sh [--data DIR] [--rows N] [--reps R] [--threads T]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$bench_root"
DATA= ROWS=2000 REPS=5 THREADS=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --rows) ROWS=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
bench_need_python
bench_need_command bc bc
DATA=$(bench_data "$DATA")
bench_build
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

javac -d "$WORK/classes" -cp "$bench_classpath" bench/SvmBench.java

"$bench_python" - "$DATA" "$ROWS" "$REPS" "$WORK/sklearn.txt" <<'PY'
import statistics, sys, time
sys.path.insert(0, "reference")
from common import load_mnist
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import SVC
folder, rows, reps, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
X, y = load_mnist(folder)
Xs, ys = X[:rows], y[:rows]
svc, ovr, svc_cpu, ovr_cpu = [], [], [], []
for _ in range(reps):
    t, c = time.perf_counter(), time.process_time()
    s = SVC().fit(Xs, ys)
    svc.append(time.perf_counter() - t); svc_cpu.append(time.process_time() - c)
for _ in range(reps):
    t, c = time.perf_counter(), time.process_time()
    o = OneVsRestClassifier(SVC()).fit(Xs, ys)
    ovr.append(time.perf_counter() - t); ovr_cpu.append(time.process_time() - c)
warm = lambda ts: statistics.median(ts[1:]) if len(ts) > 1 else ts[0]
with open(out, "w") as f:
    f.write("svc_cold %.4f\nsvc_warm %.4f\novr_cold %.4f\novr_warm %.4f\n" % (svc[0], warm(svc), ovr[0], warm(ovr)))
    f.write("svc_cold_cpu %.4f\nsvc_warm_cpu %.4f\novr_cold_cpu %.4f\novr_warm_cpu %.4f\n"
            % (svc_cpu[0], warm(svc_cpu), ovr_cpu[0], warm(ovr_cpu)))
    f.write("svc_predict " + ",".join(s.predict(X[:100])) + "\n")
    f.write("ovr_predict " + ",".join(o.predict(X[:100])) + "\n")
PY

java -Xmx1g -cp "$WORK/classes:$bench_classpath" SvmBench "$DATA" "$ROWS" "$REPS" "$THREADS" "$WORK/ours.txt"

value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
echo "SVC / OneVsRest(SVC) fit on the first $ROWS MNIST training images; $REPS fits each, ours with $THREADS threads"
echo "(cold = first fit, warm = median of the others; all SVC fits first, then all one-vs-rest fits; seconds of wall time, and of CPU time of"
echo " the whole process (_cpu: all threads, JIT compiler and garbage collector included); ratio = scikit-learn / ours)"
echo "$(uptime | sed 's/.*load/load/') on $(nproc) processors"
printf '%-14s %12s %10s %8s\n' "" scikit-learn ours ratio
for k in svc_cold svc_warm ovr_cold ovr_warm svc_cold_cpu svc_warm_cpu ovr_cold_cpu ovr_warm_cpu; do
  s=$(value $k "$WORK/sklearn.txt"); o=$(value $k "$WORK/ours.txt")
  printf '%-14s %12.3f %10.3f %8.2f\n' "$k" "$s" "$o" "$(echo "$s / $o" | bc -l)"
done
status=0
for k in svc_predict ovr_predict; do
  if [ "$(value $k "$WORK/sklearn.txt")" = "$(value $k "$WORK/ours.txt")" ]; then
    echo "$k: images 0..99 predicted identically"
  else
    echo "$k: PREDICTIONS DIFFER" >&2; status=1
  fi
done
exit $status
