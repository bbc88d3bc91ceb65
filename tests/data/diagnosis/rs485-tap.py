#!/usr/bin/env python3
# An RS485 bus of pseudo-terminals for make-recordings.sh: N ptys joined so that whatever one
# program writes, every other one reads (a two-wire bus with several devices on it). Prints the
# N device paths, one a line, then copies bytes until its standard input closes.
# Made in this repository (BankScope), for the recordings of the inverter's side.
import os
import select
import sys
import tty

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
ends = []
for _ in range(n):
    master, slave = os.openpty()
    tty.setraw(slave)
    ends.append((master, slave))
for _, slave in ends:
    print(os.ttyname(slave), flush=True)
masters = [m for m, _ in ends]
while True:
    ready, _, _ = select.select(masters + [sys.stdin.fileno()], [], [])
    if sys.stdin.fileno() in ready and not os.read(sys.stdin.fileno(), 64):
        break
    for m in ready:
        if m == sys.stdin.fileno():
            continue
        try:
            data = os.read(m, 4096)
        except OSError:
            continue
        for other in masters:
            if other != m:
                os.write(other, data)
