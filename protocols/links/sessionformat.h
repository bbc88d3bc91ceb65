#pragma once

#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The recording format. One event per line, every line time-stamped on one session clock
// (absolute seconds with microseconds, monotonic within a file):
//   CAN (candump log format):   (1732440000.123456) can0 351#1402C012C012C201
//   serial bytes received:      (1732440000.123456) ttyUSB0 RX 7E32303032...
//   serial bytes sent:          (1732440000.123456) ttyUSB0 TX 7E32303032...
//   a comment (BankScope's own header, notes): # ...
// Link names contain no spaces. Hex is upper case without separators. A candump log written by
// can-utils (`candump -l`) is a valid session. Vector ASC is an export/import format for CAN.
// Pure: text in, text out; files are the caller's business.
namespace SessionFormat {

enum class Kind { Can, SerialRx, SerialTx };

struct Event
{
    qint64 timeUs = 0;  // absolute, microseconds
    QString link;       // "can0", "ttyUSB0"
    Kind kind = Kind::Can;
    quint32 canId = 0;
    bool extended = false;
    bool remote = false;
    QByteArray data;    // CAN data or serial bytes
    bool operator==(const Event &o) const = default;
};

struct ParseError
{
    int line = 0; // 1-based
    QString message;
    QString toString() const;
};

QByteArray formatLine(const Event &event);
// Parses one line; comments and empty lines are not events (isComment()).
Expected<Event, QString> parseLine(QByteArrayView line);
bool isComment(QByteArrayView line);
// A whole log, strictly: the first bad line is an error with its number, never skipped.
Expected<QList<Event>, ParseError> parseLog(QByteArrayView text);

// Vector ASC (CAN events only; serial events are not representable and are refused).
Expected<QByteArray, QString> toAsc(const QList<Event> &events);
Expected<QList<Event>, ParseError> parseAsc(QByteArrayView text);

} // namespace SessionFormat
