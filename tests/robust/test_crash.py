#!/usr/bin/python3
"""Crash safety: kill a writer with SIGKILL at random moments and check the file.

Three parts, as the issue asks:
- 50 kills of a writer saving people one change (or one batch of ten) at a
  time: after each kill the file opens in Mentor, PRAGMA integrity_check says
  ok, every change the writer acknowledged is there, and a batch is all there
  or not at all;
- kills during the migration of an old file: the file then opens (migrating
  what was left), nothing is lost;
- kills during an export (when the command exists): the old output stays whole.

The seed is printed so a failure can be replayed: CRASH_SEED=<n>.
"""

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

WRITER = os.environ["CRASH_WRITER"]
MENTOR = os.environ.get("MENTOR_BIN")
KILLS = int(os.environ.get("CRASH_KILLS", "50"))

failures = []


def fail(message):
    failures.append(message)
    print("not ok: " + message, flush=True)


def integrity(path):
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def names_in(path):
    out = subprocess.run([WRITER, "check", path], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        return None, out.stderr.strip()
    return set(out.stdout.split("\n")) - {""}, None


def kill_writer(path, delay):
    proc = subprocess.Popen([WRITER, "write", path], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    if proc.returncode != -signal.SIGKILL:
        fail("the writer ended before the kill (%s): %s" % (proc.returncode, err.strip()))
    return [int(n) for n in re.findall(r"^ack (\d+)$", out, re.M)]


def writer_kills(rng, folder):
    path = os.path.join(folder, "writer.db")
    acknowledged = set()
    for i in range(KILLS):
        acks = kill_writer(path, rng.uniform(0.05, 0.6))
        acknowledged.update(acks)
        if integrity(path) != "ok":
            fail("kill %d: integrity_check is not ok" % i)
            return
        names, error = names_in(path)
        if names is None:
            fail("kill %d: the file does not open: %s" % (i, error))
            return
        missing = [n for n in acknowledged if "Writer %d" % n not in names]
        if missing:
            fail("kill %d: acknowledged changes lost: %s" % (i, missing[:10]))
            return
        numbers = sorted(int(n.split()[1]) for n in names if n.startswith("Writer "))
        if numbers != list(range(len(numbers))):
            fail("kill %d: a half-written batch or a gap: %s" % (i, numbers[-12:]))
            return
    print("ok: %d kills of the writer, %d acknowledged changes all kept" % (KILLS, len(acknowledged)),
          flush=True)


def migration_kills(rng, folder):
    kills = max(KILLS // 5, 5)
    template = os.path.join(folder, "old-template.db")
    subprocess.run([WRITER, "make-v1", template, "3000"], check=True, timeout=300)
    before = sqlite3.connect(template)
    counts = [before.execute("SELECT count(*) FROM %s" % t).fetchone()[0]
              for t in ("person", "mentorship", "meeting")]
    before.close()

    # How long an undisturbed migration takes, so the kills land inside it.
    probe = os.path.join(folder, "old-probe.db")
    shutil.copyfile(template, probe)
    started = time.monotonic()
    subprocess.run([WRITER, "open", probe], check=True, capture_output=True, timeout=300)
    duration = time.monotonic() - started

    for i in range(kills):
        path = os.path.join(folder, "old-%d.db" % i)
        shutil.copyfile(template, path)
        proc = subprocess.Popen([WRITER, "open", path], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        opened = subprocess.run([WRITER, "open", path], capture_output=True, text=True, timeout=300)
        if opened.returncode != 0:
            fail("migration kill %d: the file does not open afterwards: %s" % (i, opened.stderr.strip()))
            return
        if integrity(path) != "ok":
            fail("migration kill %d: integrity_check is not ok" % i)
            return
        after = sqlite3.connect(path)
        now = [after.execute("SELECT count(*) FROM %s" % t).fetchone()[0]
               for t in ("person", "mentorship", "meeting")]
        after.close()
        if now != counts:
            fail("migration kill %d: rows changed from %s to %s" % (i, counts, now))
            return
    print("ok: %d kills during a %.2f s migration, every file opened whole" % (kills, duration),
          flush=True)


def export_kills(rng, folder):
    if MENTOR is None:
        return
    helptext = subprocess.run([MENTOR, "--help"], capture_output=True, text=True).stdout
    commands = [(flag, name) for flag, name in (("--export-ics", "out.ics"), ("--report", "out.pdf"))
                if flag in helptext]
    if not commands:
        print("ok: no export command to kill yet", flush=True)
        return
    db = os.path.join(folder, "demo.db")
    subprocess.run([MENTOR, "--database", db, "--demo"], check=True, capture_output=True)
    for flag, name in commands:
        out = os.path.join(folder, name)
        subprocess.run([MENTOR, "--database", db, flag, out], check=True, capture_output=True)
        with open(out, "rb") as f:
            whole = f.read()
        for i in range(10):
            proc = subprocess.Popen([MENTOR, "--database", db, flag, out],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, 0.15))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            with open(out, "rb") as f:
                now = f.read()
            # A finished run may have rewritten it (same data, maybe a new
            # timestamp inside): whole means the same length class and a
            # proper ending, never a truncated file.
            if not now or (name.endswith(".ics") and not now.rstrip().endswith(b"END:VCALENDAR")) \
               or (name.endswith(".pdf") and b"%%EOF" not in now[-1024:]):
                fail("%s killed during an export: the old output is no longer whole" % flag)
                return
        # Temporary names are "<name>.XXXXXX" or hidden ".<name>.XXXXXX".
        leftovers = [f for f in os.listdir(folder) if f.lstrip(".").startswith(name) and f != name]
        if leftovers:
            fail("%s killed: temporary files left behind: %s" % (flag, leftovers))
        print("ok: 10 kills during %s, the old output stayed whole (%d bytes before)" % (flag, len(whole)),
              flush=True)


def main():
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    print("# seed %d" % seed, flush=True)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="mentor-crash-") as folder:
        writer_kills(rng, folder)
        migration_kills(rng, folder)
        export_kills(rng, folder)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
