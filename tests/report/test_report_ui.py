#!/usr/bin/python3
"""The report dialog as a coordinator uses it, over AT-SPI (tests/ui/mentorui.py).

On the sample program: Ctrl+P opens "Print Report" with This Quarter, All
Mentorships, summaries on and private notes off. A custom period whose first
day comes after its last is explained and cannot be printed. Last Quarter,
then "Export as PDF…": the file chooser offers "Mentoring Report 2025-Q4.pdf";
the PDF is written, the dialog closes and the toast says "Report saved". The
file holds the period and no private notes. "Export as CSV…" from the main
menu writes the four files into the folder picked.
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))

import mentorui as ui  # noqa: E402
from mentorui import wait_until  # noqa: E402

KEY_P = 0x70
# GTK's chooser names its button after the mnemonic label and the label.
ACCEPT = re.compile(r"^_?Export( Export)?$")
# The harness leaves the clock alone; this test fixes "today" for its dates.
TODAY = {"MENTOR_TODAY": "2026-03-10", "TZ": "UTC"}
SUBTITLES = re.compile(r"^\d+ \w+ \d{4} – \d+ \w+ \d{4}$|^Those that ran during the period$")


def chosen(m, combo):
    """The item a combo row of the dialog shows: its labels but the title and
    the subtitle (the period's dates, or what "All" means)."""
    snap = ui.Snapshot(combo.bus_name, [combo.path], max_nodes=400)
    for rec in snap.under(combo.path):
        name = rec["name"]
        if rec["role"] == "label" and name and name not in (ui.name_of(combo), "(None)") \
                and not SUBTITLES.match(name):
            return name
    return None


def sensitive(node):
    return "sensitive" in ui.states_of(node)


def checked(node):
    return "checked" in ui.states_of(node)


def test(tmp):
    db = os.path.join(tmp, "Northwind.db")
    subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"], check=True,
                   env=ui.Mentor.environment(TODAY), capture_output=True)
    private = subprocess.run(["sqlite3", db, "SELECT private_notes FROM meeting WHERE private_notes <> '' LIMIT 1"],
                             capture_output=True, text=True).stdout.strip()

    m = ui.launch(db, env=TODAY)
    # The harness reads a combo row's first label as its choice; these rows
    # have a subtitle first.
    m.current_choice = lambda combo: chosen(m, combo)
    main = m.main_window()
    m.press_key(KEY_P, ui.MOD_CONTROL)
    dialog = m.window("Print Report")

    period = m.find(None, "Period", scope=dialog)
    scope = m.find(None, "Mentorships", scope=dialog)
    summaries = m.find("check box", "Include Shared Summaries", scope=dialog)
    notes = m.find("check box", "Include Private Notes", scope=dialog)
    export = m.find("push button", "Export as PDF…", scope=dialog)
    print_button = m.find("push button", "Print…", scope=dialog)
    assert m.current_choice(period) == "This Quarter", m.current_choice(period)
    assert m.current_choice(scope) == "All Mentorships", m.current_choice(scope)
    m.find("label", "1 Jan 2026 – 31 Mar 2026", scope=dialog)
    assert checked(summaries), "summaries are in by default"
    assert not checked(notes), "private notes are out by default"

    # A custom period the wrong way round: explained, and nothing to press.
    m.choose(period, "Custom")
    first = ui.field(m, "First Day", scope=dialog)
    m.set_text(first, "2026-04-01")
    m.find("label", "The report would start on 2026-04-01, after its last day 2026-03-10: "
                    "the first day must come first.", scope=dialog)
    wait_until(lambda: not sensitive(print_button) and not sensitive(export), None,
               "Print and Export to be unavailable")

    m.choose(period, "Last Quarter")
    m.find("label", "1 Oct 2025 – 31 Dec 2025", scope=dialog)
    wait_until(lambda: sensitive(export), None, "Export to be available again")
    m.click(export)

    chooser = m.window("Export Report as PDF")
    # GTK's own chooser: its entry answers no pick, so it is not asked to.
    name = m.find("text", "Name:", scope=chooser, showing=False)
    wait_until(lambda: ui.text_of(name) == "Mentoring Report 2025-Q4.pdf", None,
               "the suggested name (%r)" % ui.text_of(name))
    target = os.path.join(tmp, "Mentoring Report 2025-Q4.pdf")
    m.set_text(name, target)
    m.click(m.find("push button", ACCEPT, scope=chooser, showing=False))
    m.wait_window_gone("Print Report")
    m.find("label", "Report saved", scope=main)
    m.find("push button", "Open", scope=main)

    text = subprocess.run(["pdftotext", target, "-"], capture_output=True, text=True, check=True).stdout
    assert "1 Oct 2025 – 31 Dec 2025" in text, "the period is in the PDF"
    assert "Northwind" in text, "the program's name is in the PDF"
    assert private[:30] not in text, "no private note is in the PDF"

    # Export as CSV… from the main menu, into a new folder.
    m.click(m.find("push button", "Main Menu", scope=main))
    m.click(m.find(None, "Export as CSV…", scope=main, showing=False,
                   where=lambda n: "menu" in ui.role_of(n) or ui.role_of(n) == "push button"))
    chooser = m.window("Export as CSV")
    folder = os.path.join(tmp, "csv")
    os.makedirs(folder)
    # Type the folder's path, as Ctrl+L lets a person do.
    m.press_key(ord("l"), ui.MOD_CONTROL)
    location = wait_until(lambda: next((n for n in m.find_all("text", scope=chooser, showing=False)
                                        if "focused" in ui.states_of(n)), None),
                          None, "the location entry to take the focus")
    m.set_text(location, folder + "/")
    m.click(m.find("push button", ACCEPT, scope=chooser, showing=False))
    m.find("label", "Exported as CSV to “csv”", scope=main)
    assert sorted(os.listdir(folder)) == ["goals.csv", "meetings.csv", "mentorships.csv", "milestones.csv"], \
        os.listdir(folder)
    m.quit()


if __name__ == "__main__":
    ui.run(test)
