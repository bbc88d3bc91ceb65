// The catalogue loader on a broken inverter file: any input, no crash; whatever loads names its
// sources and prints. The battery file beside it is an empty list (fuzz_catalogue fuzzes that one;
// parsing the real one on every run would cost the fuzzer most of its time). The sources file is
// read once (Catalogue::sourcesOnly), as fuzz_catalogue does.
#include "catalogue.h"
#include "fuzzcheck.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalogue sources = [] {
        QFile f(QStringLiteral(":/catalogue/sources.json"));
        return Catalogue::sourcesOnly(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    static const QByteArray batteries = R"({"format": "bankscope-catalogue-batteries", "version": 1, "batteries": []})";
    const Catalogue c = Catalogue::withSources(sources, batteries, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const InverterModel &i : c.inverters()) {
        FUZZ_CHECK(!i.id.isEmpty());
        (void)c.toJson(i);
    }
    return 0;
}
