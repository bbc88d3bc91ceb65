#include "aggregatecommand.h"

#include "../common/inputdevice.h"
#include "bankjson.h"
#include "clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace {

// A bank of 64 packs with every cell is a few hundred KiB of JSON.
constexpr qint64 kMaxDocument = 16 * 1024 * 1024;

void line(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

} // namespace

int runAggregate(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    if (arguments.size() > 1) {
        line(err, QCoreApplication::translate("cli", "bankscope-cli aggregate: expected one FILE or '-', got %1 arguments")
                      .arg(arguments.size()));
        return 2;
    }
    const QString path = arguments.value(0, QStringLiteral("-"));
    FdInputDevice stdinDevice(fileno(in));
    QFile file(path);
    if (path != QLatin1String("-") && !file.open(QIODevice::ReadOnly)) {
        line(err, QCoreApplication::translate("cli", "bankscope-cli aggregate: cannot read %1: %2")
                      .arg(path, file.errorString()));
        return 2;
    }
    // One JSON document, read up to a cap: endless input (`yes |`, /dev/zero) is an error, not
    // all of memory.
    const auto json = InputDevice::readCapped(path == QLatin1String("-") ? static_cast<QIODevice &>(stdinDevice) : file, kMaxDocument);
    if (!json) {
        line(err, QCoreApplication::translate("cli", "bankscope-cli aggregate: %1: %2").arg(path, json.error()));
        return 2;
    }

    // The input carries ages, not times: "now" is a fixed point so the output is reproducible.
    const ManualClock clock(0);
    const auto snapshot = BankJson::parse(*json, clock.nowMs());
    if (!snapshot) {
        line(err, QCoreApplication::translate("cli", "bankscope-cli aggregate: %1").arg(snapshot.error().toString()));
        return 2;
    }
    const AggregationResult result = Aggregator::aggregate(*snapshot, clock.nowMs());
    const QByteArray text = QJsonDocument(BankJson::toJson(result)).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), out);
    std::fflush(out);
    return 0;
}
