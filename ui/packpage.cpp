#include "packpage.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "trendchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

QGroupBox *box(const QString &title, QWidget *content)
{
    auto *b = new QGroupBox(title);
    auto *l = new QVBoxLayout(b);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(content);
    return b;
}

// Sets a bar set's values, touching only those that changed: appending and removing bars
// rebuilds their graphics items (and labels), replacing a value only moves one.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

} // namespace

PackPage::PackPage(const BankMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_pack(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_cellNote(new QLabel(this))
    , m_cellView(new QChartView(this))
    , m_cells(new QBarSet(tr("Cell")))
    , m_low(new QBarSet(tr("Lowest of this pack")))
    , m_high(new QBarSet(tr("Highest of this pack")))
    , m_cellAxis(new QBarCategoryAxis)
    , m_cellValueAxis(new QValueAxis)
    , m_tempView(new QChartView(this))
    , m_temps(new QBarSet(tr("Temperature")))
    , m_tempAxis(new QBarCategoryAxis)
    , m_tempValueAxis(new QValueAxis)
    , m_trendTimer(new QTimer(this))
{
    m_trendTimer->setSingleShot(true);
    m_trendTimer->setInterval(0);
    connect(m_trendTimer, &QTimer::timeout, this, [this] {
        if (!m_pendingTrends.isEmpty())
            drawTrend(m_pendingTrends.takeFirst());
        if (!m_pendingTrends.isEmpty())
            m_trendTimer->start();
    });
    m_pack->setObjectName(QStringLiteral("packCombo"));
    m_pack->setAccessibleName(tr("Pack"));
    syncPacks();
    m_window->setObjectName(QStringLiteral("trendWindow"));
    m_window->setAccessibleName(tr("Trend time window"));
    m_window->addItem(tr("Last 5 minutes"), static_cast<int>(Window::FiveMinutes));
    m_window->addItem(tr("Last hour"), static_cast<int>(Window::OneHour));
    m_window->addItem(tr("Whole session"), static_cast<int>(Window::WholeSession));
    m_window->setToolTip(tr("The history is kept in fixed memory: the last hour sample by sample (one a second), "
                            "the whole session merged into 2048 spans that keep each span's lowest and highest value."));
    m_summary->setObjectName(QStringLiteral("packSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cellNote->setObjectName(QStringLiteral("cellNote"));
    m_cellNote->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *packLabel = new QLabel(tr("&Pack:"), this);
    packLabel->setBuddy(m_pack);
    top->addWidget(packLabel);
    top->addWidget(m_pack);
    top->addSpacing(12);
    auto *windowLabel = new QLabel(tr("&Trend window:"), this);
    windowLabel->setBuddy(m_window);
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    top->addStretch(1);

    // Cells: one bar each; the pack's lowest and highest in their own set (legend, colour, and
    // the note below in words).
    auto *cellSeries = new QStackedBarSeries;
    cellSeries->append(m_cells);
    cellSeries->append(m_low);
    cellSeries->append(m_high);
    cellSeries->setBarWidth(0.8);
    auto *cellChart = new QChart;
    cellChart->addSeries(cellSeries);
    cellChart->addAxis(m_cellAxis, Qt::AlignBottom);
    cellChart->addAxis(m_cellValueAxis, Qt::AlignLeft);
    cellSeries->attachAxis(m_cellAxis);
    cellSeries->attachAxis(m_cellValueAxis);
    m_cellValueAxis->setTitleText(tr("mV"));
    m_cellAxis->setTitleText(tr("Cell"));
    m_cellValueAxis->setLabelFormat(QStringLiteral("%.0f"));
    cellChart->legend()->setAlignment(Qt::AlignBottom);
    cellChart->setMargins(QMargins(4, 4, 4, 4));
    m_cellView->setChart(cellChart);
    m_cellView->setRenderHint(QPainter::Antialiasing);
    m_cellView->setObjectName(QStringLiteral("cellChart"));
    m_cellView->setAccessibleName(tr("Cell voltages of the pack"));
    m_cellView->setMinimumHeight(220);
    for (QBarSet *set : {m_cells, m_low, m_high}) {
        connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            const PackReading *r = m_monitor.reading(pack());
            if (!r || !r->cellsMv.has() || index >= r->cellsMv->size())
                return;
            const int mv = r->cellsMv->at(index);
            double mean = 0.0;
            for (int v : *r->cellsMv)
                mean += v;
            mean /= double(r->cellsMv->size());
            QString text = tr("Cell %1: %2 mV (%3 from the pack mean)")
                               .arg(index + 1)
                               .arg(mv)
                               .arg(Appearance::signedNumber(mv - mean, 0, QStringLiteral("mV")));
            if (set == m_low)
                text += QLatin1Char('\n') + tr("The lowest cell of this pack.");
            if (set == m_high)
                text += QLatin1Char('\n') + tr("The highest cell of this pack.");
            text += QLatin1Char('\n') + tr("Source: %1 (%2), at %3.")
                                            .arg(r->cellsMv.source.link, r->cellsMv.source.protocol,
                                                 Appearance::clockTime(r->cellsMv.atMs));
            QToolTip::showText(QCursor::pos(), text, m_cellView);
        });
    }

    auto *tempSeries = new QBarSeries;
    tempSeries->append(m_temps);
    tempSeries->setLabelsVisible(true);
    tempSeries->setLabelsFormat(QStringLiteral("@value \u00B0C"));
    tempSeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    tempSeries->setLabelsAngle(-90);
    tempSeries->setLabelsPrecision(3);
    auto *tempChart = new QChart;
    tempChart->addSeries(tempSeries);
    tempChart->addAxis(m_tempAxis, Qt::AlignBottom);
    tempChart->addAxis(m_tempValueAxis, Qt::AlignLeft);
    tempSeries->attachAxis(m_tempAxis);
    tempSeries->attachAxis(m_tempValueAxis);
    m_tempValueAxis->setTitleText(QString::fromUtf8("\u00B0C"));
    m_tempValueAxis->setLabelFormat(QStringLiteral("%.0f"));
    tempChart->legend()->hide();
    tempChart->setMargins(QMargins(4, 4, 4, 4));
    m_tempView->setChart(tempChart);
    m_tempView->setObjectName(QStringLiteral("temperatureChart"));
    m_tempView->setAccessibleName(tr("Temperatures of the pack by sensor"));
    m_tempView->setToolTip(tr("Every temperature sensor the BMS reports, in °C, in its own order (sensor 1 first)."));

    auto *cellsRow = new QSplitter(Qt::Horizontal, this);
    auto *cellsBox = new QWidget;
    auto *cellsLayout = new QVBoxLayout(cellsBox);
    cellsLayout->setContentsMargins(0, 0, 0, 0);
    cellsLayout->addWidget(m_cellView, 1);
    cellsLayout->addWidget(m_cellNote);
    cellsRow->addWidget(box(tr("Cell voltages"), cellsBox));
    cellsRow->addWidget(box(tr("Temperatures by sensor"), m_tempView));
    cellsRow->setStretchFactor(0, 5);
    cellsRow->setStretchFactor(1, 2);

    auto *trends = new QWidget;
    auto *grid = new QGridLayout(trends);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (TrendQuantity q : TrendQuantityNames::all()) {
        auto *chart = new TrendChart(q, trends);
        chart->setObjectName(QStringLiteral("trend_") + TrendQuantityNames::key(q));
        chart->setMinimumHeight(150);
        connect(chart, &TrendChart::timeRangeChanged, this,
                [this, chart](qint64 from, qint64 to) { syncRange(chart, from, to); });
        grid->addWidget(chart, i / 2, i % 2);
        m_trends.append(chart);
        ++i;
    }

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(cellsRow);
    split->addWidget(box(tr("Trends"), trends));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_pack, &QComboBox::currentIndexChanged, this, [this] {
        for (TrendChart *c : std::as_const(m_trends))
            c->resetZoom();
        refresh();
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        for (TrendChart *c : std::as_const(m_trends))
            c->resetZoom();
        refreshTrends(true);
    });
    applyTheme();
}

void PackPage::setPack(const QString &id)
{
    syncPacks();
    const int i = m_pack->findData(id);
    if (i >= 0)
        m_pack->setCurrentIndex(i);
}

QString PackPage::pack() const
{
    return m_pack->currentData().toString();
}

void PackPage::setWindow(Window window)
{
    m_window->setCurrentIndex(m_window->findData(static_cast<int>(window)));
}

PackPage::Window PackPage::window() const
{
    return static_cast<Window>(m_window->currentData().toInt());
}

QList<double> PackPage::cellValues() const
{
    QList<double> out;
    for (int i = 0; i < m_cells->count(); ++i)
        out.append(m_cells->at(i) + m_low->at(i) + m_high->at(i));
    return out;
}

void PackPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void PackPage::applyTheme()
{
    const bool dark = Appearance::isDark(palette());
    for (QChartView *v : {m_cellView, m_tempView}) {
        v->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        v->chart()->setBackgroundBrush(palette().color(QPalette::Base));
        v->chart()->setTitleBrush(palette().color(QPalette::Text));
        v->chart()->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *a : v->chart()->axes()) {
            a->setLabelsBrush(palette().color(QPalette::Text));
            a->setTitleBrush(palette().color(QPalette::Text));
            a->setGridLineColor(palette().color(QPalette::Mid));
        }
    }
    m_tempView->chart()->legend()->hide();
    m_cells->setColor(dark ? QColor(0x5A, 0x8F, 0xD6) : QColor(0x4A, 0x7F, 0xC8));
    m_low->setColor(dark ? QColor(0xFF, 0x7A, 0x45) : QColor(0xD9, 0x48, 0x1C));
    m_high->setColor(dark ? QColor(0x8E, 0xD1, 0x7A) : QColor(0x3E, 0x9A, 0x3A));
    m_temps->setColor(dark ? QColor(0xE0, 0xA0, 0x40) : QColor(0xC8, 0x7A, 0x10));
    m_temps->setLabelColor(Appearance::textOn(m_temps->color()));
    for (QBarSet *s : {m_cells, m_low, m_high})
        s->setBorderColor(s->color());
}

void PackPage::syncPacks()
{
    // A live link finds its packs as they answer, and a new session brings another bank: the
    // list follows the monitor's configuration, keeping the pack shown when it is still there.
    const QList<PackConfig> &packs = m_monitor.config().packs;
    bool same = m_pack->count() == packs.size();
    for (int i = 0; same && i < packs.size(); ++i)
        same = m_pack->itemData(i).toString() == packs[i].id;
    if (same)
        return;
    const QString shown = m_pack->currentData().toString();
    const QSignalBlocker block(m_pack);
    m_pack->clear();
    for (const PackConfig &p : packs)
        m_pack->addItem(p.id, p.id);
    const int again = m_pack->findData(shown);
    m_pack->setCurrentIndex(again >= 0 ? again : (packs.isEmpty() ? -1 : 0));
    if (again < 0) {
        for (TrendChart *c : std::as_const(m_trends))
            c->resetZoom();
    }
}

void PackPage::refresh()
{
    syncPacks();
    const QString id = pack();
    const PackReading *r = m_monitor.reading(id);
    const PackConfig *pc = m_monitor.config().pack(id);
    int row = -1;
    for (int i = 0; i < m_monitor.config().packs.size(); ++i)
        if (m_monitor.config().packs[i].id == id)
            row = i;
    const PackCondition condition = row >= 0 && row < m_monitor.packStates().size()
        ? m_monitor.packStates()[row].condition
        : PackCondition::NoData;
    const PackLinkInfo *info = m_monitor.linkInfo(id);
    QStringList parts;
    parts.append(QStringLiteral("<b>%1</b>").arg(id.toHtmlEscaped()));
    if (pc) {
        const QString role = m_monitor.config().architecture == Architecture::PeerToPeer ? tr("peer")
            : pc->role == PackRole::Master                                              ? tr("master")
                                                                                        : tr("slave");
        parts.append(tr("%1, %2, %3 Ah, address %4")
                         .arg(pc->model.toHtmlEscaped(), role, QString::number(pc->ratedCapacityAh, 'f', 0))
                         .arg(pc->address));
    }
    parts.append(tr("state: <b>%1</b>").arg(PackConditionNames::label(condition).toHtmlEscaped()));
    if (r) {
        parts.append(tr("SOC %1").arg(Appearance::number(r->socPct.value, 1, QStringLiteral("%"))));
        parts.append(Appearance::number(r->voltageV.value, 2, QStringLiteral("V")));
        parts.append(Appearance::number(r->currentA.value, 1, QStringLiteral("A")));
        const QString alarms = [r] {
            const Faults f = (r->faults.has() ? *r->faults : Faults()) | (r->warnings.has() ? *r->warnings : Faults());
            QStringList l;
            for (Fault x : FaultNames::all())
                if (f.testFlag(x))
                    l.append(FaultNames::label(x));
            return l.join(QStringLiteral(", "));
        }();
        if (!alarms.isEmpty())
            parts.append(tr("alarms: <b>%1</b>").arg(alarms.toHtmlEscaped()));
    }
    if (info && !info->firmware.isEmpty())
        parts.append(tr("firmware %1").arg(info->firmware.toHtmlEscaped()));
    m_summary->setText(parts.join(QStringLiteral(" \u00B7 ")));
    m_summary->setToolTip(row >= 0 && row < m_monitor.packStates().size()
                              ? m_monitor.packStates()[row].evidence.join(QLatin1Char('\n'))
                              : QString());
    const bool packChanged = m_drawnPack != id;
    m_drawnPack = id;
    const qint64 cellsAt = r ? std::max(r->cellsMv.atMs, r->cellMinMv.atMs) : -2;
    if (packChanged || cellsAt != m_drawnCellsAtMs) {
        m_drawnCellsAtMs = cellsAt;
        refreshCells();
    }
    const qint64 tempsAt = r ? std::max(r->tempsC.atMs, r->tempMaxC.atMs) : -2;
    if (packChanged || tempsAt != m_drawnTempsAtMs) {
        m_drawnTempsAtMs = tempsAt;
        refreshTemperatures();
    }
    const qint64 sampled = m_monitor.trends().lastSampleMs().value_or(-2);
    if (packChanged || int(window()) != m_drawnWindow)
        refreshTrends(true);
    else if (sampled != m_drawnSampleMs)
        refreshTrends(false);
}

void PackPage::refreshCells()
{
    const PackReading *r = m_monitor.reading(pack());
    m_lowestCell = 0;
    m_highestCell = 0;
    QList<qreal> normal;
    QList<qreal> low;
    QList<qreal> high;
    QStringList categories;
    QString note;
    if (r && r->cellsMv.has() && !r->cellsMv->isEmpty()) {
        const auto e = PackCells::extremes(*r);
        m_lowestCell = e->minIndex;
        m_highestCell = e->maxIndex;
        for (int i = 0; i < r->cellsMv->size(); ++i) {
            const double v = r->cellsMv->at(i);
            const bool isLow = i + 1 == e->minIndex;
            const bool isHigh = i + 1 == e->maxIndex && !isLow;
            normal.append(isLow || isHigh ? 0.0 : v);
            low.append(isLow ? v : 0.0);
            high.append(isHigh ? v : 0.0);
            categories.append(QString::number(i + 1));
        }
        // The range moves in steps of 10 mV, so a bar that wobbles by a millivolt does not
        // re-lay out the axis at every reading.
        const double lo = std::floor((e->minMv - 25.0) / 10.0) * 10.0;
        const double hi = std::ceil((e->maxMv + 15.0) / 10.0) * 10.0;
        if (lo != m_cellRange.first || hi != m_cellRange.second) {
            m_cellRange = {lo, hi};
            m_cellValueAxis->setRange(lo, hi);
            m_cellValueAxis->applyNiceNumbers();
        }
        note = tr("\u25BC Lowest: cell %1, %2 mV \u00B7 \u25B2 Highest: cell %3, %4 mV \u00B7 spread %5 mV")
                   .arg(e->minIndex)
                   .arg(e->minMv, 0, 'f', 0)
                   .arg(e->maxIndex)
                   .arg(e->maxMv, 0, 'f', 0)
                   .arg(e->maxMv - e->minMv, 0, 'f', 0);
    } else if (r && r->cellMinMv.has()) {
        note = tr("This BMS reports only its lowest (%1 mV) and highest (%2 mV) cell, not each cell.")
                   .arg(*r->cellMinMv, 0, 'f', 0)
                   .arg(r->cellMaxMv.value_or(0.0), 0, 'f', 0);
    } else {
        note = tr("No cell voltages received from this pack.");
    }
    const PackLinkInfo *info = m_monitor.linkInfo(pack());
    if (info && info->balancing)
        note += QStringLiteral(" \u00B7 ") + (*info->balancing ? tr("Balancer: active") : tr("Balancer: idle"));
    else if (r && r->cellsMv.has())
        note += QStringLiteral(" \u00B7 ")
            + tr("Balancing: not carried by %1").arg(r->cellsMv.source.protocol);
    m_cellNote->setText(note);
    if (m_cellAxis->categories() != categories) {
        m_cellAxis->clear();
        m_cellAxis->append(categories);
    }
    setValues(m_cells, normal);
    setValues(m_low, low);
    setValues(m_high, high);
}

void PackPage::refreshTemperatures()
{
    const PackReading *r = m_monitor.reading(pack());
    QList<qreal> values;
    QStringList categories;
    if (r && r->tempsC.has()) {
        for (int i = 0; i < r->tempsC->size(); ++i) {
            values.append(r->tempsC->at(i));
            categories.append(tr("T%1").arg(i + 1));
        }
    } else if (r && (r->tempMinC.has() || r->tempMaxC.has())) {
        if (r->tempMinC.has()) {
            values.append(*r->tempMinC);
            categories.append(tr("lowest"));
        }
        if (r->tempMaxC.has()) {
            values.append(*r->tempMaxC);
            categories.append(tr("highest"));
        }
    }
    if (m_tempAxis->categories() != categories) {
        m_tempAxis->clear();
        m_tempAxis->append(categories);
    }
    setValues(m_temps, values);
    double hi = 40.0;
    for (qreal v : values)
        hi = std::max(hi, v + 10.0);
    const double lo = std::min(0.0, values.isEmpty() ? 0.0 : *std::min_element(values.cbegin(), values.cend()) - 5.0);
    hi = std::ceil(hi / 10.0) * 10.0;
    if (m_tempValueAxis->min() != lo || m_tempValueAxis->max() != hi)
        m_tempValueAxis->setRange(lo, hi);
}

void PackPage::refreshTrends(bool now)
{
    const TrendHistory &h = m_monitor.trends();
    m_drawnSampleMs = h.lastSampleMs().value_or(-2);
    m_drawnWindow = int(window());
    if (now) {
        m_pendingTrends.clear();
        m_trendTimer->stop();
        for (TrendChart *c : std::as_const(m_trends))
            drawTrend(c);
        return;
    }
    m_pendingTrends = m_trends;
    m_trendTimer->start();
}

void PackPage::drawTrend(TrendChart *chart)
{
    const TrendHistory &h = m_monitor.trends();
    if (!h.lastSampleMs())
        return;
    const qint64 to = *h.lastSampleMs();
    qint64 from = to - 5 * 60 * 1000;
    switch (window()) {
    case Window::FiveMinutes:
        break;
    case Window::OneHour:
        from = to - 3600 * 1000;
        break;
    case Window::WholeSession:
        from = h.startMs().value_or(to);
        break;
    }
    const int width = std::max(300, chart->width());
    chart->setPoints(h.points(pack(), chart->quantity(), from, to, width), from, to);
}

void PackPage::syncRange(TrendChart *from, qint64 fromMs, qint64 toMs)
{
    if (m_syncing)
        return;
    m_syncing = true;
    if (fromMs < 0) { // back to live
        for (TrendChart *c : std::as_const(m_trends))
            if (c != from)
                c->resetZoom();
        m_syncing = false;
        refreshTrends(true);
        return;
    }
    for (TrendChart *c : std::as_const(m_trends))
        if (c != from)
            c->setTimeRange(fromMs, toMs);
    m_syncing = false;
}
