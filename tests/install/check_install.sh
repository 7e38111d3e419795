#!/bin/sh
# check_install.sh — ctest install_tree: configure, build and install the
# tree into a scratch prefix, then check that what was installed works on
# its own: the binary runs and finds its installed data (not the source
# tree's), the man page, header, library and pkg-config file are there, and
# a program built with pkg-config against the installed header
# and library repairs a line using the installed data.  The build tree is
# moved aside meanwhile, so nothing can quietly fall back to files in it.
# Also checks that a DESTDIR install (what packaging does) puts the same
# files under DESTDIR.
#   check_install.sh SOURCE_DIR WORK_DIR C_COMPILER VERSION
set -eu
[ $# -eq 4 ] || { echo "usage: $0 SOURCE_DIR WORK_DIR C_COMPILER VERSION" >&2; exit 2; }
src=$1 work=$2 cc=$3 version=$4
prefix=$work/prefix
unset RENSA_DATA RENSA_TABLE_RULES DESTDIR || true

fail() { echo "install_tree: $*" >&2; exit 1; }

rm -rf "$prefix" "$work/stage" "$work/consumer"
mkdir -p "$work"
cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DRENSA_WERROR=OFF \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_INSTALL_PREFIX="$prefix" >"$work/configure.log" 2>&1 ||
  fail "configure failed (see $work/configure.log)"
cmake --build "$work/build" -j"$(nproc)" >"$work/build.log" 2>&1 ||
  fail "build failed (see $work/build.log)"
cmake --install "$work/build" >"$work/install.log" 2>&1 ||
  fail "install failed (see $work/install.log)"

# --- files in place
[ -x "$prefix/bin/rensa" ] || fail "no bin/rensa"
for f in share/man/man1/rensa.1 include/rensa.h include/rensa/doc.h \
         include/rensa/rensa_err.h include/rensa/textin.h include/rensa/fixup.h \
         include/rensa/tables.h include/rensa/md_write.h include/rensa/csv_write.h \
         share/rensa/rules/confusions.rules share/rensa/data/sv-unigrams.tsv \
         share/rensa/data/sv-bigrams.tsv share/rensa/data/sv-lexicon.bin \
         share/rensa/data/sv-names.bin share/rensa/data/sv-hunparts.bin \
         share/doc/rensa/copyright \
         share/rensa/tables/table-words.rules; do
  [ -s "$prefix/$f" ] || fail "missing or empty: $f"
done
lib=$(find "$prefix" -name librensa.a | head -n 1)
pc=$(find "$prefix" -name rensa.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$lib" ] || fail "no librensa.a"
[ -n "$pc" ] || fail "no pkgconfig/rensa.pc"
head -n 5 "$prefix/share/man/man1/rensa.1" | grep -q '^\.TH RENSA 1' || fail "man page has no .TH line"
if command -v groff >/dev/null 2>&1; then
  warn=$(groff -k -man -ww -z -t "$prefix/share/man/man1/rensa.1" 2>&1) || true
  [ -z "$warn" ] || fail "groff warns about the man page: $warn"
fi

# --- the binary runs and finds its installed data (build tree out of reach)
mv "$work/build" "$work/build.away"
trap 'mv "$work/build.away" "$work/build"' EXIT
out=$("$prefix/bin/rensa" --version) || fail "rensa --version failed"
echo "$out" | grep -qx "rensa $version" || fail "rensa --version says: $out"
rules=$("$prefix/bin/rensa" dict rules) || fail "rensa dict rules failed"
echo "$rules" | grep -q "^$prefix/share/rensa/rules/confusions.rules	" ||
  fail "installed rensa does not use its installed rules: $rules"
echo "$rules" | grep -q "^$src/dict/" && fail "installed rensa reads the source tree: $rules"
fixed=$(printf 'Utfallet for perioden ar 36,3 mkr.\n' | "$prefix/bin/rensa" fixup -q) ||
  fail "installed rensa fixup failed"
[ "$fixed" = "Utfallet för perioden är 36,3 mkr." ] || fail "installed fixup wrote: $fixed"

# --- pkg-config and a program built against the installed library
export PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
pkg-config --validate rensa || fail "pkg-config --validate rensa failed"
[ "$(pkg-config --modversion rensa)" = "$version" ] || fail "rensa.pc has the wrong version"
[ "$(pkg-config --variable=rensa_datadir rensa)" = "$prefix/share/rensa" ] ||
  fail "rensa.pc rensa_datadir is $(pkg-config --variable=rensa_datadir rensa)"
mkdir -p "$work/consumer"
cat >"$work/consumer/prog.c" <<'PROG'
#include <rensa.h> /* first: the header must stand on its own */
#include <stdio.h>
#include <string.h>

int main(void) {
  static const char text[] = "Utfallet for perioden ar 36,3 mkr.\n";
  RensaErr e;
  rensa_err_clear(&e);
  Doc *d = textin_read_buffer("line.txt", text, strlen(text), &e);
  Fixer *f = d ? fix_new(NULL, &e) : NULL;
  if (!f || fix_doc(f, d, NULL, &e) || tab_build_text(d, &e) || md_write(d, stdout)) {
    char msg[1200];
    rensa_err_format(&e, msg, sizeof msg);
    fprintf(stderr, "prog: %s\n", msg);
    return 1;
  }
  fix_free(f);
  doc_free(d);
  return 0;
}
PROG
# shellcheck disable=SC2046
"$cc" -std=c11 -Wall -Wextra -Werror -o "$work/consumer/prog" "$work/consumer/prog.c" \
  $(pkg-config --cflags --libs rensa) >"$work/consumer/build.log" 2>&1 ||
  fail "cannot build a program against the installed library: $(cat "$work/consumer/build.log")"
got=$("$work/consumer/prog") || fail "the program built against the library failed"
[ "$got" = "Utfallet för perioden är 36,3 mkr." ] || fail "the library program wrote: $got"

# --- DESTDIR staging puts the same files under DESTDIR
mv "$work/build.away" "$work/build"
trap - EXIT
DESTDIR=$work/stage cmake --install "$work/build" >/dev/null 2>&1 || fail "DESTDIR install failed"
a=$(cd "$prefix" && find . -type f | sort)
b=$(cd "$work/stage$prefix" && find . -type f | sort)
[ "$a" = "$b" ] || fail "DESTDIR install differs from the prefix install"

echo "install_tree: $(echo "$a" | wc -l) files installed and checked under $prefix"
