#!/usr/bin/env python3
"""sarif_query.py FILE WHAT...: prints facts of a SARIF log one per line, in
a stable form for FileCheck. WHAT is any of: executionSuccessful,
notifications, results, messages, related, flows, suppressions, rules,
taxonomies, fingerprints, uribase, category."""
import json
import sys


def where(loc):
    phys = loc.get('physicalLocation', {})
    uri = phys.get('artifactLocation', {}).get('uri', '?')
    region = phys.get('region', {})
    return '%s:%s:%s' % (uri, region.get('startLine', 0), region.get('startColumn', 0))


log = json.load(open(sys.argv[1], encoding='utf-8'))
run = log['runs'][0]
for what in sys.argv[2:]:
    if what == 'executionSuccessful':
        print('executionSuccessful: %s' % str(run['invocations'][0]['executionSuccessful']).lower())
    elif what == 'notifications':
        for n in run['invocations'][0].get('toolExecutionNotifications', []):
            locs = n.get('locations', [])
            print('notification: %s: %s%s' % (n['level'], n['message']['text'],
                                              ' @ ' + where(locs[0]) if locs else ''))
    elif what == 'results':
        for r in run['results']:
            print('result: %s %s %s' % (r['ruleId'], r['level'], where(r['locations'][0])))
    elif what == 'messages':
        for r in run['results']:
            print('message: %s' % r['message']['text'])
    elif what == 'related':
        for r in run['results']:
            for rl in r.get('relatedLocations', []):
                print('related: %s %s %s' % (r['ruleId'], where(rl), rl['message']['text']))
    elif what == 'flows':
        for r in run['results']:
            for cf in r.get('codeFlows', []):
                for tf in cf['threadFlows']:
                    print('flow: ' + ' -> '.join(where(l['location']) for l in tf['locations']))
    elif what == 'suppressions':
        for r in run['results']:
            for s in r.get('suppressions', []):
                print('suppression: %s %s %s justification=%r' % (
                    r['ruleId'], where(r['locations'][0]), s['kind'], s.get('justification')))
    elif what == 'rules':
        for rule in run['tool']['driver']['rules']:
            props = rule.get('properties', {})
            print('rule: %s level=%s severity=%r tags=%s' % (
                rule['id'], rule['defaultConfiguration']['level'],
                props.get('security-severity'), ','.join(props.get('tags', []))))
            for rel in rule.get('relationships', []):
                t = rel['target']
                print('  relationship: %s/%s' % (t['toolComponent']['name'], t['id']))
    elif what == 'taxonomies':
        for tax in run.get('taxonomies', []):
            print('taxonomy: %s %s' % (tax['name'], ','.join(t['id'] for t in tax['taxa'])))
    elif what == 'fingerprints':
        for r in run['results']:
            print('fingerprint: %s' % r['partialFingerprints']['authtidy/v1'])
    elif what == 'uribase':
        print('srcroot: %s' % run['originalUriBaseIds']['%SRCROOT%']['uri'])
    elif what == 'category':
        print('category: %s' % run.get('automationDetails', {}).get('id'))
    else:
        sys.exit('sarif_query: unknown query ' + what)
