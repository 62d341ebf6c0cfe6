#!/bin/sh
# Rewrites the workflow folders from their definitions (tests/org.mnistlab.workflows.tests, LabWorkflows), built
# and saved by KNIME 5.7.0 (the oldest release the nodes support, so every newer KNIME opens them), and the
# README screenshots in docs/ from headless runs of the workflows, by running the workflow tests with
# MNISTLAB_REGENERATE=true. Needs MNIST ($MNIST_DIR or the per-user cache) for the screenshots. Extra arguments go to
# Maven (e.g. -o). Review the changes with git diff, then run ./mvnw verify, which rebuilds the .knwf archives and
# checks everything.
set -e
cd "$(dirname "$0")/.."
MNISTLAB_REGENERATE=true ./mvnw -B -q verify -Dmnist.fetch.skip -pl tests/org.mnistlab.workflows.tests -am "$@"
