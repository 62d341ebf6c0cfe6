"""train_test_split index results the Java TrainTestSplit must reproduce exactly (fixture split.json).

train_test_split(np.arange(n), ...) returns the train and test row indices, so each case records exactly which
rows scikit-learn puts on each side, in its order: shuffle=False (ordered), shuffle=True (ShuffleSplit:
rng.permutation) and stratify=y (StratifiedShuffleSplit with _approximate_mode's seeded tie-breaking), for sizes
given as int and float, several seeds, and label vectors with ties and with numeric labels. Invalid settings record
scikit-learn's error message.
"""
import numpy as np
from sklearn.model_selection import train_test_split

from common import load_mnist, parse_args, provenance, write_fixture

SEEDS = (0, 1, 42, 2**32 - 1)
SIZES = [
    {},
    {"test_size": 5},
    {"test_size": 0.3},
    {"train_size": 7},
    {"train_size": 0.5},
    {"test_size": 0.2, "train_size": 0.5},
    {"test_size": 6, "train_size": 9},
]


def label_vectors(mnist_labels):
    rs = np.random.RandomState(7)
    imbalanced = np.array(["a"] * 10 + ["b"] * 6 + ["c"] * 4, dtype=object)
    rs.shuffle(imbalanced)
    # five equal classes: every class has the same remainder, so _approximate_mode breaks ties with the generator
    tied = np.array([str(v) for v in np.repeat(np.arange(5), 7)] + ["0", "1"], dtype=object)
    rs.shuffle(tied)
    ten = np.array([str(v) for v in rs.randint(0, 10, size=60)], dtype=object)
    # ints sort by value (2 < 10 < 33), strings would not: the Java side must use numeric order
    numeric = rs.choice([2, 10, 33], size=30)
    return [
        {"name": "imbalanced_strings", "order": "lexicographic", "labels": imbalanced},
        {"name": "tied_strings", "order": "lexicographic", "labels": tied},
        {"name": "ten_classes", "order": "lexicographic", "labels": ten},
        {"name": "numeric_ints", "order": "numeric", "labels": numeric},
        {"name": "mnist_first_300", "order": "lexicographic", "labels": mnist_labels[:300],
         "sizes": [{"test_size": 0.2}, {"test_size": 50, "train_size": 100}]},
    ]


def split(n, sizes, **kw):
    train, test = train_test_split(np.arange(n), **sizes, **kw)
    return {"train": train.tolist(), "test": test.tolist()}


def error(fn):
    try:
        fn()
    except ValueError as e:
        return str(e)
    raise AssertionError("expected a ValueError")


def main():
    args = parse_args(__doc__)
    _, y = load_mnist(args.data)
    vectors = label_vectors(y)
    cases = []
    for vec in vectors:
        labels = vec["labels"]
        n = len(labels)
        for sizes in vec.get("sizes", SIZES):
            case = {"labels": vec["name"], "sizes": sizes, "ordered": split(n, sizes, shuffle=False)}
            case["shuffled"] = {str(s): split(n, sizes, shuffle=True, random_state=s) for s in SEEDS}
            strat = {}
            for s in SEEDS:
                try:
                    strat[str(s)] = split(n, sizes, shuffle=True, random_state=s, stratify=labels)
                except ValueError as e:
                    strat[str(s)] = {"error": str(e)}
            case["stratified"] = strat
            cases.append(case)
    lab = {
        "description": "the lab's ordered split of all 70,000 rows: X[:60000], X[60000:]",
        "n": len(y),
        "train_size": 60000,
        "sizes": list(map(len, train_test_split(np.arange(len(y)), train_size=60000, shuffle=False))),
    }
    n = 20
    singleton = np.array(["a"] * 19 + ["b"], dtype=object)
    few = np.array(["a", "b", "c", "d"] * 5, dtype=object)
    errors = [
        {"n": n, "sizes": {"test_size": 0}, "message": error(lambda: train_test_split(np.arange(n), test_size=0))},
        {"n": n, "sizes": {"test_size": 20}, "message": error(lambda: train_test_split(np.arange(n), test_size=20))},
        {"n": n, "sizes": {"test_size": 1.0},
         "message": error(lambda: train_test_split(np.arange(n), test_size=1.0))},
        {"n": n, "sizes": {"train_size": 0.0},
         "message": error(lambda: train_test_split(np.arange(n), train_size=0.0))},
        {"n": n, "sizes": {"test_size": 0.6, "train_size": 0.5},
         "message": error(lambda: train_test_split(np.arange(n), test_size=0.6, train_size=0.5))},
        {"n": n, "sizes": {"test_size": 12, "train_size": 9},
         "message": error(lambda: train_test_split(np.arange(n), test_size=12, train_size=9))},
        {"n": 1, "sizes": {"test_size": 0.5},
         "message": error(lambda: train_test_split(np.arange(1), test_size=0.5))},
        {"n": n, "sizes": {"test_size": 0.25}, "stratify": singleton.tolist(),
         "message": error(lambda: train_test_split(np.arange(n), test_size=0.25, random_state=0,
                                                   stratify=singleton))},
        {"n": n, "sizes": {"test_size": 3}, "stratify": few.tolist(),
         "message": error(lambda: train_test_split(np.arange(n), test_size=3, random_state=0, stratify=few))},
        {"n": n, "sizes": {"train_size": 3}, "stratify": few.tolist(),
         "message": error(lambda: train_test_split(np.arange(n), train_size=3, random_state=0, stratify=few))},
    ]
    payload = {
        "provenance": provenance(seeds=list(SEEDS)),
        "label_vectors": {v["name"]: {"order": v["order"], "labels": [str(x) for x in v["labels"]]}
                          for v in vectors if v["name"] != "mnist_first_300"},
        "mnist_first_300": "labels of the first 300 MNIST rows (mnist_784 order)",
        "cases": cases,
        "lab": lab,
        "errors": errors,
    }
    write_fixture(args.out, "split.json", payload)


if __name__ == "__main__":
    main()
