// bankscope: the GUI. Composition root: builds the clock, the bank monitor, the data
// source and the window, and passes them down by constructor.

#include "bankmonitor.h"
#include "clock.h"
#include "demobank.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BankScope"));
    QApplication::setApplicationVersion(QStringLiteral(BANKSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("BankScope"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bankscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Commissioning and diagnostics for parallel lithium battery banks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open on a simulated four-pack bank (no hardware needed)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> after <seconds> and quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption after(QStringLiteral("screenshot-after"),
                                   QApplication::translate("main", "Seconds to run before --screenshot (default 3)."),
                                   QApplication::translate("main", "seconds"), QStringLiteral("3"));
    parser.addOptions({demo, screenshot, after});
    parser.process(app);

    // Links to real buses arrive with the link issue; until then every start is the demo bank,
    // which is what a new user should see first anyway (DESIGN.md section 5).
    SystemClock clock;
    DemoBank bank(1);
    BankMonitor monitor(clock, bank.config());
    auto feed = [&] {
        monitor.updateReadings(bank.step(clock.nowMs()));
        monitor.refresh();
    };
    feed();
    QTimer demoTimer;
    demoTimer.setInterval(500);
    QObject::connect(&demoTimer, &QTimer::timeout, &app, feed);
    demoTimer.start();

    MainWindow window(monitor, QApplication::translate("main", "Demo bank: 4 \u00D7 US3000C simulated, no hardware connected"));
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const int ms = int(parser.value(after).toDouble() * 1000.0);
        QTimer::singleShot(ms, &app, [&window, file] {
            window.tick();
            if (!window.grab().save(file)) {
                const QByteArray message =
                    QApplication::translate("main", "bankscope: cannot save the screenshot to %1").arg(file).toUtf8();
                std::fprintf(stderr, "%s\n", message.constData());
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
