#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, unpacks it into a temporary root
# and runs the unpacked executable from there, then runs lintian on the package.
#
#   packaging/test-package.sh BUILD_DIR [CPACK] [VERSION] [SOURCE_DIR]
#
# Run by CTest as `packaging_deb`. The unpacked program runs with HOME and the XDG directories
# inside the temporary directory and from an unrelated working directory, so it can only work
# if it finds what it needs through install-relative paths or its Qt resources.
set -euo pipefail

build=$(cd "${1:?usage: test-package.sh BUILD_DIR [CPACK] [VERSION] [SOURCE_DIR]}" && pwd)
cpack=${2:-cpack}
version=${3:-}
source_dir=${4:-}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev lintian:lintian readelf:binutils; do
    command -v "${tool%%:*}" >/dev/null || fail "MISSING TOOL ${tool%%:*}: apt install ${tool##*:}"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jcroadmap-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

step "cpack -G DEB"
# -B keeps the package and CPack's staging tree (_CPack_Packages) out of the build directory.
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log"
    fail "cpack failed"
}
shopt -s nullglob
debs=("$tmp"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb, found ${#debs[@]}"
deb=${debs[0]}
echo "$(basename "$deb")"
if [ -n "$version" ]; then
    case "$(basename "$deb")" in
        jcroadmap_"$version"_*.deb) ;;
        *) fail "package file name does not carry version $version" ;;
    esac
fi

step "control"
dpkg-deb --field "$deb" Package Version Architecture Section Priority Maintainer Depends
depends=$(dpkg-deb --field "$deb" Depends | tr ',|' '\n\n' | sed 's/^ *//; s/[ (].*//')
# What the executable loads at run time without linking it (plugins, the Japanese font, Qt's
# own translations).
for p in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 qt6-translations-l10n fonts-noto-cjk; do
    grep -qxF "$p" <<<"$depends" || fail "Depends lacks $p"
done

step "contents"
dpkg-deb --contents "$deb" | awk '{print $1, $2, $6}'
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
for f in \
    usr/bin/jcroadmap \
    usr/share/applications/io.github.jcroadmap.Planner.desktop \
    usr/share/metainfo/io.github.jcroadmap.Planner.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.jcroadmap.Planner.svg \
    usr/share/icons/hicolor/16x16/apps/io.github.jcroadmap.Planner.png \
    usr/share/icons/hicolor/256x256/apps/io.github.jcroadmap.Planner.png \
    usr/share/man/man1/jcroadmap.1.gz \
    usr/share/doc/jcroadmap/copyright \
    usr/share/doc/jcroadmap/changelog.gz \
    usr/share/jcroadmap/seeds/japan-canada-joint-statement-2026-03-06.txt \
    usr/share/jcroadmap/seeds/roadmap.seed; do
    [ -s "$root/$f" ] || fail "package lacks /$f"
done
exe="$root/usr/bin/jcroadmap"
[ -x "$exe" ] || fail "/usr/bin/jcroadmap is not executable"

step "linked libraries"
# Every library the executable links must come from a package named in Depends.
for soname in $(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    owners=$(dpkg-query -S "*/$soname" 2>/dev/null | sed 's/: .*//; s/, /\n/g' || true)
    [ -n "$owners" ] || fail "no installed package provides $soname"
    found=
    for o in $owners; do
        o=${o%%:*}
        if grep -qxF "$o" <<<"$depends"; then found=$o; fi
    done
    [ -n "$found" ] || fail "$soname (from $(echo $owners)) is not covered by Depends"
    echo "$soname <- $found"
done

step "no way back into the build tree"
if readelf -d "$exe" | grep -Eq 'R(UN)?PATH'; then
    readelf -d "$exe" | grep -E 'R(UN)?PATH'
    fail "the installed executable carries an RPATH/RUNPATH"
fi
for dir in "$build" "$source_dir"; do
    [ -n "$dir" ] || continue
    if grep -qaF "$dir" "$exe"; then
        fail "the installed executable contains the path $dir"
    fi
done

step "run the unpacked executable"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$tmp/home"

out=$("$exe" --version) || fail "jcroadmap --version exited with $?"
echo "$out"
if [ -n "$version" ]; then
    grep -qF "$version" <<<"$out" || fail "--version does not print $version"
fi
doc="$root/tmp.roadmap"
"$exe" init "$doc" || fail "jcroadmap init exited with $?"
[ -s "$doc" ] || fail "jcroadmap init wrote no file"
"$exe" check "$doc" || fail "jcroadmap check exited with $?"

step "lintian"
# Errors fail the test; the tags kept on purpose are listed in packaging/README-packaging.md.
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"
echo "OK"
