#!/usr/bin/env bash
# run-fuzz.sh SOURCE BUILD TARGET [SECONDS] — fuzzes one parser of outside
# input: TARGET "ics" (the .ics importer) or "csv" (the CSV import).
#
# Makes (once) a clang build with -Dfuzzing=true, AddressSanitizer and UBSan
# in BUILD, builds tests/fuzz/fuzz-TARGET-import there, copies the seed corpus
# to a scratch folder and runs libFuzzer on it for SECONDS (default 45).
# Any crash, leak-free sanitizer report or timeout (an input taking over 10
# s) fails with the input saved in BUILD/fuzz-artifacts/. Exit 77 (skipped)
# when clang is not installed.
set -euo pipefail

source_dir=$1
build_dir=$2
target=${3:-ics}
seconds=${4:-45}

case $target in
  ics)
    seeds=("$source_dir"/tests/fuzz/corpus/* "$source_dir"/tests/interop/fixtures/*.ics)
    dict=$source_dir/tests/fuzz/ics.dict ;;
  csv)
    seeds=("$source_dir"/tests/fuzz/corpus-csv/* "$source_dir"/tests/data/csv/*.csv)
    dict=$source_dir/tests/fuzz/csv.dict ;;
  *)
    echo "run-fuzz.sh: unknown target '$target' (ics or csv)" >&2
    exit 2 ;;
esac

if ! command -v clang >/dev/null 2>&1; then
  echo "clang is not installed: fuzzing skipped (build-aux/deps test installs it)"
  exit 77
fi

probe=$(mktemp -d "${TMPDIR:-/tmp}/mentor-fuzz-probe-XXXXXX")
printf 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { return 0; }\n' > "$probe/probe.c"
if ! clang -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" 2>/dev/null; then
  rm -rf "$probe"
  echo "clang cannot link libFuzzer (libclang-rt-14-dev is missing): fuzzing skipped"
  exit 77
fi
rm -rf "$probe"

if [ ! -f "$build_dir/build.ninja" ]; then
  rm -rf "$build_dir"
  CC=clang meson setup "$build_dir" "$source_dir" \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized \
    -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined" >/dev/null
fi
ninja -C "$build_dir" "tests/fuzz/fuzz-$target-import" >/dev/null

corpus=$(mktemp -d "${TMPDIR:-/tmp}/mentor-fuzz-corpus-XXXXXX")
trap 'rm -rf "$corpus"' EXIT
cp "${seeds[@]}" "$corpus"/
artifacts="$build_dir/fuzz-artifacts/$target"
mkdir -p "$artifacts"

# GLib's type system keeps its registrations for the life of the process:
# leaks are valgrind's part (build-aux/test), not the fuzzer's.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$build_dir/tests/fuzz/fuzz-$target-import" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$dict" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" 2>&1 | tail -n 25
