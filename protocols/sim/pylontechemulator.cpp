#include "pylontechemulator.h"

#include "bytes.h"
#include "checksums.h"
#include "hex.h"

#include <cmath>

using namespace Pylontech;

const EmulatedModule *PylontechEmulator::find(int address) const
{
    for (const EmulatedModule &m : m_modules) {
        if (m.address == address)
            return &m;
    }
    return nullptr;
}

QByteArray PylontechEmulator::answer(quint8 adr, quint8 rtn, const QByteArray &info) const
{
    PylontechFrame f;
    f.adr = adr;
    f.cid2 = rtn;
    f.info = info;
    return PylontechFrameCodec::encode(f);
}

QByteArray PylontechEmulator::respond(const QByteArray &unit) const
{
    const auto frame = PylontechFrameCodec::decode(unit);
    const int master = masterAddress();
    if (!frame) {
        // A frame damaged in transit still names its address: the battery answers the error.
        quint8 adr = 0;
        const bool checksum = frame.error().kind == CodecError::Kind::BadChecksum;
        const bool length = frame.error().kind == CodecError::Kind::BadLengthChecksum;
        if ((checksum || length) && Hex::byteAt(unit, 3, adr) && (adr & 0xF0) == (master & 0xF0))
            return answer(adr, checksum ? 0x02 : 0x03);
        return {};
    }
    if ((frame->adr & 0xF0) != (master & 0xF0) || frame->cid1 != 0x46)
        return {}; // another group (or another device type) on the bus
    const EmulatedModule *module = find(frame->adr);
    if (!module)
        return answer(frame->adr, 0x90);
    if (!module->reachable)
        return answer(frame->adr, 0x91);
    if (!isKnownCommand(frame->cid2))
        return answer(frame->adr, 0x04);

    const std::optional<quint8> value = frame->info.isEmpty() ? std::nullopt : std::optional<quint8>(quint8(frame->info[0]));
    auto needsOwnValue = [&] { return !value || (*value != frame->adr && *value != kGroupCommandValue); };
    switch (frame->cid2) {
    case Cid2::ProtocolVersion:
        return answer(frame->adr, 0x00);
    case Cid2::ManufacturerInfo: {
        const EmulatedModule *m = find(master); // the master's data, whoever is asked
        return answer(frame->adr, 0x00,
                      encodeResponseInfo(ManufacturerInfoBlock{m->deviceName, m->softwareMajor, m->softwareMinor, "Pylon"}));
    }
    case Cid2::AnalogValues:
    case Cid2::AlarmInfo: {
        if (needsOwnValue())
            return answer(frame->adr, 0x05);
        const bool group = *value == kGroupCommandValue;
        if (group && frame->adr != master)
            return answer(frame->adr, 0x06);
        QList<const EmulatedModule *> who;
        if (group) {
            for (const EmulatedModule &m : m_modules)
                if (m.reachable)
                    who.append(&m);
        } else {
            who.append(module);
        }
        if (frame->cid2 == Cid2::AnalogValues) {
            Analog a;
            a.infoFlag = 0x11;
            a.group = group;
            a.commandValue = group ? quint8(who.size()) : quint8(frame->adr);
            for (const EmulatedModule *m : who)
                a.modules.append(m->analog);
            return answer(frame->adr, 0x00, encodeResponseInfo(a));
        }
        Alarm a;
        a.group = group;
        a.commandValue = group ? quint8(who.size()) : quint8(frame->adr);
        for (const EmulatedModule *m : who)
            a.modules.append(m->alarm);
        return answer(frame->adr, 0x00, encodeResponseInfo(a));
    }
    case Cid2::SystemParameters:
        return answer(frame->adr, 0x00, encodeResponseInfo(module->parameters));
    case Cid2::Management: {
        if (needsOwnValue() || *value == kGroupCommandValue)
            return answer(frame->adr, 0x05);
        Management m = module->management;
        m.commandValue = quint8(frame->adr);
        return answer(frame->adr, 0x00, encodeResponseInfo(m));
    }
    case Cid2::SerialNumber:
        if (needsOwnValue() || *value == kGroupCommandValue)
            return answer(frame->adr, 0x05);
        return answer(frame->adr, 0x00, encodeResponseInfo(SerialNumberInfo{quint8(frame->adr), module->serial}));
    case Cid2::SoftwareVersion:
        if (needsOwnValue() || *value == kGroupCommandValue)
            return answer(frame->adr, 0x05);
        return answer(frame->adr, 0x00,
                      encodeResponseInfo(SoftwareVersionInfo{quint8(frame->adr), QByteArray::fromHex("0203"), module->mainlineVersion}));
    case Cid2::SetManagement:
    case Cid2::TurnOff:
        // A diagnostic bank does not take orders: accepted but not acted on.
        return answer(frame->adr, 0x00);
    default:
        return answer(frame->adr, 0x04); // V3.5 system commands: not on this firmware
    }
}

EmulatedModule PylontechEmulator::module(int address, double socPct, double currentA, int cellMv)
{
    EmulatedModule m;
    m.address = address;
    m.analog.cellsMv = QList<quint16>(15, saturatingRaw<quint16>(cellMv));
    m.analog.tempsRaw = {2981, 2976, 2976, 2976, 2976}; // 25.0 and 24.5 degrees C
    m.analog.currentRaw = saturatingRaw<qint16>(currentA, 0.1);
    m.analog.voltageMv = saturatingRaw<quint16>(15.0 * cellMv);
    m.analog.userItems = 4;
    m.analog.remaining16 = 0xFFFF;
    m.analog.total16 = 0xFFFF;
    m.analog.total24 = 74000;
    m.analog.remaining24 = quint32(saturatingRaw(740.0 * socPct, 1.0, 0, 0xFFFFFF));
    m.analog.cycles = 40;
    m.alarm.cellStates = QByteArray(15, '\0');
    m.alarm.tempStates = QByteArray(5, '\0');
    m.alarm.status2 = 0x0E;
    m.management = Management{quint8(address), 53200, 45000, 370, -740, 0xC0};
    m.parameters = SystemParameters{0x11, 3650, 3050, 2900, 3341, 2621, 370, 54000, 46000, 44500, 3341, 2621, -740};
    m.serial = "HPTBS0" + QByteArray::number(address).rightJustified(10, '0');
    return m;
}
