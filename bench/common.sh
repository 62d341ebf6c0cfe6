# What every bench script shares; source it, do not run it. Benchmarks are not tests: they print times.
#   bench_root            the repository
#   bench_python          Debian's /usr/bin/python3, whose python3-sklearn is scikit-learn 1.2.1 (the reference)
#   bench_need_python     checks that scikit-learn is there, else says what to install and exits 2
#   bench_data [DIR]      prints the MNIST folder: DIR, else what releng/fetch-mnist.sh finds or fetches
#                         ($MNIST_DIR, the per-user cache); exits 2 when there is none
#   bench_build           builds the runner and the engine when their sources changed (as bin/lab105 does), then
#                         bench_classpath holds the engine, fetch, charts and third-party jars for javac and java
#   bench_need_command C P  exits 2 naming the Debian package P when the command C is missing

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly bench_python=/usr/bin/python3

bench_need_command() {
  if ! command -v "$1" >/dev/null; then
    echo "bench: $1 is needed; on Debian: apt-get install $2" >&2
    exit 2
  fi
}

bench_need_python() {
  if ! "$bench_python" -c 'import sklearn' 2>/dev/null; then
    echo "bench: scikit-learn 1.2 for $bench_python is needed; on Debian 12: apt-get install python3-sklearn" >&2
    exit 2
  fi
}

bench_data() {
  local dir=${1:-}
  if [ -z "$dir" ]; then
    dir=$("$bench_root/releng/fetch-mnist.sh" --print-dir) || true
  fi
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "bench: MNIST is not available (see releng/fetch-mnist.sh); pass --data DIR" >&2
    exit 2
  fi
  echo "$dir"
}

bench_build() {
  "$bench_root/bin/lab105" --help >/dev/null
  bench_classpath="$bench_root/cli/target/lib/*"
}
