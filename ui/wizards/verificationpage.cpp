#include "verificationpage.h"

#include "appearance.h"
#include "checkfindingsmodel.h"
#include "commissioningwizard.h"
#include "manualcheckdialog.h"
#include "verificationsource.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

VerificationPage::VerificationPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_source(new QLabel(this))
    , m_seconds(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run the checks"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_model(new CheckFindingsModel(this))
    , m_view(new QTableView(this))
    , m_byHand(new QPushButton(tr("Record &by hand\u2026"), this))
    , m_takeSerials(new QPushButton(tr("Take serial &numbers from the scan"), this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::VerificationId, tr("Live verification")));
    setSubTitle(tr("BankScope listens to the bank and checks what it hears against the plan. What it cannot measure, you check by hand."));

    m_source->setObjectName(QStringLiteral("source"));
    m_source->setWordWrap(true);
    m_seconds->setObjectName(QStringLiteral("listenSeconds"));
    m_seconds->setRange(int(CommissioningChecks::kMinListenS), 600);
    m_seconds->setValue(30);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("How long to listen: the inverter acceptance check needs at least %1 s, and three cycles of every frame.")
                              .arg(CommissioningChecks::kMinListenS));
    m_run->setObjectName(QStringLiteral("runChecks"));
    m_run->setDefault(false);
    m_stop->setObjectName(QStringLiteral("stopChecks"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p %"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_byHand->setObjectName(QStringLiteral("recordByHand"));
    m_byHand->setToolTip(tr("Record a check you did on the unit for the selected row: a note and a photo reference"));
    m_takeSerials->setObjectName(QStringLiteral("takeSerials"));
    m_takeSerials->setToolTip(tr("Copy the serial numbers read at each address into the plan's units that have none; check them against the labels"));

    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(CheckFindingsModel::FindingColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Findings of the verification"));
    m_view->setTabKeyNavigation(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VerificationPage::updateButtons);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_byHand->isEnabled())
            recordSelectedByHand();
    });

    connect(m_run, &QPushButton::clicked, this, &VerificationPage::run);
    connect(m_stop, &QPushButton::clicked, this, &VerificationPage::stop);
    connect(m_byHand, &QPushButton::clicked, this, &VerificationPage::recordSelectedByHand);
    connect(m_takeSerials, &QPushButton::clicked, this, [this] {
        const int n = takeSerialsFromScan();
        m_status->setText(tr("%n serial number(s) taken from the scan into the plan: check them against the labels, then run the checks again.", nullptr, n));
    });
    if (VerificationSource *source = wizard->source()) {
        connect(source, &VerificationSource::progress, this, &VerificationPage::onProgress);
        connect(source, &VerificationSource::finished, this, &VerificationPage::onFinished);
        connect(source, &VerificationSource::failed, this, &VerificationPage::onFailed);
    }
    connect(wizard, &CommissioningWizard::planChanged, this, &VerificationPage::refreshManualNotes);

    auto *runLine = new QHBoxLayout;
    auto *secondsLabel = new QLabel(tr("&Listen for:"), this);
    secondsLabel->setBuddy(m_seconds);
    runLine->addWidget(secondsLabel);
    runLine->addWidget(m_seconds);
    runLine->addWidget(m_run);
    runLine->addWidget(m_stop);
    runLine->addWidget(m_progress, 1);
    auto *after = new QHBoxLayout;
    after->addWidget(m_byHand);
    after->addWidget(m_takeSerials);
    after->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(runLine);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addLayout(after);
    updateButtons();
}

void VerificationPage::initializePage()
{
    VerificationSource *source = m_wizard->source();
    QString why;
    if (!source) {
        m_source->setText(tr("No live bank in reach: verification needs the window connected to the bank. The report will say the bank was not verified."));
    } else if (!source->isAvailable(&why)) {
        m_source->setText(why);
    } else {
        m_source->setText(tr("Evidence from: %1").arg(source->description()));
    }
    if (!m_haveEvidence) {
        // Results recorded earlier (a reopened plan) until the checks run again.
        QList<CheckFinding> recorded;
        for (const PlanCheck &c : m_wizard->plan().checks) {
            CheckFinding f;
            f.check = c.check;
            f.code = c.code;
            f.status = c.status;
            f.severity = c.severity;
            f.confidence = c.confidence;
            f.subject = c.subject;
            f.args = c.args;
            f.sources = c.sources;
            recorded.append(f);
        }
        m_findings = recorded;
        m_model->setFindings(recorded);
        if (!recorded.isEmpty())
            m_status->setText(tr("Results recorded in the plan on %1; run the checks again to renew them.").arg(m_wizard->plan().checks.first().at));
    }
    m_counts->setText(m_findings.isEmpty() ? QString() : CheckFindingsModel::counts(m_findings));
    refreshManualNotes();
    updateButtons();
}

bool VerificationPage::isRunning() const
{
    return m_wizard->source() && m_wizard->source()->isRunning();
}

void VerificationPage::setListenSeconds(int seconds)
{
    m_seconds->setValue(seconds);
}

int VerificationPage::listenSeconds() const
{
    return m_seconds->value();
}

void VerificationPage::run()
{
    VerificationSource *source = m_wizard->source();
    QString why;
    if (!source || !source->isAvailable(&why)) {
        onFailed(source ? why : tr("No live bank in reach."));
        return;
    }
    m_status->setText(tr("Listening for %n s\u2026", nullptr, m_seconds->value()));
    m_progress->setValue(0);
    source->start(m_wizard->plan(), m_seconds->value());
    updateButtons();
    Q_EMIT completeChanged();
}

void VerificationPage::stop()
{
    if (VerificationSource *source = m_wizard->source())
        source->cancel();
    m_status->setText(tr("Stopped: nothing recorded."));
    m_progress->setValue(0);
    updateButtons();
    Q_EMIT completeChanged();
}

void VerificationPage::onProgress(double elapsed, double total)
{
    m_progress->setValue(total > 0 ? int(1000.0 * elapsed / total) : 1000);
    m_status->setText(tr("Listening: %1 of %2 s\u2026").arg(int(elapsed)).arg(int(total)));
}

void VerificationPage::onFailed(const QString &message)
{
    m_status->setText(tr("Verification could not run: %1").arg(message));
    updateButtons();
    Q_EMIT completeChanged();
}

void VerificationPage::onFinished(const VerificationEvidence &evidence)
{
    m_evidence = evidence;
    m_haveEvidence = true;
    CommissioningPlan &plan = m_wizard->editPlan();
    m_findings = CommissioningChecks::run(plan, m_wizard->catalogue(), evidence);
    const QString at = m_wizard->now().toUTC().toString(Qt::ISODate);
    CommissioningChecks::record(plan, m_findings, at);
    const Handover handover = CommissioningChecks::handover(plan, evidence, at, QStringLiteral("verify"));
    if (!handover.packs.isEmpty())
        plan.handover = handover;
    // Alarms the packs reported, once each.
    QSet<QString> seen;
    for (const AlarmSeen &a : plan.alarms)
        seen.insert(a.pack + QLatin1Char('/') + a.code);
    for (const PackEvidence &e : evidence.packs) {
        const Faults faults = e.reading.faults.value_or(Faults());
        QString packId;
        for (const PlanPack &p : plan.packs)
            if ((!p.serial.isEmpty() && p.serial == e.serial) || (p.address && e.address == p.address && (p.serial.isEmpty() || e.serial.isEmpty())))
                packId = p.id;
        if (packId.isEmpty())
            continue;
        for (Fault f : FaultNames::all()) {
            if (!faults.testFlag(f) || seen.contains(packId + QLatin1Char('/') + FaultNames::name(f)))
                continue;
            seen.insert(packId + QLatin1Char('/') + FaultNames::name(f));
            plan.alarms.append({QDateTime::fromMSecsSinceEpoch(e.reading.faults.atMs, Qt::UTC).toString(Qt::ISODate), packId, FaultNames::name(f)});
        }
    }
    QString error;
    m_wizard->applyPlan(&error); // keeps the checks; tells the wizard the plan changed
    m_model->setFindings(m_findings);
    m_view->resizeColumnToContents(CheckFindingsModel::ResultColumn);
    m_view->resizeColumnToContents(CheckFindingsModel::CheckColumn);
    m_view->resizeColumnToContents(CheckFindingsModel::SubjectColumn);
    // Sized to their contents, but the finding keeps its room: a longer name (a translation's)
    // wraps instead of squeezing the finding to a sliver.
    for (int c : {int(CheckFindingsModel::CheckColumn), int(CheckFindingsModel::SubjectColumn)})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), fontMetrics().height() * 11));
    m_view->setColumnWidth(CheckFindingsModel::NextStepColumn, fontMetrics().height() * 18);
    m_view->resizeRowsToContents();
    m_progress->setValue(1000);
    m_counts->setText(CheckFindingsModel::counts(m_findings));
    m_status->setText(CommissioningChecks::anyFailed(m_findings)
                          ? tr("\u2718 Checks failed: see the next step of each, put it right and run the checks again.")
                          : tr("\u2714 No check failed. Results recorded in the plan."));
    refreshManualNotes();
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT verified();
}

void VerificationPage::refreshManualNotes()
{
    QHash<QString, QString> notes;
    for (const ManualCheck &m : m_wizard->plan().manualChecks)
        notes.insert(m.check, m.photo.isEmpty() ? m.note : tr("%1 (photo %2)").arg(m.note, m.photo));
    m_model->setManualNotes(notes);
}

bool VerificationPage::recordByHand(int row, CheckStatus status, const QString &note, const QString &photo)
{
    const CheckFinding *f = m_model->finding(row);
    if (!f || note.trimmed().isEmpty())
        return false;
    m_wizard->recordManualCheck(CheckFindingsModel::manualKey(*f), status, note.trimmed(), photo.trimmed());
    refreshManualNotes();
    return true;
}

void VerificationPage::recordSelectedByHand()
{
    const int row = m_view->currentIndex().row();
    const CheckFinding *f = m_model->finding(row);
    if (!f)
        return;
    ManualCheckDialog dialog(CommissioningChecks::checkLabel(f->check), CommissioningChecks::text(*f), CommissioningChecks::nextStep(*f), this);
    if (const ManualCheck *existing = m_wizard->manualCheck(CheckFindingsModel::manualKey(*f))) {
        dialog.setStatus(existing->status);
        dialog.setNote(existing->note);
        dialog.setPhoto(existing->photo);
    }
    if (dialog.exec() == QDialog::Accepted)
        recordByHand(row, dialog.status(), dialog.note(), dialog.photo());
}

int VerificationPage::serialsToTake() const
{
    int n = 0;
    for (const PlanPack &p : m_wizard->plan().packs) {
        if (!p.serial.isEmpty() || !p.address)
            continue;
        for (const PackEvidence &e : m_evidence.packs)
            if (e.address == p.address && !e.serial.isEmpty())
                ++n;
    }
    return n;
}

int VerificationPage::takeSerialsFromScan()
{
    int n = 0;
    for (PlanPack &p : m_wizard->editPlan().packs) {
        if (!p.serial.isEmpty() || !p.address)
            continue;
        for (const PackEvidence &e : std::as_const(m_evidence.packs)) {
            if (e.address == p.address && !e.serial.isEmpty()) {
                p.serial = e.serial;
                ++n;
                break;
            }
        }
    }
    QString error;
    m_wizard->applyPlan(&error);
    updateButtons();
    return n;
}

void VerificationPage::updateButtons()
{
    const bool running = isRunning();
    const bool available = m_wizard->source() && m_wizard->source()->isAvailable();
    m_run->setEnabled(!running && available);
    m_stop->setEnabled(running);
    m_seconds->setEnabled(!running);
    const CheckFinding *f = m_model->finding(m_view->currentIndex().row());
    m_byHand->setEnabled(!running && f && f->status != CheckStatus::Pass);
    m_takeSerials->setVisible(m_haveEvidence && serialsToTake() > 0);
}

bool VerificationPage::isComplete() const
{
    return !isRunning();
}

bool VerificationPage::validatePage()
{
    return !isRunning();
}
