#!/usr/bin/python3
"""Refusals a person can read, and a damaged file left alone.

1. The person editor refuses an empty name, then a malformed email: each time
   a readable message about that field shows in the editor, the editor stays
   open and what was typed is still there; once corrected, Add works.
2. A data file of random bytes: the window opens with the error sentence the
   store gives for it (the same one `mentor --demo` prints on stderr) and
   without the normal views; after closing, the file is byte-for-byte as it was.
"""

import os
import random
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import field, show_view, wait_until

JARGON = re.compile(r"sqlite|constraint|NOT NULL|CHECK|GError|\bnull\b|\bSQL\b|errno|\(null\)",
                    re.IGNORECASE)


def label_texts_in(m, scope):
    snap, _ = m.snapshot(scope)
    return {rec["name"] for rec in snap.under(scope.path) if rec["role"] == "label"}


def wait_message(m, scope, before, about, what):
    """A label newly shown in scope whose text matches the regex about."""
    def new_message():
        nodes = m.find_all("label", lambda t: t not in before and about.search(t), scope=scope)
        return ui.name_of(nodes[0]).strip() if nodes else None

    text = wait_until(new_message, None, "a message about %s in the editor" % what)
    print("message for %s: %r" % (what, text))
    assert len(text) >= 10, "the message %r is too short to explain anything" % text
    assert not JARGON.search(text), "the message %r speaks the program's jargon" % text
    return text


def editor_refuses_bad_input(tmp):
    db = os.path.join(tmp, "people.db")
    m = ui.launch(db)
    main = m.main_window()
    show_view(m, "People")
    m.click(m.find("push button", "Add Person", scope=main))
    editor = m.window("New Person")

    # No name.
    m.set_text(field(m, "Email", editor), "carol@example.com")
    m.set_text(field(m, "Job Title", editor), "Designer")
    before = label_texts_in(m, editor)
    m.click(m.find("push button", "Add", scope=editor))
    first = wait_message(m, editor, before, re.compile(r"\bname\b", re.IGNORECASE), "the empty name")
    editor = m.window("New Person")
    for title, value in (("Email", "carol@example.com"), ("Job Title", "Designer")):
        got = ui.text_of(field(m, title, editor))
        assert got == value, "after the refusal %r holds %r, not what was typed (%r)" % (title, got, value)

    # A name, but an email that is not one.
    m.set_text(field(m, "Name", editor), "Carol White")
    m.set_text(field(m, "Email", editor), "carol-at-example")
    before = label_texts_in(m, editor) - {first}
    m.click(m.find("push button", "Add", scope=editor))
    wait_message(m, editor, before | {first}, re.compile(r"e-?mail", re.IGNORECASE), "the bad email")
    editor = m.window("New Person")
    for title, value in (("Name", "Carol White"), ("Email", "carol-at-example"),
                         ("Job Title", "Designer")):
        got = ui.text_of(field(m, title, editor))
        assert got == value, "after the refusal %r holds %r, not what was typed (%r)" % (title, got, value)

    # Corrected: it is added.
    m.set_text(field(m, "Email", editor), "carol@example.com")
    m.click(m.find("push button", "Add", scope=editor))
    m.wait_window_gone("New Person")
    m.find("label", "Carol White", scope=main)
    m.quit()

    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        rows = con.execute("SELECT name, email, title FROM person").fetchall()
    finally:
        con.close()
    assert rows == [("Carol White", "carol@example.com", "Designer")], \
        "people in the file after two refusals and one Add: %r" % rows


def corrupt_file_left_alone(tmp):
    folder = os.path.join(tmp, "corrupt")
    os.makedirs(folder)
    db = os.path.join(folder, "mentor.db")
    data = random.Random(20260312).randbytes(16384)
    assert not data.startswith(b"SQLite format 3\0")
    with open(db, "wb") as f:
        f.write(data)
    digest = ui.sha256_of(db)
    files_before = set(os.listdir(folder))

    # The sentence the store gives for this file, as the command line prints it.
    cli = subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"],
                         env=ui.Mentor.environment({"DISPLAY": "", "WAYLAND_DISPLAY": ""}),
                         capture_output=True, text=True, timeout=60)
    print("mentor --demo on the corrupt file: exit %d, stderr %r" % (cli.returncode, cli.stderr))
    assert cli.returncode != 0, "--demo filled a corrupt file (exit 0): %r" % cli.stdout
    assert ui.sha256_of(db) == digest, "mentor --demo changed the corrupt file"
    lines = [l for l in cli.stderr.splitlines() if l.startswith("mentor: ")]
    assert lines, "mentor --demo printed no 'mentor: <message>' line: %r" % cli.stderr
    sentence = lines[-1][len("mentor: "):].strip()

    m = ui.launch(db)
    main = m.main_window()

    def sentence_shown():
        return m.find_all("label", lambda text: sentence in " ".join(text.split()), scope=main)

    shown = wait_until(sentence_shown, None, "the window to show the error %r" % sentence)
    ui.trace("the error shows: %s" % ui.describe(shown[0]))
    assert not m.exists_now("push button", "Restore Latest Backup", scope=main), \
        "'Restore Latest Backup' is offered though no backup exists"
    for name in ("New Mentorship", "Add Person"):
        assert not m.exists_now("push button", name, scope=main), \
            "%r is offered on a file that could not be opened" % name
    m.quit()

    assert ui.sha256_of(db) == digest, "the corrupt data file was changed"
    assert os.path.getsize(db) == len(data), "the corrupt data file changed size"
    extra = set(os.listdir(folder)) - files_before
    if extra:
        print("files made beside the corrupt file: %s" % sorted(extra))


def test(tmp):
    editor_refuses_bad_input(tmp)
    corrupt_file_left_alone(tmp)


if __name__ == "__main__":
    ui.run(test)
