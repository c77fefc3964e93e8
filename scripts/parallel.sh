#!/usr/bin/env bash
# `bash scripts/parallel.sh a b c`: runs the npm scripts a, b and c side by side, then prints each
# one's output in turn and fails if any failed. For checks that only read dist/ and do not
# depend on having the machine to themselves.
set -uo pipefail
logs="$(mktemp -d)"
pids=()
for script in "$@"; do
  npm run -s "$script" >"$logs/$script.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!pids[@]}"; do
  script="${*:i+1:1}"
  if wait "${pids[$i]}"; then echo "✓ npm run $script"; else echo "✗ npm run $script failed:"; status=1; fi
  cat "$logs/$script.log"
done
rm -rf "$logs"
exit $status
