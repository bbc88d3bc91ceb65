// bankscope-sim's `promote PACK` command on its standard input, end to end on a pseudo-terminal:
// the master dies, the stand-in is promoted, and bankscope-cli scan finds one master again at the
// group's address with the unit behind it; the status line names the masters; a bad promote is an
// error line and the simulator keeps running.

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QJsonObject> lines(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &l : bytes.split('\n'))
        if (!l.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(l).object());
    return out;
}

QList<QJsonObject> scan(const QString &port)
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("scan"), QStringLiteral("--serial"), port, QStringLiteral("--protocol"),
                                            QStringLiteral("pylontech-rs485"), QStringLiteral("--baud"), QStringLiteral("115200"),
                                            QStringLiteral("--attempts"), QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("300")});
    p.waitForFinished(60000);
    return lines(p.readAllStandardOutput());
}

QStringList answering(const QList<QJsonObject> &scan)
{
    QStringList out;
    for (const QJsonObject &o : scan)
        if (o[QStringLiteral("verdict")].toString() == QLatin1String("answering"))
            out.append(QString::number(o[QStringLiteral("address")].toInt()));
    return out;
}

// Reads JSON event lines until one with this event name arrives.
QJsonObject waitFor(QProcess &sim, const QString &event, QList<QJsonObject> *seen = nullptr)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        while (sim.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(sim.readLine()).object();
            if (seen)
                seen->append(o);
            if (o[QStringLiteral("event")].toString() == event)
                return o;
        }
        QTest::qWait(20);
    }
    return {};
}

} // namespace

class TestSimPromote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promoteOnStandardInput();
};

void TestSimPromote::promoteOnStandardInput()
{
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("s.json"));
    QFile f(scenario);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "drill", "baud": 115200, "packs": [{"id": "P1", "address": 2}, {"id": "P2", "address": 3},
               {"id": "P3", "address": 4}], "load": [[0, -30]]})");
    f.close();
    QProcess sim;
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--pty")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
    const QString port = QString::fromUtf8(sim.readLine()).trimmed();
    QVERIFY(port.startsWith(QLatin1String("/dev/pts/")));
    QCOMPARE(answering(scan(port)), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));

    sim.write("fault master-dies\n");
    QCOMPARE(waitFor(sim, QStringLiteral("fault"))[QStringLiteral("masters")].toArray().size(), 0);
    QVERIFY(answering(scan(port)).isEmpty());

    sim.write("promote P2\n");
    const QJsonObject promoted = waitFor(sim, QStringLiteral("promoted"));
    QCOMPARE(promoted[QStringLiteral("pack")].toString(), QStringLiteral("P2"));
    QCOMPARE(promoted[QStringLiteral("masters")].toArray(), QJsonArray{QStringLiteral("P2")});
    // One master again at the group's address, the unit behind it renumbered.
    QCOMPARE(answering(scan(port)), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));

    sim.write("promote P9\nstatus\n");
    QList<QJsonObject> seen;
    const QJsonObject status = waitFor(sim, QStringLiteral("status"), &seen);
    QCOMPARE(status[QStringLiteral("masters")].toArray(), QJsonArray{QStringLiteral("P2")});
    bool error = false;
    for (const QJsonObject &o : std::as_const(seen))
        error = error || (o[QStringLiteral("event")].toString() == QLatin1String("error") && o[QStringLiteral("message")].toString().contains(QLatin1String("promote PACK")));
    QVERIFY(error);

    sim.write("clear promote\nquit\n");
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSimPromote)
#include "tst_sim_promote.moc"
