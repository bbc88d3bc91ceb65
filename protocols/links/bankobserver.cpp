#include "bankobserver.h"

#include <algorithm>

BankObserver::BankObserver(const BankConfig &config, const QString &link)
    : m_config(config)
    , m_link(link)
{
}

QString BankObserver::packForAddress(int address) const
{
    for (const PackConfig &p : m_config.packs) {
        if (p.address == address)
            return p.id;
    }
    return {};
}

Faults BankObserver::toFaults(const QStringList &names)
{
    Faults out;
    for (const QString &n : names) {
        if (const auto f = FaultNames::fromName(n))
            out |= *f;
        else if (!m_otherAlarms.contains(n))
            m_otherAlarms.append(n);
    }
    return out;
}

QList<int> BankObserver::groupAddresses(const DecodedMessage &m)
{
    // A whole-group answer (0x42/0x44 with 0xFF) carries no module addresses: the decoder
    // numbers its blocks from the master's address up. That holds while every module answers.
    // With fewer blocks than configured packs, the blocks belong to the packs the master can
    // still reach, in address order (the ones it reported with RTN 0x91 are left out); if that
    // does not add up either, which block is whose cannot be told, and none is applied.
    QList<int> positional;
    for (const DecodedPack &p : m.packs)
        positional.append(p.address.value_or(-1));
    if (!m.address || m.protocol != ProtocolId::PylontechRs485 || !m.fields.value(QStringLiteral("group")).toBool())
        return positional;
    QList<int> configured;
    for (const PackConfig &p : m_config.packs)
        if ((p.address & 0xF0) == (*m.address & 0xF0))
            configured.append(p.address);
    std::sort(configured.begin(), configured.end());
    if (configured.isEmpty() || m.packs.size() >= configured.size())
        return positional;
    QList<int> reachable;
    for (int a : configured)
        if (!m_unreachable.contains(a))
            reachable.append(a);
    if (reachable.size() == m.packs.size())
        return reachable;
    ++m_ambiguousGroupAnswers;
    return QList<int>(m.packs.size(), -1);
}

QStringList BankObserver::apply(const DecodedMessage &m, qint64 atMs, std::optional<int> address)
{
    QStringList updated;
    // RTN 0x91: the master reports that it cannot reach the module (pylontech-rs485.md 4).
    if (m.protocol == ProtocolId::PylontechRs485 && m.address && m.packs.isEmpty()) {
        if (m.returnCode == 0x91) {
            m_unreachable.insert(*m.address, atMs);
            const QString id = packForAddress(*m.address);
            if (!id.isEmpty()) {
                PackReading &r = m_readings[id];
                r.packId = id;
                r.markedOffline = true;
                updated.append(id);
            }
            return updated;
        }
        if (m.returnCode == 0 && !m.fields.value(QStringLiteral("group")).toBool())
            m_unreachable.remove(*m.address); // it answers for itself again
    }
    const QList<int> addresses = groupAddresses(m);
    for (int i = 0; i < m.packs.size(); ++i) {
        const DecodedPack &pack = m.packs[i];
        std::optional<int> adr = pack.address ? std::optional<int>(addresses[i]) : m.address;
        if (address && m.packs.size() == 1)
            adr = address;
        if (adr == -1)
            continue; // a block of an ambiguous group answer
        if (!adr)
            continue;
        const QString id = packForAddress(*adr);
        if (id.isEmpty()) {
            if (!m_unknownAddresses.contains(*adr))
                m_unknownAddresses.append(*adr);
            continue;
        }
        applyPack(pack, m, atMs, id);
        if (!updated.contains(id))
            updated.append(id);
    }
    // A single-module message without a pack block (0x92 limits, 0x44 status bits) still
    // belongs to the module it names.
    if (m.packs.isEmpty() && (address || m.address) && m.protocol == ProtocolId::PylontechRs485
        && (!m.limits.isEmpty() || !m.status.isEmpty()) && m.message != QLatin1String("system-management")) {
        const QString id = packForAddress(address ? *address : *m.address);
        if (!id.isEmpty()) {
            applyPack(DecodedPack{}, m, atMs, id);
            updated.append(id);
        }
    }
    const bool bankLevel = m.protocol == ProtocolId::PylonCan
        || m.message.startsWith(QLatin1String("system-"));
    if (bankLevel && m.direction != QLatin1String("heartbeat")) {
        if (m.protocol == ProtocolId::PylonCan && !m_broadcastPack.isEmpty()) {
            applyBroadcastToPack(m, atMs);
            updated.append(m_broadcastPack);
        } else {
            applyBank(m, atMs);
        }
    }
    return updated;
}

void BankObserver::applyPack(const DecodedPack &p, const DecodedMessage &m, qint64 at, const QString &id)
{
    PackReading &r = m_readings[id];
    r.packId = id;
    r.markedOffline = false;
    const ReadingSource src{m_link, ProtocolNames::name(m.protocol)};
    auto set = [&](Timed<double> &t, const std::optional<double> &v) {
        if (v)
            t.set(*v, at, src);
    };
    set(r.socPct, p.socPct);
    set(r.sohPct, p.sohPct);
    set(r.voltageV, p.voltageV);
    set(r.currentA, p.currentA);
    set(r.remainingAh, p.remainingAh);
    set(r.fullAh, p.fullAh);
    if (!p.cellsMv.isEmpty())
        r.cellsMv.set(p.cellsMv, at, src);
    if (!p.tempsC.isEmpty())
        r.tempsC.set(p.tempsC, at, src);
    if (m.carriesAlarms) {
        r.faults.set(toFaults(p.alarms.isEmpty() && m.packs.size() <= 1 ? m.alarms : p.alarms), at, src);
        r.warnings.set(toFaults(p.warnings.isEmpty() && m.packs.size() <= 1 ? m.warnings : p.warnings), at, src);
    }
    // Per-module limits (Pylontech 0x92) belong to the pack.
    if (m.protocol == ProtocolId::PylontechRs485 && m.packs.size() <= 1) {
        set(r.cvlV, m.limits.cvlV);
        set(r.dvlV, m.limits.dvlV);
        set(r.cclA, m.limits.cclA);
        set(r.dclA, m.limits.dclA);
    }
}

void BankObserver::applyBank(const DecodedMessage &m, qint64 at)
{
    m_hasObserved = true;
    m_observedAtMs = at;
    auto set = [&](ViewFieldId id, const std::optional<double> &v) {
        if (!v)
            return;
        ViewField &f = m_observed[id];
        f.value = *v;
        f.provenance.rule = Rule::Reported;
        if (f.provenance.from.size() != 1 || f.provenance.from.constFirst() != m_link)
            f.provenance.from = {m_link}; // once, not a new list for every broadcast
    };
    set(ViewFieldId::SocPct, m.bank.socPct);
    set(ViewFieldId::SohPct, m.bank.sohPct);
    set(ViewFieldId::VoltageV, m.bank.voltageV);
    set(ViewFieldId::CurrentA, m.bank.currentA);
    set(ViewFieldId::CellMinMv, m.bank.cellMinMv);
    set(ViewFieldId::CellMaxMv, m.bank.cellMaxMv);
    // Pylon 0x356 (and Pylontech 0x61) carry the AVERAGE cell temperature (pylon-can.md 2): it
    // is kept as such, never shown as the bank's highest or lowest. The extremes come from a
    // sender that has them (Victron 0x373).
    if (m.bank.tempC) {
        m_observedAverageTempC = m.bank.tempC;
        m_observedAverageAtMs = at;
    }
    if (m.fields.contains(QStringLiteral("cell_temp_min_C"))) {
        set(ViewFieldId::TempMinC, m.fields.value(QStringLiteral("cell_temp_min_C")).toDouble());
        if (m.fields.contains(QStringLiteral("cell_temp_max_C")))
            set(ViewFieldId::TempMaxC, m.fields.value(QStringLiteral("cell_temp_max_C")).toDouble());
    }
    if (m.bank.modules)
        set(ViewFieldId::OnlinePacks, double(*m.bank.modules));
    if (m.fields.contains(QStringLiteral("capacity_Ah")))
        set(ViewFieldId::CapacityAh, m.fields.value(QStringLiteral("capacity_Ah")).toDouble());
    set(ViewFieldId::CvlV, m.limits.cvlV);
    set(ViewFieldId::CclA, m.limits.cclA);
    set(ViewFieldId::DclA, m.limits.dclA);
    if (m.carriesAlarms) {
        m_observed.faults = toFaults(m.alarms);
        m_observed.warnings = toFaults(m.warnings) & ~m_observed.faults;
        m_observed.faultRule = Rule::Reported;
    }
}

void BankObserver::applyBroadcastToPack(const DecodedMessage &m, qint64 at)
{
    PackReading &r = m_readings[m_broadcastPack];
    r.packId = m_broadcastPack;
    r.markedOffline = false;
    const ReadingSource src{m_link, ProtocolNames::name(m.protocol)};
    auto set = [&](Timed<double> &t, const std::optional<double> &v) {
        if (v)
            t.set(*v, at, src);
    };
    set(r.socPct, m.bank.socPct);
    if (const QVariant hiRes = m.fields.value(QStringLiteral("soc_hires_pct")); hiRes.isValid())
        r.socPct.set(hiRes.toDouble(), at, src); // 0x355 bytes 4-5, 0.01 %
    set(r.sohPct, m.bank.sohPct);
    set(r.voltageV, m.bank.voltageV);
    set(r.currentA, m.bank.currentA);
    set(r.cvlV, m.limits.cvlV);
    set(r.dvlV, m.limits.dvlV);
    set(r.cclA, m.limits.cclA);
    set(r.dclA, m.limits.dclA);
    // Only the extremes travel on CAN (0x373); the 0x356 temperature is the average cell
    // temperature and stands in, as the pack's one sensor, only for a BMS that sends no 0x373.
    set(r.cellMinMv, m.bank.cellMinMv);
    set(r.cellMaxMv, m.bank.cellMaxMv);
    const auto number = [&m](const char *key) -> std::optional<double> {
        const QVariant v = m.fields.value(QString::fromLatin1(key));
        return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    if (const auto lo = number("cell_temp_min_C")) {
        r.tempsC = {};
        set(r.tempMinC, lo);
        set(r.tempMaxC, number("cell_temp_max_C"));
    } else if (m.bank.tempC && !r.tempMinC.has()) {
        r.tempsC.set({*m.bank.tempC}, at, src);
    }
    set(r.fullAh, number("capacity_Ah")); // 0x35F capacity / 0x379 installed capacity
    if (m.carriesAlarms) {
        r.faults.set(toFaults(m.alarms), at, src);
        r.warnings.set(toFaults(m.warnings) & ~toFaults(m.alarms), at, src);
    }
    noteSender(m, at, r);
}

void BankObserver::noteSender(const DecodedMessage &m, qint64 at, PackReading &r)
{
    // One BMS sends one name in a name frame; a second name in the same frame id, again and
    // again, is a second sender on the same interface (its values interleave with the first's).
    QString name;
    if (m.message == QLatin1String("manufacturer"))
        name = m.info.manufacturer;
    else if (m.message == QLatin1String("bms-name") && m.fields.value(QStringLiteral("part")).toInt() == 1)
        name = m.info.model;
    name = name.trimmed();
    if (name.isEmpty())
        return; // not a name frame, or cell extremes in 0x370 (some BMSs): nothing to tell apart
    const QString id = m.fields.value(QStringLiteral("can_id")).toString();
    QHash<QString, QList<qint64>> &names = m_names[id];
    QList<qint64> &times = names[name];
    times.append(at);
    if (times.size() > 4)
        times.removeFirst();
    // Forget what was not heard within the window, on every name frame id.
    for (auto idIt = m_names.begin(); idIt != m_names.end();) {
        for (auto it = idIt->begin(); it != idIt->end();) {
            QList<qint64> &t = it.value();
            t.erase(std::remove_if(t.begin(), t.end(), [at](qint64 x) { return at - x > kSendersWindowMs; }), t.end());
            it = t.isEmpty() ? idIt->erase(it) : std::next(it);
        }
        idIt = idIt->isEmpty() ? m_names.erase(idIt) : std::next(idIt);
    }
    // The senders: the names heard at least twice, on the frame id with the most of them (a BMS
    // may send only one name frame); at a tie the Victron name (0x370) is the one shown.
    QStringList senders;
    for (auto idIt = m_names.cbegin(); idIt != m_names.cend(); ++idIt) {
        QStringList here;
        for (auto it = idIt->cbegin(); it != idIt->cend(); ++it)
            if (it->size() >= 2)
                here.append(it.key());
        here.sort();
        if (here.size() > senders.size() || (!here.isEmpty() && here.size() == senders.size() && idIt.key() == QLatin1String("0x370"))) {
            senders = here;
        }
    }
    if (senders.isEmpty())
        senders.append(name); // heard once so far
    r.senders.set(senders, at, ReadingSource{m_link, ProtocolNames::name(m.protocol)});
}

QList<PackReading> BankObserver::readings() const
{
    QList<PackReading> out;
    for (const PackConfig &p : m_config.packs) {
        const auto it = m_readings.constFind(p.id);
        if (it != m_readings.constEnd())
            out.append(*it);
    }
    return out;
}

const PackReading *BankObserver::reading(const QString &packId) const
{
    const auto it = m_readings.constFind(packId);
    return it == m_readings.constEnd() ? nullptr : &*it;
}
