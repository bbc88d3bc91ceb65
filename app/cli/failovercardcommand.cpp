#include "failovercardcommand.h"

#include "../common/jsonlines.h"
#include "cardprinter.h"
#include "commissioningcommon.h"
#include "failovercard.h"
#include "failoverplanner.h"
#include "translationreviews.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

using namespace CommissioningCli;

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QStringList languages()
{
    QStringList out{QStringLiteral("en")};
    for (const QString &f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bankscope_*.qm")}))
        out.append(f.mid(10, f.size() - 13));
    return out;
}

} // namespace

int runFailoverCard(const QStringList &args)
{
    const char *command = "failover-card";
    const Options o = parseOptions(args, {QStringLiteral("plan"), QStringLiteral("lang"), QStringLiteral("paper"), QStringLiteral("output")}, {},
                                   {{QStringLiteral("o"), QStringLiteral("output")}});
    if (!o.error.isEmpty())
        return fail(command, o.error);
    if (!o.positional.isEmpty())
        return fail(command, Cli::tr("unexpected argument '%1'").arg(o.positional.first()));
    if (!o.has(QStringLiteral("plan")))
        return fail(command, Cli::tr("--plan PLAN.json is required"));
    if (!o.has(QStringLiteral("output")))
        return fail(command, Cli::tr("--output FILE.pdf or FILE.html (or -o) is required"));
    const QString output = o.value(QStringLiteral("output"));
    const bool pdf = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) && !output.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return fail(command, Cli::tr("--output names a .pdf or an .html file, got '%1'").arg(output));
    const auto paper = ReportPrinter::paperFromName(o.has(QStringLiteral("paper")) ? o.value(QStringLiteral("paper")) : QStringLiteral("a4"));
    if (!paper)
        return fail(command, Cli::tr("--paper is a4 or letter, got '%1'").arg(o.value(QStringLiteral("paper"))));

    // The card's language, chosen apart from the window's: a translator for this run only.
    const QString lang = o.has(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : QStringLiteral("en");
    QTranslator translator;
    if (lang != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/bankscope_%1.qm").arg(lang)))
            return fail(command, Cli::tr("no translation for '%1' (available: %2)").arg(lang, languages().join(QStringLiteral(", "))));
        QCoreApplication::installTranslator(&translator);
    }
    const TranslationReviews reviews = TranslationReviews::builtIn();
    const bool reviewed = reviews.covers(lang, TranslationReviews::cardContexts());

    const Catalogue catalogue = loadCatalogue();
    const std::optional<CommissioningPlan> plan = readPlan(command, o.value(QStringLiteral("plan")), catalogue);
    if (!plan)
        return 2;
    const auto planned = FailoverPlanner::plan(*plan, catalogue);
    if (!planned)
        return fail(command, Cli::tr("%1: the card cannot be made: %2").arg(o.value(QStringLiteral("plan")), planned.error().toString()));

    FailoverCardBuilder::Options options;
    options.language = lang;
    options.reviewed = reviewed;
    const QString html = FailoverCardBuilder::html(*plan, *planned, options);

    const FailoverProcedure &p = planned->procedure;
    QJsonObject done{{QStringLiteral("written"), output},
                     {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                     {QStringLiteral("language"), lang},
                     {QStringLiteral("reviewed"), reviewed},
                     {QStringLiteral("kind"), FailoverKindNames::name(p.kind)},
                     {QStringLiteral("failed"), p.failed},
                     {QStringLiteral("stand_in"), p.standIn},
                     {QStringLiteral("steps"), int(p.steps.size())},
                     {QStringLiteral("printed_steps"), p.printableSteps()}};
    if (p.printableSteps() < p.steps.size())
        done.insert(QStringLiteral("stops_at"), QJsonObject{{QStringLiteral("step"), p.printableSteps() + 1},
                                                            {QStringLiteral("code"), p.steps[p.printableSteps()].code},
                                                            {QStringLiteral("unconfirmed"), p.steps[p.printableSteps()].fact}});
    if (pdf) {
        CardPrinter::Options print;
        print.paper = *paper;
        print.title = FailoverCardBuilder::title(*plan);
        print.footer = FailoverCardBuilder::footer(QStringLiteral("BankScope %1").arg(QCoreApplication::applicationVersion()),
                                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QString error;
        CardPrinter::Layout layout;
        if (!CardPrinter::writePdf(html, output, print, &error, &layout))
            return fail(command, Cli::tr("%1: %2").arg(output, error));
        done.insert(QStringLiteral("sides"), layout.sides);
        done.insert(QStringLiteral("paper"), ReportPrinter::paperName(*paper));
    } else if (!writeFile(command, output, html.toUtf8())) {
        return 2;
    }
    JsonLines::print(done);
    return 0;
}
