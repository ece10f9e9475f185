# shellcheck shell=bash
# Shared by the scripts of scripts/ (sourced, not run): the one place for
# the build-directory rule, installing Debian packages, and the suite's
# summary line.

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
