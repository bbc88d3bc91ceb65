#include "translationreviews.h"

#include <QDate>
#include <QFile>

TranslationReviews TranslationReviews::parse(const QByteArray &text)
{
    TranslationReviews out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("line %1: ").arg(i + 1);
        const QStringList cols = line.split(QLatin1Char('|'));
        if (cols.size() != 4) {
            out.m_problems.append(where + QStringLiteral("expected LANGUAGE | REVIEWER | YYYY-MM-DD | CONTEXTS"));
            continue;
        }
        Review r;
        r.language = cols[0].trimmed();
        r.reviewer = cols[1].trimmed();
        r.date = cols[2].trimmed();
        for (const QString &c : cols[3].split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                r.contexts.append(c.trimmed());
        if (r.language.isEmpty()) {
            out.m_problems.append(where + QStringLiteral("a review names its language"));
            continue;
        }
        if (r.reviewer.isEmpty()) {
            out.m_problems.append(where + QStringLiteral("a review names its reviewer"));
            continue;
        }
        if (!QDate::fromString(r.date, Qt::ISODate).isValid()) {
            out.m_problems.append(where + QStringLiteral("the date is written YYYY-MM-DD, got '%1'").arg(r.date));
            continue;
        }
        if (r.contexts.isEmpty()) {
            out.m_problems.append(where + QStringLiteral("a review names the contexts it covers"));
            continue;
        }
        out.m_reviews.append(r);
    }
    return out;
}

TranslationReviews TranslationReviews::builtIn()
{
    QFile f(QStringLiteral(":/i18n/REVIEWED"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll());
}

QStringList TranslationReviews::cardContexts()
{
    return {QStringLiteral("FailoverCard"), QStringLiteral("FailoverSteps")};
}

bool TranslationReviews::covers(const QString &language, const QStringList &contexts) const
{
    if (language == QLatin1String("en"))
        return true;
    for (const Review &r : m_reviews) {
        if (r.language != language)
            continue;
        bool all = true;
        for (const QString &c : contexts)
            all = all && r.contexts.contains(c);
        if (all)
            return true;
    }
    return false;
}
