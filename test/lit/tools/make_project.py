#!/usr/bin/env python3
"""make_project.py SRC DST [--no-db] [--missing NAME]...: copies the fixture
directory SRC to DST (replacing it) and writes DST/compile_commands.json with
one C++17 entry per .c/.cpp file, plus entries for --missing files that do
not exist."""
import json
import os
import shutil
import sys

src, dst = sys.argv[1], sys.argv[2]
flags = sys.argv[3:]
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree(src, dst)
if '--no-db' not in flags:
    files = []
    for root, _, names in os.walk(dst):
        for n in sorted(names):
            if n.endswith(('.cpp', '.c')):
                files.append(os.path.join(root, n))
    for i, f in enumerate(flags):
        if f == '--missing':
            files.append(os.path.join(dst, flags[i + 1]))
    entries = []
    for f in sorted(files):
        std = '-std=c11' if f.endswith('.c') else '-std=c++17'
        compiler = 'clang' if f.endswith('.c') else 'clang++'
        entries.append({'directory': dst, 'file': f,
                        'arguments': [compiler, std, '-c', f]})
    with open(os.path.join(dst, 'compile_commands.json'), 'w') as out:
        json.dump(entries, out, indent=1)
