#!/bin/sh
# check-po.sh SRCDIR — every language of po/LINGUAS is complete for the
# sources as they are now: its catalogue passes `msgfmt --check`, and merged
# with a template made from po/POTFILES.in (the xgettext arguments of meson's
# "glib" preset, as `ninja mentor-pot` uses) it has no untranslated and no
# fuzzy message. A user-visible string added without its translation fails
# here; `ninja -C build mentor-update-po` brings the catalogues up to date.
cd "$1" || exit 1
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in >"$work/files"
xgettext --package-name=mentor --files-from="$work/files" --directory=. --output="$work/mentor.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format 2>"$work/xgettext.log" || {
  cat "$work/xgettext.log" >&2
  echo "xgettext could not read the sources of po/POTFILES.in" >&2
  exit 1
}

for lang in $(grep -v -e '^#' -e '^[[:space:]]*$' po/LINGUAS); do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "po/LINGUAS lists $lang, but $po does not exist" >&2
    status=1
    continue
  fi
  if ! msgfmt --check -o /dev/null "$po"; then
    echo "$po does not pass msgfmt --check" >&2
    status=1
  fi
  msgmerge --quiet --no-fuzzy-matching "$po" "$work/mentor.pot" -o "$work/$lang.po" || { status=1; continue; }
  stats=$(msgfmt --statistics -o /dev/null "$work/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$po is not complete for the current sources; missing:" >&2
      { msgattrib --untranslated --no-obsolete "$work/$lang.po"
        msgattrib --only-fuzzy --no-obsolete "$work/$lang.po"; } |
        grep -v -e '^"[A-Z][A-Za-z-]*: .*\\n"$' -e '^#' | grep -A3 '^msg\(ctxt\|id\) "..*' | head -60 >&2
      status=1 ;;
  esac
done

exit $status
