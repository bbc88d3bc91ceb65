#!/usr/bin/env bash
# Runs one fuzz target for a few seconds on a corpus seeded from the test frames.
#   run-target.sh EXE NAME SECONDS DATA_DIR [extra libFuzzer options]
# A long campaign: run-target.sh EXE NAME 3600 tests/data -jobs=2 (see README "Fuzzing").
set -euo pipefail
exe="$1"; name="$2"; seconds="$3"; data="$4"; shift 4
work="${FUZZ_WORK_DIR:-$(dirname "$exe")/fuzz-work}/$name"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"

seed() { printf '%s' "$2" > "$work/seeds/$1"; }
hexseed() { printf '%s' "$2" | tr -d ' \n' | xxd -r -p > "$work/seeds/$1"; }
n=0
case "$name" in
    pylontech_*|linedecoder)
        grep -v '^#' "$data/pylontech-rs485/factsheet-examples.txt" | while read -r label frame; do
            [ -n "${frame:-}" ] || continue
            if [ "$name" = linedecoder ]; then printf '\000%s\n' "$frame" > "$work/seeds/$label"
            elif [ "$name" = pylontech_framer ]; then printf '\007%s\r' "$frame" > "$work/seeds/$label"
            else printf '%s\r' "$frame" > "$work/seeds/$label"; fi
        done ;;
    pyloncan_decoder)
        grep -v '^#' "$data/pylon-can/factsheet-examples.txt" | while read -r label frame; do
            [ -n "${frame:-}" ] || continue
            id="${frame%%#*}"; bytes="${frame#*#}"
            n=$((n + 1))
            printf '%04x%02x%s' "0x$id" "$(( ${#bytes} / 2 ))" "$bytes" | xxd -r -p > "$work/seeds/$label-$id"
        done ;;
    jkpb_*)
        hexseed a7-reply "$(grep -v '^#' "$data/jk/jkpb-a7-status-reply.hex")"
        hexseed a7-trigger "0310162000010200 00CF91"
        hexseed a5-cells "0103120000 0AC0B5" ;;
    jklegacy_*)
        hexseed b4-read-all "$(grep -v '^#' "$data/jk/jkb-b4-read-all.hex")"
        hexseed b1-request "4E5700130000000006030000000000006800000129" ;;
    bankjson)
        cp "$data/aggregate/reference-bank.json" "$work/seeds/reference-bank.json" ;;
    planjson)
        cp "$data"/commissioning/*.json "$work/seeds/" ;;
    catalogue|catalogue_inverters)
        # The whole file, and each entry alone in a file of its own (small inputs run faster).
        kind=batteries; [ "$name" = catalogue_inverters ] && kind=inverters
        cp "$data/../../resources/catalogue/$kind.json" "$work/seeds/$kind.json"
        python3 - "$data/../../resources/catalogue/$kind.json" "$work/seeds" "$kind" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for entry in doc[sys.argv[3]]:
    one = dict(doc)
    one[sys.argv[3]] = [entry]
    open("%s/%s.json" % (sys.argv[2], entry["id"]), "w").write(json.dumps(one, indent=1))
PY
        ;;
    candumpscreen|logreader)
        for f in "$data"/logs/candump-screen*.log "$data"/pylon-can/*candump-screen.log; do
            if [ "$name" = candumpscreen ]; then
                # first byte: the time stamps (0 none, 1 -t a, 2 -t A, 3 -t d, 4 -t z)
                case "$f" in *-ta.log|*-ta-x-a.log) t='\001' ;; *-tA.log) t='\002' ;; *-td.log) t='\003' ;; *-tz.log) t='\004' ;; *) t='\000' ;; esac
                { printf "$t"; cat "$f"; } > "$work/seeds/$(basename "$f")"
            else cp "$f" "$work/seeds/"; fi
        done
        if [ "$name" = logreader ]; then cp "$data"/logs/*.csv "$data"/logs/*.asc "$work/seeds/"; fi ;;
    savvycsv)
        cp "$data"/logs/savvycan-gvret*.csv "$work/seeds/" ;;
    scenario)
        cp "$data"/../../resources/scenarios/*.json "$work/seeds/" ;;
    sessionplan)
        seed serial '{"sources": [{"kind": "serial", "device": "/dev/ttyUSB0", "identity": "usb-1a86_USB_Serial-if00-port0", "label": "CH340 USB-RS485 on ttyUSB0", "protocol": "pylontech-rs485", "speed": 9600, "role": "auto", "listenWindowMs": 20000, "bank": "/home/tech/bank.json"}], "record": "/home/tech/site.log"}'
        seed can '{"sources": [{"kind": "can", "device": "socketcan:can0", "protocol": "pylon-can", "speed": 500000, "role": "listen"}, {"kind": "slcan", "device": "/dev/ttyACM0", "role": "listen"}]}'
        seed replay '{"sources": [{"kind": "recording", "device": "/tmp/site.log", "role": "auto", "replaySpeed": 10}]}' ;;
    appsettings)
        seed valid '[General]
language\window=fr
language\print=en
files\planFolder=/home/tech/plans
files\recent=/home/tech/site.log, /home/tech/b.log
connection\kind=serial
connection\port=/dev/ttyUSB0
connection\identity=usb-1a86
connection\protocol=pylontech-rs485
connection\baud=9600
connection\bitrate=0
connection\role=auto
window\geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0)
'
        seed widgets '[widgets]
overviewSplitter=@ByteArray(\0\0\0\xff\0\0\0\x1)
[window]
state=@ByteArray(\0\0\0\xff)
' ;;
    sessionlog)
        seed candump "(1732440000.123456) can0 351#1402C012C012C201
(1732440000.223456) can0 355#58005E00
(1732440000.3) can1 18FF50E5#R
# a comment
(1732440001.000001) ttyUSB0 TX 7E32303032343634323030303030304644

(1732440001.01) ttyUSB0 RX 7E3230303234363030"
        seed asc "date Tue Nov 24 09:40:00.000 am 2026
base hex  timestamps absolute
Begin Triggerblock Tue Nov 24 09:40:00.000 am 2026
   0.000000 Start of measurement
   0.001000 1  351             Rx   d 8 14 02 C0 12 C0 12 C2 01
End TriggerBlock" ;;
esac

echo "fuzz $name: ${seconds}s, seeds: $(ls "$work/seeds" | wc -l)"
exec "$exe" -max_total_time="$seconds" -seed=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$@" "$work/corpus" "$work/seeds"
