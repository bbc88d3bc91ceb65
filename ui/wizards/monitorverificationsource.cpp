#include "monitorverificationsource.h"

#include "bankmonitor.h"
#include "linkactivity.h"

#include <QMap>
#include <QSet>

#include <algorithm>

MonitorVerificationSource::MonitorVerificationSource(const BankMonitor &monitor, const LinkActivity *activity, QObject *parent)
    : VerificationSource(parent)
    , m_monitor(monitor)
    , m_activity(activity)
    , m_collector(monitor, activity)
{
}

MonitorVerificationSource::~MonitorVerificationSource()
{
    QObject::disconnect(m_connection);
}

QString MonitorVerificationSource::description() const
{
    const int packs = int(m_monitor.config().packs.size());
    QStringList links;
    if (m_activity) {
        QMap<QString, bool> polled;
        for (const EndpointStats &e : m_activity->endpoints())
            polled[e.link] = polled.value(e.link) || e.requests > 0;
        for (auto it = polled.cbegin(); it != polled.cend(); ++it)
            links.append(it.value() ? tr("%1 (BankScope polls)").arg(it.key()) : tr("%1 (BankScope listens)").arg(it.key()));
    }
    QString text = tr("The bank in this window: %n pack(s) configured", nullptr, packs);
    if (!links.isEmpty())
        text += tr(", heard on %1").arg(links.join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    if (!m_identities)
        text += QLatin1Char(' ') + tr("This source reads no serial numbers, so the checks that match readings by serial say \"not measured\".");
    return text;
}

bool MonitorVerificationSource::isAvailable(QString *why) const
{
    if (m_monitor.config().packs.isEmpty()) {
        if (why)
            *why = tr("The window shows no bank: connect to one first.");
        return false;
    }
    return true;
}

void MonitorVerificationSource::start(const CommissioningPlan &plan, double seconds)
{
    cancel();
    QString why;
    if (!isAvailable(&why)) {
        Q_EMIT failed(why);
        return;
    }
    m_plan = plan;
    m_totalS = std::max(0.0, seconds);
    m_collector.start();
    m_running = true;
    m_connection = connect(&m_monitor, &BankMonitor::refreshed, this, &MonitorVerificationSource::onRefreshed);
    Q_EMIT progress(0.0, m_totalS);
}

void MonitorVerificationSource::cancel()
{
    QObject::disconnect(m_connection);
    m_running = false;
}

void MonitorVerificationSource::onRefreshed()
{
    if (!m_running)
        return;
    const double elapsed = double(m_monitor.nowMs() - m_collector.startMs()) / 1000.0;
    Q_EMIT progress(std::min(elapsed, m_totalS), m_totalS);
    if (elapsed + 1e-6 < m_totalS)
        return;
    cancel();
    Q_EMIT finished(evidence(m_plan));
}

VerificationEvidence MonitorVerificationSource::evidence(const CommissioningPlan &plan) const
{
    return m_collector.evidence(plan, m_identities ? m_identities() : QList<PackIdentity>{});
}
