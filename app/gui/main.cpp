// bankscope: the GUI. Composition root: parses the command line (GuiStart::parse), composes a
// BankSession on the plan it gives, or on the demo or a scenario (GuiStart::Composition), and
// opens the window on the session's monitor and link activity.

#include "appsettings.h"
#include "catalogue.h"
#include "guistart.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", QApplication::translate("main", "bankscope: %1").arg(text).toUtf8().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BankScope"));
    QApplication::setApplicationVersion(QStringLiteral(BANKSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("BankScope"));

    // The window's language: the system's, or the one chosen in Preferences (AppSettings), which
    // is read once the system's is installed so that a notice about the settings file is in words
    // the user reads.
    QTranslator qtTranslator;
    QTranslator translator;
    const auto installLanguage = [&](const QLocale &locale) {
        QApplication::removeTranslator(&qtTranslator);
        QApplication::removeTranslator(&translator);
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (translator.load(locale, QStringLiteral("bankscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(&translator);
    };
    installLanguage(QLocale());

    // Bad arguments: one line, exit 2, no window.
    const GuiStart::Options options = GuiStart::parse(QApplication::arguments());
    if (options.helpOrVersion)
        return 0;
    if (!options.error.isEmpty()) {
        say(options.error);
        return 2;
    }

    // The settings, before anything the window shows is worded: their language is the window's.
    AppSettings settings;
    if (!settings.notice().isEmpty())
        say(settings.notice());
    if (const QString language = settings.windowLanguage(); !language.isEmpty())
        installLanguage(QLocale(language));

    GuiStart::Composition composition;
    BankSession &session = composition.session();
    // A link that fails later (a port that exists but is busy, an adapter pulled out) is shown in
    // the window's link status; the terminal gets the line too.
    QObject::connect(&session, &BankSession::linkFailed, [&session](const QString &link, const QString &) {
        for (const LinkStatus &st : session.statuses())
            if (st.name == link)
                say(QStringLiteral("%1: %2. %3").arg(link, st.errorText, st.nextStep));
    });
    QObject::connect(&session, &BankSession::error, [](const QString &message) { say(message); });
    QString error;
    if (!composition.start(options, error)) {
        say(error);
        return 2;
    }

    // The workflows' catalogue (a broken entry named on stderr and skipped).
    const Catalogue catalogue = Catalogue::builtIn();
    for (const Catalogue::Problem &p : catalogue.problems())
        say(QApplication::translate("main", "catalogue: %1").arg(p.toString()));

    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    window.setWorkflowServices(&catalogue, &settings);
    window.show();

    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        QTimer::singleShot(int(options.screenshotAfterS * 1000.0), &app, [&window, &session, file] {
            session.flush();
            window.tick();
            if (!window.grab().save(file)) {
                say(QApplication::translate("main", "cannot save the screenshot to %1").arg(file));
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
