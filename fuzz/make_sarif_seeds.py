#!/usr/bin/env python3
"""Writes the seeds of the SARIF fuzz target (corpus/sarif/): runs with file
names, messages and snippets that are not valid UTF-8, control characters,
quotes, URI-reserved characters, every baseline state, places outside the
source root and past the end of their file. The input format is described
in FuzzSarif.cpp; this builder consumes decisions in the same order.

Usage: fuzz/make_sarif_seeds.py (from anywhere; rewrites corpus/sarif/)."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', 'sarif')


class Seed:
    def __init__(self):
        self.control = bytearray()
        self.strings = []

    def byte(self, b):
        self.control.append(b & 0xFF)

    def string(self, s):
        assert b'\0' not in s
        self.strings.append(s)

    def place(self, pick, line, column):
        self.byte(pick)
        self.byte(line)
        self.byte(column)

    def data(self):
        assert len(self.control) < 256
        return (bytes([len(self.control)]) + bytes(self.control) +
                b'\0'.join(self.strings))


def build(files, outside, findings, units, category):
    """files: [(name, content)]; findings: dicts; units: dicts."""
    s = Seed()
    s.byte(len(files))
    for name, content in files:
        s.string(name)
        s.string(content)
    s.string(outside)
    s.byte(len(findings))
    for f in findings:
        s.byte(f.get('check', 0))
        s.byte(f.get('level', 1))
        s.string(f['message'])
        s.place(*f['place'])
        notes = f.get('notes', [])
        s.byte(len(notes))
        for place, message in notes:
            s.place(*place)
            s.string(message)
        s.byte(f.get('flow', 0))
        s.byte(f.get('baseline', 0))
        s.byte(f.get('codepoints', 0))
    s.byte(len(units))
    for u in units:
        s.place(*u['place'])
        s.byte(u['kind'])
        if u['kind'] == 1:
            s.string(u['error'])
        elif u['kind'] == 2:
            s.byte(len(u['errors']) - 1)
            for place, message in u['errors']:
                s.place(*place)
                s.string(message)
    s.string(category)
    return s.data()


# place = (pick, line, column): pick < len(files) is that file, == len(files)
# the file outside the root, more than that no file at all. Results stay in
# files under the root with a line and a message, as the driver writes them:
# GitHub's rules (which the validator applies) reject a result outside the
# checkout, without a region or with an empty message. The fuzz target
# itself goes everywhere.
SEEDS = {
    'invalid-utf8': build(
        files=[(b'caf\xe9_secret.cpp', b'const char *p = "pass\xff\xfeword";\n'),
               (b'\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e.cpp',
                b'// \xe6\x97\xa5\xe6\x9c\xac\nconst char *k = "\xc3(\xa0\xa1";\n')],
        outside=b'\xff\xfe/../x.cpp',
        findings=[
            {'message': b"variable 'p' holds 'pa\xff\xfe...' (9 characters)",
             'place': (0, 1, 18), 'level': 1},
            {'message': b'key \xc3\x28 \xe2\x82 \xf0\x9f\x94 truncated',
             'place': (1, 2, 17), 'level': 2, 'check': 1,
             'notes': [((1, 1, 4), b'note \xed\xa0\x80 surrogate'),
                       ((0, 1, 1), b'\xf8\x88\x80\x80\x80 five bytes')],
             'flow': 1},
        ],
        units=[{'place': (0, 0, 0), 'kind': 1,
                'error': b'cannot read \xff: Permission denied'}],
        category=b'cat\xe9gory/\xff'),
    'control-and-quotes': build(
        files=[(b'q"uote\\s \'and\' spaces%25#?&=+;.cpp',
                b'\x01\x02\x1b[31m\r\n\t"\\\n\x7f\n')],
        outside=b'tab\there\nnewline',
        findings=[
            {'message': b'\x1b[31mred\x1b[0m \x07bell\x08 "quoted" \\back\\slash\r\n',
             'place': (0, 1, 3), 'notes': [((0, 2, 1), b'\t')], 'flow': 1},
            {'message': b'</script><!-- {"$schema": null} -->',
             'place': (0, 7, 1), 'level': 0, 'check': 2},
            {'message': b'\x7f', 'place': (0, 1, 1), 'check': 3},
        ],
        units=[{'place': (0, 1, 1), 'kind': 2,
                'errors': [((0, 1, 2), b'expected \';\' \xff'),
                           ((2, 0, 0), b'\x1b[1mfatal\x1b[0m')]}],
        category=b'%SRCROOT%/../"\\'),
    'baseline-states': build(
        files=[(b'b.cpp', b'int a;\nint b;\nint c;\n')],
        outside=b'outside.cpp',
        findings=[
            {'message': b'none', 'place': (0, 1, 1), 'baseline': 0},
            {'message': b'new', 'place': (0, 2, 1), 'baseline': 1},
            {'message': b'unchanged', 'place': (0, 3, 1), 'baseline': 2},
            {'message': b'absent \xff', 'place': (0, 9, 4), 'baseline': 3,
             'codepoints': 1},
            {'message': b'absent twice', 'place': (0, 9, 4), 'baseline': 3,
             'notes': [((0, 1, 1), b'n')], 'flow': 1},
        ],
        units=[{'place': (0, 0, 0), 'kind': 0},
               {'place': (1, 0, 0), 'kind': 1, 'error': b'no such file'}],
        category=b''),
    'columns': build(
        files=[(b'wide.cpp',
                b'\xf0\x9f\x94\x91\xe6\x97\xa5 = "x";\n\xc3\xa9\xc3\xa9\xc3\xa9\n'),
               (b'empty.cpp', b'')],
        outside=b'',
        findings=[
            # Past the end of the line, inside a UTF-8 sequence, past the end
            # of the file, column 0. (Line 0, a finding without a line, has
            # no region, which GitHub's rules reject: the driver never
            # writes one, so no seed has one.)
            {'message': b'past the end', 'place': (0, 1, 250)},
            {'message': b'inside a sequence', 'place': (0, 2, 2)},
            {'message': b'past the file', 'place': (0, 200, 5)},
            {'message': b'column zero', 'place': (0, 1, 0)},
        ],
        units=[],
        category=b'columns'),
    'many-notes': build(
        files=[(b'n.cpp', b'a\nb\nc\n')],
        outside=b'o.cpp',
        findings=[{'message': b'm%d' % i, 'place': (0, i + 1, i),
                   'notes': [((0, 1, 1), b'first'), ((0, 2, 2), b'second')],
                   'flow': i % 2, 'check': i, 'level': i} for i in range(5)],
        units=[{'place': (0, 0, 0), 'kind': 2,
                'errors': [((0, 3, 1), b'e1'), ((0, 3, 2), b'e2')]},
               {'place': (1, 0, 0), 'kind': 1, 'error': b'x'},
               {'place': (2, 0, 0), 'kind': 0}],
        category=b'many'),
    'empty': b'',
}

os.makedirs(OUT, exist_ok=True)
for name, data in SEEDS.items():
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
print('wrote %d seeds to %s' % (len(SEEDS), OUT))
