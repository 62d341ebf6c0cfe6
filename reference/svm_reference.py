"""SVC and OneVsRestClassifier(SVC) results the Java svm/multiclass packages must reproduce.

Writes three fixtures:
  svm_lab.json        the lab: SVC() and OneVsRestClassifier(SVC()) on the first 2,000 training images
  svm_mnist.json      other MNIST configurations: subsets, kernels, C/gamma values, binary targets
  svm_synthetic.json  small problems with their data stored inline, and numpy X.var() (gamma='scale') cases

MNIST subsets are recorded as row ranges of the 70,000 images (train then test, mnist_784 order); decision values
are stored for a limited number of rows to keep the files small.
"""
import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import SVC

from common import load_mnist, parse_args, provenance, write_fixture

TEST = (60000, 60100)


def rows(spec):
    start, stop, step = spec
    return np.arange(start, stop, step)


def svc_result(clf, X_eval, n_dec, n_ovo=5):
    """What a fitted SVC exposes: predictions of the evaluation rows, decision values of the first n_dec (ovo-shaped
    ones of the first n_ovo)."""
    out = {
        "classes": clf.classes_,
        "gamma": clf._gamma,
        "n_support": clf.n_support_,
        "support": clf.support_,
        "intercept": clf.intercept_,
        "predict": clf.predict(X_eval),
        "decision": clf.decision_function(X_eval[:n_dec]),
    }
    if len(clf.classes_) > 2:
        shape = clf.decision_function_shape
        out["decision_ovo"] = clf.set_params(decision_function_shape="ovo").decision_function(X_eval[:n_ovo])
        clf.set_params(decision_function_shape=shape)
    return out


def ovr_result(clf, X_eval, n_dec):
    out = {
        "classes": clf.classes_,
        "predict": clf.predict(X_eval),
        "decision": clf.decision_function(X_eval[:n_dec]),
    }
    if isinstance(clf.estimators_[0], SVC):
        out["n_support"] = [e.n_support_ for e in clf.estimators_]
    return out


def lab(X, y):
    X_train, y_train = X[:2000], y[:2000]
    svc = SVC().fit(X_train, y_train)
    ovr = OneVsRestClassifier(SVC()).fit(X_train, y_train)
    first100 = X[:100]
    ovo_rows = [0, 48, 70, 80]
    result = {
        "provenance": provenance(),
        "config": {"train_rows": [0, 2000, 1], "eval_rows": [0, 100, 1], "estimator": "SVC()",
                   "labels": "str '0'..'9'"},
        "var_repr": repr(X_train.var()),
        "svc": svc_result(svc, first100, 100),
        "ovr": ovr_result(ovr, first100, 100),
    }
    # the lab's talking point: image 80, a 9, scored as a 0
    result["svc"]["decision_rounded_80"] = np.round(svc.decision_function(X[80:81])[0], 2)
    result["svc"]["decision_ovo"] = svc.set_params(decision_function_shape="ovo").decision_function(X[ovo_rows])
    result["svc"]["decision_ovo_rows"] = ovo_rows
    return result


MNIST_CONFIGS = [
    {"name": "linear_C0.1", "train_rows": [2000, 3000, 1], "params": {"kernel": "linear", "C": 0.1}},
    {"name": "poly2_auto_coef1_every7th", "train_rows": [0, 7000, 7],
     "params": {"kernel": "poly", "degree": 2, "gamma": "auto", "coef0": 1.0}},
    {"name": "sigmoid_gamma1e-7_coef-1", "train_rows": [3000, 4000, 1],
     "params": {"kernel": "sigmoid", "gamma": 1e-7, "coef0": -1.0}},
    {"name": "rbf_gamma1e-7_C10_ovo", "train_rows": [0, 1000, 1],
     "params": {"gamma": 1e-7, "C": 10.0, "decision_function_shape": "ovo"}},
    {"name": "poly3_noshrink_tol1e-4", "train_rows": [4000, 4600, 1],
     "params": {"kernel": "poly", "shrinking": False, "tol": 1e-4}},
    {"name": "rbf_break_ties_C0.5", "train_rows": [5000, 5800, 1], "params": {"C": 0.5, "break_ties": True}},
    {"name": "binary_is5", "train_rows": [0, 1500, 1], "positive": "5", "params": {}},
]

OVR_CONFIGS = [
    {"name": "ovr_linear_C0.01", "train_rows": [1000, 2000, 1], "params": {"kernel": "linear", "C": 0.01}},
    {"name": "ovr_binary_is3", "train_rows": [0, 800, 1], "positive": "3", "params": {}},
    # any binary estimator: SGDClassifier, every class's clone seeded alike
    {"name": "ovr_sgd_rs42", "train_rows": [0, 1000, 1], "estimator": "sgd", "params": {"random_state": 42}},
]


def target(y, config):
    if "positive" in config:
        # the lab's "y == '5'": booleans, classes False/True
        return np.where(y == config["positive"], "True", "False").astype(object)
    return y


def mnist_configs(X, y):
    test = rows([TEST[0], TEST[1], 1])
    cases = []
    for config in MNIST_CONFIGS:
        r = rows(config["train_rows"])
        clf = SVC(**config["params"]).fit(X[r], target(y[r], config))
        cases.append(dict(config, **svc_result(clf, X[test], 20)))
    ovr_cases = []
    for config in OVR_CONFIGS:
        r = rows(config["train_rows"])
        estimator = SGDClassifier if config.get("estimator") == "sgd" else SVC
        clf = OneVsRestClassifier(estimator(**config["params"])).fit(X[r], target(y[r], config))
        ovr_cases.append(dict(config, **ovr_result(clf, X[test], 20)))
    return {"provenance": provenance(), "eval_rows": [TEST[0], TEST[1], 1], "svc": cases, "ovr": ovr_cases}


def synthetic():
    rng = np.random.RandomState(7)
    cases = []
    # integer features: every kernel sum is exact, so the results match to exp's last bit
    n = 90
    X_int = rng.randint(0, 10, size=(n, 6)).astype(np.float64)
    X_int[rng.rand(n, 6) < 0.3] = 0.0
    labels = np.array(["b", "a", "c"], dtype=object)
    y_int = labels[(X_int[:, 0] + X_int[:, 1] + rng.randint(0, 3, size=n)).astype(int) % 3]
    for name, params in (("int_rbf_default", {}),
                         ("int_poly3_gamma0.05_coef0.5", {"kernel": "poly", "gamma": 0.05, "coef0": 0.5}),
                         ("int_linear_C2", {"kernel": "linear", "C": 2.0}),
                         ("int_sigmoid_gamma0.01", {"kernel": "sigmoid", "gamma": 0.01}),
                         ("int_rbf_gamma0_ties", {"gamma": 0.0})):
        clf = SVC(**params).fit(X_int, y_int)
        cases.append(dict({"name": name, "data": "int", "params": params, "exact_sums": True,
                           "dual_coef": clf.dual_coef_}, **svc_result(clf, X_int, 30)))
    # float features: scikit-learn's BLAS sums in another order than libsvm's sequential sums
    X_f = rng.randn(70, 5) * [1.0, 3.0, 0.5, 10.0, 1.0] + [0.0, 1.0, 0.0, -5.0, 2.0]
    y_f = np.array(["x", "y", "z", "w"], dtype=object)[(X_f[:, 0] > 0) + 2 * (X_f[:, 2] > 0.2)]
    for name, params in (("float_rbf_default", {}),
                         ("float_rbf_break_ties_C3", {"C": 3.0, "break_ties": True})):
        clf = SVC(**params).fit(X_f, y_f)
        cases.append(dict({"name": name, "data": "float", "params": params, "exact_sums": False},
                          **svc_result(clf, X_f, 30)))
    ovr = OneVsRestClassifier(SVC()).fit(X_int, y_int)
    ovr_case = dict({"name": "int_ovr_rbf_default", "data": "int", "params": {}}, **ovr_result(ovr, X_int, 30))
    # numpy's X.var(): pairwise sums in 8192-element buffers; the formula matrix crosses a buffer boundary
    var_cases = [{"name": "float_70x5", "data": "float", "var_repr": repr(X_f.var()),
                  "gamma_scale_repr": repr(1.0 / (X_f.shape[1] * X_f.var()))}]
    i, j = np.meshgrid(np.arange(130), np.arange(77), indexing="ij")
    X_formula = ((i * 31 + j * 17) % 101) / 7.0 + i / 3.0
    var_cases.append({"name": "formula_130x77", "formula": "((i*31 + j*17) % 101) / 7.0 + i / 3.0",
                      "shape": X_formula.shape, "var_repr": repr(X_formula.var()),
                      "gamma_scale_repr": repr(1.0 / (X_formula.shape[1] * X_formula.var()))})
    data = {"int": {"X": X_int, "y": y_int}, "float": {"X": X_f, "y": y_f}}
    return {"provenance": provenance(seed=7), "data": data, "svc": cases, "ovr": [ovr_case], "var": var_cases}


def mnist_var_cases(X):
    out = []
    for spec in ([0, 2000, 1], [0, 100, 1], [2000, 2500, 1], [0, 7000, 7], [10000, 10011, 1]):
        Xs = X[rows(spec)]
        out.append({"rows": spec, "var_repr": repr(Xs.var()),
                    "gamma_scale_repr": repr(1.0 / (Xs.shape[1] * Xs.var()))})
    return out


def main():
    args = parse_args(__doc__)
    X, y = load_mnist(args.data)
    write_fixture(args.out, "svm_lab.json", lab(X, y))
    mnist = mnist_configs(X, y)
    mnist["var"] = mnist_var_cases(X)
    write_fixture(args.out, "svm_mnist.json", mnist)
    write_fixture(args.out, "svm_synthetic.json", synthetic())


if __name__ == "__main__":
    main()
