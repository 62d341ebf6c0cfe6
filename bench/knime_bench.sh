#!/usr/bin/env bash
# The five shipped workflows in real KNIME (../shared/knime-sdk) and the lab in scikit-learn, on the same data, in one
# command. KNIME runs the workflows headless in one JVM with a fixed heap, one after the other as a user would (open,
# execute all, close); the script prints per-workflow and per-node times, the JVM's CPU time and peak RSS next to
# scikit-learn's lab time, CPU time and peak RSS. On a shared machine CPU time is the steadier measure of the work:
# other processes stretch wall times, and the more for the program that uses more cores. Not part of the test suite.
#
#   bench/knime_bench.sh [--data DIR] [--xmx SIZE (default 2g)] [--knime 5.7.0|5.9.0 (default 5.9.0)]
#
# Needs Debian's python3-sklearn and GNU time (/usr/bin/time); builds the bundles with ./mvnw first (not timed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=/usr/bin/python3
data=${MNIST_DIR:-}
xmx=2g
knime=5.9.0
while (($#)); do
  case $1 in
    --data) data=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --knime) knime=$2; shift 2 ;;
    *) echo "usage: $0 [--data DIR] [--xmx SIZE] [--knime 5.7.0|5.9.0]" >&2; exit 2 ;;
  esac
done
if ! "$py" -c 'import sklearn' 2>/dev/null; then
  echo "bench: scikit-learn is missing: apt-get install python3-sklearn" >&2; exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time (/usr/bin/time) is missing: apt-get install time" >&2; exit 2
fi
if [ -z "$data" ]; then data=$("$root/releng/fetch-mnist.sh" --print-dir); fi
if [ -z "$data" ]; then
  echo "bench: MNIST is not available (see releng/fetch-mnist.sh); pass --data DIR" >&2; exit 2
fi
case $knime in
  5.7.0) module=tests/org.mnistlab.workflows.tests ;;
  5.9.0) module=tests/knime-5.9.0/org.mnistlab.workflows.tests ;;
  *) echo "bench: --knime must be 5.7.0 or 5.9.0" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "bench: scikit-learn lab ..." >&2
/usr/bin/time -f '%e %M %U %S' -o "$work/sklearn.time" "$py" "$root/reference/lab_reference.py" --data "$data" \
  --out "$work/sklearn.json" >"$work/sklearn.out" 2>&1 || { tail -20 "$work/sklearn.out" >&2; exit 1; }

echo "bench: the five workflows in KNIME $knime, -Xmx$xmx ..." >&2
(cd "$root" && MNIST_DIR=$data MNISTLAB_BENCH_OUT=$work/knime.json ./mvnw -B -q verify -Dmnist.fetch.skip \
  -pl "$module" -am -Dtest='org/mnistlab/knime/workflows/WorkflowsBench' -DfailIfNoTests=false \
  -Dsurefire.failIfNoSpecifiedTests=false -Dknime.tests.groups=bench -Dknime.tests.excludedGroups= \
  "-Dknime.tests.argLine=-Xmx$xmx -Djava.awt.headless=true") >"$work/knime.out" 2>&1 \
  || { grep -E 'ERROR|FAIL|Exception' "$work/knime.out" | head -20 >&2; exit 1; }

"$py" - "$work" "$knime" "$xmx" <<'PY'
import json, sys
work, knime, xmx = sys.argv[1:4]
wall, rss_kb, user, system = open(f"{work}/sklearn.time").read().split()
skw, skm, skc = float(wall), int(rss_kb) / 1024, float(user) + float(system)
k = json.load(open(f"{work}/knime.json"))
print(f"KNIME {knime}, -Xmx{xmx} (max heap {k['max_heap_mb']} MB): the five workflows in one JVM")
for wf in k["workflows"]:
    print(f"  {wf['name']:<84}{wf['seconds']:>8.2f} s")
    for n in sorted(wf["nodes"], key=lambda n: -n["seconds"])[:4]:
        print(f"      {n['node']:<44}{n['label'][:34]:<36}{n['seconds']:>8.2f} s")
kw, km, kc = k["seconds"], k["peak_rss_mb"], k.get("cpu_seconds", 0)
print(f"{'':<26}{'scikit-learn lab':>18}{'KNIME workflows':>18}{'ratio':>9}")
print(f"{'wall time s':<26}{skw:>18.2f}{kw:>18.2f}{kw / skw:>9.2f}")
print(f"{'CPU time s':<26}{skc:>18.2f}{kc:>18.2f}{kc / skc:>9.2f}")
print(f"{'peak RSS MB':<26}{skm:>18.0f}{km:>18.0f}{km / skm:>9.2f}")
print("goal (issue 13, at -Xmx1g): time ratio <= 0.25 and memory ratio <= 1.0")
PY
