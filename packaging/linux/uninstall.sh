#!/bin/sh
# Take okuvol out of this account's menu (what install.sh put in ~/.local). The ledger, its
# backups and the settings stay: see README, "Where your data lives", to remove them too.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.okuvol.Okuvol

rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
rm -f "$data"/icons/hicolor/*/apps/$app_id.png "$data"/icons/hicolor/*/apps/$app_id.svg
link="$HOME/.local/bin/okuvol"
# Only our link: an okuvol installed with pip in ~/.local/bin is a file, and stays.
[ -L "$link" ] && rm -f "$link"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "okuvol is out of the menu; delete its folder to remove the program"
