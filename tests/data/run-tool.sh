#!/bin/sh
# run-tool.sh TOOL [ARGS…] — runs a validator on a data file. A missing tool
# is reported as a skipped test (exit 77), not as a pass.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "$tool is not installed (build-aux/deps installs it)" >&2
  exit 77
fi
exec "$tool" "$@"
