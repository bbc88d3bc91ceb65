#pragma once

#include "expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class BankMonitor;
struct CommissioningPlan;

// What goes into a support bundle: the plan and recordings as files, the bank's state from a
// monitor (live, or at the end of a replay). Plain data; nothing here is owned.
struct SupportBundleInput
{
    QString generator;                         // "BankScope 0.9.0"
    QDateTime created;                         // when it is made; invalid: now
    QString planPath;                          // copied as it is into plan.json; empty: no plan
    const CommissioningPlan *plan = nullptr;   // the same plan read (serial numbers, firmware entered)
    QStringList recordings;                    // copied as they are into recordings/
    const BankMonitor *monitor = nullptr;      // the bank's state; null: no readings (a plan only)
    QString source;                            // what the monitor read, in words ("replay of site.log")
};

// One file of a bundle, as its manifest lists it.
struct SupportBundleFile
{
    QString name;        // path inside the ZIP, e.g. "cells.csv", "recordings/site.log"
    qint64 size = -1;    // bytes, uncompressed; -1 for the manifests (they cannot list their own size)
    QString description; // translated
};

// The support bundle of issue 22: one ZIP file with what a vendor's service desk asks for, made
// on this machine and sent nowhere (README "Support bundle" lists the files):
//   MANIFEST.txt, manifest.json  every file with its size and what it is; BankScope's version,
//                                the date, the operating system (no user or host name)
//   plan.json                    the commissioning plan, as it was saved
//   recordings/NAME              each recording, byte for byte
//   findings.json                the bank's findings, each pack's condition, the events and alarms
//                                with their freeze-frames
//   events.csv, freeze-frames.csv  the same events and freeze-frames for a spreadsheet
//   firmware.csv                 pack, model, address, role, serial, firmware reported and in the plan
//   cells.csv                    every pack's last cell voltages, with their time and source
//   bank.json                    what the inverter should see, can see and is told
//   checks-by-hand.json          the diagnosis assistant's checks by hand recorded in the plan,
//                                with what was found, the note and the time (when there are any)
// Built headless (the window and `bankscope-cli bundle` call the same code). Any thread; the
// monitor is only read, on its own thread, while write() runs.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    // Writes the bundle to `path` through a QSaveFile: a file is there only when complete (an old
    // file of that name is replaced: the caller asks first). The files written, or why not.
    static Expected<QList<SupportBundleFile>, QString> write(const SupportBundleInput &input, const QString &path);

    // The parts, for tests and for anyone who wants one alone.
    static QByteArray firmwareCsv(const BankMonitor *monitor, const CommissioningPlan *plan);
    static QByteArray cellsCsv(const BankMonitor &monitor);
    static QJsonObject findingsJson(const BankMonitor &monitor);
    static QJsonObject bankJson(const BankMonitor &monitor);
    // The files, one a line with size and description: what the window and the CLI show.
    static QString listing(const QList<SupportBundleFile> &files);
    // "2.4 kB", "17.0 MB"
    static QString sizeText(qint64 bytes);
};
