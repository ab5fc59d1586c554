#!/usr/bin/python3
"""Reminders before check-ins, through the real window and a notification
server of the test's own (fake_notifications.py, on the test's session bus).

On a sample program (`mentor --demo`) with, for one active mentorship, a
meeting that starts 10 minutes and 20 seconds after the test begins, one that
started 2 minutes ago and one cancelled, 10 minutes and 40 seconds ahead:

- With the default lead time (10 minutes), exactly one notification comes,
  about 20 seconds later: "Check-in with <Mentor> → <Mentee> in 10 minutes",
  its body the time of the meeting in the user's zone ("HH:MM–HH:MM") and how
  they meet. Nothing for the one under way or the cancelled one, and nothing
  twice.
- Clicking it (the server's ActionInvoked "default") opens the meeting's page,
  "Meeting · <Mentor> → <Mentee>".
- "Remind Before Check-ins" in Preferences shows the default, 10 minutes.
"""

import datetime
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import mentorui as ui
from mentorui import wait_until

HERE = os.path.dirname(os.path.abspath(__file__))


def prepare(db, now):
    done = subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"], env=ui.Mentor.environment(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        mid, mentor, mentee = con.execute(
            "SELECT m.id, p1.name, p2.name FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE m.status = 'active' ORDER BY m.id LIMIT 1").fetchone()
        # Nothing else of the program comes within the next hours.
        horizon = (now + datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
        con.execute("DELETE FROM meeting WHERE starts_at >= ? AND starts_at < ?",
                    ((now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"), horizon))
        con.execute("DELETE FROM checkin_series")

        def meeting(delta, status, location):
            at = (now + delta).strftime("%Y-%m-%dT%H:%M:%SZ")
            con.execute("INSERT INTO meeting (mentorship_id, starts_at, tzid, duration_min, status, location)"
                        " VALUES (?, ?, 'UTC', 30, ?, ?)", (mid, at, status, location))
            return now + delta

        soon = meeting(datetime.timedelta(minutes=10, seconds=20), "scheduled", "Room 4.12")
        meeting(datetime.timedelta(minutes=-2), "scheduled", "Under way")
        meeting(datetime.timedelta(minutes=10, seconds=40), "cancelled", "Called off")
        con.commit()
    finally:
        con.close()
    return mid, "%s → %s" % (mentor, mentee), soon


def read_log(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def test(tmp):
    db = os.path.join(tmp, "reminders.db")
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    mid, pair, soon = prepare(db, now)

    log = os.path.join(tmp, "notifications.jsonl")
    ready = os.path.join(tmp, "notifications.ready")
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_notifications.py"), log, ready])
    try:
        wait_until(lambda: os.path.exists(ready), 10, "the notification server to own its name")

        m = ui.launch(db, env={"TZ": "UTC"})
        main = m.main_window()

        start = soon.strftime("%H:%M")
        end = (soon + datetime.timedelta(minutes=30)).strftime("%H:%M")
        notes = wait_until(lambda: read_log(log), 60, "a notification before the check-in")
        ui.trace("notified: %r" % notes)
        first = notes[0]
        assert first["summary"] == "Check-in with %s in 10 minutes" % pair, "summary %r" % first["summary"]
        assert first["body"].startswith("%s–%s" % (start, end)), "body %r" % first["body"]
        assert "Room 4.12" in first["body"], "body %r" % first["body"]
        assert "default" in first["actions"], "actions %r" % first["actions"]

        # Nothing for the one under way, the cancelled one, or twice.
        time.sleep(25)
        assert len(read_log(log)) == 1, "notifications: %r" % read_log(log)

        # A click on it opens the meeting.
        server.send_signal(signal.SIGUSR1)
        editor = m.window("Meeting · %s" % pair, timeout=15)
        location = ui.field(m, "Location or Link", editor)
        assert ui.text_of(location) == "Room 4.12", "the page shows %r" % ui.text_of(location)
        m.click(m.find("push button", "Cancel", scope=editor, showing=False))
        m.wait_window_gone("Meeting · %s" % pair)

        # The preference, with Off and the default chosen.
        m.click(m.find_all("push button", "Main Menu", scope=main)[-1])
        m.click(m.find("menu item", "Preferences", showing=False))
        prefs = m.window("Preferences")
        row = m.find("combo box", "Remind Before Check-ins", scope=prefs, showing=False)
        assert m.current_choice(row) == "10 minutes", "the row shows %r" % m.current_choice(row)
        m.click(m.find("push button", "Close", scope=prefs, showing=False))
        m.wait_window_gone("Preferences")

        m.quit()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    ui.run(test)
