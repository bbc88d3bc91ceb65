#include "eventspage.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "eventcsv.h"
#include "eventlogmodel.h"
#include "freezeframemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Freeze-frame rows that changed, when asked.
class ChangedOnlyProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyChanges(bool only)
    {
        m_only = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_only || sourceModel()->index(row, 0, parent).data(FreezeFrameModel::ChangedRole).toBool();
    }

private:
    bool m_only = false;
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

EventsPage::EventsPage(const BankMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new EventLogModel(monitor.events(), this))
    , m_proxy(new EventFilterProxy(this))
    , m_frameModel(new FreezeFrameModel(this))
    , m_frameProxy(new ChangedOnlyProxy(this))
    , m_pack(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_onlyChanges(new QCheckBox(tr("Only what &changed"), this))
    , m_counts(new QLabel(this))
    , m_frameTitle(new QLabel(this))
    , m_view(new QTableView(this))
    , m_frameView(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_frameProxy->setSourceModel(m_frameModel);

    m_pack->setObjectName(QStringLiteral("eventPackFilter"));
    m_severity->setObjectName(QStringLiteral("eventSeverityFilter"));
    m_severity->addItem(tr("All severities"), static_cast<int>(Severity::Info));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(Severity::Warning));
    m_severity->addItem(tr("Errors only"), static_cast<int>(Severity::Error));
    refreshPackFilter();

    auto *exportEventsButton = new QPushButton(tr("&Export events (CSV)\u2026"), this);
    exportEventsButton->setObjectName(QStringLiteral("exportEvents"));
    exportEventsButton->setToolTip(tr("The events shown (with the filters) as CSV: UTC times, durations, severities."));
    auto *exportFrameButton = new QPushButton(tr("Export &freeze-frame (CSV)\u2026"), this);
    exportFrameButton->setObjectName(QStringLiteral("exportFreezeFrame"));
    exportFrameButton->setToolTip(tr("The selected event's freeze-frame: every value of every pack and of the inverter "
                                     "view, before and at the moment (what a vendor's service desk asks for)."));

    auto *filters = new QHBoxLayout;
    auto *packLabel = new QLabel(tr("&Pack:"), this);
    packLabel->setBuddy(m_pack);
    auto *severityLabel = new QLabel(tr("&Severity:"), this);
    severityLabel->setBuddy(m_severity);
    filters->addWidget(packLabel);
    filters->addWidget(m_pack);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_counts, 1);
    filters->addWidget(exportEventsButton);

    m_counts->setObjectName(QStringLiteral("eventCounts"));
    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setAccessibleName(tr("Alarms and events"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    Appearance::compactRows(m_view);
    m_view->verticalHeader()->hide();
    Appearance::fitColumns(m_view, EventLogModel::DetailColumn);
    m_view->setWordWrap(false);

    m_frameTitle->setObjectName(QStringLiteral("freezeFrameTitle"));
    m_frameTitle->setWordWrap(true);
    m_frameView->setObjectName(QStringLiteral("freezeFrameTable"));
    m_frameView->setAccessibleName(tr("Freeze-frame of the selected event"));
    m_frameView->setModel(m_frameProxy);
    m_frameView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frameView->setAlternatingRowColors(true);
    Appearance::compactRows(m_frameView);
    m_frameView->verticalHeader()->hide();
    Appearance::fitColumns(m_frameView);

    auto *frameBar = new QHBoxLayout;
    frameBar->addWidget(m_frameTitle, 1);
    frameBar->addWidget(m_onlyChanges);
    frameBar->addWidget(exportFrameButton);
    auto *frameBox = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frameBox);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addLayout(frameBar);
    frameLayout->addWidget(m_frameView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(frameBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_pack, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    connect(m_onlyChanges, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<ChangedOnlyProxy *>(m_frameProxy)->setOnlyChanges(on); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showFrame(current.isValid() ? current.data(EventLogModel::EventIdRole).toULongLong() : 0);
    });
    connect(exportEventsButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(exportFrameButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    showFrame(0);
    refresh();
}

void EventsPage::refreshPackFilter()
{
    if (m_pack->count() > 0)
        return;
    m_pack->addItem(tr("All packs and the bank"));
    m_pack->addItem(tr("Bank-wide only"), QString());
    for (const PackConfig &p : m_monitor.config().packs)
        m_pack->addItem(p.id, p.id);
}

void EventsPage::applyFilter()
{
    const QVariant subject = m_pack->currentData();
    m_proxy->setSubject(subject.isValid() ? std::optional<QString>(subject.toString()) : std::nullopt);
    m_proxy->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
}

void EventsPage::refresh()
{
    m_model->refresh(m_monitor.nowMs());
    const EventLog &log = m_monitor.events();
    QString counts = tr("Events: %1 \u00B7 active: %2").arg(log.events().size()).arg(log.activeCount());
    if (log.droppedEvents() > 0)
        counts += QStringLiteral(" \u00B7 ") + tr("older events no longer kept: %1").arg(log.droppedEvents());
    m_counts->setText(counts);
    if (m_selected != 0 && !m_frameModel->hasFrame() && log.freezeFrame(log.event(m_selected) ? log.event(m_selected)->freezeFrameId : 0))
        showFrame(m_selected);
}

bool EventsPage::selectEvent(quint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(EventLogModel::EventIdRole).toULongLong() == id) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            showFrame(id);
            return true;
        }
    }
    return false;
}

void EventsPage::showFrame(quint64 id)
{
    m_selected = id;
    const EventLog &log = m_monitor.events();
    const BankEvent *e = id ? log.event(id) : nullptr;
    const FreezeFrame *f = e ? log.freezeFrame(e->freezeFrameId) : nullptr;
    m_frameModel->setFrame(f);
    if (!e) {
        m_frameTitle->setText(tr("Select an event to see its freeze-frame: every pack and the inverter view just before "
                                 "and at the moment it appeared."));
    } else if (!f) {
        m_frameTitle->setText(e->freezeFrameId == 0
                                  ? tr("%1 at %2: no freeze-frame (the same condition took one less than a minute before).")
                                        .arg(e->description(), Appearance::clockTime(e->raisedMs))
                                  : tr("%1 at %2: its freeze-frame was discarded (only the newest %3 are kept).")
                                        .arg(e->description(), Appearance::clockTime(e->raisedMs))
                                        .arg(log.limits().maxFreezeFrames));
    } else {
        m_frameTitle->setText(tr("Freeze-frame of \u201C%1\u201D (%2) at %3: before = the last refresh without it, "
                                 "at = the first with it.")
                                  .arg(e->description(), e->subject.isEmpty() ? tr("bank") : e->subject,
                                       Appearance::clockTimeMs(e->raisedMs)));
    }
}

bool EventsPage::exportEvents(const QString &path)
{
    QList<BankEvent> events;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const quint64 id = m_proxy->index(row, 0).data(EventLogModel::EventIdRole).toULongLong();
        if (const BankEvent *e = m_monitor.events().event(id))
            events.append(*e);
    }
    std::sort(events.begin(), events.end(), [](const BankEvent &a, const BankEvent &b) { return a.id < b.id; });
    return writeFile(path, EventCsv::events(events, m_monitor.nowMs()), &m_error);
}

bool EventsPage::exportFreezeFrame(const QString &path)
{
    const BankEvent *e = m_selected ? m_monitor.events().event(m_selected) : nullptr;
    const FreezeFrame *f = e ? m_monitor.events().freezeFrame(e->freezeFrameId) : nullptr;
    if (!f) {
        m_error = tr("The selected event has no freeze-frame.");
        return false;
    }
    return writeFile(path, EventCsv::freezeFrames({{*e, f}}), &m_error);
}

void EventsPage::chooseAndExport(bool frame)
{
    if (frame && !m_frameModel->hasFrame()) {
        QMessageBox::information(this, tr("Export freeze-frame"), tr("Select an event that kept a freeze-frame first."));
        return;
    }
    const QString suggested = QDir::home().filePath(frame ? QStringLiteral("bankscope-freeze-frame-%1.csv").arg(m_selected)
                                                          : QStringLiteral("bankscope-events.csv"));
    const QString path = QFileDialog::getSaveFileName(this, frame ? tr("Export freeze-frame") : tr("Export events"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!(frame ? exportFreezeFrame(path) : exportEvents(path)))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, m_error));
}
