// Pylontech framer: bytes in chunks chosen by the input itself; every frame it emits starts
// with '~', ends with CR and fits the cap; every byte is either in a frame, buffered or counted.
#include "fuzzcheck.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype chunk = 1 + data[0] % 64;
    PylontechFramer framer(512);
    quint64 inFrames = 0;
    for (qsizetype pos = 0; pos < all.size(); pos += chunk) {
        for (const QByteArray &f : framer.feed(all.sliced(pos, std::min(chunk, all.size() - pos)))) {
            FUZZ_CHECK(f.startsWith('~') && f.endsWith('\r') && f.size() <= 512);
            inFrames += quint64(f.size());
            const auto frame = PylontechFrameCodec::decode(f);
            if (frame)
                (void)Pylontech::describe(*frame);
        }
    }
    FUZZ_CHECK(inFrames + framer.discardedBytes() + quint64(framer.buffered()) == quint64(all.size()));
    return 0;
}
