#include "trendchart.h"

#include "appearance.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

TrendChart::TrendChart(TrendQuantity quantity, QWidget *parent)
    : QChartView(parent)
    , m_quantity(quantity)
    , m_mean(new QLineSeries)
    , m_upper(new QLineSeries)
    , m_lower(new QLineSeries)
    , m_band(new QAreaSeries(m_upper, m_lower))
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    auto *c = new QChart;
    c->legend()->hide();
    c->setTitle(TrendQuantityNames::label(quantity) + QStringLiteral(" (") + TrendQuantityNames::unit(quantity)
                + QLatin1Char(')'));
    c->setMargins(QMargins(4, 4, 4, 4));
    m_band->setName(tr("Range of merged samples"));
    m_mean->setName(TrendQuantityNames::label(quantity));
    c->addSeries(m_band);
    c->addSeries(m_mean);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_value, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_mean)}) {
        s->attachAxis(m_time);
        s->attachAxis(m_value);
    }
    m_time->setTickCount(5);
    m_value->setTickCount(5);
    m_value->setLabelFormat(quantity == TrendQuantity::VoltageV       ? QStringLiteral("%.2f")
                            : quantity == TrendQuantity::CellSpreadMv ? QStringLiteral("%.0f")
                                                                      : QStringLiteral("%.1f"));
    setChart(c);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Trend of %1").arg(TrendQuantityNames::label(quantity)));
    setToolTip(tr("%1 in %2 over time, from BankScope's readings of the pack (one sample a second; long windows "
                  "show the mean with the range of merged samples).\nZoom: wheel, drag a band, + / \u2212. Pan: "
                  "middle-drag or arrow keys. Back to live: right click or Home.")
                   .arg(TrendQuantityNames::label(quantity), TrendQuantityNames::unit(quantity)));
    connect(m_time, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime &from, const QDateTime &to) {
        if (m_emitting)
            return;
        if (from.toMSecsSinceEpoch() != m_fromMs || to.toMSecsSinceEpoch() != m_toMs) {
            // A rubber band or scroll changed the range: that is the user's, not live.
            m_following = false;
            m_fromMs = from.toMSecsSinceEpoch();
            m_toMs = to.toMSecsSinceEpoch();
            fitValues();
            Q_EMIT timeRangeChanged(m_fromMs, m_toMs);
        }
    });
    applyTheme();
}

void TrendChart::applyTheme()
{
    const bool dark = Appearance::isDark(palette());
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->hide();
    const QColor line = dark ? QColor(0x6C, 0xB4, 0xFF) : QColor(0x1F, 0x5F, 0xBF);
    QPen pen(line);
    pen.setWidthF(2.0);
    m_mean->setPen(pen);
    QColor band = line;
    band.setAlpha(60);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    for (QAbstractAxis *a : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_value)}) {
        a->setLabelsBrush(palette().color(QPalette::Text));
        a->setGridLineColor(palette().color(QPalette::Mid));
    }
}

void TrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

int TrendChart::pointCount() const
{
    return int(m_mean->count());
}

void TrendChart::setPoints(const QList<TrendPoint> &points, qint64 fromMs, qint64 toMs)
{
    m_points = points;
    QList<QPointF> mean;
    QList<QPointF> upper;
    QList<QPointF> lower;
    mean.reserve(points.size());
    bool merged = false;
    for (const TrendPoint &p : points) {
        mean.append(QPointF(double(p.tMs), p.value));
        upper.append(QPointF(double(p.tMs), p.max));
        lower.append(QPointF(double(p.tMs), p.min));
        merged = merged || p.max > p.min;
    }
    m_mean->replace(mean);
    m_upper->replace(merged ? upper : QList<QPointF>{});
    m_lower->replace(merged ? lower : QList<QPointF>{});
    if (m_following) {
        m_fromMs = fromMs;
        m_toMs = std::max(toMs, fromMs + 1000);
        m_emitting = true;
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
        m_emitting = false;
    }
    m_time->setFormat(m_toMs - m_fromMs > 6 * 3600 * 1000 ? QStringLiteral("dd HH:mm")
                      : m_toMs - m_fromMs > 600 * 1000    ? QStringLiteral("HH:mm")
                                                          : QStringLiteral("HH:mm:ss"));
    fitValues();
}

void TrendChart::fitValues()
{
    std::optional<double> lo;
    std::optional<double> hi;
    for (const TrendPoint &p : std::as_const(m_points)) {
        if (p.tMs < m_fromMs || p.tMs > m_toMs)
            continue;
        lo = lo ? std::min(*lo, p.min) : p.min;
        hi = hi ? std::max(*hi, p.max) : p.max;
    }
    if (!lo) {
        m_value->setRange(0, 1);
        return;
    }
    // A little air, and never a range narrower than the quantity's resolution.
    const double minimumSpan = m_quantity == TrendQuantity::VoltageV ? 0.1
        : m_quantity == TrendQuantity::CellSpreadMv                  ? 10.0
                                                                     : 1.0;
    double span = std::max(*hi - *lo, minimumSpan);
    const double mid = (*hi + *lo) / 2.0;
    span *= 1.15;
    m_value->setRange(mid - span / 2.0, mid + span / 2.0);
    m_value->applyNiceNumbers();
}

void TrendChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_following = false;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_emitting = true;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_emitting = false;
    fitValues();
}

void TrendChart::stopFollowing()
{
    m_following = false;
}

void TrendChart::resetZoom()
{
    m_following = true;
    Q_EMIT timeRangeChanged(-1, -1); // the page puts every chart back on the live window
}

void TrendChart::zoomBy(double factor)
{
    const double centre = (double(m_fromMs) + double(m_toMs)) / 2.0;
    const double half = std::max(500.0, (double(m_toMs) - double(m_fromMs)) / 2.0 * factor);
    stopFollowing();
    setTimeRange(qint64(centre - half), qint64(centre + half));
    Q_EMIT timeRangeChanged(m_fromMs, m_toMs);
}

void TrendChart::panBy(double fraction)
{
    const qint64 shift = qint64(double(m_toMs - m_fromMs) * fraction);
    stopFollowing();
    setTimeRange(m_fromMs + shift, m_toMs + shift);
    Q_EMIT timeRangeChanged(m_fromMs, m_toMs);
}

void TrendChart::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? 0.8 : 1.25);
    event->accept();
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8);
        return;
    case Qt::Key_Minus:
        zoomBy(1.25);
        return;
    case Qt::Key_Left:
        panBy(-0.1);
        return;
    case Qt::Key_Right:
        panBy(0.1);
        return;
    case Qt::Key_Home:
        resetZoom();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panFrom = event->pos();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        const double width = std::max(1.0, chart()->plotArea().width());
        panBy(-double(event->pos().x() - m_panFrom->x()) / width);
        m_panFrom = event->pos();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panFrom.reset();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // already reset on press; QChartView would zoom out
        return;
    }
    QChartView::mouseReleaseEvent(event);
}
