#include "diagnosisdialog.h"

#include "diagnosiscollector.h"
#include "logreader.h"
#include "protocoltable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    m_evidence.manual.append(ManualFinding{check, outcome, note});
    QString line = tr("%1 \u2192 %2").arg(DiagnosisChecks::question(check), DiagnosisChecks::outcomeLabel(check, outcome));
    if (!note.isEmpty())
        line += tr(" (%1)").arg(note);
    m_found->addItem(line);
    m_note->clear();
    rediagnose();
}

void DiagnosisDialog::rediagnose()
{
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
        m_question->setText(m_evidence.links.isEmpty() ? tr("The checks by hand follow once the wire has been read.")
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
    QJsonArray found;
    for (const ManualFinding &f : m_evidence.manual)
        found.append(QJsonObject{{QStringLiteral("check"), f.check},
                                 {QStringLiteral("question"), DiagnosisChecks::question(f.check)},
                                 {QStringLiteral("outcome"), f.outcome},
                                 {QStringLiteral("note"), f.note}});
    j.insert(QStringLiteral("found_by_hand"), found);
    if (!m_path.isEmpty())
        j.insert(QStringLiteral("recording"), m_path);
    return j;
}
