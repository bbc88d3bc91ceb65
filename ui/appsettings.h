#pragma once

#include "sessionplan.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

// The window's remembered settings, typed, over one QSettings file (INI format, so a user can
// read and repair it). Every value is checked on the way in: a file that cannot be parsed,
// is too large, or holds a value of the wrong type or out of range is never trusted piecemeal
// — it is moved aside (renamed with a ".bad-<time>" suffix), defaults are used, and notice()
// says so in one line. Links never read settings (HOUSE-STYLE 4): app/ reads them and hands
// plain values down. GUI thread; not shared between threads.
class AppSettings
{
public:
    // Opens the settings file at `path`, or the platform's usual place for BankScope when
    // `path` is empty (~/.config/BankScope/BankScope.conf on Linux).
    explicit AppSettings(const QString &path = {});
    ~AppSettings();

    QString fileName() const;
    // One plain sentence when the file was set aside at start, else empty.
    QString notice() const { return m_notice; }
    // Removes every stored value (bankscope --reset-settings).
    void reset();
    void sync();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // A splitter's or a header's saved state, by the widget's object name.
    QByteArray widgetState(const QString &name) const;
    void setWidgetState(const QString &name, const QByteArray &state);

    // The page the window showed last (0 = Overview .. 5 = Links) and its palette.
    int currentPage() const;
    void setCurrentPage(int page);
    bool darkPalette() const;
    void setDarkPalette(bool dark);

    // The window's language as a locale name ("fr", "pcm", ...); empty = the system's.
    QString windowLanguage() const;
    void setWindowLanguage(const QString &language);
    // The language reports and failover cards are printed in; "en" unless chosen.
    QString printLanguage() const;
    void setPrintLanguage(const QString &language);

    QString planFolder() const;
    void setPlanFolder(const QString &folder);
    QStringList recentFiles() const; // newest first, at most maxRecentFiles
    void addRecentFile(const QString &path);
    // The last connection the user opened (a SessionPlan as JSON, read strictly through
    // SessionPlan::fromJson: a value it rejects sets the file aside), offered again by the
    // connection dialog; nullopt when there is none.
    std::optional<SessionPlan> lastConnection() const;
    void setLastConnection(const SessionPlan &plan);

    static constexpr int maxRecentFiles = 8;
    static constexpr qint64 maxFileBytes = 1024 * 1024; // a settings file is a few kB
    static constexpr int maxStateBytes = 64 * 1024;     // one saved geometry/splitter state
    static constexpr int maxTextLength = 4096;          // one path or name
    static constexpr int maxPlanLength = 64 * 1024;     // the last connection's JSON
    static constexpr int pageCount = 6;

private:
    void openChecked(const QString &path);
    QString problem() const; // why the loaded file cannot be trusted, or empty
    QString text(const QString &key, const QString &fallback = {}) const;
    QByteArray bytes(const QString &key) const;
    void setAside(const QString &why);

    std::unique_ptr<QSettings> m_settings;
    QString m_notice;
};
