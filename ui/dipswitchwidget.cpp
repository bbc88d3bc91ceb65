#include "dipswitchwidget.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

// A DIP switch body is a coloured plastic part with white knobs whatever the window's palette:
// the same colours in the light and the dark palette, like the part on the unit.
const QColor kBody(0x1f, 0x4e, 0x9a);
const QColor kBodyEdge(0x12, 0x30, 0x60);
const QColor kTrack(0x0b, 0x1d, 0x3a);
const QColor kKnob(0xf4, 0xf4, 0xf0);
const QColor kUnknownKnob(0xf2, 0xc1, 0x4e);
const QColor kLabel(0xff, 0xff, 0xff);

QChar normalized(QChar c)
{
    return c == QLatin1Char('1') || c == QLatin1Char('0') ? c : QLatin1Char('?');
}

} // namespace

DipSwitchWidget::DipSwitchWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateAccessibleText();
}

void DipSwitchWidget::setPositions(const QString &positions)
{
    QString p;
    for (QChar c : positions)
        p += normalized(c);
    if (p.isEmpty())
        p = QStringLiteral("????");
    if (p == m_positions)
        return;
    const bool resized = p.size() != m_positions.size();
    m_positions = p;
    m_current = std::min(m_current, int(m_positions.size()) - 1);
    if (resized)
        updateGeometry();
    updateAccessibleText();
    update();
}

void DipSwitchWidget::setMeanings(const QStringList &meanings)
{
    m_meanings = meanings;
    updateAccessibleText();
}

void DipSwitchWidget::setUnitName(const QString &unit)
{
    m_unit = unit;
    updateAccessibleText();
}

void DipSwitchWidget::setEditable(bool editable)
{
    m_editable = editable;
    setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(editable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    updateAccessibleText();
    update();
}

void DipSwitchWidget::setCurrentSwitch(int index)
{
    if (index < 0 || index >= m_positions.size() || index == m_current)
        return;
    m_current = index;
    update();
    if (hasFocus()) {
        QAccessibleEvent e(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&e);
    }
}

void DipSwitchWidget::setSwitch(int index, QChar position)
{
    if (index < 0 || index >= m_positions.size())
        return;
    const QChar p = normalized(position);
    if (m_positions[index] == p)
        return;
    m_positions[index] = p;
    updateAccessibleText();
    update();
}

void DipSwitchWidget::userSet(int index, QChar position)
{
    const QString before = m_positions;
    setSwitch(index, position);
    if (m_positions != before)
        Q_EMIT positionsChanged(m_positions);
}

QString DipSwitchWidget::positionText(QChar position)
{
    if (position == QLatin1Char('1'))
        return tr("ON");
    if (position == QLatin1Char('0'))
        return tr("OFF");
    return tr("to set on site");
}

QString DipSwitchWidget::describe() const
{
    QStringList parts;
    for (int i = 0; i < m_positions.size(); ++i) {
        const QString meaning = m_meanings.value(i);
        parts.append(meaning.isEmpty() ? tr("switch %1 %2").arg(i + 1).arg(positionText(m_positions[i]))
                                       : tr("switch %1 %2 (%3)").arg(i + 1).arg(positionText(m_positions[i]), meaning));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

void DipSwitchWidget::updateAccessibleText()
{
    setAccessibleName(m_unit.isEmpty() ? tr("DIP switches") : tr("DIP switches of %1").arg(m_unit));
    QString description = describe();
    if (m_editable)
        description += QLatin1Char(' ') + tr("Left and Right pick a switch, Space toggles it, Up sets ON, Down sets OFF.");
    setAccessibleDescription(description);
    QAccessibleEvent e(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&e);
}

DipSwitchWidget::Geometry DipSwitchWidget::geometry() const
{
    // Everything in units of the font's height, so 200 % scaling and a large font just work.
    const QFontMetrics fm(font());
    const int h = fm.height();
    const int trackW = h * 7 / 5;
    const int trackH = h * 12 / 5;
    const int gap = h / 2;
    const int pad = h / 2;
    const int n = int(m_positions.size());
    const int onW = fm.horizontalAdvance(tr("ON")) + h;
    const int bodyW = pad * 2 + n * trackW + (n - 1) * gap;
    Geometry g;
    g.body = QRect(1, 1, std::max(bodyW, onW + pad * 2), pad + h + gap / 2 + trackH + gap / 2 + h + pad / 2);
    g.onLabel = QRect(g.body.left() + pad, g.body.top() + pad / 2, onW, h);
    const int tracksTop = g.onLabel.bottom() + gap / 2 + 1;
    for (int i = 0; i < n; ++i) {
        const QRect track(g.body.left() + pad + i * (trackW + gap), tracksTop, trackW, trackH);
        g.tracks.append(track);
        g.numbers.append(QRect(track.left() - gap / 2, track.bottom() + gap / 2, trackW + gap, h));
    }
    return g;
}

QSize DipSwitchWidget::sizeHint() const
{
    const Geometry g = geometry();
    return g.body.size() + QSize(3, 3);
}

QSize DipSwitchWidget::minimumSizeHint() const
{
    return sizeHint();
}

QRect DipSwitchWidget::switchRect(int index) const
{
    const Geometry g = geometry();
    if (index < 0 || index >= g.tracks.size())
        return {};
    return g.tracks[index].united(g.numbers[index]);
}

int DipSwitchWidget::switchAt(const QPoint &point) const
{
    for (int i = 0; i < m_positions.size(); ++i)
        if (switchRect(i).adjusted(-2, -2, 2, 2).contains(point))
            return i;
    return -1;
}

void DipSwitchWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const int h = QFontMetrics(font()).height();

    // The body.
    p.setPen(QPen(kBodyEdge, 1.5));
    p.setBrush(kBody);
    p.drawRoundedRect(QRectF(g.body).adjusted(0.5, 0.5, -0.5, -0.5), h / 4.0, h / 4.0);

    // "ON" with an arrow pointing up: the up position is ON.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(kLabel);
    const QRect onText = g.onLabel.adjusted(h * 3 / 4, 0, 0, 0);
    p.drawText(onText, Qt::AlignLeft | Qt::AlignVCenter, tr("ON"));
    {
        const qreal x = g.onLabel.left() + h * 0.3;
        const qreal top = g.onLabel.top() + h * 0.15;
        const qreal bottom = g.onLabel.bottom() - h * 0.1;
        p.setPen(QPen(kLabel, std::max(1.5, h / 9.0), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, bottom), QPointF(x, top));
        QPainterPath head;
        head.moveTo(x - h * 0.22, top + h * 0.25);
        head.lineTo(x, top);
        head.lineTo(x + h * 0.22, top + h * 0.25);
        p.drawPath(head);
    }

    for (int i = 0; i < g.tracks.size(); ++i) {
        const QRect track = g.tracks[i];
        const QChar pos = m_positions[i];
        p.setPen(Qt::NoPen);
        p.setBrush(kTrack);
        p.drawRoundedRect(track, h / 8.0, h / 8.0);
        const int inset = std::max(2, h / 8);
        const QRect inner = track.adjusted(inset, inset, -inset, -inset);
        QRect knob;
        if (pos == QLatin1Char('1'))
            knob = QRect(inner.left(), inner.top(), inner.width(), inner.height() / 2);
        else if (pos == QLatin1Char('0'))
            knob = QRect(inner.left(), inner.top() + inner.height() - inner.height() / 2, inner.width(), inner.height() / 2);
        else
            knob = QRect(inner.left(), inner.top() + inner.height() / 4, inner.width(), inner.height() / 2);
        p.setBrush(pos == QLatin1Char('?') ? kUnknownKnob : kKnob);
        p.setPen(QPen(kBodyEdge, 1));
        p.drawRoundedRect(knob, h / 10.0, h / 10.0);
        if (pos == QLatin1Char('?')) {
            p.setPen(kTrack);
            p.drawText(knob, Qt::AlignCenter, QStringLiteral("?"));
        } else {
            // Grip lines on the knob, as on the part.
            p.setPen(QPen(QColor(0xb0, 0xb0, 0xa8), 1));
            for (int k = 1; k <= 2; ++k) {
                const int y = knob.top() + knob.height() * k / 3;
                p.drawLine(knob.left() + inset, y, knob.right() - inset, y);
            }
        }
        p.setPen(kLabel);
        p.drawText(g.numbers[i], Qt::AlignCenter, QString::number(i + 1));
        if (m_editable && hasFocus() && i == m_current) {
            QPen focus(palette().color(QPalette::Highlight), std::max(2, h / 8), Qt::SolidLine);
            p.setPen(focus);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(track.united(g.numbers[i]).adjusted(-inset, -inset, inset, 0), h / 6.0, h / 6.0);
        }
    }
}

void DipSwitchWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_editable) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int n = int(m_positions.size());
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentSwitch(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
        setCurrentSwitch(std::min(n - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrentSwitch(0);
        break;
    case Qt::Key_End:
        setCurrentSwitch(n - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Select:
        userSet(m_current, m_positions[m_current] == QLatin1Char('1') ? QLatin1Char('0') : QLatin1Char('1'));
        break;
    case Qt::Key_Up:
        userSet(m_current, QLatin1Char('1'));
        break;
    case Qt::Key_Down:
        userSet(m_current, QLatin1Char('0'));
        break;
    default:
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 && event->key() - Qt::Key_1 < n) {
            setCurrentSwitch(event->key() - Qt::Key_1);
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DipSwitchWidget::mousePressEvent(QMouseEvent *event)
{
    const int i = switchAt(event->position().toPoint());
    if (!m_editable || i < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrentSwitch(i);
    userSet(i, m_positions[i] == QLatin1Char('1') ? QLatin1Char('0') : QLatin1Char('1'));
    event->accept();
}

bool DipSwitchWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = switchAt(help->pos());
        if (i < 0) {
            QToolTip::showText(help->globalPos(), describe(), this);
        } else {
            const QString meaning = m_meanings.value(i);
            QString text = tr("Switch %1: %2").arg(i + 1).arg(positionText(m_positions[i]));
            if (!meaning.isEmpty())
                text += QStringLiteral("\n") + meaning;
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    return QWidget::event(event);
}

void DipSwitchWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void DipSwitchWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
