#!/usr/bin/env python3
"""check_docs.py ROOT: the docs say what rules/catalog.json says.

- every check of the catalog has docs/checks/<id>.md whose metadata lines
  (Level, Threats, CWE) equal the catalog's, and no page documents a check
  the catalog lacks;
- every threat's doc exists and is titled '# <id>: <name>';
- the README's table of checks has one row per check of the catalog, in
  its order, with the catalog's threats and CWEs;
- relative links in README.md and docs/**/*.md point at existing files.
Prints one line per problem; exits 1 if there is any."""
import json
import os
import re
import sys

root = sys.argv[1]
catalog = json.load(open(os.path.join(root, 'rules', 'catalog.json')))
problems = []

for check in catalog['checks']:
    page = os.path.join(root, 'docs', 'checks', check['id'] + '.md')
    if not os.path.exists(page):
        problems.append('%s: missing doc page %s' % (check['id'], page))
        continue
    lines = open(page, encoding='utf-8').read().split('\n')
    want = [
        '# ' + check['id'],
        '',
        '- **Level:** ' + check['level'],
        '- **Threats:** ' + ', '.join(check['threats']),
        '- **CWE:** ' + ', '.join('CWE-%d' % c for c in check['cwe']),
    ]
    if lines[:len(want)] != want:
        problems.append('%s: the page must start with\n  %s\nbut starts with\n  %s'
                        % (page, '\n  '.join(want), '\n  '.join(lines[:len(want)])))

ids = {c['id'] for c in catalog['checks']}
for name in sorted(os.listdir(os.path.join(root, 'docs', 'checks'))):
    if name.endswith('.md') and name != 'README.md' and name[:-3] not in ids:
        problems.append('docs/checks/%s documents a check the catalog does not have' % name)

for threat in catalog['threats']:
    doc = os.path.join(root, threat['doc'])
    if not os.path.exists(doc):
        problems.append('%s: missing threat doc %s' % (threat['id'], threat['doc']))
        continue
    first = open(doc, encoding='utf-8').readline().rstrip('\n')
    if first != '# %s: %s' % (threat['id'], threat['name']):
        problems.append('%s: title is %r, catalog says %r'
                        % (threat['doc'], first, '# %s: %s' % (threat['id'], threat['name'])))

# The README's table: | [`id`](docs/checks/id.md) | finds | level | threats | CWEs |
row = re.compile(r'^\| \[`(auth-[a-z-]+)`\]\(docs/checks/\1\.md\) \|.*\| (.*) \| (.*) \|$')
readme_rows = []
for line in open(os.path.join(root, 'README.md'), encoding='utf-8'):
    m = row.match(line.rstrip('\n'))
    if m:
        readme_rows.append((m.group(1), list(dict.fromkeys(re.findall(r'T-[A-Z]*\d+', m.group(2)))),
                            [int(c) for c in re.findall(r'\d+', m.group(3))]))
want_rows = [(c['id'], c['threats'], c['cwe']) for c in catalog['checks']]
if readme_rows != want_rows:
    problems.append('README.md: the table of checks says\n  %s\nthe catalog says\n  %s'
                    % (readme_rows, want_rows))

link = re.compile(r'\]\(([^)#\s]+)(#[^)]*)?\)')
pages = [os.path.join(root, 'README.md')]
for d, _, names in os.walk(os.path.join(root, 'docs')):
    pages += [os.path.join(d, n) for n in names if n.endswith('.md')]
for page in pages:
    for target, _ in link.findall(open(page, encoding='utf-8').read()):
        if re.match(r'^[a-z]+:', target):
            continue
        path = os.path.normpath(os.path.join(os.path.dirname(page), target))
        if not os.path.exists(path):
            problems.append('%s: broken link %s' % (os.path.relpath(page, root), target))

for p in problems:
    print(p)
print('check_docs: %d problem(s)' % len(problems))
sys.exit(1 if problems else 0)
