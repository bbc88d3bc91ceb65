#pragma once

#include "protocolid.h"
#include "pyloncan.h"
#include "sessionformat.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a log holds, told from its first part when nobody says (`replay` and `decode` without
// --protocol, the window's Open recording): the format (LogReader detects it), the protocol
// (CAN frames: the Pylon/SMA/Victron decoder with its dialect detected as pylon-can.md §5 says;
// serial traffic: the framer that finds valid frames in it), and the same for a file of frames
// written one per line. Pure: events and lines in, a verdict out.
namespace LogInference {

struct Verdict
{
    SessionFormat::LogFormat format = SessionFormat::LogFormat::Unknown;
    SessionFormat::TimeBase time = SessionFormat::TimeBase::Absolute;
    bool hasCan = false;
    bool hasSerial = false;
    std::optional<ProtocolId> serialProtocol; // the framer that found valid frames
    PylonCan::Dialect dialect = PylonCan::Dialect::Unknown;
    int sampleEvents = 0;
    int validFrames = 0;                      // frames of the chosen serial protocol in the sample

    // The protocol a single-protocol reader uses: the serial one when there is serial traffic,
    // else pylon-can. Empty when serial traffic holds no frame of any protocol.
    std::optional<ProtocolId> protocol() const;
    // "candump-log", "bankscope-session" (a recording with serial lines), "candump-screen", ...
    QString formatName() const;
    // {"format": ..., "protocol": ..., "dialect": ..., "time": ...}
    QJsonObject toJson() const;
    // One sentence for a person.
    QString describe() const;
};

Verdict infer(SessionFormat::LogFormat format, SessionFormat::TimeBase time, const QList<SessionFormat::Event> &sample);

// A file of frames written one per line (`decode --file`): the protocol whose line decoder reads
// most of the lines (at least one), with how many it read.
std::optional<ProtocolId> inferFrameLines(const QList<QByteArray> &lines, int *decoded = nullptr);

} // namespace LogInference
