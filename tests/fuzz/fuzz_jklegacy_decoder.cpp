// JK-B 4E57 decoder: frames and item lists re-encode to the same bytes.
#include "fuzzcheck.h"
#include "jklegacy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto frame = JkLegacy::decode(input);
    if (frame)
        FUZZ_CHECK(JkLegacy::encode(*frame) == input);
    const auto items = JkLegacy::items(input);
    if (items)
        FUZZ_CHECK(JkLegacy::encodeItems(*items) == input);
    (void)JkLegacy::describe(input);
    return 0;
}
