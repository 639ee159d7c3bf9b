#!/usr/bin/env bash
# Installs what building and testing Transfer Desk needs and is not there yet: Debian packages,
# tauri-driver, and the UI's npm packages. Safe to run again: it only installs what is missing.
#
#   scripts/install-deps.sh system   Debian packages (WebKitGTK, Xvfb, WebKitWebDriver, ...)
#   scripts/install-deps.sh driver   tauri-driver, for the end-to-end tests
#   scripts/install-deps.sh ui       ui/node_modules from ui/package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

# Everything Tauri needs to build on Debian 12, plus what runs the app without a screen.
SYSTEM_PACKAGES=(
  build-essential pkg-config curl file libssl-dev libdbus-1-dev
  libwebkit2gtk-4.1-dev libxdo-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth dbus dbus-x11 webkit2gtk-driver fonts-dejavu-core
  x11-utils xclip imagemagick chromium
)
TAURI_DRIVER_VERSION=2.1.0

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

system() {
  local missing=()
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

driver() {
  # tauri-driver has no --version; cargo knows what it installed.
  cargo install --list | grep -q "^tauri-driver v$TAURI_DRIVER_VERSION:" && return 0
  echo "Installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION"
}

ui() {
  # Installs again only when the lock file changed since the last install, exactly as the lock
  # file says (`npm ci`, which never writes it). The committed lock is complete, every platform's
  # optional packages (rollup, tauri-cli binaries) included, as `npm install` writes it on a
  # machine without node_modules; after changing package.json, run `npm install` there.
  if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    echo "Installing the UI's npm packages"
    (cd ui && npm ci --no-audit --no-fund)
  fi
}

for step in "$@"; do
  case "$step" in
    system | driver | ui) "$step" ;;
    *) echo "unknown step: $step (system, driver or ui)" >&2; exit 2 ;;
  esac
done
