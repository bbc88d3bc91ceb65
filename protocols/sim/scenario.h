#pragma once

#include "bankphysics.h"
#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A simulator scenario (documented in resources/scenarios/README.md): the bank, its load, how
// the simulated bank talks, and faults at set times. Strict like the bank JSON: a typo, or a
// value outside what a real 48 V LFP bank can do (the ranges and where each comes from are in
// scenario.cpp), is an error naming the field and the allowed range.
struct ScenarioFault
{
    enum class Type {
        MasterDies,       // the master BMS switches off: silence, and it leaves the bus
        SlaveOffline,     // a slave BMS switches off: the master answers RTN 0x91 for it
        CableBreak,       // the link cable to a slave breaks: RTN 0x91, the pack still carries current
        AbSwapped,        // RS485 A/B swapped: requests arrive inverted, the line carries garbage
        WrongBaud,        // the bank runs at another baud rate: it cannot read a request
        DuplicateAddress, // two packs answer one address: their answers collide
        CellSag,          // a cell goes soft (higher resistance)
        OverTemperature,  // a pack heats up until its BMS protects
        BmsAsleep,        // a BMS stops answering (sleep) while the pack stays on the bus
        FirmwareMismatch, // a pack reports another firmware version
        Promote           // not a fault: the stand-in `pack` takes over as master (the failover
                          // procedure done); cleared, it is demoted again (issue 22, the drill)
    };
    double atS = 0.0;
    Type type = Type::MasterDies;
    QString pack;       // the pack concerned (not for ab-swapped, wrong-baud)
    int cell = 1;       // cell-sag: 1-based cell (1 unless told: a "fault cell-sag P2" typed on the
                        // simulator's standard input names no cell, and cell 0 does not exist)
    double ohm = 0.01;  // cell-sag: the cell's resistance
    double degrees = 40.0; // over-temperature: extra heat
    QString firmware = QStringLiteral("9.9.9"); // firmware-mismatch

    static QString name(Type type);
    static std::optional<Type> fromName(const QString &name);
    static QList<Type> all();
};

struct Scenario
{
    QString name;
    QString description;
    QString protocol = QStringLiteral("pylontech-rs485"); // pylon-can, jk-modbus, jk-legacy, jk-pb, victron-can
    QString canDialect = QStringLiteral("pylon-v1.2");    // "pylon-v1.2" or "pylontech-v1.3"
    qint32 baudRate = 9600;
    int turnaroundMs = 5;   // the bank's answer delay after a request's last byte
    int tickMs = 500;       // physics step
    double durationS = 0;   // 0 = until stopped
    PhysicsConfig physics;
    QList<ScenarioFault> faults; // sorted by time

    struct Error
    {
        QString field;
        QString message;
        QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    };
    static Expected<Scenario, Error> parse(const QByteArray &json);
};
