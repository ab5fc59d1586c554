"""reportlib — what the report tests share: running mentor, reading PDFs back
with poppler's tools, and writing programs into a data file through the
public schema (DESIGN.md "The data file"), as a coordinator's script would.

The tests run with TZ=UTC, LC_ALL=C.UTF-8 and MENTOR_TODAY=2026-03-10 (set by
meson), so the default period is 11 Dec 2025 – 10 Mar 2026.
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile

MENTOR = os.environ["MENTOR_BIN"]
PREVIEW_DIR = os.environ.get("REPORT_PREVIEW_DIR")
SENTINEL = "PRIVATE-SENTINEL-7f3a"

failures = []


def check(condition, message):
    """Records a failed expectation and goes on, so one run shows them all."""
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


def finish():
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")
    sys.exit(0)


def run(*args, env=None):
    """Runs mentor; returns (exit status, stdout, stderr)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run([MENTOR, *args], capture_output=True, text=True,
                          env=full_env, timeout=600)
    return proc.returncode, proc.stdout.strip(), proc.stderr.strip()


def demo_file(folder):
    path = os.path.join(folder, "Northwind.db")
    status, out, err = run("--database", path, "--demo")
    assert status == 0, "--demo failed: %s" % err
    return path


def new_file(folder, name):
    """An empty data file with Mentor's schema (a CSV export creates it)."""
    path = os.path.join(folder, name)
    status, _, err = run("--database", path, "--export-csv", os.path.join(folder, name + "-empty"))
    assert status == 0, "could not create %s: %s" % (path, err)
    return path


def connect(path):
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_page_size(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    return float(match.group(1)), float(match.group(2))


def pdf_text(path, page=None, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    args += [path, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_words(path):
    """[(page number, page height, word, yMin, yMax)] from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", path, "-"],
                         capture_output=True, text=True, check=True).stdout
    words = []
    page = 0
    height = 0.0
    for line in out.splitlines():
        match = re.search(r'<page width="[\d.]+" height="([\d.]+)"', line)
        if match:
            page += 1
            height = float(match.group(1))
            continue
        match = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            words.append((page, height, match.group(3), float(match.group(1)), float(match.group(2))))
    return words


def preview(pdf, name):
    """The first pages as PNG in the build folder, for a person to look at."""
    if not PREVIEW_DIR:
        return []
    os.makedirs(PREVIEW_DIR, exist_ok=True)
    prefix = os.path.join(PREVIEW_DIR, name)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", pdf, prefix], check=True)
    made = sorted(f for f in os.listdir(PREVIEW_DIR) if f.startswith(name + "-") and f.endswith(".png"))
    print("previews: " + ", ".join(os.path.join(PREVIEW_DIR, f) for f in made))
    return made


def tempdir():
    return tempfile.TemporaryDirectory(prefix="mentor-report-test-")
