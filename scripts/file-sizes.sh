#!/usr/bin/env bash
# Fails when a Rust, TypeScript or Svelte source is over 400 lines: a file that long holds more
# than one thing, and is split by what it holds. Translation files (locales/*.ftl) are not sources.
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT=400
long=$(git ls-files '*.rs' '*.ts' '*.svelte' '*.mjs' | xargs wc -l | awk -v limit="$LIMIT" '$2 != "total" && $1 > limit')
if [ -n "$long" ]; then
  echo "Sources over $LIMIT lines (split them by what they hold):"
  echo "$long"
  exit 1
fi
