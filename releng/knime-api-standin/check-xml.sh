#!/usr/bin/env bash
# Checks the stand-in's XML config reader/writer against files KNIME itself wrote: every settings.xml and
# workflow.knime of knime-core's test workflows (org.knime.core.workflow.tests) at a release tag is read and written
# back, and must come back unchanged (old files written on Java 8: unchanged up to indentation; hand-edited ones up to
# comments and blank lines). Fetches nothing.
#
# Usage: releng/knime-api-standin/check-xml.sh MIRROR [TAG]
#   MIRROR (or $KNIME_SRC_DIR): folder with the bare git mirror knime+knime-core/repo; TAG default 5.9.0.
#   Needs the stand-in jars: run ./mvnw -B verify (or package) first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${1:-${KNIME_SRC_DIR:-}}
tag=analytics-platform/${2:-5.9.0}
git_dir=$mirror/knime+knime-core/repo
if [ ! -d "$git_dir" ]; then
    echo "usage: $0 MIRROR [TAG]   ($git_dir not found)" >&2
    exit 2
fi
jars=$(ls "$here"/org.knime.core.util/target/org.knime.core.util-*.jar "$here"/org.knime.core/target/org.knime.core-*.jar \
    2>/dev/null | tr '\n' ':')
if [ -z "$jars" ]; then
    echo "$0: stand-in jars not built; run ./mvnw -B package first" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# (a mirror may lack some large blobs, e.g. workflow.svg previews; git archive then complains but still writes the
# small XML files we ask for)
{ git --git-dir="$git_dir" archive "$tag" -- ':(glob)org.knime.core.workflow.tests/**/settings.xml' \
    ':(glob)org.knime.core.workflow.tests/**/workflow.knime' 2>/dev/null || true; } | tar -x -C "$work"
count=$(find "$work" -type f | wc -l)
echo "round-tripping $count settings.xml/workflow.knime files of knime-core $tag"
java -cp "$jars" "$here/conformance/XmlRoundTrip.java" "$work"
