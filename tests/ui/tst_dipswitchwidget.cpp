// The drawn DIP switch bank: its state, what a screen reader is told, the keyboard and the mouse
// when it is editable, and that a read-only drawing cannot be changed by either.

#include "dipswitchwidget.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

class TestDipSwitchWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_data();
    void positions();
    void accessibleText();
    void keyboard();
    void mouse();
    void readOnly();
    void scalesWithFont();
};

void TestDipSwitchWidget::positions_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("shown");
    QTest::newRow("all off") << QStringLiteral("0000") << QStringLiteral("0000");
    QTest::newRow("group 1 master at 9600") << QStringLiteral("1100") << QStringLiteral("1100");
    QTest::newRow("switch 1 to match on site") << QStringLiteral("?100") << QStringLiteral("?100");
    QTest::newRow("anything else is to match") << QStringLiteral("1x0-") << QStringLiteral("1?0?");
    QTest::newRow("empty means unknown") << QString() << QStringLiteral("????");
    QTest::newRow("eight switches") << QStringLiteral("10101010") << QStringLiteral("10101010");
}

void TestDipSwitchWidget::positions()
{
    QFETCH(QString, given);
    QFETCH(QString, shown);
    DipSwitchWidget w;
    QSignalSpy changed(&w, &DipSwitchWidget::positionsChanged);
    w.setPositions(given);
    QCOMPARE(w.positions(), shown);
    QCOMPARE(changed.count(), 0); // only the user's changes are signalled
}

void TestDipSwitchWidget::accessibleText()
{
    DipSwitchWidget w;
    w.setUnitName(QStringLiteral("P1"));
    w.setMeanings({QStringLiteral("RS485 rate"), QStringLiteral("group, bit 1"), QStringLiteral("group, bit 2"), QStringLiteral("group, bit 3")});
    w.setPositions(QStringLiteral("?100"));
    QCOMPARE(w.accessibleName(), QStringLiteral("DIP switches of P1"));
    QCOMPARE(w.accessibleDescription(),
             QStringLiteral("Switch 1 to set on site (RS485 rate), switch 2 ON (group, bit 1), switch 3 OFF (group, bit 2), switch 4 OFF (group, bit 3)."));
    QCOMPARE(w.describe(), w.accessibleDescription());
    // What assistive technology reads comes from the same text.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&w);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("DIP switches of P1"));
    QVERIFY(iface->text(QAccessible::Description).contains(QLatin1String("switch 2 ON")));
    // Editable, the description says how to work it.
    w.setEditable(true);
    QVERIFY(w.accessibleDescription().contains(QLatin1String("Space toggles")));
    QCOMPARE(w.focusPolicy(), Qt::StrongFocus);
}

void TestDipSwitchWidget::keyboard()
{
    DipSwitchWidget w;
    w.setPositions(QStringLiteral("0000"));
    w.setEditable(true);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setFocus();
    QSignalSpy changed(&w, &DipSwitchWidget::positionsChanged);
    QCOMPARE(w.currentSwitch(), 0);
    QTest::keyClick(&w, Qt::Key_Space);
    QCOMPARE(w.positions(), QStringLiteral("1000"));
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentSwitch(), 2);
    QTest::keyClick(&w, Qt::Key_Up);
    QCOMPARE(w.positions(), QStringLiteral("1010"));
    QTest::keyClick(&w, Qt::Key_Up); // already ON: no change, no signal
    QTest::keyClick(&w, Qt::Key_End);
    QCOMPARE(w.currentSwitch(), 3);
    QTest::keyClick(&w, Qt::Key_Right); // stays on the last switch
    QCOMPARE(w.currentSwitch(), 3);
    QTest::keyClick(&w, Qt::Key_2);
    QCOMPARE(w.currentSwitch(), 1);
    QTest::keyClick(&w, Qt::Key_Down); // already OFF
    QTest::keyClick(&w, Qt::Key_Home);
    QTest::keyClick(&w, Qt::Key_Down);
    QCOMPARE(w.positions(), QStringLiteral("0010"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("0010"));
    QVERIFY(w.accessibleDescription().startsWith(QLatin1String("Switch 1 OFF, switch 2 OFF, switch 3 ON")));
    // A '?' knob toggles to ON.
    w.setPositions(QStringLiteral("?000"));
    QTest::keyClick(&w, Qt::Key_Space);
    QCOMPARE(w.positions(), QStringLiteral("1000"));
}

void TestDipSwitchWidget::mouse()
{
    DipSwitchWidget w;
    w.setPositions(QStringLiteral("0000"));
    w.setEditable(true);
    w.resize(w.sizeHint());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy changed(&w, &DipSwitchWidget::positionsChanged);
    // Click each switch from left to right: switch n toggles.
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(&w, Qt::LeftButton, {}, w.switchRect(i).center());
        QCOMPARE(w.positions()[i], QLatin1Char('1'));
        QCOMPARE(w.currentSwitch(), i);
    }
    QCOMPARE(w.positions(), QStringLiteral("1111"));
    QCOMPARE(changed.count(), 4);
    // Outside every switch: nothing.
    QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(w.width() - 2, 2));
    QCOMPARE(changed.count(), 4);
}

void TestDipSwitchWidget::readOnly()
{
    DipSwitchWidget w;
    w.setPositions(QStringLiteral("0100"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy changed(&w, &DipSwitchWidget::positionsChanged);
    QCOMPARE(w.focusPolicy(), Qt::NoFocus);
    QTest::keyClick(&w, Qt::Key_Space);
    QTest::mouseClick(&w, Qt::LeftButton, {}, w.switchRect(1).center());
    QCOMPARE(w.positions(), QStringLiteral("0100"));
    QCOMPARE(changed.count(), 0);
}

void TestDipSwitchWidget::scalesWithFont()
{
    DipSwitchWidget w;
    const QSize normal = w.sizeHint();
    QFont big = w.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    w.setFont(big);
    const QSize large = w.sizeHint();
    QVERIFY2(large.width() > normal.width() * 3 / 2 && large.height() > normal.height() * 3 / 2,
             qPrintable(QStringLiteral("%1x%2 -> %3x%4").arg(normal.width()).arg(normal.height()).arg(large.width()).arg(large.height())));
}

QTEST_MAIN(TestDipSwitchWidget)
#include "tst_dipswitchwidget.moc"
