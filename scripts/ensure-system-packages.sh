#!/usr/bin/env bash
# What `npm test` needs from Debian: Chromium for the browser tests (browser downloads fail on this
# machine kind), a Java runtime for the W3C Nu HTML Checker (vnu.jar) and translate-toolkit, the
# translation library that reads the TMX exports in the tests. Installs whichever is missing with
# apt (as root, or through sudo), then reports every version on every run: the report is the proof
# that each tool works, so a broken report line fails here on the machine that has everything too,
# not only on a fresh one where the install branch runs.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian's python3, not another Python on the PATH: translate-toolkit is installed for it.
PYTHON=/usr/bin/python3

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
"$PYTHON" -c 'import translate.storage.tmx' >/dev/null 2>&1 || missing+=(translate-toolkit)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  started=$SECONDS
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "Installed in $((SECONDS - started)) s."
fi

# Each version is read into a variable first: under `set -e` a failing command substitution stops
# the script only in an assignment, not inside echo's arguments.
chromium_version="$("$CHROMIUM" --version)"
java_version="$(java -version 2>&1 | head -n 1)"
java -version >/dev/null 2>&1
# `import translate` does not import translate.__version__; the submodule must be named.
translate_version="$("$PYTHON" -c 'from translate.__version__ import sver; print(sver)')"
echo "System packages: $chromium_version · $java_version · translate-toolkit $translate_version"
