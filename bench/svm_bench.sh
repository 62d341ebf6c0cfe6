#!/usr/bin/env bash
# SVC() and OneVsRestClassifier(SVC()) on the first 2,000 MNIST training images: scikit-learn 1.2.1 against the
# engine, in one command, with time ratios (scikit-learn / ours; > 1 means we are faster). Also checks that both
# predict images 0..99 identically. Not part of the test suite.
#
# usage: bench/svm_bench.sh [--rows N] [--reps R] [--threads T]     (MNIST in $MNIST_DIR, default /work/data/mnist)
# Needs Debian's python3-sklearn, a JDK 17 and libsvm 3.35 in ~/.m2 (any build of the project downloads it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=2000 REPS=5 THREADS=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
MNIST_DIR=${MNIST_DIR:-/work/data/mnist}
LIBSVM=${LIBSVM_JAR:-$HOME/.m2/repository/tw/edu/ntu/csie/libsvm/3.35/libsvm-3.35.jar}
[ -f "$LIBSVM" ] || { echo "libsvm 3.35 jar not found at $LIBSVM (run the Maven build once)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

javac -nowarn -d "$WORK/classes" -cp "$LIBSVM" $(find bundles/org.mnistlab.engine/src -name '*.java') bench/SvmBench.java

/usr/bin/python3 - "$MNIST_DIR" "$ROWS" "$REPS" "$WORK/sklearn.txt" <<'PY'
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

java -Xmx1g -cp "$WORK/classes:$LIBSVM" SvmBench "$MNIST_DIR" "$ROWS" "$REPS" "$THREADS" "$WORK/ours.txt"

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
