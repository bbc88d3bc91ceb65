#include "verificationcollector.h"

#include "bankmonitor.h"
#include "linkactivity.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

QString canNameOf(const QByteArray &bytes)
{
    QString s;
    for (char c : bytes) {
        if (c == '\0')
            break;
        s += (c >= 0x20 && c < 0x7F) ? QLatin1Char(c) : QLatin1Char('?');
    }
    return s.trimmed();
}

namespace {

// The plan's BankScope link for one heard link: the same medium and role, the first one found.
QString planLinkFor(const CommissioningPlan &plan, const QString &medium, bool polled, const QString &packId, int packIndex)
{
    // A GX bank: one tap per BMS, "bankscope-can-<n>" for the n-th pack.
    if (!packId.isEmpty() && packIndex >= 0) {
        const QString id = QStringLiteral("bankscope-can-%1").arg(packIndex + 1);
        for (const PlanLink &l : plan.links)
            if (l.id == id)
                return id;
    }
    const QString role = polled ? QStringLiteral("poll") : QStringLiteral("listen");
    for (const PlanLink &l : plan.links)
        if (l.kind == QLatin1String("bankscope") && l.medium == medium && l.role == role)
            return l.id;
    // A link of unknown medium (the catalogue has no setting for this pair): the same role.
    for (const PlanLink &l : plan.links)
        if (l.kind == QLatin1String("bankscope") && l.medium.isEmpty() && l.role == role)
            return l.id;
    return {};
}

} // namespace

VerificationCollector::VerificationCollector(const BankMonitor &monitor, const LinkActivity *activity)
    : m_monitor(monitor)
    , m_activity(activity)
{
}

QString VerificationCollector::key(const QString &link, int kind, quint32 id)
{
    return link + QLatin1Char('\n') + QString::number(kind) + QLatin1Char('\n') + QString::number(id);
}

void VerificationCollector::start()
{
    m_startMs = m_monitor.nowMs();
    m_started = true;
    m_baseline.clear();
    m_foreignBaseline.clear();
    m_trafficStart = 0;
    if (!m_activity)
        return;
    for (const EndpointStats &e : m_activity->endpoints()) {
        m_baseline.insert(key(e.link, int(e.kind), e.id),
                          Counters{e.requests, e.answers, e.timeouts, e.checksumErrors + e.framingErrors, e.notAnswering});
        m_foreignBaseline.insert(e.link, m_activity->foreignRequests(e.link));
    }
    m_trafficStart = m_activity->traffic().appended();
}

VerificationEvidence VerificationCollector::evidence(const CommissioningPlan &plan, const QList<PackIdentity> &identityList,
                                                    const QHash<QString, LinkFacts> &facts) const
{
    VerificationEvidence ev;
    ev.nowMs = m_monitor.nowMs();
    ev.maxReadingAgeS = m_maxReadingAgeS;
    const qint64 nowUs = ev.nowMs * 1000;
    const double observedS = m_started ? double(ev.nowMs - m_startMs) / 1000.0 : 0.0;
    const BankConfig &config = m_monitor.config();

    QHash<int, PackIdentity> identities;
    for (const PackIdentity &i : identityList)
        identities.insert(i.address, i);

    // Packs: every reading the window holds, with its address, firmware and identity.
    QHash<QString, QString> readingLink; // pack id -> the link its reading arrived on
    for (const PackConfig &pc : config.packs) {
        const PackReading *r = m_monitor.reading(pc.id);
        if (!r)
            continue;
        PackEvidence pe;
        pe.address = pc.address;
        pe.reading = *r;
        if (const PackLinkInfo *info = m_monitor.linkInfo(pc.id))
            pe.firmware = info->firmware;
        if (const auto it = identities.constFind(pc.address); it != identities.constEnd()) {
            pe.serial = it->serial;
            pe.model = it->model;
            if (pe.firmware.isEmpty())
                pe.firmware = it->firmware;
        }
        ev.packs.append(pe);
        for (const auto *source : {&r->socPct.source, &r->voltageV.source, &r->cellsMv.source})
            if (!source->link.isEmpty())
                readingLink.insert(pc.id, source->link);
    }

    if (!m_activity)
        return ev;

    // Links: every endpoint the activity knows, grouped by link, as deltas over the window.
    QMap<QString, QList<EndpointStats>> byLink;
    for (const EndpointStats &e : m_activity->endpoints())
        byLink[e.link].append(e);
    // A link the front end opened on which nothing at all was heard is evidence too ("nothing
    // heard", every planned address "not scanned"), never left out.
    for (auto f = facts.cbegin(); f != facts.cend(); ++f) {
        if (byLink.contains(f.key()))
            continue;
        EndpointStats empty;
        empty.link = f.key();
        empty.kind = f->medium == QLatin1String("can") ? EndpointKind::CanId : EndpointKind::Address;
        empty.id = f->medium == QLatin1String("can") ? 0u : quint32(0xFFFFFFFFu);
        byLink[f.key()].append(empty);
    }
    const TrafficLog::Batch traffic = m_activity->traffic().since(m_trafficStart, m_activity->traffic().capacity());

    for (auto it = byLink.cbegin(); it != byLink.cend(); ++it) {
        const QString &name = it.key();
        const QList<EndpointStats> &endpoints = it.value();
        const bool can = endpoints.first().kind == EndpointKind::CanId;
        LinkEvidence le;
        le.medium = can ? QStringLiteral("can") : QStringLiteral("rs485");
        le.observedS = observedS;

        // The pack whose own BMS speaks on this link (a GX bank: one interface per BMS).
        QString ownPack;
        for (auto r = readingLink.cbegin(); r != readingLink.cend(); ++r)
            if (r.value() == name && can)
                ownPack = r.key();
        int ownIndex = -1;
        for (int i = 0; i < config.packs.size(); ++i)
            if (config.packs[i].id == ownPack)
                ownIndex = i;
        // Protocol: what decoded the readings that came over it; CAN is decoded as Pylon CAN.
        le.protocol = can ? QStringLiteral("pylon-can") : QString();
        for (const PackConfig &pc : config.packs) {
            const PackReading *r = m_monitor.reading(pc.id);
            if (r && r->socPct.source.link == name && !r->socPct.source.protocol.isEmpty())
                le.protocol = r->socPct.source.protocol;
        }

        const LinkFacts linkFacts = facts.value(name);
        if (le.protocol.isEmpty())
            le.protocol = linkFacts.protocol;
        le.speed = linkFacts.speed;
        QHash<int, int> polledByOther = linkFacts.polledByOther;

        quint64 requests = 0;
        for (const EndpointStats &e : endpoints) {
            if (!can && e.id == 0xFFFFFFFFu)
                continue; // the placeholder of a link nothing was heard on
            const Counters base = m_baseline.value(key(e.link, int(e.kind), e.id));
            const auto delta = [](quint64 now, quint64 before) { return int(now >= before ? now - before : now); };
            const int dRequests = delta(e.requests, base.requests);
            const int dAnswers = delta(e.answers, base.answers);
            const int dTimeouts = delta(e.timeouts, base.timeouts);
            const int dErrors = delta(e.checksumErrors + e.framingErrors, base.errors);
            const int dNotAnswering = delta(e.notAnswering, base.notAnswering);
            requests += quint64(dRequests);
            le.validFrames += dAnswers;
            le.invalidFrames += dErrors;
            if (can) {
                if (dAnswers == 0)
                    continue;
                CanIdEvidence c;
                c.id = e.id;
                c.count = dAnswers;
                // The periods between this id's frames inside the window (the ring keeps the latest).
                const int n = std::min(dAnswers, e.latencyUs.size());
                double lo = 1e18;
                double hi = 0.0;
                for (int i = e.latencyUs.size() - n; i < e.latencyUs.size(); ++i) {
                    const double gap = double(e.latencyUs.at(i)) / 1e6;
                    lo = std::min(lo, gap);
                    hi = std::max(hi, gap);
                }
                c.maxGapS = n > 0 ? hi : 0.0;
                c.minGapS = n > 0 ? lo : 0.0;
                c.sinceLastS = e.lastSeenUs ? double(nowUs - *e.lastSeenUs) / 1e6 : observedS;
                le.canIds.append(c);
            } else {
                AddressEvidence a;
                a.address = int(e.id);
                a.requestsByUs = dRequests;
                // An RTN 0x91 answer is the master saying it cannot reach this module.
                a.answers = std::max(0, dAnswers - dNotAnswering);
                a.timeouts = dTimeouts;
                a.checksumErrors = dErrors;
                a.polledByOther = polledByOther.take(a.address);
                if (const auto id = identities.constFind(a.address); id != identities.constEnd() && !id->serial.isEmpty())
                    a.serials.append(id->serial);
                le.addresses.append(a);
            }
        }
        // Addresses another master asked and nobody answered: missing, not merely unpolled.
        for (auto p = polledByOther.cbegin(); p != polledByOther.cend(); ++p) {
            AddressEvidence a;
            a.address = p.key();
            a.polledByOther = p.value();
            le.addresses.append(a);
        }
        le.polled = requests > 0;
        const quint64 foreign = m_activity->foreignRequests(name) - std::min(m_activity->foreignRequests(name), m_foreignBaseline.value(name));
        if (can) {
            // Who speaks here: the BMS names heard (Victron 0x370, else the 0x35E name). Two
            // different names are two senders on one bus.
            QSet<QString> victron;
            QSet<QString> pylon;
            for (const TrafficRecord &t : traffic.records) {
                if (t.link != name || !t.canId)
                    continue;
                if (*t.canId == 0x370)
                    victron.insert(canNameOf(t.bytes));
                else if (*t.canId == 0x35E)
                    pylon.insert(canNameOf(t.bytes));
            }
            // One BMS sends one name per name frame; the frame id with the most names says how
            // many send (a Victron-dialect BMS and a Pylon one: one name each in 0x370, two in 0x35E).
            QStringList names = victron.size() >= pylon.size() ? QStringList(victron.cbegin(), victron.cend()) : QStringList(pylon.cbegin(), pylon.cend());
            for (const QString &n : linkFacts.bmsNames)
                if (!names.contains(n))
                    names.append(n);
            names.removeAll(QString());
            names.sort();
            if (names.isEmpty() && le.validFrames > 0)
                names.append(ownPack.isEmpty() ? QCoreApplication::translate("MonitorVerificationSource", "the BMS on %1").arg(name) : ownPack);
            le.masters = names;
            le.inverterPort = true; // a tap on a BMS's cable to the inverter (or the GX)
            if (ownPack.isEmpty())
                le.observed = m_monitor.observed();
        } else {
            if (foreign > 0)
                le.masters.append(QCoreApplication::translate("MonitorVerificationSource", "another master (%n request(s) BankScope did not send)", nullptr,
                                                                 int(foreign)));
            le.inverterPort = !le.polled && foreign > 0;
        }
        // Scanned: BankScope polled the addresses, or watched another master poll them (a passive
        // scan: what that master does not ask stays "not polled").
        le.scanned = le.polled || (!can && foreign > 0);
        le.planLink = !linkFacts.planLink.isEmpty() ? linkFacts.planLink : planLinkFor(plan, le.medium, le.polled, ownPack, ownIndex);
        ev.links.append(le);
    }
    return ev;
}
