// Text lines for every protocol, as `bankscope-cli decode --file` reads them.
#include "decodedmessage.h"
#include "linedecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray text(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ProtocolId protocol = ProtocolNames::all().at(data[0] % 5);
    LineDecoder decoder(LineDecoder::Options{protocol, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    for (const QByteArray &line : text.split('\n')) {
        const auto d = decoder.decode(line);
        if (d)
            (void)DecodedJson::toJson(*d);
    }
    return 0;
}
