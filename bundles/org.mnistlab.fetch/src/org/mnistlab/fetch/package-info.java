/**
 * Obtaining the four MNIST files: from a folder, from the per-user cache, or downloaded from web mirrors into the
 * cache, each file verified by its checksums before it gets its final name there; a file lock keeps processes that
 * fill the same cache at once from racing. Everything is explicit: folders, mirrors, checksums and timeouts are
 * parameters; this package reads no environment variables and starts no processes.
 */
package org.mnistlab.fetch;
