#include "appsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// Keys, one place. Groups keep the INI file readable.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kWidgets = QStringLiteral("widgets/");
const QString kWindowLanguage = QStringLiteral("language/window");
const QString kPrintLanguage = QStringLiteral("language/print");
const QString kPlanFolder = QStringLiteral("files/planFolder");
const QString kRecent = QStringLiteral("files/recent");
const QString kPage = QStringLiteral("window/page");
const QString kDark = QStringLiteral("window/dark");
const QString kConnection = QStringLiteral("connection/plan");

// The last connection's JSON, strictly: nullopt and `why` set when it is not a plan.
std::optional<SessionPlan> parsePlan(const QString &text, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *why = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object");
        return std::nullopt;
    }
    return SessionPlan::fromJson(doc.object(), why);
}

bool isLanguage(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([a-z]{2,3}([_-][A-Za-z]{2,4})?)?$"));
    return re.match(s).hasMatch();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AppSettings", text);
}

} // namespace

AppSettings::AppSettings(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        const QSettings probe(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("BankScope"), QStringLiteral("BankScope"));
        file = probe.fileName();
    }
    openChecked(file);
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::openChecked(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > maxFileBytes) {
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        setAside(tr("it is %1 bytes long, more than a settings file can be").arg(info.size()));
        return;
    }
    if (info.exists()) {
        QFile raw(path);
        if (raw.open(QIODevice::ReadOnly) && raw.readAll().contains('\0')) {
            m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
            setAside(tr("it is not a text file"));
            return;
        }
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    const QString why = problem();
    if (!why.isEmpty())
        setAside(why);
}

QString AppSettings::problem() const
{
    switch (m_settings->status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        return tr("it cannot be read");
    case QSettings::FormatError:
        return tr("it is not a settings file");
    }
    auto isState = [&](const QString &key) {
        const QVariant v = m_settings->value(key);
        return !v.isValid() || (v.typeId() == QMetaType::QByteArray && v.toByteArray().size() <= maxStateBytes);
    };
    auto isText = [&](const QString &key, const QStringList &allowed = {}) {
        const QVariant v = m_settings->value(key);
        if (!v.isValid())
            return true;
        if (v.typeId() != QMetaType::QString || v.toString().size() > maxTextLength)
            return false;
        return allowed.isEmpty() || allowed.contains(v.toString());
    };
    auto isNumber = [&](const QString &key, int max) {
        const QVariant v = m_settings->value(key);
        if (!v.isValid())
            return true;
        bool ok = false;
        const qlonglong n = v.toString().toLongLong(&ok);
        return v.typeId() == QMetaType::QString && ok && n >= 0 && n <= max;
    };
    static const QStringList known = {kGeometry, kState, kPage, kDark, kWindowLanguage, kPrintLanguage, kPlanFolder, kRecent,
                                      kConnection};
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        if (!known.contains(key) && !key.startsWith(kWidgets))
            return tr("it holds an entry BankScope does not write (%1)").arg(key.left(80));
    for (const QString &key : {kGeometry, kState})
        if (!isState(key))
            return tr("the value of %1 is not a saved window state").arg(key);
    for (const QString &key : keys)
        if (key.startsWith(kWidgets) && !isState(key))
            return tr("the value of %1 is not a saved widget state").arg(key);
    for (const QString &key : {kWindowLanguage, kPrintLanguage})
        if (!isText(key) || !isLanguage(m_settings->value(key).toString()))
            return tr("the value of %1 is not a language code").arg(key);
    if (!isText(kPlanFolder))
        return tr("the value of %1 is not a name or a path").arg(kPlanFolder);
    if (!isNumber(kPage, pageCount - 1))
        return tr("the value of %1 is not a page of the window").arg(kPage);
    if (!isText(kDark, {QStringLiteral("true"), QStringLiteral("false")}))
        return tr("the value of %1 is not true or false").arg(kDark);
    const QVariant plan = m_settings->value(kConnection);
    if (plan.isValid()) {
        QString why;
        if (plan.typeId() != QMetaType::QString || plan.toString().size() > maxPlanLength)
            return tr("the value of %1 is not a connection").arg(kConnection);
        if (!parsePlan(plan.toString(), &why))
            return tr("the value of %1 is not a connection (%2)").arg(kConnection, why.left(120));
    }
    const QVariant recent = m_settings->value(kRecent);
    if (recent.isValid()) {
        const bool isList = recent.typeId() == QMetaType::QStringList || recent.typeId() == QMetaType::QString;
        const QStringList files = recent.toStringList();
        bool ok = isList && files.size() <= maxRecentFiles;
        for (const QString &f : files)
            ok = ok && f.size() <= maxTextLength;
        if (!ok)
            return tr("the value of %1 is not a list of files").arg(kRecent);
    }
    return {};
}

void AppSettings::setAside(const QString &why)
{
    const QString path = m_settings->fileName();
    m_settings.reset();
    const QString aside = path + QStringLiteral(".bad-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(path, aside)) {
        m_notice = tr("The settings file %1 was set aside as %2 (%3); BankScope starts with its defaults.")
                       .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside), why);
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        return;
    }
    // It cannot even be moved (read-only folder): leave it alone and keep this session's
    // settings in a file of our own, so that nothing is lost and nothing is overwritten.
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + QStringLiteral("/bankscope-settings-%1.conf").arg(QCoreApplication::applicationPid());
    QFile::remove(fallback);
    m_settings = std::make_unique<QSettings>(fallback, QSettings::IniFormat);
    m_notice = tr("The settings file %1 cannot be used (%2) and cannot be moved aside; this session's settings are kept in %3.")
                   .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(fallback));
}

void AppSettings::reset()
{
    m_settings->clear();
    m_settings->sync();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::text(const QString &key, const QString &fallback) const
{
    return m_settings->value(key, fallback).toString();
}

QByteArray AppSettings::bytes(const QString &key) const
{
    return m_settings->value(key).toByteArray();
}

QByteArray AppSettings::windowGeometry() const
{
    return bytes(kGeometry);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry.left(maxStateBytes));
}

QByteArray AppSettings::windowState() const
{
    return bytes(kState);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state.left(maxStateBytes));
}

QByteArray AppSettings::widgetState(const QString &name) const
{
    return bytes(kWidgets + name);
}

void AppSettings::setWidgetState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kWidgets + name, state.left(maxStateBytes));
}

QString AppSettings::windowLanguage() const
{
    return text(kWindowLanguage);
}

void AppSettings::setWindowLanguage(const QString &language)
{
    if (isLanguage(language))
        m_settings->setValue(kWindowLanguage, language);
}

QString AppSettings::printLanguage() const
{
    const QString l = text(kPrintLanguage);
    return l.isEmpty() ? QStringLiteral("en") : l;
}

void AppSettings::setPrintLanguage(const QString &language)
{
    if (isLanguage(language))
        m_settings->setValue(kPrintLanguage, language);
}

QString AppSettings::planFolder() const
{
    return text(kPlanFolder);
}

void AppSettings::setPlanFolder(const QString &folder)
{
    m_settings->setValue(kPlanFolder, folder.left(maxTextLength));
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path.left(maxTextLength));
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecent, files);
}

std::optional<SessionPlan> AppSettings::lastConnection() const
{
    const QString text = m_settings->value(kConnection).toString();
    if (text.isEmpty())
        return std::nullopt;
    QString why;
    return parsePlan(text, &why); // checked when the file was opened; nullopt if it changed since
}

void AppSettings::setLastConnection(const SessionPlan &plan)
{
    const QString text = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    if (text.size() <= maxPlanLength)
        m_settings->setValue(kConnection, text);
}

int AppSettings::currentPage() const
{
    return qBound(0, m_settings->value(kPage, 0).toInt(), pageCount - 1);
}

void AppSettings::setCurrentPage(int page)
{
    m_settings->setValue(kPage, QString::number(qBound(0, page, pageCount - 1)));
}

bool AppSettings::darkPalette() const
{
    return text(kDark) == QLatin1String("true");
}

void AppSettings::setDarkPalette(bool dark)
{
    m_settings->setValue(kDark, dark ? QStringLiteral("true") : QStringLiteral("false"));
}
