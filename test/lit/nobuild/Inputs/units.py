"""Prints what an authtidy JSON report says about each unit and finding, one
line each, for FileCheck: the no-build resolution of every unit and the
place and check of every finding."""
import json
import sys

report = json.load(open(sys.argv[1]))
for unit in report['units']:
    nb = unit.get('noBuild')
    line = 'unit %s: %s' % (unit['file'], unit['status'])
    if nb is not None:
        line += ' models=%s stubbed=%s errors=%s' % (
            ','.join(nb['models']) or '-', ','.join(nb['stubbed']) or '-',
            'some' if nb['ignoredErrors'] else 'none')
    print(line)
for f in report['findings']:
    print('finding %s:%d: %s %s%s' % (f['file'], f['line'], f['level'],
                                      f['check'],
                                      ' (no build)' if f.get('noBuild') else ''))
summary = report['summary'].get('noBuild')
if summary:
    print('summary: stubbed=%d models=%d libraries=%s' % (
        summary['stubbedIncludes'], summary['modelIncludes'],
        ','.join(summary['modelLibraries'])))
