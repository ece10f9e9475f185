#!/usr/bin/env python3
"""readme_block.py README NAME OUTPUT: the fenced block between the README's
'<!-- NAME-begin ... -->' and '<!-- NAME-end -->' lines equals OUTPUT's
text; on a difference, prints a unified diff and exits 1."""
import difflib
import re
import sys

readme, name, output = sys.argv[1:4]
text = open(readme, encoding='utf-8').read()
m = re.search(r'<!-- %s-begin[^\n]*-->\n```[a-z]*\n(.*?)```\n<!-- %s-end -->'
              % (re.escape(name), re.escape(name)), text, re.S)
if not m:
    print('readme_block: no %s block in %s' % (name, readme))
    sys.exit(1)
shown = m.group(1)
actual = open(output, encoding='utf-8').read()
if shown != actual:
    sys.stdout.writelines(difflib.unified_diff(
        shown.splitlines(True), actual.splitlines(True), 'README', 'authtidy routes'))
    print('readme_block: the README differs from the command\'s output; '
          'regenerate the block with the command it names')
    sys.exit(1)
print('readme_block: the README shows the command\'s output (%d lines)'
      % len(actual.splitlines()))
