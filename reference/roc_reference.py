"""roc_curve and roc_auc_score as scikit-learn 1.2 computes them (fixture roc.json), for RocCurve and RocAuc.

curves: binary truth and scores (ties, constant scores, +0 and -0, a single sample, only one class, scores so large
that max + 1 == max, probabilities, a large random case), each with drop_intermediate True and False: fpr, tpr and
thresholds (all points, or every 50th for the large case, whose data lcg() generates) and scikit-learn's warnings;
roc_auc_score of the same data or its error.
multiclass: labels and probability rows, multi_class="ovr" with average macro, weighted, micro and None; errors
(rows not summing to 1 within np.allclose's tolerance, a class count that differs from the columns, 1-d scores,
binary labels with two or three columns, a single class).
errors: the binary functions' input checks, in scikit-learn's order.
"""
import warnings

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

from common import parse_args, provenance, write_fixture

STRIDE_ABOVE = 2000  # curves with more points record every 50th only


def call(f):
    """(result, warnings) or ({"error": message}, warnings)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = f()
        except Exception as e:  # numpy's AxisError is not a ValueError
            result = {"error": str(e)}
    return result, [str(w.message) for w in caught]


def curve_case(name, y, s):
    y = np.asarray(y, dtype=bool)
    s = np.asarray(s, dtype=np.float64)
    case = {"name": name, "y": y.astype(int), "scores": s}
    for drop in (True, False):
        r, w = call(lambda: roc_curve(y, s, drop_intermediate=drop))
        key = "drop" if drop else "all"
        if isinstance(r, dict):
            case[key] = r
            continue
        fpr, tpr, thr = r
        entry = {"size": len(thr), "warnings": w}
        idx = np.arange(len(thr)) if len(thr) <= STRIDE_ABOVE else np.r_[np.arange(0, len(thr), 50), len(thr) - 1]
        entry.update(index=idx, fpr=fpr[idx], tpr=tpr[idx], thresholds=thr[idx])
        case[key] = entry
    auc, w = call(lambda: roc_auc_score(y, s))
    case["auc"] = auc
    return case


def curves():
    rng = np.random.RandomState(20240616)
    cases = [
        curve_case("docs", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
        curve_case("ties_small_ints", rng.rand(200) < 0.3, rng.randint(0, 10, 200)),
        curve_case("ties_two_values", [1, 0, 1, 0, 0, 1, 1, 0], [2, 2, 2, 5, 5, 5, 5, 2]),
        curve_case("constant", [0, 1, 1, 0, 1], [3.5] * 5),
        curve_case("signed_zeros", [1, 0, 0, 1, 1, 0], [-0.0, 0.0, -1.0, 0.0, -0.0, 1.0]),
        curve_case("perfect", [0, 0, 0, 1, 1], [-3, -2, -1, 1, 2]),
        curve_case("inverted", [1, 1, 0, 0], [-3, -2, 1, 2]),
        curve_case("single_sample", [1], [0.7]),
        curve_case("only_positives", [1, 1, 1], [0.2, 0.5, 0.5]),
        curve_case("only_negatives", [0, 0, 0, 0], [1.0, -2.0, 3.0, 3.0]),
        curve_case("huge_scores", [1, 0, 1, 0, 1], [1e17, 3e16, -1e17, 1e17, 5e16]),
        curve_case("probabilities", rng.rand(300) < 0.5, np.round(rng.rand(300), 3)),
        curve_case("decision_scores", rng.rand(1000) < 0.1, rng.randn(1000) * 3000),
    ]
    # about 10,000 corners: the area is a numpy sum over more than one 8192-element buffer; the data come from
    # lcg() rather than the fixture, to keep it small
    y, s = lcg(20000)
    case = curve_case("large_lcg", y, s)
    del case["y"], case["scores"]
    case["lcg"] = 20000
    cases.append(case)
    return cases


def lcg(n):
    """n samples from x <- (1103515245 x + 12345) mod 2^31, x0 = 1: truth bit 16 of x, score x - 2^30."""
    x = 1
    y = np.empty(n, dtype=bool)
    s = np.empty(n, dtype=np.float64)
    for i in range(n):
        x = (1103515245 * x + 12345) % 2**31
        y[i] = (x >> 16) & 1
        s[i] = x - 2**30
    return y, s


def multiclass_case(name, labels, proba, averages=("macro", "weighted", "micro", None)):
    labels = np.asarray(labels, dtype=object)
    proba = np.asarray(proba, dtype=np.float64)
    case = {"name": name, "y": labels, "scores": proba}
    for avg in averages:
        r, w = call(lambda: roc_auc_score(labels, proba, multi_class="ovr", average=avg))
        case["none" if avg is None else avg] = r
    return case


def dirichlet(rng, n, k):
    p = rng.gamma(1.0, size=(n, k))
    return p / p.sum(axis=1, keepdims=True)


def multiclass():
    rng = np.random.RandomState(15)
    names = np.array(["ant", "bee", "cat", "dog", "emu"], dtype=object)
    cases = []
    p = dirichlet(rng, 300, 3)
    y = names[[rng.choice(3, p=row) for row in p]]
    cases.append(multiclass_case("three_dirichlet", y, p))
    # ties: probabilities are multiples of 1/8
    counts = rng.multinomial(8, [0.2, 0.2, 0.2, 0.2, 0.2], size=400)
    y = names[rng.randint(0, 5, 400)]
    cases.append(multiclass_case("five_ties", y, counts / 8.0))
    # ten digit classes, as an SVC's probabilities on MNIST would be labelled; unequal class sizes
    p = dirichlet(rng, 600, 10) ** 3
    p = p / p.sum(axis=1, keepdims=True)
    digits = np.array([str(d) for d in range(10)], dtype=object)
    y = digits[[rng.choice(10, p=row) for row in p]]
    cases.append(multiclass_case("ten_digits", y, p))
    # np.allclose(1, sums): 1 + 9e-6 passes, 1 + 2e-5 does not
    p = dirichlet(rng, 30, 3)
    y = names[np.r_[np.arange(3), rng.randint(0, 3, 27)]]
    cases.append(multiclass_case("sums_within_tolerance", y, p * (1 + 9e-6)))
    cases.append(multiclass_case("sums_off", y, p * (1 + 2e-5), averages=("macro",)))
    cases.append(multiclass_case("classes_ne_columns", y, dirichlet(rng, 30, 4), averages=("macro",)))
    cases.append(multiclass_case("one_d_scores", y, rng.rand(30), averages=("macro",)))
    yb = names[rng.randint(0, 2, 30)]
    cases.append(multiclass_case("binary_two_columns", yb, dirichlet(rng, 30, 2), averages=("macro",)))
    cases.append(multiclass_case("binary_three_columns", yb, dirichlet(rng, 30, 3), averages=("macro",)))
    cases.append(multiclass_case("binary_one_column", yb, rng.rand(30), averages=("macro", "weighted", None)))
    cases.append(multiclass_case("one_class_one_column", names[[0] * 10], rng.rand(10), averages=("macro",)))
    cases.append(multiclass_case("one_class_two_columns", names[[0] * 10], dirichlet(rng, 10, 2),
                                 averages=("macro",)))
    return cases


def errors():
    out = []

    def case(name, y, s):
        y = np.asarray(y, dtype=bool)
        s = np.asarray(s, dtype=np.float64)
        r, _ = call(lambda: roc_curve(y, s))
        a, _ = call(lambda: roc_auc_score(y, s))
        out.append({"name": name, "y": y.astype(int), "scores": s,
                    "roc_curve": r if isinstance(r, dict) else "ok", "roc_auc_score": a})

    case("empty", [], [])
    case("lengths", [1, 0, 1], [1.0, 2.0])
    case("lengths_one_class", [1, 1, 1], [1.0, 2.0])
    case("nan", [1, 0], [float("nan"), 1.0])
    case("nan_one_class", [1, 1], [float("nan"), 1.0])
    case("nan_lengths", [1, 0, 1], [float("nan"), 1.0])
    case("infinity", [1, 0], [float("inf"), 1.0])
    case("minus_infinity", [1, 0], [1.0, float("-inf")])
    return out


def main():
    args = parse_args(__doc__, needs_mnist=False)
    write_fixture(args.out, "roc.json", {
        "provenance": provenance(),
        "curves": curves(),
        "multiclass": multiclass(),
        "errors": errors(),
    })


if __name__ == "__main__":
    main()
