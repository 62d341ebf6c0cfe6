#!/usr/bin/env python3
"""Runs a command while holding the MNIST cache's lock: cache-lock.py LOCKFILE COMMAND [ARG...]

The lock is the one the Java fetch code takes (org.mnistlab.fetch.CacheLock, FileChannel.lock): an exclusive POSIX
fcntl lock on the whole file. flock(1) takes a different kind of lock, which Java does not see, hence this helper.
It waits as long as another process (a KNIME workflow, bin/lab105, another build) holds the lock, then runs the command
and exits with its status; the lock goes with this process.
"""
import fcntl
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: cache-lock.py LOCKFILE COMMAND [ARG...]")
    with open(sys.argv[1], "a") as lock:
        try:
            fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            print("cache-lock: waiting for another fill of the cache to finish (%s is locked)" % sys.argv[1],
                  file=sys.stderr)
            fcntl.lockf(lock, fcntl.LOCK_EX)
        sys.exit(subprocess.call(sys.argv[2:]))


if __name__ == "__main__":
    main()
