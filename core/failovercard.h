#pragma once

#include "commissioningplan.h"
#include "failoverplanner.h"

#include <QString>

// Builds the failover card of a site as HTML (HOUSE-STYLE 9: built headless, tested against what
// it must and must not say; ui/printing lays it out on one sheet and refuses it when it does not
// fit two sides). The card is read at arm's length in a dim enclosure by someone who is not an
// installer: body text 12 pt, the STOP box 20 pt, black on white, every block a table so the printer
// can keep it whole. Content (issue 22 item 2): the installer's name and phone, the STOP box,
// the site, the isolation order, a bank map with the master and its stand-in, the numbered steps
// with their "if not" branches (only the printable ones: the first step resting on an unverified
// fact is replaced by "ask your installer" and ends the steps), what you see and what to do, the
// power-up order, what the inverter does meanwhile and its setting, what not to do, when to stop
// and call, what to have ready when you call.
//
// The language is the installed translator's ("FailoverSteps" and "FailoverCard" contexts),
// chosen apart from the window's; when that translation is not reviewed (translations/REVIEWED)
// every step and the STOP box carry the English as a smaller second line under them (kGlossPt,
// marked lang="en"): the steps themselves keep 12 pt, and a nine-step card still fits one sheet.
// Pure; any thread.
class FailoverCardBuilder
{
public:
    struct Options
    {
        QString language = QStringLiteral("en"); // the HTML lang attribute
        bool reviewed = true;                    // false: the English beside each step
    };

    static QString html(const CommissioningPlan &plan, const FailoverPlanner::Result &result, const Options &options);
    // "Failover card - SITE" in the card's language.
    static QString title(const CommissioningPlan &plan);
    // What the printer puts in the footer beside the title: the generator and the day it was made.
    static QString footer(const QString &generator, const QString &generatedAtIso);
    // The smallest font size the card's HTML asks for anywhere, and the STOP box's (for tests and the
    // printer's own check).
    static constexpr double kBodyPt = 12.0;
    static constexpr double kStopPt = 20.0;
    static constexpr double kGlossPt = 8.0; // the English under an unreviewed translation's steps
};
