#!/usr/bin/env python3
"""make_input.py KIND OUT: writes one bad input, generated at test time so
that nothing big is committed. Deterministic (no randomness but a fixed
seed).

  big-literal  a 10 MB string literal, with an AWS-like key at its end
  many-lines   100,000 lines, a hardcoded password on the last one
  deep-sum     a 100,000-term '+' chain (flat source, a deep AST)
  deep-ternary 5,000 nested '?:' of string literals that flow into a
               credential name (right-recursive in the parser and in the
               check's literal flow)
  deep-parens  parentheses nested past clang's bracket limit (256; 2048 since clang 21)
  binary       1 MB of random bytes, NULs included
"""
import random
import sys

kind, out = sys.argv[1], sys.argv[2]
MB = 1 << 20

with open(out, 'wb') as f:
    if kind == 'big-literal':
        # 10 MB of base64-like text, broken by spaces so that no format
        # matches by accident; the key at the end must still be found.
        rnd = random.Random(1)
        alphabet = b'abcdefghijklmnopqrstuvwxyz0123456789+/'
        chunk = bytes(rnd.choice(alphabet) for _ in range(63)) + b' '
        body = chunk * (10 * MB // len(chunk))
        f.write(b'const char *blob =\n    "' + body + b' AKIAQWERTYUIOPASDFGH";\n')
    elif kind == 'many-lines':
        for i in range(99999):
            f.write(b'static const int v%d = %d;\n' % (i, i))
        f.write(b'const char *db_password = "hunter22";\n')
    elif kind == 'deep-sum':
        f.write(b'int f(int x) {\n  return x' + b' + x' * 100000 + b';\n}\n')
        f.write(b'const char *db_password = "hunter22";\n')
    elif kind == 'deep-ternary':
        n = 5000
        f.write(b'extern int sel;\nconst char *api_key =\n    ')
        f.write(b''.join(b'sel == %d ? "k%07d" : ' % (i, i) for i in range(n)))
        f.write(b'"hunter22";\nconst char *db_password = "hunter22";\n')
    elif kind == 'deep-parens':
        f.write(b'int h = ' + b'(' * 10000 + b'1' + b')' * 10000 + b';\n')
    elif kind == 'binary':
        rnd = random.Random(2)
        f.write(bytes(rnd.getrandbits(8) for _ in range(MB)))
    else:
        sys.exit('make_input.py: unknown kind ' + kind)
