#pragma once

// bankscope-sim playing a scenario on a pseudo-terminal of its own (--pty): start() waits for the
// path it prints first; the destructor asks it to quit, and kills it if it does not. The test
// defines BANKSCOPE_SIM (the simulator's path) before including this.

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QTest>

struct SimOnPty
{
    QProcess process;
    QString path;

    bool start(const QString &scenario)
    {
        process.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--pty")});
        if (!process.waitForStarted())
            return false;
        QDeadlineTimer deadline(10000);
        while (!process.canReadLine() && !deadline.hasExpired())
            QTest::qWait(20);
        path = QString::fromUtf8(process.readLine()).trimmed();
        return path.startsWith(QLatin1String("/dev/pts/"));
    }
    ~SimOnPty()
    {
        process.write("quit\n");
        if (!process.waitForFinished(3000))
            process.kill();
    }
};
