// The bank JSON reader and the aggregation it feeds: any input, no crash.
#include "bankjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto snapshot = BankJson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), 0);
    if (snapshot)
        (void)BankJson::toJson(Aggregator::aggregate(*snapshot, 0));
    return 0;
}
