#!/bin/sh
# check-install.sh BUILDDIR PREFIX — `meson install` into a scratch DESTDIR
# lays out what a Flatpak expects under its prefix (/app there), and
# `appstreamcli compose` builds the software-centre catalog from that tree.
set -eu
build=$1
prefix=$2
root=$(mktemp -d "${TMPDIR:-/tmp}/mentor-install-XXXXXX")
trap 'rm -rf "$root"' EXIT

meson install -C "$build" --destdir "$root/tree" --no-rebuild --quiet >"$root/install.log" 2>&1 || {
  cat "$root/install.log" >&2
  echo "meson install failed" >&2
  exit 1
}

tree="$root/tree$prefix"
missing=0
expect ()
{
  for path in "$@"; do
    if [ ! -e "$tree/$path" ]; then
      echo "not installed: $prefix/$path" >&2
      missing=1
    fi
  done
}

expect bin/mentor \
       share/applications/com.example.Mentor.desktop \
       share/metainfo/com.example.Mentor.metainfo.xml \
       share/icons/hicolor/scalable/apps/com.example.Mentor.svg \
       share/icons/hicolor/symbolic/apps/com.example.Mentor-symbolic.svg \
       share/glib-2.0/schemas/com.example.Mentor.gschema.xml \
       share/help/C/mentor/index.page

# Every language in po/LINGUAS has its catalog, and every help page its copy.
srcroot=$(dirname "$0")/../..
for lang in $(grep -v '^#' "$srcroot/po/LINGUAS" 2>/dev/null); do
  expect "share/locale/$lang/LC_MESSAGES/mentor.mo"
  # The desktop file and the metainfo carry the translation too (merged
  # from the catalogue by i18n.merge_file).
  if [ -f "$tree/share/applications/com.example.Mentor.desktop" ] &&
     ! grep -q "^Comment\[$lang\]=" "$tree/share/applications/com.example.Mentor.desktop"; then
    echo "the installed desktop file has no Comment[$lang]" >&2
    missing=1
  fi
  if [ -f "$tree/share/metainfo/com.example.Mentor.metainfo.xml" ] &&
     ! grep -q "xml:lang=\"$lang\"" "$tree/share/metainfo/com.example.Mentor.metainfo.xml"; then
    echo "the installed metainfo has no text in $lang" >&2
    missing=1
  fi
done
for page in "$srcroot"/help/C/*.page; do
  expect "share/help/C/mentor/$(basename "$page")"
done

# Nothing a Flatpak would not expect: no headers, static libraries or
# pkg-config files of our own.
stray=$(find "$root/tree" \( -name '*.h' -o -name '*.a' -o -name '*.pc' \) -print)
if [ -n "$stray" ]; then
  echo "installed but not wanted: $stray" >&2
  missing=1
fi
[ "$missing" -eq 0 ] || exit 1

if [ ! -x /usr/libexec/appstreamcli-compose ]; then
  echo "appstreamcli compose is not installed (build-aux/deps installs appstream-compose)" >&2
  exit 77
fi
appstreamcli compose --no-net --prefix="$prefix" --origin=mentor \
  --result-root="$root/catalog" "$root/tree" >"$root/compose.log" 2>&1 || {
  cat "$root/compose.log" >&2
  echo "appstreamcli compose failed" >&2
  exit 1
}
cat "$root/compose.log"
catalog=$(find "$root/catalog" -name 'mentor.xml.gz' | head -n 1)
if [ -z "$catalog" ] || ! gzip -dc "$catalog" | grep -q '<id>com.example.Mentor</id>'; then
  echo "the composed catalog does not hold com.example.Mentor" >&2
  exit 1
fi
if [ -z "$(find "$root/catalog" -path '*icons*' -name 'com.example.Mentor.png' -print)" ]; then
  echo "the composed catalog has no icon for com.example.Mentor" >&2
  exit 1
fi
echo "installed under $prefix and composed a catalog with the app and its icons"
