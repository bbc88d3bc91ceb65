// bankscope: the GUI. Composition root: builds the clock, the bank monitor, the data
// source and the window, and passes them down by constructor.

#include "appsettings.h"
#include "bankmonitor.h"
#include "catalogue.h"
#include "clock.h"
#include "demobank.h"
#include "loopbackbank.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
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
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QApplication::translate("main", "Play a simulator scenario (resources/scenarios/) instead of the demo bank: "
                                        "a Pylontech bank, JK-B packs or Victron CAN BMSs, with its faults on schedule."),
        QApplication::translate("main", "file"));
    parser.addOptions({demo, screenshot, after, scenarioOption});
    parser.process(app);

    // The GUI has no hardware links yet (the CLI has): every start is a simulated bank, the
    // demo unless a scenario is given, which is what a new user should see first anyway
    // (DESIGN.md section 5). It is read through the real path: its master polled over an
    // in-process RS485 loopback and its CAN broadcast to the inverter decoded.
    SessionClock clock;
    Scenario demoScenario;
    demoScenario.name = QStringLiteral("demo");
    demoScenario.physics = DemoBank::preset(1);
    QString source = QApplication::translate("main", "Demo bank: 4 \u00D7 US3000C simulated (RS485 and CAN loopback), no hardware connected");
    if (parser.isSet(scenarioOption)) {
        const QString path = parser.value(scenarioOption);
        QFile file(path);
        QString error;
        std::optional<Scenario> played;
        if (!file.open(QIODevice::ReadOnly)) {
            error = QApplication::translate("main", "cannot read %1: %2").arg(path, file.errorString());
        } else if (const auto parsed = Scenario::parse(file.readAll()); !parsed) {
            error = QStringLiteral("%1: %2").arg(path, parsed.error().toString());
        } else if (!QStringList{QStringLiteral("pylontech-rs485"), QStringLiteral("pylon-can"), QStringLiteral("jk-legacy"),
                                QStringLiteral("victron-can")}
                        .contains(parsed->protocol)) {
            error = QApplication::translate("main", "%1: the window plays Pylontech banks (protocol \"pylontech-rs485\" or "
                                                    "\"pylon-can\"), JK-B single-master banks (\"jk-legacy\") and Victron CAN "
                                                    "BMSs (\"victron-can\"); play \"%2\" with bankscope-sim and read it with bankscope-cli")
                        .arg(path, parsed->protocol);
        } else {
            played = *parsed;
        }
        if (!played) {
            const QByteArray message = QApplication::translate("main", "bankscope: %1").arg(error).toUtf8();
            std::fprintf(stderr, "%s\n", message.constData());
            return 2;
        }
        demoScenario = *played;
        source = played->protocol == QLatin1String("victron-can")
            ? QApplication::translate("main", "Scenario \u201C%1\u201D: %2 CAN-bus BMSs simulated, one CAN loopback each (peer-to-peer), no hardware connected")
                  .arg(played->name)
                  .arg(played->physics.packs.size())
            : QApplication::translate("main", "Scenario \u201C%1\u201D: %2 packs simulated (RS485 and CAN loopback), no hardware connected")
                  .arg(played->name)
                  .arg(played->physics.packs.size());
    }
    LoopbackBank bank(demoScenario, clock);
    BankMonitor monitor(clock, bank.config());
    QObject::connect(&bank, &LoopbackBank::updated, &monitor, [&] {
        monitor.updateReadings(bank.readings());
        monitor.setObserved(bank.observed());
        monitor.setLinkInfo(bank.packLinkInfo());
        monitor.refresh();
    });
    bank.start(500);

    // The workflows' catalogue (a broken entry named on stderr and skipped) and settings.
    const Catalogue catalogue = Catalogue::builtIn();
    for (const Catalogue::Problem &p : catalogue.problems())
        std::fprintf(stderr, "%s\n", QApplication::translate("main", "bankscope: catalogue: %1").arg(p.toString()).toUtf8().constData());
    AppSettings settings;
    if (!settings.notice().isEmpty())
        std::fprintf(stderr, "%s\n", QApplication::translate("main", "bankscope: %1").arg(settings.notice()).toUtf8().constData());

    MainWindow window(monitor, source, &bank.activity());
    window.setWorkflowServices(&catalogue, &settings);
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
