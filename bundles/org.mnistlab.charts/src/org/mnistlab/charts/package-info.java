/**
 * The lab's figures, drawn with JFreeChart from plain data (arrays, or the engine's feature matrices, curves and
 * training logs): the digit grid, precision and recall against the decision threshold, the precision-recall curve,
 * the ROC curve, confusion-matrix heatmaps, cross-validation accuracy per fold and the SGD training loss per epoch.
 * Each chart class builds a {@link org.mnistlab.charts.Figure}, which renders headless to an image, PNG bytes or an SVG
 * document. The KNIME nodes' image outputs and the headless runner's report use the same classes, so both show the
 * same pictures.
 */
package org.mnistlab.charts;
