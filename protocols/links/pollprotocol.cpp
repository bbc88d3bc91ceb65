#include "pollprotocol.h"

#include "checksums.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

#include <QCoreApplication>

namespace {

using Verdict = PollProtocol::Verdict;

// Modbus RTU requests (FC03 read, FC06 write one, FC16 write several) with a valid CRC anywhere
// in `rx` outside the 300-byte JK records.
std::optional<ForeignRequest> findModbusRequest(const QByteArray &rx)
{
    QList<QPair<qsizetype, qsizetype>> records; // [start, end) of each 0x55AA record
    for (qsizetype at = rx.indexOf("\x55\xAA\xEB\x90"); at >= 0; at = rx.indexOf("\x55\xAA\xEB\x90", at + JkPb::kRecordSize))
        records.append({at, at + JkPb::kRecordSize});
    auto inRecord = [&](qsizetype i) {
        for (const auto &[from, to] : records)
            if (i >= from && i < to)
                return true;
        return false;
    };
    for (qsizetype i = 0; i + 8 <= rx.size(); ++i) {
        if (inRecord(i))
            continue;
        const quint8 fc = quint8(rx[i + 1]);
        qsizetype length = 0;
        if (fc == 0x03 || fc == 0x06)
            length = 8;
        else if (fc == 0x10 && i + 7 <= rx.size())
            length = 9 + quint8(rx[i + 6]);
        if (length == 0 || i + length > rx.size())
            continue;
        const QByteArray unit = rx.mid(i, length);
        const quint16 crc = quint16(quint8(unit[length - 2]) | quint8(unit[length - 1]) << 8);
        if (Checksums::crc16Modbus(QByteArrayView(unit).first(length - 2)) != crc)
            continue;
        if (fc == 0x03) {
            // An 8-byte FC03 with a valid CRC is a request unless it is a 3-byte reply (odd: never).
            const auto f = JkPb::decodeRtu(unit);
            if (!f || !std::holds_alternative<JkPb::ReadRequest>(*f))
                continue;
        }
        QString message = fc == 0x03 ? QStringLiteral("read-registers") : QStringLiteral("write-registers");
        if (fc == 0x10) {
            const auto f = JkPb::decodeRtu(unit);
            if (f && std::holds_alternative<JkPb::WriteRequest>(*f) && JkPb::isTrigger(std::get<JkPb::WriteRequest>(*f))) {
                const quint16 reg = std::get<JkPb::WriteRequest>(*f).start;
                message = reg == JkPb::kTriggerStatus ? QStringLiteral("status-trigger")
                    : reg == JkPb::kTriggerSettings   ? QStringLiteral("settings-trigger")
                                                      : QStringLiteral("about-trigger");
            }
        }
        return ForeignRequest{quint8(unit[0]), message, unit};
    }
    return std::nullopt;
}

} // namespace

PollProtocol::Outcome PylontechPollProtocol::examine(const PollRequest &request, const QByteArray &rx) const
{
    Outcome o;
    qsizetype start = rx.indexOf('~');
    // Adapters that echo their own transmission (CH341): skip our request if it comes back.
    if (start >= 0 && rx.mid(start, request.bytes.size()) == request.bytes)
        start = rx.indexOf('~', start + request.bytes.size());
    if (start < 0) {
        // Nothing that starts a frame: noise on the line (or only our echo so far).
        const bool onlyEcho = request.bytes.startsWith(rx) || rx.startsWith(request.bytes);
        if (!rx.isEmpty() && !onlyEcho && rx.size() > 64) {
            o.verdict = Verdict::FramingError;
            o.consumed = rx.size();
            o.detail = QCoreApplication::translate("PollProtocol", "%1 bytes without a frame start").arg(rx.size());
        }
        return o;
    }
    const qsizetype end = rx.indexOf('\r', start);
    if (end < 0)
        return o;
    o.consumed = end + 1;
    const QByteArray unit = rx.mid(start, end + 1 - start);
    const auto frame = PylontechFrameCodec::decode(unit);
    if (!frame) {
        const bool checksum = frame.error().kind == CodecError::Kind::BadChecksum
            || frame.error().kind == CodecError::Kind::BadLengthChecksum;
        o.verdict = checksum ? Verdict::ChecksumError : Verdict::FramingError;
        o.detail = frame.error().message;
        return o;
    }
    if (frame->adr != request.address) {
        o.verdict = Verdict::WrongAddress;
        o.detail = QCoreApplication::translate("PollProtocol", "answer from address %1, expected %2").arg(frame->adr).arg(request.address);
        return o;
    }
    const auto d = Pylontech::describe(*frame, request.command, request.commandValue);
    if (!d) {
        o.verdict = Verdict::FramingError;
        o.detail = d.error().message;
        return o;
    }
    o.verdict = Verdict::Answer;
    o.message = *d;
    return o;
}

std::optional<ForeignRequest> PylontechPollProtocol::findRequest(const QByteArray &rx) const
{
    for (qsizetype start = rx.indexOf('~'); start >= 0; start = rx.indexOf('~', start + 1)) {
        const qsizetype end = rx.indexOf('\r', start);
        if (end < 0)
            break;
        const QByteArray unit = rx.mid(start, end + 1 - start);
        const auto frame = PylontechFrameCodec::decode(unit);
        if (frame && Pylontech::isRequest(*frame))
            return ForeignRequest{frame->adr, Pylontech::commandName(frame->cid2), unit};
    }
    return std::nullopt;
}

PollProtocol::Outcome JkLegacyPollProtocol::examine(const PollRequest &request, const QByteArray &rx) const
{
    Q_UNUSED(request)
    Outcome o;
    qsizetype start = rx.indexOf("\x4E\x57");
    if (start >= 0 && rx.mid(start, request.bytes.size()) == request.bytes)
        start = rx.indexOf("\x4E\x57", start + request.bytes.size());
    if (start < 0) {
        // Bytes, but nothing that starts a frame: two packs at one address answering together
        // (their headers garble each other) or noise. Not silence: said as a framing error, as
        // for Pylontech, once more came than a frame header would need to show.
        const bool onlyEcho = request.bytes.startsWith(rx) || rx.startsWith(request.bytes);
        if (!onlyEcho && rx.size() > 64) {
            o.verdict = Verdict::FramingError;
            o.consumed = rx.size();
            o.detail = QCoreApplication::translate("PollProtocol", "%1 bytes without a frame start").arg(rx.size());
        }
        return o;
    }
    if (rx.size() < start + 4)
        return o;
    const qsizetype total = (quint8(rx[start + 2]) << 8 | quint8(rx[start + 3])) + 2;
    if (total < 20 || total > 2048) {
        o.verdict = Verdict::FramingError;
        o.consumed = start + 4;
        o.detail = QCoreApplication::translate("PollProtocol", "impossible frame length %1").arg(total);
        return o;
    }
    if (rx.size() < start + total)
        return o;
    o.consumed = start + total;
    const QByteArray unit = rx.mid(start, total);
    const auto d = JkLegacy::describe(unit);
    if (!d) {
        const auto f = JkLegacy::decode(unit);
        o.verdict = (!f && f.error().kind == CodecError::Kind::BadChecksum) ? Verdict::ChecksumError : Verdict::FramingError;
        o.detail = d.error().message;
        return o;
    }
    o.verdict = Verdict::Answer;
    o.message = *d;
    return o;
}

std::optional<ForeignRequest> JkLegacyPollProtocol::findRequest(const QByteArray &rx) const
{
    for (qsizetype start = rx.indexOf("\x4E\x57"); start >= 0; start = rx.indexOf("\x4E\x57", start + 1)) {
        if (rx.size() < start + 4)
            break;
        const qsizetype total = (quint8(rx[start + 2]) << 8 | quint8(rx[start + 3])) + 2;
        if (total < 20 || total > 2048 || rx.size() < start + total)
            continue;
        const QByteArray unit = rx.mid(start, total);
        const auto f = JkLegacy::decode(unit);
        if (f && f->type == 0x00) // transmission type 0: a request (fact sheet b.1)
            return ForeignRequest{int(f->terminal), f->command == 0x06 ? QStringLiteral("read-all") : QStringLiteral("request"), unit};
    }
    return std::nullopt;
}

PollProtocol::Outcome JkPbTriggerPollProtocol::examine(const PollRequest &request, const QByteArray &rx) const
{
    Outcome o;
    qsizetype start = rx.indexOf("\x55\xAA\xEB\x90");
    if (start < 0) {
        if (rx.size() > 400) {
            o.verdict = Verdict::FramingError;
            o.consumed = rx.size();
            o.detail = QCoreApplication::translate("PollProtocol", "%1 bytes without a record header").arg(rx.size());
        }
        return o;
    }
    // Record, optional 00, 8-byte ACK.
    const qsizetype afterRecord = start + JkPb::kRecordSize;
    if (rx.size() < afterRecord + 8)
        return o;
    qsizetype ackAt = afterRecord;
    if (rx[ackAt] == '\0' && rx.size() >= afterRecord + 9)
        ackAt += 1;
    else if (rx[ackAt] == '\0')
        return o;
    o.consumed = ackAt + 8;
    if (rx.size() > o.consumed && rx[o.consumed] == '\0')
        o.consumed += 1;
    const QByteArray reply = rx.mid(start, o.consumed - start);
    const auto d = JkPb::describe(reply);
    if (!d) {
        o.verdict = d.error().kind == CodecError::Kind::BadChecksum ? Verdict::ChecksumError : Verdict::FramingError;
        o.detail = d.error().message;
        return o;
    }
    if (d->address != request.address) {
        o.verdict = Verdict::WrongAddress;
        o.detail = QCoreApplication::translate("PollProtocol", "record from address %1, expected %2").arg(d->address.value_or(-1)).arg(request.address);
        return o;
    }
    o.verdict = Verdict::Answer;
    o.message = *d;
    return o;
}

std::optional<ForeignRequest> JkPbTriggerPollProtocol::findRequest(const QByteArray &rx) const
{
    return findModbusRequest(rx);
}

PollProtocol::Outcome JkModbusPollProtocol::examine(const PollRequest &request, const QByteArray &rx) const
{
    Outcome o;
    qsizetype start = 0;
    if (rx.startsWith(request.bytes)) // adapter echo
        start = request.bytes.size();
    const QByteArray b = rx.mid(start);
    if (b.size() < 5)
        return o;
    const quint8 fc = quint8(b[1]);
    const qsizetype length = (fc & 0x80) ? 5 : (fc == 0x03 ? 5 + quint8(b[2]) : -1);
    if (length < 0) {
        o.verdict = Verdict::FramingError;
        o.consumed = rx.size();
        o.detail = QCoreApplication::translate("PollProtocol", "function 0x%1 in an answer to a read").arg(fc, 2, 16, QLatin1Char('0'));
        return o;
    }
    if (b.size() < length)
        return o;
    o.consumed = start + length;
    const QByteArray unit = b.left(length);
    const auto rtu = JkPb::decodeRtu(unit);
    if (!rtu) {
        o.verdict = rtu.error().kind == CodecError::Kind::BadChecksum ? Verdict::ChecksumError : Verdict::FramingError;
        o.detail = rtu.error().message;
        return o;
    }
    if (quint8(unit[0]) != request.address) {
        o.verdict = Verdict::WrongAddress;
        o.detail = QCoreApplication::translate("PollProtocol", "answer from address %1, expected %2").arg(quint8(unit[0])).arg(request.address);
        return o;
    }
    const auto start16 = JkPb::decodeRtu(request.bytes);
    const std::optional<quint16> reg = (start16 && std::holds_alternative<JkPb::ReadRequest>(*start16))
        ? std::optional<quint16>(std::get<JkPb::ReadRequest>(*start16).start)
        : std::nullopt;
    const auto d = JkPb::describe(unit, reg);
    o.verdict = Verdict::Answer;
    o.message = *d;
    return o;
}

std::optional<ForeignRequest> JkModbusPollProtocol::findRequest(const QByteArray &rx) const
{
    return findModbusRequest(rx);
}

namespace PollPlans {

namespace {

PollRequest pylontech(quint8 command, int adr, std::optional<quint8> value = std::nullopt)
{
    const PylontechFrame f = Pylontech::request(command, quint8(adr), value);
    return PollRequest{adr, PylontechFrameCodec::encode(f), Pylontech::commandName(command), command,
                       f.info.isEmpty() ? std::nullopt : std::optional<quint8>(quint8(f.info[0]))};
}

PollRequest jkTrigger(int adr, quint16 reg, const char *label)
{
    return PollRequest{adr, JkPb::encodeRtu(JkPb::trigger(quint8(adr), reg)), QString::fromLatin1(label), 0x10, std::nullopt};
}

} // namespace

Plan pylontech(const QList<int> &addresses, bool group)
{
    Plan p;
    for (int adr : addresses) {
        for (quint8 c : {Pylontech::Cid2::ProtocolVersion, Pylontech::Cid2::ManufacturerInfo,
                         Pylontech::Cid2::SerialNumber, Pylontech::Cid2::SoftwareVersion,
                         Pylontech::Cid2::SystemParameters})
            p.once.append(pylontech(c, adr));
    }
    if (group && !addresses.isEmpty()) {
        const int master = addresses.first();
        p.cyclic.append(pylontech(Pylontech::Cid2::AnalogValues, master, Pylontech::kGroupCommandValue));
        p.cyclic.append(pylontech(Pylontech::Cid2::AlarmInfo, master, Pylontech::kGroupCommandValue));
        for (int adr : addresses)
            p.cyclic.append(pylontech(Pylontech::Cid2::Management, adr));
    } else {
        for (int adr : addresses) {
            p.cyclic.append(pylontech(Pylontech::Cid2::AnalogValues, adr));
            p.cyclic.append(pylontech(Pylontech::Cid2::AlarmInfo, adr));
            p.cyclic.append(pylontech(Pylontech::Cid2::Management, adr));
        }
    }
    return p;
}

Plan jkLegacy(const QList<int> &addresses)
{
    Plan p;
    for (int adr : addresses) {
        JkLegacy::Frame f = JkLegacy::readAllRequest();
        f.terminal = quint32(adr);
        p.cyclic.append(PollRequest{adr, JkLegacy::encode(f), QStringLiteral("read-all"), 0x06, std::nullopt});
    }
    return p;
}

Plan jkPbTriggers(const QList<int> &addresses)
{
    Plan p;
    for (int adr : addresses) {
        p.once.append(jkTrigger(adr, JkPb::kTriggerAbout, "about-trigger"));
        p.once.append(jkTrigger(adr, JkPb::kTriggerSettings, "settings-trigger"));
        p.cyclic.append(jkTrigger(adr, JkPb::kTriggerStatus, "status-trigger"));
    }
    return p;
}

Plan jkModbus(const QList<int> &addresses)
{
    auto read = [](int adr, quint16 start, quint16 words) {
        return PollRequest{adr, JkPb::encodeRtu(JkPb::ReadRequest{quint8(adr), start, words}), QStringLiteral("read-registers"), 0x03,
                           std::nullopt};
    };
    Plan p;
    for (int adr : addresses) {
        p.once.append(read(adr, 0x1400, 16));
        p.cyclic.append(read(adr, 0x1200, 32));
        p.cyclic.append(read(adr, 0x1240, 32));
        p.cyclic.append(read(adr, 0x1280, 40));
    }
    return p;
}

PollRequest pylontechProbe(int address)
{
    return pylontech(Pylontech::Cid2::SerialNumber, address);
}

PollRequest jkLegacyProbe(int address)
{
    return jkLegacy({address}).cyclic.first();
}

PollRequest jkPbProbe(int address)
{
    return jkTrigger(address, JkPb::kTriggerStatus, "status-trigger");
}

PollRequest jkModbusProbe(int address)
{
    // A read of the model string: reads only, never a write to the pack.
    return PollRequest{address, JkPb::encodeRtu(JkPb::ReadRequest{quint8(address), 0x1400, 16}), QStringLiteral("read-registers"),
                       0x03, std::nullopt};
}

QList<int> pylontechRange(int groups)
{
    QList<int> out;
    for (int g = 0; g < std::max(1, groups); ++g)
        for (int m = 2; m <= 9; ++m)
            out.append(m + 0x10 * g);
    return out;
}

QList<int> jkLegacyRange(int)
{
    QList<int> out;
    for (int a = 1; a <= 15; ++a)
        out.append(a);
    return out;
}

QList<int> jkPbRange(int)
{
    QList<int> out;
    for (int a = 0; a <= 15; ++a)
        out.append(a);
    return out;
}

QList<int> jkModbusRange(int groups)
{
    return jkLegacyRange(groups);
}

} // namespace PollPlans
