// JK-PB RS485-2 framer: units are whole records or CRC-valid RTU frames; nothing is lost.
#include "checksums.h"
#include "fuzzcheck.h"
#include "jkpb.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype chunk = 1 + data[0] % 128;
    JkPb::Framer framer(1024);
    quint64 inUnits = 0;
    for (qsizetype pos = 0; pos < all.size(); pos += chunk) {
        for (const QByteArray &u : framer.feed(all.sliced(pos, std::min(chunk, all.size() - pos)))) {
            inUnits += quint64(u.size());
            if (!u.startsWith("\x55\xAA\xEB\x90")) {
                const quint16 crc = Checksums::crc16Modbus(QByteArrayView(u).first(u.size() - 2));
                FUZZ_CHECK(quint8(u[u.size() - 2]) == (crc & 0xFF) && quint8(u[u.size() - 1]) == (crc >> 8));
            } else {
                FUZZ_CHECK(u.size() == JkPb::kRecordSize);
            }
            (void)JkPb::describe(u);
        }
    }
    const quint64 flushed = framer.flush();
    FUZZ_CHECK(inUnits + framer.discardedBytes() == quint64(all.size()));
    (void)flushed;
    return 0;
}
