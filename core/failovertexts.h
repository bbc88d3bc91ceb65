#pragma once

#include "failoverprocedure.h"

#include <QString>
#include <QStringList>

// A text in the reader's language and in English, built side by side: a card in a language whose
// translation nobody has reviewed prints the English beside each step (issue 22 item 2).
struct CardText
{
    QString local;
    QString english;

    CardText arg(const QString &a) const { return {local.arg(a), english.arg(a)}; }
    CardText arg(const QString &a, const QString &b) const { return {local.arg(a, b), english.arg(a, b)}; }
    CardText arg(const QString &a, const QString &b, const QString &c) const { return {local.arg(a, b, c), english.arg(a, b, c)}; }
    CardText arg(const QString &a, const QString &b, const QString &c, const QString &d) const
    {
        return {local.arg(a, b, c, d), english.arg(a, b, c, d)};
    }
    CardText arg(const QString &a, const QString &b, const QString &c, const QString &d, const QString &e) const
    {
        return {local.arg(a, b, c, d, e), english.arg(a, b, c, d, e)};
    }
    CardText arg(const CardText &a) const { return {local.arg(a.local), english.arg(a.english)}; }
    CardText operator+(const CardText &o) const { return {local + o.local, english + o.english}; }
    bool same() const { return local == english; }
};

// The words of the failover card and of the report's failover summary, from the planner's codes.
// Every string is translated in one of two contexts, and only these two make up the card's
// translations (translations/REVIEWED names them): "FailoverSteps" (the steps, their "if not"
// branches, the sentences about the site: what the inverter does, what not to do, when to call,
// what you see and what to do) and "FailoverCard" (the card's own headings and boxes). Arguments
// that are data (pack ids, breaker labels, menu paths, the catalogue's English) go in as they are.
// Any thread (QCoreApplication::translate).
namespace FailoverTexts {

// In the "FailoverSteps" context / in the "FailoverCard" context.
CardText steps(const char *source);
CardText card(const char *source);

CardText step(const FailoverStep &step);
// What an unverified step is about, for "ask your installer about ...".
CardText topic(const FailoverStep &step);
// The "if not" branch; empty (both) when the step has none.
CardText ifNot(const FailoverStep &step);
CardText line(const FailoverLine &line);
CardText see(const SeeDoRow &row);
CardText todo(const SeeDoRow &row);
CardText role(const QString &role); // a map unit's role, upper case: "MASTER", "STAND-IN"
CardText confidence(Confidence confidence); // "maker's document", "second-hand", "uncertain"
CardText basis(StepBasis basis);            // "safe", "maker's document", "confirmed on this site", ...
} // namespace FailoverTexts
