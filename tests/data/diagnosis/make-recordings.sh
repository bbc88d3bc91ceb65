#!/bin/sh
# Makes the recordings of the wire in this folder (issue 22 item 4): each scenario in scenarios/
# played by bankscope-sim on a pseudo-terminal, and bankscope-cli monitor in its default role
# (auto: it listens 10 s, finds the bus silent and polls the packs of bank-3pack.json) recording
# every byte both ways. The tests read only the .log files, never the scenarios.
#   tests/data/diagnosis/make-recordings.sh BUILD_DIR [NAME]   (NAME: only that recording)
set -eu
build=${1:?usage: make-recordings.sh BUILD_DIR [NAME]}
only=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
sim="$build/app/bankscope-sim"
cli="$build/app/bankscope-cli"

record() { # scenario seconds-of-polling [protocol] [bank]
    name=$1
    seconds=$2
    if [ -n "$only" ] && [ "$only" != "$name" ]; then return 0; fi
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    "$sim" --scenario "$here/scenarios/$name.json" --pty < "$fifo" > "$fifo.out" &
    simpid=$!
    exec 3> "$fifo" # keeps the simulator's standard input open
    while [ ! -s "$fifo.out" ]; do sleep 0.1; done
    pty=$(head -n 1 "$fifo.out")
    protocol=${3:-pylontech-rs485}
    bank=${4:-$here/bank-3pack.json}
    if [ -n "$bank" ]; then set -- --bank "$bank"; else set --; fi
    "$cli" monitor --serial "$pty" --protocol "$protocol" --baud 9600 --duration "$seconds" \
        --record "$here/$name.log" "$@" > /dev/null 2>&1 || true
    echo quit >&3
    exec 3>&-
    wait "$simpid" || true
    rm -f "$fifo" "$fifo.out"
    echo "$name.log: $(wc -l < "$here/$name.log") lines"
}

# CAN, where the inverter's cable runs (issue 22 item 4, the inverter's side): the bank's master
# broadcasting Pylon CAN on virtualcan (bankscope-sim --can), with or without an inverter
# (bankscope-sim --inverter: its 0x305 once a second), and bankscope-cli monitor only listening.
# One virtualcan bus of its own, under the lock the tests take for virtualcan.
record_can() { # name seconds dialect inverter(yes|no)
    name=$1
    seconds=$2
    dialect=$3
    inverter=$4
    if [ -n "$only" ] && [ "$only" != "$name" ]; then return 0; fi
    (
        flock 9
        "$sim" --scenario "$here/scenarios/can-bank.json" --can virtualcan:diag0 --dialect "$dialect" > /dev/null 2>&1 &
        bankpid=$!
        invpid=
        if [ "$inverter" = yes ]; then
            "$sim" --inverter --can virtualcan:diag0 > /dev/null 2>&1 &
            invpid=$!
        fi
        sleep 2
        "$cli" monitor --can virtualcan:diag0 --protocol pylon-can --duration "$seconds" \
            --record "$here/$name.log" > /dev/null 2>&1 || true
        kill "$bankpid" $invpid 2> /dev/null || true
        wait "$bankpid" $invpid 2> /dev/null || true
    ) 9> /tmp/bankscope-virtualcan.lock
    echo "$name.log: $(wc -l < "$here/$name.log") lines"
}

# RS485 where the inverter's cable runs: rs485-tap.py joins three ptys into one bus, the bank
# (bankscope-sim --serial) on one, the inverter (bankscope-sim --inverter: it polls a Pylontech
# master, 0x4F, 0x42 and 0x92 once a second) on another, and bankscope-cli monitor --listen on the
# third, decoding as the bank's protocol.
record_tap() { # name seconds scenario protocol
    name=$1
    seconds=$2
    if [ -n "$only" ] && [ "$only" != "$name" ]; then return 0; fi
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    python3 "$here/rs485-tap.py" 3 < "$fifo" > "$fifo.out" &
    tappid=$!
    exec 4> "$fifo" # keeps the tap's standard input open
    while [ "$(wc -l < "$fifo.out")" -lt 3 ]; do sleep 0.1; done
    bank=$(sed -n 1p "$fifo.out")
    inverter=$(sed -n 2p "$fifo.out")
    tap=$(sed -n 3p "$fifo.out")
    "$sim" --scenario "$here/scenarios/$3.json" --serial "$bank" --baud 9600 > /dev/null 2>&1 &
    bankpid=$!
    "$sim" --inverter --serial "$inverter" > /dev/null 2>&1 &
    invpid=$!
    sleep 1
    "$cli" monitor --serial "$tap" --protocol "$4" --baud 9600 --listen --duration "$seconds" \
        --record "$here/$name.log" > /dev/null 2>&1 || true
    kill "$bankpid" "$invpid" 2> /dev/null || true
    wait "$bankpid" "$invpid" 2> /dev/null || true
    exec 4>&-
    wait "$tappid" || true
    rm -f "$fifo" "$fifo.out"
    echo "$name.log: $(wc -l < "$here/$name.log") lines"
}

record healthy 8
record master-dies 13
record slave-offline 13
record cable-break 13
record asleep 21
record ab-swapped 6
record duplicate-address 8
record firmware-mismatch 8
record offline-and-firmware 13
record no-bytes 6
record wrong-baud-jk-pb 14 jk-pb ""
record_can can-inverter-answers 15 pylon-v1.2 yes
record_can can-inverter-silent 15 pylon-v1.2 no
record_can can-v13-layout 15 pylontech-v1.3 yes
record_tap rs485-inverter-asks-pylontech 12 jk-modbus-bank jk-modbus
record_tap rs485-inverter-answered 12 healthy pylontech-rs485
