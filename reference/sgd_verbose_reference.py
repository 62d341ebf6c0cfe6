"""What SGDClassifier(verbose=2).fit prints (fixture sgd_verbose.json), for the Java training log to reproduce.

_plain_sgd prints, per epoch: "-- Epoch k", "Norm: %.2f, NNZs: %d, Bias: %.6f, T: %d, Avg. loss: %f" and
"Total training time: %.2f seconds.", and "Convergence after N epochs took %.2f seconds" when the stopping rule
fires; one-vs-all fits print one such block per class, in class order. Only stdout is kept (joblib's progress lines
for multiclass fits go to stderr). Times are replaced by "*" so that the fixture does not change from run to run.

Cases: every successful case of sgd_synthetic.json, refitted from the data and parameters stored there (so the
cases are exactly those of reference/sgd_reference.py), and the lab's two fits on MNIST: binary '5' on X[:60000] and
10-class on X[:2000], random_state=42.
"""
import contextlib
import io
import json
import os
import re
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDClassifier

from common import FIXTURES, load_mnist, parse_args, provenance, write_fixture

TIME = re.compile(r"(Total training time: |epochs took )\d+\.\d\d( seconds)")


def verbose_fit(X, y, params):
    """The printed lines (times masked) and whether sklearn warned that max_iter was reached."""
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("always")
        SGDClassifier(verbose=2, **params).fit(X, y)
    warned = any(issubclass(w.category, ConvergenceWarning) for w in caught)
    return [TIME.sub(r"\1*\2", line) for line in out.getvalue().splitlines()], warned


def synthetic_cases():
    with open(os.path.join(FIXTURES, "sgd_synthetic.json")) as f:
        fixture = json.load(f)
    data = {name: (np.array(d["X"], dtype=np.float64), np.array(d["y"], dtype=object))
            for name, d in fixture["data"].items()}
    cases = []
    for index, case in enumerate(fixture["cases"]):
        if "error" in case:
            # the epochs before the overflow are printed, but the Java fit reports only the error
            continue
        X, y = data[case["data"]]
        lines, warned = verbose_fit(X, y, case["params"])
        cases.append({"case": index, "data": case["data"], "params": case["params"], "lines": lines,
                      "convergence_warning": warned})
    return cases


def mnist_cases(folder):
    X, y = load_mnist(folder)
    lines, warned = verbose_fit(X[:60000], y[:60000] == "5", dict(random_state=42))
    binary = {"rows": 60000, "target": "5", "params": {"random_state": 42}, "lines": lines,
              "convergence_warning": warned}
    lines, warned = verbose_fit(X[:2000], y[:2000], dict(random_state=42))
    multi = {"rows": 2000, "params": {"random_state": 42}, "lines": lines, "convergence_warning": warned}
    return {"lab_binary": binary, "lab_multiclass": multi}


def main():
    args = parse_args(__doc__)
    write_fixture(args.out, "sgd_verbose.json", {
        "provenance": provenance(data="sgd_synthetic.json's data sets; MNIST IDX files, mnist_784 order",
                                 times="replaced by *"),
        "synthetic": synthetic_cases(),
        **mnist_cases(args.data),
    })


if __name__ == "__main__":
    main()
