#!/usr/bin/env bash
# The lint step of action.yml: annotations in the GitHub format, then (optionally) a SARIF file.
# Inputs come as environment variables so that no input is ever read as shell code.
set -uo pipefail
cli="${GITHUB_ACTION_PATH:-$(dirname "$0")/..}/dist/cli.js"
read -r -a paths <<< "${SS_PATHS:-.}"
args=(lint "${paths[@]}" --lang "${SS_LANG:-en}")
[ -n "${SS_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$SS_MAX_WARNINGS")
[ -n "${SS_BASELINE:-}" ] && args+=(--baseline "$SS_BASELINE")
node "$cli" "${args[@]}" --format github
status=$?
if [ -n "${SS_SARIF:-}" ]; then
  node "$cli" "${args[@]}" --format sarif -o "$SS_SARIF" || true
fi
exit $status
