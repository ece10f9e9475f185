#!/usr/bin/env python3
"""Runs one check over one source file through BOTH front doors -- the
standalone `authtidy` driver and `clang-tidy-19 --load libauthtidy-plugin.so`
-- and FileChecks each output against the CHECK-MESSAGES lines of the source,
the way clang-tidy's own check_clang_tidy.py does. No unexpected finding is
allowed, and both doors must report the same findings.

Usage (in a RUN line):
  %check_authtidy [-check-suffix=S] <source> <check> <temp> [-- <tidy args> [-- <compiler args>]]

The standalone prints a finding's real level (error, warning, or remark for
note-level findings); clang-tidy cannot show errors from checks (NOLINT does
not apply to errors), so the plugin prints error-level findings as warnings.
The expectations are written for the standalone and translated for the
plugin run.
"""
import argparse
import os
import re
import subprocess
import sys

FINDING = re.compile(r'^(.*?):(\d+):(\d+): (error|warning|remark|note): (.*)$')


def run(cmd, out_path):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.decode('utf-8', 'replace')
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write(out)
    return proc.returncode, out, proc.stderr.decode('utf-8', 'replace')


def findings(text, translate_errors):
    result = []
    for line in text.splitlines():
        m = FINDING.match(line)
        if not m:
            continue
        level = m.group(4)
        if translate_errors and level == 'error':
            level = 'warning'
        result.append('%s:%s:%s: %s: %s' % (os.path.basename(m.group(1)),
                                            m.group(2), m.group(3), level,
                                            m.group(5)))
    return sorted(result)


def filecheck(args, source, output_file, prefix):
    cmd = [args.filecheck, '-input-file=' + output_file, source,
           '-check-prefix=' + prefix,
           '-implicit-check-not={{(warning|error|remark): }}']
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout.decode('utf-8', 'replace'))
        return False
    return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--authtidy', required=True)
    p.add_argument('--plugin', required=True)
    p.add_argument('--clang-tidy', required=True)
    p.add_argument('--filecheck', required=True)
    p.add_argument('-check-suffix', default='')
    p.add_argument('source')
    p.add_argument('check')
    p.add_argument('temp')
    argv = sys.argv[1:]
    rest = []
    if '--' in argv:
        i = argv.index('--')
        argv, rest = argv[:i], argv[i + 1:]
    args = p.parse_args(argv)
    tidy_args, compiler_args = rest, []
    if '--' in tidy_args:
        i = tidy_args.index('--')
        tidy_args, compiler_args = tidy_args[:i], tidy_args[i + 1:]

    prefix = 'CHECK-MESSAGES' + ('-' + args.check_suffix if args.check_suffix else '')
    checks = '-checks=-*,' + args.check
    std_out = args.temp + '.standalone.txt'
    plugin_out = args.temp + '.plugin.txt'

    std_rc, std_text, std_err = run(
        [args.authtidy, checks, '--fail-on=none'] + tidy_args +
        [args.source, '--'] + compiler_args, std_out)
    plugin_rc, plugin_text, plugin_err = run(
        [args.clang_tidy, '--load=' + args.plugin, checks, '--quiet'] +
        tidy_args + [args.source, '--'] + compiler_args, plugin_out)
    ok = True
    if std_rc != 0:
        print('authtidy exited with %d:\n%s' % (std_rc, std_err))
        ok = False

    # The plugin run checks the same expectations with errors shown as
    # warnings: write a copy of the source whose CHECK lines say so.
    with open(args.source, encoding='utf-8', errors='surrogateescape') as f:
        source_text = f.read()
    plugin_source = args.temp + '.plugin-expectations' + os.path.splitext(args.source)[1]
    pattern = re.compile(r'(//\s*' + re.escape(prefix) + r'(?:-NEXT|-SAME)?:.*?) error: ')
    with open(plugin_source, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('\n'.join(pattern.sub(r'\1 warning: ', line)
                          for line in source_text.split('\n')))

    has_expectations = (prefix + ':') in source_text
    if has_expectations:
        ok &= filecheck(args, args.source, std_out, prefix)
        ok &= filecheck(args, plugin_source, plugin_out, prefix)
    else:
        # A negative test: neither door may report anything.
        for name, text in (('authtidy', std_text), ('clang-tidy plugin', plugin_text)):
            if findings(text, False):
                print('%s reported findings in a file without expectations:\n%s'
                      % (name, text))
                ok = False

    a, b = findings(std_text, True), findings(plugin_text, False)
    if a != b:
        print('the two front doors disagree:\n  authtidy:\n    %s\n  plugin:\n    %s'
              % ('\n    '.join(a), '\n    '.join(b)))
        print('plugin stderr:\n' + plugin_err)
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
