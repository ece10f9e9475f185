#!/usr/bin/env python3
"""run_with_tty_stderr.py CMD...: runs CMD with stderr on a pseudo-terminal
(stdout stays a pipe) and prints what it wrote to stderr, escape sequences
made visible as <ESC>, carriage returns as <CR>."""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=slave)
os.close(slave)
chunks = []
while True:
    try:
        data = os.read(master, 4096)
    except OSError:
        break
    if not data:
        break
    chunks.append(data)
proc.wait()
text = b''.join(chunks).decode('utf-8', 'replace')
sys.stdout.write(text.replace('\x1b', '<ESC>').replace('\r', '<CR>'))
