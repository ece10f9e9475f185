#!/usr/bin/python3
"""Measures authtidy against the compiler's own parse (docs/performance.md).

For each corpus size N (bench/corpus.py: handler code on the real
cpp-httplib, cpp-jwt and libpqxx headers) it runs, --runs times each:

  floor      clang++-19 -fsyntax-only, one process per unit, in turn
  tidy-1     clang-tidy-19 with one cheap check, all units in one process
  plugin     clang-tidy-19 --load <plugin> --checks=-*,auth-*
  j1, jN     authtidy with all checks, -j1 and -jN (no cache)
  j1-whole   authtidy -j1 matching the whole AST, system headers included
             (SystemHeaders: true), as clang-tidy's engine does
  cold, warm authtidy -jN with a new result cache, then again with it

and prints, per tool, the median wall time, CPU time (user + system of the
process and its children) and peak resident memory, and their ratios to the
floor's (per unit; for -jN the wall ratio is the time the whole corpus
takes, so it shows throughput). Wall times suffer from anything else the
machine runs; CPU time much less: both are printed, with the load average.

    bench/run.py                        # N = 10, 50, 200; 5 runs each
    bench/run.py --sizes 10 --runs 1    # a quick look
    bench/run.py --json raw.json ...    # raw.json is rewritten after each run,
    bench/run.py --report raw.json      # so the tables of a bench cut short remain

Run by hand, never by the test suite (test/lit/bench only checks that the
corpus still compiles).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402

ALL_TOOLS = ['floor', 'tidy-1', 'plugin', 'j1', 'jN', 'j1-whole', 'cold', 'warm']


def measure(argv, cwd, ok_codes=(0,)):
    """Runs argv; returns (wall s, CPU s, peak RSS KiB) of it and its
    children."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in ok_codes:
        sys.exit('bench: %s exited with %d:\n%s' % (' '.join(argv[:4]) + ' ...', code,
                                                    err.decode(errors='replace')[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def run_tool(tool, args, work, commands, cache_dir):
    files = [c['file'] for c in commands]
    # authtidy exits 1 when it finds something: the corpus has mistakes.
    at = [args.authtidy, '--quiet', '-p', work]
    if tool == 'floor':
        wall = cpu = 0.0
        rss = 0
        for c in commands:
            w, u, r = measure(corpus.syntax_only(c), work)
            wall, cpu, rss = wall + w, cpu + u, max(rss, r)
        return wall, cpu, rss
    if tool == 'tidy-1':
        return measure([args.clang_tidy, '--quiet', '-p', work,
                        '--checks=-*,' + args.cheap_check] + files, work)
    if tool == 'plugin':
        return measure([args.clang_tidy, '--quiet', '-p', work, '--load', args.plugin,
                        '--checks=-*,auth-*'] + files, work)
    if tool == 'j1':
        return measure(at + ['--no-cache', '-j1', 'src'], work, (0, 1))
    if tool == 'jN':
        return measure(at + ['--no-cache', '-j%d' % args.jobs, 'src'], work, (0, 1))
    if tool == 'j1-whole':
        return measure(at + ['--no-cache', '-j1', '--config',
                             '{Checks: "-*,auth-*", SystemHeaders: true}', 'src'],
                       work, (0, 1))
    if tool == 'cold':
        shutil.rmtree(cache_dir, ignore_errors=True)
    if tool in ('cold', 'warm'):
        return measure(at + ['--cache-dir', cache_dir, '-j%d' % args.jobs, 'src'],
                       work, (0, 1))
    raise ValueError(tool)


def write_json(args, raw):
    """Writes the samples so far to --json: after every run, so that a bench
    cut short (hours at N=200) keeps what it measured."""
    if not args.json:
        return
    tmp = args.json + '.tmp'
    with open(tmp, 'w') as f:
        json.dump({'machine': machine(), 'argv': sys.argv, 'jobs': args.jobs,
                   'samples': {str(n): {t: [list(s) for s in v] for t, v in raw[n].items()}
                               for n in raw}}, f, indent=1)
    os.replace(tmp, args.json)


def print_size(n, samples, jobs):
    """Prints the table of one corpus size: per tool, the median of its runs
    and its ratios to the floor's median."""
    samples = {t: v for t, v in samples.items() if v}
    if 'floor' not in samples:
        return
    counts = sorted(set(len(v) for v in samples.values()))
    med = {t: tuple(statistics.median(s[i] for s in v) for i in range(3))
           for t, v in samples.items()}
    fw, fc, fr = med['floor']
    print()
    print('N=%d units, median of %d run%s' % (n, counts[-1], '' if counts[-1] == 1 else 's'))
    if len(counts) > 1:  # a bench cut short (--report of a partial --json)
        print('(cut short: ' + ', '.join('%s %d' % (t, len(v)) for t, v in samples.items())
              + ' runs)')
    print()
    print('| tool | wall s | wall/unit s | CPU/unit s | peak RSS MiB | wall x floor | CPU x floor | RSS x floor |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|')
    for t in samples:
        w, c, m = med[t]
        print('| %s | %.1f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f |' % (
            label(t, jobs), w, w / n, c / n, m / 1024, w / fw, c / fc, m / fr))
    if 'j1' in med and 'jN' in med:
        print()
        print('-j%d throughput: %.2fx that of -j1' % (jobs, med['j1'][0] / med['jN'][0]))
    if 'cold' in med and 'warm' in med:
        print('warm cache: %.1f%% of the cold run\'s wall time (%.2f s of %.1f s)' % (
            100 * med['warm'][0] / med['cold'][0], med['warm'][0], med['cold'][0]))


def print_summary(raw):
    """Time per unit of authtidy -j1 across the sizes (the flatness target)."""
    sizes = [n for n in raw if raw[n].get('j1')]
    if len(sizes) < 2:
        return
    print('authtidy -j1 wall per unit: ' + ', '.join(
        'N=%d %.2f s' % (n, statistics.median(s[0] for s in raw[n]['j1']) / n) for n in sizes))
    print('authtidy -j1 CPU per unit:  ' + ', '.join(
        'N=%d %.2f s' % (n, statistics.median(s[1] for s in raw[n]['j1']) / n) for n in sizes))


def report(path):
    """Prints the tables of a --json file, also one a bench cut short
    wrote: the medians of the runs it finished."""
    with open(path) as f:
        data = json.load(f)
    print('machine: %s' % data['machine'])
    print('command: %s' % ' '.join([os.path.relpath(data['argv'][0])] + data['argv'][1:]))
    raw = {int(n): {t: [tuple(s) for s in v] for t, v in tools.items()}
           for n, tools in data['samples'].items()}
    for n, samples in raw.items():
        print_size(n, samples, data['jobs'])
    print()
    print_summary(raw)
    return 0


def label(tool, jobs):
    return {
        'floor': 'parse floor (clang++-19 -fsyntax-only)',
        'tidy-1': 'clang-tidy-19, one cheap check',
        'plugin': 'plugin (clang-tidy-19 --load, auth-*)',
        'j1': 'authtidy, all checks, -j1',
        'jN': 'authtidy, all checks, -j%d' % jobs,
        'j1-whole': 'authtidy -j1, whole AST (SystemHeaders)',
        'cold': 'authtidy -j%d, all checks, cache cold' % jobs,
        'warm': 'authtidy -j%d, all checks, cache warm' % jobs,
    }[tool]


def machine():
    model = ''
    try:
        for line in open('/proc/cpuinfo'):
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30
    return '%s, %d cores, %.0f GiB, %s' % (model or platform.machine(),
                                          os.cpu_count(), mem, platform.platform())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--sizes', default='10,50,200',
                    help='corpus sizes, comma-separated (default 10,50,200)')
    ap.add_argument('--runs', type=int, default=5, help='runs per tool (median; default 5)')
    ap.add_argument('--tools', default=','.join(ALL_TOOLS),
                    help='some of ' + ','.join(ALL_TOOLS))
    ap.add_argument('--jobs', type=int, default=2, help='N of -jN (default 2)')
    ap.add_argument('--build', default=os.path.join(HERE, '..', 'build'),
                    help='authtidy build directory (default build/)')
    ap.add_argument('--authtidy', help='default: <build>/bin/authtidy')
    ap.add_argument('--plugin', help='default: <build>/lib/libauthtidy-plugin.so')
    ap.add_argument('--clang-tidy', default='clang-tidy-19')
    ap.add_argument('--cheap-check', default='bugprone-suspicious-semicolon')
    ap.add_argument('--work', help='where the corpora go (default: a temporary directory)')
    ap.add_argument('--json', help='also write the raw measurements here (after every run)')
    ap.add_argument('--report', metavar='JSON',
                    help='measure nothing: print the tables of a --json file')
    args = ap.parse_args()
    if args.report:
        return report(args.report)
    args.authtidy = os.path.abspath(args.authtidy or os.path.join(args.build, 'bin', 'authtidy'))
    args.plugin = os.path.abspath(args.plugin or os.path.join(args.build, 'lib', 'libauthtidy-plugin.so'))
    tools = [t for t in args.tools.split(',') if t]
    unknown = set(tools) - set(ALL_TOOLS)
    if unknown or args.runs < 1:
        ap.error('unknown tools %s' % ', '.join(sorted(unknown)) if unknown else '--runs must be >= 1')
    for path in (args.authtidy, args.plugin):
        if not os.path.exists(path):
            ap.error('%s does not exist; build authtidy or pass --build' % path)
    if 'floor' not in tools:
        tools.insert(0, 'floor')  # every ratio is to the floor
    if 'warm' in tools and 'cold' not in tools:
        tools.insert(tools.index('warm'), 'cold')  # warm needs a cold cache first

    work_root = args.work or tempfile.mkdtemp(prefix='authtidy-bench-')
    sizes = [int(s) for s in args.sizes.split(',')]
    print('machine: %s' % machine())
    print('command: %s' % ' '.join([os.path.relpath(sys.argv[0])] + sys.argv[1:]))
    print('authtidy: %s' % subprocess.run([args.authtidy, '--version'], capture_output=True,
                                          text=True).stdout.strip())
    print('load average at start: %.2f %.2f %.2f' % os.getloadavg())
    raw = {}
    for n in sizes:
        work = os.path.join(work_root, 'n%d' % n)
        commands = corpus.generate(work, n)
        cache_dir = os.path.join(work, 'cache')
        samples = {t: [] for t in tools}
        raw[n] = samples
        for r in range(args.runs):
            for t in tools:
                samples[t].append(run_tool(t, args, work, commands, cache_dir))
                sys.stderr.write('\rN=%d run %d/%d %-10s' % (n, r + 1, args.runs, t))
            write_json(args, raw)
        sys.stderr.write('\r\033[K')
        print_size(n, samples, args.jobs)
    print()
    print('load average at end: %.2f %.2f %.2f' % os.getloadavg())
    print_summary(raw)
    write_json(args, raw)
    if not args.work:
        shutil.rmtree(work_root, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
