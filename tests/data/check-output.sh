#!/bin/sh
# check-output.sh EXPECTED COMMAND [ARGS…] — passes when COMMAND exits 0 and
# prints exactly the line EXPECTED on standard output.
expected=$1
shift
output=$("$@")
status=$?
if [ "$status" -ne 0 ]; then
  echo "$* exited with status $status" >&2
  exit 1
fi
if [ "$output" != "$expected" ]; then
  echo "$* printed:" >&2
  printf '%s\n' "$output" >&2
  echo "expected:" >&2
  printf '%s\n' "$expected" >&2
  exit 1
fi
echo "$*: $output"
