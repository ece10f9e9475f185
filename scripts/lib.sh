# shellcheck shell=bash
# Shared by the scripts of scripts/ (sourced, not run): the one place for
# the build-directory rule, installing Debian packages, configuring and
# building, and running the suite.

# The build directory for LLVM major version $1 (default 19): build/ for 19,
# build-<major>/ for another one, unless AUTHTIDY_BUILD_DIR names it.
authtidy_build_dir() {
  local llvm=${1:-19}
  if [[ -n ${AUTHTIDY_BUILD_DIR:-} ]]; then
    echo "$AUTHTIDY_BUILD_DIR"
  elif [[ $llvm == 19 ]]; then
    echo "${root:?}/build"
  else
    echo "${root:?}/build-$llvm"
  fi
}

# Installs those of the Debian packages $2... that are missing (idempotent,
# quiet when all are there); $1 names the caller in the message.
authtidy_install() {
  local who=$1 p
  shift
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "$who: installing ${missing[*]}" >&2
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures the sanitized build $1 with clang++-$2 (docs/reliability.md)
# unless it is configured; more cmake arguments may follow.
authtidy_configure_sanitized() {
  local build=$1 llvm=$2
  shift 2
  [[ -f $build/build.ninja ]] && return 0
  cmake -S "${root:?}" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="clang++-$llvm" \
    -DCMAKE_BUILD_TYPE=Release "-DAUTHTIDY_SANITIZE=address;undefined" "$@" \
    >/dev/null
}

# Builds $1 (further arguments go to `cmake --build`), quiet when there is
# nothing to do; errors still show. Returns the build's status (grep's
# finding nothing to print must not decide it).
authtidy_cmake_build() {
  local build=$1
  shift
  cmake --build "$build" "$@" -- --quiet | { grep -v '^ninja: no work to do\.$' || true; }
  return "${PIPESTATUS[0]}"
}

# Runs the whole lit suite of the build $1 with the lit CMake found beside
# the build's LLVM (test/CMakeLists.txt), writing lit's JSON results to $2;
# lit options or test paths may follow. Returns lit's status; writes no
# results when the build names no lit.
authtidy_lit() {
  local build=$1 results=$2 lit
  shift 2
  lit=$(sed -n 's/^AUTHTIDY_LIT:FILEPATH=//p' "$build/CMakeCache.txt")
  if [[ -z $lit ]]; then
    echo "error: no AUTHTIDY_LIT in $build/CMakeCache.txt" >&2
    return 2
  fi
  /usr/bin/python3 "$lit" -sv --order=lexical -o "$results" "$build/test/lit" "$@"
}

# Prints the suite's summary line from lit's JSON results file $1.
authtidy_summary() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
tests = json.load(open(sys.argv[1]))['tests']
codes = [t['code'] for t in tests]
passed = sum(c in ('PASS', 'XFAIL') for c in codes)
failed = sum(c in ('FAIL', 'XPASS', 'UNRESOLVED', 'TIMEOUT') for c in codes)
skipped = len(codes) - passed - failed
print('tests: %d passed, %d failed, %d skipped' % (passed, failed, skipped))
PY
}
