#!/usr/bin/env bash
# Makes the files in this folder with the real programs: Timewarrior 1.4.3 (Debian package
# timewarrior) and Watson 2.1.0 (pip install td-watson). Not run by the tests; run it again to
# see what a new version of either writes. Data is made up here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Timewarrior: an apostrophe in a bare tag, "#" inside an annotation, quotes, a span of a
# few seconds, one under a minute, a weekend left running (54 h), a client and a kind tag.
export TIMEWARRIORDB="$work/timew"
mkdir -p "$TIMEWARRIORDB/data" && touch "$TIMEWARRIORDB/timewarrior.cfg"
track() { timew track "$@" :yes :quiet >/dev/null; }
track 2026-03-02T09:00:00Z - 2026-03-02T10:30:00Z "it's" 'two words' client:Rumah volunteer
timew annotate @1 'backslash \ and "quotes" # hash' >/dev/null
track 2026-03-03T09:00:00Z - 2026-03-03T09:00:16Z volunteer
track 2026-03-03T10:00:00Z - 2026-03-03T10:00:58Z volunteer
track 2026-03-03T11:00:10Z - 2026-03-03T11:30:39Z volunteer
track 2026-03-06T17:00:00Z - 2026-03-08T23:00:00Z volunteer weekend
track 2026-03-09T08:00:00Z - 2026-03-09T09:15:30Z "(paren)" "a-b" paid
cp "$TIMEWARRIORDB/data/2026-03.data" "$here/timew-2026-03.data"
timew export > "$here/timew-export.json"
timew summary 2026-03-01 - 2026-04-01 :ids > "$here/timew-summary.txt"

# --- Watson: frames over several lines, a frame left running over a weekend, log as JSON and
# CSV of the same frames, and the state file with nothing running.
export WATSON_DIR="$work/watson"
mkdir -p "$WATSON_DIR"
watson add -f "2026-03-02 09:00:00" -t "2026-03-02 10:30:45" school +volunteer +reading >/dev/null
watson add -f "2026-03-03 14:00:00" -t "2026-03-03 14:00:20" school +volunteer >/dev/null
watson add -f "2026-03-06 17:00:00" -t "2026-03-09 08:00:00" clinic +paid >/dev/null
watson add -f "2026-03-10 08:00:00" -t "2026-03-10 12:00:00" clinic +paid +triage >/dev/null
cp "$WATSON_DIR/frames" "$here/watson-frames.json"
watson log --from 2026-03-01 --to 2026-03-31 --json > "$here/watson-log.json"
watson log --from 2026-03-01 --to 2026-03-31 --csv > "$here/watson-log.csv"
echo '{}' > "$here/watson-state-idle.json"
