"""numpy legacy RandomState draws the Java RandomState must reproduce exactly (fixture random.json)."""
import numpy as np

from common import parse_args, provenance, write_fixture


def main():
    args = parse_args(__doc__, needs_mnist=False)
    cases = []
    for seed in (0, 1, 42, 2**31 - 1, 2**32 - 1, 123456789):
        rs = np.random.RandomState(seed)
        raw = [int(rs.randint(0, 2**32, dtype=np.uint64)) for _ in range(5)]
        rs = np.random.RandomState(seed)
        case = {
            "seed": seed,
            # 1000 draws cross the first MT19937 twist (624 words)
            "uint32_first5": raw,
            "randint_2pow31m1": [int(v) for v in rs.randint(2**31 - 1, size=1000)],
        }
        rs = np.random.RandomState(seed)
        case["make_dataset_then_seed"] = [int(rs.randint(1, np.iinfo(np.int32).max)), int(rs.randint(2**31 - 1))]
        rs = np.random.RandomState(seed)
        case["random_sample"] = [float(v) for v in rs.random_sample(5)]
        rs = np.random.RandomState(seed)
        case["randint_small"] = [int(rs.randint(3, 10)) for _ in range(20)]
        rs = np.random.RandomState(seed)
        case["randint_wide"] = [int(rs.randint(-2**40, 2**40)) for _ in range(5)]
        rs = np.random.RandomState(seed)
        case["permutation_100"] = rs.permutation(100).tolist()
        rs = np.random.RandomState(seed)
        arr = np.arange(3).repeat([4, 3, 5])
        rs.shuffle(arr)
        case["shuffle_repeated"] = arr.tolist()
        cases.append(case)
    write_fixture(args.out, "random.json", {"provenance": provenance(), "cases": cases})


if __name__ == "__main__":
    main()
