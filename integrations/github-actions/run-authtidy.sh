#!/usr/bin/env bash
# Runs authtidy for the GitHub Action (action.yml), or for any CI that sets
# the same environment. Every input comes from the environment, never from
# the command line, so that nothing is interpolated into shell code:
#
#   AUTHTIDY_BIN          the driver (default: <repo>/build/bin/authtidy)
#   AUTHTIDY_BUILD_DIR    directory with compile_commands.json (-p)
#   AUTHTIDY_PATHS        what to analyze, one path a line (default: .)
#   AUTHTIDY_CHECKS       --checks globs
#   AUTHTIDY_RULES        rule packs, one a line (--rules each)
#   AUTHTIDY_FAIL_ON      error|warning|note|none (default: warning)
#   AUTHTIDY_SARIF        SARIF output (default: authtidy.sarif)
#   AUTHTIDY_CATEGORY     SARIF run category (--category)
#   AUTHTIDY_BASELINE     a previous SARIF (--baseline); skipped with a
#                         warning when the file does not exist
#   AUTHTIDY_CHANGED_FILES_ONLY  true: --changed-since the pull request's
#                         base commit, the push's "before" commit or the
#                         merge group's base, read from GITHUB_EVENT_PATH
#   AUTHTIDY_SHARD        K/N: analyze the K-th of N shares (--shard)
#   AUTHTIDY_MERGE        instead of analyzing: SARIF files or directories
#                         of them (one a line) joined by 'authtidy merge'
#   AUTHTIDY_ARGS         more driver options, one argument a line
#   AUTHTIDY_SRCROOT      root of SARIF paths (default: GITHUB_WORKSPACE, or
#                         the current directory)
#   AUTHTIDY_ANNOTATIONS  true: also print findings as workflow annotations
#   AUTHTIDY_TITLE        shown in the step summary's heading (default: the
#                         category)
#   AUTHTIDY_DOCS_URL     base of the threat model links (default: the one
#                         the driver was built with)
#   AUTHTIDY_CATALOG      rules/catalog.json (threat names and doc pages)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH
#                         as set by GitHub Actions; each is optional
#
# authtidy runs with --fail-on none so that the summary is always written;
# this script then exits as authtidy would have: 1 when a new finding is at
# or above AUTHTIDY_FAIL_ON, 2 when authtidy could not do its job (a unit
# that did not parse, bad arguments), 0 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

bin=${AUTHTIDY_BIN:-$root/build/bin/authtidy}
build_dir=${AUTHTIDY_BUILD_DIR:-}
paths=${AUTHTIDY_PATHS:-.}
checks=${AUTHTIDY_CHECKS:-}
rules=${AUTHTIDY_RULES:-}
fail_on=${AUTHTIDY_FAIL_ON:-warning}
sarif=${AUTHTIDY_SARIF:-authtidy.sarif}
category=${AUTHTIDY_CATEGORY:-}
baseline=${AUTHTIDY_BASELINE:-}
changed_only=${AUTHTIDY_CHANGED_FILES_ONLY:-false}
shard=${AUTHTIDY_SHARD:-}
merge=${AUTHTIDY_MERGE:-}
extra=${AUTHTIDY_ARGS:-}
srcroot=${AUTHTIDY_SRCROOT:-${GITHUB_WORKSPACE:-$PWD}}
annotations=${AUTHTIDY_ANNOTATIONS:-false}
title=${AUTHTIDY_TITLE:-$category}
docs_url=${AUTHTIDY_DOCS_URL:-}
catalog=${AUTHTIDY_CATALOG:-$root/rules/catalog.json}
python=${AUTHTIDY_PYTHON:-python3}

in_actions() { [[ ${GITHUB_ACTIONS:-} == true ]]; }

# Messages: workflow commands on GitHub, plain lines elsewhere.
say() { # level message
  if in_actions; then
    echo "::$1::authtidy: $2"
  else
    echo "run-authtidy: $1: $2" >&2
  fi
}

die() {
  say error "$1"
  exit 2
}

# One item a line, surrounding blanks trimmed, empty lines dropped.
lines() {
  printf '%s\n' "$1" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d'
}

is_bool() { [[ $1 == true || $1 == false ]]; }

case $fail_on in
error | warning | note | none) ;;
*) die "fail-on must be error, warning, note or none, not '$fail_on'" ;;
esac
is_bool "$changed_only" || die "changed-files-only must be true or false, not '$changed_only'"
is_bool "$annotations" || die "annotations must be true or false, not '$annotations'"
[[ -z $shard || $shard =~ ^[0-9]+/[0-9]+$ ]] || die "shard must be K/N, not '$shard'"
[[ -x $bin ]] || die "no authtidy binary at '$bin' (set AUTHTIDY_BIN)"
[[ -n $sarif ]] || die "the SARIF path is empty"

# The commit that --changed-since compares with, from the event payload;
# empty when the event has none (then everything is analyzed).
base_commit() {
  [[ -n ${GITHUB_EVENT_PATH:-} && -f ${GITHUB_EVENT_PATH:-} ]] || return 0
  "$python" - "$GITHUB_EVENT_PATH" "${GITHUB_EVENT_NAME:-}" <<'PY'
import json, sys
event = json.load(open(sys.argv[1], encoding='utf-8'))
name = sys.argv[2]
sha = ''
if name in ('pull_request', 'pull_request_target'):
    sha = ((event.get('pull_request') or {}).get('base') or {}).get('sha') or ''
elif name == 'push':
    sha = event.get('before') or ''
elif name == 'merge_group':
    sha = (event.get('merge_group') or {}).get('base_sha') or ''
if sha.strip('0'):
    print(sha)
PY
}

status=0
if [[ -n $merge ]]; then
  # Join the shards' SARIF; a directory stands for the *.sarif files under it.
  inputs=()
  while IFS= read -r item; do
    if [[ -d $item ]]; then
      while IFS= read -r -d '' f; do
        [[ $f -ef $sarif ]] || inputs+=("$f")
      done < <(find "$item" -type f -name '*.sarif' -print0 | LC_ALL=C sort -z)
    else
      inputs+=("$item")
    fi
  done < <(lines "$merge")
  ((${#inputs[@]})) || die "no SARIF files to merge in: $(lines "$merge" | paste -sd ' ' -)"
  "$bin" merge -o "$sarif" "${inputs[@]}" || status=$?
else
  cmd=("$bin")
  [[ -z $build_dir ]] || cmd+=(-p "$build_dir")
  [[ -z $checks ]] || cmd+=(--checks "$checks")
  while IFS= read -r pack; do
    cmd+=(--rules "$pack")
  done < <(lines "$rules")
  [[ -z $category ]] || cmd+=(--category "$category")
  if [[ -n $baseline ]]; then
    if [[ -f $baseline ]]; then
      cmd+=(--baseline "$baseline")
    else
      say warning "no baseline SARIF at '$baseline': every finding counts as new"
    fi
  fi
  if [[ $changed_only == true ]]; then
    base=$(base_commit)
    if [[ -z $base ]]; then
      say notice "no base commit in the '${GITHUB_EVENT_NAME:-}' event: analyzing everything"
    elif ! [[ $base =~ ^[0-9a-f]{40}([0-9a-f]{24})?$ ]]; then
      die "the event's base commit is not a commit id: '$base'"
    else
      # A shallow checkout may lack the base commit: fetch just that one.
      if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
        git fetch --quiet --no-tags --depth=1 origin "$base" 2>/dev/null || true
      fi
      if git cat-file -e "$base^{commit}" 2>/dev/null; then
        cmd+=(--changed-since "$base")
      else
        say warning "base commit $base is not available: analyzing everything"
      fi
    fi
  fi
  [[ -z $shard ]] || cmd+=(--shard "$shard")
  while IFS= read -r arg; do
    cmd+=("$arg")
  done < <(lines "$extra")
  cmd+=(--srcroot "$srcroot" --sarif "$sarif" --fail-on none)
  while IFS= read -r path; do
    # A path that starts with '-' must not be read as an option.
    [[ $path != -* ]] || path=./$path
    cmd+=("$path")
  done < <(lines "$paths")

  # Findings quote the analyzed code: on GitHub, keep them from being read
  # as workflow commands.
  token=
  if in_actions; then
    token=$("$python" -c 'import secrets; print(secrets.token_hex(16))')
    echo "::stop-commands::$token"
  fi
  "${cmd[@]}" || status=$?
  [[ -z $token ]] || echo "::$token::"
fi

if ((status != 0 && status != 1)) && [[ ! -f $sarif ]]; then
  if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
    printf '## authtidy%s: failed\n\nauthtidy exited with %d before writing %s; see the log.\n' \
      "${title:+ ($title)}" "$status" "$sarif" >>"$GITHUB_STEP_SUMMARY"
  fi
  die "authtidy exited with $status and wrote no SARIF"
fi

summary_args=(--sarif "$sarif" --fail-on "$fail_on" --status "$status"
  --catalog "$catalog")
[[ -z ${GITHUB_STEP_SUMMARY:-} ]] || summary_args+=(--summary "$GITHUB_STEP_SUMMARY")
[[ -z ${GITHUB_OUTPUT:-} ]] || summary_args+=(--output "$GITHUB_OUTPUT")
[[ -z $docs_url ]] || summary_args+=(--docs-url "$docs_url")
[[ -z $title ]] || summary_args+=(--title "$title")
[[ $annotations != true ]] || summary_args+=(--annotate)
verdict=0
"$python" "$here/sarif_summary.py" "${summary_args[@]}" || verdict=$?

if ((verdict > 1)); then
  exit 2
fi
if ((status != 0)); then
  # authtidy could not do its job (or crashed): that outranks findings.
  say error "authtidy exited with $status: some code was not analyzed"
  exit 2
fi
exit "$verdict"
