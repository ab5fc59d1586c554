#!/usr/bin/python3
"""check-manifest.py MANIFEST — the Flatpak manifest, checked offline.

The GNOME runtime cannot be downloaded here, so the manifest is held to what
can be checked without it (issue "A complete GNOME citizen"):
- flatpak-builder reads it (--show-manifest) and names no unknown property;
- the permissions are exactly the four the app needs, nothing more;
- every downloaded source is pinned by a sha256;
- libical is built lean with cmake-ninja, Mentor with meson;
- the file is in the JSON style of the Flathub manifests (2-space indent,
  a final newline), so diffs stay small.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

path = sys.argv[1]
problems = []

with open(path, encoding="utf-8") as f:
    text = f.read()
manifest = json.loads(text)

if text != json.dumps(manifest, indent=2, ensure_ascii=False) + "\n":
    problems.append("not in the house JSON style (2-space indent, one final newline)")

expected = {
    "id": "com.example.Mentor",
    "runtime": "org.gnome.Platform",
    "runtime-version": "50",
    "sdk": "org.gnome.Sdk",
    "command": "mentor",
}
for key, value in expected.items():
    if manifest.get(key) != value:
        problems.append("%s is %r, not %r" % (key, manifest.get(key), value))

wanted = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
if sorted(manifest.get("finish-args", [])) != sorted(wanted):
    problems.append("finish-args are %s, not exactly %s" % (manifest.get("finish-args"), wanted))

modules = {m["name"]: m for m in manifest.get("modules", []) if isinstance(m, dict)}
for name, module in modules.items():
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                problems.append("module %s: %s is not pinned by a sha256" % (name, source.get("url")))
            if not source.get("url", "").startswith("https://"):
                problems.append("module %s: %s is not fetched over https" % (name, source.get("url")))

ical = modules.get("libical")
if ical is None:
    problems.append("no libical module")
else:
    if ical.get("buildsystem") != "cmake-ninja":
        problems.append("libical is not built with cmake-ninja")
    urls = " ".join(s.get("url", "") for s in ical.get("sources", []))
    if "3.0.20" not in urls:
        problems.append("libical is not the 3.0.20 release archive")
    opts = " ".join(ical.get("config-opts", []))
    for lean in ("-DICAL_BUILD_DOCS=false", "-DICAL_GLIB=false", "-DWITH_CXX_BINDINGS=false",
                 "-DLIBICAL_BUILD_TESTING=false", "-DGOBJECT_INTROSPECTION=false"):
        if lean not in opts:
            problems.append("libical is not built lean: %s missing" % lean)

names = [m["name"] for m in manifest.get("modules", []) if isinstance(m, dict)]
if not names or names[-1] != "mentor" or modules["mentor"].get("buildsystem") != "meson":
    problems.append("the last module is not mentor built with meson")

builder = shutil.which("flatpak-builder")
if builder is None:
    print("flatpak-builder is not installed (build-aux/deps installs it)", file=sys.stderr)
    sys.exit(77)
# flatpak-builder leaves a .flatpak-builder folder where it runs: not in the tree.
with tempfile.TemporaryDirectory(prefix="mentor-manifest-") as scratch:
    shown = subprocess.run([builder, "--show-manifest", os.path.abspath(path)],
                           capture_output=True, text=True, cwd=scratch)
if shown.returncode != 0:
    problems.append("flatpak-builder --show-manifest failed: " + shown.stderr.strip())
else:
    unknown = [line for line in shown.stderr.splitlines() if "nknown" in line]
    if unknown:
        problems.append("flatpak-builder does not know: " + "; ".join(unknown))
    if json.loads(shown.stdout).get("id") != "com.example.Mentor":
        problems.append("flatpak-builder read a different id")

for problem in problems:
    print("manifest: " + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print("manifest: %d modules, finish-args %s, every archive pinned" % (len(names), " ".join(wanted)))
