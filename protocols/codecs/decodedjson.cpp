#include "decodedmessage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cstring>

#include <cmath>

namespace DecodedJson {

namespace {

double rounded(double v)
{
    const double r = std::round(v * 1000.0) / 1000.0;
    return r == 0.0 ? 0.0 : r;
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue integer(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

void putIf(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), rounded(*v));
}

void putIf(QJsonObject &o, const char *key, const std::optional<bool> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void putIf(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

QJsonValue fromVariant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return rounded(v.toDouble());
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant &item : v.toList())
            a.append(fromVariant(item));
        return a;
    }
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(v.toStringList());
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), fromVariant(it.value()));
        return o;
    }
    default:
        return QJsonValue::fromVariant(v);
    }
}

} // namespace

QJsonObject toJson(const DecodedMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("protocol"), ProtocolNames::name(m.protocol));
    o.insert(QStringLiteral("message"), m.message);
    if (!m.direction.isEmpty())
        o.insert(QStringLiteral("direction"), m.direction);
    if (m.address)
        o.insert(QStringLiteral("address"), *m.address);
    if (m.returnCode)
        o.insert(QStringLiteral("return_code"), *m.returnCode);
    if (!m.packs.isEmpty()) {
        QJsonArray packs;
        for (const DecodedPack &p : m.packs) {
            QJsonObject po;
            po.insert(QStringLiteral("address"), integer(p.address));
            const bool measured = !p.cellsMv.isEmpty() || p.voltageV || p.currentA || p.socPct;
            if (measured) {
                QJsonArray cells;
                for (int c : p.cellsMv)
                    cells.append(c);
                QJsonArray temps;
                for (double t : p.tempsC)
                    temps.append(rounded(t));
                po.insert(QStringLiteral("cells_mV"), cells);
                po.insert(QStringLiteral("temps_C"), temps);
                po.insert(QStringLiteral("current_A"), number(p.currentA));
                po.insert(QStringLiteral("voltage_V"), number(p.voltageV));
                po.insert(QStringLiteral("remaining_Ah"), number(p.remainingAh));
                po.insert(QStringLiteral("full_Ah"), number(p.fullAh));
                po.insert(QStringLiteral("cycles"), integer(p.cycles));
                po.insert(QStringLiteral("soc_pct"), number(p.socPct));
                po.insert(QStringLiteral("soh_pct"), number(p.sohPct));
            }
            if (m.carriesAlarms) {
                po.insert(QStringLiteral("alarms"), QJsonArray::fromStringList(p.alarms));
                po.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings));
            }
            packs.append(po);
        }
        o.insert(QStringLiteral("packs"), packs);
    }
    if (!m.bank.isEmpty()) {
        QJsonObject b;
        putIf(b, "soc_pct", m.bank.socPct);
        putIf(b, "soh_pct", m.bank.sohPct);
        putIf(b, "voltage_V", m.bank.voltageV);
        putIf(b, "current_A", m.bank.currentA);
        putIf(b, "temp_C", m.bank.tempC);
        if (m.bank.modules)
            b.insert(QStringLiteral("modules"), *m.bank.modules);
        putIf(b, "cell_min_mV", m.bank.cellMinMv);
        putIf(b, "cell_max_mV", m.bank.cellMaxMv);
        o.insert(QStringLiteral("bank"), b);
    }
    if (!m.limits.isEmpty()) {
        QJsonObject l;
        putIf(l, "cvl_V", m.limits.cvlV);
        putIf(l, "dvl_V", m.limits.dvlV);
        putIf(l, "ccl_A", m.limits.cclA);
        putIf(l, "dcl_A", m.limits.dclA);
        o.insert(QStringLiteral("limits"), l);
    }
    if (!m.status.isEmpty()) {
        QJsonObject s;
        putIf(s, "charge_enabled", m.status.chargeEnabled);
        putIf(s, "discharge_enabled", m.status.dischargeEnabled);
        putIf(s, "force_charge", m.status.forceCharge);
        o.insert(QStringLiteral("status"), s);
    }
    if (m.carriesAlarms || !m.alarms.isEmpty())
        o.insert(QStringLiteral("alarms"), QJsonArray::fromStringList(m.alarms));
    if (m.carriesAlarms || !m.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings));
    if (!m.info.isEmpty()) {
        QJsonObject i;
        putIf(i, "model", m.info.model);
        putIf(i, "firmware", m.info.firmware);
        putIf(i, "manufacturer", m.info.manufacturer);
        putIf(i, "serial", m.info.serial);
        o.insert(QStringLiteral("info"), i);
    }
    if (m.unverified)
        o.insert(QStringLiteral("unverified"), true);
    if (m.undocumented)
        o.insert(QStringLiteral("undocumented"), true);
    if (m.foreign)
        o.insert(QStringLiteral("foreign"), true);
    QJsonObject fields;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it)
        fields.insert(it.key(), fromVariant(it.value()));
    o.insert(QStringLiteral("fields"), fields);
    return o;
}

QJsonObject error(ProtocolId protocol, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("protocol"), ProtocolNames::name(protocol));
    o.insert(QStringLiteral("error"), message);
    return o;
}

// --- Direct writer ----------------------------------------------------------------------------
// Writes what QJsonDocument(toJson(m)).toJson(Compact) writes, key for key in the same (sorted)
// order, without building the document: replay and decode print a million of these a second.

namespace {

class Writer
{
public:
    // Writes at the end of `out`, in place: the buffer grows in steps and is cut to the text
    // written when the writer goes (no append call per character).
    explicit Writer(QByteArray &out)
        : m_out(out)
        , m_pos(out.size())
    {
        grow(1024);
    }
    ~Writer() { m_out.resize(m_pos); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void begin() { put('{'); m_first = true; }
    void end() { put('}'); m_first = false; }
    void beginArray() { put('['); m_first = true; }
    void endArray() { put(']'); m_first = false; }

    // Starts a member: the comma before it when needed, then "key": (keys are literals: their
    // length is known at compile time).
    template <size_t N>
    void key(const char (&k)[N])
    {
        separator();
        constexpr qsizetype n = qsizetype(N - 1);
        char *d = room(n + 3);
        d[0] = '"';
        std::memcpy(d + 1, k, size_t(n));
        d[n + 1] = '"';
        d[n + 2] = ':';
        m_pos += n + 3;
        m_first = true; // the value follows without a comma
    }
    void key(QStringView k)
    {
        separator();
        string(k);
        put(':');
        m_first = true;
    }
    // Before an array element.
    void element() { separator(); m_first = true; }

    void value(bool b) { b ? put("true", 4) : put("false", 5); m_first = false; }
    void null() { put("null", 4); m_first = false; }
    void integer(qint64 v)
    {
        char *d = room(24);
        m_pos += std::to_chars(d, d + 24, v).ptr - d;
        m_first = false;
    }
    void number(double v)
    {
        if (!std::isfinite(v)) {
            null(); // QJsonDocument writes a non-finite number as null
            return;
        }
        char *d = room(32);
        m_pos += std::to_chars(d, d + 32, v).ptr - d;
        m_first = false;
    }
    void string(QStringView s)
    {
        // Worst case 6 bytes per character (\uXXXX) plus the quotes.
        char *d = room(6 * s.size() + 2);
        char *p = d;
        *p++ = '"';
        const char16_t *c = s.utf16();
        const char16_t *e = c + s.size();
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            // Four characters at a time while they are plain ASCII needing no escape (names,
            // hex, numbers: nearly everything this writer sees).
            while (e - c >= 4) {
                quint64 v;
                std::memcpy(&v, c, 8);
                constexpr quint64 ones = 0x0001000100010001ull;
                constexpr quint64 highs = 0x8000800080008000ull;
                if (v & 0xFF80FF80FF80FF80ull)
                    break; // beyond ASCII
                const quint64 quote = v ^ (ones * u'"');
                const quint64 slash = v ^ (ones * u'\\');
                const quint64 special = ((v - ones * 0x20) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash)) & highs;
                if (special)
                    break; // a control character, '"' or '\\' (or a false alarm): one by one
                p[0] = char(v);
                p[1] = char(v >> 16);
                p[2] = char(v >> 32);
                p[3] = char(v >> 48);
                p += 4;
                c += 4;
            }
        }
        for (; c < e; ++c) {
            const char16_t u = *c;
            if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            if (u >= 0x80)
                break; // the rest goes the slow way
            p = escape(p, u);
        }
        m_pos += p - d;
        if (c < e)
            appendUtf8Escaped(QStringView(c, e - c));
        put('"');
        m_first = false;
    }
    void raw(QByteArrayView text) { put(text.data(), text.size()); m_first = false; }
    qsizetype position() const { return m_pos; }
    // What follows is a further member of an object already begun (a comma goes first).
    void continueObject() { m_first = false; }

private:
    void grow(qsizetype n)
    {
        if (m_pos + n <= m_out.size())
            return;
        m_out.resize(std::max(m_pos + n + 1024, m_out.size() * 2));
        m_data = m_out.data();
    }
    char *room(qsizetype n)
    {
        if (m_pos + n > m_out.size())
            grow(n);
        return m_data + m_pos;
    }
    void put(char c)
    {
        *room(1) = c;
        ++m_pos;
    }
    void put(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_pos += n;
    }
    void separator()
    {
        if (!m_first)
            put(',');
    }
    static char *escape(char *p, char16_t c)
    {
        *p++ = '\\';
        switch (c) {
        case u'"': *p++ = '"'; return p;
        case u'\\': *p++ = '\\'; return p;
        case u'\b': *p++ = 'b'; return p;
        case u'\f': *p++ = 'f'; return p;
        case u'\n': *p++ = 'n'; return p;
        case u'\r': *p++ = 'r'; return p;
        case u'\t': *p++ = 't'; return p;
        default: {
            static const char hex[] = "0123456789abcdef";
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[(c >> 4) & 0xF];
            *p++ = hex[c & 0xF];
            return p;
        }
        }
    }
    void appendUtf8Escaped(QStringView rest)
    {
        // Runs of ordinary characters go through toUtf8() whole (surrogate pairs stay pairs).
        qsizetype run = 0;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const char16_t c = rest[i].unicode();
            if (c < 0x20 || c == u'"' || c == u'\\') {
                raw(rest.sliced(run, i - run).toUtf8());
                char *d = room(6);
                m_pos += escape(d, c) - d;
                run = i + 1;
            }
        }
        raw(rest.sliced(run).toUtf8());
    }

    QByteArray &m_out;
    char *m_data = nullptr;
    qsizetype m_pos;
    bool m_first = true;
};

void writeVariant(Writer &w, const QVariant &v);

void writeMap(Writer &w, const QVariantMap &map)
{
    w.begin();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        w.key(it.key());
        writeVariant(w, it.value());
    }
    w.end();
}

void writeVariant(Writer &w, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        w.number(rounded(v.toDouble()));
        return;
    case QMetaType::Bool:
        w.value(v.toBool());
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::SChar:
    case QMetaType::Char:
    case QMetaType::LongLong:
        w.integer(v.toLongLong());
        return;
    case QMetaType::QString:
        w.string(QStringView(*static_cast<const QString *>(v.constData())));
        return;
    case QMetaType::QVariantMap:
        writeMap(w, *static_cast<const QVariantMap *>(v.constData()));
        return;
    case QMetaType::QVariantList:
        w.beginArray();
        for (const QVariant &item : *static_cast<const QVariantList *>(v.constData())) {
            w.element();
            writeVariant(w, item);
        }
        w.endArray();
        return;
    case QMetaType::QStringList:
        w.beginArray();
        for (const QString &item : *static_cast<const QStringList *>(v.constData())) {
            w.element();
            w.string(QStringView(item));
        }
        w.endArray();
        return;
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        w.null();
        return;
    default: {
        // Anything else: as QJsonValue::fromVariant has it (slow path, no hot type lands here).
        const QByteArray text = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
        w.raw(QByteArrayView(text).sliced(1, text.size() - 2));
        return;
    }
    }
}

template <size_t N>
void optionalNumber(Writer &w, const char (&key)[N], const std::optional<double> &v)
{
    w.key(key);
    if (v)
        w.number(rounded(*v));
    else
        w.null();
}

template <size_t N>
void putIfNumber(Writer &w, const char (&key)[N], const std::optional<double> &v)
{
    if (v) {
        w.key(key);
        w.number(rounded(*v));
    }
}

template <size_t N>
void putIfBool(Writer &w, const char (&key)[N], const std::optional<bool> &v)
{
    if (v) {
        w.key(key);
        w.value(*v);
    }
}

template <size_t N>
void putIfString(Writer &w, const char (&key)[N], const QString &v)
{
    if (!v.isEmpty()) {
        w.key(key);
        w.string(QStringView(v));
    }
}

void stringList(Writer &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list) {
        w.element();
        w.string(QStringView(s));
    }
    w.endArray();
}

void writePack(Writer &w, const DecodedPack &p, bool carriesAlarms)
{
    const bool measured = !p.cellsMv.isEmpty() || p.voltageV || p.currentA || p.socPct;
    w.begin();
    w.key("address");
    if (p.address)
        w.integer(*p.address);
    else
        w.null();
    if (carriesAlarms) {
        w.key("alarms");
        stringList(w, p.alarms);
    }
    if (measured) {
        w.key("cells_mV");
        w.beginArray();
        for (int c : p.cellsMv) {
            w.element();
            w.integer(c);
        }
        w.endArray();
        optionalNumber(w, "current_A", p.currentA);
        w.key("cycles");
        if (p.cycles)
            w.integer(*p.cycles);
        else
            w.null();
        optionalNumber(w, "full_Ah", p.fullAh);
        optionalNumber(w, "remaining_Ah", p.remainingAh);
        optionalNumber(w, "soc_pct", p.socPct);
        optionalNumber(w, "soh_pct", p.sohPct);
        w.key("temps_C");
        w.beginArray();
        for (double t : p.tempsC) {
            w.element();
            w.number(rounded(t));
        }
        w.endArray();
        optionalNumber(w, "voltage_V", p.voltageV);
    }
    if (carriesAlarms) {
        w.key("warnings");
        stringList(w, p.warnings);
    }
    w.end();
}

void writeLine(Writer &w, const Extra &extra)
{
    if (extra.line > 0) {
        w.key("line");
        w.integer(extra.line);
    }
    if (!extra.link.isEmpty()) {
        w.key("link");
        w.string(extra.link);
    }
}

void writeTime(Writer &w, const Extra &extra)
{
    if (extra.timeUs >= 0) {
        w.key("time");
        w.number(double(extra.timeUs) / 1e6);
    }
}

// The message as one object; `marks` (when given) receive the positions where `line`/`link` and
// `time` go, so a cached text can take them later.
void writeMessage(Writer &w, const DecodedMessage &m, const Extra &extra, qsizetype *marks)
{
    w.begin();
    if (m.address) {
        w.key("address");
        w.integer(*m.address);
    }
    if (m.carriesAlarms || !m.alarms.isEmpty()) {
        w.key("alarms");
        stringList(w, m.alarms);
    }
    if (!m.bank.isEmpty()) {
        w.key("bank");
        w.begin();
        putIfNumber(w, "cell_max_mV", m.bank.cellMaxMv);
        putIfNumber(w, "cell_min_mV", m.bank.cellMinMv);
        putIfNumber(w, "current_A", m.bank.currentA);
        if (m.bank.modules) {
            w.key("modules");
            w.integer(*m.bank.modules);
        }
        putIfNumber(w, "soc_pct", m.bank.socPct);
        putIfNumber(w, "soh_pct", m.bank.sohPct);
        putIfNumber(w, "temp_C", m.bank.tempC);
        putIfNumber(w, "voltage_V", m.bank.voltageV);
        w.end();
    }
    if (!m.direction.isEmpty()) {
        w.key("direction");
        w.string(QStringView(m.direction));
    }
    w.key("fields");
    writeMap(w, m.fields);
    if (m.foreign) {
        w.key("foreign");
        w.value(true);
    }
    if (!m.info.isEmpty()) {
        w.key("info");
        w.begin();
        putIfString(w, "firmware", m.info.firmware);
        putIfString(w, "manufacturer", m.info.manufacturer);
        putIfString(w, "model", m.info.model);
        putIfString(w, "serial", m.info.serial);
        w.end();
    }
    if (!m.limits.isEmpty()) {
        w.key("limits");
        w.begin();
        putIfNumber(w, "ccl_A", m.limits.cclA);
        putIfNumber(w, "cvl_V", m.limits.cvlV);
        putIfNumber(w, "dcl_A", m.limits.dclA);
        putIfNumber(w, "dvl_V", m.limits.dvlV);
        w.end();
    }
    if (marks)
        marks[0] = w.position();
    writeLine(w, extra);
    w.key("message");
    w.string(QStringView(m.message));
    w.key("ok");
    w.value(true);
    if (!m.packs.isEmpty()) {
        w.key("packs");
        w.beginArray();
        for (const DecodedPack &p : m.packs) {
            w.element();
            writePack(w, p, m.carriesAlarms);
        }
        w.endArray();
    }
    w.key("protocol");
    w.string(QStringView(ProtocolNames::name(m.protocol)));
    if (m.returnCode) {
        w.key("return_code");
        w.integer(*m.returnCode);
    }
    if (!m.status.isEmpty()) {
        w.key("status");
        w.begin();
        putIfBool(w, "charge_enabled", m.status.chargeEnabled);
        putIfBool(w, "discharge_enabled", m.status.dischargeEnabled);
        putIfBool(w, "force_charge", m.status.forceCharge);
        w.end();
    }
    if (marks)
        marks[1] = w.position();
    writeTime(w, extra);
    if (m.undocumented) {
        w.key("undocumented");
        w.value(true);
    }
    if (m.unverified) {
        w.key("unverified");
        w.value(true);
    }
    if (m.carriesAlarms || !m.warnings.isEmpty()) {
        w.key("warnings");
        stringList(w, m.warnings);
    }
    w.end();
}

} // namespace

void write(QByteArray &out, const DecodedMessage &m, const Extra &extra)
{
    Writer w(out);
    writeMessage(w, m, extra, nullptr);
}

struct RenderCache::Entry
{
    quint64 key = 0;
    QByteArray text; // the message without extras
    qsizetype lineAt = 0;
    qsizetype timeAt = 0;
};

RenderCache::RenderCache()
    : m_entries(new Entry[64])
{
}

RenderCache::~RenderCache()
{
    delete[] m_entries;
}

void write(QByteArray &out, const DecodedMessage &m, const Extra &extra, RenderCache *cache)
{
    if (!cache || !m.renderKey) {
        write(out, m, extra);
        return;
    }
    RenderCache::Entry &e = cache->m_entries[(m.renderKey * 0x9E3779B97F4A7C15ull) >> 58];
    if (e.key != m.renderKey) {
        e.text.resize(0);
        qsizetype marks[2] = {0, 0};
        {
            Writer w(e.text);
            writeMessage(w, m, Extra{}, marks);
        }
        e.lineAt = marks[0];
        e.timeAt = marks[1];
        e.key = m.renderKey;
    }
    // The text up to "line", the extras that go there, on to "time", its extra, and the rest.
    out.append(e.text.constData(), e.lineAt);
    if (extra.line > 0 || !extra.link.isEmpty()) {
        Writer w(out);
        w.continueObject();
        writeLine(w, extra);
    }
    out.append(e.text.constData() + e.lineAt, e.timeAt - e.lineAt);
    if (extra.timeUs >= 0) {
        Writer w(out);
        w.continueObject();
        writeTime(w, extra);
    }
    out.append(e.text.constData() + e.timeAt, e.text.size() - e.timeAt);
}

void writeError(QByteArray &out, ProtocolId protocol, QStringView error, const Extra &extra, bool fragment)
{
    Writer w(out);
    w.begin();
    w.key("error");
    w.string(error);
    if (fragment) {
        w.key("fragment");
        w.value(true);
    }
    writeLine(w, extra);
    w.key("ok");
    w.value(false);
    w.key("protocol");
    w.string(QStringView(ProtocolNames::name(protocol)));
    writeTime(w, extra);
    w.end();
}

} // namespace DecodedJson
