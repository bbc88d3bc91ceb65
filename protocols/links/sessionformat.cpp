#include "sessionformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace SessionFormat {

namespace {

QByteArray timeText(qint64 us)
{
    const qint64 s = us / 1'000'000;
    const qint64 frac = us % 1'000'000;
    return QByteArray::number(s) + '.' + QByteArray::number(frac).rightJustified(6, '0');
}

std::optional<qint64> parseTime(QByteArrayView t)
{
    // "(seconds.micros)"; the fraction may have 1..9 digits (beyond 6 they are dropped).
    if (t.size() < 3 || t.front() != '(' || t.back() != ')')
        return std::nullopt;
    const QByteArrayView inner = t.sliced(1, t.size() - 2);
    const qsizetype dot = inner.indexOf('.');
    bool ok = false;
    const qint64 seconds = inner.first(dot < 0 ? inner.size() : dot).toLongLong(&ok);
    // Beyond ~285,000 years the microseconds no longer fit in 64 bits.
    if (!ok || seconds < 0 || seconds > 9'000'000'000'000)
        return std::nullopt;
    qint64 us = 0;
    if (dot >= 0) {
        const QByteArrayView frac = inner.sliced(dot + 1);
        if (frac.isEmpty() || frac.size() > 9)
            return std::nullopt;
        for (qsizetype i = 0; i < frac.size(); ++i) {
            const char c = frac[i];
            if (c < '0' || c > '9')
                return std::nullopt;
            if (i < 6)
                us = us * 10 + (c - '0');
        }
        for (qsizetype i = frac.size(); i < 6; ++i)
            us *= 10;
    }
    return seconds * 1'000'000 + us;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool hexBytes(QByteArrayView text, QByteArray &out)
{
    if (text.size() % 2)
        return false;
    out.resize(text.size() / 2);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexDigit(text[2 * i]);
        const int lo = hexDigit(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = char(hi << 4 | lo);
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Up to `max` whitespace-separated fields of a line; the count of fields found (which may be
// more than max: the caller rejects the line then).
int fields(QByteArrayView line, QByteArrayView *out, int max)
{
    int n = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
        if (n < max)
            out[n] = line.sliced(start, i - start);
        ++n;
    }
    return n;
}

// parseLine, reusing the previous line's link name when it is the same (a log has a handful of
// links and a million lines).
struct LinkCache
{
    QByteArray bytes;
    QString name;
};

Expected<Event, QString> parseLineWith(QByteArrayView line, LinkCache &lastLink)
{
    QByteArrayView tokens[4];
    const int count = fields(line, tokens, 4);
    if (count != 3 && count != 4)
        return QCoreApplication::translate("SessionFormat", "expected '(time) link ID#DATA' or '(time) link RX|TX HEX', got %1 fields").arg(count);
    Event e;
    const auto time = parseTime(tokens[0]);
    if (!time)
        return QCoreApplication::translate("SessionFormat", "bad time stamp '%1'").arg(QString::fromLatin1(tokens[0]));
    e.timeUs = *time;
    if (lastLink.name.isEmpty() || tokens[1] != QByteArrayView(lastLink.bytes)) {
        lastLink.bytes = tokens[1].toByteArray();
        lastLink.name = QString::fromUtf8(lastLink.bytes);
    }
    e.link = lastLink.name;
    if (count == 4) {
        if (tokens[2] != "RX" && tokens[2] != "TX")
            return QCoreApplication::translate("SessionFormat", "direction must be RX or TX, got '%1'").arg(QString::fromLatin1(tokens[2]));
        e.kind = tokens[2] == "RX" ? Kind::SerialRx : Kind::SerialTx;
        if (!hexBytes(tokens[3], e.data) || e.data.isEmpty())
            return QCoreApplication::translate("SessionFormat", "bad hex bytes");
        return e;
    }
    const QByteArrayView frame = tokens[2];
    const qsizetype hash = frame.indexOf('#');
    if (hash < 0)
        return QCoreApplication::translate("SessionFormat", "CAN frame without '#'");
    const QByteArrayView id = frame.first(hash);
    bool ok = false;
    e.canId = id.toUInt(&ok, 16);
    if (!ok || (id.size() != 3 && id.size() != 8))
        return QCoreApplication::translate("SessionFormat", "CAN ID must be 3 (standard) or 8 (extended) hex digits, got '%1'").arg(QString::fromLatin1(id));
    e.extended = id.size() == 8;
    if ((!e.extended && e.canId > 0x7FF) || e.canId > 0x1FFFFFFF)
        return QCoreApplication::translate("SessionFormat", "CAN ID %1 out of range").arg(QString::fromLatin1(id));
    const QByteArrayView payload = frame.sliced(hash + 1);
    if (payload.startsWith('#'))
        return QCoreApplication::translate("SessionFormat", "CAN FD frames are not supported");
    if (payload.startsWith('R')) {
        e.remote = true;
        return e;
    }
    if (!hexBytes(payload, e.data) || e.data.size() > 8)
        return QCoreApplication::translate("SessionFormat", "CAN data must be 0 to 8 hex bytes");
    e.kind = Kind::Can;
    return e;
}

} // namespace

QString ParseError::toString() const
{
    return QCoreApplication::translate("SessionFormat", "line %1: %2").arg(line).arg(message);
}

bool isComment(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

QByteArray formatLine(const Event &e)
{
    QByteArray out = '(' + timeText(e.timeUs) + ") " + e.link.toUtf8() + ' ';
    if (e.kind == Kind::Can) {
        out += QByteArray::number(e.canId, 16).toUpper().rightJustified(e.extended ? 8 : 3, '0') + '#';
        out += e.remote ? QByteArray("R") : e.data.toHex().toUpper();
    } else {
        out += e.kind == Kind::SerialRx ? "RX " : "TX ";
        out += e.data.toHex().toUpper();
    }
    return out;
}

Expected<Event, QString> parseLine(QByteArrayView line)
{
    LinkCache link;
    return parseLineWith(line, link);
}

Expected<QList<Event>, ParseError> parseLog(QByteArrayView text)
{
    QList<Event> out;
    out.reserve(text.count('\n') + 1);
    int lineNo = 0;
    qint64 last = 0;
    LinkCache link;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (isComment(line))
            continue;
        auto e = parseLineWith(line, link);
        if (!e)
            return ParseError{lineNo, e.error()};
        if (e->timeUs < last)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "time goes backwards")};
        last = e->timeUs;
        out.append(std::move(*e));
    }
    return out;
}

Expected<QByteArray, QString> toAsc(const QList<Event> &events)
{
    const qint64 start = events.isEmpty() ? 0 : events.first().timeUs;
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(start / 1000, QTimeZone::utc());
    const QByteArray dateText = QLocale::c().toString(date, QStringLiteral("ddd MMM dd hh:mm:ss.zzz ap yyyy")).toLatin1();
    QByteArray out = "date " + dateText + "\nbase hex  timestamps absolute\ninternal events logged\n// version 9.0.0\n";
    out += "Begin Triggerblock " + dateText + "\n   0.000000 Start of measurement\n";
    QStringList channels;
    for (const Event &e : events) {
        if (e.kind != Kind::Can)
            return QCoreApplication::translate("SessionFormat", "serial traffic (%1) cannot be written as Vector ASC").arg(e.link);
        if (!channels.contains(e.link))
            channels.append(e.link);
        const qint64 rel = e.timeUs - start;
        QByteArray line = QByteArray::number(rel / 1'000'000) + '.' + QByteArray::number(rel % 1'000'000).rightJustified(6, '0');
        line = line.rightJustified(11, ' ');
        line += ' ' + QByteArray::number(channels.indexOf(e.link) + 1) + "  ";
        QByteArray id = QByteArray::number(e.canId, 16).toUpper() + (e.extended ? "x" : "");
        line += id.leftJustified(15, ' ') + " Rx   ";
        if (e.remote) {
            line += "r " + QByteArray::number(e.data.size());
        } else {
            line += "d " + QByteArray::number(e.data.size());
            for (char c : e.data)
                line += ' ' + QByteArray::number(quint8(c), 16).toUpper().rightJustified(2, '0');
        }
        out += line + '\n';
    }
    out += "End TriggerBlock\n";
    return out;
}

Expected<QList<Event>, ParseError> parseAsc(QByteArrayView text)
{
    QList<Event> out;
    int lineNo = 0;
    bool inBlock = false;
    bool sawEnd = false;
    bool hexBase = true;
    qint64 startUs = 0;
    for (const QByteArrayView raw : QByteArrayView(text).toByteArray().split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed().toByteArray();
        if (line.isEmpty() || line.startsWith("//"))
            continue;
        const QList<QByteArray> t = line.simplified().split(' ');
        if (t[0] == "date") {
            // "date Tue Nov 24 09:40:00.000 am 2026": the absolute origin of the relative times.
            const QString d = QString::fromLatin1(line.mid(5)).trimmed();
            const QDateTime dt = QLocale::c().toDateTime(d, QStringLiteral("ddd MMM dd hh:mm:ss.zzz ap yyyy"));
            if (dt.isValid()) {
                QDateTime utc = dt;
                utc.setTimeZone(QTimeZone::utc());
                startUs = utc.toMSecsSinceEpoch() * 1000;
            }
            continue;
        }
        if (t[0] == "base") {
            if (t.size() < 2 || (t[1] != "hex" && t[1] != "dec"))
                return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "'base' must be hex or dec")};
            hexBase = t[1] == "hex";
            continue;
        }
        if (t[0] == "internal" || t[0] == "no")
            continue;
        if (t[0] == "Begin") {
            inBlock = true;
            continue;
        }
        if (t[0] == "End") {
            inBlock = false;
            sawEnd = true;
            continue;
        }
        if (!inBlock)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "event outside 'Begin Triggerblock' ... 'End TriggerBlock'")};
        bool ok = false;
        const double seconds = t[0].toDouble(&ok);
        if (!ok || !(seconds >= 0) || seconds > 1e12) // beyond ~31,000 years microseconds overflow
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "bad time '%1'").arg(QString::fromLatin1(t[0]))};
        if (t.size() >= 3 && t[1] == "Start" && t[2] == "of")
            continue;
        if (t.size() >= 3 && t[2] == "ErrorFrame")
            continue; // counted by the reader of the bus, not a data frame
        if (t.size() < 5)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "expected 'time channel id Rx|Tx d|r dlc bytes...'")};
        Event e;
        e.timeUs = startUs + qint64(seconds * 1e6 + 0.5);
        bool chOk = false;
        const int channel = t[1].toInt(&chOk);
        if (!chOk || channel < 1)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "bad channel '%1'").arg(QString::fromLatin1(t[1]))};
        e.link = QStringLiteral("can%1").arg(channel - 1);
        QByteArray id = t[2];
        e.extended = id.endsWith('x');
        if (e.extended)
            id.chop(1);
        e.canId = id.toUInt(&ok, hexBase ? 16 : 10);
        if (!ok || (!e.extended && e.canId > 0x7FF) || e.canId > 0x1FFFFFFF)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "bad CAN ID '%1'").arg(QString::fromLatin1(t[2]))};
        if (t[3] != "Rx" && t[3] != "Tx")
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "direction must be Rx or Tx")};
        if (t[4] != "d" && t[4] != "r")
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "frame type must be d or r")};
        e.remote = t[4] == "r";
        if (t.size() < 6)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "missing DLC")};
        const int dlc = t[5].toInt(&ok, 16);
        if (!ok || dlc < 0 || dlc > 8)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "DLC must be 0 to 8")};
        if (!e.remote) {
            if (t.size() < 6 + dlc)
                return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "DLC %1 but %2 data bytes").arg(dlc).arg(t.size() - 6)};
            for (int i = 0; i < dlc; ++i) {
                const int b = t[6 + i].toInt(&ok, 16);
                if (!ok || b < 0 || b > 255 || t[6 + i].size() > 2)
                    return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "bad data byte '%1'").arg(QString::fromLatin1(t[6 + i]))};
                e.data.append(char(b));
            }
        }
        out.append(e);
    }
    if (inBlock || !sawEnd)
        return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "the file ends without 'End TriggerBlock' (cut short?)")};
    return out;
}

} // namespace SessionFormat
