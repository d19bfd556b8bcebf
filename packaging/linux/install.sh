#!/bin/sh
# Put okuvol in this account's menu: the .desktop entry, the icons and the AppStream metainfo
# go to ~/.local/share (or $XDG_DATA_HOME), and a link `okuvol` to ~/.local/bin. The program
# stays in this folder: move the folder first, then run this script from its new place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.okuvol.Okuvol

mkdir -p "$data/applications" "$data/metainfo" "$HOME/.local/bin"
# The menu starts the program by its full path: ~/.local/bin is not on every PATH.
sed -e "s|^Exec=okuvol|Exec=\"$here/okuvol\"|" -e "s|^TryExec=okuvol|TryExec=$here/okuvol|" \
  "$here/share/applications/$app_id.desktop" >"$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
for icon in "$here"/share/icons/hicolor/*/apps/$app_id.*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/"
done
ln -sf "$here/okuvol" "$HOME/.local/bin/okuvol"

# Desktops notice new entries by themselves; this refreshes the menu's cache where the tool
# exists. No icon cache is made: without one the icons are read from the folders, and a cache
# would hide icons that other programs add later.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "okuvol is in the menu; the command is $HOME/.local/bin/okuvol"
