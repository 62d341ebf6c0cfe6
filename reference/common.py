"""Shared helpers of the scikit-learn reference scripts.

The scripts run Debian's python3-sklearn (1.2.x) and write small JSON fixtures that the Java tests compare
against; the tests never run Python. Floats are written with repr(), which round-trips exactly, so a Java test
can demand identical bits where the algorithm allows it.

MNIST comes from the four original IDX files: --data DIR, else $MNIST_DIR.  Row order is the train files then the
test files, which is OpenML mnist_784's order, so X[:60000] is the lab's training set.
"""
import argparse
import json
import os
import platform
import struct
import sys

import numpy as np
import sklearn

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "bundles", "org.mnistlab.engine.tests", "fixtures")


def parse_args(description, needs_mnist=True):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--data", default=os.environ.get("MNIST_DIR"),
                   help="folder with the four MNIST IDX files (default: $MNIST_DIR)")
    p.add_argument("--out", default=FIXTURES, help="where to write the JSON fixtures")
    args = p.parse_args()
    if needs_mnist and not args.data:
        p.error("MNIST is needed: pass --data DIR or set MNIST_DIR")
    return args


def _read_idx(path):
    with open(path, "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        ndim = magic & 0xFF
        dims = struct.unpack(">" + "I" * ndim, f.read(4 * ndim))
        data = np.frombuffer(f.read(), dtype=np.uint8)
    return data.reshape(dims)


def load_mnist(folder):
    """X as float64 (70000, 784) and y as str labels, in mnist_784 order, as fetch_openml(as_frame=False) gives."""
    parts = []
    for kind in ("train", "t10k"):
        images = _read_idx(os.path.join(folder, kind + "-images-idx3-ubyte"))
        labels = _read_idx(os.path.join(folder, kind + "-labels-idx1-ubyte"))
        parts.append((images.reshape(len(images), -1), labels))
    X = np.concatenate([p[0] for p in parts]).astype(np.float64)
    y = np.concatenate([p[1] for p in parts]).astype(str).astype(object)
    return X, y


def provenance(**extra):
    """What produced a fixture, recorded inside it."""
    info = {
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "script": os.path.basename(sys.argv[0]),
    }
    info.update(extra)
    return info


def to_jsonable(v):
    if isinstance(v, np.ndarray):
        return [to_jsonable(x) for x in v.tolist()] if v.dtype == object else v.tolist()
    if isinstance(v, (np.floating,)):
        return float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, dict):
        return {str(k): to_jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_jsonable(x) for x in v]
    return v


def write_fixture(out_dir, name, payload):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, name)
    with open(path, "w") as f:
        json.dump(to_jsonable(payload), f, indent=1, allow_nan=True)
        f.write("\n")
    print("wrote", os.path.relpath(path), file=sys.stderr)
