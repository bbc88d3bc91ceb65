#include "findingsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    const bool sameShape = findings.size() == m_findings.size()
        && std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(),
                      [](const Finding &a, const Finding &b) { return a.code == b.code && a.subject == b.subject; });
    if (sameShape) {
        const bool sameText = std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(),
                                         [](const Finding &a, const Finding &b) {
                                             return a.severity == b.severity && a.text == b.text && a.nextStep == b.nextStep;
                                         });
        m_findings = findings;
        // Unchanged text: nothing to repaint (and no rows to re-measure, they wrap).
        if (!sameText && !m_findings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return SeverityNames::label(f.severity);
        case SubjectColumn:
            return f.subject;
        case TextColumn:
            return f.text;
        case NextStepColumn:
            return f.nextStep;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == NextStepColumn ? f.nextStep : f.text;
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (f.severity) {
        case Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case SeverityRole:
        return static_cast<int>(f.severity);
    case CodeRole:
        return f.code;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SubjectColumn:
        return tr("Subject");
    case TextColumn:
        return tr("Finding");
    case NextStepColumn:
        return tr("Next step");
    default:
        return {};
    }
}
