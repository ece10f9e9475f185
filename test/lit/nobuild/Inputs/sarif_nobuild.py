"""sarif_nobuild.py FILE: prints what a SARIF log says about a scan without
a build, one fact a line: each rule's precision, the run's and the
invocation's authtidy/* properties, and each result's properties."""
import json
import sys

run = json.load(open(sys.argv[1], encoding='utf-8'))['runs'][0]
for rule in run['tool']['driver']['rules']:
    print('rule %s precision=%s' % (rule['id'], rule['properties']['precision']))
for where, bag in (('run', run.get('properties', {})),
                   ('invocation', run['invocations'][0].get('properties', {}))):
    for key in sorted(bag):
        value = bag[key]
        if isinstance(value, list):
            value = ','.join(value) or '-'
        print('%s %s=%s' % (where, key, 'some' if key.endswith('Errors') and value else value))
for r in run['results']:
    loc = r['locations'][0]['physicalLocation']['artifactLocation']['uri']
    print('result %s %s %s' % (r['ruleId'], loc,
                               json.dumps(r.get('properties', {}), sort_keys=True)))
