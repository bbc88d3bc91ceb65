// The window's settings file (AppSettings over a QSettings INI file): any file, no crash; a file
// it does not trust is set aside with a notice, and every value it hands out is within its
// limits whatever the file held.
#include "appsettings.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        AppSettings s(path);
        FUZZ_CHECK(s.windowLanguage().size() <= AppSettings::maxTextLength);
        FUZZ_CHECK(s.printLanguage().size() <= AppSettings::maxTextLength);
        FUZZ_CHECK(s.planFolder().size() <= AppSettings::maxTextLength);
        FUZZ_CHECK(s.recentFiles().size() <= AppSettings::maxRecentFiles);
        FUZZ_CHECK(s.windowGeometry().size() <= AppSettings::maxStateBytes);
        FUZZ_CHECK(s.windowState().size() <= AppSettings::maxStateBytes);
        FUZZ_CHECK(s.currentPage() >= 0 && s.currentPage() < AppSettings::pageCount);
        // The last connection is a SessionPlan read strictly: one it hands out survives its own
        // JSON round trip and holds at least one source.
        if (const std::optional<SessionPlan> plan = s.lastConnection()) {
            FUZZ_CHECK(!plan->sources.isEmpty());
            const auto again = SessionPlan::fromJson(plan->toJson());
            FUZZ_CHECK(again.has_value() && *again == *plan);
            for (const SessionSource &src : plan->sources)
                FUZZ_CHECK(src.speed >= 0);
        }
    }
    // Whatever was set aside does not pile up across runs.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QFile::remove(dir.filePath(name));
    return 0;
}
