#include "linkspage.h"

#include "appearance.h"
#include "endpointstatsmodel.h"
#include "trafficmodel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

LinksPage::LinksPage(const LinkActivity *activity, QWidget *parent)
    : QWidget(parent)
    , m_activity(activity)
    , m_stats(new EndpointStatsModel(activity, this))
    , m_traffic(new TrafficModel(5000, 1000, this))
    , m_proxy(new TrafficFilterProxy(this))
    , m_statsView(new QTableView(this))
    , m_trafficView(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_problems(new QCheckBox(tr("Problems &only"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_dropped(new QLabel(this))
{
    m_proxy->setSourceModel(m_traffic);
    m_statsView->setObjectName(QStringLiteral("endpointTable"));
    m_statsView->setAccessibleName(tr("Statistics per address and CAN id"));
    m_statsView->setModel(m_stats);
    m_statsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsView->setAlternatingRowColors(true);
    m_statsView->verticalHeader()->hide();
    Appearance::fitColumns(m_statsView);
    Appearance::compactRows(m_statsView);

    m_trafficView->setObjectName(QStringLiteral("trafficTable"));
    m_trafficView->setAccessibleName(tr("Raw traffic"));
    m_trafficView->setModel(m_proxy);
    m_trafficView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trafficView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trafficView->verticalHeader()->hide();
    m_trafficView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_trafficView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_trafficView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_trafficView->horizontalHeader()->setStretchLastSection(false);
    m_trafficView->horizontalHeader()->setSectionResizeMode(TrafficModel::DecodedColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_trafficView->setColumnWidth(TrafficModel::TimeColumn, digit * 14);
    m_trafficView->setColumnWidth(TrafficModel::LinkColumn, digit * 18);
    m_trafficView->setColumnWidth(TrafficModel::DirectionColumn, digit * 12);
    m_trafficView->setColumnWidth(TrafficModel::IdColumn, digit * 9);
    m_trafficView->setColumnWidth(TrafficModel::BytesColumn, digit * 48);
    m_trafficView->setColumnWidth(TrafficModel::StatusColumn, digit * 22);
    // Never narrower than the column's title: a translated title may be longer than the content.
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        if (c != TrafficModel::DecodedColumn)
            m_trafficView->setColumnWidth(c, std::max(m_trafficView->columnWidth(c), m_trafficView->horizontalHeader()->sectionSizeHint(c)));
    m_trafficView->setWordWrap(false);

    m_filter->setObjectName(QStringLiteral("trafficFilter"));
    m_filter->setPlaceholderText(tr("Filter: link, address, CAN id, bytes or decoded text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Traffic filter"));
    m_pause->setObjectName(QStringLiteral("trafficPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding rows to look at them. Traffic is still counted and decoded; what the log no "
                           "longer holds when you resume is counted as not shown."));
    m_problems->setObjectName(QStringLiteral("trafficProblems"));
    m_dropped->setObjectName(QStringLiteral("trafficDropped"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setToolTip(tr("Empty the view (the statistics above are kept)."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_problems);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addWidget(m_dropped, 1);

    auto *trafficBox = new QGroupBox(tr("Raw traffic"), this);
    auto *trafficLayout = new QVBoxLayout(trafficBox);
    trafficLayout->addLayout(bar);
    trafficLayout->addWidget(m_trafficView, 1);
    auto *statsBox = new QGroupBox(tr("Per address and CAN id"), this);
    auto *statsLayout = new QVBoxLayout(statsBox);
    statsLayout->addWidget(m_statsView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(statsBox);
    split->addWidget(trafficBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    if (!activity) {
        auto *none = new QLabel(tr("This source reports no link statistics."), this);
        layout->addWidget(none);
    }
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TrafficFilterProxy::setText);
    connect(m_problems, &QCheckBox::toggled, m_proxy, &TrafficFilterProxy::setProblemsOnly);
    connect(m_pause, &QPushButton::toggled, this, &LinksPage::setPaused);
    connect(clear, &QPushButton::clicked, m_traffic, &TrafficModel::clear);
    updateDropped();
}

void LinksPage::setPaused(bool paused)
{
    m_traffic->setPaused(paused);
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateDropped();
}

QString LinksPage::droppedText() const
{
    return m_dropped->text();
}

void LinksPage::updateDropped()
{
    const quint64 dropped = m_traffic->dropped();
    QString text = m_traffic->isPaused() ? tr("Paused. ") : QString();
    if (dropped == 0)
        text += tr("Every row shown (%1).").arg(QLocale().toString(m_traffic->shown()));
    else
        text += tr("%1 rows not shown: they came faster than the view shows them, or while it was paused (%2 shown).")
                    .arg(QLocale().toString(dropped), QLocale().toString(m_traffic->shown()));
    m_dropped->setText(text);
    m_dropped->setToolTip(tr("The statistics above count every unit; only the raw view skips rows."));
}

void LinksPage::setActivity(const LinkActivity *activity)
{
    m_activity = activity;
    m_activityRevision = 0;
    m_stats->setActivity(activity);
    m_traffic->restart();
    updateDropped();
}

void LinksPage::refresh(qint64 nowUs)
{
    if (!m_activity)
        return;
    if (m_activity->revision() != m_activityRevision || isVisible()) {
        m_activityRevision = m_activity->revision();
        m_stats->refresh(nowUs);
    }
    QScrollBar *bar = m_trafficView->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    if (m_traffic->pull(m_activity->traffic()) > 0 && atBottom)
        m_trafficView->scrollToBottom();
    updateDropped();
}
