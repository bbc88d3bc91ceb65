// The window in French, as an installer in France or West Africa sees it: the main window on the
// demo bank with its link chips and problem banner, each page, the menus, the connection dialog
// (Ctrl+K, each kind of source) and the preferences, through the bankscope_fr.qm the build
// compiles. Pictures into the build tree (test-output/fr-*.png, and -200 at 200 % under
// tst_frenchwindow_200) for a person to look at. The checks: the French is what is shown, and no
// label, button, group title, combo box, page list entry, menu bar or column header is narrower
// than its French text (cut short).

#include "cutshort.h"
#include "scenariorig.h"
#include "testdata.h"

#include "appsettings.h"
#include "connectiondialog.h"
#include "linkstatusbar.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

class TestFrenchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void connectionDialog_data();
    void connectionDialog();
    void preferences();

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own words (Cancel, OK), as bankscope loads them
};

namespace {

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString suffix()
{
    return qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? QStringLiteral("-200") : QString();
}

void save(QWidget &w, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = TestData::outputPath(QStringLiteral("fr-") + name + suffix() + QStringLiteral(".png"));
    QVERIFY2(w.grab().save(path), qPrintable(path));
}

LinkStatus listening()
{
    LinkStatus s;
    s.name = QStringLiteral("rs485");
    s.kind = SessionSource::Kind::Serial;
    s.device = QStringLiteral("/dev/ttyUSB0");
    s.protocol = ProtocolId::PylontechRs485;
    s.speed = 115200;
    s.phase = LinkStatus::Phase::Listening;
    s.role = LinkRole::Listen;
    s.listenRemainingMs = 6200;
    s.heard = translated("BankSession", "nothing yet");
    return s;
}

LinkStatus failed()
{
    LinkStatus s;
    s.name = QStringLiteral("can0");
    s.kind = SessionSource::Kind::CanPlugin;
    s.device = QStringLiteral("socketcan:can0");
    s.protocol = ProtocolId::PylonCan;
    s.speed = 500000;
    s.phase = LinkStatus::Phase::Failed;
    s.role = LinkRole::Listen;
    s.error = LinkError::OpenError;
    s.errorText = translated("BankSession", "permission denied on %1").arg(s.device);
    s.nextStep = translated("BankSession", "Check that the CAN interface exists and is up (ip link show), then connect again.");
    return s;
}

} // namespace

void TestFrenchWindow::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY2(m_translator.load(QStringLiteral(BANKSCOPE_QM_DIR "/bankscope_fr.qm")),
             "bankscope_fr.qm is not built (target bankscope_lrelease)");
    QVERIFY(QApplication::installTranslator(&m_translator));
    if (m_qtTranslator.load(QLocale(QStringLiteral("fr")), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
    QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

void TestFrenchWindow::cleanupTestCase()
{
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qtTranslator);
}

void TestFrenchWindow::mainWindow()
{
    ScenarioRig rig(ScenarioRig::demo());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    MainWindow window(rig.monitor,
                      translated("main", "Demo bank: 4 \u00D7 US3000C simulated (RS485 and CAN loopback), no hardware connected"),
                      &rig.bank.activity());
    window.setWorkflowServices(nullptr, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    rig.runFor(30);
    window.setLinkStatuses({listening(), failed()});
    window.tick();

    // The menus are French, each with its own accelerator letter in the menu bar.
    QStringList titles;
    QSet<QChar> letters;
    for (QAction *menu : window.menuBar()->actions()) {
        titles << menu->text();
        const qsizetype amp = menu->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < menu->text().size(), qPrintable(menu->text()));
        const QChar letter = menu->text().at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(QStringLiteral("two menus on Alt+%1: %2").arg(letter).arg(titles.join(QStringLiteral(", ")))));
        letters.insert(letter);
    }
    QCOMPARE(titles.first(), QStringLiteral("&Fichier"));
    QVERIFY2(titles.contains(QStringLiteral("&Connexion")), qPrintable(titles.join(QStringLiteral(", "))));
    // Each menu's entries too: one accelerator letter per entry.
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
            if (a->isSeparator() || amp < 0 || amp + 1 >= a->text().size())
                continue;
            const QChar letter = a->text().at(amp + 1).toLower();
            QVERIFY2(!seen.contains(letter) || seen.value(letter) == a->text(),
                     qPrintable(QStringLiteral("%1: %2 and %3 on the same letter").arg(menu->title(), seen.value(letter), a->text())));
            seen.insert(letter, a->text());
        }
    }
    auto *chips = window.findChild<LinkStatusBar *>();
    QVERIFY(chips);
    QVERIFY2(chips->findChildren<QLabel *>().size() > 0, "no link chip");

    // Every page, as the installer steps through them (Ctrl+1 .. Ctrl+6).
    const QStringList pages{QStringLiteral("overview"), QStringLiteral("pack"), QStringLiteral("cells"),
                            QStringLiteral("inverter"), QStringLiteral("events"), QStringLiteral("links")};
    QStringList problems;
    for (int i = 0; i < pages.size(); ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        window.tick();
        QCoreApplication::processEvents();
        save(window, QStringLiteral("window-") + pages[i]);
        for (const QString &p : CutShort::find(&window))
            problems << pages[i] + QStringLiteral(": ") + p;
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) cut short in French:\n  ").arg(problems.size())
                                            + problems.join(QStringLiteral("\n  "))));

    // The File and Connection menus open, for the picture.
    for (const QString &name : {QStringLiteral("fileMenu"), QStringLiteral("connectionMenu")}) {
        auto *menu = window.findChild<QMenu *>(name);
        QVERIFY(menu);
        menu->popup(window.mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        save(*menu, name);
        menu->hide();
    }
}

void TestFrenchWindow::connectionDialog_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("serial") << int(SessionSource::Kind::Serial);
    QTest::newRow("can") << int(SessionSource::Kind::CanPlugin);
    QTest::newRow("slcan") << int(SessionSource::Kind::Slcan);
    QTest::newRow("recording") << int(SessionSource::Kind::Recording);
    QTest::newRow("simulated") << int(SessionSource::Kind::Simulated);
}

void TestFrenchWindow::connectionDialog()
{
    QFETCH(int, kind);
    ScenarioRig rig(ScenarioRig::demo());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    MainWindow window(rig.monitor, QStringLiteral("demo"), &rig.bank.activity());
    window.setWorkflowServices(nullptr, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+K, as the installer opens it.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), translated("ConnectionDialog", "Connect"));
    QVERIFY(dialog->windowTitle() != QLatin1String("Connect"));
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(kind));
    QCoreApplication::processEvents();
    save(*dialog, QStringLiteral("connection-dialog-") + QString::fromLatin1(QTest::currentDataTag()));
    const QStringList problems = CutShort::find(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) cut short in French:\n  ").arg(problems.size())
                                            + problems.join(QStringLiteral("\n  "))));
    dialog->reject();
}

void TestFrenchWindow::preferences()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    PreferencesDialog dialog(settings, {QStringLiteral("fr"), QStringLiteral("ha"), QStringLiteral("ig"), QStringLiteral("pcm"),
                                        QStringLiteral("yo")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Pr\u00E9f\u00E9rences"));
    save(dialog, QStringLiteral("preferences"));
    const QStringList problems = CutShort::find(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) cut short in French:\n  ").arg(problems.size())
                                            + problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestFrenchWindow)
#include "tst_frenchwindow.moc"
