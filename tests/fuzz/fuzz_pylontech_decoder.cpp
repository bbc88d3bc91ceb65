// Pylontech frame and INFO decoders: never crash; whatever decodes re-encodes to the same bytes.
#include "fuzzcheck.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto frame = PylontechFrameCodec::decode(input);
    if (frame) {
        const QByteArray again = PylontechFrameCodec::encode(*frame);
        FUZZ_CHECK(again == input || again == input + '\r');
        (void)Pylontech::describe(*frame);
        (void)Pylontech::describe(*frame, frame->cid2, 0xFF);
    }
    // The same bytes as a raw INFO for every command.
    for (quint8 command : {0x42, 0x44, 0x47, 0x4F, 0x51, 0x60, 0x61, 0x62, 0x63, 0x92, 0x93, 0x94, 0x95, 0x96}) {
        for (std::optional<quint8> value : {std::optional<quint8>(), std::optional<quint8>(0xFF), std::optional<quint8>(2)}) {
            const auto payload = Pylontech::decodeResponseInfo(command, input, value);
            if (payload)
                FUZZ_CHECK(Pylontech::encodeResponseInfo(*payload) == input);
        }
    }
    (void)Pylontech::guessResponseCommand(input);
    return 0;
}
