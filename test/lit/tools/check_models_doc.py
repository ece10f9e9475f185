#!/usr/bin/env python3
"""check_models_doc.py ROOT: docs/no-build.md's table of libraries with a
model says what rules/models.json says.

The table has one row per model directory of the apiModels entries, in the
order the directories first appear: the includes (`header`, or `prefix...`)
of its entries in their order, `models/<dir>`, and the libraries of its
entries joined by ' / ' (a remark in parentheses may follow). Every
directory under models/ is named by an entry or by the table's text.
Prints one line per problem and a count; exits 1 if there is any."""
import json
import os
import re
import sys

root = sys.argv[1]
entries = json.load(open(os.path.join(root, 'rules', 'models.json')))['apiModels']
doc_path = os.path.join(root, 'docs', 'no-build.md')
doc = open(doc_path, encoding='utf-8').read()
problems = []

want = []
by_dir = {}
for e in entries:
    if e['model'] not in by_dir:
        by_dir[e['model']] = []
        want.append(e['model'])
    by_dir[e['model']].append(e)
want = [('; '.join(x.get('header') or x['prefix'] + '...' for x in by_dir[d]),
         'models/' + d,
         ' / '.join(dict.fromkeys(x['library'] for x in by_dir[d])))
        for d in want]

section = doc.split('### Libraries with a model', 1)
if len(section) < 2:
    problems.append('docs/no-build.md: no "### Libraries with a model" section')
    rows = []
else:
    row = re.compile(r'^\| (`.*`) \| `(models/[^`]+)` \| ([^|]*?) \|$')
    rows = []
    for line in section[1].split('\n'):
        m = row.match(line)
        if m:
            includes = '; '.join(re.findall(r'`([^`]+)`', m.group(1)))
            library = re.sub(r' \(.*\)$', '', m.group(3))
            rows.append((includes, m.group(2), library))
        elif rows and not line.startswith('|'):
            break

for w in want:
    if w not in rows:
        problems.append('docs/no-build.md: no row for %s (%s): want | %s | %s | %s |'
                        % (w[1], w[2], w[0], w[1], w[2]))
for r in rows:
    if r not in want:
        problems.append('docs/no-build.md: row %s not in rules/models.json' % ' | '.join(r))
if not problems and rows != want:
    problems.append('docs/no-build.md: rows are not in the order of rules/models.json')

named = {e['model'] for e in entries}
for d in sorted(os.listdir(os.path.join(root, 'models'))):
    if d not in named and 'models/' + d not in doc:
        problems.append('models/%s: neither in rules/models.json nor in docs/no-build.md' % d)

for p in problems:
    print(p)
print('check_models_doc: %d problem(s)' % len(problems))
sys.exit(1 if problems else 0)
