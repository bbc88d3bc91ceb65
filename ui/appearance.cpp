#include "appearance.h"

#include <algorithm>
#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QStyle>
#include <QTableView>

#include <cmath>

namespace Appearance {

QPalette darkPalette()
{
    // Fusion's usual dark scheme; disabled text stays distinguishable from normal text.
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x30);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE8, 0xE8, 0xE8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3B));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x65, 0xCA));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1D));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor background(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return {};
    case Tone::Good:
        return dark ? QColor(0x1F, 0x4A, 0x2C) : QColor(0xD9, 0xF2, 0xDF);
    case Tone::Notice:
        return dark ? QColor(0x1E, 0x3A, 0x5C) : QColor(0xDC, 0xEB, 0xFB);
    case Tone::Warning:
        return dark ? QColor(0x5A, 0x48, 0x12) : QColor(0xFF, 0xF0, 0xC2);
    case Tone::Error:
        return dark ? QColor(0x6B, 0x22, 0x26) : QColor(0xF8, 0xD7, 0xDA);
    case Tone::Muted:
        return {};
    }
    return {};
}

QColor foreground(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Muted)
        return palette.color(QPalette::Disabled, QPalette::Text);
    return palette.color(QPalette::Text);
}

namespace {

QIcon makeIcon(Tone tone)
{
    QStyle *style = QApplication::style();
    switch (tone) {
    case Tone::Good:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Tone::Notice:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Tone::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Tone::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Tone::Muted:
        return style->standardIcon(QStyle::SP_MediaPause);
    case Tone::Neutral:
        break;
    }
    return {};
}

} // namespace

QIcon icon(Tone tone)
{
    // Views ask for a cell's icon at every repaint: a style icon is decoded from its PNG each
    // time it is made, so each is made once per style.
    static const QStyle *madeFor = nullptr;
    static QHash<int, QIcon> icons;
    if (madeFor != QApplication::style()) {
        madeFor = QApplication::style();
        icons.clear();
    }
    auto it = icons.find(static_cast<int>(tone));
    if (it == icons.end())
        it = icons.insert(static_cast<int>(tone), makeIcon(tone));
    return *it;
}

Tone toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tone::Error;
    case Severity::Warning:
        return Tone::Warning;
    case Severity::Info:
        return Tone::Notice;
    }
    return Tone::Neutral;
}

Tone toneOf(PackCondition condition)
{
    switch (condition) {
    case PackCondition::Online:
        return Tone::Good;
    case PackCondition::Stale:
    case PackCondition::Asleep:
        return Tone::Warning;
    case PackCondition::NotAnswering:
    case PackCondition::NoAnswer:
    case PackCondition::ChecksumErrors:
    case PackCondition::AnotherMaster:
        return Tone::Error;
    case PackCondition::NoData:
        return Tone::Muted;
    }
    return Tone::Neutral;
}

QIcon severityIcon(Severity severity)
{
    return icon(toneOf(severity));
}

QColor deviationColor(double normalized, const QPalette &palette)
{
    const double t = std::clamp(normalized, -1.0, 1.0);
    const bool dark = isDark(palette);
    // Orange-red below the mean (the weak side), blue above; saturation grows with distance.
    const double hue = t < 0 ? 12.0 / 360.0 : 212.0 / 360.0;
    const double s = 0.10 + 0.75 * std::abs(t);
    const double l = dark ? 0.20 + 0.22 * std::abs(t) : 0.96 - 0.36 * std::abs(t);
    return QColor::fromHslF(float(hue), float(s), float(l));
}

QColor textOn(const QColor &bg)
{
    const double y = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
    return y > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString number(const std::optional<double> &value, int decimals, const QString &unit)
{
    if (!value)
        return QStringLiteral("\u2014");
    const QString n = QString::number(*value, 'f', decimals);
    return unit.isEmpty() ? n : n + QChar(0x00A0) + unit;
}

QString signedNumber(double value, int decimals, const QString &unit)
{
    QString n = QString::number(std::abs(value), 'f', decimals);
    const bool zero = n.toDouble() == 0.0;
    n.prepend(zero ? QString() : value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"));
    return unit.isEmpty() ? n : n + QChar(0x00A0) + unit;
}

QString duration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return QCoreApplication::translate("Appearance", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Appearance", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Appearance", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString canId(quint32 id)
{
    return QStringLiteral("0x") + QString::number(id, 16).toUpper().rightJustified(3, QLatin1Char('0'));
}

QString clockTimeMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

namespace {

// Refits a view's columns after the event loop settles, at most once per burst of changes.
class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableView *view, int stretch)
        : QObject(view)
        , m_view(view)
        , m_stretch(stretch)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::layoutChanged, &m_timer, qOverload<>(&QTimer::start));
        // A value that grew (a state from "Online" to "Another master on the bus") widens its
        // column; a column the user set is never narrowed by the data.
        m_growTimer.setSingleShot(true);
        m_growTimer.setInterval(0);
        connect(&m_growTimer, &QTimer::timeout, this, &ColumnFitter::grow);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_growTimer.isActive())
                m_growTimer.start();
        });
        view->installEventFilter(this);
        fit(); // the first frame already shows fitted columns
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show)
            fit();
        return false;
    }

private:
    void fit()
    {
        m_timer.stop();
        QHeaderView *header = m_view->horizontalHeader();
        const bool stretchLast = header->stretchLastSection();
        m_view->resizeColumnsToContents();
        // Measuring a stretched section ends its stretch: give it back.
        if (stretchLast) {
            header->setStretchLastSection(false);
            header->setStretchLastSection(true);
        }
        if (m_stretch >= 0) {
            header->setSectionResizeMode(m_stretch, QHeaderView::Interactive);
            header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
        }
    }

    void grow()
    {
        if (!m_view->isVisible())
            return;
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (c == m_stretch || header->isSectionHidden(c) || header->sectionResizeMode(c) == QHeaderView::Stretch
                || (header->stretchLastSection() && c == header->count() - 1))
                continue;
            const int wanted = std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c));
            if (wanted > header->sectionSize(c))
                header->resizeSection(c, wanted);
        }
    }

    QTableView *m_view;
    int m_stretch;
    QTimer m_timer;
    QTimer m_growTimer;
};

} // namespace

void fitColumns(QTableView *view, int stretch)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(stretch < 0);
    if (stretch >= 0)
        view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    new ColumnFitter(view, stretch);
}

void compactRows(QTableView *view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace Appearance
