#pragma once

// A simulated bank read through the real path (LoopbackBank: RS485 polled over an in-process
// loopback, CAN broadcast decoded) into a BankMonitor on an injected clock, fed exactly as
// app/gui/main.cpp feeds it. Tests step it instead of waiting.

#include "bankmonitor.h"
#include "clock.h"
#include "demobank.h"
#include "loopbackbank.h"
#include "scenario.h"

#include <QFile>
#include <QTest>

#include <memory>

struct ScenarioRig
{
    // 2025-03-14 08:00:00 UTC: fixed, so screenshots and times are the same on every run.
    static constexpr qint64 kStartMs = 1741939200000;

    static Scenario demo()
    {
        Scenario s;
        s.name = QStringLiteral("demo");
        s.physics = DemoBank::preset(1);
        return s;
    }

    // A scenario file from resources/scenarios/ (what `bankscope --scenario` plays).
    static Scenario file(const QString &name)
    {
        QFile f(QStringLiteral(BANKSCOPE_SCENARIOS "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read scenario %s", qPrintable(name));
        const auto parsed = Scenario::parse(f.readAll());
        if (!parsed)
            qFatal("%s: %s", qPrintable(name), qPrintable(parsed.error().toString()));
        return *parsed;
    }

    explicit ScenarioRig(const Scenario &scenario)
        : bank(scenario, clock)
        , monitor(clock, bank.config())
    {
        step();
    }

    void step()
    {
        bank.step();
        monitor.updateReadings(bank.readings());
        monitor.setObserved(bank.observed());
        monitor.setLinkInfo(bank.packLinkInfo());
        monitor.refresh();
    }

    // Advances the simulated time, one loopback tick every stepMs (the window's default 500 ms).
    void runFor(double seconds, qint64 stepMs = 500)
    {
        const qint64 end = clock.nowMs() + qint64(seconds * 1000);
        while (clock.nowMs() + stepMs <= end) {
            clock.advanceMs(stepMs);
            step();
        }
    }

    double elapsedS() const { return double(clock.nowMs() - kStartMs) / 1000.0; }

    ManualClock clock{kStartMs};
    LoopbackBank bank;
    BankMonitor monitor;
};
