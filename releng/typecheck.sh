#!/usr/bin/env bash
# Type-checks our KNIME-facing product sources (everything under bundles/ that imports org.knime.*; the tests under
# tests/ compile against KNIME 5.7.0 and 5.9.0 in the build itself) against the REAL KNIME sources at every KNIME
# release we support, including those the build does not test on (5.8.2), with knime-typecheck (see
# shared/tools/knime-typecheck.md). Fails on any error, deprecation-for-removal or import of an x-internal KNIME
# package. Fetches nothing: the KNIME sources come from a local mirror, the third-party jars that
# the engine and charts sources import from the local Maven repository (a normal ./mvnw build puts them there).
#
# Usage: releng/typecheck.sh [MIRROR]
#   MIRROR (or $KNIME_SRC_DIR): folder holding bare git mirrors knime+knime-core/repo, knime+knime-shared/repo,
#   knime+knime-core-table/repo, knime+knime-core-ui/repo, knime+knime-filehandling-core/repo
#   $KNIME_TYPECHECK: the knime-typecheck script (default: shared/tools/knime-typecheck next to the repository or
#   its worktree folder, else on the PATH); $KNIME_TAGS: tags to check (default: 5.7.0 5.8.2 5.9.0)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mirror=${1:-${KNIME_SRC_DIR:-}}
if [ -z "$mirror" ] || [ ! -d "$mirror" ]; then
    echo "usage: $0 MIRROR   (or set KNIME_SRC_DIR)" >&2
    exit 2
fi

tool=${KNIME_TYPECHECK:-}
if [ -z "$tool" ]; then
    for candidate in "$root/../shared/tools/knime-typecheck" "$root/../../shared/tools/knime-typecheck"; do
        if [ -x "$candidate" ]; then
            tool=$candidate
            break
        fi
    done
fi
tool=${tool:-$(command -v knime-typecheck || true)}
if [ -z "$tool" ]; then
    echo "$0: knime-typecheck not found; set KNIME_TYPECHECK" >&2
    exit 2
fi

# The jars the engine (libsvm) and chart (JFreeChart, JFreeSVG) sources import, at the versions of
# releng/target-platform/mnistlab.target.
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jars=(
    "$repo/tw/edu/ntu/csie/libsvm/3.35/libsvm-3.35.jar"
    "$repo/org/jfree/jfreechart/1.5.6/jfreechart-1.5.6.jar"
    "$repo/org/jfree/org.jfree.svg/5.0.7/org.jfree.svg-5.0.7.jar"
)
for jar in "${jars[@]}"; do
    if [ ! -f "$jar" ]; then
        echo "$0: $jar is missing; run ./mvnw -B verify once to resolve the target platform" >&2
        exit 2
    fi
done
cp=$(IFS=:; echo "${jars[*]}")

status=0
for tag in ${KNIME_TAGS:-5.7.0 5.8.2 5.9.0}; do
    echo "== analytics-platform/$tag"
    "$tool" -q --offline --fail-on-internal --fail-on-removal --exclude 'org\.mnistlab\.[a-z]+\.tests/' --cp "$cp" \
        --tag "analytics-platform/$tag" "$mirror" "$root" || status=1
done
exit $status
