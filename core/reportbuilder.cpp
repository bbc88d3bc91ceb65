#include "reportbuilder.h"

#include "commissioningchecks.h"
#include "failoverdrill.h"
#include "failoverplanner.h"
#include "failovertexts.h"
#include "planner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

// The report's translation context; qualified calls (CommissioningReport::tr) are what lupdate
// can read.
struct CommissioningReport
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningReport)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "2026-12-01T10:00:00Z" -> "2026-12-01 10:00 UTC": the same in every language.
QString when(const QString &iso)
{
    const QDateTime d = QDateTime::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        return esc(iso);
    return d.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("\u2014");
}

// Numbers every source the report cites, in order of first citation.
class Citations
{
public:
    QString cite(const QList<SourceRef> &sources)
    {
        QStringList n;
        for (const SourceRef &s : sources) {
            if (!m_index.contains(s.id)) {
                m_sources.append(s);
                m_index.insert(s.id, int(m_sources.size()));
            }
            const QString ref = QString::number(m_index.value(s.id));
            if (!n.contains(ref))
                n.append(ref);
        }
        if (n.isEmpty())
            return {};
        return QStringLiteral("<sup>[%1]</sup>").arg(n.join(QStringLiteral(", ")));
    }
    const QList<SourceRef> &sources() const { return m_sources; }

private:
    QList<SourceRef> m_sources;
    QHash<QString, int> m_index;
};

const char *kTable = "border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"border-collapse: collapse; border-color: #999999;\"";
const char *kHead = " style=\"background-color: #e4e8ee;\"";

QString confidenceBadge(Confidence c)
{
    // Word first: never colour alone.
    const char *colour = c == Confidence::Documented ? "#1d5e20" : c == Confidence::Observed ? "#7a5200" : "#8a1c1c";
    return QStringLiteral("<span style=\"color: %1; font-size: 8pt;\">(%2)</span>").arg(QLatin1String(colour), esc(ConfidenceNames::label(c)));
}

QString fact(const PlanFact &f, Citations &cites)
{
    if (f.unknown == Unknown::NotInCatalogue)
        return QStringLiteral("<i>%1</i>").arg(esc(f.display()));
    QString out = f.known() ? esc(f.text) : QStringLiteral("<i>%1</i>").arg(esc(f.display()));
    out += QLatin1Char(' ') + confidenceBadge(f.confidence) + cites.cite(f.sources);
    for (const PlanFact::Other &o : f.otherReadings) {
        out += QStringLiteral("<br/><span style=\"font-size: 8pt;\">%1 %2 %3%4</span>")
                   .arg(esc(CommissioningReport::tr("Another reading:")), esc(o.text), confidenceBadge(o.confidence), cites.cite(o.sources));
    }
    return out;
}

QString statusCell(CheckStatus s)
{
    const char *symbol = "";
    const char *background = "#ffffff";
    switch (s) {
    case CheckStatus::Pass:
        symbol = "\u2714";
        background = "#e3f2e1";
        break;
    case CheckStatus::Fail:
        symbol = "\u2718";
        background = "#f8d7d7";
        break;
    case CheckStatus::Warning:
        symbol = "\u26a0";
        background = "#fcefd2";
        break;
    case CheckStatus::NotMeasured:
        symbol = "\u2013";
        background = "#eeeeee";
        break;
    case CheckStatus::Info:
        symbol = "\u2139";
        break;
    case CheckStatus::RecordedByHand:
        symbol = "\u270e";
        break;
    case CheckStatus::Pending:
        symbol = "\u2026";
        break;
    }
    return QStringLiteral("<td style=\"background-color: %1;\"><b>%2&nbsp;%3</b></td>")
        .arg(QLatin1String(background), QString::fromUtf8(symbol), esc(PlanNames::statusLabel(s)));
}

// A drawn switch bank: filled square ON (up), open square OFF (down), ? to set on site.
QString dip(const QString &positions)
{
    if (positions.isEmpty())
        return QStringLiteral("\u2014");
    QString boxes;
    QStringList on;
    for (int i = 0; i < positions.size(); ++i) {
        const QChar c = positions[i];
        boxes += c == QLatin1Char('1') ? QStringLiteral("\u25a0") : c == QLatin1Char('0') ? QStringLiteral("\u25a1") : QStringLiteral("?");
        if (c == QLatin1Char('1'))
            on.append(QString::number(i + 1));
    }
    const QString summary = on.isEmpty() ? CommissioningReport::tr("all OFF") : CommissioningReport::tr("%1 ON").arg(on.join(QLatin1Char('+')));
    return QStringLiteral("<span style=\"font-size: 12pt;\">%1</span> %2").arg(boxes, esc(summary));
}

// Pylontech ADRs are written in hex on the wire and in the manuals; JK addresses are 0-15.
QString address(const PlanPack &p)
{
    if (!p.address)
        return QStringLiteral("\u2014");
    if (p.unit == QLatin1String("module"))
        return QStringLiteral("0x%1").arg(*p.address, 2, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"));
    return QString::number(*p.address);
}

QString roleText(const PlanPack &p)
{
    if (p.unit == QLatin1String("bmu"))
        return CommissioningReport::tr("master (BMU)");
    return PlanNames::roleLabel(p.role);
}

QString order(const PlanOrder &o, Citations &cites)
{
    QString out;
    switch (o.origin) {
    case OrderOrigin::Installer:
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(CommissioningReport::tr("This site's own order, entered by the installer.")));
        break;
    case OrderOrigin::Catalogue:
        out += QStringLiteral("<p><i>%1</i> %2%3</p>").arg(esc(CommissioningReport::tr("The maker's order from the catalogue:")), confidenceBadge(o.confidence), cites.cite(o.sources));
        break;
    case OrderOrigin::Missing:
        return QStringLiteral("<p style=\"color: #8a1c1c;\"><b>%1</b></p>")
            .arg(esc(CommissioningReport::tr("NOT ENTERED. No maker gives one for this bank: the installer writes this site's order here, with the breaker labels.")));
    }
    out += QStringLiteral("<ol>");
    for (const OrderStep &s : o.steps) {
        out += QStringLiteral("<li>%1").arg(esc(s.text));
        if (!s.breaker.isEmpty())
            out += QStringLiteral(" &nbsp;<b>[%1]</b>").arg(esc(s.breaker));
        out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ol>");
    if (!o.note.isEmpty())
        out += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(esc(o.note));
    return out;
}

QString linkMedium(const PlanInverter &inv)
{
    if (inv.link.isEmpty())
        return CommissioningReport::tr("unknown \u2014 see its manual");
    return (inv.link == QLatin1String("can") ? QStringLiteral("CAN") : QStringLiteral("RS485")) + QStringLiteral(", ") + inv.bmsProtocol;
}

QString section(const QString &title)
{
    return QStringLiteral("<h2 style=\"font-size: 13pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 4px;\">%1</h2>").arg(esc(title));
}

// How much a result needs attention, for "the worst result of a check".
int rank(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Fail:
        return 6;
    case CheckStatus::Warning:
        return 5;
    case CheckStatus::NotMeasured:
        return 4;
    case CheckStatus::Pending:
        return 3;
    case CheckStatus::Info:
        return 2;
    case CheckStatus::RecordedByHand:
        return 1;
    case CheckStatus::Pass:
        return 0;
    }
    return 0;
}

// A recorded result's text and next step in the report's language; a result this BankScope has no
// words for keeps the text it was recorded with.
QPair<QString, QString> checkText(const PlanCheck &c)
{
    CheckFinding f;
    f.check = c.check;
    f.code = c.code;
    f.status = c.status;
    f.args = c.args;
    const QString text = CommissioningChecks::text(f);
    if (text == c.code)
        return {c.text, c.nextStep};
    return {text, CommissioningChecks::nextStep(f)};
}

QString countsText(const QList<PlanCheck> &checks)
{
    int counts[7] = {};
    for (const PlanCheck &c : checks)
        counts[static_cast<int>(c.status)] += 1;
    return CommissioningReport::tr("%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure.")
        .arg(counts[static_cast<int>(CheckStatus::Pass)])
        .arg(counts[static_cast<int>(CheckStatus::Fail)])
        .arg(counts[static_cast<int>(CheckStatus::Warning)])
        .arg(counts[static_cast<int>(CheckStatus::NotMeasured)])
        .arg(counts[static_cast<int>(CheckStatus::Info)]);
}

QString subsection(const QString &title)
{
    return QStringLiteral("<h3 style=\"font-size: 10pt; margin-top: 10px; margin-bottom: 4px;\">%1</h3>").arg(esc(title));
}

// The failover summary (issue 22): the site's procedure as FailoverPlanner makes it, each step with
// why it may be printed on the card, the installer's restore procedure, the two-masters proof,
// what the installer confirmed and what the drill showed. A plan the card cannot be made from says
// which field is missing.
QString failoverSection(const CommissioningPlan &plan, const Catalogue &catalogue, Citations &cites)
{
    QString out = section(CommissioningReport::tr("Failover"));
    const auto planned = FailoverPlanner::plan(plan, catalogue);
    if (!planned) {
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(CommissioningReport::tr("The failover card cannot be printed yet:")), esc(planned.error().toString()));
        return out;
    }
    const FailoverProcedure &p = planned->procedure;
    const FailoverRecord &record = planned->record;
    switch (p.kind) {
    case FailoverKind::PylontechChain:
    case FailoverKind::JkPbDip:
    case FailoverKind::SingleMaster:
        out += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("If the master %1 fails, %2 takes over as master. The owner's card prints the steps below "
                                                     "up to the first one that rests on a fact nobody confirmed on this site.").arg(p.failed, p.standIn)));
        break;
    case FailoverKind::Aggregator:
        out += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("Every BMS talks to the aggregator itself: no master to replace. The card says what the owner "
                                                     "sees and whether the system carries on.")));
        break;
    case FailoverKind::InstallerOnly:
        out += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("No steps for the owner on this bank: the card tells them to call the installer.")));
        break;
    }
    auto steps = [&cites](const QList<FailoverStep> &list, int printable) -> QString {
        QString rows = QStringLiteral("<table %1><thead><tr%2><th width=\"5%\">#</th><th>%3</th><th width=\"24%\">%4</th></tr></thead>")
                           .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Step")), esc(CommissioningReport::tr("On the card as")));
        for (int i = 0; i < list.size(); ++i) {
            const FailoverStep &s = list[i];
            QString text = esc(FailoverTexts::step(s).local);
            const CardText branch = FailoverTexts::ifNot(s);
            if (!branch.local.isEmpty())
                text += QStringLiteral("<br/><i>%1</i>").arg(esc(branch.local));
            QString basis = esc(FailoverTexts::basis(s.basis).local);
            if (!s.fact.isEmpty())
                basis += QStringLiteral("<br/><span style=\"font-size: 8pt;\">%1</span>").arg(esc(FailoverFacts::label(s.fact)));
            if (s.basis == StepBasis::Documented || s.basis == StepBasis::Unverified)
                basis += QLatin1Char(' ') + confidenceBadge(s.confidence) + cites.cite(s.sources);
            if (i >= printable)
                basis = QStringLiteral("<i>%1</i>").arg(i == printable ? esc(CommissioningReport::tr("not printed: the card says \"ask your installer\" and stops here"))
                                                                       : esc(CommissioningReport::tr("not printed")))
                      + QStringLiteral("<br/>") + basis;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"font-size: 9pt;\">%3</td></tr>").arg(i + 1).arg(text, basis);
        }
        return rows + QStringLiteral("</table>");
    };
    out += subsection(CommissioningReport::tr("The owner's procedure"));
    out += steps(p.steps, p.printableSteps());
    // A bank without a master (every BMS on its own GX port) has no stand-in to demote.
    const bool noMaster = p.kind == FailoverKind::Aggregator;
    out += subsection(noMaster ? CommissioningReport::tr("Restore (the installer)")
                               : CommissioningReport::tr("Restore (the installer: the stand-in is demoted first)"));
    out += steps(p.restore, int(p.restore.size()));
    out += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("Both procedures were checked step by step: at no step do two units act as master on one bus "
                                                 "or towards the inverter, and the failed unit stays off every bus until the installer reconnects it.")));
    out += QStringLiteral("<p><b>%1</b> %2 %3%4</p>")
               .arg(esc(noMaster ? CommissioningReport::tr("While a BMS is gone:") : CommissioningReport::tr("While the master is gone:")), esc(FailoverTexts::line(p.meanwhile).local), confidenceBadge(p.meanwhile.confidence),
                    cites.cite(p.meanwhile.sources));
    if (p.voltageGuess)
        out += QStringLiteral("<p>%1 %2</p>").arg(esc(FailoverTexts::line(*p.voltageGuess).local), confidenceBadge(p.voltageGuess->confidence));
    if (!record.confirmed.isEmpty()) {
        out += subsection(CommissioningReport::tr("Confirmed on this site"));
        out += QStringLiteral("<ul>");
        for (const FailoverConfirmation &c : record.confirmed) {
            QString who = c.by;
            if (!c.at.isEmpty())
                who += (who.isEmpty() ? QString() : QStringLiteral(", ")) + when(c.at);
            out += QStringLiteral("<li>%1%2%3</li>")
                       .arg(esc(FailoverFacts::label(c.fact)), who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who),
                            c.note.isEmpty() ? QString() : QStringLiteral(": ") + esc(c.note));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

// Who the drill heard at an event: the masters (two: two masters on one bus; garbled answers at the
// master's address: two answering at once), or on a GX bank the BMSs heard on their own ports.
QString heardText(const QStringList &heard, bool gx)
{
    if (heard.isEmpty())
        return gx ? CommissioningReport::tr("no BMS") : CommissioningReport::tr("nothing");
    if (gx)
        return CommissioningReport::tr("BMS %1").arg(heard.join(QStringLiteral(", ")));
    QStringList masters = heard;
    const bool garbled = masters.removeAll(QStringLiteral("collision")) > 0;
    QString out;
    if (masters.size() == 1)
        out = CommissioningReport::tr("one master (%1)").arg(masters.first());
    else if (masters.size() > 1)
        out = CommissioningReport::tr("%1 masters (%2)").arg(masters.size()).arg(masters.join(QStringLiteral(", ")));
    if (garbled)
        out += (out.isEmpty() ? QString() : QStringLiteral("; ")) + CommissioningReport::tr("garbled answers at the master's address");
    return out;
}

// The failover drill (issue 22 item 3) as the plan records it: when, the unit taken off, the result
// and why, what it proved, for a GX bank the capacity and limits before and while one BMS was off,
// and the timeline with who was heard at each event.
QString drillSection(const CommissioningPlan &plan, const Catalogue &catalogue)
{
    auto row = [](const QString &label, const QString &valueHtml) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    QString out = section(CommissioningReport::tr("Failover drill"));
    const auto record = FailoverRecord::of(plan);
    if (!record || !record->drill) {
        out += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("No failover drill was recorded on this site.")));
        return out;
    }
    const DrillRecord &d = *record->drill;
    const auto planned = FailoverPlanner::plan(plan, catalogue);
    const bool gx = d.bank.has_value() || (planned && planned->procedure.kind == FailoverKind::Aggregator);

    // Why it ended as it did: the note of its last "drill-..." event.
    QString reason;
    for (const DrillEvent &e : d.timeline)
        if (e.event.startsWith(QLatin1String("drill-")))
            reason = e.note;
    QString result;
    if (d.result == QLatin1String("passed")) {
        result = QStringLiteral("<b>\u2714 %1</b>").arg(esc(CommissioningReport::tr("passed")));
    } else {
        DrillInstruction why;
        why.code = d.result;
        why.args = {reason, gx ? QStringLiteral("gx") : QString()};
        result = QStringLiteral("<b>%1 %2</b> %3")
                     .arg(d.result == QLatin1String("aborted") ? QStringLiteral("\u26a0") : QStringLiteral("\u2718"),
                          esc(d.result == QLatin1String("aborted") ? CommissioningReport::tr("aborted") : CommissioningReport::tr("failed")),
                          esc(FailoverDrill::text(why)));
    }
    out += QStringLiteral("<table %1>").arg(QLatin1String(kTable));
    out += row(CommissioningReport::tr("When"), d.at.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(CommissioningReport::tr("not recorded"))) : when(d.at));
    QString unit;
    if (gx) {
        const QString failed = d.bank ? d.bank->failed : planned ? planned->procedure.failed : QString();
        unit = CommissioningReport::tr("the BMS %1, switched off (or its CAN cable pulled); the others stayed on their own GX ports").arg(failed);
    } else if (planned) {
        unit = CommissioningReport::tr("the master %1, switched off (or its inverter cable pulled); stand-in %2").arg(planned->procedure.failed, planned->procedure.standIn);
    }
    if (!unit.isEmpty())
        out += row(CommissioningReport::tr("Unit taken off"), esc(unit));
    out += row(CommissioningReport::tr("Result"), result);
    if (d.restoredAfterS)
        out += row(CommissioningReport::tr("Stand-in heard alone"), esc(CommissioningReport::tr("%1 s after the master went silent").arg(QString::number(*d.restoredAfterS, 'f', 0))));
    QStringList labels;
    for (const QString &f : d.proved)
        labels.append(FailoverFacts::label(f));
    out += row(CommissioningReport::tr("Proved on this site"),
               labels.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(CommissioningReport::tr("nothing: only a drill that passed proves a fact")))
                                : esc(labels.join(QStringLiteral("; "))));
    out += QStringLiteral("</table>");

    if (d.bank) {
        const DrillBankChange &b = *d.bank;
        out += subsection(CommissioningReport::tr("The bank with %1 off").arg(b.failed));
        out += QStringLiteral("<table %1><thead><tr%2><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                   .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Offered to the GX")), esc(CommissioningReport::tr("Before")),
                        esc(CommissioningReport::tr("With %1 off").arg(b.failed)), esc(CommissioningReport::tr("Change")));
        const std::optional<DrillBankView> &a = b.after;
        auto line = [&](const QString &label, const std::optional<double> &x, const std::optional<double> &y, int decimals, const QString &unitText,
                        const QString &fromX, const QString &fromY) {
            auto cell = [&](const std::optional<double> &v, const QString &from) {
                if (!v)
                    return QStringLiteral("\u2014");
                QString t = QString::number(*v, 'f', decimals) + QLatin1Char(' ') + unitText;
                if (!from.isEmpty())
                    t += QLatin1Char(' ') + CommissioningReport::tr("(from %1)").arg(from);
                return esc(t);
            };
            QString change = QStringLiteral("\u2014");
            if (x && y) {
                change = QString::number(*y - *x, 'f', decimals) + QLatin1Char(' ') + unitText;
                if (*x > 0)
                    change += QStringLiteral(" (%1 %)").arg(QString::number((*y - *x) / *x * 100.0, 'f', 0));
                change = esc(change);
            }
            return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(label), cell(x, fromX), a ? cell(y, fromY) : QStringLiteral("<i>%1</i>").arg(esc(CommissioningReport::tr("not measured"))), change);
        };
        const std::optional<double> onlineBefore = double(b.before.online);
        const std::optional<double> onlineAfter = a ? std::optional<double>(double(a->online)) : std::nullopt;
        out += line(CommissioningReport::tr("BMSs heard"), onlineBefore, onlineAfter, 0, QString(), {}, {});
        out += line(CommissioningReport::tr("Capacity"), b.before.capacityAh, a ? a->capacityAh : std::nullopt, 0, QStringLiteral("Ah"), {}, {});
        out += line(CommissioningReport::tr("Charge voltage limit"), b.before.cvlV, a ? a->cvlV : std::nullopt, 1, QStringLiteral("V"), b.before.cvlFrom, a ? a->cvlFrom : QString());
        out += line(CommissioningReport::tr("Charge current limit"), b.before.cclA, a ? a->cclA : std::nullopt, 0, QStringLiteral("A"), b.before.cclFrom, a ? a->cclFrom : QString());
        out += line(CommissioningReport::tr("Discharge current limit"), b.before.dclA, a ? a->dclA : std::nullopt, 0, QStringLiteral("A"), b.before.dclFrom, a ? a->dclFrom : QString());
        out += QStringLiteral("</table>");
        QStringList set;
        if (b.before.cvlFrom == b.failed)
            set.append(CommissioningReport::tr("the charge voltage limit"));
        if (b.before.cclFrom == b.failed)
            set.append(CommissioningReport::tr("the charge current limit"));
        if (b.before.dclFrom == b.failed)
            set.append(CommissioningReport::tr("the discharge current limit"));
        out += QStringLiteral("<p>%1 %2</p>")
                   .arg(esc(set.isEmpty() ? CommissioningReport::tr("%1 did not set any of the bank's limits before it was taken off.").arg(b.failed)
                                          : CommissioningReport::tr("%1 set %2 before it was taken off: while it is off, the other BMSs set them.")
                                                .arg(b.failed, set.join(QStringLiteral(", ")))),
                        confidenceBadge(Confidence::Uncertain));
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(CommissioningReport::tr("Values from BankScope's aggregation core over the BMSs heard (capacity summed, the lowest charge voltage, "
                                                    "current limits as the weakest BMS times the BMSs online). How a GX combines several BMSs is not in "
                                                    "the sources: check the GX's own screen.")));
    }

    if (!d.timeline.isEmpty()) {
        out += subsection(CommissioningReport::tr("Timeline"));
        out += QStringLiteral("<table %1><thead><tr%2><th width=\"10%\">%3</th><th>%4</th><th width=\"24%\">%5</th></tr></thead>")
                   .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Time")), esc(CommissioningReport::tr("What happened")),
                        esc(gx ? CommissioningReport::tr("BMSs heard") : CommissioningReport::tr("Masters heard")));
        for (const DrillEvent &e : d.timeline)
            out += QStringLiteral("<tr><td>%1 s</td><td>%2</td><td>%3</td></tr>")
                       .arg(QString::number(e.atS, 'f', 1), esc(FailoverDrill::eventText(e)), esc(heardText(e.heard, gx)));
        out += QStringLiteral("</table>");
    }
    return out;
}

} // namespace

QString ReportBuilder::title(const CommissioningPlan &plan)
{
    return plan.site.isEmpty() ? CommissioningReport::tr("Commissioning report") : CommissioningReport::tr("Commissioning report \u2014 %1").arg(plan.site);
}

QString ReportBuilder::html(const CommissioningPlan &plan, const Options &options)
{
    Citations cites;
    QString body;

    // --- Header ---------------------------------------------------------------------------------
    body += QStringLiteral("<h1 style=\"font-size: 20pt; color: #1f3a5f; margin-bottom: 0px;\">%1</h1>").arg(esc(CommissioningReport::tr("Battery bank commissioning report")));
    body += QStringLiteral("<p style=\"font-size: 12pt; margin-top: 2px;\"><b>%1</b></p>")
                .arg(esc(plan.site.isEmpty() ? CommissioningReport::tr("Site not named") : plan.site));
    auto row = [](const QString &label, const QString &valueHtml) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    auto orBlank = [](const QString &s) { return s.isEmpty() ? QStringLiteral("&nbsp;") : esc(s); };
    body += QStringLiteral("<table %1>").arg(QLatin1String(kTable));
    body += row(CommissioningReport::tr("Site"), orBlank(plan.site));
    body += row(CommissioningReport::tr("Address"), orBlank(plan.siteAddress));
    body += row(CommissioningReport::tr("Installer"), orBlank(plan.company.isEmpty() ? plan.installer : plan.installer + QStringLiteral(", ") + plan.company));
    body += row(CommissioningReport::tr("Contact phone"), orBlank(plan.phone));
    body += row(CommissioningReport::tr("Planned"), plan.created.isEmpty() ? QStringLiteral("&nbsp;") : when(plan.created));
    body += row(CommissioningReport::tr("Report made"), options.generatedAt.isEmpty() ? QStringLiteral("&nbsp;") : when(options.generatedAt));
    {
        CheckStatus worst = CheckStatus::Pass;
        for (const PlanCheck &c : plan.checks)
            if (rank(c.status) > rank(worst))
                worst = c.status;
        QString verdict;
        if (plan.checks.isEmpty())
            verdict = QStringLiteral("<b>%1</b>").arg(esc(CommissioningReport::tr("not verified with BankScope")));
        else if (worst == CheckStatus::Fail)
            verdict = QStringLiteral("<b>\u2718 %1</b> %2").arg(esc(CommissioningReport::tr("checks failed:")), esc(countsText(plan.checks)));
        else if (worst == CheckStatus::Warning)
            verdict = QStringLiteral("<b>\u26a0 %1</b> %2").arg(esc(CommissioningReport::tr("passed with warnings:")), esc(countsText(plan.checks)));
        else
            verdict = QStringLiteral("<b>\u2714 %1</b> %2").arg(esc(CommissioningReport::tr("no check failed:")), esc(countsText(plan.checks)));
        body += row(CommissioningReport::tr("Verification"), verdict);
    }
    body += QStringLiteral("</table>");

    // --- System ---------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("System"));
    const PlanInverter &inv = plan.inverter;
    QStringList batteries;
    for (const PlanBattery &b : plan.batteries)
        batteries.append(QStringLiteral("%1 \u00d7 %2").arg(b.count).arg(b.model.name));
    body += QStringLiteral("<table %1>").arg(QLatin1String(kTable));
    body += row(CommissioningReport::tr("Inverter"), esc(inv.model.name) + (inv.model.inCatalogue() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(CommissioningReport::tr("not in the catalogue")))));
    body += row(CommissioningReport::tr("Inverter firmware"), inv.firmware.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(CommissioningReport::tr("not entered"))) : esc(inv.firmware));
    body += row(CommissioningReport::tr("Release notes checked"), esc(inv.releaseNotesChecked ? CommissioningReport::tr("yes, confirmed by the installer") : CommissioningReport::tr("no")));
    body += row(CommissioningReport::tr("Batteries"), esc(batteries.join(QStringLiteral(", "))));
    body += row(CommissioningReport::tr("BMS link"), esc(linkMedium(inv)));
    body += row(CommissioningReport::tr("Battery-type menu"), fact(inv.menuPath, cites));
    body += row(CommissioningReport::tr("Battery-type setting"), fact(inv.setting, cites));
    body += row(CommissioningReport::tr("On the battery's port"), fact(inv.batteryPortSetting, cites));
    body += row(CommissioningReport::tr("If BMS data stops"), fact(inv.commLoss, cites));
    if (!inv.commLossSettingName.isEmpty()) {
        body += row(inv.commLossSettingName,
                    inv.commLossSettingValue.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(CommissioningReport::tr("not recorded"))) : esc(inv.commLossSettingValue));
    }
    body += row(CommissioningReport::tr("Architecture"), QStringLiteral("<b>%1.</b> %2").arg(esc(ArchitectureNames::label(plan.architecture)), esc(Planner::architectureSummary(plan))));
    body += row(CommissioningReport::tr("Cabling"), esc(PlanNames::topologyLabel(plan.topology)));
    QStringList standIns;
    for (const StandIn &s : plan.standIns) {
        standIns.append(s.pack.isEmpty() ? CommissioningReport::tr("for %1: %2").arg(s.master, Planner::standInReason(s))
                                         : CommissioningReport::tr("for %1: %2 (%3)").arg(s.master, s.pack, Planner::standInReason(s)));
    }
    body += row(CommissioningReport::tr("Stand-in master"), standIns.isEmpty() ? esc(CommissioningReport::tr("none: every BMS talks to the GX itself")) : esc(standIns.join(QStringLiteral("; "))));
    body += QStringLiteral("</table>");

    // --- Bank map -------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Bank map"));
    // The group column only where the bank has groups.
    bool groups = false;
    bool anyDip = false;
    for (const PlanPack &p : plan.packs) {
        groups = groups || p.group != 0;
        anyDip = anyDip || !p.dip.isEmpty();
    }
    body += QStringLiteral("<table %1><thead><tr%2><th>%3</th><th>%4</th><th>%5</th>")
                .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Unit")), esc(CommissioningReport::tr("Model")), esc(CommissioningReport::tr("Role")));
    if (groups)
        body += QStringLiteral("<th>%1</th>").arg(esc(CommissioningReport::tr("Group")));
    body += QStringLiteral("<th width=\"11%\">%1</th><th width=\"16%\">%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                .arg(esc(CommissioningReport::tr("Address")), esc(CommissioningReport::tr("DIP switches")), esc(CommissioningReport::tr("Serial")), esc(CommissioningReport::tr("Firmware")), esc(CommissioningReport::tr("Cable")));
    for (const PlanPack &p : plan.packs) {
        body += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td>").arg(esc(p.id), esc(p.model.name), esc(roleText(p)));
        if (groups)
            body += QStringLiteral("<td>%1</td>").arg(p.group);
        body += QStringLiteral("<td style=\"white-space: nowrap;\">%1</td><td style=\"white-space: nowrap;\">%2</td>"
                               "<td style=\"white-space: nowrap; font-size: 9pt;\">%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(address(p), dip(p.dip), p.serial.isEmpty() ? QStringLiteral("&nbsp;") : esc(p.serial),
                         p.firmware.isEmpty() ? QStringLiteral("&nbsp;") : esc(p.firmware),
                         p.cableLengthM ? esc(CommissioningReport::tr("%1 m").arg(QString::number(*p.cableLengthM, 'f', 2))) : QStringLiteral("&nbsp;"));
    }
    body += QStringLiteral("</table>");
    if (anyDip)
        body += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                    .arg(esc(CommissioningReport::tr("DIP switches drawn switch 1 on the left: \u25a0 ON (up), \u25a1 OFF (down), ? to set on site. A change takes effect after the unit restarts.")));

    // --- Cabling --------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Cabling"));
    body += QStringLiteral("<table %1><thead><tr%2><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Link")), esc(CommissioningReport::tr("From")), esc(CommissioningReport::tr("To")), esc(CommissioningReport::tr("Medium, protocol, speed")));
    for (const PlanLink &l : plan.links) {
        const QString kind = l.kind == QLatin1String("inverter") ? CommissioningReport::tr("inverter") : l.kind == QLatin1String("pack-bus") ? CommissioningReport::tr("between units")
                           : l.role == QLatin1String("poll")     ? CommissioningReport::tr("BankScope (polls)")
                                                                 : CommissioningReport::tr("BankScope (listens)");
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(kind), esc(l.from), esc(l.to), esc(Planner::linkText(l)));
    }
    body += QStringLiteral("</table>");

    // --- Orders ---------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Isolation order"));
    body += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>").arg(esc(CommissioningReport::tr("Switching the inverter off does not make the battery safe: isolate the battery.")));
    body += order(plan.isolationOrder, cites);
    body += section(CommissioningReport::tr("Power-up order"));
    body += order(plan.powerUpOrder, cites);

    // --- Planner notes --------------------------------------------------------------------------
    if (!plan.notes.isEmpty()) {
        body += section(CommissioningReport::tr("To confirm on site"));
        body += QStringLiteral("<table %1>").arg(QLatin1String(kTable));
        for (const PlanNote &n : plan.notes) {
            body += QStringLiteral("<tr><td width=\"14%\"><b>%1</b></td><td>%2 %3%4</td></tr>")
                        .arg(esc(SeverityNames::label(n.severity)), esc(Planner::noteText(n)), confidenceBadge(n.confidence), cites.cite(n.sources));
        }
        body += QStringLiteral("</table>");
    }

    // --- Readings at hand-over ------------------------------------------------------------------
    body += section(CommissioningReport::tr("Readings at hand-over"));
    if (!plan.handover || plan.handover->packs.isEmpty()) {
        body += QStringLiteral("<p><i>%1</i></p>").arg(esc(CommissioningReport::tr("No readings were recorded at hand-over.")));
    } else {
        const Handover &h = *plan.handover;
        body += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("Read %1 from %2.").arg(when(h.at), h.source)));
        body += QStringLiteral("<table %1><thead><tr%2><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th>")
                    .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Unit")), esc(CommissioningReport::tr("SOC %")), esc(CommissioningReport::tr("Voltage V")), esc(CommissioningReport::tr("Current A")),
                         esc(CommissioningReport::tr("Cell min mV")), esc(CommissioningReport::tr("Cell max mV")), esc(CommissioningReport::tr("Cell delta mV")));
        body += QStringLiteral("<th>%1</th><th>%2</th></tr></thead>").arg(esc(CommissioningReport::tr("Temp °C")), esc(CommissioningReport::tr("Matched by")));
        std::optional<double> socLo, socHi, vLo, vHi, worstDelta;
        bool anyByAddress = false;
        QString worstPack;
        for (const HandoverPack &p : h.packs) {
            std::optional<double> delta;
            if (p.cellMinMv && p.cellMaxMv)
                delta = *p.cellMaxMv - *p.cellMinMv;
            if (p.socPct) {
                socLo = socLo ? std::min(*socLo, *p.socPct) : *p.socPct;
                socHi = socHi ? std::max(*socHi, *p.socPct) : *p.socPct;
            }
            if (p.voltageV) {
                vLo = vLo ? std::min(*vLo, *p.voltageV) : *p.voltageV;
                vHi = vHi ? std::max(*vHi, *p.voltageV) : *p.voltageV;
            }
            if (delta && (!worstDelta || *delta > *worstDelta)) {
                worstDelta = delta;
                worstPack = p.id;
            }
            QString temps = QStringLiteral("\u2014");
            if (p.tempMinC && p.tempMaxC)
                temps = QStringLiteral("%1 \u2013 %2").arg(number(p.tempMinC, 1), number(p.tempMaxC, 1));
            const QString matched = p.matchedBy == QLatin1String("serial") ? CommissioningReport::tr("serial") : p.matchedBy == QLatin1String("address") ? CommissioningReport::tr("address*")
                                                                                                                                  : p.matchedBy;
            anyByAddress = anyByAddress || p.matchedBy == QLatin1String("address");
            body += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                        .arg(esc(p.id), number(p.socPct, 1), number(p.voltageV, 2), number(p.currentA, 1), number(p.cellMinMv, 0),
                             number(p.cellMaxMv, 0), number(delta, 0), temps, esc(matched));
        }
        body += QStringLiteral("</table>");
        QStringList spreads;
        if (socLo)
            spreads.append(CommissioningReport::tr("SOC spread %1 points").arg(QString::number(*socHi - *socLo, 'f', 1)));
        if (vLo)
            spreads.append(CommissioningReport::tr("voltage spread %1 V").arg(QString::number(*vHi - *vLo, 'f', 2)));
        if (worstDelta)
            spreads.append(CommissioningReport::tr("largest cell delta %1 mV (%2)").arg(QString::number(*worstDelta, 'f', 0), worstPack));
        if (!spreads.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(esc(spreads.join(QStringLiteral("; ")) + QLatin1Char('.')));
        if (anyByAddress)
            body += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                        .arg(esc(CommissioningReport::tr("* matched to the plan by bus address: the reading carried no serial number to match.")));
    }

    // --- Checks ---------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Checks and results"));
    if (plan.checks.isEmpty() && plan.manualChecks.isEmpty()) {
        body += QStringLiteral("<p><b>%1</b></p>").arg(esc(CommissioningReport::tr("No check was recorded: this bank was not verified with BankScope.")));
    }
    if (!plan.checks.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(countsText(plan.checks)));
        // One row per check with its worst result and what passed; then every result that did not
        // pass, with its next step.
        QStringList order;
        for (const PlanCheck &c : plan.checks)
            if (!order.contains(c.check))
                order.append(c.check);
        body += QStringLiteral("<table %1><thead><tr%2><th width=\"24%\">%3</th><th width=\"18%\">%4</th><th>%5</th></tr></thead>")
                    .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Check")), esc(CommissioningReport::tr("Result")), esc(CommissioningReport::tr("Passed")));
        QList<const PlanCheck *> details;
        for (const QString &check : std::as_const(order)) {
            CheckStatus worst = CheckStatus::Pass;
            QStringList passed;
            QList<SourceRef> sources;
            for (const PlanCheck &c : plan.checks) {
                if (c.check != check)
                    continue;
                if (rank(c.status) > rank(worst))
                    worst = c.status;
                if (c.status == CheckStatus::Pass) {
                    passed.append(checkText(c).first);
                    sources += c.sources;
                } else {
                    details.append(&c);
                }
            }
            body += QStringLiteral("<tr><td>%1</td>%2<td style=\"font-size: 8pt;\">%3%4</td></tr>")
                        .arg(esc(CommissioningChecks::checkLabel(check)), statusCell(worst),
                             passed.isEmpty() ? QStringLiteral("\u2014") : esc(passed.join(QLatin1Char(' '))), cites.cite(sources));
        }
        body += QStringLiteral("</table>");
        if (!details.isEmpty()) {
            body += subsection(CommissioningReport::tr("Results to note"));
            body += QStringLiteral("<table %1><thead><tr%2><th width=\"18%\">%3</th><th>%4</th><th width=\"32%\">%5</th></tr></thead>")
                        .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Result")), esc(CommissioningReport::tr("Finding")), esc(CommissioningReport::tr("Next step")));
            for (const PlanCheck *c : std::as_const(details)) {
                const auto [text, next] = checkText(*c);
                body += QStringLiteral("<tr>%1<td><b>%2:</b> %3 %4%5</td><td>%6</td></tr>")
                            .arg(statusCell(c->status), esc(CommissioningChecks::checkLabel(c->check)), esc(text), confidenceBadge(c->confidence),
                                 cites.cite(c->sources), esc(next));
            }
            body += QStringLiteral("</table>");
        }
    }
    if (!plan.manualChecks.isEmpty()) {
        body += subsection(CommissioningReport::tr("Checked by hand"));
        body += QStringLiteral("<table %1><thead><tr%2><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr></thead>")
                    .arg(QLatin1String(kTable), QLatin1String(kHead), esc(CommissioningReport::tr("Check")), esc(CommissioningReport::tr("Result")), esc(CommissioningReport::tr("Note")), esc(CommissioningReport::tr("Photo")), esc(CommissioningReport::tr("By, when")));
        for (const ManualCheck &m : plan.manualChecks) {
            body += QStringLiteral("<tr><td>%1</td>%2<td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(m.check), statusCell(m.status), esc(m.note), esc(m.photo),
                             esc(m.by) + (m.at.isEmpty() ? QString() : QStringLiteral(", ") + when(m.at)));
        }
        body += QStringLiteral("</table>");
    }

    // --- Alarms ---------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Alarms seen"));
    if (plan.alarms.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("No alarm was recorded during commissioning.")));
    } else {
        body += QStringLiteral("<ul>");
        for (const AlarmSeen &a : plan.alarms) {
            const std::optional<Fault> fault = FaultNames::fromName(a.code);
            body += QStringLiteral("<li>%1 &nbsp;<b>%2</b>: %3</li>")
                        .arg(when(a.at), esc(a.pack), esc(fault ? FaultNames::label(*fault) : a.code));
        }
        body += QStringLiteral("</ul>");
    }

    static const Catalogue builtIn = Catalogue::builtIn();
    body += failoverSection(plan, options.catalogue ? *options.catalogue : builtIn, cites);
    body += drillSection(plan, options.catalogue ? *options.catalogue : builtIn);

    // --- Signatures -----------------------------------------------------------------------------
    // A major heading (h1): the printer keeps a good part of a page with it, so the signatures
    // are not split from their statement.
    body += QStringLiteral("<h1 style=\"font-size: 13pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 4px;\">%1</h1>").arg(esc(CommissioningReport::tr("Hand-over")));
    body += QStringLiteral("<p>%1</p>").arg(esc(CommissioningReport::tr("The installer confirms that the bank was installed and commissioned as recorded in this report. "
                                                  "The customer received this report and the site's isolation order.")));
    const QString line = QStringLiteral("<br/><br/>______________________________<br/>");
    body += QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr><td width=\"50%\"><b>%1</b><br/>%2%3%4<br/><br/>%5 ____________</td>"
                           "<td width=\"50%\"><b>%6</b><br/>%7%3%8<br/><br/>%5 ____________</td></tr></table>")
                .arg(esc(CommissioningReport::tr("Installer")), esc(plan.installer.isEmpty() ? CommissioningReport::tr("Name:") : plan.installer), line, esc(CommissioningReport::tr("Signature")), esc(CommissioningReport::tr("Date:")),
                     esc(CommissioningReport::tr("Customer / site owner")), esc(CommissioningReport::tr("Name:")), esc(CommissioningReport::tr("Signature")));

    // --- Sources --------------------------------------------------------------------------------
    body += section(CommissioningReport::tr("Sources and confidence"));
    body += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                .arg(esc(CommissioningReport::tr("Every fact above is marked with its confidence: documented (a maker's document), observed or second-hand (captures, "
                           "integrators, user reports), uncertain (unverified, by analogy, or the sources disagree). Where no maker gives a figure "
                           "the report says so instead of giving one. Numbers in brackets refer to:")));
    if (!cites.sources().isEmpty()) {
        body += QStringLiteral("<ol style=\"font-size: 8pt;\">");
        for (const SourceRef &s : cites.sources())
            body += QStringLiteral("<li>%1%2</li>").arg(esc(s.title), s.where.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + esc(s.where));
        body += QStringLiteral("</ol>");
    }
    body += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(CommissioningReport::tr("Made with %1. BankScope reads batteries and listens to inverters; it writes no BMS setting.").arg(options.generator)));

    // One element per line: a reader of the HTML (and a diff of the golden files) sees what changed.
    for (const char *end : {"</tr>", "</table>", "</h1>", "</h2>", "</h3>", "</p>", "</li>", "</ol>", "</ul>", "</thead>"})
        body.replace(QLatin1String(end), QLatin1String(end) + QLatin1Char('\n'));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n</head>\n"
                          "<body style=\"font-size: 10pt;\">\n%3\n</body>\n</html>\n")
        .arg(esc(options.language), esc(title(plan)), body);
}
