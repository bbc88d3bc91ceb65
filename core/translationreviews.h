#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Which translations a person has reviewed (translations/REVIEWED, compiled in as
// :/i18n/REVIEWED). Qt Linguist's "finished" mark is not a review: a language counts as reviewed for
// a printed document only when a line here names it, its reviewer, the date and every context the
// document is made of. One line per review, '#' starts a comment:
//   LANGUAGE | REVIEWER | YYYY-MM-DD | CONTEXT, CONTEXT ...
// A malformed line is named in problems() and counts for nothing. A plain value; any thread.
class TranslationReviews
{
public:
    struct Review
    {
        QString language;
        QString reviewer;
        QString date;
        QStringList contexts;
    };

    static TranslationReviews parse(const QByteArray &text);
    // The compiled-in list (empty when the program carries none).
    static TranslationReviews builtIn();
    // The contexts the failover card is made of.
    static QStringList cardContexts();

    // English (the source) needs no review; another language when one review covers every context.
    bool covers(const QString &language, const QStringList &contexts) const;
    const QList<Review> &reviews() const { return m_reviews; }
    const QStringList &problems() const { return m_problems; }

private:
    QList<Review> m_reviews;
    QStringList m_problems;
};
