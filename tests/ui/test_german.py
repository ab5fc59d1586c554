#!/usr/bin/python3
"""Mentor speaks German with LANGUAGE=de.

A de_DE.UTF-8 locale is made with localedef (package locales), and Mentor is
started with LANGUAGE=de and the catalogue the build made from po/de.po
(MENTOR_LOCALEDIR, as build-aux/run sets it). On an empty data file the
window, its views, its empty state and its main menu speak German; after
"Mit Beispieldaten ausprobieren" the list shows statuses and health in
German; a refusal on the command line is a German sentence too.
"""

import os
import re
import shutil
import subprocess

import mentorui as ui
from mentorui import wait_until

# What an untranslated window would show instead: none of it may appear.
ENGLISH = ("No Mentorships Yet", "Try with Sample Data", "Mentorships", "Calendar", "Goals",
           "People", "Main Menu", "Keyboard Shortcuts", "Preferences")


def german_locale(tmp):
    assert shutil.which("localedef") and os.path.isdir("/usr/share/i18n/locales"), \
        "localedef or the locale sources are missing (build-aux/deps installs the package locales)"
    locales = os.path.join(tmp, "locales")
    os.makedirs(locales)
    made = subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", os.path.join(locales, "de_DE.UTF-8")],
                          capture_output=True, text=True)
    assert os.path.isdir(os.path.join(locales, "de_DE.UTF-8")), "localedef failed: " + made.stderr
    return {"LOCPATH": locales, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}


def test(tmp):
    localedir = os.environ.get("MENTOR_LOCALEDIR", "")
    assert os.path.isfile(os.path.join(localedir, "de", "LC_MESSAGES", "mentor.mo")), \
        "the build made no German catalogue in %r" % localedir
    env = german_locale(tmp)

    # The command line: a file that is not a data file is refused in German.
    bad = os.path.join(tmp, "kein-mentor.db")
    with open(bad, "w") as f:
        f.write("Das ist keine Datenbank.\n" * 200)
    done = subprocess.run([ui.Mentor.binary(), "--database", bad, "--export-ics", os.path.join(tmp, "x.ics")],
                          env=ui.Mentor.environment(env), capture_output=True, text=True, timeout=60)
    print("command line: %d %r" % (done.returncode, done.stderr.strip()))
    assert done.returncode != 0, "a damaged file was accepted"
    assert re.search(r"\b(Datei|Datendatei)\b", done.stderr) and not re.search(r"\bThe\b|\bfile\b", done.stderr), \
        "the refusal is not in German: %r" % done.stderr

    db = os.path.join(tmp, "leer.db")
    open(db, "wb").close()
    m = ui.launch(db, env=env)
    main = m.main_window()

    for view in ("Mentorings", "Kalender", "Ziele", "Personen"):
        m.find(None, view, scope=main, where=lambda n: ui.role_of(n) in ("toggle button", "push button", "page tab", "label"))
    m.find(None, "Noch keine Mentorings", scope=main)
    sample = m.find("push button", "Mit Beispieldaten ausprobieren", scope=main)
    m.click(m.find("push button", "Hauptmenü", scope=main))
    for item in ("Tastenkürzel", "Einstellungen", "Bericht drucken…", "Personen importieren…",
                 "Alle Check-ins exportieren…"):
        m.find(None, item, scope=main, showing=False,
               where=lambda n: "menu" in ui.role_of(n) or ui.role_of(n) in ("push button", "label"))
    m.press_key(ui.KEY_ESCAPE)

    snap, _ = m.snapshot(main)
    shown = {rec["name"] for rec in snap.under(main.path) if rec["name"]}
    english = sorted(shown & set(ENGLISH))
    assert not english, "English words in the German window: %s" % english

    m.click(sample)
    wait_until(lambda: m.exists_now(None, re.compile(r"^.+ → .+, Aktiv\b"), scope=main), 15,
               "a German status on a mentorship row")
    for word in ("Gefährdet", "Braucht Aufmerksamkeit", "Im Plan", "Programmübersicht"):
        m.find(None, re.compile(re.escape(word)), scope=main)
    print("the window speaks German: views, empty state, menu, statuses, health")
    m.quit()


if __name__ == "__main__":
    ui.run(test)
