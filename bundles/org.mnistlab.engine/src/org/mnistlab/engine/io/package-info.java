/**
 * Reading MNIST: IDX files (raw or gzip) and the four files of the dataset with their checksums. Obtaining the files
 * (cache, checksum-verified download) is the job of the bundle {@code org.mnistlab.fetch}.
 */
package org.mnistlab.engine.io;
