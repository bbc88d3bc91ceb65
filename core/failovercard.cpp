#include "failovercard.h"

#include "failovertexts.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

using namespace FailoverTexts;

// A "FailoverCard" text; every literal wrapped in QT_TRANSLATE_NOOP for lupdate.
CardText C(const char *source)
{
    return FailoverTexts::card(source);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Sizes: body 12 pt, headings 15 pt, step numbers 18 pt, the STOP box 20 pt (issue 22: body at
// least 12 pt, the STOP box at least 20 pt; capital height about 5 mm per metre of reading distance).
const char *kBody = "font-size: 12pt;";
const char *kHeading = "font-size: 15pt; font-weight: bold;";
const char *kStop = "font-size: 20pt; font-weight: bold;";
const char *kNumber = "font-size: 18pt; font-weight: bold;";

// Every block is a table: the printer keeps each one whole on one side.
QString table(const QString &rows, int border = 2, const char *extra = "")
{
    return QStringLiteral("<table border=\"%1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" style=\"border-color: #000000; border-style: solid; %2\">%3</table>\n")
        .arg(border)
        .arg(QLatin1String(extra), rows);
}

QString heading(const CardText &t)
{
    return QStringLiteral("<p style=\"%1 margin-top: 10px; margin-bottom: 4px;\">%2</p>\n").arg(QLatin1String(kHeading), esc(t.local));
}

// The English beside a translation nobody has reviewed.
QString english(const CardText &t, bool show)
{
    if (!show || t.same() || t.english.isEmpty())
        return {};
    return QStringLiteral("<td width=\"42%\" style=\"%1 font-style: italic;\">%2</td>").arg(QLatin1String(kBody), esc(t.english));
}

QString confidenceNote(Confidence c)
{
    if (c == Confidence::Documented)
        return {};
    return QStringLiteral(" <i>(%1)</i>").arg(esc(FailoverTexts::confidence(c).local));
}

QString orderRows(const PlanOrder &order, const CardText &missing)
{
    if (!order.isSet())
        return QStringLiteral("<tr><td style=\"%1\"><b>%2</b></td></tr>").arg(QLatin1String(kBody), esc(missing.local));
    QString rows;
    int n = 0;
    for (const OrderStep &s : order.steps) {
        rows += QStringLiteral("<tr><td width=\"8%\" align=\"center\" style=\"%1\">%2</td><td style=\"%3\">%4%5</td></tr>")
                    .arg(QLatin1String(kNumber))
                    .arg(++n)
                    .arg(QLatin1String(kBody), esc(s.text),
                         s.breaker.isEmpty() ? QString() : QStringLiteral(" &nbsp;<b>[%1]</b>").arg(esc(s.breaker)));
    }
    QString origin;
    if (order.origin == OrderOrigin::Installer)
        origin = C(QT_TRANSLATE_NOOP("FailoverCard", "This site's own order, entered by the installer.")).local;
    else
        origin = C(QT_TRANSLATE_NOOP("FailoverCard", "The maker's order.")).local + confidenceNote(order.confidence);
    rows += QStringLiteral("<tr><td colspan=\"2\" style=\"%1\"><i>%2</i></td></tr>").arg(QLatin1String(kBody), origin);
    return rows;
}

} // namespace

QString FailoverCardBuilder::title(const CommissioningPlan &plan)
{
    const CardText t = C(QT_TRANSLATE_NOOP("FailoverCard", "Battery failover card"));
    return plan.site.isEmpty() ? t.local : t.local + QStringLiteral(" — ") + plan.site;
}

QString FailoverCardBuilder::html(const CommissioningPlan &plan, const FailoverPlanner::Result &result, const Options &options)
{
    const FailoverProcedure &p = result.procedure;
    const bool gloss = !options.reviewed && options.language != QLatin1String("en");
    const QString phone = plan.phone;
    const QString installer = plan.company.isEmpty() ? plan.installer : plan.installer + QStringLiteral(", ") + plan.company;
    QString body;

    // --- Who to call, and the site ----------------------------------------------------------------
    body += QStringLiteral("<p style=\"%1 margin-bottom: 2px;\">%2</p>\n")
                .arg(QLatin1String(kHeading), esc(title(plan)));
    if (!plan.siteAddress.isEmpty())
        body += QStringLiteral("<p style=\"%1 margin-top: 0px;\">%2</p>\n").arg(QLatin1String(kBody), esc(plan.siteAddress));
    body += table(QStringLiteral("<tr><td style=\"%1\"><b>%2</b> %3 &nbsp; <span style=\"%4\">%5</span></td></tr>")
                      .arg(QLatin1String(kBody), esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Your installer:")).local), esc(installer),
                           QLatin1String(kStop), esc(phone)),
                  3);

    // --- STOP ---------------------------------------------------------------------------------------
    {
        const CardText stop = C(QT_TRANSLATE_NOOP("FailoverCard", "STOP"));
        const CardText safe = C(QT_TRANSLATE_NOOP("FailoverCard", "Switching the inverter off does NOT make the battery safe. Isolate the battery in the order below."));
        const CardText deadline = line(p.deadline);
        QString rows = QStringLiteral("<tr><td bgcolor=\"#000000\" align=\"center\" width=\"22%\" style=\"%1 color: #ffffff;\">%2</td>"
                                      "<td style=\"%1\">%3<br/>%4 ______</td>%5</tr>")
                           .arg(QLatin1String(kStop), esc(stop.local), esc(safe.local), esc(deadline.local),
                                gloss ? QStringLiteral("<td width=\"34%\" style=\"%1 font-style: italic;\">%2<br/>%3</td>")
                                            .arg(QLatin1String(kBody), esc(safe.english), esc(deadline.english))
                                      : QString());
        body += table(rows, 4);
    }

    // --- Isolation order --------------------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Isolation order")));
    body += table(orderRows(plan.isolationOrder, C(QT_TRANSLATE_NOOP("FailoverCard", "Not entered: ask your installer."))), 2);

    // --- Bank map ---------------------------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Bank map")));
    {
        QString cells;
        bool groups = false;
        for (const MapUnit &u : p.map)
            groups = groups || u.group != 0;
        for (const MapUnit &u : p.map) {
            QString cell = QStringLiteral("<b>%1</b>").arg(esc(u.id));
            const CardText r = role(u.role);
            if (!r.local.isEmpty())
                cell += QStringLiteral("<br/><b>%1</b>").arg(esc(r.local));
            if (groups)
                cell += QStringLiteral("<br/>%1").arg(esc(C(QT_TRANSLATE_NOOP("FailoverCard", "group %1")).arg(QString::number(u.group)).local));
            if (u.inverterCable && p.kind != FailoverKind::Aggregator)
                cell += QStringLiteral("<br/>%1").arg(esc(C(QT_TRANSLATE_NOOP("FailoverCard", "inverter cable")).local));
            const bool mark = u.role == QLatin1String("master") || u.role == QLatin1String("stand-in");
            cells += QStringLiteral("<td align=\"center\" style=\"%1\"%2>%3</td>")
                         .arg(QLatin1String(kBody), mark ? QStringLiteral(" bgcolor=\"#e6e6e6\"") : QString(), cell);
        }
        body += table(QStringLiteral("<tr>%1</tr>").arg(cells), 2);
    }

    // --- The steps ----------------------------------------------------------------------------------
    {
        CardText h;
        switch (p.kind) {
        case FailoverKind::Aggregator:
            h = C(QT_TRANSLATE_NOOP("FailoverCard", "If a battery fails"));
            break;
        case FailoverKind::InstallerOnly:
            h = C(QT_TRANSLATE_NOOP("FailoverCard", "If the battery fails"));
            break;
        default:
            h = C(QT_TRANSLATE_NOOP("FailoverCard", "If the master %1 fails: make %2 the master")).arg(p.failed, p.standIn);
            break;
        }
        body += heading(h);
        if (gloss) {
            body += QStringLiteral("<p style=\"%1\"><b>%2</b></p>\n")
                        .arg(QLatin1String(kBody),
                             esc(C(QT_TRANSLATE_NOOP("FailoverCard", "This translation has not been reviewed: the English is beside each step.")).local));
        }
        const int printable = p.printableSteps();
        for (int i = 0; i < printable; ++i) {
            const FailoverStep &s = p.steps[i];
            CardText text = step(s);
            const CardText branch = ifNot(s);
            QString cell = esc(text.local);
            QString en = text.english;
            if (!branch.local.isEmpty()) {
                cell += QStringLiteral("<br/><b>→ %1</b>").arg(esc(branch.local));
                en += QStringLiteral("\n→ ") + branch.english;
            }
            QString englishCell;
            if (gloss && !(text.same() && branch.same()))
                englishCell = QStringLiteral("<td width=\"42%\" style=\"%1 font-style: italic;\">%2</td>")
                                  .arg(QLatin1String(kBody), esc(en).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            body += table(QStringLiteral("<tr><td width=\"8%\" align=\"center\" style=\"%1\">%2</td><td style=\"%3\">%4</td>%5</tr>")
                              .arg(QLatin1String(kNumber))
                              .arg(i + 1)
                              .arg(QLatin1String(kBody), cell, englishCell),
                          2);
        }
        if (printable < p.steps.size()) {
            // The first step resting on a fact nobody confirmed: the owner stops here.
            const FailoverStep &s = p.steps[printable];
            const CardText ask = C(QT_TRANSLATE_NOOP("FailoverCard", "Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3."))
                                     .arg(topic(s))
                                     .arg(plan.installer, phone);
            body += table(QStringLiteral("<tr><td width=\"8%\" align=\"center\" style=\"%1\">%2</td><td style=\"%3\"><b>%4</b></td>%5</tr>")
                              .arg(QLatin1String(kNumber))
                              .arg(printable + 1)
                              .arg(QLatin1String(kBody), esc(ask.local), english(ask, gloss)),
                          3);
        }
    }

    // --- What you see -> what to do ---------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "What you see → what to do")));
    {
        QString rows;
        for (const SeeDoRow &r : p.seeDo) {
            rows += QStringLiteral("<tr><td width=\"45%\" style=\"%1\">%2%3</td><td style=\"%1\">%4</td></tr>")
                        .arg(QLatin1String(kBody), esc(see(r).local), confidenceNote(r.confidence), esc(todo(r).local));
        }
        body += table(rows, 2);
    }

    // --- Power-up order ---------------------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Power-up order")));
    body += table(orderRows(plan.powerUpOrder, C(QT_TRANSLATE_NOOP("FailoverCard", "Not entered: ask your installer before switching on."))), 2);

    // --- The inverter -----------------------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "What the inverter does without battery data")));
    {
        QString rows = QStringLiteral("<tr><td style=\"%1\">%2%3</td></tr>")
                           .arg(QLatin1String(kBody), esc(line(p.meanwhile).local), confidenceNote(p.meanwhile.confidence));
        if (p.voltageGuess)
            rows += QStringLiteral("<tr><td style=\"%1\">%2%3</td></tr>")
                        .arg(QLatin1String(kBody), esc(line(*p.voltageGuess).local), confidenceNote(p.voltageGuess->confidence));
        if (p.inverterSetting)
            rows += QStringLiteral("<tr><td style=\"%1\"><b>%2</b></td></tr>").arg(QLatin1String(kBody), esc(line(*p.inverterSetting).local));
        else
            rows += QStringLiteral("<tr><td style=\"%1\">%2</td></tr>")
                        .arg(QLatin1String(kBody),
                             esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Battery setting on the inverter: ask your installer (not confirmed on this site).")).local));
        body += table(rows, 2);
    }

    // --- Do not, and when to call -----------------------------------------------------------------
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Do not")));
    {
        QString rows;
        for (const FailoverLine &l : p.dont)
            rows += QStringLiteral("<tr><td style=\"%1\">✘ %2%3</td></tr>").arg(QLatin1String(kBody), esc(line(l).local), confidenceNote(l.confidence));
        body += table(rows, 2);
    }
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Stop and call your installer when")));
    {
        QString items;
        for (const FailoverLine &l : p.callWhen)
            items += QStringLiteral("• %1<br/>").arg(esc(line(l).local));
        body += table(QStringLiteral("<tr><td style=\"%1\">%2<b>%3 &nbsp; %4</b></td></tr>").arg(QLatin1String(kBody), items, esc(installer), esc(phone)), 2);
    }
    body += heading(C(QT_TRANSLATE_NOOP("FailoverCard", "Have ready when you call")));
    {
        const CardText items[] = {
            C(QT_TRANSLATE_NOOP("FailoverCard", "which lights are on at each unit")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "the battery charge (SOC) on the inverter")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "the alarm code on the inverter")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "the time you first noticed it")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "what you did from this card")),
        };
        QString rows;
        for (const CardText &t : items)
            rows += QStringLiteral("<tr><td width=\"55%\" style=\"%1\">%2</td><td style=\"%1\">&nbsp;</td></tr>").arg(QLatin1String(kBody), esc(t.local));
        body += table(rows, 2);
    }

    // --- Where the card comes from ----------------------------------------------------------------
    {
        QString made = C(QT_TRANSLATE_NOOP("FailoverCard", "Made with %1 from this site's commissioning plan.")).arg(options.generator).local;
        if (!options.generatedAt.isEmpty()) {
            const QDateTime d = QDateTime::fromString(options.generatedAt, Qt::ISODate);
            made += QLatin1Char(' ') + (d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : options.generatedAt);
        }
        if (p.drillResult == QLatin1String("passed"))
            made += QLatin1Char(' ') + C(QT_TRANSLATE_NOOP("FailoverCard", "The failover drill passed on this site.")).local;
        else
            made += QLatin1Char(' ') + C(QT_TRANSLATE_NOOP("FailoverCard", "No failover drill has passed on this site.")).local;
        if (!options.reviewed && options.language != QLatin1String("en"))
            made += QLatin1Char(' ') + C(QT_TRANSLATE_NOOP("FailoverCard", "Translation not reviewed.")).local;
        body += QStringLiteral("<p style=\"%1\">%2</p>\n").arg(QLatin1String(kBody), esc(made));
    }

    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n</head>\n"
                          "<body style=\"%3\">\n%4</body>\n</html>\n")
        .arg(esc(options.language), esc(title(plan)), QLatin1String(kBody), body);
}
