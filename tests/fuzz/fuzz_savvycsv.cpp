// SavvyCAN's GVRET CSV: any input, no crash; every frame read is written again as a GVRET line
// (framefileio.cpp saveNativeCSVFile's layout) and read back to the same frame.
#include "fuzzcheck.h"
#include "sessionformat.h"

using namespace SessionFormat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    LineParser parser(LogFormat::SavvyCsv);
    LineParser again(LogFormat::SavvyCsv);
    Event e;
    Event back;
    QString error;
    QString error2;
    FUZZ_CHECK(again.parse("Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8", back, error2) == LineParser::Result::Skip);
    for (const QByteArray &line : text.split('\n')) {
        if (parser.parse(line, e, error) != LineParser::Result::Event)
            continue;
        FUZZ_CHECK(e.data.size() <= 8 && e.timeUs >= 0 && e.canId <= 0x1FFFFFFF);
        QByteArray written = QByteArray::number(e.timeUs) + ',' + QByteArray::number(e.canId, 16).toUpper().rightJustified(8, '0')
            + (e.extended ? ",true,Rx," : ",false,Rx,") + e.link.mid(3).toLatin1() + ',' + QByteArray::number(e.data.size());
        for (int i = 0; i < 8; ++i)
            written += ',' + (i < e.data.size() ? QByteArray(1, e.data[i]).toHex().toUpper() : QByteArray("00"));
        written += ',';
        FUZZ_CHECK(again.parse(written, back, error2) == LineParser::Result::Event);
        FUZZ_CHECK(back == e);
    }
    return 0;
}
