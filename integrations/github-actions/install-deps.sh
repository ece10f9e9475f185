#!/usr/bin/env bash
# Installs what building and running authtidy needs on a Debian or Ubuntu
# runner: the toolchain part of scripts/setup's package list, for the LLVM
# major version in AUTHTIDY_LLVM_VERSION (default 19). Quiet and quick when
# everything is there. When the distribution has no clang-<version> (older
# Ubuntu runners), the packages come from apt.llvm.org.
set -euo pipefail

llvm=${AUTHTIDY_LLVM_VERSION:-19}
if ! [[ $llvm =~ ^[0-9]+$ ]]; then
  echo "install-deps: error: the LLVM version must be a major version number, not '$llvm'" >&2
  exit 2
fi

packages=(
  # the plugin must be built by the clang that matches clang-tidy
  "clang-$llvm" "libclang-$llvm-dev" "libclang-cpp$llvm-dev" "llvm-$llvm-dev"
  "llvm-$llvm-tools" "clang-tidy-$llvm" cmake ninja-build
  # rule packs and SARIF
  nlohmann-json3-dev rapidjson-dev
  # run-authtidy.sh: JSON, --changed-since
  python3 git
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p")
done
((${#missing[@]})) || exit 0

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)

echo "install-deps: installing ${missing[*]}" >&2
"${apt[@]}" update -qq >/dev/null

if ! apt-cache policy "clang-$llvm" | grep -q 'Candidate: [0-9]'; then
  # The distribution does not package this LLVM: use apt.llvm.org's
  # repository for this release (Debian and Ubuntu codenames alike).
  # shellcheck source=/dev/null
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [[ -n $codename ]] || {
    echo "install-deps: error: no clang-$llvm package and no release codename" >&2
    exit 2
  }
  echo "install-deps: clang-$llvm comes from apt.llvm.org ($codename)" >&2
  keyring=/etc/apt/keyrings/apt.llvm.org.asc
  "${sudo[@]}" mkdir -p /etc/apt/keyrings
  curl -fsSL https://apt.llvm.org/llvm-snapshot.gpg.key | "${sudo[@]}" tee "$keyring" >/dev/null
  echo "deb [signed-by=$keyring] https://apt.llvm.org/$codename/ llvm-toolchain-$codename-$llvm main" |
    "${sudo[@]}" tee "/etc/apt/sources.list.d/llvm-$llvm.list" >/dev/null
  "${apt[@]}" update -qq >/dev/null
fi

"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
