#!/usr/bin/env python3
"""sarif_summary.py: what run-authtidy.sh reports about an authtidy SARIF log.

Usage: sarif_summary.py --sarif FILE --fail-on LEVEL [--catalog FILE]
           [--docs-url URL] [--summary FILE] [--output FILE] [--annotate]
           [--status N] [--title TEXT]

- counts the findings: results of kind "fail" that are new (no
  baselineState, or "new"); "unchanged" and "absent" results of a --baseline
  run are reported separately and never count;
- appends a Markdown step summary to --summary: findings by check, by
  threat (linked to the threat model pages named by rules/catalog.json) and
  one row per finding;
- appends "findings=N" and "sarif=FILE" to --output ($GITHUB_OUTPUT);
- with --annotate, prints one GitHub workflow command (::error/::warning/
  ::notice) per counted finding, for runs whose SARIF is not uploaded;
- exits 1 when a counted finding is at or above --fail-on, 0 otherwise,
  3 when the SARIF cannot be read.

Standard library only; the output is deterministic for a given SARIF log and
environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA, when all
are set, turn finding locations into links)."""
import argparse
import html
import json
import os
import re
import sys
import urllib.parse

LEVELS = {'none': 0, 'note': 1, 'warning': 2, 'error': 3}
THREAT_TAG = re.compile(r'^T-[A-Z]*[0-9]+$')
CWE_TAG = re.compile(r'^external/cwe/cwe-([0-9]+)$')
MAX_ROWS = 100
MAX_ANNOTATIONS = 50


def cell(text):
    """Text safe inside a Markdown table cell (no HTML, no column break)."""
    text = ' '.join(str(text).split())
    return html.escape(text, quote=False).replace('|', '\\|')


def command_data(text):
    return text.replace('%', '%25').replace('\r', '%0D').replace('\n', '%0A')


def command_property(text):
    return command_data(text).replace(':', '%3A').replace(',', '%2C')


def plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def load_catalog(path):
    threats = {}
    if path and os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for t in json.load(f).get('threats', []):
                threats[t['id']] = t
    return threats


def docs_base(args, runs):
    if args.docs_url:
        return args.docs_url.rstrip('/')
    for run in runs:
        uri = run.get('tool', {}).get('driver', {}).get('informationUri', '')
        if uri.endswith('/README.md'):
            return uri[:-len('/README.md')]
    return 'https://github.com/authtidy/authtidy/blob/main'


def location(result):
    locs = result.get('locations') or [{}]
    phys = locs[0].get('physicalLocation', {})
    uri = urllib.parse.unquote(phys.get('artifactLocation', {}).get('uri', ''))
    region = phys.get('region', {})
    return uri, region.get('startLine', 0), region.get('startColumn', 0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--sarif', required=True)
    p.add_argument('--fail-on', required=True, choices=sorted(LEVELS))
    p.add_argument('--catalog')
    p.add_argument('--docs-url')
    p.add_argument('--summary')
    p.add_argument('--output')
    p.add_argument('--annotate', action='store_true')
    p.add_argument('--status', type=int, default=0)
    p.add_argument('--title', default='')
    args = p.parse_args()

    try:
        with open(args.sarif, encoding='utf-8') as f:
            log = json.load(f)
        runs = log['runs']
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.stderr.write('run-authtidy: error: cannot read SARIF %r: %s\n' % (args.sarif, e))
        return 3

    threats = load_catalog(args.catalog)
    base = docs_base(args, runs)
    rules = {}          # id -> {'uri', 'threats', 'cwes'}
    counted = []        # (path, line, column, ruleId, level, message)
    unchanged = absent = 0
    baseline = False
    incomplete = False
    notifications = []
    for run in runs:
        for rule in run.get('tool', {}).get('driver', {}).get('rules', []):
            tags = rule.get('properties', {}).get('tags', [])
            rules[rule['id']] = {
                'uri': rule.get('helpUri', ''),
                'threats': [t for t in tags if THREAT_TAG.match(t)],
                'cwes': [int(m.group(1)) for m in map(CWE_TAG.match, tags) if m],
            }
        for inv in run.get('invocations', []):
            if not inv.get('executionSuccessful', True):
                incomplete = True
            for n in inv.get('toolExecutionNotifications', []):
                notifications.append(n.get('message', {}).get('text', ''))
        for r in run.get('results', []):
            state = r.get('baselineState')
            baseline |= state is not None
            if state == 'unchanged':
                unchanged += 1
                continue
            if state == 'absent' or r.get('kind', 'fail') != 'fail':
                absent += state == 'absent'
                continue
            path, line, col = location(r)
            counted.append((path, line, col, r.get('ruleId', '?'),
                            r.get('level', 'warning'),
                            r.get('message', {}).get('text', '')))
    counted.sort()

    by_level = {lvl: sum(1 for c in counted if c[4] == lvl)
                for lvl in ('error', 'warning', 'note')}
    threshold = LEVELS[args.fail_on]
    failing = [c for c in counted
               if threshold and LEVELS.get(c[4], 0) >= threshold]

    if args.output:
        with open(args.output, 'a', encoding='utf-8') as out:
            out.write('findings=%d\n' % len(counted))
            out.write('sarif=%s\n' % args.sarif)

    repo_link = None
    env = os.environ
    if env.get('GITHUB_SERVER_URL') and env.get('GITHUB_REPOSITORY') and env.get('GITHUB_SHA'):
        repo_link = '%s/%s/blob/%s/' % (env['GITHUB_SERVER_URL'].rstrip('/'),
                                        env['GITHUB_REPOSITORY'], env['GITHUB_SHA'])

    def threat_link(tid):
        t = threats.get(tid)
        if t and t.get('doc'):
            return '[%s](%s/%s)' % (tid, base, t['doc'])
        return tid

    def check_link(rid):
        uri = rules.get(rid, {}).get('uri')
        return '[`%s`](%s)' % (rid, uri) if uri else '`%s`' % rid

    if args.summary:
        new = 'new ' if baseline else ''
        lines = ['## authtidy%s: %s' % (
            ' (%s)' % cell(args.title) if args.title else '',
            plural(len(counted), new + 'finding')), '']
        detail = '%d error, %d warning, %d note' % (
            by_level['error'], by_level['warning'], by_level['note'])
        sentence = '%s (%s) in `%s`' % (plural(len(counted), new + 'finding'),
                                        detail, cell(args.sarif))
        if baseline:
            sentence += '; %d unchanged and %d absent since the baseline, not counted' % (
                unchanged, absent)
        if args.fail_on == 'none':
            sentence += '. fail-on `none`: findings do not fail the run.'
        else:
            sentence += '. fail-on `%s`: %s.' % (
                args.fail_on, plural(len(failing), 'finding') + ' at or above it')
        lines.append(sentence)
        if args.status not in (0, 1) or incomplete:
            lines += ['', '**authtidy could not analyze everything (exit %d); '
                      'the findings below may be incomplete.**' % args.status]
            lines += ['- %s' % cell(n) for n in notifications]
        if counted:
            checks = {}
            by_threat = {}
            for c in counted:
                checks[c[3]] = checks.get(c[3], 0) + 1
                for tid in rules.get(c[3], {}).get('threats', []):
                    by_threat.setdefault(tid, {})
                    by_threat[tid][c[3]] = by_threat[tid].get(c[3], 0) + 1
            lines += ['', '### By check', '',
                      '| check | findings | threats | CWE |',
                      '|---|---:|---|---|']
            for rid in sorted(checks):
                info = rules.get(rid, {})
                lines.append('| %s | %d | %s | %s |' % (
                    check_link(rid), checks[rid],
                    ', '.join(threat_link(t) for t in info.get('threats', [])),
                    ', '.join('[CWE-%d](https://cwe.mitre.org/data/definitions/%d.html)'
                              % (n, n) for n in info.get('cwes', []))))
            if by_threat:
                lines += ['', '### By threat', '',
                          '| threat | findings | checks |', '|---|---:|---|']
                for tid in sorted(by_threat):
                    name = threats.get(tid, {}).get('name')
                    lines.append('| %s%s | %d | %s |' % (
                        threat_link(tid), ': ' + cell(name) if name else '',
                        sum(by_threat[tid].values()),
                        ', '.join('`%s`' % r for r in sorted(by_threat[tid]))))
            lines += ['', '### Findings', '',
                      '| level | where | check | message |', '|---|---|---|---|']
            for path, line, col, rid, level, message in counted[:MAX_ROWS]:
                where = '`%s:%d:%d`' % (cell(path), line, col)
                if repo_link and path and not path.startswith(('/', '..')):
                    where = '[%s](%s%s#L%d)' % (
                        where, repo_link, urllib.parse.quote(path), line)
                lines.append('| %s | %s | `%s` | %s |' % (level, where, rid, cell(message)))
            if len(counted) > MAX_ROWS:
                lines.append('')
                lines.append('%d more in the SARIF log.' % (len(counted) - MAX_ROWS))
        with open(args.summary, 'a', encoding='utf-8') as out:
            out.write('\n'.join(lines) + '\n')

    if args.annotate:
        kinds = {'error': 'error', 'warning': 'warning', 'note': 'notice'}
        for path, line, col, rid, level, message in counted[:MAX_ANNOTATIONS]:
            print('::%s file=%s,line=%d,col=%d,title=%s::%s' % (
                kinds.get(level, 'warning'), command_property(path), line, col,
                command_property(rid), command_data(message)))

    if failing:
        sys.stderr.write('run-authtidy: %s at or above fail-on \'%s\'\n' % (
            plural(len(failing), 'finding'), args.fail_on))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
