/**
 * Linear models: scikit-learn's SGDClassifier (plain SGD with its losses, penalties and learning-rate schedules).
 */
package org.mnistlab.engine.linear;
