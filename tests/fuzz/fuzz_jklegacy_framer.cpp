// JK-B 4E57 framer: frames start 4E 57 and have the length their LEN field says.
#include "fuzzcheck.h"
#include "jklegacy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype chunk = 1 + data[0] % 64;
    JkLegacy::Framer framer(512);
    for (qsizetype pos = 0; pos < all.size(); pos += chunk) {
        for (const QByteArray &f : framer.feed(all.sliced(pos, std::min(chunk, all.size() - pos)))) {
            FUZZ_CHECK(quint8(f[0]) == 0x4E && quint8(f[1]) == 0x57);
            FUZZ_CHECK(f.size() == (quint8(f[2]) << 8 | quint8(f[3])) + 2);
            (void)JkLegacy::describe(f);
        }
    }
    return 0;
}
