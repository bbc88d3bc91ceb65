// bankscope's command line and what it opens, through the same parsing and composition as its
// main() (GuiStart): the window on a serial port polled against bankscope-sim, beside a peer
// thread playing a polling inverter (nothing sent), a replay that ends on the same aggregation
// as bankscope-cli replay of the same file, and bad input: one line and exit 2 from the real
// binary, a corrupt recording line named by number, a protocol that does not match the traffic.

#include "simonpty.h"
#include "appsettings.h"
#include "bankjson.h"
#include "busguard.h"
#include "capturepeer.h"
#include "guistart.h"
#include "mainwindow.h"
#include "packstate.h"
#include "packtablemodel.h"
#include "ptydevice.h"
#include "serialports.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QStringList args(const QStringList &rest)
{
    return QStringList{QStringLiteral("bankscope")} + rest;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray timeText(qint64 us)
{
    return QByteArray::number(us / 1000000) + '.' + QByteArray::number(us % 1000000).rightJustified(6, '0');
}

// The Pylontech capture as the recording BankScope's sniffer would have made of it (as
// tst_cli_replay builds it).
QByteArray pylontechSession()
{
    QByteArray out = "# tests/data/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log as a BankScope recording\n";
    const qint64 t0 = 1732440000000000LL;
    for (const QByteArray &raw : readFile(TestData::pylontechCapture()).split('\n')) {
        const QList<QByteArray> t = raw.simplified().split(' ');
        if (t.size() != 3 || t[0].startsWith('#'))
            continue;
        const qint64 us = t0 + qint64(t[0].toDouble() * 1e6 + 0.5);
        out += '(' + timeText(us) + ") ttyUSB0 " + (t[1] == "REQ" ? "TX " : "RX ") + QByteArray(t[2] + '\r').toHex().toUpper() + '\n';
    }
    return out;
}

using Sim = SimOnPty;

QProcessEnvironment quietEnvironment(const QString &runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir); // private (0700): no Qt warning on stderr
    return env;
}

} // namespace

class TestGuiStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsBuildThePlan();
    void badArguments_data();
    void badArguments();
    void badArgumentsFromTheBinary_data();
    void badArgumentsFromTheBinary();
    void serialPollShowsThePacksOfBankscopeSim();
    void serialWithoutRoleBesideAnInverterSendsNothing();
    void replayEndsOnTheCliAggregation_data();
    void replayEndsOnTheCliAggregation();
    void corruptRecordingLineIsNamed();
    void protocolThatDoesNotMatchTheTraffic();
    void windowLanguageFromTheSettingsAndResetSettings();
    void masterAsleepAtIdleIsShownAsleep();
    void portWithoutPermission();
    void portHeldByAnotherProgram_data();
    void portHeldByAnotherProgram();

private:
    QTemporaryDir m_dir;
};

void TestGuiStart::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestGuiStart::optionsBuildThePlan()
{
    PtyPair pty;
    QFile log(m_dir.filePath(QStringLiteral("some.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("(1.000000) can0 351#1402C012C012C201\n");
    log.close();

    // No option: the demo, as before.
    GuiStart::Options o = GuiStart::parse(args({}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QVERIFY(o.demo);
    QVERIFY(o.plan.isEmpty());

    // Several sources at once; the serial link's role is auto unless asked.
    o = GuiStart::parse(args({QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--protocol"), QStringLiteral("jk-pb"),
                              QStringLiteral("--baud"), QStringLiteral("9600"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0"),
                              QStringLiteral("--bitrate"), QStringLiteral("250000"), QStringLiteral("--record"), QStringLiteral("/tmp/x.log")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QVERIFY(!o.demo);
    QCOMPARE(o.plan.sources.size(), 2);
    QCOMPARE(o.plan.sources[0].kind, SessionSource::Kind::Serial);
    QCOMPARE(o.plan.sources[0].device, pty.slavePath());
    QCOMPARE(o.plan.sources[0].role, RoleRequest::Auto);
    QCOMPARE(o.plan.sources[0].protocol, std::optional<ProtocolId>(ProtocolId::JkPb));
    QCOMPARE(o.plan.sources[0].speed, 9600);
    QCOMPARE(o.plan.sources[1].kind, SessionSource::Kind::CanPlugin);
    QCOMPARE(o.plan.sources[1].device, QStringLiteral("virtualcan:can0"));
    QCOMPARE(o.plan.sources[1].speed, 250000);
    QCOMPARE(o.plan.recordTo, QStringLiteral("/tmp/x.log"));

    o = GuiStart::parse(args({QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--listen")}));
    QCOMPARE(o.plan.sources[0].role, RoleRequest::Listen);
    QVERIFY(!o.plan.sources[0].protocol);
    o = GuiStart::parse(args({QStringLiteral("--slcan"), pty.slavePath(), QStringLiteral("--baud"), QStringLiteral("921600")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.plan.sources[0].kind, SessionSource::Kind::Slcan);
    QCOMPARE(o.plan.sources[0].adapterBaud, 921600);
    o = GuiStart::parse(args({QStringLiteral("--replay"), log.fileName(), QStringLiteral("--replay-speed"), QStringLiteral("0")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.plan.sources[0].kind, SessionSource::Kind::Recording);
    QCOMPARE(o.plan.sources[0].replaySpeed, 0.0);
    QVERIFY(o.plan.isReplay());
    o = GuiStart::parse(args({QStringLiteral("--scenario"), QStringLiteral("x.json")}));
    QVERIFY(o.error.isEmpty());
    QVERIFY(!o.demo);
    QCOMPARE(o.scenario, QStringLiteral("x.json"));
}

void TestGuiStart::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString log = QStringLiteral(BANKSCOPE_TEST_DATA "/logs/candump-screen-td.log");
    QTest::newRow("port not there") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/ttyNONE9")}
                                    << "--serial /dev/ttyNONE9: no such port";
    QTest::newRow("SLCAN port not there") << QStringList{QStringLiteral("--slcan"), QStringLiteral("/dev/ttyNONE9")}
                                          << "--slcan /dev/ttyNONE9: no such port";
    QTest::newRow("recording not there") << QStringList{QStringLiteral("--replay"), QStringLiteral("/nonexistent/x.log")}
                                         << "--replay /nonexistent/x.log:";
    QTest::newRow("listen and poll") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--listen"),
                                                    QStringLiteral("--poll")}
                                     << "--listen and --poll exclude each other";
    QTest::newRow("poll without a link") << QStringList{QStringLiteral("--poll")} << "--poll needs a link";
    QTest::newRow("poll on CAN") << QStringList{QStringLiteral("--can"), QStringLiteral("virtualcan:can0"), QStringLiteral("--poll")}
                                 << "CAN links only listen";
    QTest::newRow("demo and a port") << QStringList{QStringLiteral("--demo"), QStringLiteral("--serial"), QStringLiteral("/dev/null")}
                                     << "--demo and --scenario play a simulated bank";
    QTest::newRow("unknown protocol") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--protocol"),
                                                     QStringLiteral("modbus-x")}
                                      << "unknown protocol 'modbus-x'";
    QTest::newRow("CAN protocol on serial") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--protocol"),
                                                           QStringLiteral("pylon-can")}
                                            << "pylon-can is a CAN protocol: use --can or --slcan";
    QTest::newRow("no such CAN plugin") << QStringList{QStringLiteral("--can"), QStringLiteral("nosuch:can0")}
                                        << "Qt has no CAN plugin 'nosuch'";
    QTest::newRow("baud not a number") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--baud"),
                                                      QStringLiteral("fast")}
                                       << "--baud needs a whole number, got 'fast'";
    QTest::newRow("record a replay") << QStringList{QStringLiteral("--replay"), log, QStringLiteral("--record"), QStringLiteral("x.log")}
                                     << "--record records live links";
    QTest::newRow("replay speed nan") << QStringList{QStringLiteral("--replay"), log, QStringLiteral("--replay-speed"), QStringLiteral("nan")}
                                      << "--replay-speed needs 0";
    QTest::newRow("two serial ports") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--serial"),
                                                     QStringLiteral("/dev/null")}
                                      << "--serial is given more than once";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--seriall"), QStringLiteral("x")} << "Unknown option 'seriall'";
}

void TestGuiStart::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const GuiStart::Options o = GuiStart::parse(args(arguments));
    QVERIFY2(o.error.contains(says), qPrintable(o.error));
    QVERIFY(!o.error.contains(QLatin1Char('\n')));
}

void TestGuiStart::badArgumentsFromTheBinary_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");
    QTest::newRow("port not there") << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/ttyNONE9"), QStringLiteral("--protocol"),
                                                   QStringLiteral("pylontech-rs485")}
                                    << "bankscope: --serial /dev/ttyNONE9: no such port (plugged in? bankscope-cli ports lists them)";
    QTest::newRow("scenario not there") << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")}
                                        << "bankscope: cannot read /nonexistent.json: No such file or directory";
}

void TestGuiStart::badArgumentsFromTheBinary()
{
    // The real program: one line on stderr, exit 2, and no window (it is gone at once).
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    QProcess p;
    QTemporaryDir runtime;
    p.setProcessEnvironment(quietEnvironment(runtime.path()));
    p.start(QStringLiteral(BANKSCOPE_GUI), arguments);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(err, line + QLatin1Char('\n'));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestGuiStart::serialPollShowsThePacksOfBankscopeSim()
{
    Sim sim;
    QVERIFY(sim.start(QStringLiteral(BANKSCOPE_SCENARIOS "/pylontech-4pack-healthy.json")));
    const GuiStart::Options o = GuiStart::parse(
        args({QStringLiteral("--serial"), sim.path, QStringLiteral("--poll"), QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    window.show();
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::Listening); // --poll keeps the window
    QCOMPARE(session.status(0).bytesSent, quint64(0));

    // After the real 10 s window on a silent bus: polled, and the four packs are in the window's model.
    PackTableModel *model = window.packModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->data(model->index(3, PackTableModel::SocColumn)).toString().isEmpty(), 10000);
    window.tick();
    QCOMPARE(model->data(model->index(0, PackTableModel::PackColumn)).toString(), QStringLiteral("A2"));
    QCOMPARE(model->data(model->index(3, PackTableModel::PackColumn)).toString(), QStringLiteral("A5"));
    const LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::Polling);
    QCOMPARE(st.decision->code, RoleDecision::Code::SilentWindow);
    QVERIFY(st.bytesSent > 0);
    QVERIFY(composition.sourceDescription().contains(QLatin1String("pylontech-rs485 on ")));
    QString saved = QStringLiteral(BANKSCOPE_TEST_OUTPUT "/gui-serial-poll.png");
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QVERIFY(window.grab().save(saved));
}

void TestGuiStart::serialWithoutRoleBesideAnInverterSendsNothing()
{
    PtyPair pty;
    CapturePeer inverter(pty);
    inverter.play(CapturePeer::capture(-1));
    const GuiStart::Options o = GuiStart::parse(args({QStringLiteral("--serial"), pty.slavePath()}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    QSignalSpy decided(&session, &BankSession::roleDecided);
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::Listening);
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 25000);
    const LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::ListeningOnly);
    QCOMPARE(st.decision->code, RoleDecision::Code::MasterPolls);
    QCOMPARE(st.bytesSent, quint64(0));
    // What the inverter's bank answers is shown all the same.
    QTRY_COMPARE_WITH_TIMEOUT(window.packModel()->rowCount(), 2, 10000);
    // Each row says why BankScope only listens: another master on the bus, with the evidence.
    PackTableModel *model = window.packModel();
    const QString anotherMaster = PackConditionNames::label(PackCondition::AnotherMaster);
    QTRY_VERIFY_WITH_TIMEOUT((window.tick(), model->data(model->index(0, PackTableModel::StateColumn)).toString() == anotherMaster), 10000);
    // (The other module's data comes inside the master's answers to the other master's polls of
    // 0x02: its row is online; the master's row carries the bus's state.)
    const QString evidence = model->data(model->index(0, PackTableModel::StateColumn), Qt::ToolTipRole).toString();
    QVERIFY2(evidence.contains(QLatin1String("requests BankScope did not send")), qPrintable(evidence));
    session.stop();
    inverter.stop();
    // Read from the peer's side: not one byte.
    QVERIFY(pty.read(500).isEmpty());
}

void TestGuiStart::replayEndsOnTheCliAggregation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("Pylontech capture (1568 frames)") << pylontechSession();
    for (const char *f : {"logs/candump-screen-td.log", "logs/savvycan-gvret.csv", "logs/log2asc-c1.asc", "pylon-can/rec-q-candump-screen.log"})
        QTest::addRow("%s", f) << readFile(TestData::path(QString::fromLatin1(f)));
}

void TestGuiStart::replayEndsOnTheCliAggregation()
{
    QFETCH(QByteArray, text);
    QVERIFY(!text.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("%1.log").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('_'))));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    // bankscope-cli replay of the file.
    QProcess cli;
    cli.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("replay"), file, QStringLiteral("--fast")});
    QVERIFY(cli.waitForFinished(60000));
    QJsonObject expected;
    for (const QByteArray &l : cli.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o.contains(QStringLiteral("aggregation")))
            expected = o[QStringLiteral("aggregation")].toObject();
    }
    QVERIFY(!expected.isEmpty());

    // The window's replay of the same file, as fast as possible.
    const GuiStart::Options o = GuiStart::parse(args({QStringLiteral("--replay"), file, QStringLiteral("--replay-speed"), QStringLiteral("0")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    BankSession &session = composition.session();
    QSignalSpy finished(&session, &BankSession::replayFinished);
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    QVERIFY(finished.wait(60000));
    const LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::ReplayEnded);
    // Plainly a replay, on the file's time.
    QVERIFY(composition.sourceDescription().startsWith(QLatin1String("Replay of ")));
    QCOMPARE(session.monitor().nowMs(), st.fileTimeUs / 1000);

    QJsonObject actual = BankJson::toJson(session.monitor().result());
    if (session.monitor().observed())
        actual.insert(QStringLiteral("observed"), BankJson::viewToJson(*session.monitor().observed()));
    if (actual != expected) {
        qWarning().noquote() << "window:" << QJsonDocument(actual).toJson(QJsonDocument::Compact);
        qWarning().noquote() << "cli:   " << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(actual, expected);
    window.tick();
    QCOMPARE(window.packModel()->rowCount(), int(session.monitor().config().packs.size()));
}

void TestGuiStart::corruptRecordingLineIsNamed()
{
    // The capture as a recording, its 7th line (an event) cut in the middle.
    QList<QByteArray> lines = pylontechSession().split('\n');
    lines[6] = lines[6].left(30) + " \xff";
    const QString file = m_dir.filePath(QStringLiteral("corrupt.log"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.mid(0, 40).join('\n') + '\n');
    }
    const GuiStart::Options o = GuiStart::parse(args({QStringLiteral("--replay"), file, QStringLiteral("--replay-speed"), QStringLiteral("0")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    BankSession &session = composition.session();
    QSignalSpy finished(&session, &BankSession::replayFinished);
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    QVERIFY(finished.wait(20000));
    const LinkStatus st = session.status(0);
    QCOMPARE(st.firstBadLine, qint64(7));
    QCOMPARE(st.badLines, quint64(1));
    QVERIFY2(st.errorText.startsWith(QLatin1String("line 7 of the recording cannot be read")), qPrintable(st.errorText));
    QVERIFY(st.frames > 0); // the rest played
    QVERIFY(session.monitor().reading(QStringLiteral("A2")));
}

void TestGuiStart::protocolThatDoesNotMatchTheTraffic()
{
    // JK-PB chosen, a Pylontech inverter and bank on the wire: bytes, and no valid frame.
    PtyPair pty;
    CapturePeer inverter(pty);
    inverter.play(CapturePeer::capture(-1));
    const GuiStart::Options o = GuiStart::parse(
        args({QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--listen"), QStringLiteral("--protocol"), QStringLiteral("jk-pb")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    QTRY_VERIFY_WITH_TIMEOUT(session.status(0).bytesWithoutFrames, 15000);
    const LinkStatus st = session.status(0);
    QCOMPARE(st.frames, quint64(0));
    QVERIFY(st.bytes > 0);
    QCOMPARE(st.errorText, QStringLiteral("bytes arrive but no valid frames: wrong baud or protocol?"));
    QCOMPARE(st.bytesSent, quint64(0));
    session.stop();
    inverter.stop();
    QVERIFY(pty.read(300).isEmpty());
}

void TestGuiStart::windowLanguageFromTheSettingsAndResetSettings()
{
    // The window's language is the one chosen in Preferences (AppSettings), read before
    // anything is said; --reset-settings forgets it (and everything else) and says so.
    QTemporaryDir config;
    QTemporaryDir runtime;
    const QString file = config.filePath(QStringLiteral("BankScope/BankScope.ini"));
    {
        AppSettings s(file);
        s.setWindowLanguage(QStringLiteral("fr"));
        s.setPlanFolder(QStringLiteral("/home/tech/plans"));
        s.sync();
    }
    QProcessEnvironment env = quietEnvironment(runtime.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    const auto run = [&env](const QStringList &arguments, int &code) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BANKSCOPE_GUI), arguments);
        if (!p.waitForFinished(30000))
            return QString();
        code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardError());
    };
    int code = -1;
    const QStringList missingPort{QStringLiteral("--serial"), QStringLiteral("/dev/ttyNONE9")};
    const QString french = run(missingPort, code);
    QCOMPARE(code, 2);
    QVERIFY2(french.contains(QLatin1String("/dev/ttyNONE9")), qPrintable(french));
    QVERIFY2(!french.contains(QLatin1String("no such port")), qPrintable(french)); // said in French, not English

    const QString reset = run({QStringLiteral("--reset-settings"), QStringLiteral("--screenshot"), config.filePath(QStringLiteral("shot.png")),
                               QStringLiteral("--screenshot-after"), QStringLiteral("0.5")},
                              code);
    QCOMPARE(code, 0);
    QVERIFY2(reset.contains(QLatin1String("every remembered setting forgotten")), qPrintable(reset));
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("shot.png"))));
    {
        AppSettings s(file);
        QVERIFY(s.windowLanguage().isEmpty());
        QVERIFY(s.planFolder() != QLatin1String("/home/tech/plans"));
    }
    const QString english = run(missingPort, code);
    QCOMPARE(code, 2);
    QCOMPARE(english, QStringLiteral("bankscope: --serial /dev/ttyNONE9: no such port (plugged in? bankscope-cli ports lists them)\n"));
}

void TestGuiStart::masterAsleepAtIdleIsShownAsleep()
{
    // A bank at rest (no load), polled; then its master's BMS goes to sleep (the simulator's
    // bms-asleep: it stops answering). Its row turns "asleep", not "no answer", and says why.
    QFile healthy(QStringLiteral(BANKSCOPE_SCENARIOS "/pylontech-4pack-healthy.json"));
    QVERIFY(healthy.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(healthy.readAll()).object();
    scenario.remove(QStringLiteral("load"));
    // Packs at one SOC: no current circulates between them, so the bank is truly at rest.
    QJsonArray packs = scenario[QStringLiteral("packs")].toArray();
    for (qsizetype i = 0; i < packs.size(); ++i) {
        QJsonObject pack = packs[i].toObject();
        pack[QStringLiteral("soc_pct")] = 76;
        packs[i] = pack;
    }
    scenario[QStringLiteral("packs")] = packs;
    scenario[QStringLiteral("baud")] = 115200;
    const QString file = m_dir.filePath(QStringLiteral("at-rest.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
    }
    Sim sim;
    QVERIFY(sim.start(file));
    const GuiStart::Options o = GuiStart::parse(args({QStringLiteral("--serial"), sim.path, QStringLiteral("--baud"), QStringLiteral("115200")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    window.resize(1360, 700);
    window.show();
    PackTableModel *model = window.packModel();
    const auto state = [&window, model](int row) {
        window.tick();
        return model->data(model->index(row, PackTableModel::StateColumn)).toString();
    };
    const QString online = PackConditionNames::label(PackCondition::Online);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(state(0), online, 10000);

    sim.process.write("fault bms-asleep P1\n");
    const QString asleep = PackConditionNames::label(PackCondition::Asleep);
    QTRY_VERIFY2_WITH_TIMEOUT(state(0) == asleep, qPrintable(state(0) + QLatin1String(": ") + model->data(model->index(0, PackTableModel::StateColumn), Qt::ToolTipRole).toString() + QLatin1String(" current ") + model->data(model->index(0, PackTableModel::CurrentColumn)).toString()), 40000);
    const QString evidence = model->data(model->index(0, PackTableModel::StateColumn), Qt::ToolTipRole).toString();
    QVERIFY2(evidence.contains(QLatin1String("idle")), qPrintable(evidence));
    QString saved = QStringLiteral(BANKSCOPE_TEST_OUTPUT "/gui-master-asleep.png");
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QVERIFY(window.grab().save(saved));
}

void TestGuiStart::portWithoutPermission()
{
    // A technician not yet in the dialout group: the port exists and is not theirs. Played for
    // real: the programs run as "nobody" (setpriv) on a pseudo-terminal only root may open.
    // The window stays open and says what to do; the command line says the same and exits 2.
    if (::geteuid() != 0)
        QSKIP("needs root to run the programs as another user (CI runs as root)");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    PtyPair pty;
    QVERIFY(pty.ok());
    QVERIFY(QFile::setPermissions(pty.slavePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QTemporaryDir home(QStringLiteral("/tmp/bankscope-nobody-XXXXXX"));
    QVERIFY(::chown(QFile::encodeName(home.path()).constData(), 65534, 65534) == 0);
    QProcessEnvironment env = quietEnvironment(home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QStringList asNobody{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
    const QString shot = home.filePath(QStringLiteral("no-permission.png"));

    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(setpriv, asNobody + QStringList{QStringLiteral(BANKSCOPE_GUI), QStringLiteral("--serial"), pty.slavePath(),
                                              QStringLiteral("--screenshot"), shot, QStringLiteral("--screenshot-after"), QStringLiteral("1.5")});
    QVERIFY(gui.waitForFinished(30000));
    const QString guiErr = QString::fromUtf8(gui.readAllStandardError());
    QCOMPARE(gui.exitCode(), 0); // the window opened and stayed usable
    QVERIFY2(guiErr.contains(QLatin1String("permission denied on ") + pty.slavePath()), qPrintable(guiErr));
    QVERIFY2(guiErr.contains(QLatin1String("dialout")), qPrintable(guiErr));
    QVERIFY(QFile::exists(shot));
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QFile::remove(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/gui-no-permission.png"));
    QVERIFY(QFile::copy(shot, QStringLiteral(BANKSCOPE_TEST_OUTPUT "/gui-no-permission.png")));

    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(setpriv, asNobody + QStringList{QStringLiteral(BANKSCOPE_CLI), QStringLiteral("monitor"), QStringLiteral("--serial"), pty.slavePath(),
                                              QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("--duration"),
                                              QStringLiteral("2")});
    QVERIFY(cli.waitForFinished(30000));
    const QString cliErr = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(cliErr.contains(QLatin1String("Permission denied")) && cliErr.contains(QLatin1String("dialout")), qPrintable(cliErr));
    QVERIFY(pty.read(300).isEmpty()); // nothing reached the port
}

void TestGuiStart::portHeldByAnotherProgram_data()
{
    QTest::addColumn<QString>("holder");  // "bankscope-cli": QSerialPort (lock file and TIOCEXCL); "exclusive": TIOCEXCL only
    QTest::addColumn<bool>("asNobody");   // BankScope runs as another user than the holder
    QTest::addColumn<bool>("named");      // the holder can be found and is named
    // Root reads every process's open files.
    QTest::newRow("another BankScope, seen by root") << "bankscope-cli" << false << true;
    // A technician's own session cannot read root's /proc/PID/fd: the lock file names it.
    QTest::newRow("another BankScope, seen by a user") << "bankscope-cli" << true << true;
    // A program holding the tty exclusively without a lock file, another user's: nothing names it.
    QTest::newRow("an exclusive holder nothing names") << "exclusive" << true << false;
}

void TestGuiStart::portHeldByAnotherProgram()
{
    // The port is held by another program, for real: a second bankscope-cli recording from it
    // (QSerialPort: its lock file in /var/lock and TIOCEXCL on the tty), or a program that set
    // TIOCEXCL on the tty (what stops a user's open with EBUSY). The window stays open, says the
    // port is in use and by which program where it can be found, "another program" where not;
    // the command line says the same and exits 2.
    QFETCH(QString, holder);
    QFETCH(bool, asNobody);
    QFETCH(bool, named);
    if (::geteuid() != 0)
        QSKIP("needs root to run the programs as another user (CI runs as root)");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (asNobody && setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    PtyPair pty;
    QVERIFY(pty.ok());
    QVERIFY(QFile::setPermissions(pty.slavePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                       | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    QTemporaryDir home(QStringLiteral("/tmp/bankscope-busy-XXXXXX"));
    QVERIFY(::chown(QFile::encodeName(home.path()).constData(), 65534, 65534) == 0);

    QProcess holding;
    if (holder == QLatin1String("bankscope-cli")) {
        holding.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("record"), QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--output"),
                                                     home.filePath(QStringLiteral("held.log")), QStringLiteral("--duration"), QStringLiteral("60")});
    } else {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            QSKIP("/usr/bin/python3 is not installed");
        holding.start(python, {QStringLiteral("-c"), QStringLiteral("import fcntl, os, sys, termios, time\n"
                                                                    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)\n"
                                                                    "fcntl.ioctl(fd, termios.TIOCEXCL)\n"
                                                                    "print('held', flush=True)\n"
                                                                    "time.sleep(60)\n"),
                               pty.slavePath()});
    }
    QVERIFY(holding.waitForStarted());
    const QString pid = QString::number(holding.processId());
    // Held once it has the tty open (root sees it in /proc).
    QTRY_VERIFY_WITH_TIMEOUT(SerialPorts::holdersOf(pty.slavePath()).join(QLatin1Char(' ')).contains(QStringLiteral("(pid %1)").arg(pid)), 10000);
    if (holder != QLatin1String("bankscope-cli"))
        QTRY_VERIFY_WITH_TIMEOUT(holding.canReadLine(), 10000); // TIOCEXCL is set

    QProcessEnvironment env = quietEnvironment(home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QStringList asNobodyArgs{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
    auto run = [&](QProcess &p, const QString &program, const QStringList &arguments) {
        p.setProcessEnvironment(env);
        if (asNobody)
            p.start(setpriv, asNobodyArgs + QStringList{program} + arguments);
        else
            p.start(program, arguments);
    };
    const QString inUse = pty.slavePath() + QLatin1String(" is in use by another program");
    const QString heldBy = holder == QLatin1String("bankscope-cli") ? QStringLiteral("It is held by bankscope-cli (pid %1)").arg(pid) : QString();
    const QString unknown = QStringLiteral("Close the program that holds it");
    const QString shot = home.filePath(QStringLiteral("busy.png"));

    QProcess gui;
    run(gui, QStringLiteral(BANKSCOPE_GUI), {QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--screenshot"), shot,
                                             QStringLiteral("--screenshot-after"), QStringLiteral("1.5")});
    QVERIFY(gui.waitForFinished(30000));
    const QString guiErr = QString::fromUtf8(gui.readAllStandardError());
    QCOMPARE(gui.exitCode(), 0); // the window opened and stayed usable
    QVERIFY2(guiErr.contains(inUse), qPrintable(guiErr));
    QVERIFY2(named ? guiErr.contains(heldBy) : guiErr.contains(unknown), qPrintable(guiErr));
    QVERIFY(QFile::exists(shot));
    const QString kept = QStringLiteral(BANKSCOPE_TEST_OUTPUT "/gui-port-busy-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'));
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QFile::remove(kept);
    QVERIFY(QFile::copy(shot, kept));

    QProcess cli;
    run(cli, QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("monitor"), QStringLiteral("--serial"), pty.slavePath(), QStringLiteral("--protocol"),
                                             QStringLiteral("pylontech-rs485"), QStringLiteral("--duration"), QStringLiteral("2")});
    QVERIFY(cli.waitForFinished(30000));
    const QString cliErr = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(cliErr.contains(inUse), qPrintable(cliErr));
    QVERIFY2(named ? cliErr.contains(heldBy) : cliErr.contains(unknown), qPrintable(cliErr));

    // The holder kept the port all along; nothing of ours reached the wire.
    QCOMPARE(holding.state(), QProcess::Running);
    holding.kill();
    holding.waitForFinished();
    QVERIFY(pty.read(300).isEmpty());
}

QTEST_MAIN(TestGuiStart)
#include "tst_gui_start.moc"
