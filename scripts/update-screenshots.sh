#!/usr/bin/env bash
# Copies the screenshots the tests take (test/artifacts/) to docs/images/ for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in vscode-diagnostics vscode-completion vscode-hover vscode-preview preview-address-certificate-kk-top preview-pharmacy-licence-ru-top preview-broken-en; do
  [ -f "test/artifacts/$f.png" ] && cp "test/artifacts/$f.png" "docs/images/$f.png" && echo "docs/images/$f.png"
done
