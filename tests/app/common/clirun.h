#pragma once

// Running bankscope-cli as a real process from a test, and the devices its link commands meet
// on pseudo-terminals: a bank that only answers (recording when each request came) and another
// master played by a peer thread (CapturePeer).

#include "capturepeer.h"
#include "ptydevice.h"
#include "pylontechemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <chrono>

struct Cli
{
    QProcess process;
    QList<QJsonObject> objects;
    QByteArray err;

    void start(const QStringList &args)
    {
        process.start(QStringLiteral(BANKSCOPE_CLI), args);
        process.waitForStarted();
    }
    // Waits with the event loop running (the test's devices live on it).
    bool finish(int ms)
    {
        QDeadlineTimer deadline(ms);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        for (const QByteArray &l : process.readAllStandardOutput().split('\n'))
            if (!l.isEmpty())
                objects.append(QJsonDocument::fromJson(l).object());
        err = process.readAllStandardError();
        return process.state() == QProcess::NotRunning;
    }
    QList<QJsonObject> messages(const char *name) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : objects)
            if (o.value(QStringLiteral("message")).toString() == QLatin1String(name))
                out.append(o);
        return out;
    }
    // Lines with `key` (scan results: "address"; role decisions: "event" == "role").
    QList<QJsonObject> with(const char *key) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : objects)
            if (o.contains(QLatin1String(key)))
                out.append(o);
        return out;
    }
    QList<QJsonObject> roles() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : objects)
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("role"))
                out.append(o);
        return out;
    }
};

using SteadyClock = std::chrono::steady_clock;

// A two-module bank that only answers, recording when each request arrived.
struct AnsweringBank
{
    explicit AnsweringBank(PtyPair &pty)
        : emu(twoPackBankFor())
        , device(pty, &PtyDevice::untilCr, [this](const QByteArray &u) {
            times.append(SteadyClock::now());
            const QByteArray a = emu.respond(u);
            return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
        })
    {
    }
    static PylontechEmulator twoPackBankFor()
    {
        PylontechEmulator e;
        e.setModules({PylontechEmulator::module(2, 81, -6.8), PylontechEmulator::module(3, 64, -4.1)});
        return e;
    }
    int requestsAfter(SteadyClock::time_point t) const
    {
        int n = 0;
        for (const auto &x : times)
            n += x > t;
        return n;
    }
    PylontechEmulator emu;
    QList<SteadyClock::time_point> times;
    PtyDevice device;
};

// A bankscope-cli command beside another master played from a peer thread on its own pty.
struct BesideMaster
{
    BesideMaster(const QStringList &args, const QList<CapturePeer::Line> &lines)
        : peer(pty)
    {
        QStringList full = args;
        full.insert(1, pty.path());
        full.insert(1, QStringLiteral("--serial"));
        cli.start(full);
        peer.play(lines);
    }
    BesideMaster(const QStringList &args, const QByteArray &noise, int periodMs)
        : peer(pty)
    {
        QStringList full = args;
        full.insert(1, pty.path());
        full.insert(1, QStringLiteral("--serial"));
        cli.start(full);
        peer.repeat(noise, periodMs);
    }
    PtyPair pty;
    CapturePeer peer;
    Cli cli;
};
