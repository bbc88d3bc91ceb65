#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Makes printed text (the commissioning report, later the failover card) in a language of its
// own, apart from the window's (AppSettings::printLanguage): while one lives, every
// QCoreApplication::translate() answers in `language`, or in English (the source text) where that
// language has no translation of a string, whatever translator the window installed. Keep it
// short-lived, around building and painting one document: installing a translator posts a
// LanguageChange to every window. GUI thread.
class ReportTranslation
{
public:
    explicit ReportTranslation(const QString &language);
    ~ReportTranslation();
    ReportTranslation(const ReportTranslation &) = delete;
    ReportTranslation &operator=(const ReportTranslation &) = delete;

    // False when no translation of `language` is compiled in (the text is then English).
    bool isLoaded() const { return m_loaded; }
    QString language() const { return m_language; }

    // "en" and every language compiled into the program (:/i18n/bankscope_<code>.qm).
    static QStringList available();
    // The language's own name ("Français"), with its code for one without a name.
    static QString displayName(const QString &language);

private:
    QString m_language;
    bool m_loaded = false;
    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<QTranslator> m_translation;
};
