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

// Sizes: body 12 pt, headings and step numbers 14 pt, the STOP box 20 pt (issue 22: body at
// least 12 pt, the STOP box at least 20 pt; capital height about 5 mm per metre of reading distance).
const char *kBody = "font-size: 12pt;";
const char *kHeading = "font-size: 14pt; font-weight: bold;";
const char *kStop = "font-size: 20pt; font-weight: bold;";
const char *kNumber = "font-size: 14pt; font-weight: bold;";
// The English under each step of a translation nobody has reviewed: a second, smaller line in the
// same block (beside it, a third column, it made a nine-step card need three sides).
const char *kGloss = "font-size: 8pt; font-style: italic;";

// Every block is a table: the printer keeps each one whole on one side.
QString table(const QString &rows, int border = 2, const char *extra = "")
{
    return QStringLiteral("<table border=\"%1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"border-color: #000000; border-style: solid; %2\">%3</table>\n")
        .arg(border)
        .arg(QLatin1String(extra), rows);
}

QString heading(const CardText &t)
{
    return QStringLiteral("<p style=\"%1 margin-top: 4px; margin-bottom: 1px;\">%2</p>\n").arg(QLatin1String(kHeading), esc(t.local));
}

// The English under a translation nobody has reviewed, as the second line of its block.
QString english(const CardText &t, bool show)
{
    if (!show || t.same() || t.english.isEmpty())
        return {};
    return QStringLiteral("<br/><span lang=\"en\" style=\"%1\">%2</span>").arg(QLatin1String(kGloss), esc(t.english));
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
        rows += QStringLiteral("<tr><td width=\"7%\" align=\"center\" style=\"%1 font-weight: bold;\">%2</td><td style=\"%3\">%4%5</td></tr>")
                    .arg(QLatin1String(kBody))
                    .arg(++n)
                    .arg(QLatin1String(kBody), esc(s.text),
                         s.breaker.isEmpty() ? QString() : QStringLiteral(" &nbsp;<b>[%1]</b>").arg(esc(s.breaker)));
    }
    return rows;
}

// "Isolation order (this site's own)" / "(the maker's, uncertain)".
CardText orderHeading(const CardText &name, const PlanOrder &order)
{
    if (order.origin == OrderOrigin::Installer)
        return name; // this site's own, from the installer: the usual case
    if (order.origin == OrderOrigin::Catalogue)
        return C(QT_TRANSLATE_NOOP("FailoverCard", "%1 (the maker's)")).arg(name);
    return name;
}

} // namespace

QString FailoverCardBuilder::title(const CommissioningPlan &plan)
{
    const CardText t = C(QT_TRANSLATE_NOOP("FailoverCard", "Battery failover card"));
    return plan.site.isEmpty() ? t.local : t.local + QStringLiteral(" — ") + plan.site;
}

QString FailoverCardBuilder::footer(const QString &generator, const QString &generatedAtIso)
{
    const QDateTime d = QDateTime::fromString(generatedAtIso, Qt::ISODate);
    return d.isValid() ? generator + QStringLiteral(", ") + d.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : generator;
}

QString FailoverCardBuilder::html(const CommissioningPlan &plan, const FailoverPlanner::Result &result, const Options &options)
{
    const FailoverProcedure &p = result.procedure;
    const bool gloss = !options.reviewed && options.language != QLatin1String("en");
    const QString phone = plan.phone;
    const QString installer = plan.company.isEmpty() ? plan.installer : plan.installer + QStringLiteral(", ") + plan.company;
    QString body;

    // --- Who to call, and the site ----------------------------------------------------------------
    body += table(QStringLiteral("<tr><td style=\"%1\"><span style=\"%2\">%3</span>%4</td>"
                                 "<td align=\"right\" style=\"%1\"><b>%5</b> %6<br/><span style=\"%7 white-space: nowrap;\">%8</span></td></tr>")
                      .arg(QLatin1String(kBody), QLatin1String(kHeading), esc(title(plan)),
                           plan.siteAddress.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(plan.siteAddress),
                           esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Your installer:")).local), esc(installer), QLatin1String(kStop), esc(phone)),
                  3);

    // --- STOP ---------------------------------------------------------------------------------------
    {
        const CardText stop = C(QT_TRANSLATE_NOOP("FailoverCard", "STOP"));
        const CardText safe = C(QT_TRANSLATE_NOOP("FailoverCard", "Switching the inverter off does NOT make the battery safe: isolate it (order below)."));
        const CardText deadline = line(p.deadline);
        QString rows = QStringLiteral("<tr><td style=\"%1\"><span style=\"background-color: #000000; color: #ffffff;\">&nbsp;%2&nbsp;</span> %3<br/>%4 ____</td></tr>")
                           .arg(QLatin1String(kStop), esc(stop.local), esc(safe.local), esc(deadline.local));
        if (gloss)
            rows += QStringLiteral("<tr><td><span lang=\"en\" style=\"%1\">%2 %3</span></td></tr>").arg(QLatin1String(kGloss), esc(safe.english), esc(deadline.english));
        body += table(rows, 4);
    }

    // --- Isolation order --------------------------------------------------------------------------
    body += heading(orderHeading(C(QT_TRANSLATE_NOOP("FailoverCard", "Isolation order")), plan.isolationOrder));
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
                cell += QStringLiteral(" <b>%1</b>").arg(esc(r.local));
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
                             esc(C(QT_TRANSLATE_NOOP("FailoverCard", "This translation has not been reviewed: the English is under each step.")).local));
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
                en += QStringLiteral(" → ") + branch.english; // one run of small text, no line of its own
            }
            if (gloss && !(text.same() && branch.same()))
                cell += QStringLiteral("<br/><span lang=\"en\" style=\"%1\">%2</span>")
                            .arg(QLatin1String(kGloss), esc(en).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            body += table(QStringLiteral("<tr><td width=\"6%\" align=\"center\" style=\"%1\">%2</td><td style=\"%3\">%4</td></tr>")
                              .arg(QLatin1String(kNumber))
                              .arg(i + 1)
                              .arg(QLatin1String(kBody), cell),
                          2);
        }
        if (printable < p.steps.size()) {
            // The first step resting on a fact nobody confirmed: the owner stops here.
            const FailoverStep &s = p.steps[printable];
            const CardText ask = C(QT_TRANSLATE_NOOP("FailoverCard", "Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3."))
                                     .arg(topic(s))
                                     .arg(plan.installer, phone);
            body += table(QStringLiteral("<tr><td width=\"6%\" align=\"center\" style=\"%1\">%2</td><td style=\"%3\"><b>%4</b>%5</td></tr>")
                              .arg(QLatin1String(kNumber))
                              .arg(printable + 1)
                              .arg(QLatin1String(kBody), esc(ask.local), english(ask, gloss)),
                          3);
        }
    }

    // Whether a drill proved them here.
    if (p.kind != FailoverKind::InstallerOnly) {
        const CardText drill = p.drillResult == QLatin1String("passed")
            ? C(QT_TRANSLATE_NOOP("FailoverCard", "A failover drill on this site passed."))
            : C(QT_TRANSLATE_NOOP("FailoverCard", "No failover drill has passed on this site yet."));
        body += QStringLiteral("<p style=\"%1 margin-top: 1px; margin-bottom: 0px;\"><i>%2</i></p>\n").arg(QLatin1String(kBody), esc(drill.local));
    }

    // --- What you see -> what to do ---------------------------------------------------------------
    // The meaning of a sight rests on a fact (the LED table): its confidence once, in the heading.
    {
        CardText h = C(QT_TRANSLATE_NOOP("FailoverCard", "What you see → what to do"));
        Confidence weakest = Confidence::Documented;
        for (const SeeDoRow &r : p.seeDo)
            weakest = ConfidenceNames::weakest(weakest, r.confidence);
        if (weakest != Confidence::Documented)
            h = h + CardText{QStringLiteral(" ("), QStringLiteral(" (")}
                + C(QT_TRANSLATE_NOOP("FailoverCard", "what the lights mean: %1")).arg(FailoverTexts::confidence(weakest)) + CardText{QStringLiteral(")"), QStringLiteral(")")};
        body += heading(h);
        QString rows;
        for (const SeeDoRow &r : p.seeDo) {
            rows += QStringLiteral("<tr><td width=\"40%\" style=\"%1\">%2</td><td style=\"%1\">%3</td></tr>")
                        .arg(QLatin1String(kBody), esc(see(r).local), esc(todo(r).local));
        }
        body += table(rows, 2);
    }

    // --- The back: two columns, each read top to bottom ------------------------------------------
    // Left: power-up order, what not to do, what to have ready. Right: what the inverter does
    // meanwhile and its setting, when to stop and call, the contact. (Side by side in rows, each
    // row took the taller cell's height and left the other half empty.)
    {
        QString order;
        if (!plan.powerUpOrder.isSet()) {
            order = QStringLiteral("<b>%1</b>").arg(esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Not entered: ask your installer before switching on.")).local));
        } else {
            int n = 0;
            for (const OrderStep &o : plan.powerUpOrder.steps)
                order += QStringLiteral("<b>%1.</b> %2%3<br/>").arg(++n).arg(esc(o.text), o.breaker.isEmpty() ? QString() : QStringLiteral(" <b>[%1]</b>").arg(esc(o.breaker)));
        }
        QString inverter = esc(line(p.meanwhile).local) + confidenceNote(p.meanwhile.confidence);
        if (p.voltageGuess)
            inverter += QStringLiteral("<br/>") + esc(line(*p.voltageGuess).local) + confidenceNote(p.voltageGuess->confidence);
        if (p.inverterSetting)
            inverter += QStringLiteral("<br/><b>%1</b>").arg(esc(line(*p.inverterSetting).local));
        else
            inverter += QStringLiteral("<br/>") + esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Inverter battery setting: ask your installer.")).local);

        QString dont;
        for (const FailoverLine &l : p.dont)
            dont += QStringLiteral("✘ %1%2<br/>").arg(esc(line(l).local), confidenceNote(l.confidence));
        const CardText ready[] = {
            C(QT_TRANSLATE_NOOP("FailoverCard", "the lights on each unit")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "the SOC on the inverter")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "the inverter's alarm code")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "when you first noticed it")),
            C(QT_TRANSLATE_NOOP("FailoverCard", "what you did from this card")),
        };
        QString have = QStringLiteral("<b>%1</b><br/>").arg(esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Have ready when you call")).local));
        QStringList items;
        for (const CardText &t : ready)
            items.append(QStringLiteral("□&nbsp;%1").arg(esc(t.local)));
        have += items.join(QLatin1Char(' '));
        QStringList when;
        for (const FailoverLine &l : p.callWhen)
            when.append(esc(line(l).local));

        const QString left = QStringLiteral("<b>%1</b><br/>%2<b>%3</b><br/>%4%5")
                                 .arg(esc(orderHeading(C(QT_TRANSLATE_NOOP("FailoverCard", "Power-up order")), plan.powerUpOrder).local), order,
                                      esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Do not")).local), dont, have);
        const QString right = QStringLiteral("<b>%1</b><br/>%2<br/><b>%3</b><br/>%4<br/><b>%5 &nbsp; %6</b>")
                                  .arg(esc(C(QT_TRANSLATE_NOOP("FailoverCard", "What the inverter does meanwhile")).local), inverter,
                                       esc(C(QT_TRANSLATE_NOOP("FailoverCard", "Stop and call your installer when")).local), when.join(QLatin1Char(' ')),
                                       esc(installer), esc(phone));
        body += table(QStringLiteral("<tr><td width=\"50%\" style=\"%1\">%2</td><td width=\"50%\" style=\"%1\">%3</td></tr>")
                          .arg(QLatin1String(kBody), left, right),
                      2);
    }

    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n</head>\n"
                          "<body style=\"%3\">\n%4</body>\n</html>\n")
        .arg(esc(options.language), esc(title(plan)), QLatin1String(kBody), body);
}
