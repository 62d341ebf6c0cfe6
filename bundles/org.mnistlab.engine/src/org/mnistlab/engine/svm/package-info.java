/**
 * Support vector classification on LIBSVM, fed the way scikit-learn feeds it, with scikit-learn's decision shapes.
 * <p>
 * How LIBSVM ({@code tw.edu.ntu.csie:libsvm} 3.35, a declared dependency; nothing of it is copied or changed) is
 * used, and where that differs from scikit-learn's vendored, modified LIBSVM:
 * <ul>
 * <li>Class order: scikit-learn's copy sorts the labels in {@code svm_group_classes}; LIBSVM orders them by first
 * appearance. We call {@code svm_train} once per class pair, with the pair's samples already grouped (first class
 * +1, then -1, each in original order), which is exactly the sub-problem scikit-learn's copy solves.</li>
 * <li>Kernel values: computed with LIBSVM's formulas and summation order (see {@code KernelFunction},
 * {@code KernelRows}); when memory allows they are handed over as LIBSVM's precomputed kernel, which only changes the
 * speed. scikit-learn's dense kernels sum with BLAS; for integer-valued features both are exact.</li>
 * <li>Memory: LIBSVM's {@code cache_size} is per solver, and its Java cache grows to it. Here a fit's precomputed
 * kernel values and the caches of its solvers are reserved in one pool for all fits of the process
 * ({@code KernelMemory}), so concurrent fits cannot together exhaust the heap; each fit stays within
 * {@code cache_size}. Only the speed depends on what was free.</li>
 * <li>Per-sample weights ({@code sample_weight}, {@code class_weight}) of scikit-learn's copy are not used: all
 * weights are 1, where its solver bounds are the same C as LIBSVM's.</li>
 * <li>Iterations: LIBSVM's Java solver stops a sub-problem of l samples after max(10^7, 100 l) iterations with a
 * warning on standard error; scikit-learn's default {@code max_iter=-1} has no limit.</li>
 * <li>Output: LIBSVM prints its progress on standard output unless a print function is installed; it has only a
 * process-wide one, which this package sets to discard the output when it is first used.</li>
 * <li>Cancel: LIBSVM's solver has no hook, so a fit can only stop between class pairs.</li>
 * </ul>
 */
package org.mnistlab.engine.svm;
