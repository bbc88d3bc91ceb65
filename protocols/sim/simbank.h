#pragma once

#include "aggregator.h"
#include "bankphysics.h"
#include "jkregisters.h"
#include "pyloncan.h"
#include "pylontechemulator.h"
#include "scenario.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

// A simulated Pylontech bank: the scenario's physics, a master answering for its slaves
// (PylontechEmulator, refreshed from the physics every tick), and the scenario's faults, each
// visible on the wire the way the real fault would be:
//   master-dies        silence, and the master leaves the bus
//   slave-offline      RTN 0x91 for the slave, which leaves the bus (whole-group answers omit it)
//   cable-break        RTN 0x91 for the slave, which still carries current
//   bms-asleep         the BMS stops answering: silence for the master, RTN 0x91 for a slave
//   ab-swapped         requests arrive inverted (never understood); the line shows break bytes
//   wrong-baud         requests arrive garbled (never understood): silence
//   duplicate-address  a second pack answers the pack's address: the answers collide (checksum errors)
//   cell-sag           one cell's resistance rises: it sags under load, then trips
//   over-temperature   the pack heats up until its BMS derates and protects
//   firmware-mismatch  the pack reports another main-line version (0x96)
// and the stand-in taking over, for the failover drill (issue 22): "promote PACK" makes PACK its
// bank's master as the failover procedure leaves it (Pylontech: at the head of the chain, answering
// at the group's master address with the units behind it renumbered; JK-PB: DIP 0000; JK-B: the
// address the inverter polls). It does not take the old master off the bus: a master that has not
// died (master-dies) stays master too, and the bank then has two masters, as a real one would: their
// RS485 answers collide and both broadcast on CAN. Cleared, the stand-in is demoted again.
// Pure apart from the clock time passed in; the caller carries the bytes. Not thread-safe.
class SimBank
{
public:
    explicit SimBank(const Scenario &scenario);

    const Scenario &scenario() const { return m_scenario; }
    BankPhysics &physics() { return m_physics; }
    const BankPhysics &physics() const { return m_physics; }
    const QList<PackReading> &readings() const { return m_readings; }

    // Advances the physics to nowMs, fires the scenario faults whose time has come (seconds
    // since the first tick) and refreshes what the bank answers. Returns the faults fired.
    QList<ScenarioFault> tick(qint64 nowMs);
    // Starts or clears a fault now. False if it names no pack of the bank.
    bool apply(const ScenarioFault &fault, bool active);
    QStringList activeFaults() const;
    // The packs acting as master now, in bank order: none (the master died and nobody took over),
    // one, or two (a stand-in promoted beside a master that is still alive).
    QStringList masters() const;
    // The stand-in promoted, if any.
    std::optional<QString> promoted() const;

    // What the bank's UART makes of the bytes on the wire (inverted with A/B swapped, garbled
    // at the wrong baud rate).
    QByteArray receive(const QByteArray &wire) const;
    // The bank's answer to one request frame as it appears on the wire; empty for silence.
    QByteArray respond(const QByteArray &requestUnit) const;
    // Bytes the line shows on its own when A/B are swapped (break conditions read as NULs).
    QByteArray lineNoise() const;
    // What a receiver on the wire makes of bytes the bank sends on its own (a JK-PB master's
    // cycle): inverted with A/B swapped, garbled when the bank runs at another baud rate than the
    // bus (the same sampling as receive()).
    QByteArray transmit(const QByteArray &bytes) const { return receive(bytes); }

    // What the master knows of the bank: its slaves aggregated with the shared core, over the
    // packs it can reach. Empty (nullopt) when the master is dead or asleep.
    std::optional<AggregationResult> masterView(qint64 nowMs) const;
    // The frame set the master broadcasts to the inverter once a second (pylon-can.md 2-3):
    // V1.2: 351 355 356 359 35C 35E; V1.3: 351 355 (6 bytes) 356 35A 35F 35E. Empty when
    // the master is silent. 0x356 carries the average cell temperature of the packs in the view.
    QList<CanFrameData> canBroadcast(qint64 nowMs, PylonCan::Dialect dialect) const;
    // That frame set for a view, each value saturated at its field (never wrapped).
    static QList<CanFrameData> masterFrames(const InverterView &view, std::optional<double> averageCellTempC, double dvlV,
                                            PylonCan::Dialect dialect);

    // JK-PB over Modbus RTU (scenario protocol "jk-modbus"): every pack is a Modbus server at its
    // DIP address answering FC03 reads of its register image (settings 0x1000, status 0x1200,
    // device info 0x1400, JK byte-offset numbering); an unmapped range gets exception 0x02, a
    // write exception 0x01 (this bank takes no settings), a bad CRC or another address silence.
    QByteArray respondModbus(const QByteArray &requestUnit) const;
    // JK-B / JK-BD (scenario protocol "jk-legacy"): packs on one multi-drop bus, each answering
    // a 4E57 read-all addressed to it (the address in the terminal field [?]) with its own
    // values; the same per-pack faults as the Modbus bank.
    QByteArray respondLegacy(const QByteArray &requestUnit) const;
    static QByteArray legacyReadAll(const PhysicsPack &pack, const PackReading &reading, const QString &firmware);

    // The 0x1000..0x14FF register bytes of a pack: big-endian as Modbus carries them, little-endian
    // as the 0x55AA records do.
    static QByteArray jkRegisterImage(const PhysicsPack &pack, const PackReading &reading, const QString &firmware,
                                      JkRegisters::ByteOrder order);
    // JK-PB with a JK master (scenario protocol "jk-pb", a pack at DIP address 0): the bytes of
    // one master cycle on RS485-2, unit by unit (see simbank.cpp).
    QList<QByteArray> jkMasterCycle() const;

    // Victron-dialect CAN BMSs (scenario protocol "victron-can"), a GX-style peer-to-peer bank:
    // every pack's BMS broadcasts its own SMA/Victron frame set once a second on its own CAN
    // interface (pylon-can.md 4: 351 355 356 35A 35E 35F 370 371 372 373 374-377 379). They are
    // told apart by the name in 0x370/0x371 ("<id> <model>") and the module/cell ids in
    // 0x374-0x377 ("<id>C07"). Empty while that BMS is silent (off, asleep, cable cut, CAN-H/L
    // swapped or wrong bit rate); a duplicate adds a second BMS's frames with the same IDs.
    QList<CanFrameData> victronBroadcast(int packIndex) const;
    static QList<CanFrameData> victronFrames(const PhysicsPack &pack, const PackReading &reading, const QString &firmware);
    static QByteArray victronName(const PhysicsPack &pack); // 16 bytes, NUL padded
    // 0x35A pairs for these faults/warnings: "10" (OK) or "00" (Pylontech V1.3) for the rest.
    static QByteArray alarmPairs(Faults faults, Faults warnings, bool okIsTen);

    // A module as the master reports it, from a pack's reading.
    static EmulatedModule moduleFrom(const PhysicsPack &pack, const PackReading &reading);

private:
    struct JkPackState
    {
        int index = -1;
        bool silent = false;
        bool duplicate = false;
        QString firmware;
    };
    JkPackState jkPack(int address, const QString &defaultFirmware) const;
    static QByteArray collide(const QByteArray &first, const QByteArray &second);
    QString key(const ScenarioFault &f) const;
    void refresh();
    int indexOf(const QString &packId) const;
    bool isDead(int index) const;   // master-dies on that pack: off, and off the bus
    bool isAsleep(int index) const; // bms-asleep on that pack
    QList<int> actingMasters() const;
    // The bus address a pack answers at now (a promoted stand-in takes the master's).
    int effectiveAddress(int index) const;
    std::optional<AggregationResult> viewOf(int master, qint64 nowMs) const;
    QByteArray pylontechAnswer(const PylontechEmulator &emulator, const QByteArray &requestUnit) const;

    Scenario m_scenario;
    BankPhysics m_physics;
    PylontechEmulator m_emulator;          // the first pack as master (the planned bank)
    PylontechEmulator m_promotedEmulator;  // the promoted stand-in as master
    std::optional<int> m_promoted;
    QList<PackReading> m_readings;
    std::optional<qint64> m_startMs;
    int m_nextFault = 0;
    QMap<QString, ScenarioFault> m_active; // by key "type:pack"
};
