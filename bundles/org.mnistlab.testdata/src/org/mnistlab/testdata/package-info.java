/**
 * What the tests of every module share: the real MNIST files (found once, the same way everywhere, skipped without
 * them on a developer machine and failing without them in CI), the scikit-learn fixtures of the source tree, a tiny
 * synthetic MNIST, and a local web server that plays a mirror. Test code only: this bundle never ships.
 */
package org.mnistlab.testdata;
