# -*- Python -*-
import atexit
import os
import shutil
import tempfile

import lit.formats

config.name = 'authtidy'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.c', '.cpp', '.test']
config.excludes = ['Inputs', 'tools']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.authtidy_obj_root, 'test', 'lit')

config.environment['PATH'] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get('PATH', os.environ['PATH'])])
# Findings must not depend on the machine's locale or terminal.
config.environment['LC_ALL'] = 'C.UTF-8'
config.environment['DOTNET_SYSTEM_GLOBALIZATION_INVARIANT'] = '1'
for var in ('HOME', 'SARIF_MULTITOOL'):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# Tests copied or generated under the exec root get the same configuration
# as the sources (see .clang-tidy beside this file).
os.makedirs(config.test_exec_root, exist_ok=True)
shutil.copyfile(os.path.join(config.test_source_root, '.clang-tidy'),
                os.path.join(config.test_exec_root, '.clang-tidy'))

# A directory with no compile_commands.json above it (the build tree has
# one), for tests of database discovery; removed when lit exits.
outside = tempfile.mkdtemp(prefix='authtidy-lit-')
atexit.register(shutil.rmtree, outside, True)
config.substitutions.append(('%outside_tmp', outside))

tools = os.path.join(config.test_source_root, 'tools')
py = config.python_executable
config.substitutions.append(
    ('%check_authtidy',
     '%s %s --authtidy=%s --plugin=%s --clang-tidy=%s --filecheck=%s' %
     (py, os.path.join(tools, 'check_authtidy.py'), config.authtidy,
      config.authtidy_plugin, config.clang_tidy,
      os.path.join(config.llvm_tools_dir, 'FileCheck'))))
config.substitutions.append(
    ('%expect_exit', '%s %s' % (py, os.path.join(tools, 'expect_exit.py'))))
# Copies a fixture project to %t and writes its compile_commands.json.
config.substitutions.append(
    ('%make_project', '%s %s' % (py, os.path.join(tools, 'make_project.py'))))
config.substitutions.append(('%authtidy_plugin', config.authtidy_plugin))
config.substitutions.append(('%authtidy', config.authtidy))
config.substitutions.append(('%clang_tidy', config.clang_tidy))
config.substitutions.append(('%python', py))
# The LLVM the build under test is for (19 or 22), and its clang++, which
# configures the example service for the tests that need its database.
config.substitutions.append(('%llvm_major', config.llvm_major))
config.substitutions.append(('%cxx', config.cxx_compiler))
# clang's own parser limit, quoted in its message: clang 21 raised the
# default -fbracket-depth from 256 to 2048.
config.substitutions.append(
    ('%clang_bracket_depth', '256' if int(config.llvm_major) < 21 else '2048'))
config.substitutions.append(('%project_root', config.authtidy_src_root))
# The build under test, for scripts that would otherwise use build/.
config.substitutions.append(('%build_root', config.authtidy_obj_root))
# The API-model headers of the libraries authtidy knows: the lit mocks and
# what --no-build resolves a missing library include to (one set).
config.substitutions.append(
    ('%models', os.path.join(config.authtidy_src_root, 'models')))
config.substitutions.append(
    ('%validate_sarif', '%s %s' % (py, os.path.join(
        config.authtidy_src_root, 'test', 'tools', 'validate_sarif.py'))))

# An older clang-tidy on the machine lets the plugin's version guard be
# tested against a real foreign host.
other = shutil.which('clang-tidy-14') or '/usr/lib/llvm-14/bin/clang-tidy'
if os.path.exists(other):
    config.available_features.add('foreign-clang-tidy')
    config.substitutions.append(('%foreign_clang_tidy', other))
# The other supported LLVM's clang-tidy (19 and 22), when installed.
other_major = '22' if config.llvm_major == '19' else '19'
other_llvm = '/usr/lib/llvm-%s/bin/clang-tidy' % other_major
if os.path.exists(other_llvm):
    config.available_features.add('other-llvm-clang-tidy')
    config.substitutions.append(('%other_llvm_clang_tidy', other_llvm))
    config.substitutions.append(('%other_llvm_major', other_major))

# A sanitized build (docs/reliability.md): the plugin needs the ASan runtime
# preloaded into clang-tidy, so config.clang_tidy is a wrapper that does it,
# and the editors' wrapper must run that one too.
if getattr(config, 'asan_runtime', ''):
    config.available_features.add('asan')
    config.environment['AUTHTIDY_CLANG_TIDY'] = config.clang_tidy
