#!/usr/bin/env bash
# Builds and installs the authtidy of this checkout, for the GitHub Action.
#
#   build-authtidy.sh key     prints a digest of everything the build reads
#                             (the action's cache key)
#   build-authtidy.sh build   configures, builds and installs into
#                             AUTHTIDY_PREFIX, building in AUTHTIDY_BUILD
#                             (default: a temporary directory)
#
# AUTHTIDY_LLVM_VERSION is the LLVM major version (default 19). The install
# tree (bin/authtidy, the plugin, rule packs) is what the action caches: a
# cached build tree would be rebuilt anyway, because the action's sources are
# unpacked afresh, with new modification times, on every run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
llvm=${AUTHTIDY_LLVM_VERSION:-19}
if ! [[ $llvm =~ ^[0-9]+$ ]]; then
  echo "build-authtidy: error: the LLVM version must be a major version number, not '$llvm'" >&2
  exit 2
fi

case ${1:-} in
key)
  cd "$root"
  inputs=()
  for p in CMakeLists.txt cmake checks src rules docs test/CMakeLists.txt \
    test/lit/lit.site.cfg.py.in integrations/CMakeLists.txt integrations/editors; do
    [[ ! -e $p ]] || inputs+=("$p")
  done
  # Names and contents, in a stable order.
  find "${inputs[@]}" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum |
    sha256sum | cut -d' ' -f1
  ;;
build)
  prefix=${AUTHTIDY_PREFIX:?AUTHTIDY_PREFIX must name the install directory}
  build=${AUTHTIDY_BUILD:-}
  if [[ -z $build ]]; then
    build=$(mktemp -d)
    trap 'rm -rf "$build"' EXIT
  fi
  # find_package(LLVM) wants major.minor: take it from the installed LLVM.
  version=$("llvm-config-$llvm" --version)
  [[ $version =~ ^([0-9]+\.[0-9]+) ]] || {
    echo "build-authtidy: error: unexpected llvm-config-$llvm version '$version'" >&2
    exit 2
  }
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER="clang++-$llvm" \
    -DAUTHTIDY_LLVM_VERSION="${BASH_REMATCH[1]}" >/dev/null
  cmake --build "$build" -- --quiet
  cmake --install "$build" --prefix "$prefix" >/dev/null
  "$prefix/bin/authtidy" --version
  ;;
*)
  echo "usage: build-authtidy.sh key|build" >&2
  exit 2
  ;;
esac
