#!/usr/bin/env bash
# The fuzzing campaign: every libFuzzer target, one after the other (never two at a time), each
# run to RUNS executions (10 M unless told) or to its share of the time left before the deadline,
# whichever comes first, on a corpus seeded from tests/data (run-target.sh) that persists between
# campaigns. On a machine with a core to spare, two campaigns on disjoint lists of targets can
# run side by side; a target run again goes on from the corpus it left. Logs one line per target: executions reached, executions a second, time, result
# (clean, or the crash / leak / timeout / out-of-memory input libFuzzer kept), corpus size.
#
#   tests/fuzz/campaign.sh BUILD_FUZZ_DIR [--runs N] [--until 'YYYY-MM-DD HH:MM'] [--nice N] [TARGET...]
#
#   BUILD_FUZZ_DIR  a tree configured with -DBANKSCOPE_FUZZ=ON and built
#   --runs N        executions per target (default 10000000)
#   --until TIME    stop the campaign by then: each target gets at most (time left) / (targets
#                   left), so a fast target that reaches N early leaves its time to the slow ones
#                   (default: no deadline)
#   --nice N        niceness (default 15: the campaign yields to everything else on the machine)
#   TARGET...       a subset (names without fuzz_, e.g. pylontech_framer); default: every target
#                   built, in the order of the list below (fast ones first)
#
# Each target runs with a -max_len fitted to what it reads (a frame or two, a log's first lines,
# one plan or one catalogue entry; see max_len below) and the classic power schedule
# (-entropic=0): with libFuzzer's default entropic schedule and 4 KB inputs, 40-60 % of the time
# went into libFuzzer's own feature bookkeeping (perf), not into BankScope's code. A tree built
# with -DBANKSCOPE_FUZZ_SANITIZERS=undefined runs several times faster than the default
# address,undefined one; the table's last column says which tree ran, and every input a campaign
# keeps is replayed in the address,undefined tree by ctest.
#
# Writes BUILD_FUZZ_DIR/fuzz-campaign/: campaign.tsv (the table), <target>.log (libFuzzer's own
# output), work/<target>/{corpus,seeds,artifacts}. A crashing input stays in artifacts/; add it
# to tests/fuzz/regressions/<target>/ so every ctest run replays it (README "Fuzzing").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?usage: campaign.sh BUILD_FUZZ_DIR [--runs N] [--until TIME] [TARGET...]}" && pwd)"
shift
runs=10000000
until_epoch=0
niceness=15
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --until) until_epoch="$(date -d "$2" +%s)"; shift 2 ;;
        --nice) niceness="$2"; shift 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
# Fast targets first; the slow readers (large JSON inputs) last, so they get the time left.
order=(jklegacy_decoder jklegacy_framer pylontech_framer jkpb_decoder pyloncan_decoder sessionlog
       savvycsv linedecoder candumpscreen bankjson pylontech_decoder jkpb_framer logreader
       scenario appsettings planjson catalogue)
if [ ${#targets[@]} -eq 0 ]; then
    for t in "${order[@]}"; do
        [ -x "$build/tests/fuzz/fuzz_$t" ] && targets+=("$t")
    done
    # any target built but not in the list above, at the end
    for exe in "$build"/tests/fuzz/fuzz_*; do
        [ -x "$exe" ] && [ -f "$exe" ] || continue
        t="${exe##*/fuzz_}"
        [[ " ${targets[*]} " == *" $t "* ]] || targets+=("$t")
    done
fi

out="$build/fuzz-campaign"
# The longest input each target is given: past it a framer only sees more of the same frames,
# and a JSON reader spends its time in the JSON parser.
max_len() {
    case "$1" in
        pyloncan_decoder) echo 64 ;;                       # id, length, 8 bytes
        jklegacy_decoder|jkpb_decoder) echo 700 ;;          # one frame or record (300 B) and some
        pylontech_framer|jkpb_framer|jklegacy_framer) echo 1200 ;; # two frames or records and the cap
        pylontech_decoder|linedecoder) echo 1024 ;;         # one frame at its 512 B cap, twice
        sessionlog|candumpscreen|savvycsv|appsettings|sessionplan) echo 2048 ;;
        logreader|bankjson|scenario) echo 4096 ;;
        planjson|catalogue|catalogue_inverters) echo 16384 ;; # one plan, one catalogue entry
        *) echo 4096 ;;
    esac
}
sanitizers="$(sed -n 's/^BANKSCOPE_FUZZ_SANITIZERS:[A-Z]*=//p' "$build/CMakeCache.txt")"
sanitizers="${sanitizers:-address,undefined}"

mkdir -p "$out"
table="$out/campaign.tsv"
[ -f "$table" ] || printf 'target\tstarted_utc\tseconds\texecutions\texec_per_s\tcorpus\tresult\tbuild\n' > "$table"
echo "campaign: ${#targets[@]} targets, $runs executions each$([ "$until_epoch" -gt 0 ] && echo ", until $(date -u -d "@$until_epoch" '+%F %H:%M UTC')")"

left=${#targets[@]}
for t in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$t"
    seconds=0 # 0: libFuzzer's "no time limit"
    if [ "$until_epoch" -gt 0 ]; then
        remaining=$(( until_epoch - $(date +%s) ))
        if [ "$remaining" -le 60 ]; then
            printf '%s\t%s\t0\t0\t0\t-\tnot run (deadline)\t%s\n' "$t" "$(date -u '+%F %H:%M')" "$sanitizers" >> "$table"
            left=$((left - 1)); continue
        fi
        seconds=$(( remaining / left ))
    fi
    started="$(date -u '+%F %H:%M')"
    echo "campaign: $t from $started, up to $runs executions$([ "$seconds" -gt 0 ] && echo " or ${seconds}s")"
    start=$(date +%s)
    status=0
    FUZZ_WORK_DIR="$out/work" nice -n "$niceness" "$here/run-target.sh" "$exe" "$t" "$seconds" "$here/../data" \
        -runs="$runs" -max_len="$(max_len "$t")" -entropic=0 > "$out/$t.log" 2>&1 || status=$?
    elapsed=$(( $(date +%s) - start ))
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log" | tail -1)"
    execs="${execs:-0}"
    corpus="$(find "$out/work/$t/corpus" -type f | wc -l)"
    artifact="$(grep -o "Test unit written to [^ ]*" "$out/$t.log" | tail -1 | sed 's/Test unit written to //' || true)"
    if [ "$status" -eq 0 ] && [ -z "$artifact" ]; then
        if [ "$execs" -ge "$runs" ]; then result="clean"; else result="clean, stopped at its time share"; fi
    else
        kind="$(grep -oE "ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [a-zA-Z_-]+|property failed: .*|runtime error: .*" "$out/$t.log" | head -1 || true)"
        result="FINDING (exit $status): ${kind:-see $t.log} ${artifact:+-> $artifact}"
    fi
    rate=$(( elapsed > 0 ? execs / elapsed : execs ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$started" "$elapsed" "$execs" "$rate" "$corpus" "$result" "$sanitizers" >> "$table"
    echo "campaign: $t: $execs executions in ${elapsed}s ($rate/s), corpus $corpus: $result"
    left=$((left - 1))
done
echo "campaign: done; table in $table"
column -t -s $'\t' "$table" || cat "$table"
