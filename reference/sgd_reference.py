"""SGDClassifier results the Java SGDClassifier must reproduce (fixtures sgd_synthetic.json, sgd_mnist.json).

sgd_synthetic.json: small generated data sets (stored in the fixture) fitted with every loss, penalty and learning
rate over several seeds, binary and one-vs-all multiclass, plus edge settings (no shuffle, no intercept, tol=None,
early max_iter, weights scaled to zero every step, values so large that sklearn reports an overflow). coef_ and
intercept_ come out of the sequential Cython kernel, so the Java fit can match them bit for bit; decision values go
through BLAS and only agree to rounding.

sgd_mnist.json: MNIST subsets (rows named, not stored): the first 1000 training images binary '5' and 10-class,
the lab's binary fit on X[:60000] with random_state=42 (239 epochs) and the lab's multiclass fit on X[:2000].
"""
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDClassifier

from common import load_mnist, parse_args, provenance, write_fixture

LOSSES = ["hinge", "log_loss", "modified_huber", "squared_hinge", "perceptron",
          "squared_error", "huber", "epsilon_insensitive", "squared_epsilon_insensitive"]
PENALTIES = ["l2", "l1", "elasticnet", None]
RATES = [("optimal", 0.0), ("constant", 0.01), ("invscaling", 0.1), ("adaptive", 0.05)]
SEEDS = [0, 7, 42, 12345]


def synthetic(rng, n, d, n_classes):
    """Features on different scales with exact zeros and negatives; labels from a noisy linear rule."""
    scales = rng.uniform(0.2, 4.0, size=d)
    X = rng.randn(n, d) * scales
    X[rng.rand(n, d) < 0.25] = 0.0
    X = np.round(X, 3)
    W = rng.randn(d, n_classes)
    logits = X @ W + 0.8 * rng.randn(n, n_classes)
    codes = logits.argmax(axis=1)
    names = np.array(["ant", "bee", "cat", "dog", "emu"][:n_classes], dtype=object)
    return X, names[codes]


def fit(X, y, params):
    """Fits and records coef/intercept/n_iter/convergence, or the error sklearn raised."""
    clf = SGDClassifier(**params)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            clf.fit(X, y)
        except ValueError as e:
            return clf, {"error": str(e)}
    converged = not any(issubclass(w.category, ConvergenceWarning) for w in caught)
    return clf, {
        "classes": clf.classes_,
        "coef": clf.coef_,
        "intercept": clf.intercept_,
        "n_iter": int(clf.n_iter_),
        "converged": converged,
    }


def synthetic_cases(out):
    rng = np.random.RandomState(20240611)
    sets = {
        "binary": synthetic(rng, 60, 5, 2),
        "three": synthetic(rng, 100, 8, 3),
        "four": synthetic(rng, 120, 6, 4),
    }
    # huge values: products overflow, so squared_error ends in sklearn's floating-point error
    huge = (sets["binary"][0] * 1e150, sets["binary"][1])
    configs = []
    k = 0
    for data in sets:
        for loss in LOSSES:
            for penalty in PENALTIES:
                rate, eta0 = RATES[k % len(RATES)]
                configs.append((data, dict(loss=loss, penalty=penalty, learning_rate=rate, eta0=eta0,
                                           random_state=SEEDS[k % len(SEEDS)])))
                k += 1
    extra = [
        dict(shuffle=False),
        dict(fit_intercept=False, penalty="elasticnet", l1_ratio=0.5),
        dict(tol=None, max_iter=7),
        dict(max_iter=3),
        dict(n_iter_no_change=1, alpha=0.01),
        dict(n_iter_no_change=10, tol=0.0),
        dict(alpha=0.5, penalty="l1"),
        dict(loss="huber", epsilon=0.5, learning_rate="invscaling", eta0=0.05, power_t=0.25),
        dict(loss="epsilon_insensitive", epsilon=0.0),
        dict(learning_rate="adaptive", eta0=0.5, loss="log_loss", tol=1e-2),
        # (1 - l1_ratio) * eta * alpha >= 1: every step scales the weights to zero
        dict(learning_rate="constant", eta0=100.0, alpha=0.05, max_iter=5, tol=None),
        # weights grow to about 1e13 (dloss is clipped at 1e12) but stay finite
        dict(loss="squared_error", learning_rate="constant", eta0=10.0, penalty=None),
    ]
    for i, params in enumerate(extra):
        for data in sets:
            p = dict(random_state=SEEDS[i % len(SEEDS)])
            p.update(params)
            configs.append((data, p))
    sets["huge"] = huge
    configs.append(("huge", dict(random_state=0)))
    configs.append(("huge", dict(random_state=0, loss="squared_error")))

    cases = []
    for data, params in configs:
        X, y = sets[data]
        clf, result = fit(X, y, params)
        if "error" not in result:
            result["decision_first5"] = clf.decision_function(X[:5])
            # labels of all rows, space separated to keep the fixture small
            result["predict"] = " ".join(clf.predict(X))
        cases.append({"data": data, "params": params, **result})
    write_fixture(out, "sgd_synthetic.json", {
        "provenance": provenance(),
        "data": {name: {"X": X, "y": y} for name, (X, y) in sets.items()},
        "cases": cases,
    })


def mnist_cases(out, folder):
    X, y = load_mnist(folder)
    cases = []

    def binary_case(name, rows, seed, **params):
        clf, r = fit(X[:rows], y[:rows] == "5", dict(random_state=seed, **params))
        r.update(name=name, rows=rows, target="5", params=dict(random_state=seed, **params),
                 decision_first20=clf.decision_function(X[:20]),
                 positives_first1000=np.flatnonzero(clf.predict(X[:1000])))
        cases.append(r)

    def multi_case(name, rows, seed, **params):
        clf, r = fit(X[:rows], y[:rows], dict(random_state=seed, **params))
        coef = r.pop("coef")
        r.update(name=name, rows=rows, params=dict(random_state=seed, **params),
                 coef_row_sums=coef.sum(axis=1).tolist(),
                 # a few single weights, exact, of pixels near the centre
                 coef_pixels=[350, 406, 489], coef_at_pixels=coef[:, [350, 406, 489]],
                 decision_first5=clf.decision_function(X[:5]),
                 # labels are single digits: one character per image
                 predict_train_first500="".join(clf.predict(X[:500])),
                 predict_test_first500="".join(clf.predict(X[60000:60500])))
        cases.append(r)

    binary_case("binary_1000_seed42", 1000, 42)
    binary_case("binary_1000_seed0", 1000, 0)
    binary_case("binary_1000_log_l1", 1000, 42, loss="log_loss", penalty="l1")
    binary_case("binary_1000_modhuber_elasticnet_adaptive", 1000, 3, loss="modified_huber",
                penalty="elasticnet", learning_rate="adaptive", eta0=0.001)
    multi_case("multi_1000_seed42", 1000, 42)
    multi_case("multi_1000_seed7", 1000, 7)
    multi_case("multi_1000_perceptron_invscaling", 1000, 5, loss="perceptron", learning_rate="invscaling",
               eta0=0.01)

    clf, lab = fit(X[:60000], y[:60000] == "5", dict(random_state=42))
    lab.update(rows=60000, target="5", params=dict(random_state=42),
               decision_first12=clf.decision_function(X[:12]), predict_first3=clf.predict(X[:3]))
    clf, multi = fit(X[:2000], y[:2000], dict(random_state=42))
    pred_train = clf.predict(X[:500])
    pred_test = clf.predict(X[60000:60500])
    multi.pop("coef")
    multi.update(rows=2000, params=dict(random_state=42),
                 predict_train_first500="".join(pred_train), predict_test_first500="".join(pred_test),
                 train_errors_first500=np.flatnonzero(pred_train != y[:500]),
                 test_errors_first500=np.flatnonzero(pred_test != y[60000:60500]))
    write_fixture(out, "sgd_mnist.json", {
        "provenance": provenance(data="MNIST IDX files, mnist_784 order (train then test)"),
        "cases": cases, "lab_binary": lab, "lab_multiclass": multi,
    })


def main():
    args = parse_args(__doc__)
    synthetic_cases(args.out)
    mnist_cases(args.out, args.data)


if __name__ == "__main__":
    main()
