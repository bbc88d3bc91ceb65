// JK-PB decoders: RTU frames, records and replies re-encode to the same bytes.
#include "fuzzcheck.h"
#include "jkpb.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto rtu = JkPb::decodeRtu(input);
    if (rtu)
        FUZZ_CHECK(JkPb::encodeRtu(*rtu) == input);
    const auto record = JkPb::decodeRecord(input);
    if (record)
        FUZZ_CHECK(JkPb::encodeRecord(*record) == input);
    (void)JkPb::decodeReply(input);
    (void)JkPb::describe(input);
    (void)JkPb::describe(input, quint16(0x1200));
    if (size >= 2)
        (void)JkRegisters::decode(quint16(data[0] << 8 | data[1]), input, JkRegisters::ByteOrder::Big);
    return 0;
}
