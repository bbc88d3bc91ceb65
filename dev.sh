#!/usr/bin/env bash
# BankScope set-up, build and run, for a fresh Debian 12 machine.
#   ./dev.sh demo   install what is missing, build, start `bankscope --demo`
#   ./dev.sh test   install what is missing, build, run the whole test suite
#   ./dev.sh bench  install what is missing, build, measure the budgets of DESIGN.md section 6
#   ./dev.sh screenshots  build, let the tests draw every page of the window, copy the README's
#                   pictures into resources/screenshots/
# Re-running is fast: packages are only checked, the build is incremental (ccache, Ninja).
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-}"
case "$mode" in
    demo|test|bench|screenshots) shift ;;
    *) echo "usage: ./dev.sh demo | test | bench | screenshots" >&2; exit 2 ;;
esac

# Debian 12 packages. Qt 6 from Debian; the compiler toolchain is assumed (build-essential).
packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-serialbus-dev libqt6serialbus6-bin
          qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libgl-dev fonts-dejavu-core zlib1g-dev)
# The test command also builds the libFuzzer targets with clang and runs each for a few seconds.
# Third-party peers the interoperability tests talk to: python3-can's slcan interface (for
# /usr/bin/python3), Qt's canbusutil (libqt6serialbus6-bin, above), can-utils' log2asc (the
# reference Vector ASC converter); poppler-utils renders the report PDFs the tests make
# (pdftoppm, pdffonts, pdftotext); dpkg-dev, desktop-file-utils and appstream check the package;
# Info-ZIP's unzip tests the support bundles (zlib1g-dev, above, compresses them).
if [ "$mode" = "test" ]; then
    packages+=(clang libclang-rt-14-dev xxd python3 python3-can python3-serial mbpoll can-utils poppler-utils dpkg-dev desktop-file-utils appstream unzip)
fi
# The log benchmark measures bankscope-cli against can-utils' log2asc on the same files.
if [ "$mode" = "bench" ]; then
    packages+=(can-utils)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        apt_get=(apt-get)
    elif command -v sudo >/dev/null 2>&1; then
        apt_get=(sudo apt-get)
    else
        echo "dev.sh: these Debian packages are missing: ${missing[*]}" >&2
        echo "dev.sh: run this script as root, or install them with: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt_get[@]}" update -qq
    "${apt_get[@]}" install -y -qq "${missing[@]}"
fi

# Warnings are errors in CI (CI=true) and when asked for.
werror=OFF
if [ "${CI:-}" = "true" ] || [ "${BANKSCOPE_WERROR:-}" = "ON" ]; then
    werror=ON
fi
build_dir="${BANKSCOPE_BUILD_DIR:-build}"
# Optimised as shipped (-O2), without debug information: with -g every one of the hundred test
# programs carries its own copy (130 MB each, 5 GB for the tree), more than a CI machine's disk
# may hold. GCC's code is the same with or without -g, so the benchmarks measure what ships.
# BANKSCOPE_DEBUG_INFO=1 builds RelWithDebInfo (-O2 -g) for gdb or valgrind's line numbers.
build_type=Release
if [ "${BANKSCOPE_DEBUG_INFO:-}" = "1" ]; then
    build_type=RelWithDebInfo
fi
if [ ! -f "$build_dir/build.ninja" ] || ! grep -q "^BANKSCOPE_WERROR:BOOL=$werror$" "$build_dir/CMakeCache.txt" 2>/dev/null \
        || ! grep -q "^CMAKE_BUILD_TYPE:STRING=$build_type$" "$build_dir/CMakeCache.txt" 2>/dev/null; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DBANKSCOPE_WERROR="$werror"
fi
cmake --build "$build_dir" --parallel 2

if [ "$mode" = "bench" ]; then
    # Measurements, not tests: each prints JSON lines with the figure, the budget and the verdict
    # (BENCHMARKS.md explains every line). All lines also go to $build_dir/bench-results.jsonl,
    # headed by a line naming the machine, the load and the date. Peers (can-utils' log2asc) run
    # in the same invocation, alternating with BankScope's tools, BANKSCOPE_BENCH_ROUNDS rounds
    # (5), medians reported.
    export QT_QPA_PLATFORM=offscreen
    results="$build_dir/bench-results.jsonl"
    rounds="${BANKSCOPE_BENCH_ROUNDS:-5}"
    cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    printf '{"date":"%s","commit":"%s","cpu":"%s","cores":%s,"memory_MB":%s,"load_average":%s}\n' \
        "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$cpu" "$(nproc)" \
        "$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)" "$(cut -d' ' -f1 /proc/loadavg)" | tee "$results"
    {
        # codecs alone and the 16-pack aggregation
        "$build_dir/tests/bench/bench_codecs" --rounds "$rounds"
        # RS485 poll cycle of an 8-pack bank against the paced simulator, 9600 and 115200 baud
        "$build_dir/tests/bench/bench_pollcycle"
        # the window: longest stall under a CAN flood; memory of a 10 M frame session
        "$build_dir/tests/bench/bench_window"
        # saturated CAN in-process, start to first window
        "$build_dir/tests/bench/bench_budgets"
        # logs stream: 1 M and 4 M frame candump logs, export-asc / replay / decode against
        # log2asc, alternating, medians of wall time, CPU time and peak memory
        "$build_dir/tests/bench/bench_logs" --rounds "$rounds"
    } | tee -a "$results"
    echo "dev.sh: results in $results (BENCHMARKS.md says what each line means)"
    exit 0
fi

if [ "$mode" = "screenshots" ]; then
    # tst_screenshots draws every page from scenarios on a fixed clock (light and dark, and at
    # 200 % as tst_screenshots_200) into the build tree; the README shows these copies.
    export QT_QPA_PLATFORM=offscreen
    (cd "$build_dir" && ctest -R '^tst_screenshots|^tst_sessionwindow|^tst_connectiondialog|^tst_window_wiring|^tst_failovercarddialog' --output-on-failure)
    mkdir -p resources/screenshots
    for page in overview pack cells inverter inverter-fallback events links overview-dark inverter-dark pack-dark-200 \
                live-links live-serial replay; do
        cp "$build_dir/test-output/window-$page.png" "resources/screenshots/window-$page.png"
    done
    cp "$build_dir/test-output/connection-dialog.png" resources/screenshots/connection-dialog.png
    cp "$build_dir/test-output/failover-card-dialog-ha.png" resources/screenshots/failover-card-dialog-ha.png
    echo "dev.sh: resources/screenshots/ updated from $build_dir/test-output/"
    exit 0
fi

if [ "$mode" = "test" ]; then
    export QT_QPA_PLATFORM=offscreen
    if [ "${BANKSCOPE_SKIP_FUZZ:-}" != "1" ]; then
        fuzz_dir="${build_dir}-fuzz"
        # Line tables only: a finding's stack still names file and line, at a fraction of -g's size.
        if [ ! -f "$fuzz_dir/build.ninja" ] || ! grep -q "^CMAKE_CXX_FLAGS_RELWITHDEBINFO:STRING=-O2 -gline-tables-only" "$fuzz_dir/CMakeCache.txt" 2>/dev/null; then
            cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
                -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
                -DBANKSCOPE_FUZZ=ON -DBANKSCOPE_WERROR="$werror"
        fi
        cmake --build "$fuzz_dir" --parallel 2
        echo "dev.sh: fuzzing every framer and decoder for a few seconds each"
        (cd "$fuzz_dir" && ctest -j2 --output-on-failure)
    fi
    cd "$build_dir"
    # The long reliability variants (label "long": 100 replugs under valgrind, 1 M frames
    # sniffed, ...) are left out here and in CI; BANKSCOPE_LONG_TESTS=1 runs them too, and
    # `ctest -L long` runs only them.
    long=(-LE long)
    if [ "${BANKSCOPE_LONG_TESTS:-}" = "1" ]; then
        long=()
    fi
    exec ctest -j2 --output-on-failure "${long[@]}" "$@"
fi

app="$build_dir/app/bankscope"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --demo "$@"
elif command -v xvfb-run >/dev/null 2>&1; then
    echo "dev.sh: no display found; running under xvfb-run (the window is not visible). Ctrl-C stops it."
    echo "dev.sh: to see it, run this from a desktop session, or save a picture with:"
    echo "        QT_QPA_PLATFORM=offscreen $app --demo --screenshot demo.png"
    exec xvfb-run -a "$app" --demo "$@"
else
    echo "dev.sh: built $app, but there is no display to show it on." >&2
    echo "dev.sh: run ./dev.sh demo from a desktop session, or install a virtual display with" >&2
    echo "        apt-get install xvfb   (then ./dev.sh demo runs it under xvfb-run)" >&2
    echo "dev.sh: or save a picture of the demo window: QT_QPA_PLATFORM=offscreen $app --demo --screenshot demo.png" >&2
    exit 1
fi
