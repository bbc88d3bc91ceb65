#pragma once

#include "codecerror.h"

#include <QByteArray>
#include <QByteArrayView>

// Hex text helpers shared by the codecs and the CLI.
namespace Hex {

// Parses hex digits; when allowSeparators is set, spaces, tabs, ':' and '-' between bytes are
// skipped (as in "01 03 12 00"). Upper and lower case are accepted.
CodecResult<QByteArray> parse(QByteArrayView text, bool allowSeparators = true);
// Reads the byte at text[pos], text[pos+1] (two hex digits); false if either is not hex.
bool byteAt(QByteArrayView text, qsizetype pos, quint8 &out);
// Upper-case hex, no separators.
QByteArray upper(QByteArrayView bytes);
// Upper-case hex with a space between bytes ("01 03 12").
QString spaced(QByteArrayView bytes);

} // namespace Hex
