#include "protocoltable.h"

#include "requestsafety.h"

#include <algorithm>

namespace {

template<typename T>
std::unique_ptr<PollProtocol> make()
{
    return std::make_unique<T>();
}

PollPlans::Plan pylontechPlan(const QList<int> &addresses)
{
    // 0x42 and 0x44 for the whole group from its master, 0x92 per module.
    return PollPlans::pylontech(addresses, true);
}

// Order matters where two decoders read the same bytes: a JK master's triggers decode as both
// jk-pb and jk-modbus, and are named jk-pb (listed first).
QList<ProtocolSpec> makeTable()
{
    QList<ProtocolSpec> t;
    t.append(ProtocolSpec{
        ProtocolId::PylontechRs485,
        Medium::Serial,
        115200,
        {115200, 9600},
        3000,
        "pylontech-rs485.md §7: hosts poll every 1-2 s (2.0 s median in the capture), one answer lagged ~3 s; "
        "§1: 115200 or 9600 by DIP switch 1",
        true,
        Architecture::MasterSlave,
        {2},
        &make<PylontechPollProtocol>,
        &pylontechPlan,
        &PollPlans::pylontechProbe,
        &PollPlans::pylontechRange,
        &RequestSafety::pylontechRead,
    });
    t.append(ProtocolSpec{
        ProtocolId::PylonCan,
        Medium::Can,
        500000,
        {500000},
        2000,
        "pylon-can.md §1: the whole set once a second at 500 kbit/s; inverter-behaviour.md §1: a BYD sends 0x351 every 2 s",
        true,
        Architecture::MasterSlave,
        {},
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
    });
    t.append(ProtocolSpec{
        ProtocolId::JkPb,
        Medium::Serial,
        115200,
        {115200},
        4400,
        "jk-bms.md a.3: a JK-PB master (DIP 0) cycles the pack bus about every 4.4 s",
        true,
        Architecture::MasterSlave,
        {1},
        &make<JkPbTriggerPollProtocol>,
        &PollPlans::jkPbTriggers,
        &PollPlans::jkPbProbe,
        &PollPlans::jkPbRange,
        &RequestSafety::modbusRead,
    });
    t.append(ProtocolSpec{
        ProtocolId::JkModbus,
        Medium::Serial,
        115200,
        {115200, 9600},
        4400,
        "jk-bms.md a.3: a JK-PB master (DIP 0) cycles the pack bus about every 4.4 s; a.1: 115200, UART1 protocol 013 "
        "at 9600",
        true,
        Architecture::MasterSlave,
        {1},
        &make<JkModbusPollProtocol>,
        &PollPlans::jkModbus,
        &PollPlans::jkModbusProbe,
        &PollPlans::jkModbusRange,
        &RequestSafety::modbusRead,
    });
    t.append(ProtocolSpec{
        ProtocolId::JkLegacy,
        Medium::Serial,
        115200,
        {115200},
        0,
        "jk-bms.md b: a PC polls; no master period given",
        true,
        Architecture::SingleMaster,
        {1},
        &make<JkLegacyPollProtocol>,
        &PollPlans::jkLegacy,
        &PollPlans::jkLegacyProbe,
        &PollPlans::jkLegacyRange,
        &RequestSafety::jkLegacyRead,
    });
    return t;
}

const QList<ProtocolSpec> &table()
{
    static const QList<ProtocolSpec> t = makeTable();
    return t;
}

int longestPeriodMs(Medium medium)
{
    int longest = 0;
    for (const ProtocolSpec &s : table())
        if (s.medium == medium)
            longest = std::max(longest, s.masterPeriodMs);
    return longest;
}

} // namespace

namespace ProtocolTable {

const ProtocolSpec &spec(ProtocolId id)
{
    for (const ProtocolSpec &s : table())
        if (s.id == id)
            return s;
    Q_UNREACHABLE();
    return table().first();
}

QList<ProtocolId> onMedium(Medium medium)
{
    QList<ProtocolId> out;
    for (const ProtocolSpec &s : table())
        if (s.medium == medium)
            out.append(s.id);
    return out;
}

int listenWindowMs(Medium medium)
{
    return std::max(kMinimumListenWindowMs, 2 * longestPeriodMs(medium));
}

int hearingWindowMs(Medium medium)
{
    return std::max(1000, 2 * longestPeriodMs(medium));
}

QList<qint32> candidateSpeeds(Medium medium)
{
    QList<qint32> out;
    for (const ProtocolSpec &s : table())
        if (s.medium == medium)
            for (qint32 v : s.speeds)
                if (!out.contains(v))
                    out.append(v);
    if (medium == Medium::Can) {
        // Besides the Pylon/SMA/Victron 500 kbit/s: JK's own CAN protocol runs at 250 kbit/s
        // (jk-bms.md c, CAN protocol 000); 125 kbit/s and 1 Mbit/s are the other common rates.
        for (qint32 v : {250000, 125000, 1000000})
            if (!out.contains(v))
                out.append(v);
    }
    return out;
}

std::unique_ptr<PollProtocol> answerFramer(ProtocolId id)
{
    const ProtocolSpec &s = spec(id);
    return s.answerFramer ? s.answerFramer() : nullptr;
}

} // namespace ProtocolTable
