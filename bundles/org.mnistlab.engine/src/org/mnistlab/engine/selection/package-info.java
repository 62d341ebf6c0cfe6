/**
 * Splits and cross-validation: ordered, stratified and shuffled splits, KFold, StratifiedKFold, one-pass CV.
 */
package org.mnistlab.engine.selection;
