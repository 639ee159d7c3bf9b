#!/usr/bin/env bash
# Starts the app in a virtual display, waits for its window, saves a screenshot, stops the app.
#   scripts/screenshot.sh target/debug/transfer-desk target/screenshots/main-window.png
set -euo pipefail
app=$1
out=$2
mkdir -p "$(dirname "$out")"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

TRANSFER_DESK_DATA_DIR="$data" xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  "$0" & pid=$!
  for _ in $(seq 1 60); do
    sleep 0.5
    if xwininfo -root -tree 2>/dev/null | grep -q "\"Transfer Desk\""; then break; fi
  done
  sleep 2
  import -window root "$1"
  kill "$pid"; wait "$pid" 2>/dev/null || true
' "$app" "$out"
echo "saved $out"
