"""Compares two results.json files of the lab (scikit-learn's and the runner's).

Integers, booleans and strings must be equal. Floats must agree to a relative 1e-9, the bound the project
promises for decision values: scikit-learn computes decision_function with BLAS, whose summation order differs
from the sequential sum of the SGD kernel, so scores may differ in the last bits. Counts-derived floats
(accuracies, precision, recall, F1) come out identical anyway. "timing_s" is not compared. The SGD training log's
numbers are known from scikit-learn only as printed (Norm %.2f, Bias and Avg. loss %.6f), so they compare as printed.

Usage: compare_results.py EXPECTED.json ACTUAL.json   (exit 0 when they agree; differences on stderr)
"""
import json
import math
import sys

REL = 1e-9
IGNORED = {"timing_s", "config", "provenance"}
PRINTED = {"norm": "%.2f", "bias": "%.6f", "avg_loss": "%.6f"}


def diff(expected, actual, path, out):
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            out.append(f"{path}: expected an object, got {actual!r}")
            return
        for k in expected:
            if k in IGNORED:
                continue
            if k not in actual:
                out.append(f"{path}.{k}: missing")
            else:
                diff(expected[k], actual[k], f"{path}.{k}", out)
        for k in actual:
            if k not in expected and k not in IGNORED:
                out.append(f"{path}.{k}: not expected")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            out.append(f"{path}: expected {len(expected)} items, got {actual!r:.200}")
            return
        for i, (e, a) in enumerate(zip(expected, actual)):
            diff(e, a, f"{path}[{i}]", out)
    elif isinstance(expected, bool) or isinstance(expected, str) or expected is None:
        if expected != actual:
            out.append(f"{path}: expected {expected!r}, got {actual!r}")
    elif isinstance(expected, int) and isinstance(actual, int):
        if expected != actual:
            out.append(f"{path}: expected {expected}, got {actual}")
    elif ".training_log." in path and path.rsplit(".", 1)[-1] in PRINTED and isinstance(actual, (int, float)):
        fmt = PRINTED[path.rsplit(".", 1)[-1]]
        if fmt % expected != fmt % actual:
            out.append(f"{path}: printed {fmt % expected}, got {fmt % actual}")
    elif isinstance(expected, (int, float)) and isinstance(actual, (int, float)) and not isinstance(actual, bool):
        if not math.isclose(expected, actual, rel_tol=REL, abs_tol=0.0) and expected != actual:
            out.append(f"{path}: expected {expected!r}, got {actual!r} (rel diff "
                       f"{abs(expected - actual) / max(abs(expected), 1e-300):.3g})")
    else:
        out.append(f"{path}: expected {expected!r}, got {actual!r}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        expected = json.load(f)
    with open(sys.argv[2]) as f:
        actual = json.load(f)
    out = []
    diff(expected, actual, "$", out)
    for line in out:
        print("DIFF", line, file=sys.stderr)
    if out:
        print(f"{len(out)} difference(s)", file=sys.stderr)
        sys.exit(1)
    print("results agree (integers exact, floats within 1e-9 relative)")


if __name__ == "__main__":
    main()
