"""icsinterop — what the interop tests share.

Every test works in its own temporary folder; the `mentor` binary and the
`ics-helper` test program are named by the MENTOR and ICS_HELPER environment
variables (tests/interop/meson.build sets them). ics-helper makes data files
and prints Mentor's own calendar: one line per meeting,
start<TAB>end<TAB>status<TAB>uid<TAB>recurrence-id, instants in UTC.
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zoneinfo

UTC = datetime.timezone.utc
YEAR_FROM = "2026-01-01T00:00:00Z"
YEAR_TO = "2027-01-01T00:00:00Z"

MENTOR = os.environ.get("MENTOR", "mentor")
HELPER = os.environ.get("ICS_HELPER", "ics-helper")
FIXTURES = os.environ.get("ICS_FIXTURES", os.path.join(os.path.dirname(__file__), "fixtures"))

failures = []


def check(condition, message):
    """Records a failure instead of stopping at the first one."""
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)
    return condition


def finish(name):
    if failures:
        print(f"{name}: {len(failures)} failure(s)", file=sys.stderr)
        sys.exit(1)
    print(f"{name}: ok")


class Workdir:
    """A temporary folder, removed afterwards."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="mentor-interop-")
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)

    def file(self, name):
        return os.path.join(self.path, name)


def run(args, expect=0):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != expect:
        raise AssertionError(f"{' '.join(args)} exited {result.returncode}, not {expect}:\n"
                             f"{result.stdout}{result.stderr}")
    return result


def helper(*args):
    return run([HELPER, *args]).stdout


def mentor(database, *args, expect=0):
    return run([MENTOR, "--database", database, *args], expect=expect)


def occurrences(database, start=YEAR_FROM, end=YEAR_TO):
    """Mentor's calendar: a list of dicts, sorted by start."""
    rows = []
    for line in helper("occurrences", database, start, end).splitlines():
        start_at, end_at, status, uid, rid = line.split("\t")
        rows.append({
            "start": parse_instant(start_at),
            "end": parse_instant(end_at),
            "status": status,
            "uid": uid,
            "rid": rid or None,
        })
    return rows


def parse_instant(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def as_utc(value):
    """A datetime from icalendar (aware, or naive floating) in UTC."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=zoneinfo.ZoneInfo(os.environ.get("TZ", "UTC")))
        return value.astimezone(UTC)
    # A date: midnight in the local zone.
    return datetime.datetime(value.year, value.month, value.day,
                             tzinfo=zoneinfo.ZoneInfo(os.environ.get("TZ", "UTC"))).astimezone(UTC)


def calendar_db(workdir, name="calendar.db"):
    path = workdir.file(name)
    helper("calendar", path)
    return path


def people_db(workdir, name="people.db"):
    path = workdir.file(name)
    helper("people", path)
    return path
