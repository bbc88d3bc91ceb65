#include "overviewpage.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "findingsmodel.h"
#include "packtablemodel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QGroupBox *wrap(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

OverviewPage::OverviewPage(const BankMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_packs(new PackTableModel(monitor, this))
    , m_findings(new FindingsModel(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_packs);
    proxy->setSortRole(PackTableModel::RawValueRole);
    m_packView = makeTable(proxy, this);
    m_packView->setObjectName(QStringLiteral("packTable"));
    m_packView->setAccessibleName(tr("Packs of the bank"));
    Appearance::compactRows(m_packView);
    m_packView->setSortingEnabled(true);
    m_packView->sortByColumn(-1, Qt::AscendingOrder); // bank order until a header is clicked
    // No indicator: it would widen every column by its arrow; a click on a header still sorts.
    m_packView->horizontalHeader()->setSortIndicatorShown(false);
    m_packView->horizontalHeader()->setToolTip(tr("Click a column's header to sort by it."));
    Appearance::fitColumns(m_packView, PackTableModel::AlarmsColumn);
    connect(m_packView, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT packActivated(i.data(PackTableModel::PackIdRole).toString()); });

    QTableView *findings = makeTable(m_findings, this);
    findings->setObjectName(QStringLiteral("findingsTable"));
    findings->setAccessibleName(tr("Findings"));
    findings->setWordWrap(true);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::SubjectColumn, QHeaderView::ResizeToContents);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::TextColumn, QHeaderView::Stretch);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::NextStepColumn, QHeaderView::Stretch);
    findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(wrap(tr("Packs (double-click or Enter for cells and trends)"), m_packView));
    split->addWidget(wrap(tr("Findings"), findings));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void OverviewPage::refresh()
{
    m_packs->refresh();
    m_findings->setFindings(m_monitor.result().findings);
}
