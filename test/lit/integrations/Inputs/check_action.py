#!/usr/bin/env python3
"""check_action.py [--extract DIR] FILE...: static checks of a GitHub Action
(action.yml) or workflow, for script injection and consistency.

For every step of the file (runs.steps of an action, jobs.*.steps of a
workflow) it prints one line:
  <file>: <step>: run | uses <action>[ if <condition>]
and reports as a problem:
- a `run:` script that contains a ${{ }} expression: inputs and event data
  must reach shell code through `env:`, never be pasted into it;
- a composite action's `run:` step without `shell: bash`;
- an `inputs.<name>` the action does not declare, or a declared input that
  nothing uses.
With --extract, every run script is written to DIR/<file>-<n>.sh (bash, as
GitHub runs it) for shellcheck.
Last line: "check_action: N file(s), M problem(s)"; exit 1 on problems."""
import os
import re
import sys

import yaml

EXPR = re.compile(r'\$\{\{.*?\}\}', re.S)
INPUT = re.compile(r'\binputs\.([A-Za-z0-9_-]+)')

args = sys.argv[1:]
extract = None
if args[:1] == ['--extract']:
    extract, args = args[1], args[2:]
problems = []
for path in args:
    text = open(path, encoding='utf-8').read()
    doc = yaml.safe_load(text)
    name = os.path.basename(path)
    is_action = 'runs' in doc
    steps = []
    if is_action:
        steps = [('', n, s) for n, s in enumerate(doc['runs'].get('steps', []), 1)]
    else:
        for job_id, job in doc.get('jobs', {}).items():
            steps += [(job_id + '/', n, s) for n, s in enumerate(job.get('steps', []), 1)]
    for job, n, step in steps:
        label = job + (step.get('id') or step.get('name') or 'step %d' % n)
        what = 'run' if 'run' in step else 'uses %s' % step.get('uses')
        cond = ' '.join(str(step['if']).split()) if 'if' in step else ''
        print('%s: %s: %s%s' % (name, label, what, ' if ' + cond if cond else ''))
        if 'run' not in step:
            continue
        for expr in EXPR.findall(step['run']):
            problems.append('%s: %s: run: contains %s' % (name, label, ' '.join(expr.split())))
        if is_action and step.get('shell') != 'bash':
            problems.append('%s: %s: run: without shell: bash' % (name, label))
        if extract:
            out = os.path.join(extract, '%s-%s%d.sh' % (
                os.path.splitext(name)[0], job.replace('/', '-'), n))
            with open(out, 'w', encoding='utf-8') as f:
                f.write('#!/usr/bin/env bash\n# %s: %s\nset -eo pipefail\n%s\n'
                        % (name, label, step['run']))
    if is_action:
        declared = set((doc.get('inputs') or {}).keys())
        used = set(INPUT.findall(text))
        for i in sorted(used - declared):
            problems.append('%s: inputs.%s is not declared' % (name, i))
        for i in sorted(declared - used):
            problems.append('%s: input %s is never used' % (name, i))
for p in problems:
    print(p)
print('check_action: %d file(s), %d problem(s)' % (len(args), len(problems)))
sys.exit(1 if problems else 0)
