#pragma once

#include "pylontechmessages.h"

#include <QByteArray>
#include <QList>

// A Pylontech bank as its master's RS485 port answers: master plus slaves, each module with
// its own data. Pure (request frame in, answer frames out) so tests, the simulator and the
// demo share it; wire timing belongs to whoever carries the bytes.
// - a module of the bank answers 0x4F, 0x51, 0x42, 0x44, 0x47, 0x92, 0x93, 0x96;
// - 0x42/0x44 with command value 0xFF at the master answer for every module of the group;
// - a slave the master cannot reach gets RTN 0x91; an address of the group without a module
//   RTN 0x90; a bad CHKSUM RTN 0x02, a bad LCHKSUM RTN 0x03, an unknown command RTN 0x04;
// - another group's address, or bytes that are not a frame: silence.
// 0x51 sent to a slave answers with the master's data, as real masters do (fact sheet 5.2).
struct EmulatedModule
{
    int address = 2;
    Pylontech::AnalogModule analog;
    Pylontech::AlarmModule alarm;
    Pylontech::Management management;
    Pylontech::SystemParameters parameters;
    QByteArray serial = "HPTCR03171112590";
    QByteArray deviceName = "US3000C";
    quint8 softwareMajor = 2;
    quint8 softwareMinor = 3;
    QByteArray mainlineVersion = QByteArray::fromHex("000605");
    bool reachable = true;
};

class PylontechEmulator
{
public:
    void setModules(const QList<EmulatedModule> &modules) { m_modules = modules; }
    QList<EmulatedModule> &modules() { return m_modules; }
    int masterAddress() const { return m_modules.isEmpty() ? 2 : m_modules.first().address; }

    // The answer to one request ('~' .. CR); empty when the bank stays silent.
    QByteArray respond(const QByteArray &requestUnit) const;

    // A plausible module (15 cells, 5 temperatures, 74 Ah) for tests and the demo.
    static EmulatedModule module(int address, double socPct, double currentA, int cellMv = 3300);

private:
    const EmulatedModule *find(int address) const;
    QByteArray answer(quint8 adr, quint8 rtn, const QByteArray &info = {}) const;

    QList<EmulatedModule> m_modules;
};
