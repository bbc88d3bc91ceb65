#include "sessionformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <charconv>
#include <cstring>
#include <limits>

namespace SessionFormat {

// The longest time Vector ASC holds here, read and written alike: beyond ~31,000 years a time in
// microseconds overflows.
constexpr qint64 kAscMaxSeconds = 1'000'000'000'000LL;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionFormat", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
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

// Hex text without separators into `out` (its buffer reused when it has one of its own).
bool hexBytes(QByteArrayView text, QByteArray &out)
{
    if (text.size() % 2)
        return false;
    out.resize(text.size() / 2);
    char *d = out.data();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexDigit(text[2 * i]);
        const int lo = hexDigit(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        d[i] = char(hi << 4 | lo);
    }
    return true;
}

std::optional<quint32> hexNumber(QByteArrayView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    quint32 v = 0;
    for (char c : text) {
        const int d = hexDigit(c);
        if (d < 0)
            return std::nullopt;
        v = v << 4 | quint32(d);
    }
    return v;
}

std::optional<qint64> decimal(QByteArrayView text)
{
    qint64 v = 0;
    if (text.isEmpty())
        return std::nullopt;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

// "seconds.fraction" (1..9 fraction digits; beyond 6 they are dropped) in microseconds.
std::optional<qint64> secondsText(QByteArrayView inner)
{
    const qsizetype dot = inner.indexOf('.');
    const QByteArrayView whole = inner.first(dot < 0 ? inner.size() : dot);
    if (whole.isEmpty() || whole.size() > 13)
        return std::nullopt;
    qint64 seconds = 0;
    for (char c : whole) {
        if (c < '0' || c > '9')
            return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    // Beyond ~285,000 years the microseconds no longer fit in 64 bits.
    if (seconds > 9'000'000'000'000)
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

std::optional<qint64> parseTime(QByteArrayView t)
{
    // "(seconds.micros)"
    if (t.size() < 3 || t.front() != '(' || t.back() != ')')
        return std::nullopt;
    return secondsText(t.sliced(1, t.size() - 2));
}

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// candump -t A: "2023-11-14 22:13:20.100000", read as UTC.
std::optional<qint64> dateTimeText(QByteArrayView t)
{
    if (t.size() < 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    auto num = [&](int from, int n) -> int {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return std::nullopt;
    const auto sec = secondsText(t.sliced(17));
    if (!sec || *sec >= 61'000'000 || y < 1970)
        return std::nullopt; // a clock before 1970 is no capture's (and would be a negative time)
    return (daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60) * 1'000'000 + *sec;
}

// Up to `max` whitespace-separated fields of a line; the count of fields found (which may be
// more than max: the caller rejects the line or ignores the rest).
int fields(QByteArrayView line, QByteArrayView *out, int max)
{
    int n = 0;
    qsizetype i = 0;
    const char *p = line.data();
    const qsizetype size = line.size();
    while (i < size) {
        while (i < size && isSpace(p[i]))
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        while (i < size && !isSpace(p[i]))
            ++i;
        if (n < max)
            out[n] = QByteArrayView(p + start, i - start);
        ++n;
    }
    return n;
}

void appendHex2(QByteArray &out, quint8 b)
{
    static const char hex[] = "0123456789ABCDEF";
    const char t[2] = {hex[b >> 4], hex[b & 0xF]};
    out.append(t, 2);
}

void appendDecimal(QByteArray &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendTime(QByteArray &out, qint64 us)
{
    appendDecimal(out, us / 1'000'000);
    char frac[7] = {'.'};
    qint64 f = us % 1'000'000;
    for (int i = 6; i >= 1; --i) {
        frac[i] = char('0' + f % 10);
        f /= 10;
    }
    out.append(frac, 7);
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ParseError::toString() const
{
    return QCoreApplication::translate("SessionFormat", "line %1: %2").arg(line).arg(message);
}

QString formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::CandumpLog:
        return QStringLiteral("candump-log");
    case LogFormat::CandumpScreen:
        return QStringLiteral("candump-screen");
    case LogFormat::SavvyCsv:
        return QStringLiteral("savvycan-csv");
    case LogFormat::VectorAsc:
        return QStringLiteral("vector-asc");
    case LogFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString timeBaseName(TimeBase base)
{
    switch (base) {
    case TimeBase::Absolute:
        return QStringLiteral("absolute");
    case TimeBase::Date:
        return QStringLiteral("date");
    case TimeBase::Delta:
        return QStringLiteral("delta");
    case TimeBase::Zero:
        return QStringLiteral("zero");
    case TimeBase::None:
        break;
    }
    return QStringLiteral("none");
}

bool isComment(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

void appendLine(QByteArray &out, const Event &e)
{
    out.append('(');
    appendTime(out, e.timeUs);
    out.append(") ", 2);
    out.append(e.link.toUtf8());
    out.append(' ');
    if (e.kind == Kind::Can) {
        const int digits = e.extended ? 8 : 3;
        static const char hex[] = "0123456789ABCDEF";
        for (int i = digits - 1; i >= 0; --i)
            out.append(hex[(e.canId >> (4 * i)) & 0xF]);
        out.append('#');
        if (e.remote) {
            out.append('R');
        } else {
            for (char c : e.data)
                appendHex2(out, quint8(c));
        }
    } else {
        out.append(e.kind == Kind::SerialRx ? "RX " : "TX ", 3);
        for (char c : e.data)
            appendHex2(out, quint8(c));
    }
    out.append('\n');
}

QByteArray formatLine(const Event &e)
{
    QByteArray out;
    appendLine(out, e);
    out.chop(1);
    return out;
}

// --- LineParser ---------------------------------------------------------------------------------

LineParser::LineParser(LogFormat format, TimeBase time)
    : m_format(format)
    , m_time(time)
{
}

void LineParser::setLink(QByteArrayView name, Event &e)
{
    if (m_linkName.isEmpty() || name != QByteArrayView(m_linkBytes)) {
        m_linkBytes = name.toByteArray();
        m_linkName = QString::fromUtf8(m_linkBytes);
    }
    e.link = m_linkName;
}

LineParser::Result LineParser::parse(QByteArrayView line, Event &e, QString &error)
{
    // None of these formats writes a line starting with '#': such lines are notes (the origin
    // headers of test data, a user's comments), in every format.
    {
        qsizetype i = 0;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i < line.size() && line[i] == '#')
            return Result::Skip;
    }
    switch (m_format) {
    case LogFormat::CandumpLog:
        return parseCandumpLog(line, e, error);
    case LogFormat::CandumpScreen:
        return parseScreen(line, e, error);
    case LogFormat::SavvyCsv:
        return parseCsv(line, e, error);
    case LogFormat::VectorAsc:
        return parseAsc(line, e, error);
    case LogFormat::Unknown:
        break;
    }
    error = tr("not a log format BankScope reads");
    return Result::Error;
}

QString LineParser::finish() const
{
    if (m_format == LogFormat::VectorAsc && m_ascInBlock)
        return tr("the file ends without 'End TriggerBlock' (cut short?)");
    return {};
}

LineParser::Result LineParser::parseCandumpLog(QByteArrayView line, Event &e, QString &error)
{
    if (isComment(line))
        return Result::Skip;
    QByteArrayView tokens[4];
    const int count = fields(line, tokens, 4);
    if (count != 3 && count != 4) {
        error = tr("expected '(time) link ID#DATA' or '(time) link RX|TX HEX', got %1 fields").arg(count);
        return Result::Error;
    }
    const auto time = parseTime(tokens[0]);
    if (!time) {
        error = tr("bad time stamp '%1'").arg(QString::fromLatin1(tokens[0]));
        return Result::Error;
    }
    e.timeUs = *time;
    setLink(tokens[1], e);
    e.canId = 0;
    e.extended = false;
    e.remote = false;
    const QByteArrayView frame = tokens[2];
    const qsizetype hash = frame.indexOf('#');
    if (count == 4 && hash < 0) {
        if (tokens[2] != "RX" && tokens[2] != "TX") {
            error = tr("direction must be RX or TX, got '%1'").arg(QString::fromLatin1(tokens[2]));
            return Result::Error;
        }
        e.kind = tokens[2] == "RX" ? Kind::SerialRx : Kind::SerialTx;
        if (!hexBytes(tokens[3], e.data) || e.data.isEmpty()) {
            error = tr("bad hex bytes");
            return Result::Error;
        }
        return Result::Event;
    }
    // candump -L -x adds the direction of a CAN frame as a fourth field: " R" or " T".
    if (count == 4 && tokens[3] != "R" && tokens[3] != "T") {
        error = tr("after a CAN frame only R or T (candump -x) may follow, got '%1'").arg(QString::fromLatin1(tokens[3]));
        return Result::Error;
    }
    if (hash < 0) {
        error = tr("CAN frame without '#'");
        return Result::Error;
    }
    const QByteArrayView id = frame.first(hash);
    const auto canId = (id.size() == 3 || id.size() == 8) ? hexNumber(id, 8) : std::nullopt;
    if (!canId) {
        error = tr("CAN ID must be 3 (standard) or 8 (extended) hex digits, got '%1'").arg(QString::fromLatin1(id));
        return Result::Error;
    }
    e.canId = *canId;
    e.extended = id.size() == 8;
    if ((!e.extended && e.canId > 0x7FF) || e.canId > 0x1FFFFFFF) {
        error = tr("CAN ID %1 out of range").arg(QString::fromLatin1(id));
        return Result::Error;
    }
    e.kind = Kind::Can;
    const QByteArrayView payload = frame.sliced(hash + 1);
    if (payload.startsWith('#')) {
        error = tr("CAN FD frames are not supported");
        return Result::Error;
    }
    if (payload.startsWith('R')) {
        e.remote = true;
        e.data.clear();
        return Result::Event;
    }
    if (!hexBytes(payload, e.data) || e.data.size() > 8) {
        error = tr("CAN data must be 0 to 8 hex bytes");
        return Result::Error;
    }
    return Result::Event;
}

LineParser::Result LineParser::parseScreen(QByteArrayView raw, Event &e, QString &error)
{
    // Colours (candump -c): ESC [ ... m sequences are dropped first.
    QByteArray cleaned;
    QByteArrayView line = raw;
    if (raw.contains('\x1b')) {
        cleaned.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\x1b' && i + 1 < raw.size() && raw[i + 1] == '[') {
                qsizetype j = i + 2;
                while (j < raw.size() && raw[j] != 'm')
                    ++j;
                i = j;
                continue;
            }
            cleaned.append(raw[i]);
        }
        line = cleaned;
    }
    if (line.trimmed().isEmpty() || line.startsWith('\t'))
        return Result::Skip; // candump -e prints an error frame's explanation on tab-led lines
    line = line.trimmed();
    // The time stamp, when candump was given -t: "(...)" ("-t A" has a space inside).
    if (line.startsWith('(')) {
        const qsizetype close = line.indexOf(')');
        if (close < 0) {
            error = tr("time stamp without ')'");
            return Result::Error;
        }
        const QByteArrayView inner = line.sliced(1, close - 1);
        std::optional<qint64> t;
        switch (m_time) {
        case TimeBase::Absolute:
            t = secondsText(inner);
            break;
        case TimeBase::Date:
            t = dateTimeText(inner);
            break;
        case TimeBase::Delta:
            t = secondsText(inner);
            // The running sum stays within what a 64-bit microsecond clock holds (fuzz finding).
            if (t && *t > std::numeric_limits<qint64>::max() / 2 - m_runningUs)
                t.reset();
            if (t)
                t = m_runningUs += *t;
            break;
        case TimeBase::Zero:
            t = secondsText(inner);
            break;
        case TimeBase::None:
            error = tr("a time stamp where the lines before had none");
            return Result::Error;
        }
        if (!t) {
            error = tr("bad time stamp '(%1)'").arg(QString::fromLatin1(inner));
            return Result::Error;
        }
        e.timeUs = *t;
        line = line.sliced(close + 1);
    } else if (m_time != TimeBase::None) {
        error = tr("no time stamp where the lines before had one");
        return Result::Error;
    } else {
        e.timeUs = 0;
    }
    QByteArrayView t[24];
    const int count = fields(line, t, 24);
    // A line with no "[n]" length in it holds no frame at all: a shell prompt or "^C" pasted
    // with candump's output. Counted by the reader, not an error of a frame.
    bool hasLength = false;
    for (int k = 0; k < count && k < 24 && !hasLength; ++k) {
        const QByteArrayView l = t[k];
        hasLength = (l.size() == 3 || l.size() == 4) && ((l.front() == '[' && l.back() == ']') || (l.front() == '{' && l.back() == '}'));
    }
    if (!hasLength)
        return Result::NotAFrame;
    int i = 0;
    auto have = [&](int n) { return count >= i + n; };
    if (!have(3)) {
        error = tr("expected 'interface ID [DLC] bytes' (candump's screen output), got %1 fields").arg(count);
        return Result::Error;
    }
    setLink(t[i++], e);
    if (t[i] == "RX" || t[i] == "TX") {
        // candump -x: "RX - -" (direction, then BRS/ESI or SEC/RRS flags, '-' when unset).
        if (!have(3) || t[i + 1].size() != 1 || t[i + 2].size() != 1) {
            error = tr("candump -x columns must read 'RX - -' or 'TX B E'");
            return Result::Error;
        }
        i += 3;
    }
    if (!have(2)) {
        error = tr("expected a CAN ID and a length after the interface");
        return Result::Error;
    }
    const QByteArrayView id = t[i++];
    const auto canId = (id.size() == 3 || id.size() == 8) ? hexNumber(id, 8) : std::nullopt;
    if (!canId) {
        error = tr("CAN ID must be 3 (standard) or 8 (extended) hex digits, got '%1'").arg(QString::fromLatin1(id));
        return Result::Error;
    }
    const QByteArrayView lenText = t[i++];
    int len = -1;
    if (lenText.size() == 3 && ((lenText[0] == '[' && lenText[2] == ']') || (lenText[0] == '{' && lenText[2] == '}'))) {
        // "[8]", or with -8 "{8}" (a raw DLC 9-F still means 8 bytes)
        const int d = hexDigit(lenText[1]);
        len = lenText[0] == '[' ? (d >= 0 && d <= 8 ? d : -1) : (d >= 0 ? std::min(d, 8) : -1);
    } else if (lenText.size() == 4 && lenText[0] == '[' && lenText[3] == ']') {
        error = tr("CAN FD frames are not supported");
        return Result::Error;
    }
    if (len < 0) {
        error = tr("length must read [0] to [8], got '%1'").arg(QString::fromLatin1(lenText));
        return Result::Error;
    }
    e.kind = Kind::Can;
    e.canId = *canId;
    e.extended = id.size() == 8;
    e.remote = false;
    if ((!e.extended && e.canId > 0x7FF) || e.canId > 0x3FFFFFFF) { // 29 bits, and bit 29 for an error frame (below)
        error = tr("CAN ID %1 out of range").arg(QString::fromLatin1(id));
        return Result::Error;
    }
    if (have(2) && t[i] == "remote" && t[i + 1] == "request") {
        // CAN_ERR_FLAG belongs to error frames only (fuzz_logreader: a "remote request" with a
        // 30-bit id was read, then written as Vector ASC that could not be read back).
        if (e.canId > 0x1FFFFFFF) {
            error = tr("CAN ID %1 out of range").arg(QString::fromLatin1(id));
            return Result::Error;
        }
        e.remote = true;
        e.data = QByteArray(len, '\0');
        return Result::Event;
    }
    e.data.resize(len);
    char *d = e.data.data();
    int got = 0;
    // -S joins the bytes with '`' in reverse order; -i writes each byte as 8 binary digits.
    if (len > 0 && have(1) && t[i].contains('`')) {
        QByteArrayView rest = t[i++];
        for (int k = len - 1; k >= 0; --k) {
            const qsizetype tick = rest.indexOf('`');
            const QByteArrayView b = tick < 0 ? rest : rest.first(tick);
            const auto v = b.size() == 8 ? std::optional<quint32>() : hexNumber(b, 2);
            if (!v || b.size() != 2) {
                error = tr("bad data byte '%1'").arg(QString::fromLatin1(b));
                return Result::Error;
            }
            d[k] = char(*v);
            ++got;
            if (tick < 0)
                break;
            rest = rest.sliced(tick + 1);
        }
    } else {
        for (; got < len && i < count && i < 24; ++got, ++i) {
            const QByteArrayView b = t[i];
            if (b.size() == 2) {
                const auto v = hexNumber(b, 2);
                if (!v) {
                    error = tr("bad data byte '%1'").arg(QString::fromLatin1(b));
                    return Result::Error;
                }
                d[got] = char(*v);
            } else if (b.size() == 8 && b.count('0') + b.count('1') == 8) {
                int v = 0;
                for (char c : b)
                    v = v << 1 | (c == '1');
                d[got] = char(v);
            } else {
                error = tr("bad data byte '%1'").arg(QString::fromLatin1(b));
                return Result::Error;
            }
        }
    }
    if (got != len) {
        error = tr("length [%1] but %2 data bytes").arg(len).arg(got);
        return Result::Error;
    }
    if (i < count && i < 24) {
        if (t[i].startsWith("ERRORFRAME")) {
            ++m_errorFrames;
            return Result::Skip; // a bus error reported by the controller, not a data frame
        }
        // candump -a appends the bytes as ASCII between quotes.
        if (!t[i].startsWith('\'') && !t[i].startsWith('`')) {
            error = tr("more after the %1 data bytes than candump writes: '%2'").arg(len).arg(QString::fromLatin1(t[i]));
            return Result::Error;
        }
    }
    if (e.extended && (e.canId & 0x20000000)) {
        ++m_errorFrames; // CAN_ERR_FLAG set: an error frame printed without its marker
        return Result::Skip;
    }
    return Result::Event;
}

LineParser::Result LineParser::parseCsv(QByteArrayView line, Event &e, QString &error)
{
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return Result::Skip;
    if (!m_csvHeader) {
        // "Time Stamp,ID,Extended,Dir,Bus,LEN,D1,..." (the first version has no Dir column).
        if (!trimmed.startsWith("Time Stamp,") && !trimmed.startsWith("TIME STAMP,") && !trimmed.startsWith("time stamp,")) {
            error = tr("expected SavvyCAN's header 'Time Stamp,ID,Extended,Dir,Bus,LEN,D1,...'");
            return Result::Error;
        }
        QByteArrayView rest = trimmed.sliced(11);
        QByteArrayView cols[4];
        int n = 0;
        while (n < 4) {
            const qsizetype comma = rest.indexOf(',');
            cols[n++] = comma < 0 ? rest : rest.first(comma);
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
        if (n < 4 || !equalsNoCase(cols[0], "ID") || !equalsNoCase(cols[1], "Extended")) {
            error = tr("expected SavvyCAN's header 'Time Stamp,ID,Extended,Dir,Bus,LEN,D1,...'");
            return Result::Error;
        }
        m_csvDirColumn = equalsNoCase(cols[2], "Dir");
        m_csvHeader = true;
        return Result::Skip;
    }
    QByteArrayView c[16];
    int n = 0;
    QByteArrayView rest = trimmed;
    while (n < 16) {
        const qsizetype comma = rest.indexOf(',');
        c[n++] = (comma < 0 ? rest : rest.first(comma)).trimmed();
        if (comma < 0)
            break;
        rest = rest.sliced(comma + 1);
    }
    const int base = m_csvDirColumn ? 6 : 5;
    if (n < base) {
        error = tr("expected %1 columns before the data bytes, got %2").arg(base).arg(n);
        return Result::Error;
    }
    const auto time = decimal(c[0]);
    if (!time || *time < 0) {
        error = tr("bad time stamp '%1' (microseconds)").arg(QString::fromLatin1(c[0]));
        return Result::Error;
    }
    const auto id = hexNumber(c[1], 8);
    if (!id || *id > 0x1FFFFFFF) {
        error = tr("bad CAN ID '%1'").arg(QString::fromLatin1(c[1]));
        return Result::Error;
    }
    bool extended = false;
    if (equalsNoCase(c[2], "true"))
        extended = true;
    else if (!equalsNoCase(c[2], "false")) {
        error = tr("Extended must be true or false, got '%1'").arg(QString::fromLatin1(c[2]));
        return Result::Error;
    }
    int k = 3;
    if (m_csvDirColumn) {
        if (!equalsNoCase(c[k], "Rx") && !equalsNoCase(c[k], "Tx")) {
            error = tr("Dir must be Rx or Tx, got '%1'").arg(QString::fromLatin1(c[k]));
            return Result::Error;
        }
        ++k;
    }
    const auto bus = decimal(c[k]);
    if (!bus || *bus < 0 || *bus > 255) {
        error = tr("bad bus number '%1'").arg(QString::fromLatin1(c[k]));
        return Result::Error;
    }
    ++k;
    const auto len = decimal(c[k]);
    if (!len || *len < 0 || *len > 8) {
        error = tr("LEN must be 0 to 8, got '%1'").arg(QString::fromLatin1(c[k]));
        return Result::Error;
    }
    ++k;
    if (n - k < *len) {
        error = tr("LEN %1 but %2 data columns").arg(*len).arg(n - k);
        return Result::Error;
    }
    e.data.resize(*len);
    for (int b = 0; b < *len; ++b) {
        const auto v = hexNumber(c[k + b], 2);
        if (!v) {
            error = tr("bad data byte '%1'").arg(QString::fromLatin1(c[k + b]));
            return Result::Error;
        }
        e.data[b] = char(*v);
    }
    e.timeUs = *time;
    e.kind = Kind::Can;
    e.canId = *id;
    // SavvyCAN itself marks an id beyond 11 bits extended whatever the column says.
    e.extended = extended || *id > 0x7FF;
    e.remote = false;
    if (m_ascChannels.size() <= *bus) {
        while (m_ascChannels.size() <= *bus)
            m_ascChannels.append("can" + QByteArray::number(m_ascChannels.size()));
    }
    setLink(m_ascChannels[int(*bus)], e);
    return Result::Event;
}

LineParser::Result LineParser::parseAsc(QByteArrayView raw, Event &e, QString &error)
{
    const QByteArrayView line = raw.trimmed();
    if (line.isEmpty() || line.startsWith("//"))
        return Result::Skip;
    QByteArrayView t[16];
    const int count = fields(line, t, 16);
    if (t[0] == "date") {
        // "date Tue Nov 24 09:40:00.000 am 2026" (Vector) or "date Tue Nov 14 22:13:20 2023"
        // (log2asc): the absolute origin of the relative times, read as UTC.
        const QString d = QString::fromLatin1(line.sliced(4)).simplified();
        const QLocale c = QLocale::c();
        for (const QString &pattern : {QStringLiteral("ddd MMM d hh:mm:ss.zzz ap yyyy"), QStringLiteral("ddd MMM d hh:mm:ss yyyy"),
                                       QStringLiteral("ddd MMM d hh:mm:ss.zzz yyyy"), QStringLiteral("ddd MMM d hh:mm:ss ap yyyy")}) {
            QDateTime dt = c.toDateTime(d, pattern);
            if (dt.isValid()) {
                dt.setTimeZone(QTimeZone::utc());
                m_ascStartUs = dt.toMSecsSinceEpoch() * 1000;
                break;
            }
        }
        return Result::Skip;
    }
    if (t[0] == "base") {
        if (count < 2 || (t[1] != "hex" && t[1] != "dec")) {
            error = tr("'base' must be hex or dec");
            return Result::Error;
        }
        m_ascHex = t[1] == "hex";
        return Result::Skip;
    }
    if (t[0] == "internal" || t[0] == "no")
        return Result::Skip;
    if (t[0] == "Begin") {
        m_ascSawBegin = true;
        m_ascInBlock = true;
        return Result::Skip;
    }
    if (t[0] == "End") {
        m_ascInBlock = false;
        return Result::Skip;
    }
    // Vector writes events inside a trigger block; log2asc writes no block at all.
    if (m_ascSawBegin && !m_ascInBlock) {
        error = tr("event outside 'Begin Triggerblock' ... 'End TriggerBlock'");
        return Result::Error;
    }
    bool ok = false;
    const double seconds = t[0].toDouble(&ok);
    if (!ok || !(seconds >= 0) || seconds > double(kAscMaxSeconds)) { // beyond ~31,000 years microseconds overflow
        error = tr("bad time '%1'").arg(QString::fromLatin1(t[0]));
        return Result::Error;
    }
    if (count >= 3 && t[1] == "Start" && t[2] == "of")
        return Result::Skip;
    if (count >= 3 && t[2] == "ErrorFrame") {
        ++m_errorFrames; // counted by the reader of the bus, not a data frame
        return Result::Skip;
    }
    if (count >= 3 && t[2] == "Statistic:")
        return Result::Skip; // CANalyzer's bus statistics
    if (count < 5) {
        error = tr("expected 'time channel id Rx|Tx d|r dlc bytes...'");
        return Result::Error;
    }
    const auto channel = decimal(t[1]);
    if (!channel || *channel < 1 || *channel > 255) {
        error = tr("bad channel '%1'").arg(QString::fromLatin1(t[1]));
        return Result::Error;
    }
    QByteArrayView id = t[2];
    e.extended = id.endsWith('x');
    if (e.extended)
        id.chop(1);
    std::optional<quint32> canId = m_ascHex ? hexNumber(id, 8) : std::nullopt;
    if (!m_ascHex) {
        const auto v = decimal(id);
        if (v && *v >= 0 && *v <= 0x1FFFFFFF)
            canId = quint32(*v);
    }
    if (!canId || (!e.extended && *canId > 0x7FF) || *canId > 0x1FFFFFFF) {
        error = tr("bad CAN ID '%1'").arg(QString::fromLatin1(t[2]));
        return Result::Error;
    }
    if (t[3] != "Rx" && t[3] != "Tx") {
        error = tr("direction must be Rx or Tx");
        return Result::Error;
    }
    if (t[4] != "d" && t[4] != "r") {
        error = tr("frame type must be d or r");
        return Result::Error;
    }
    e.remote = t[4] == "r";
    if (count < 6) {
        error = tr("missing DLC");
        return Result::Error;
    }
    const auto dlc = hexNumber(t[5], 1);
    if (!dlc || *dlc > 8) {
        error = tr("DLC must be 0 to 8");
        return Result::Error;
    }
    if (!e.remote) {
        if (count < 6 + int(*dlc)) {
            error = tr("DLC %1 but %2 data bytes").arg(*dlc).arg(count - 6);
            return Result::Error;
        }
        e.data.resize(*dlc);
        for (quint32 i = 0; i < *dlc; ++i) {
            const auto b = hexNumber(t[6 + i], 2);
            if (!b) {
                error = tr("bad data byte '%1'").arg(QString::fromLatin1(t[6 + i]));
                return Result::Error;
            }
            e.data[i] = char(*b);
        }
    } else {
        e.data.clear();
    }
    e.canId = *canId;
    e.kind = Kind::Can;
    e.timeUs = m_ascStartUs + qint64(seconds * 1e6 + 0.5);
    while (m_ascChannels.size() < *channel)
        m_ascChannels.append("can" + QByteArray::number(m_ascChannels.size()));
    setLink(m_ascChannels[int(*channel - 1)], e);
    return Result::Event;
}

Expected<Event, QString> parseLine(QByteArrayView line)
{
    LineParser parser(LogFormat::CandumpLog);
    Event e;
    QString error;
    switch (parser.parse(line, e, error)) {
    case LineParser::Result::Event:
        return e;
    case LineParser::Result::Skip:
    case LineParser::Result::NotAFrame:
        return tr("not an event (a comment or an empty line)");
    case LineParser::Result::Error:
        break;
    }
    return error;
}

// --- Detection ----------------------------------------------------------------------------------

namespace {

int parsedLines(LogFormat format, TimeBase time, const QList<QByteArray> &lines, int limit, int *tried)
{
    LineParser parser(format, time);
    Event e;
    QString error;
    int good = 0;
    int n = 0;
    for (const QByteArray &l : lines) {
        if (n >= limit)
            break;
        const auto r = parser.parse(l, e, error);
        if (r == LineParser::Result::Skip || r == LineParser::Result::NotAFrame)
            continue;
        ++n;
        if (r == LineParser::Result::Event)
            ++good;
        else if (format == LogFormat::SavvyCsv && n == 1)
            break; // no header: not this format
    }
    if (tried)
        *tried = n;
    return good;
}

TimeBase screenTime(const QList<QByteArray> &lines)
{
    for (const QByteArray &raw : lines) {
        const QByteArrayView l = QByteArrayView(raw).trimmed();
        if (l.isEmpty() || l.startsWith('#'))
            continue;
        if (!l.startsWith('('))
            return TimeBase::None;
        const qsizetype close = l.indexOf(')');
        if (close < 0)
            return TimeBase::Absolute;
        const QByteArrayView inner = l.sliced(1, close - 1);
        if (inner.contains('-'))
            return TimeBase::Date;
        const qsizetype dot = inner.indexOf('.');
        // -t a prints seconds since 1970 as 10 digits; -t d and -t z at least 3.
        if ((dot < 0 ? inner.size() : dot) >= 10)
            return TimeBase::Absolute;
        // Delta or zero: zero-based stamps never decrease, deltas of a bursty bus do.
        qint64 last = -1;
        for (const QByteArray &r2 : lines) {
            const QByteArrayView l2 = QByteArrayView(r2).trimmed();
            if (!l2.startsWith('('))
                continue;
            const qsizetype c2 = l2.indexOf(')');
            const auto v = c2 > 0 ? secondsText(l2.sliced(1, c2 - 1)) : std::nullopt;
            if (!v)
                continue;
            if (*v < last)
                return TimeBase::Delta;
            last = *v;
        }
        return TimeBase::Zero;
    }
    return TimeBase::Absolute;
}

} // namespace

Detection detect(const QList<QByteArray> &firstLines)
{
    // The format that reads most of the first 20 data lines (a pasted shell prompt or a stray
    // line does not decide it), at least one of them.
    constexpr int kLimit = 20;
    Detection best;
    int bestGood = 0;
    const TimeBase screen = screenTime(firstLines);
    const struct
    {
        LogFormat format;
        TimeBase time;
    } candidates[] = {{LogFormat::CandumpLog, TimeBase::Absolute},
                      {LogFormat::VectorAsc, TimeBase::Absolute},
                      {LogFormat::SavvyCsv, TimeBase::Absolute},
                      {LogFormat::CandumpScreen, screen}};
    for (const auto &c : candidates) {
        int tried = 0;
        const int good = parsedLines(c.format, c.time, firstLines, kLimit, &tried);
        if (good > bestGood) {
            bestGood = good;
            best = Detection{c.format, c.time};
        }
    }
    return best;
}

// --- Whole texts --------------------------------------------------------------------------------

namespace {

Expected<QList<Event>, ParseError> parseText(QByteArrayView text, LineParser &parser, bool monotonic)
{
    QList<Event> out;
    int lineNo = 0;
    qint64 last = 0;
    qsizetype pos = 0;
    Event e;
    QString error;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        switch (parser.parse(line, e, error)) {
        case LineParser::Result::Skip:
            continue;
        case LineParser::Result::NotAFrame:
            continue; // a pasted prompt in screen output (LogReader counts them)
        case LineParser::Result::Error:
            return ParseError{lineNo, error};
        case LineParser::Result::Event:
            break;
        }
        if (monotonic && e.timeUs < last)
            return ParseError{lineNo, QCoreApplication::translate("SessionFormat", "time goes backwards")};
        last = e.timeUs;
        out.append(e);
        e.data = QByteArray(); // the list keeps its own
    }
    const QString ending = parser.finish();
    if (!ending.isEmpty())
        return ParseError{lineNo, ending};
    return out;
}

} // namespace

Expected<QList<Event>, ParseError> parseLog(QByteArrayView text)
{
    LineParser parser(LogFormat::CandumpLog);
    return parseText(text, parser, true);
}

Expected<QList<Event>, ParseError> parseAsc(QByteArrayView text)
{
    LineParser parser(LogFormat::VectorAsc);
    return parseText(text, parser, false);
}

Expected<QList<Event>, ParseError> parseAny(QByteArrayView text)
{
    QList<QByteArray> first;
    qsizetype pos = 0;
    while (pos < text.size() && first.size() < 200) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        first.append(text.sliced(pos, end - pos).toByteArray());
        pos = end + 1;
    }
    const Detection d = detect(first);
    if (d.format == LogFormat::Unknown)
        return ParseError{1, QCoreApplication::translate("SessionFormat", "not a CAN log or recording BankScope reads")};
    LineParser parser(d.format, d.time);
    return parseText(text, parser, d.format == LogFormat::CandumpLog);
}

// --- ASC writing --------------------------------------------------------------------------------

void AscWriter::header(qint64 startUs, QByteArray &out)
{
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(startUs / 1000, QTimeZone::utc());
    const QByteArray dateText = QLocale::c().toString(date, QStringLiteral("ddd MMM dd hh:mm:ss.zzz ap yyyy")).toLatin1();
    out += "date " + dateText + "\nbase hex  timestamps absolute\ninternal events logged\n// version 9.0.0\n";
    out += "Begin Triggerblock " + dateText + "\n   0.000000 Start of measurement\n";
}

int AscWriter::channel(const QString &link)
{
    if (link == m_lastLink && m_lastChannel)
        return m_lastChannel;
    qsizetype i = m_channels.indexOf(link);
    if (i < 0) {
        m_channels.append(link);
        i = m_channels.size() - 1;
    }
    m_lastLink = link;
    m_lastChannel = int(i + 1);
    return m_lastChannel;
}

bool AscWriter::append(const Event &e, QByteArray &out, QString &error)
{
    if (e.kind != Kind::Can) {
        error = QCoreApplication::translate("SessionFormat", "serial traffic (%1) cannot be written as Vector ASC").arg(e.link);
        return false;
    }
    if (!m_started) {
        m_started = true;
        m_startUs = e.timeUs;
        header(m_startUs, out);
    }
    // "   0.012345 1  355             Rx   d 4 58 00 5E 00": time right-aligned in 11 columns.
    const qint64 rel = std::max<qint64>(0, e.timeUs - m_startUs);
    // What the ASC reader takes back (found by fuzz_logreader: a candump time 1.7e12 s after the
    // first frame was written and could not be read again).
    if (rel > kAscMaxSeconds * 1'000'000) {
        error = QCoreApplication::translate("SessionFormat", "a frame %1 s after the first one is beyond what Vector ASC holds")
                    .arg(rel / 1'000'000);
        return false;
    }
    char line[96];
    char *p = line;
    char time[32];
    char *tp = std::to_chars(time, time + 20, rel / 1'000'000).ptr;
    *tp++ = '.';
    qint64 frac = rel % 1'000'000;
    for (int i = 5; i >= 0; --i) {
        tp[i] = char('0' + frac % 10);
        frac /= 10;
    }
    tp += 6;
    const qsizetype timeLen = tp - time;
    for (qsizetype i = timeLen; i < 11; ++i)
        *p++ = ' ';
    std::memcpy(p, time, size_t(timeLen));
    p += timeLen;
    *p++ = ' ';
    p = std::to_chars(p, p + 4, channel(e.link)).ptr;
    *p++ = ' ';
    *p++ = ' ';
    static const char hex[] = "0123456789ABCDEF";
    char *idStart = p;
    bool leading = true;
    for (int i = 7; i >= 0; --i) {
        const int nib = int((e.canId >> (4 * i)) & 0xF);
        if (leading && nib == 0 && i > 0)
            continue;
        leading = false;
        *p++ = hex[nib];
    }
    if (e.extended)
        *p++ = 'x';
    while (p - idStart < 15)
        *p++ = ' ';
    std::memcpy(p, " Rx   ", 6);
    p += 6;
    *p++ = e.remote ? 'r' : 'd';
    *p++ = ' ';
    const int dlc = int(std::min<qsizetype>(e.data.size(), 8));
    *p++ = char('0' + dlc);
    if (!e.remote) {
        for (int i = 0; i < dlc; ++i) {
            const quint8 b = quint8(e.data[i]);
            *p++ = ' ';
            *p++ = hex[b >> 4];
            *p++ = hex[b & 0xF];
        }
    }
    *p++ = '\n';
    out.append(line, p - line);
    ++m_frames;
    return true;
}

void AscWriter::finish(QByteArray &out)
{
    if (!m_started) {
        m_started = true;
        header(0, out);
    }
    out += "End TriggerBlock\n";
}

Expected<QByteArray, QString> toAsc(const QList<Event> &events)
{
    AscWriter writer;
    QByteArray out;
    QString error;
    for (const Event &e : events) {
        if (!writer.append(e, out, error))
            return error;
    }
    writer.finish(out);
    return out;
}

} // namespace SessionFormat
