#pragma once

#include <QDialog>
#include <QStringList>

class AppSettings;
class QComboBox;
class QLabel;
class QLineEdit;

// Settings > Preferences: the window's language (the system's, or one of the languages shipped
// as :/i18n/bankscope_<code>.qm; applied at the next start, which the dialog says), the language
// reports and failover cards are printed in (chosen apart from the window's), and the folder
// for commissioning plans. Writes AppSettings on OK only. GUI thread; does not own the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `languages`: locale codes offered besides English; empty: shippedLanguages().
    PreferencesDialog(AppSettings &settings, const QStringList &languages = {}, QWidget *parent = nullptr);

    // The languages compiled into the program (":/i18n/bankscope_fr.qm" -> "fr"), sorted.
    static QStringList shippedLanguages();
    // "français (fr)"; "English (en)".
    static QString languageLabel(const QString &code);

    QString windowLanguage() const; // "" = the system's
    QString printLanguage() const;
    QString planFolder() const;
    // Did OK change the window's language (the restart note applies)?
    bool windowLanguageChanged() const { return m_windowLanguageChanged; }

    QComboBox *windowLanguageCombo() const { return m_window; }
    QComboBox *printLanguageCombo() const { return m_print; }

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_window;
    QComboBox *m_print;
    QLineEdit *m_folder;
    QLabel *m_note;
    bool m_windowLanguageChanged = false;
};
