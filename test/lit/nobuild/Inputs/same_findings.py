"""same_findings.py BUILD.json NOBUILD.json: compares the findings of two
authtidy JSON reports (check, level, place, message) and prints how many
they share, or what differs; exits 1 when they differ or when there are
none to compare."""
import json
import sys


def findings(path):
    report = json.load(open(path))
    return sorted((f['check'], f['level'], f['file'], f['line'], f['column'],
                   f['message']) for f in report['findings'])


build, nobuild = findings(sys.argv[1]), findings(sys.argv[2])
only_build = [f for f in build if f not in nobuild]
only_nobuild = [f for f in nobuild if f not in build]
for f in only_build:
    print('only with the build: %s %s %s:%d:%d %s' % f)
for f in only_nobuild:
    print('only without the build: %s %s %s:%d:%d %s' % f)
if only_build or only_nobuild or not build:
    print('findings differ (%d with the build, %d without)'
          % (len(build), len(nobuild)))
    sys.exit(1)
checks = sorted(set(f[0] for f in build))
print('same findings: %d (%s)' % (len(build), ', '.join(checks)))
