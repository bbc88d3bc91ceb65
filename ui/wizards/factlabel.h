#pragma once

#include "catalogue.h"
#include "commissioningplan.h"

#include <QLabel>

// One catalogue fact as every wizard page shows it: its text (or, in italics, "no maker figure" /
// "unknown — see its manual"), its confidence as a word with a symbol (never colour alone:
// ✔ documented, ◐ observed or second-hand, ? uncertain), every other reading where the sources
// disagree, and its sources on hover and behind a "sources" link that opens them in a dialog
// (reachable with Tab and Enter). GUI thread.
class FactLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FactLabel(QWidget *parent = nullptr);

    // `prefix` (plain text) goes before the value, e.g. "Termination".
    void setFact(const PlanFact &fact, const QString &prefix = QString());
    // A planner note (its text in the reader's language, severity, confidence and sources).
    void setNote(const PlanNote &note);
    // Any sentence with a confidence and sources.
    void setStatement(const QString &text, Confidence confidence, const QList<SourceRef> &sources, const QString &note = {});

    Confidence confidence() const { return m_confidence; }
    const QList<SourceRef> &sources() const { return m_sources; }

    // Rich text of the confidence badge, for pages that compose their own lines.
    static QString badgeHtml(Confidence confidence, const QPalette &palette);
    // Plain text of the sources, one per line, for tooltips.
    static QString sourcesText(const QList<SourceRef> &sources);
    // Opens the sources of a fact in a dialog.
    static void showSources(QWidget *parent, const QString &about, const QList<SourceRef> &sources, const QString &note);

private:
    // The value, its badge and sources link, then `tailHtml` (other readings) on lines of their own.
    void render(const QString &bodyHtml, const QString &tailHtml = QString());

    Confidence m_confidence = Confidence::Uncertain;
    QList<SourceRef> m_sources;
    QString m_note;
    QString m_plain;
};
