#!/bin/sh
# run-ui-test.sh TEST.py — runs one AT-SPI UI test in a world of its own: a
# private X server (Xvfb), a private session bus and the accessibility bus on
# it. Exits with the test's exit code and leaves no process behind.
#
# MENTOR_BIN (the built mentor) and GSETTINGS_SCHEMA_DIR (<build>/data) come
# from meson; run by hand, they default to the build folder given as
# MENTOR_BUILD_DIR.
set -u

if [ $# -lt 1 ]; then
  echo "usage: $0 TEST.py" >&2
  exit 2
fi

test_file=$1
case $test_file in
  /*) ;;
  *) test_file=$(pwd)/$test_file ;;
esac

if [ -z "${MENTOR_BIN:-}" ] && [ -n "${MENTOR_BUILD_DIR:-}" ]; then
  MENTOR_BIN=$MENTOR_BUILD_DIR/src/mentor
  GSETTINGS_SCHEMA_DIR=${GSETTINGS_SCHEMA_DIR:-$MENTOR_BUILD_DIR/data}
  export MENTOR_BIN GSETTINGS_SCHEMA_DIR
fi

for tool in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is missing (install xvfb, xauth, dbus, at-spi2-core, python3-pyatspi)" >&2
    exit 77
  fi
done

# The inner script runs inside the private session bus. It first checks that
# the X display it was given answers (xvfb-run -a can hand out a display that
# another run on the machine takes or drops at the same moment: then it exits
# 75 and the whole thing is tried again). It starts the a11y bus launcher,
# waits (with a deadline) until the bus answers, runs the test, then stops
# what it started: the launcher takes its dbus-daemon with it, and the
# registry daemon leaves when its bus goes away.
inner='
  if ! /usr/bin/python3 -c "
import ctypes, sys
x11 = ctypes.CDLL(\"libX11.so.6\")
x11.XOpenDisplay.restype = ctypes.c_void_p
sys.exit(0 if x11.XOpenDisplay(None) else 1)" 2>/dev/null; then
    echo "run-ui-test: the X display $DISPLAY does not answer" >&2
    exit 75
  fi
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  launcher=$!
  tries=0
  until dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
          org.a11y.Bus.GetAddress >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ $tries -ge 100 ]; then
      echo "run-ui-test: the accessibility bus did not start" >&2
      kill $launcher 2>/dev/null
      exit 1
    fi
    sleep 0.1
  done
  /usr/bin/python3 "$1"
  rc=$?
  kill $launcher 2>/dev/null
  wait $launcher 2>/dev/null
  exit $rc
'

# Without GTK_A11Y=atspi some environments pick no a11y backend; NO_AT_BRIDGE
# would switch the bridge off altogether.
unset NO_AT_BRIDGE
GTK_A11Y=atspi
# No __pycache__ in the source tree.
PYTHONDONTWRITEBYTECODE=1
export GTK_A11Y PYTHONDONTWRITEBYTECODE

xvfb_log=$(mktemp "${TMPDIR:-/tmp}/run-ui-test-xvfb.XXXXXX")
attempt=1
while :; do
  xvfb-run -a -e "$xvfb_log" -s "-screen 0 1280x800x24 -nolisten tcp" \
    dbus-run-session -- sh -c "$inner" sh "$test_file"
  rc=$?
  if [ $rc -ne 75 ] || [ $attempt -ge 3 ]; then
    break
  fi
  echo "run-ui-test: trying again on another display (attempt $((attempt + 1)))" >&2
  attempt=$((attempt + 1))
done
if [ $rc -ne 0 ] && [ -s "$xvfb_log" ]; then
  echo "---- Xvfb said:" >&2
  cat "$xvfb_log" >&2
fi
rm -f "$xvfb_log"
exit $rc
