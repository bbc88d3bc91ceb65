#include "diagnosisdialog.h"

#include "catalogue.h"
#include "diagnosiscollector.h"
#include "diagnosisinverter.h"
#include "logreader.h"
#include "protocoltable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString confidenceLabel(DiagnosisConfidence c)
{
    switch (c) {
    case DiagnosisConfidence::High:
        return DiagnosisDialog::tr("high");
    case DiagnosisConfidence::Medium:
        return DiagnosisDialog::tr("medium");
    case DiagnosisConfidence::Low:
        break;
    }
    return DiagnosisDialog::tr("low");
}

} // namespace

DiagnosisDialog::DiagnosisDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Diagnose a communication fault"));
    setObjectName(QStringLiteral("diagnosisDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *sourceRow = new QHBoxLayout;
    m_source = new QLabel(tr("No recording read yet."), this);
    m_source->setObjectName(QStringLiteral("diagnosisSource"));
    m_source->setWordWrap(true);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(new QLabel(tr("RS485 protocol:"), this));
    m_protocolBox = new QComboBox(this);
    for (ProtocolId p : ProtocolTable::onMedium(Medium::Serial))
        m_protocolBox->addItem(ProtocolNames::label(p), int(p));
    m_protocolBox->setToolTip(tr("What the RS485 traffic is decoded as; CAN is always read as Pylon CAN"));
    sourceRow->addWidget(m_protocolBox);
    auto *open = new QPushButton(tr("Open recording\u2026"), this);
    open->setObjectName(QStringLiteral("diagnosisOpen"));
    sourceRow->addWidget(open);
    layout->addLayout(sourceRow);

    auto *planRow = new QHBoxLayout;
    m_planLabel = new QLabel(tr("No plan open: what is found by hand is kept in this window only."), this);
    m_planLabel->setObjectName(QStringLiteral("diagnosisPlan"));
    m_planLabel->setWordWrap(true);
    planRow->addWidget(m_planLabel, 1);
    auto *planButton = new QPushButton(tr("Plan…"), this);
    planButton->setObjectName(QStringLiteral("diagnosisOpenPlan"));
    planButton->setToolTip(tr("Open the site's commissioning plan: the checks it holds are used, and each new one is saved into it"));
    planRow->addWidget(planButton);
    layout->addLayout(planRow);
    connect(planButton, &QPushButton::clicked, this, &DiagnosisDialog::choosePlan);
    connect(open, &QPushButton::clicked, this, &DiagnosisDialog::openRecording);
    connect(m_protocolBox, &QComboBox::activated, this, [this] {
        m_protocol = ProtocolId(m_protocolBox->currentData().toInt());
        if (!m_path.isEmpty())
            loadRecording(m_path);
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosisSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_causes = new QTreeWidget(split);
    m_causes->setObjectName(QStringLiteral("diagnosisCauses"));
    m_causes->setColumnCount(2);
    m_causes->setHeaderLabels({tr("Likely cause, with the evidence"), tr("Confidence")});
    m_causes->setWordWrap(true);
    m_causes->header()->setStretchLastSection(false);
    m_causes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_causes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *checkBox = new QGroupBox(tr("Check by hand"), split);
    auto *checkLayout = new QVBoxLayout(checkBox);
    m_question = new QLabel(checkBox);
    m_question->setObjectName(QStringLiteral("diagnosisQuestion"));
    m_question->setWordWrap(true);
    checkLayout->addWidget(m_question);
    m_answers = new QWidget(checkBox);
    m_answerRow = new QHBoxLayout(m_answers);
    m_answerRow->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_answers);
    m_note = new QLineEdit(checkBox);
    m_note->setPlaceholderText(tr("Note (optional): what you saw, where"));
    checkLayout->addWidget(m_note);
    checkLayout->addWidget(new QLabel(tr("What was found:"), checkBox));
    m_found = new QListWidget(checkBox);
    m_found->setObjectName(QStringLiteral("diagnosisFound"));
    m_found->setMaximumHeight(fontMetrics().height() * 6);
    m_found->setWordWrap(true);
    checkLayout->addWidget(m_found);
    split->addWidget(m_causes);
    split->addWidget(checkBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy as JSON"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("The causes, their evidence and what was found by hand, for a service desk"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(980, 700);
    rediagnose();
}

void DiagnosisDialog::setSerialProtocol(ProtocolId protocol)
{
    m_protocol = protocol;
    const int i = m_protocolBox->findData(int(protocol));
    if (i >= 0)
        m_protocolBox->setCurrentIndex(i);
}

bool DiagnosisDialog::loadRecording(const QString &path)
{
    m_path = path;
    m_error.clear();
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        m_error = tr("Cannot read %1: %2").arg(name, f.errorString());
    DiagnosisCollector collector(m_protocol);
    if (m_error.isEmpty()) {
        LogReader reader(&f);
        if (!reader.detect()) {
            m_error = tr("%1 is not a recording (a BankScope recording, candump log, Vector ASC \u2026).").arg(name);
        } else {
            SessionFormat::Event e;
            for (;;) {
                const LogReader::Status s = reader.next(e);
                if (s == LogReader::Status::End)
                    break;
                if (s == LogReader::Status::Event) {
                    collector.feed(e);
                    continue;
                }
                m_error = s == LogReader::Status::BadLine ? tr("%1, line %2: %3").arg(name).arg(reader.lineNumber()).arg(reader.lineError())
                                                          : tr("Cannot read %1: %2").arg(name, reader.errorString());
                break;
            }
        }
    }
    if (!m_error.isEmpty()) {
        m_source->setText(m_error);
        m_source->setStyleSheet(QStringLiteral("color: palette(highlight)"));
        return false;
    }
    m_source->setStyleSheet({});
    m_source->setText(tr("Evidence from %1 (%n event(s) on the wire)", nullptr, int(collector.events())).arg(name));
    m_source->setToolTip(QDir::toNativeSeparators(path));
    const QList<ManualFinding> kept = m_evidence.manual;
    m_evidence = collector.finish();
    m_evidence.manual = kept;
    rediagnose();
    return true;
}

void DiagnosisDialog::setEvidence(const DiagnosisEvidence &evidence)
{
    const QList<ManualFinding> kept = m_evidence.manual;
    m_evidence = evidence;
    if (m_evidence.manual.isEmpty())
        m_evidence.manual = kept;
    rediagnose();
}

void DiagnosisDialog::recordFinding(const QString &check, const QString &outcome, const QString &note)
{
    ManualFinding f;
    f.check = check;
    f.outcome = outcome;
    f.done = !outcome.isEmpty();
    f.note = note;
    f.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_evidence.manual.append(f);
    m_note->clear();
    if (m_plan)
        savePlan();
    showFound();
    rediagnose();
}

void DiagnosisDialog::showFound()
{
    m_found->clear();
    for (const ManualFinding &f : std::as_const(m_evidence.manual)) {
        const QDateTime at = QDateTime::fromString(f.at, Qt::ISODate);
        QString line = tr("%1 \u2192 %2").arg(DiagnosisChecks::question(f.check),
                                               f.done ? DiagnosisChecks::outcomeLabel(f.check, f.outcome) : tr("could not check"));
        if (!f.note.isEmpty())
            line += tr(" (%1)").arg(f.note);
        if (at.isValid())
            line = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) + QStringLiteral("  ") + line;
        m_found->addItem(line);
    }
    m_found->scrollToBottom();
}

bool DiagnosisDialog::openPlan(const QString &path)
{
    m_error.clear();
    const QString name = QFileInfo(path).fileName();
    if (!m_catalogue) {
        m_error = tr("Cannot read %1: the catalogue is not loaded.").arg(name);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read %1: %2").arg(name, f.errorString());
        } else {
            const auto plan = PlanJson::parse(f.read(4 * 1024 * 1024), *m_catalogue);
            if (!plan) {
                m_error = tr("%1 is not a plan BankScope can use: %2").arg(name, plan.error().toString());
            } else {
                m_plan = *plan;
                m_planPath = path;
            }
        }
    }
    if (!m_error.isEmpty()) {
        m_planLabel->setText(m_error);
        m_planLabel->setStyleSheet(QStringLiteral("color: palette(highlight)"));
        return false;
    }
    m_planLabel->setStyleSheet({});
    // The plan's checks first, then any made here before it was opened (saved into it now).
    const QList<ManualFinding> here = m_evidence.manual;
    m_evidence.manual = m_plan->diagnosisChecks;
    for (const ManualFinding &f : here)
        if (!m_evidence.manual.contains(f))
            m_evidence.manual.append(f);
    m_evidence.planInverter = m_plan->inverter.model.name;
    const PlanFact &setting = m_plan->inverter.setting;
    m_evidence.planBatteryType = setting.mark.isEmpty() ? setting.text : QStringLiteral("%1 [%2]").arg(setting.text, setting.mark);
    if (m_evidence.manual.size() != m_plan->diagnosisChecks.size())
        savePlan();
    else
        m_planLabel->setText(tr("Plan of %1: %n check(s) by hand recorded in it; each new answer is saved into it.", nullptr,
                                int(m_plan->diagnosisChecks.size()))
                                 .arg(m_plan->site.isEmpty() ? name : m_plan->site));
    m_planLabel->setToolTip(QDir::toNativeSeparators(path));
    showFound();
    rediagnose();
    return true;
}

bool DiagnosisDialog::savePlan()
{
    m_plan->diagnosisChecks = m_evidence.manual;
    QSaveFile out(m_planPath);
    const QByteArray bytes = PlanJson::write(*m_plan);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_planLabel->setText(tr("Could not save the checks into %1: %2. They are kept in this window; copy them as JSON.")
                                 .arg(QFileInfo(m_planPath).fileName(), out.errorString()));
        m_planLabel->setStyleSheet(QStringLiteral("color: palette(highlight)"));
        return false;
    }
    m_planLabel->setStyleSheet({});
    m_planLabel->setText(tr("Plan of %1: %n check(s) by hand recorded in it; each new answer is saved into it.", nullptr,
                            int(m_plan->diagnosisChecks.size()))
                             .arg(m_plan->site.isEmpty() ? QFileInfo(m_planPath).fileName() : m_plan->site));
    return true;
}

void DiagnosisDialog::choosePlan()
{
    const QString path = m_choosePlan ? m_choosePlan()
                                      : QFileDialog::getOpenFileName(this, tr("Open the site's commissioning plan"), QFileInfo(m_planPath).absolutePath(),
                                                                     tr("Commissioning plans (*.json)"));
    if (!path.isEmpty())
        openPlan(path);
}

void DiagnosisDialog::rediagnose()
{
    // With the plan: what its inverter needs by its profile, on the links that only listened.
    if (m_plan && m_catalogue)
        DiagnosisInverterSide::add(m_evidence, *m_plan, *m_catalogue);
    m_result = Diagnosis::diagnose(m_evidence);
    showResult();
    showCheck();
}

void DiagnosisDialog::showResult()
{
    m_causes->clear();
    if (m_evidence.links.isEmpty()) {
        m_summary->setText(tr("Open a recording of the link (File \u203A Record\u2026 while the fault shows, or any log) to diagnose it."));
        return;
    }
    m_summary->setText(Diagnosis::summary(m_result));
    for (const DiagnosisCause &c : m_result.causes) {
        auto *item = new QTreeWidgetItem(m_causes, {Diagnosis::causeLabel(c.code), confidenceLabel(c.confidence)});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setData(0, Qt::UserRole, c.code);
        for (const DiagnosisItem &e : c.evidence)
            new QTreeWidgetItem(item, {Diagnosis::evidenceText(e)});
        item->setToolTip(0, Diagnosis::nextStep(c));
        if (!c.cannotTellFrom.isEmpty()) {
            QStringList others;
            for (const QString &o : c.cannotTellFrom)
                others.append(Diagnosis::causeLabel(o));
            new QTreeWidgetItem(item, {tr("The wire cannot tell it from: %1").arg(others.join(QStringLiteral("; ")))});
        }
        auto *next = new QTreeWidgetItem(item, {tr("Next step: %1").arg(Diagnosis::nextStep(c))});
        // Long lines are cut at the column's edge: every line carries its whole text as a tip.
        for (int k = 0; k < item->childCount(); ++k)
            item->child(k)->setToolTip(0, item->child(k)->text(0));
        QFont i = next->font(0);
        i.setItalic(true);
        next->setFont(0, i);
        item->setExpanded(m_causes->topLevelItemCount() <= 3);
    }
    if (m_result.inverterSideLeft) {
        const QJsonObject inv = m_result.toJson().value(QStringLiteral("if_inverter_still_faults")).toObject();
        new QTreeWidgetItem(m_causes, {inv.value(QStringLiteral("text")).toString()});
    }
}

void DiagnosisDialog::showCheck()
{
    while (QLayoutItem *old = m_answerRow->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_check = m_result.checks.value(0);
    const DiagnosisChecks::Check *check = DiagnosisChecks::find(m_check);
    if (!check) {
        bool undecided = false;
        for (const DiagnosisCause &c : m_result.causes)
            undecided |= !c.cannotTellFrom.isEmpty();
        m_question->setText(m_evidence.links.isEmpty() ? tr("The checks by hand follow once the wire has been read.")
                            : undecided ? tr("Every check by hand that would tell the causes above apart has been asked. What is still "
                                             "open needs the installer or the maker's service: copy the result as JSON for them.")
                                        : tr("No check by hand is needed to tell the causes above apart."));
        m_note->setEnabled(false);
        return;
    }
    m_note->setEnabled(true);
    m_question->setText(DiagnosisChecks::question(m_check));
    for (const DiagnosisChecks::Outcome &o : check->outcomes) {
        auto *b = new QPushButton(DiagnosisChecks::outcomeLabel(m_check, o.code), m_answers);
        b->setObjectName(QStringLiteral("answer-") + o.code);
        const QString code = m_check;
        const QString outcome = o.code;
        connect(b, &QPushButton::clicked, this, [this, code, outcome] { recordFinding(code, outcome, m_note->text().trimmed()); });
        m_answerRow->addWidget(b);
    }
    auto *skip = new QPushButton(tr("Could not check"), m_answers);
    skip->setObjectName(QStringLiteral("answer-not-done"));
    skip->setToolTip(tr("Recorded as not done (say why in the note); the next check is asked"));
    const QString code = m_check;
    connect(skip, &QPushButton::clicked, this, [this, code] { recordFinding(code, QString(), m_note->text().trimmed()); });
    m_answerRow->addSpacing(12);
    m_answerRow->addWidget(skip);
    m_answerRow->addStretch(1);
}

void DiagnosisDialog::openRecording()
{
    const QString path = m_choose ? m_choose()
                                  : QFileDialog::getOpenFileName(this, tr("Open a recording to diagnose"), QFileInfo(m_path).absolutePath(),
                                                                 tr("Recordings and CAN logs (*.log *.txt *.asc *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadRecording(path);
}

QJsonObject DiagnosisDialog::toJson() const
{
    QJsonObject j = m_result.toJson();
    j.insert(QStringLiteral("found_by_hand"), Diagnosis::findingsJson(m_evidence.manual));
    if (!m_path.isEmpty())
        j.insert(QStringLiteral("recording"), m_path);
    return j;
}
