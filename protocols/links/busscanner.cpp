#include "busscanner.h"

#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// What makes two answers "the same pack": its serial, or its measurements.
QByteArray fingerprint(const DecodedMessage &m)
{
    if (!m.info.serial.isEmpty())
        return m.info.serial.toUtf8();
    QJsonObject o = DecodedJson::toJson(m);
    o.remove(QStringLiteral("address"));
    o.remove(QStringLiteral("fields"));
    QJsonArray packs;
    for (const QJsonValue &p : o.value(QStringLiteral("packs")).toArray()) {
        QJsonObject po = p.toObject();
        po.remove(QStringLiteral("address"));
        packs.append(po);
    }
    o.insert(QStringLiteral("packs"), packs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

PollSettings BusScanner::pollSettings(const Settings &settings)
{
    PollSettings ps;
    ps.timeoutMs = settings.timeoutMs;
    ps.retries = 0;
    ps.listenAfterAnswerMs = settings.quietMs;
    return ps;
}

BusScanner::BusScanner(SerialPollLink &link, ProtocolId protocol, const Clock &clock, const Settings &settings,
                       QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_settings(settings)
    , m_pollProtocol(ProtocolTable::answerFramer(protocol))
{
    const ProtocolSpec &spec = ProtocolTable::spec(protocol);
    if (m_settings.addresses.isEmpty() && spec.scanRange)
        m_settings.addresses = spec.scanRange(1);
    if (m_pollProtocol && spec.scannable()) {
        m_ownScheduler = std::make_unique<PollScheduler>(link, *m_pollProtocol, clock, pollSettings(m_settings));
        m_scheduler = m_ownScheduler.get();
    }
}

BusScanner::BusScanner(PollScheduler &scheduler, ProtocolId protocol, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_settings(settings)
    , m_scheduler(&scheduler)
{
    const ProtocolSpec &spec = ProtocolTable::spec(protocol);
    if (m_settings.addresses.isEmpty() && spec.scanRange)
        m_settings.addresses = spec.scanRange(1);
    if (!spec.scannable())
        m_scheduler = nullptr;
}

BusScanner::~BusScanner() = default;

QString BusScanner::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Answering:
        return QStringLiteral("answering");
    case Verdict::Silent:
        return QStringLiteral("silent");
    case Verdict::Suspect:
        return QStringLiteral("suspect");
    case Verdict::NotProbed:
        return QStringLiteral("not-probed");
    }
    return {};
}

void BusScanner::start()
{
    if (!m_scheduler) {
        conclude();
        return;
    }
    QList<PollRequest> probes;
    const ProtocolSpec &spec = ProtocolTable::spec(m_protocol);
    for (int address : std::as_const(m_settings.addresses))
        for (int i = 0; i < m_settings.attempts; ++i)
            probes.append(spec.probe(address));
    connect(m_scheduler, &PollScheduler::answered, this,
            [this](const PollRequest &r, const DecodedMessage &m, qint64) { m_identity.insert(r.address, m); });
    connect(m_scheduler, &PollScheduler::idle, this, &BusScanner::conclude);
    connect(m_scheduler, &PollScheduler::foreignTraffic, this, [this](const ForeignTraffic &t) {
        m_stoppedBy = t;
        conclude();
    });
    m_scheduler->setPlan(probes, {});
    m_scheduler->start();
}

void BusScanner::conclude()
{
    if (m_concluded)
        return;
    m_concluded = true;
    m_results.clear();
    const QMap<int, AddressStats> stats = m_scheduler ? m_scheduler->stats() : QMap<int, AddressStats>();
    QMap<QByteArray, QList<int>> byPrint;
    for (auto it = m_identity.cbegin(); it != m_identity.cend(); ++it) {
        if (it.value().returnCode.value_or(0) == 0)
            byPrint[fingerprint(it.value())].append(it.key());
    }
    // Errors everywhere point at the line (baud rate, A/B swapped); errors on one address at it.
    int addressesWithErrors = 0;
    for (const AddressStats &s : stats)
        addressesWithErrors += (s.checksumErrors + s.framingErrors) > 0;

    for (int address : std::as_const(m_settings.addresses)) {
        Result r;
        r.address = address;
        r.stats = stats.value(address);
        if (m_identity.contains(address))
            r.identity = m_identity.value(address);
        const AddressStats &s = r.stats;
        const quint64 errors = s.checksumErrors + s.framingErrors;
        if (errors > 0) {
            r.reasons.append(addressesWithErrors == 1
                                 ? QCoreApplication::translate("BusScanner", "%1 checksum or framing errors on this address only").arg(errors)
                                 : QCoreApplication::translate("BusScanner", "%1 checksum or framing errors (seen on %2 addresses: check baud rate and A/B wiring)")
                                       .arg(errors)
                                       .arg(addressesWithErrors));
        }
        if (s.extraAnswers > 0)
            r.reasons.append(QCoreApplication::translate("BusScanner", "two answers to one request (%1 times): two packs share this address").arg(s.extraAnswers));
        if (s.wrongAddress > 0)
            r.reasons.append(QCoreApplication::translate("BusScanner", "%1 answers came from another address").arg(s.wrongAddress));
        if (r.identity && r.identity->returnCode.value_or(0) == 0) {
            const QList<int> same = byPrint.value(fingerprint(*r.identity));
            if (same.size() > 1) {
                QStringList others;
                for (int a : same)
                    if (a != address)
                        others.append(QString::number(a));
                r.reasons.append(QCoreApplication::translate("BusScanner", "identical data from address %1: a duplicate address or a pack answering for another")
                                     .arg(others.join(QStringLiteral(", "))));
            }
        }
        const int rtn = r.identity ? r.identity->returnCode.value_or(0) : 0;
        if (rtn == 0x91)
            r.reasons.append(QCoreApplication::translate("BusScanner", "the master cannot reach this module (RTN 0x91): check its link cable and power"));
        if (m_stoppedBy && s.requests == 0) {
            r.verdict = Verdict::NotProbed;
            r.note = QCoreApplication::translate("BusScanner", "not probed: another master appeared on the bus");
        } else if (!r.reasons.isEmpty()) {
            r.verdict = Verdict::Suspect;
        } else if (rtn == 0x90) {
            r.verdict = Verdict::Silent;
            r.note = QCoreApplication::translate("BusScanner", "the master answers that no module has this address (RTN 0x90)");
        } else {
            r.verdict = s.answers > 0 ? Verdict::Answering : Verdict::Silent;
        }
        m_results.append(r);
    }
    Q_EMIT finished(m_results);
}
