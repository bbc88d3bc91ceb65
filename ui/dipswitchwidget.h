#pragma once

#include <QStringList>
#include <QWidget>

// A bank of DIP switches drawn as the installer finds it on the unit: a body with the switches
// numbered from 1 on the left, "ON" and an arrow marking the up position, each knob up (ON),
// down (OFF) or parked in the middle with a "?" (a position to be matched on site). What each
// switch means is set per switch and shown on hover and in the accessible description, which a
// screen reader reads as "switch 1 OFF: RS485 rate, ...". Read-only by default; when editable it
// takes the keyboard (Left/Right or Home/End pick a switch, Space toggles, Up sets ON, Down sets
// OFF, 1-9 jump to a switch) and the mouse (a click toggles). Drawn from the palette and the font,
// so it reads in the dark palette and at 200 %. GUI thread.
class DipSwitchWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString positions READ positions WRITE setPositions NOTIFY positionsChanged)
    Q_PROPERTY(bool editable READ isEditable WRITE setEditable)

public:
    explicit DipSwitchWidget(QWidget *parent = nullptr);

    // Switch 1 first: '1' ON (up), '0' OFF (down), '?' to match on site. Any other character is
    // drawn as '?'. The number of characters is the number of switches (four on every model
    // BankScope plans today).
    QString positions() const { return m_positions; }
    void setPositions(const QString &positions);

    // One short text per switch: "RS485 rate", "group, bit 1" ...
    QStringList meanings() const { return m_meanings; }
    void setMeanings(const QStringList &meanings);

    // The unit the switches belong to ("P1"): part of the accessible name.
    QString unitName() const { return m_unit; }
    void setUnitName(const QString &unit);

    bool isEditable() const { return m_editable; }
    void setEditable(bool editable);

    // The switch the keyboard acts on (0-based).
    int currentSwitch() const { return m_current; }
    void setCurrentSwitch(int index);
    // Sets one switch; '1', '0' or '?'.
    void setSwitch(int index, QChar position);

    // Where switch `index` is drawn (its slot and its number), in widget coordinates.
    QRect switchRect(int index) const;
    // What a screen reader says: "Switch 1 OFF (RS485 rate), switch 2 ON (group, bit 1) ...".
    QString describe() const;
    // The words for one position: "ON", "OFF", "to set on site".
    static QString positionText(QChar position);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Only for a change made by the user on an editable widget.
    void positionsChanged(const QString &positions);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Geometry
    {
        QRect body;
        QList<QRect> tracks;  // the slot each knob runs in
        QRect onLabel;        // "ON" with its arrow
        QList<QRect> numbers; // the number under each switch
    };
    Geometry geometry() const;
    int switchAt(const QPoint &point) const;
    void userSet(int index, QChar position);
    void updateAccessibleText();

    QString m_positions = QStringLiteral("0000");
    QStringList m_meanings;
    QString m_unit;
    bool m_editable = false;
    int m_current = 0;
};
