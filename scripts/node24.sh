#!/bin/sh
# Runs a command on Node 24 or newer (n8n 2.x, n8n-core and isolated-vm need it).
# Uses the machine's node when it is new enough; otherwise brings node@24 from the npm registry
# with npx (the real binary ships inside the registry package, and npx caches it after the first run).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$here/node_modules/.bin:$PATH"
export PATH
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 24 ]; then
  exec "$@"
fi
exec env npm_config_ignore_scripts=false npx --yes --package "node@${HANDOVER_NODE_VERSION:-24}" -- "$@"
