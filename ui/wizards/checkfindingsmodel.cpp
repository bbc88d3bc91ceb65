#include "checkfindingsmodel.h"

#include "appearance.h"
#include "factlabel.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace {

int rank(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Fail:
        return 0;
    case CheckStatus::Warning:
        return 1;
    case CheckStatus::NotMeasured:
        return 2;
    case CheckStatus::Pending:
        return 3;
    case CheckStatus::Info:
        return 4;
    case CheckStatus::RecordedByHand:
        return 5;
    case CheckStatus::Pass:
        return 6;
    }
    return 7;
}

Appearance::Tone toneOf(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Fail:
        return Appearance::Tone::Error;
    case CheckStatus::Warning:
        return Appearance::Tone::Warning;
    case CheckStatus::NotMeasured:
        return Appearance::Tone::Muted;
    case CheckStatus::Info:
    case CheckStatus::Pending:
        return Appearance::Tone::Notice;
    case CheckStatus::Pass:
    case CheckStatus::RecordedByHand:
        return Appearance::Tone::Good;
    }
    return Appearance::Tone::Neutral;
}

} // namespace

CheckFindingsModel::CheckFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CheckFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int CheckFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckFindingsModel::manualKey(const CheckFinding &f)
{
    return QStringLiteral("%1: %2").arg(f.check, f.subject);
}

QString CheckFindingsModel::counts(const QList<CheckFinding> &findings)
{
    int pass = 0, fail = 0, warn = 0, notMeasured = 0, info = 0;
    for (const CheckFinding &f : findings) {
        pass += f.status == CheckStatus::Pass;
        fail += f.status == CheckStatus::Fail;
        warn += f.status == CheckStatus::Warning;
        notMeasured += f.status == CheckStatus::NotMeasured;
        info += f.status == CheckStatus::Info;
    }
    return tr("%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure")
        .arg(pass)
        .arg(fail)
        .arg(warn)
        .arg(notMeasured)
        .arg(info);
}

const CheckFinding *CheckFindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

void CheckFindingsModel::setFindings(const QList<CheckFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const CheckFinding &a, const CheckFinding &b) { return rank(a.status) < rank(b.status); });
    endResetModel();
}

void CheckFindingsModel::setManualNotes(const QHash<QString, QString> &notes)
{
    m_manual = notes;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant CheckFindingsModel::data(const QModelIndex &index, int role) const
{
    const CheckFinding *f = finding(index.row());
    if (!f || !index.isValid())
        return {};
    const QString manual = m_manual.value(manualKey(*f));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResultColumn:
            return manual.isEmpty() ? PlanNames::statusLabel(f->status)
                                    : tr("%1, checked by hand").arg(PlanNames::statusLabel(f->status));
        case CheckColumn:
            return CommissioningChecks::checkLabel(f->check);
        case SubjectColumn:
            // "bank" is the checks' code for the whole bank (kept as is in the plan and JSON).
            return f->subject == QLatin1String("bank") ? tr("bank") : f->subject;
        case FindingColumn:
            return manual.isEmpty() ? CommissioningChecks::text(*f) : tr("%1 By hand: %2").arg(CommissioningChecks::text(*f), manual);
        case NextStepColumn:
            return CommissioningChecks::nextStep(*f);
        case ConfidenceColumn:
            return ConfidenceNames::label(f->confidence);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return Appearance::icon(toneOf(manual.isEmpty() ? f->status : CheckStatus::RecordedByHand));
        break;
    case Qt::BackgroundRole:
        if (index.column() == ResultColumn) {
            const QColor c = Appearance::background(toneOf(f->status), QApplication::palette());
            if (c.isValid())
                return c;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && f->status == CheckStatus::NotMeasured)
            return Appearance::foreground(Appearance::Tone::Neutral, QApplication::palette());
        break;
    case Qt::ToolTipRole: {
        QString tip = CommissioningChecks::text(*f) + QStringLiteral("\n") + tr("Next step: %1").arg(CommissioningChecks::nextStep(*f));
        tip += QStringLiteral("\n") + tr("Confidence: %1").arg(ConfidenceNames::label(f->confidence));
        if (f->measured)
            tip += QStringLiteral("\n") + tr("Measured: %1 %2").arg(QString::number(*f->measured, 'g', 4), f->unit);
        if (f->limit)
            tip += QStringLiteral("\n") + tr("Limit: %1 %2").arg(QString::number(*f->limit, 'g', 4), f->unit);
        if (!f->sources.isEmpty())
            tip += QStringLiteral("\n") + tr("Sources:") + QStringLiteral("\n") + FactLabel::sourcesText(f->sources);
        if (!manual.isEmpty())
            tip += QStringLiteral("\n") + tr("Checked by hand: %1").arg(manual);
        return tip;
    }
    case StatusRole:
        return int(f->status);
    case CheckRole:
        return f->check;
    case CodeRole:
        return f->code;
    case ManualKeyRole:
        return manualKey(*f);
    default:
        break;
    }
    return {};
}

QVariant CheckFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case CheckColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("About");
    case FindingColumn:
        return tr("Finding");
    case NextStepColumn:
        return tr("Next step");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}
