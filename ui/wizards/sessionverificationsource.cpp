#include "sessionverificationsource.h"

#include "bankmonitor.h"
#include "banksession.h"
#include "sessionevidence.h"

#include <algorithm>

SessionVerificationSource::SessionVerificationSource(SessionEvidence &evidence, QObject *parent)
    : VerificationSource(parent)
    , m_evidence(evidence)
{
}

SessionVerificationSource::~SessionVerificationSource()
{
    QObject::disconnect(m_connection);
}

QString SessionVerificationSource::description() const
{
    const BankSession &session = m_evidence.session();
    QStringList links;
    for (const LinkStatus &st : session.statuses()) {
        const bool can = st.kind == SessionSource::Kind::CanPlugin || st.kind == SessionSource::Kind::Slcan;
        QString how;
        if (st.kind == SessionSource::Kind::Recording)
            how = tr("a recording");
        else if (can)
            how = tr("BankScope listens");
        else if (st.phase == LinkStatus::Phase::Polling)
            how = tr("BankScope polls");
        else
            how = tr("BankScope listens");
        links.append(tr("%1 (%2)").arg(st.name, how));
    }
    const int packs = int(session.monitor().config().packs.size());
    QString text = links.isEmpty() ? tr("The window's bank: %n pack(s) configured, no live link.", nullptr, packs)
                                   : tr("The live session: %1; %n pack(s) configured.", nullptr, packs).arg(links.join(QStringLiteral(", ")));
    const int identified = m_evidence.identifiedPacks();
    text += QLatin1Char(' ');
    text += identified > 0 ? tr("%n unit(s) gave a serial number when the bus was scanned: readings are matched to the plan by serial number.",
                                nullptr, identified)
                           : tr("No unit has given a serial number yet, so the checks that match readings by serial say \"not measured\".");
    text += QLatin1Char(' ') + tr("Readings older than %n s are not judged.", nullptr, int(m_evidence.maxReadingAgeS()));
    return text;
}

bool SessionVerificationSource::isAvailable(QString *why) const
{
    const BankSession &session = m_evidence.session();
    if (session.linkCount() == 0 && session.monitor().config().packs.isEmpty()) {
        if (why)
            *why = tr("The window shows no bank: connect to one first (File > Connect).");
        return false;
    }
    return true;
}

void SessionVerificationSource::start(const CommissioningPlan &plan, double seconds)
{
    cancel();
    QString why;
    if (!isAvailable(&why)) {
        Q_EMIT failed(why);
        return;
    }
    m_plan = plan;
    m_totalS = std::max(0.0, seconds);
    m_evidence.beginWindow();
    m_running = true;
    m_connection = connect(&m_evidence.session().monitor(), &BankMonitor::refreshed, this, &SessionVerificationSource::onRefreshed);
    Q_EMIT progress(0.0, m_totalS);
}

void SessionVerificationSource::cancel()
{
    QObject::disconnect(m_connection);
    m_running = false;
}

void SessionVerificationSource::onRefreshed()
{
    if (!m_running)
        return;
    const double elapsed = double(m_evidence.session().monitor().nowMs() - m_evidence.windowStartMs()) / 1000.0;
    Q_EMIT progress(std::min(elapsed, m_totalS), m_totalS);
    if (elapsed + 1e-6 < m_totalS)
        return;
    cancel();
    m_evidence.session().flush();
    Q_EMIT finished(evidence(m_plan));
}

VerificationEvidence SessionVerificationSource::evidence(const CommissioningPlan &plan) const
{
    return m_evidence.evidence(plan);
}
