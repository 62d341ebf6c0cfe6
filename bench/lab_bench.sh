#!/usr/bin/env bash
# The whole lab in scikit-learn and in bin/lab105, on the same data, in one command.
# Prints each program's per-step times, wall time and peak memory (RSS), the ratios, and checks that the numbers
# agree. Not part of the test suite.
#
#   bench/lab_bench.sh [--data DIR] [options both understand: --seed --positive --threshold --target-precision
#                                     --svc-rows --multi-rows --folds]
#
# Needs Debian's python3-sklearn and GNU time (it says what to install when they are missing).
set -euo pipefail
source "$(dirname "$0")/common.sh"
root=$bench_root
py=$bench_python

data=
if [ "${1:-}" = "--data" ]; then data=$2; shift 2; fi
bench_need_python
if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time (/usr/bin/time) is needed; on Debian: apt-get install time" >&2
  exit 2
fi
data=$(bench_data "$data")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# build (or check) the runner before anything is timed
bench_build

measure() { # name, command...: runs it under GNU time, keeps stdout/stderr, prints nothing
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
    echo "bench: $name failed:" >&2; tail -20 "$work/$name.err" >&2; exit 1; }
}

echo "bench: scikit-learn lab ..." >&2
measure sklearn "$py" "$root/reference/lab_reference.py" --data "$data" --out "$work/sklearn.json" "$@"
echo "bench: bin/lab105 ..." >&2
measure lab105 "$root/bin/lab105" --data "$data" --out "$work/lab105" "$@"

"$py" "$root/bench/compare_results.py" "$work/sklearn.json" "$work/lab105/results.json"
"$py" - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def load(name):
    wall, rss_kb = open(f"{work}/{name}.time").read().split()
    return float(wall), int(rss_kb) / 1024
sk = json.load(open(f"{work}/sklearn.json"))["timing_s"]
ours = json.load(open(f"{work}/lab105/results.json"))["timing_s"]
print(f"{'step':<14}{'sklearn s':>12}{'lab105 s':>12}{'ratio':>9}")
for k in [k for k in sk if k != "total"]:
    o = ours.get(k)
    print(f"{k:<14}{sk[k]:>12.3f}{(o if o is not None else float('nan')):>12.3f}"
          f"{(sk[k] / o if o else float('nan')):>8.1f}x")
(skw, skm), (ow, om) = load("sklearn"), load("lab105")
print(f"{'wall (process)':<14}{skw:>12.2f}{ow:>12.2f}{skw / ow:>8.1f}x")
print(f"{'peak RSS MB':<14}{skm:>12.0f}{om:>12.0f}{skm / om:>8.1f}x")
print(f"goal: time ratio >= 5 ({'met' if skw / ow >= 5 else 'NOT met'}), "
      f"memory ratio >= 4 ({'met' if skm / om >= 4 else 'NOT met'})")
PY
