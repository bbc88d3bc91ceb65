#include "drillpage.h"

#include "banksession.h"
#include "commissioningwizard.h"
#include "drillfeed.h"
#include "failoverplanner.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString mmss(double s)
{
    const int t = std::max(0, int(s));
    return QStringLiteral("%1:%2").arg(t / 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DrillPage::DrillPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_consequence(new QLabel(this))
    , m_link(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_limit(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start the drill"), this))
    , m_abort(new QPushButton(tr("&Abort and restore"), this))
    , m_done(new QPushButton(tr("&Done: next step"), this))
    , m_stopped(new QPushButton(tr("Inverter &stopped"), this))
    , m_running(new QPushButton(tr("Inverter still &running"), this))
    , m_instruction(new QLabel(this))
    , m_step(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_result(new QLabel(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::DrillId, tr("Failover drill")));
    setSubTitle(tr("Prove on this site that the stand-in takes over and the master comes back, with one master on the bus at every step. "
                   "BankScope only listens. Optional: skip it with Next."));
    QWidget *content = CommissioningWizard::scrollableContent(this);
    m_consequence->setObjectName(QStringLiteral("drillConsequence"));
    m_consequence->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("drillLink"));
    m_link->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("drillConfirm"));
    m_confirm->setText(tr("I am at the bank, the site owner knows, and I accept what the drill does to this site (above)."));
    m_limit->setObjectName(QStringLiteral("drillLimit"));
    m_limit->setRange(1, 60);
    m_limit->setValue(10);
    m_limit->setSuffix(tr(" min"));
    m_limit->setToolTip(tr("Past this time without one master again, the drill gives the restore steps"));
    m_start->setObjectName(QStringLiteral("drillStart"));
    m_abort->setObjectName(QStringLiteral("drillAbort"));
    m_done->setObjectName(QStringLiteral("drillDone"));
    m_stopped->setObjectName(QStringLiteral("drillInverterStopped"));
    m_running->setObjectName(QStringLiteral("drillInverterRunning"));
    m_instruction->setObjectName(QStringLiteral("drillInstruction"));
    m_instruction->setWordWrap(true);
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_instruction->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_instruction->setFont(big);
    m_instruction->setMinimumHeight(QFontMetrics(big).height() * 3);
    m_instruction->setAccessibleName(tr("What to do now"));
    m_step->setObjectName(QStringLiteral("drillStep"));
    m_step->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("drillTimeline"));
    m_timeline->setAccessibleName(tr("Drill timeline"));
    m_timeline->setMinimumHeight(QFontMetrics(font()).height() * 8);
    m_result->setObjectName(QStringLiteral("drillResult"));
    m_result->setWordWrap(true);

    auto *before = new QGroupBox(tr("Before you start"), content);
    auto *form = new QFormLayout(before);
    form->addRow(m_consequence);
    form->addRow(m_link);
    form->addRow(tr("Time &limit:"), m_limit);
    form->addRow(m_confirm);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_done);
    buttons->addWidget(m_abort);
    buttons->addStretch(1);
    buttons->addWidget(m_stopped);
    buttons->addWidget(m_running);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(before);
    layout->addLayout(buttons);
    layout->addWidget(m_instruction);
    layout->addWidget(m_step);
    layout->addWidget(new QLabel(tr("Timeline:"), content));
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_result);

    connect(m_confirm, &QCheckBox::toggled, this, &DrillPage::updateButtons);
    connect(m_limit, &QSpinBox::valueChanged, this, [this] {
        if (m_blocked.isEmpty() && !m_procedure.failed.isEmpty() && !isRunning())
            m_consequence->setText(consequenceText());
    });
    connect(m_start, &QPushButton::clicked, this, &DrillPage::start);
    connect(m_abort, &QPushButton::clicked, this, &DrillPage::abort);
    connect(m_done, &QPushButton::clicked, this, &DrillPage::done);
    connect(m_stopped, &QPushButton::clicked, this, [this] { noteInverter(QStringLiteral("inverter-stopped")); });
    connect(m_running, &QPushButton::clicked, this, [this] { noteInverter(QStringLiteral("inverter-running")); });
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &DrillPage::tick);
    m_instruction->setText(tr("Not started."));
}

DrillPage::~DrillPage() = default;

bool DrillPage::isRunning() const
{
    return m_drill && !m_drill->finished();
}

bool DrillPage::isComplete() const
{
    return !isRunning();
}

QString DrillPage::consequenceText() const
{
    if (m_procedure.kind == FailoverKind::Aggregator)
        return tr("The BMS %1 will be switched off by hand while BankScope listens on every BMS's GX port. %2")
            .arg(m_procedure.failed, FailoverDrill::consequence(m_procedure, m_limit->value() * 60.0));
    return tr("The master %1 will be switched off by hand and %2 made master, following the failover card's steps. %3")
        .arg(m_procedure.failed, m_procedure.standIn, FailoverDrill::consequence(m_procedure, m_limit->value() * 60.0));
}

qint64 DrillPage::nowUs() const
{
    return m_session ? m_session->timeline().nowUs() : 0;
}

void DrillPage::initializePage()
{
    if (isRunning())
        return;
    m_blocked.clear();
    m_session = m_wizard->drillSession();
    const auto planned = FailoverPlanner::plan(m_wizard->plan(), m_wizard->catalogue());
    if (!planned) {
        m_blocked = tr("No failover procedure for this plan yet: %1").arg(planned.error().toString());
        m_consequence->setText(m_blocked);
    } else {
        m_procedure = planned->procedure;
        if (m_procedure.kind == FailoverKind::Aggregator)
            setSubTitle(tr("Prove on this site that the system carries on with one BMS off, and that every BMS is heard again when it is "
                           "back. BankScope only listens. Optional: skip it with Next."));
        if (FailoverDrill::unsupported(m_procedure)) {
            FailoverDrill probe(m_wizard->plan(), m_procedure, {});
            probe.start(0.0);
            m_blocked = FailoverDrill::text(probe.instruction());
            m_consequence->setText(m_blocked);
        } else {
            m_consequence->setText(consequenceText());
        }
    }
    if (!m_session || !m_session->isRunning() || !DrillFeed::canListen(m_session->plan())) {
        if (m_blocked.isEmpty())
            m_blocked = tr("No live link: connect BankScope to the inverter link (Connection \u2192 Connect\u2026), then come back. The drill "
                           "listens to the master's broadcasts and never transmits.");
        m_link->setText(m_blocked == m_consequence->text() ? QString() : m_blocked);
    } else if (m_blocked.isEmpty() && m_procedure.kind == FailoverKind::Aggregator && m_session->linkCount() != m_wizard->plan().packs.size()) {
        // A GX bank is heard on one CAN link per BMS, in the plan's order.
        m_blocked = tr("A GX bank is drilled on one CAN link per BMS, in the plan's order: this session has %1 link(s) for %2 BMSs. Connect "
                       "one interface per BMS (Connection \u2192 Connect\u2026), or run bankscope-cli drill.")
                        .arg(m_session->linkCount())
                        .arg(m_wizard->plan().packs.size());
        m_link->setText(m_blocked);
    } else {
        const bool live = DrillFeed::isLive(m_session->plan());
        QStringList links;
        for (int i = 0; i < m_session->linkCount(); ++i)
            links.append(m_session->linkName(i));
        const QString on = links.join(QStringLiteral(", "));
        m_link->setText(live ? tr("Listening on %1: a live site.").arg(on) : tr("Listening on %1: a simulated bus, not a live site.").arg(on));
    }
    if (m_drill && m_drill->finished())
        return; // the last drill's result stays on show
    updateButtons();
}

void DrillPage::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && m_blocked.isEmpty() && m_confirm->isChecked());
    m_confirm->setEnabled(!running && m_blocked.isEmpty());
    m_limit->setEnabled(!running);
    const bool restoring = m_drill && (m_drill->phase() == FailoverDrill::Phase::Restore || m_drill->phase() == FailoverDrill::Phase::WaitRestored);
    m_abort->setEnabled(running && !restoring);
    m_done->setEnabled(running && m_drill->instruction().needsDone);
    m_stopped->setEnabled(running);
    m_running->setEnabled(running);
    if (!running && !m_blocked.isEmpty())
        m_start->setToolTip(m_blocked);
    else if (!running && !m_confirm->isChecked())
        m_start->setToolTip(tr("Tick the confirmation first"));
    else
        m_start->setToolTip(QString());
}

void DrillPage::start()
{
    if (isRunning() || !m_blocked.isEmpty() || !m_confirm->isChecked() || !m_session)
        return;
    FailoverDrill::Settings settings;
    settings.limitS = m_limit->value() * 60.0;
    m_drill = std::make_unique<FailoverDrill>(m_wizard->plan(), m_procedure, settings);
    const PlanPack *failed = m_wizard->plan().pack(m_procedure.failed);
    m_feed = std::make_unique<DrillFeed>(*m_session, 0x02 + 0x10 * (failed ? failed->group : 0));
    m_feed->setStartUs(nowUs());
    if (m_procedure.kind == FailoverKind::Aggregator) {
        QStringList links, packs;
        for (int i = 0; i < m_session->linkCount(); ++i)
            links.append(m_session->linkName(i));
        for (const PlanPack &p : m_wizard->plan().packs)
            packs.append(p.id);
        m_feed->setPeerLinks(links, packs);
    }
    connect(m_feed.get(), &DrillFeed::reading, this, [this](const QString &pack, const PackReading &r) {
        if (m_drill)
            m_drill->feedReading(pack, r);
    });
    connect(m_feed.get(), &DrillFeed::evidence, this, [this](const DrillEvidence &e) {
        if (!m_drill)
            return;
        m_drill->feed(e);
        refresh();
    });
    m_timeline->clear();
    m_result->clear();
    m_shownEvents = 0;
    m_revision = -1;
    m_pastBaseline = false;
    m_startedAt = m_wizard->now().toUTC().toString(Qt::ISODate);
    m_drill->start(0.0);
    m_tick.start();
    refresh();
    Q_EMIT completeChanged();
}

void DrillPage::abort()
{
    if (!isRunning())
        return;
    m_drill->feed({DrillEvidence::Kind::Abort, m_feed->secondsAt(nowUs()), {}, false, false, {}});
    refresh();
}

void DrillPage::done()
{
    if (!isRunning())
        return;
    m_drill->feed({DrillEvidence::Kind::Done, m_feed->secondsAt(nowUs()), {}, false, false, {}});
    refresh();
}

void DrillPage::noteInverter(const QString &what)
{
    if (!isRunning())
        return;
    m_drill->feed({DrillEvidence::Kind::Saw, m_feed->secondsAt(nowUs()), {}, false, false, what});
    refresh();
}

void DrillPage::tick()
{
    if (!isRunning())
        return;
    m_drill->feed({DrillEvidence::Kind::Tick, m_feed->secondsAt(nowUs()), {}, false, false, {}});
    refresh();
}

void DrillPage::refresh()
{
    if (!m_drill || m_drill->revision() == m_revision)
        return;
    m_revision = m_drill->revision();
    if (m_drill->phase() != FailoverDrill::Phase::Baseline)
        m_pastBaseline = true;
    const QList<DrillEvent> &timeline = m_drill->timeline();
    for (; m_shownEvents < timeline.size(); ++m_shownEvents) {
        const DrillEvent &e = timeline[m_shownEvents];
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(mmss(e.atS), FailoverDrill::eventText(e)), m_timeline);
        item->setData(Qt::UserRole, e.event);
    }
    m_timeline->scrollToBottom();
    const DrillInstruction &in = m_drill->instruction();
    m_instruction->setText(FailoverDrill::text(in));
    if (in.step) {
        QString step = in.code == QLatin1String("restore-step") ? tr("Restore step %1 of %2.").arg(in.index).arg(in.count)
                                                                 : tr("Step %1 of %2.").arg(in.index).arg(in.count);
        if (const QString detail = FailoverDrill::stepDetail(m_wizard->plan(), *in.step); !detail.isEmpty())
            step += QLatin1Char(' ') + detail + QLatin1Char('.');
        if (in.step->basis == StepBasis::Unverified)
            step += QLatin1Char(' ') + tr("Not yet verified on this site: this drill tests it.");
        step += QLatin1Char(' ') + tr("Press Done when it is done.");
        m_step->setText(step);
    } else {
        m_step->setText(in.needsDone ? tr("Press Done when it is done.") : QString());
    }
    updateButtons();
    if (m_drill->finished())
        finishDrill();
}

void DrillPage::finishDrill()
{
    m_tick.stop();
    const DrillRecord record = m_drill->record(m_startedAt);
    if (m_pastBaseline) {
        // Into the plan: the report and the card read it from there.
        CommissioningPlan &plan = m_wizard->editPlan();
        plan = FailoverDrill::withRecord(plan, record);
        m_wizard->applyPlan();
        m_result->setText(record.result == QLatin1String("passed")
                              ? tr("Recorded in the plan: passed. The steps it proved now print as instructions on the failover card.")
                              : tr("Recorded in the plan: %1. It proves nothing; the card keeps “ask your installer” where it did.")
                                    .arg(record.result));
    } else {
        m_result->setText(tr("The drill did not start; the plan is unchanged."));
    }
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT drillFinished(record.result);
}
