#!/usr/bin/env bash
# Checks what `cmake --install` and `cpack -G DEB` give a Linux desktop:
#   check-install.sh BUILD_DIR WORK_DIR
# - the three programs, the .desktop file, the SVG and PNG icons, the AppStream metadata and
#   the translations land where a desktop expects them, and the desktop/AppStream files validate;
# - every installed program answers --version with the project's version;
# - the DEB's control file names the libraries and Qt plugins the programs need.
set -euo pipefail
build="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work"
stage="$work/stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
fail() { echo "FAIL: $*" >&2; exit 1; }

for f in usr/bin/bankscope usr/bin/bankscope-cli usr/bin/bankscope-sim \
         usr/share/applications/io.github.bankscope.BankScope.desktop \
         usr/share/metainfo/io.github.bankscope.BankScope.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/bankscope.svg \
         usr/share/icons/hicolor/48x48/apps/bankscope.png \
         usr/share/icons/hicolor/256x256/apps/bankscope.png; do
    [ -f "$stage/$f" ] || fail "$f is not installed"
done
ls "$stage"/usr/share/bankscope/translations/bankscope_*.qm >/dev/null 2>&1 || fail "no translations installed"
grep -q '^Exec=bankscope' "$stage/usr/share/applications/io.github.bankscope.BankScope.desktop" || fail "the desktop file does not start bankscope"
grep -q '^Icon=bankscope$' "$stage/usr/share/applications/io.github.bankscope.BankScope.desktop" || fail "the desktop file names another icon"
desktop-file-validate "$stage/usr/share/applications/io.github.bankscope.BankScope.desktop"
appstreamcli validate --no-net "$stage/usr/share/metainfo/io.github.bankscope.BankScope.metainfo.xml" >/dev/null

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in the CMake cache"
for p in bankscope bankscope-cli bankscope-sim; do
    out=$(QT_QPA_PLATFORM=offscreen "$stage/usr/bin/$p" --version 2>/dev/null)
    case "$out" in
        *"$version"*) ;;
        *) fail "$p --version printed '$out', not the version $version" ;;
    esac
done

cpack --config "$build/CPackConfig.cmake" -B "$work/deb" -G DEB >/dev/null 2>"$work/cpack.err" || { cat "$work/cpack.err" >&2; fail "cpack failed"; }
deb=$(ls "$work"/deb/bankscope_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6gui6 libqt6widgets6 libqt6serialport6 libqt6serialbus6 fonts-dejavu-core; do
    case "$depends" in
        *"$d"*) ;;
        *) fail "the DEB does not depend on $d (Depends: $depends)" ;;
    esac
done
dpkg-deb -c "$deb" > "$work/deb-contents.txt"
grep -q './usr/bin/bankscope$' "$work/deb-contents.txt" || fail "the DEB does not contain /usr/bin/bankscope"
echo "install and DEB checked: $(basename "$deb"), Depends: $depends"
