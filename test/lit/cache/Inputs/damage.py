#!/usr/bin/env python3
"""damage.py CACHE_DIR WHAT...: damages the cache's entries, one entry per
WHAT, in sorted order of their paths:
  truncate  cut the entry in half (an interrupted copy, a full disk)
  flip      change one byte of its results (bit rot)
  empty     make it empty (written but never flushed before a crash)
  garbage   replace it with bytes that are no entry at all
  stray     leave a half-written temporary file beside it (a killed writer)
"""
import os
import sys

root, whats = sys.argv[1], sys.argv[2:]
entries = sorted(os.path.join(d, n) for d, _, ns in os.walk(root) for n in ns
                 if '.tmp-' not in n)
if len(entries) < len(whats):
    sys.exit('damage.py: %d entries, %d damages asked' % (len(entries), len(whats)))
for what, path in zip(whats, entries):
    data = open(path, 'rb').read()
    if what == 'truncate':
        data = data[:len(data) // 2]
    elif what == 'flip':
        at = data.rindex(b'"message":"') + len(b'"message":"')
        data = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
    elif what == 'empty':
        data = b''
    elif what == 'garbage':
        data = b'\x7fELF\x00\x01' * 100
    elif what == 'stray':
        with open(path + '.tmp-deadbeef', 'wb') as f:
            f.write(data[:len(data) // 3])
        continue
    else:
        sys.exit('damage.py: unknown damage ' + what)
    with open(path, 'wb') as f:
        f.write(data)
