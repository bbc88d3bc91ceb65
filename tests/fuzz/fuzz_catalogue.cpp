// The catalogue loader on a broken battery file: any input, no crash; whatever loads is valid
// (every fact sourced) and prints. The inverter file beside it is an empty list: parsing the real
// one (55 KB) on every run would take ~5 ms of the fuzzer's time per input for nothing it is
// fuzzing (the battery entries are checked against the sources, not the inverters). The sources
// file is read once (Catalogue::sourcesOnly): read per input, it took half the fuzzer's time.
#include "catalogue.h"
#include "fuzzcheck.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalogue sources = [] {
        QFile f(QStringLiteral(":/catalogue/sources.json"));
        return Catalogue::sourcesOnly(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    static const QByteArray inverters = R"({"format": "bankscope-catalogue-inverters", "version": 1, "inverters": []})";
    const Catalogue c = Catalogue::withSources(sources, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), inverters);
    for (const BatteryModel &b : c.batteries()) {
        FUZZ_CHECK(!b.id.isEmpty());
        FUZZ_CHECK(!b.cells.sources.isEmpty());
        (void)c.toJson(b);
    }
    return 0;
}
