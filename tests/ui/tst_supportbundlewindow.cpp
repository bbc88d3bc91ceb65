// File > Save a support bundle… in the window, offscreen, on the demo bank and on a scenario that
// raises an over-temperature protection, both read through the real path (LoopbackBank) on an
// injected clock, while "recording": the dialog says what goes in, the file chooser picks the
// name, Save writes it and a message lists what it holds. The ZIP is read back with python3's
// zipfile and each file checked against the window's own BankMonitor. Pictures of the dialog and
// the message go to build/test-output/.

#include "scenariorig.h"

#include "catalogue.h"
#include "mainwindow.h"
#include "supportbundledialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QStringList> csv(const QByteArray &text)
{
    QList<QStringList> rows;
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty())
            rows.append(l.split(QLatin1Char(',')));
    }
    return rows;
}

void saveShot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    w->grab().save(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/") + name);
}

} // namespace

class TestSupportBundleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcutIsItsOwn();
    void savesTheWindowsBank_data();
    void savesTheWindowsBank();
    void aPlanThatIsNotAPlanIsRefused();
};

void TestSupportBundleWindow::shortcutIsItsOwn()
{
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow w(rig.monitor, QStringLiteral("demo"), &rig.bank.activity());
    auto *action = w.findChild<QAction *>(QStringLiteral("supportBundle"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QVERIFY(action->text().contains(QLatin1Char('&')));
    for (QAction *other : w.findChildren<QAction *>())
        if (other != action)
            QVERIFY2(other->shortcut() != action->shortcut(), qPrintable(other->objectName()));
}

void TestSupportBundleWindow::savesTheWindowsBank_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("protection");
    QTest::newRow("demo") << QString() << 30.0 << false;
    QTest::newRow("over-temperature") << QStringLiteral("pylontech-wiring-faults.json") << 38.0 << true;
}

void TestSupportBundleWindow::savesTheWindowsBank()
{
    QFETCH(QString, scenario);
    QFETCH(double, seconds);
    QFETCH(bool, protection);
    ScenarioRig rig(scenario.isEmpty() ? ScenarioRig::demo() : ScenarioRig::file(scenario));
    rig.runFor(seconds);
    const Catalogue catalogue = Catalogue::builtIn();
    MainWindow w(rig.monitor, QStringLiteral("demo bank"), &rig.bank.activity());
    w.setWorkflowServices(&catalogue, nullptr);
    w.tick();
    QTemporaryDir dir;
    // The window is recording: that file goes in as it is.
    const QString recording = dir.filePath(QStringLiteral("site.log"));
    {
        QFile f(recording);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# BankScope session\n(1741939200.000000) ttyUSB0 RX 7E323030323436303041413030464442320D\n");
    }
    w.setRecording(true, recording);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    w.findChild<QAction *>(QStringLiteral("supportBundle"))->trigger();
    auto *dialog = w.findChild<SupportBundleDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString plan = QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json");
    const QString chosen = dir.filePath(QStringLiteral("for the vendor"));
    dialog->setFileChooser([&](SupportBundleDialog::FileChoice choice, const QString &) {
        return choice == SupportBundleDialog::FileChoice::Plan ? plan : chosen;
    });
    // What goes in is said before anything is written.
    const QString before = dialog->findChild<QLabel *>(QStringLiteral("bundleContents"))->text();
    QVERIFY(before.contains(QStringLiteral("site.log")));
    QVERIFY(before.contains(QStringLiteral("No commissioning plan")));
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == SupportBundleDialog::tr("&Plan\u2026") || b->text() == SupportBundleDialog::tr("C&hange\u2026"))
            b->click();
    }
    QCOMPARE(dialog->planPath(), plan);
    QCOMPARE(dialog->outputPath(), chosen + QStringLiteral(".zip")); // the extension added
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bundleContents"))->text().contains(QStringLiteral("The commissioning plan of")));
    QVERIFY(!QFile::exists(dialog->outputPath()));
    saveShot(dialog, QStringLiteral("supportbundle-dialog-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));

    QPushButton *save = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == SupportBundleDialog::tr("&Save"))
            save = b;
    QVERIFY(save);
    save->click();
    const QString zip = chosen + QStringLiteral(".zip");
    QVERIFY(QFile::exists(zip));
    QMessageBox *done = nullptr;
    QTRY_VERIFY((done = w.findChild<QMessageBox *>(QStringLiteral("supportBundleSaved"))) != nullptr);
    QTRY_VERIFY(done->isVisible());
    QVERIFY(done->text().contains(QStringLiteral("Nothing was sent anywhere")));
    for (const char *name : {"MANIFEST.txt", "plan.json", "recordings/site.log", "findings.json", "firmware.csv", "cells.csv", "bank.json"})
        QVERIFY2(done->informativeText().contains(QLatin1String(name)), name);
    saveShot(done, QStringLiteral("supportbundle-saved-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    done->accept();

    // Read back with python3's zipfile (it checks every CRC) and compared with the window's bank.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString out = dir.filePath(QStringLiteral("unpacked"));
    QProcess p;
    p.start(python, {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(readAll(out + QStringLiteral("/recordings/site.log")), readAll(recording));
    QCOMPARE(readAll(out + QStringLiteral("/plan.json")), readAll(plan));

    // Every pack's cells, as the monitor holds them.
    QHash<QString, QList<int>> cells;
    for (const QStringList &row : csv(readAll(out + QStringLiteral("/cells.csv"))).mid(1))
        cells[row[0]].append(row[6].toInt());
    int packsWithCells = 0;
    for (const PackConfig &pc : rig.monitor.config().packs) {
        const PackReading *r = rig.monitor.reading(pc.id);
        if (!r || !r->cellsMv.has())
            continue;
        ++packsWithCells;
        QCOMPARE(cells.value(pc.id), *r->cellsMv);
    }
    QVERIFY(packsWithCells >= 2);
    QCOMPARE(cells.size(), packsWithCells);

    // The firmware table: every pack of the bank with what its link read and what the plan says.
    const QList<QStringList> fw = csv(readAll(out + QStringLiteral("/firmware.csv")));
    QVERIFY(fw.size() >= rig.monitor.config().packs.size() + 1);
    for (int i = 0; i < rig.monitor.config().packs.size(); ++i) {
        const PackConfig &pc = rig.monitor.config().packs[i];
        QCOMPARE(fw[i + 1][0], pc.id);
        const PackLinkInfo *info = rig.monitor.linkInfo(pc.id);
        QCOMPARE(fw[i + 1][7], info ? info->firmware : QString());
    }

    // The events and their freeze-frames, as the Events page lists them.
    const QJsonObject findings = QJsonDocument::fromJson(readAll(out + QStringLiteral("/findings.json"))).object();
    QCOMPARE(findings[QStringLiteral("events")].toArray().size(), rig.monitor.events().events().size());
    QCOMPARE(findings[QStringLiteral("freeze_frames")].toArray().size() > 0, protection);
    if (protection) {
        bool overTemperature = false;
        for (const QJsonValue &v : findings[QStringLiteral("events")].toArray()) {
            const QJsonObject e = v.toObject();
            if (e[QStringLiteral("type")].toString() == QLatin1String("pack-protection") && e[QStringLiteral("subject")].toString() == QLatin1String("P1")
                && e[QStringLiteral("freeze_frame")].isDouble())
                overTemperature = true;
        }
        QVERIFY(overTemperature);
    }
    const QJsonObject bank = QJsonDocument::fromJson(readAll(out + QStringLiteral("/bank.json"))).object();
    QCOMPARE(bank[QStringLiteral("packs")].toArray().size(), rig.monitor.config().packs.size());
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(out + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest[QStringLiteral("source")].toString(), QStringLiteral("demo bank"));
}

void TestSupportBundleWindow::aPlanThatIsNotAPlanIsRefused()
{
    ScenarioRig rig(ScenarioRig::demo());
    const Catalogue catalogue = Catalogue::builtIn();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("plan.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"packs\": 3}");
    f.close();
    SupportBundleDialog dialog(rig.monitor, {}, QStringLiteral("demo"), &catalogue, nullptr);
    dialog.show();
    QVERIFY(!dialog.setPlanPath(bad));
    QVERIFY(dialog.planPath().isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("This plan cannot be opened")));
    box->accept();
    // An output that cannot be written: said, nothing left behind, the dialog stays open.
    dialog.setOutputPath(QStringLiteral("/nonexistent/folder/b.zip"));
    QVERIFY(dialog.save().isEmpty());
    QTRY_VERIFY(dialog.findChildren<QMessageBox *>().size() >= 1);
    bool said = false;
    for (QMessageBox *m : dialog.findChildren<QMessageBox *>())
        said |= m->text().contains(QStringLiteral("The support bundle was not saved"));
    QVERIFY(said);
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestSupportBundleWindow)
#include "tst_supportbundlewindow.moc"
