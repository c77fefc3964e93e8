#!/usr/bin/env bash
# What `npm test` needs from Debian: Chromium for the browser tests (browser downloads fail on this
# machine kind), a Java runtime for the W3C Nu HTML Checker (vnu.jar) and translate-toolkit, the
# translation library that reads the TMX exports in the tests. Installs whichever is
# missing with apt; runs as root or through sudo.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1 || missing+=(translate-toolkit)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages: ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
"$CHROMIUM" --version
java -version 2>&1 | head -n 1
/usr/bin/python3 -c 'import translate; print("translate-toolkit", translate.__version__.sver)'
