#include "reporttranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace {

// Answers every lookup with its source text: installed under a report's own translation, it stops
// the lookup before it reaches the window's translator, so a string the report's language lacks
// comes out in English rather than in the window's language.
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return sourceText ? QString::fromUtf8(sourceText) : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ReportTranslation::ReportTranslation(const QString &language)
    : m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_english(std::make_unique<SourceTextTranslator>())
{
    QCoreApplication::installTranslator(m_english.get());
    if (m_language == QLatin1String("en")) {
        m_loaded = true;
        return;
    }
    m_translation = std::make_unique<QTranslator>();
    m_loaded = m_translation->load(QStringLiteral(":/i18n/bankscope_%1.qm").arg(m_language));
    if (m_loaded)
        QCoreApplication::installTranslator(m_translation.get());
    else
        m_translation.reset();
}

ReportTranslation::~ReportTranslation()
{
    if (m_translation)
        QCoreApplication::removeTranslator(m_translation.get());
    QCoreApplication::removeTranslator(m_english.get());
}

QStringList ReportTranslation::available()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bankscope_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        out.append(f.mid(10, f.size() - 13));
    return out;
}

QString ReportTranslation::displayName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English (en)");
    const QLocale locale(language);
    const QString native = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (native.isEmpty())
        return language;
    QString name = native;
    name[0] = name[0].toUpper();
    return QStringLiteral("%1 (%2)").arg(name, language);
}
