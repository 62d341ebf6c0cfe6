/**
 * Saving and loading fitted models of every type: the registry of model types over the container format.
 */
package org.mnistlab.engine.models;
