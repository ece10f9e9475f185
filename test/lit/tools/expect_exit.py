#!/usr/bin/env python3
"""expect_exit.py CODE CMD...: runs CMD, passes its output through, and
fails unless it exits with exactly CODE (lit's `not` only knows non-zero)."""
import subprocess
import sys

want = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:])
if proc.returncode != want:
    sys.stderr.write('expect_exit: %r exited with %d, expected %d\n'
                     % (' '.join(sys.argv[2:]), proc.returncode, want))
    sys.exit(1)
sys.exit(0)
