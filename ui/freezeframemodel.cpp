#include "freezeframemodel.h"

#include "appearance.h"

#include <QApplication>
#include <QBrush>
#include <QFont>

namespace {

int decimalsForUnit(const QString &unit)
{
    if (unit == QLatin1String("mV"))
        return 0;
    if (unit == QLatin1String("V"))
        return 2;
    return 1;
}

} // namespace

FreezeFrameModel::FreezeFrameModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FreezeFrameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FreezeFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FreezeFrameModel::setFrame(const FreezeFrame *frame)
{
    beginResetModel();
    m_hasFrame = frame != nullptr;
    m_rows = frame ? EventCsv::rows(*frame, false) : QList<FreezeRow>{};
    m_beforeMs = frame && frame->before ? std::optional<qint64>(frame->before->atMs) : std::nullopt;
    m_atMs = frame ? frame->at.atMs : 0;
    endResetModel();
}

QString FreezeFrameModel::format(const FreezeRow &row, const QVariant &value) const
{
    if (!value.isValid())
        return QStringLiteral("\u2014");
    if (value.typeId() == QMetaType::Double)
        return Appearance::number(value.toDouble(), decimalsForUnit(row.unit), row.unit);
    const QString text = value.toString();
    return text.isEmpty() ? tr("none") : text;
}

QVariant FreezeFrameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FreezeRow &r = m_rows.at(index.row());
    const int column = index.column();
    // Changed as a person reads it: at the resolution shown (29.83 -> 29.81 % is not a change).
    const bool changed = format(r, r.before) != format(r, r.at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case SubjectColumn:
            return r.subject;
        case QuantityColumn:
            return r.label;
        case BeforeColumn:
            return format(r, r.before);
        case AtColumn:
            return format(r, r.at);
        case ChangeColumn:
            if (!changed)
                return QString();
            if (r.before.typeId() == QMetaType::Double && r.at.typeId() == QMetaType::Double)
                return Appearance::signedNumber(r.at.toDouble() - r.before.toDouble(), decimalsForUnit(r.unit), r.unit);
            return tr("changed");
        default:
            return {};
        }
    case RawValueRole:
        return column == BeforeColumn ? r.before : column == AtColumn ? r.at : QVariant();
    case ChangedRole:
        return changed;
    case QuantityKeyRole:
        return r.quantity;
    case Qt::TextAlignmentRole:
        if (column == BeforeColumn || column == AtColumn || column == ChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (changed && column != SubjectColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QString t = r.unit.isEmpty() ? r.label : tr("%1 (unit: %2)").arg(r.label, r.unit);
        if (!r.source.isEmpty())
            t += QLatin1Char('\n') + tr("Source: %1").arg(r.source);
        return t;
    }
    default:
        return {};
    }
}

QVariant FreezeFrameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Pack / view");
    case QuantityColumn:
        return tr("Quantity");
    case BeforeColumn:
        return m_beforeMs ? tr("Before (%1)").arg(Appearance::clockTimeMs(*m_beforeMs)) : tr("Before");
    case AtColumn:
        return m_hasFrame ? tr("At (%1)").arg(Appearance::clockTimeMs(m_atMs)) : tr("At");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
