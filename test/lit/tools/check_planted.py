#!/usr/bin/env python3
"""check_planted.py REPORT.json EXAMPLES_DIR CATALOG [STDERR]: the example
service's findings are exactly its planted mistakes.

Each line of examples/src marked `// PLANTED(<check>)` must carry a finding
of that check, for every check the catalog has (planned checks are not in
the catalog yet); every finding must sit on such a line; lines marked
CORRECT(<check>) must carry none. With STDERR, the summary line the scan
printed there must count the same findings, by level, as the report."""
import json
import os
import re
import sys

report = json.load(open(sys.argv[1], encoding='utf-8'))
examples = os.path.abspath(sys.argv[2])
implemented = {c['id'] for c in json.load(open(sys.argv[3]))['checks']}

marker = re.compile(r'//\s*(PLANTED|CORRECT)\((auth-[a-z-]+)\)')
planted, correct = set(), set()
for d, _, names in os.walk(os.path.join(examples, 'src')):
    for n in names:
        path = os.path.join(d, n)
        for i, line in enumerate(open(path, encoding='utf-8'), 1):
            for kind, check in marker.findall(line):
                rel = os.path.relpath(path, os.path.dirname(examples))
                (planted if kind == 'PLANTED' else correct).add((check, rel, i))

found = set()
for f in report['findings']:
    found.add((f['check'], os.path.normpath(f['file']), f['line']))

problems = []
for check, path, line in sorted(planted):
    if check in implemented and (check, path, line) not in found:
        problems.append('missed: %s at %s:%d' % (check, path, line))
for check, path, line in sorted(found):
    if (check, path, line) not in planted:
        problems.append('unexpected: %s at %s:%d' % (check, path, line))
for check, path, line in sorted(correct):
    if (check, path, line) in found:
        problems.append('false positive on the correct twin: %s at %s:%d' % (check, path, line))
if report['summary']['failedUnits']:
    problems.append('%d translation units failed' % report['summary']['failedUnits'])

if len(sys.argv) > 4:
    levels = {'error': 0, 'warning': 0, 'note': 0}
    for f in report['findings']:
        levels[f['level']] += 1
    n = len(report['findings'])
    want = 'authtidy: %d finding%s (%d error, %d warning, %d note) in %d translation units' % (
        n, '' if n == 1 else 's', levels['error'], levels['warning'], levels['note'],
        report['summary']['units'])
    lines = open(sys.argv[4], encoding='utf-8').read().splitlines()
    if want not in lines:
        problems.append('summary line %r not among the scan\'s stderr lines %r' % (want, lines))

for p in problems:
    print(p)
covered = sorted({c for c, _, _ in planted if c in implemented})
print('check_planted: %d planted finding(s) of %s found, %d problem(s)'
      % (sum(1 for p in planted if p[0] in implemented), ', '.join(covered), len(problems)))
sys.exit(1 if problems else 0)
