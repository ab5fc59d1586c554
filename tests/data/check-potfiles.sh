#!/bin/sh
# check-potfiles.sh SRCDIR — po/POTFILES.in lists only files that exist, and
# every file with strings marked for translation is listed, so that no
# user-visible text is left out of the translation template.
cd "$1" || exit 1
status=0
listed=$(mktemp)
trap 'rm -f "$listed"' EXIT

grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in | sort -u >"$listed"
while read -r file; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in lists $file, which does not exist" >&2
    status=1
  fi
done <"$listed"

# C sources calling _(), N_(), C_() or ngettext(), templates with
# translatable="yes", and the data files merged with translations.
find src data -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \
                         -o -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
                         -o -name '*.gschema.xml' \) | sort | while read -r file; do
  case "$file" in
    *.c|*.h)
      grep -q -E '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' "$file" || continue ;;
    *.ui)
      grep -q 'translatable="yes"' "$file" || continue ;;
  esac
  if ! grep -qxF "$file" "$listed"; then
    echo "$file has translatable text but is missing from po/POTFILES.in" >&2
    echo missing
  fi
done | grep -q missing && status=1

exit $status
