#!/usr/bin/python3
"""One Mentor per data file, as a person meets it.

1. With a window open on a sample program, the commands that only read
   (--export-csv) work beside it; those that write (--demo, --import-people)
   are refused with a sentence that says what to do, exit non-zero and leave
   the file byte for byte as it was.
2. A second window on the same file opens with that sentence and without the
   normal views; once it is closed the file is as it was, and the first
   window still works.
3. After the first window is closed, a command that writes is no longer
   refused for the lock; after a window is killed (SIGKILL, as a crash) the
   lock goes with it too.
"""

import os
import re
import signal
import subprocess

import mentorui as ui
from mentorui import show_view, wait_until

# As test_errors.py's JARGON, plus SQLite's own English. "CHECK" is SQL's
# upper-case keyword: "Check the permissions" is advice, not jargon.
JARGON = re.compile(r"(?i:sqlite|constraint|gerror|\bnull\b|\bsql\b|errno|ewouldblock|flock|"
                    r"readonly database|attempt to write|disk i/o|database is locked)"
                    r"|NOT NULL|CHECK")

HERE = os.path.dirname(os.path.abspath(__file__))
UPDATES_CSV = os.path.join(HERE, "..", "data", "csv", "people-updates.csv")


def mentor_cli(*args):
    done = subprocess.run([ui.Mentor.binary()] + list(args),
                          env=ui.Mentor.environment({"DISPLAY": "", "WAYLAND_DISPLAY": ""}),
                          capture_output=True, text=True, timeout=120)
    ui.trace("mentor %s: exit %d, stdout %r, stderr %r"
             % (" ".join(args), done.returncode, done.stdout.strip(), done.stderr.strip()))
    return done


def refusal(done):
    """The sentence of a refused command: its 'mentor: …' line on stderr."""
    assert done.returncode == 1, "the command was not refused (exit %d)" % done.returncode
    lines = [line for line in done.stderr.splitlines() if line.startswith("mentor: ")]
    assert lines, "no 'mentor: <sentence>' line on stderr: %r" % done.stderr
    sentence = lines[-1][len("mentor: "):].strip()
    assert len(sentence) >= 20 and sentence.endswith("."), "not a sentence: %r" % sentence
    assert not JARGON.search(sentence), "the sentence %r speaks the program's jargon" % sentence
    return sentence


def test(tmp):
    db = os.path.join(tmp, "program.db")
    done = mentor_cli("--database", db, "--demo")
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr

    first = ui.launch(db)
    main = first.main_window()
    show_view(first, "People")
    first.find("push button", "Add Person", scope=main)
    digest = ui.sha256_of(db)

    # 1. Commands beside the window.
    out = os.path.join(tmp, "export")
    done = mentor_cli("--database", db, "--export-csv", out)
    assert done.returncode == 0, "--export-csv beside an open window failed: %s" % done.stderr
    assert os.path.exists(os.path.join(out, "mentorships.csv")), "--export-csv wrote no file"

    sentence = refusal(mentor_cli("--database", db, "--demo"))
    expected = ("“%s” is open in another Mentor window. Close it there first, "
                "or open a copy of the file." % db)
    assert sentence == expected, "--demo beside a window said %r, not %r" % (sentence, expected)
    assert refusal(mentor_cli("--database", db, "--import-people", UPDATES_CSV)) == expected, \
        "--import-people beside a window was not refused with the same sentence"
    assert ui.sha256_of(db) == digest, "a refused command changed the data file"

    # 2. A second window on the same file.
    second = ui.launch(db)
    second_main = second.main_window()

    def sentence_shown():
        return second.find_all("label", lambda text: expected in " ".join(text.split()),
                               scope=second_main)

    shown = wait_until(sentence_shown, None, "the second window to show %r" % expected)
    ui.trace("the second window says: %s" % ui.describe(shown[0]))
    for name in ("New Mentorship", "Add Person", "Restore Latest Backup"):
        assert not second.exists_now("push button", name, scope=second_main), \
            "the second window offers %r on a file another window holds" % name
    shot = os.environ.get("MENTOR_FAULTS_SCREENSHOT")
    if shot:
        ui.screenshot(shot)
    second.quit()
    assert ui.sha256_of(db) == digest, "the second window changed the data file"

    # The first window is still whole and working.
    first.check_alive()
    show_view(first, "Mentorships")
    show_view(first, "People")
    first.find("push button", "Add Person", scope=main)
    first.quit()

    # 3. Closed: the file is free again (--demo now refuses for its data only).
    again = refusal(mentor_cli("--database", db, "--demo"))
    assert "another Mentor window" not in again, "the lock outlived the window: %r" % again

    # Killed: the kernel drops the lock with the process.
    crashed = ui.launch(db)
    crashed.main_window()
    os.kill(crashed.proc.pid, signal.SIGKILL)
    crashed.proc.wait(10)
    done = mentor_cli("--database", db, "--import-people", UPDATES_CSV)
    assert done.returncode == 0, "after a crash the file stayed locked: %s" % done.stderr


if __name__ == "__main__":
    ui.run(test)
