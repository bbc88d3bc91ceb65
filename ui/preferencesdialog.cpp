#include "preferencesdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(AppSettings &settings, const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_window(new QComboBox(this))
    , m_print(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    QStringList codes = languages.isEmpty() ? shippedLanguages() : languages;
    codes.removeAll(QStringLiteral("en"));

    m_window->setObjectName(QStringLiteral("windowLanguage"));
    m_window->addItem(tr("The system's language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_window->addItem(languageLabel(QStringLiteral("en")), QStringLiteral("en"));
    m_print->setObjectName(QStringLiteral("printLanguage"));
    m_print->addItem(languageLabel(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &code : codes) {
        m_window->addItem(languageLabel(code), code);
        m_print->addItem(languageLabel(code), code);
    }
    // A language remembered but no longer shipped stays visible rather than silently replaced.
    for (auto [combo, value] : {std::pair{m_window, settings.windowLanguage()}, std::pair{m_print, settings.printLanguage()}}) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(tr("%1 (not in this build)").arg(languageLabel(value)), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The window's language changes at the next start of BankScope. Reports and failover cards are "
                       "printed in the print language, whatever the window's."));
    m_folder->setObjectName(QStringLiteral("planFolder"));
    m_folder->setText(QDir::toNativeSeparators(settings.planFolder()));
    m_folder->setPlaceholderText(tr("Documents"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(QStringLiteral("browsePlanFolder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for commissioning plans"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Window language:"), m_window);
    form->addRow(QString(), m_note);
    form->addRow(tr("&Print language:"), m_print);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Plan &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_window->setAccessibleName(tr("Window language"));
    m_print->setAccessibleName(tr("Print language"));
    m_folder->setAccessibleName(tr("Folder for commissioning plans"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_window, m_print);
    setTabOrder(m_print, m_folder);
    setTabOrder(m_folder, browse);
    m_window->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QStringList PreferencesDialog::shippedLanguages()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bankscope_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        codes << f.mid(10, f.size() - 13); // "bankscope_" .. ".qm"
    return codes;
}

QString PreferencesDialog::languageLabel(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || code.isEmpty())
        return code;
    QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return tr("%1 (%2)").arg(name, code);
}

QString PreferencesDialog::windowLanguage() const
{
    return m_window->currentData().toString();
}

QString PreferencesDialog::printLanguage() const
{
    return m_print->currentData().toString();
}

QString PreferencesDialog::planFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void PreferencesDialog::accept()
{
    m_windowLanguageChanged = windowLanguage() != m_settings.windowLanguage();
    m_settings.setWindowLanguage(windowLanguage());
    m_settings.setPrintLanguage(printLanguage());
    m_settings.setPlanFolder(planFolder());
    m_settings.sync();
    QDialog::accept();
}
