#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <cmath>

namespace {

// One row per confidence: wire name and translated label.
struct ConfidenceRow
{
    Confidence value;
    const char *name;
    const char *label;
};

constexpr std::array<ConfidenceRow, 3> kConfidences{{
    {Confidence::Documented, "documented", QT_TRANSLATE_NOOP("Confidence", "documented")},
    {Confidence::Observed, "observed", QT_TRANSLATE_NOOP("Confidence", "observed or second-hand")},
    {Confidence::Uncertain, "uncertain", QT_TRANSLATE_NOOP("Confidence", "uncertain")},
}};

// Every mark the fact sheets use, and the confidence it stands for.
struct MarkRow
{
    const char *mark;
    Confidence confidence;
};

constexpr std::array<MarkRow, 11> kMarks{{
    {"doc", Confidence::Documented},
    {"doc-t", Confidence::Documented},
    {"spec", Confidence::Documented},
    {"P", Confidence::Documented},
    {"S", Confidence::Documented},
    {"obs", Confidence::Observed},
    {"impl", Confidence::Observed},
    {"V", Confidence::Observed},
    {"2nd", Confidence::Observed},
    {"?", Confidence::Uncertain},
    {"conflict", Confidence::Uncertain},
}};

struct UnknownRow
{
    Unknown value;
    const char *name;
    const char *label;
};

constexpr std::array<UnknownRow, 4> kUnknowns{{
    {Unknown::Known, "", ""},
    {Unknown::NoMakerFigure, "no-maker-figure", QT_TRANSLATE_NOOP("Unknown", "no maker figure")},
    {Unknown::NotFound, "not-found", QT_TRANSLATE_NOOP("Unknown", "unknown \u2014 see its manual")},
    {Unknown::NotInCatalogue, "not-in-catalogue", QT_TRANSLATE_NOOP("Unknown", "unknown \u2014 see its manual")},
}};

struct MasterKindRow
{
    MasterKind value;
    const char *name;
};

constexpr std::array<MasterKindRow, 6> kMasterKinds{{
    {MasterKind::LinkChain, "link-chain"},
    {MasterKind::DipCode, "dip-code"},
    {MasterKind::AppSetting, "app-setting"},
    {MasterKind::SeparateBmu, "separate-bmu"},
    {MasterKind::Election, "election"},
    {MasterKind::None, "none"},
}};

struct AddressSchemeRow
{
    AddressScheme value;
    const char *name;
};

constexpr std::array<AddressSchemeRow, 5> kAddressSchemes{{
    {AddressScheme::PylontechGroup, "pylontech-group"},
    {AddressScheme::JkDip, "jk-dip"},
    {AddressScheme::AppSetting, "app-setting"},
    {AddressScheme::Bmu, "bmu"},
    {AddressScheme::None, "none"},
}};

constexpr std::array<const char *, 6> kProtocols{{"pylontech-rs485", "pylon-can", "jk-modbus", "jk-pb", "jk-legacy", "growatt-can"}};

// What a fact's value must look like.
enum class ValueKind {
    Any,
    Number,
    NumberList,
    Text,
    TextList,
    MultiBms,     // "no", "yes", "firmware-dependent"
    FirmwareRule, // "required", "advised"
    FrameSpec,    // {"ids", "alternatives", "cycle_s", "timeout_s"}
    KeepAlive,    // "none" or {"id", "mode", "cycle_s", "also"}
    Polls         // {"address", "commands"}
};

std::optional<quint32> canId(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (!s.startsWith(QLatin1String("0x")))
        return std::nullopt;
    bool ok = false;
    const uint id = s.mid(2).toUInt(&ok, 16);
    if (!ok || id > 0x7FF)
        return std::nullopt;
    return quint32(id);
}

// Reads one entry; the first problem wins and the entry is dropped by the caller.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    explicit EntryReader(const QSet<QString> &sourceIds) : m_sourceIds(sourceIds) {}

    std::optional<QString> error;

    bool fail(const QString &field, const QString &message)
    {
        if (!error)
            error = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
        return false;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    bool keys(const QJsonObject &o, const QString &path, const QStringList &required, const QStringList &optional)
    {
        for (const QString &k : required) {
            if (!o.contains(k))
                return fail(join(path, k), tr("required field is missing"));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!required.contains(it.key()) && !optional.contains(it.key()))
                return fail(join(path, it.key()), tr("unknown field"));
        }
        return true;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool allowEmpty = false)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || (!allowEmpty && v.toString().trimmed().isEmpty())) {
            fail(join(path, key), tr("expected a non-empty text"));
            return {};
        }
        return v.toString();
    }

    QStringList stringList(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (!v.isArray()) {
            fail(join(path, key), tr("expected a list of texts"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().isEmpty()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i), tr("expected a non-empty text"));
                return out;
            }
            out.append(a[i].toString());
        }
        return out;
    }

    bool checkValue(const QJsonValue &v, ValueKind kind, const QString &field)
    {
        auto isNumberList = [](const QJsonValue &x) {
            if (!x.isArray() || x.toArray().isEmpty())
                return false;
            for (const QJsonValue &i : x.toArray())
                if (!i.isDouble() || !std::isfinite(i.toDouble()))
                    return false;
            return true;
        };
        auto isTextList = [](const QJsonValue &x) {
            if (!x.isArray() || x.toArray().isEmpty())
                return false;
            for (const QJsonValue &i : x.toArray())
                if (!i.isString() || i.toString().trimmed().isEmpty())
                    return false;
            return true;
        };
        auto isIdList = [](const QJsonValue &x) {
            if (!x.isArray())
                return false;
            for (const QJsonValue &i : x.toArray())
                if (!canId(i))
                    return false;
            return true;
        };
        auto optionalPositive = [](const QJsonValue &x) {
            return x.isUndefined() || x.isNull() || (x.isDouble() && x.toDouble() > 0.0 && std::isfinite(x.toDouble()));
        };
        switch (kind) {
        case ValueKind::Any:
            return true;
        case ValueKind::Number:
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0)
                return fail(field, tr("expected a number"));
            return true;
        case ValueKind::NumberList:
            if (!isNumberList(v))
                return fail(field, tr("expected a list of numbers"));
            return true;
        case ValueKind::Text:
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return fail(field, tr("expected a non-empty text"));
            return true;
        case ValueKind::TextList:
            if (!isTextList(v))
                return fail(field, tr("expected a list of texts"));
            return true;
        case ValueKind::MultiBms:
            if (!(v == QJsonValue(QStringLiteral("no")) || v == QJsonValue(QStringLiteral("yes"))
                  || v == QJsonValue(QStringLiteral("firmware-dependent"))))
                return fail(field, tr("expected \"no\", \"yes\" or \"firmware-dependent\""));
            return true;
        case ValueKind::FirmwareRule:
            if (!(v == QJsonValue(QStringLiteral("required")) || v == QJsonValue(QStringLiteral("advised"))))
                return fail(field, tr("expected \"required\" or \"advised\""));
            return true;
        case ValueKind::FrameSpec: {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || !keys(o, field, {QStringLiteral("ids"), QStringLiteral("alternatives"), QStringLiteral("cycle_s"), QStringLiteral("timeout_s")}, {}))
                return error ? false : fail(field, tr("expected a frame requirement object"));
            if (!isIdList(o.value(QStringLiteral("ids"))) || o.value(QStringLiteral("ids")).toArray().isEmpty())
                return fail(join(field, QStringLiteral("ids")), tr("expected a list of CAN ids written \"0x351\""));
            if (!isIdList(o.value(QStringLiteral("alternatives"))))
                return fail(join(field, QStringLiteral("alternatives")), tr("expected a list of CAN ids written \"0x351\""));
            if (!optionalPositive(o.value(QStringLiteral("cycle_s"))))
                return fail(join(field, QStringLiteral("cycle_s")), tr("expected a positive number or null"));
            if (!optionalPositive(o.value(QStringLiteral("timeout_s"))))
                return fail(join(field, QStringLiteral("timeout_s")), tr("expected a positive number or null"));
            return true;
        }
        case ValueKind::KeepAlive: {
            if (v == QJsonValue(QStringLiteral("none")))
                return true;
            const QJsonObject o = v.toObject();
            if (!v.isObject() || !keys(o, field, {QStringLiteral("id"), QStringLiteral("mode")}, {QStringLiteral("cycle_s"), QStringLiteral("also")}))
                return error ? false : fail(field, tr("expected \"none\" or a keep-alive object"));
            if (!canId(o.value(QStringLiteral("id"))))
                return fail(join(field, QStringLiteral("id")), tr("expected a CAN id written \"0x305\""));
            const QString mode = o.value(QStringLiteral("mode")).toString();
            if (mode != QLatin1String("periodic") && mode != QLatin1String("answers-0x356"))
                return fail(join(field, QStringLiteral("mode")), tr("expected \"periodic\" or \"answers-0x356\""));
            if (!optionalPositive(o.value(QStringLiteral("cycle_s"))))
                return fail(join(field, QStringLiteral("cycle_s")), tr("expected a positive number or null"));
            if (o.contains(QStringLiteral("also")) && !isIdList(o.value(QStringLiteral("also"))))
                return fail(join(field, QStringLiteral("also")), tr("expected a list of CAN ids written \"0x305\""));
            return true;
        }
        case ValueKind::Polls: {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || !keys(o, field, {QStringLiteral("address"), QStringLiteral("commands")}, {}))
                return error ? false : fail(field, tr("expected a polls object"));
            const double a = o.value(QStringLiteral("address")).toDouble(-1);
            if (!o.value(QStringLiteral("address")).isDouble() || a < 1 || a > 254 || a != std::floor(a))
                return fail(join(field, QStringLiteral("address")), tr("expected an address 1 to 254"));
            if (!o.value(QStringLiteral("commands")).isArray())
                return fail(join(field, QStringLiteral("commands")), tr("expected a list of commands"));
            return true;
        }
        }
        return true;
    }

    bool reading(const QJsonObject &o, const QString &path, FactReading &out, bool allowUnknown, Unknown &unknown)
    {
        QStringList optional{QStringLiteral("note")};
        if (allowUnknown)
            optional << QStringLiteral("unknown") << QStringLiteral("other_readings");
        if (!keys(o, path, {QStringLiteral("value"), QStringLiteral("mark"), QStringLiteral("confidence"), QStringLiteral("sources")}, optional))
            return false;
        out.value = o.value(QStringLiteral("value"));
        out.mark = string(o, path, QStringLiteral("mark"));
        if (error)
            return false;
        const std::optional<Confidence> fromMark = ConfidenceNames::fromMark(out.mark);
        if (!fromMark)
            return fail(join(path, QStringLiteral("mark")), tr("unknown mark '%1' (known: %2)").arg(out.mark, ConfidenceNames::marks().join(QStringLiteral(", "))));
        const QString confidence = string(o, path, QStringLiteral("confidence"));
        if (error)
            return false;
        const std::optional<Confidence> stated = ConfidenceNames::fromName(confidence);
        if (!stated)
            return fail(join(path, QStringLiteral("confidence")), tr("expected \"documented\", \"observed\" or \"uncertain\""));
        if (*stated != *fromMark) {
            return fail(join(path, QStringLiteral("confidence")), tr("'%1' does not match the mark [%2], which stands for '%3'")
                                                                  .arg(confidence, out.mark, ConfidenceNames::name(*fromMark)));
        }
        out.confidence = *stated;
        out.sources = stringList(o, path, QStringLiteral("sources"));
        if (error)
            return false;
        if (out.sources.isEmpty())
            return fail(join(path, QStringLiteral("sources")), tr("a fact needs at least one source"));
        for (const QString &s : std::as_const(out.sources)) {
            if (!m_sourceIds.contains(s))
                return fail(join(path, QStringLiteral("sources")), tr("unknown source '%1'").arg(s));
        }
        if (o.contains(QStringLiteral("note"))) {
            out.note = string(o, path, QStringLiteral("note"));
            if (error)
                return false;
        }
        unknown = Unknown::Known;
        if (out.value.isNull()) {
            if (!allowUnknown)
                return fail(join(path, QStringLiteral("value")), tr("another reading needs a value"));
            const QString u = o.value(QStringLiteral("unknown")).toString();
            if (u == QLatin1String("no-maker-figure"))
                unknown = Unknown::NoMakerFigure;
            else if (u == QLatin1String("not-found"))
                unknown = Unknown::NotFound;
            else
                return fail(join(path, QStringLiteral("unknown")), tr("a fact without a value says why: \"no-maker-figure\" or \"not-found\""));
        } else if (o.contains(QStringLiteral("unknown"))) {
            return fail(join(path, QStringLiteral("unknown")), tr("a fact with a value cannot be unknown"));
        }
        return true;
    }

    Fact fact(const QJsonObject &entry, const QString &path, const QString &key, ValueKind kind, bool required = true)
    {
        const QString field = join(path, key);
        if (!entry.contains(key)) {
            if (required)
                fail(field, tr("required field is missing"));
            return Fact();
        }
        return fact(entry.value(key), field, kind);
    }

    // A fact given as a value (an element of a list), its path already known.
    Fact fact(const QJsonValue &v, const QString &field, ValueKind kind)
    {
        Fact f;
        if (!v.isObject()) {
            fail(field, tr("expected a fact object {value, mark, confidence, sources}"));
            return f;
        }
        const QJsonObject o = v.toObject();
        FactReading r;
        Unknown unknown = Unknown::NotFound;
        if (!reading(o, field, r, true, unknown))
            return f;
        if (unknown == Unknown::Known && !checkValue(r.value, kind, join(field, QStringLiteral("value"))))
            return f;
        f.value = r.value;
        f.unknown = unknown;
        f.mark = r.mark;
        f.confidence = r.confidence;
        f.sources = r.sources;
        f.note = r.note;
        if (o.contains(QStringLiteral("other_readings"))) {
            const QJsonValue others = o.value(QStringLiteral("other_readings"));
            if (!others.isArray()) {
                fail(join(field, QStringLiteral("other_readings")), tr("expected a list of readings"));
                return f;
            }
            const QJsonArray a = others.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString p = QStringLiteral("%1.other_readings[%2]").arg(field).arg(i);
                if (!a[i].isObject()) {
                    fail(p, tr("expected a reading object"));
                    return f;
                }
                FactReading other;
                Unknown u = Unknown::Known;
                if (!reading(a[i].toObject(), p, other, false, u))
                    return f;
                f.otherReadings.append(other);
            }
        }
        return f;
    }

private:
    const QSet<QString> &m_sourceIds;
};

QList<QJsonObject> entries(const std::optional<QJsonDocument> &doc, const QString &file, const QString &format,
                           const QString &listKey, QList<Catalogue::Problem> &problems)
{
    QList<QJsonObject> out;
    if (!doc)
        return out; // the parse error is reported already
    const QJsonObject root = doc->object();
    if (!doc->isObject() || root.value(QStringLiteral("format")).toString() != format) {
        problems.append({file, QString(), Catalogue::tr("not a BankScope catalogue file (expected \"format\": \"%1\")").arg(format)});
        return out;
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        problems.append({file, QString(), Catalogue::tr("unsupported version %1 (this BankScope reads version 1)").arg(root.value(QStringLiteral("version")).toVariant().toString())});
        return out;
    }
    const QJsonValue list = root.value(listKey);
    if (!list.isArray()) {
        problems.append({file, QString(), Catalogue::tr("'%1' is missing or not a list").arg(listKey)});
        return out;
    }
    const QJsonArray a = list.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isObject()) {
            problems.append({file, QStringLiteral("%1[%2]").arg(listKey).arg(i), Catalogue::tr("not an object; entry skipped")});
            out.append(QJsonObject());
            continue;
        }
        out.append(a[i].toObject());
    }
    return out;
}

std::optional<QJsonDocument> parse(const QByteArray &bytes, const QString &file, QList<Catalogue::Problem> &problems)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        problems.append({file, QString(), Catalogue::tr("invalid JSON at offset %1: %2").arg(e.offset).arg(e.errorString())});
        return std::nullopt;
    }
    return doc;
}

QString entryName(const QString &listKey, int index, const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? QStringLiteral("%1[%2]").arg(listKey).arg(index) : QStringLiteral("%1[%2] (%3)").arg(listKey).arg(index).arg(id);
}

bool validId(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String("other"))
        return false;
    for (QChar c : id)
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('-')))
            return false;
    return true;
}

QJsonValue expandSources(const QJsonValue &v, const Catalogue &catalogue)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(expandSources(item, catalogue));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    const bool isFact = o.contains(QStringLiteral("mark")) && o.contains(QStringLiteral("sources"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (isFact && it.key() == QLatin1String("sources")) {
            QJsonArray expanded;
            for (const QJsonValue &s : it.value().toArray()) {
                const CatalogueSource *src = catalogue.source(s.toString());
                expanded.append(QJsonObject{{QStringLiteral("id"), s},
                                            {QStringLiteral("title"), src ? src->title : QString()},
                                            {QStringLiteral("where"), src ? src->where : QString()}});
            }
            it.value() = expanded;
        } else {
            it.value() = expandSources(it.value(), catalogue);
        }
    }
    return o;
}

} // namespace

namespace ConfidenceNames {

QList<Confidence> all()
{
    QList<Confidence> out;
    for (const ConfidenceRow &r : kConfidences)
        out.append(r.value);
    return out;
}

QString name(Confidence confidence)
{
    for (const ConfidenceRow &r : kConfidences)
        if (r.value == confidence)
            return QString::fromLatin1(r.name);
    return {};
}

std::optional<Confidence> fromName(const QString &text)
{
    for (const ConfidenceRow &r : kConfidences)
        if (text == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

QString label(Confidence confidence)
{
    for (const ConfidenceRow &r : kConfidences)
        if (r.value == confidence)
            return QCoreApplication::translate("Confidence", r.label);
    return {};
}

std::optional<Confidence> fromMark(const QString &mark)
{
    QString m = mark.trimmed();
    if (m.startsWith(QLatin1Char('[')) && m.endsWith(QLatin1Char(']')))
        m = m.mid(1, m.size() - 2);
    for (const MarkRow &r : kMarks)
        if (m == QLatin1String(r.mark))
            return r.confidence;
    return std::nullopt;
}

QStringList marks()
{
    QStringList out;
    for (const MarkRow &r : kMarks)
        out.append(QString::fromLatin1(r.mark));
    return out;
}

Confidence weakest(Confidence a, Confidence b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace ConfidenceNames

namespace UnknownNames {

QString name(Unknown unknown)
{
    for (const UnknownRow &r : kUnknowns)
        if (r.value == unknown)
            return QString::fromLatin1(r.name);
    return {};
}

QString label(Unknown unknown)
{
    for (const UnknownRow &r : kUnknowns)
        if (r.value == unknown)
            return *r.label ? QCoreApplication::translate("Unknown", r.label) : QString();
    return {};
}

} // namespace UnknownNames

namespace CatalogueNames {

QString masterKind(MasterKind kind)
{
    for (const MasterKindRow &r : kMasterKinds)
        if (r.value == kind)
            return QString::fromLatin1(r.name);
    return {};
}

std::optional<MasterKind> masterKindFromName(const QString &name)
{
    for (const MasterKindRow &r : kMasterKinds)
        if (name == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

QString addressScheme(AddressScheme scheme)
{
    for (const AddressSchemeRow &r : kAddressSchemes)
        if (r.value == scheme)
            return QString::fromLatin1(r.name);
    return {};
}

std::optional<AddressScheme> addressSchemeFromName(const QString &name)
{
    for (const AddressSchemeRow &r : kAddressSchemes)
        if (name == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

QStringList protocols()
{
    QStringList out;
    for (const char *p : kProtocols)
        out.append(QString::fromLatin1(p));
    return out;
}

} // namespace CatalogueNames

std::optional<double> Fact::number() const
{
    if (known() && value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

QStringList Fact::strings() const
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            out.append(v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    return out;
}

QString Fact::text() const
{
    if (!known())
        return UnknownNames::label(unknown);
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isString() || value.isArray())
        return strings().join(QStringLiteral("; "));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

Fact Fact::notInCatalogue()
{
    Fact f;
    f.unknown = Unknown::NotInCatalogue;
    f.confidence = Confidence::Uncertain;
    return f;
}

const PortProtocol *BatteryModel::portProtocol(const QString &inverterId, const QString &bmsProtocol) const
{
    const PortProtocol *any = nullptr;
    for (const PortProtocol &p : portProtocols) {
        if (!bmsProtocol.isEmpty() && p.bmsProtocol != bmsProtocol)
            continue;
        if (p.inverter == inverterId)
            return &p;
        if (p.inverter == QLatin1String("*") && !any)
            any = &p;
    }
    return any;
}

const InverterSetting *InverterModel::setting(const QString &batteryId, const QString &link) const
{
    for (const InverterSetting &s : settings) {
        if (s.batteries.contains(batteryId) && (link.isEmpty() || s.link == link))
            return &s;
    }
    return nullptr;
}

const WireProfile *InverterModel::wireProfile(const QString &protocol) const
{
    for (const WireProfile &w : wire)
        if (w.protocol == protocol)
            return &w;
    return nullptr;
}

QString Catalogue::Problem::toString() const
{
    if (entry.isEmpty())
        return file + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + entry + QStringLiteral(": ") + message;
}

Catalogue Catalogue::builtIn()
{
    auto read = [](const QString &name) {
        QFile f(QStringLiteral(":/catalogue/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    return fromJson(read(QStringLiteral("sources.json")), read(QStringLiteral("batteries.json")),
                    read(QStringLiteral("inverters.json")));
}

Catalogue Catalogue::fromJson(const QByteArray &sourcesJson, const QByteArray &batteriesJson, const QByteArray &invertersJson)
{
    return withSources(sourcesOnly(sourcesJson), batteriesJson, invertersJson);
}

Catalogue Catalogue::sourcesOnly(const QByteArray &sourcesJson)
{
    Catalogue c;
    const QString sourcesFile = QStringLiteral("sources.json");

    // Sources first: every fact names its sources by id.
    QSet<QString> sourceIds;
    const std::optional<QJsonDocument> sourcesDoc = parse(sourcesJson, sourcesFile, c.m_problems);
    const QList<QJsonObject> sourceEntries = entries(sourcesDoc, sourcesFile, QStringLiteral("bankscope-catalogue-sources"),
                                                     QStringLiteral("sources"), c.m_problems);
    for (int i = 0; i < sourceEntries.size(); ++i) {
        const QJsonObject &o = sourceEntries[i];
        if (o.isEmpty())
            continue;
        EntryReader r(sourceIds);
        const QString name = entryName(QStringLiteral("sources"), i, o);
        CatalogueSource s;
        if (r.keys(o, QString(), {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("where")}, {})) {
            s.id = r.string(o, QString(), QStringLiteral("id"));
            s.title = r.string(o, QString(), QStringLiteral("title"));
            s.where = r.string(o, QString(), QStringLiteral("where"));
        }
        if (r.error) {
            c.m_problems.append({sourcesFile, name, *r.error + tr("; entry skipped")});
            continue;
        }
        if (sourceIds.contains(s.id)) {
            c.m_problems.append({sourcesFile, name, tr("duplicate id; entry skipped")});
            continue;
        }
        sourceIds.insert(s.id);
        c.m_sources.append(s);
    }
    return c;
}

Catalogue Catalogue::withSources(const Catalogue &sources, const QByteArray &batteriesJson, const QByteArray &invertersJson)
{
    Catalogue c;
    c.m_sources = sources.m_sources;
    c.m_problems = sources.m_problems;
    const QString batteriesFile = QStringLiteral("batteries.json");
    const QString invertersFile = QStringLiteral("inverters.json");
    QSet<QString> sourceIds;
    for (const CatalogueSource &s : c.m_sources)
        sourceIds.insert(s.id);

    const std::optional<QJsonDocument> batteriesDoc = parse(batteriesJson, batteriesFile, c.m_problems);
    const QList<QJsonObject> batteryEntries = entries(batteriesDoc, batteriesFile, QStringLiteral("bankscope-catalogue-batteries"),
                                                      QStringLiteral("batteries"), c.m_problems);
    QSet<QString> declaredBatteries; // every id the file names, loaded or skipped
    for (const QJsonObject &o : batteryEntries)
        declaredBatteries.insert(o.value(QStringLiteral("id")).toString());
    for (int i = 0; i < batteryEntries.size(); ++i) {
        const QJsonObject &o = batteryEntries[i];
        if (o.isEmpty())
            continue;
        const QString name = entryName(QStringLiteral("batteries"), i, o);
        EntryReader r(sourceIds);
        BatteryModel b;
        r.keys(o, QString(),
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("maker"), QStringLiteral("family"),
                QStringLiteral("master_kind"), QStringLiteral("address_scheme"), QStringLiteral("max_units_scope"),
                QStringLiteral("cells"), QStringLiteral("capacity_Ah"), QStringLiteral("max_units"), QStringLiteral("master"),
                QStringLiteral("switches"), QStringLiteral("address_range"), QStringLiteral("rs485_baud"),
                QStringLiteral("can_bitrate"), QStringLiteral("ports"), QStringLiteral("port_protocols"),
                QStringLiteral("head_rank"), QStringLiteral("voltage_spread_V"), QStringLiteral("soc_spread_pct"),
                QStringLiteral("power_up_order"), QStringLiteral("shutdown_order"), QStringLiteral("after_undervoltage"),
                QStringLiteral("leds"), QStringLiteral("termination"), QStringLiteral("max_cable_m"),
                QStringLiteral("firmware_rule")},
               {QStringLiteral("max_groups")});
        if (!r.error) {
            b.id = r.string(o, QString(), QStringLiteral("id"));
            if (!r.error && !validId(b.id))
                r.fail(QStringLiteral("id"), tr("ids are lower-case letters, digits and '-' (and never \"other\")"));
        }
        if (!r.error) {
            b.name = r.string(o, QString(), QStringLiteral("name"));
            b.maker = r.string(o, QString(), QStringLiteral("maker"));
            b.family = r.string(o, QString(), QStringLiteral("family"));
            b.maxUnitsScope = r.string(o, QString(), QStringLiteral("max_units_scope"));
        }
        if (!r.error) {
            const auto kind = CatalogueNames::masterKindFromName(o.value(QStringLiteral("master_kind")).toString());
            if (!kind)
                r.fail(QStringLiteral("master_kind"), tr("unknown master kind"));
            else
                b.masterKind = *kind;
            const auto scheme = CatalogueNames::addressSchemeFromName(o.value(QStringLiteral("address_scheme")).toString());
            if (!scheme)
                r.fail(QStringLiteral("address_scheme"), tr("unknown address scheme"));
            else
                b.addressScheme = *scheme;
        }
        if (!r.error) {
            b.cells = r.fact(o, QString(), QStringLiteral("cells"), ValueKind::Number);
            b.capacityAh = r.fact(o, QString(), QStringLiteral("capacity_Ah"), ValueKind::Number);
            b.maxUnits = r.fact(o, QString(), QStringLiteral("max_units"), ValueKind::Number);
            b.maxGroups = r.fact(o, QString(), QStringLiteral("max_groups"), ValueKind::Number, false);
            b.master = r.fact(o, QString(), QStringLiteral("master"), ValueKind::Text);
            b.addressRange = r.fact(o, QString(), QStringLiteral("address_range"), ValueKind::Text);
            b.rs485Baud = r.fact(o, QString(), QStringLiteral("rs485_baud"), ValueKind::NumberList);
            b.canBitrate = r.fact(o, QString(), QStringLiteral("can_bitrate"), ValueKind::Number);
            b.headRank = r.fact(o, QString(), QStringLiteral("head_rank"), ValueKind::Number);
            b.voltageSpreadV = r.fact(o, QString(), QStringLiteral("voltage_spread_V"), ValueKind::Number);
            b.socSpreadPct = r.fact(o, QString(), QStringLiteral("soc_spread_pct"), ValueKind::Number);
            b.powerUpOrder = r.fact(o, QString(), QStringLiteral("power_up_order"), ValueKind::TextList);
            b.shutdownOrder = r.fact(o, QString(), QStringLiteral("shutdown_order"), ValueKind::TextList);
            b.afterUndervoltage = r.fact(o, QString(), QStringLiteral("after_undervoltage"), ValueKind::Text);
            b.leds = r.fact(o, QString(), QStringLiteral("leds"), ValueKind::Text);
            b.termination = r.fact(o, QString(), QStringLiteral("termination"), ValueKind::Text);
            b.maxCableM = r.fact(o, QString(), QStringLiteral("max_cable_m"), ValueKind::Number);
            b.firmwareRule = r.fact(o, QString(), QStringLiteral("firmware_rule"), ValueKind::FirmwareRule);
        }
        if (!r.error) {
            const QJsonArray switches = o.value(QStringLiteral("switches")).toArray();
            if (!o.value(QStringLiteral("switches")).isArray())
                r.fail(QStringLiteral("switches"), tr("expected a list"));
            for (int s = 0; s < switches.size() && !r.error; ++s) {
                const QString path = QStringLiteral("switches[%1]").arg(s);
                const QJsonObject so = switches[s].toObject();
                if (!r.keys(so, path, {QStringLiteral("position"), QStringLiteral("meaning")}, {}))
                    break;
                SwitchInfo info{r.string(so, path, QStringLiteral("position")), r.fact(so, path, QStringLiteral("meaning"), ValueKind::Text)};
                b.switches.append(info);
            }
        }
        if (!r.error) {
            const QJsonArray ports = o.value(QStringLiteral("ports")).toArray();
            if (!o.value(QStringLiteral("ports")).isArray() || ports.isEmpty())
                r.fail(QStringLiteral("ports"), tr("expected a non-empty list"));
            for (int p = 0; p < ports.size() && !r.error; ++p) {
                const QString path = QStringLiteral("ports[%1]").arg(p);
                const QJsonObject po = ports[p].toObject();
                if (!r.keys(po, path, {QStringLiteral("name"), QStringLiteral("use"), QStringLiteral("pinout")}, {}))
                    break;
                PortInfo info{r.string(po, path, QStringLiteral("name")), r.string(po, path, QStringLiteral("use")),
                              r.fact(po, path, QStringLiteral("pinout"), ValueKind::Text)};
                if (!r.error && !QStringList{QStringLiteral("inverter"), QStringLiteral("pack-bus"), QStringLiteral("service")}.contains(info.use))
                    r.fail(path + QStringLiteral(".use"), tr("expected \"inverter\", \"pack-bus\" or \"service\""));
                b.ports.append(info);
            }
        }
        if (!r.error) {
            const QJsonArray pps = o.value(QStringLiteral("port_protocols")).toArray();
            if (!o.value(QStringLiteral("port_protocols")).isArray())
                r.fail(QStringLiteral("port_protocols"), tr("expected a list"));
            for (int p = 0; p < pps.size() && !r.error; ++p) {
                const QString path = QStringLiteral("port_protocols[%1]").arg(p);
                const QJsonObject po = pps[p].toObject();
                if (!r.keys(po, path, {QStringLiteral("inverter"), QStringLiteral("port"), QStringLiteral("bms_protocol"), QStringLiteral("setting")}, {}))
                    break;
                PortProtocol pp{r.string(po, path, QStringLiteral("inverter")), r.string(po, path, QStringLiteral("port")),
                                r.string(po, path, QStringLiteral("bms_protocol")), r.fact(po, path, QStringLiteral("setting"), ValueKind::Text)};
                if (!r.error && !CatalogueNames::protocols().contains(pp.bmsProtocol))
                    r.fail(path + QStringLiteral(".bms_protocol"), tr("unknown protocol '%1'").arg(pp.bmsProtocol));
                b.portProtocols.append(pp);
            }
        }
        if (!r.error) {
            for (const BatteryModel &other : std::as_const(c.m_batteries))
                if (other.id == b.id)
                    r.fail(QStringLiteral("id"), tr("duplicate id"));
        }
        if (r.error) {
            c.m_problems.append({batteriesFile, name, *r.error + tr("; entry skipped")});
            continue;
        }
        b.json = o;
        c.m_batteries.append(b);
    }

    const std::optional<QJsonDocument> invertersDoc = parse(invertersJson, invertersFile, c.m_problems);
    const QList<QJsonObject> inverterEntries = entries(invertersDoc, invertersFile, QStringLiteral("bankscope-catalogue-inverters"),
                                                       QStringLiteral("inverters"), c.m_problems);
    for (int i = 0; i < inverterEntries.size(); ++i) {
        const QJsonObject &o = inverterEntries[i];
        if (o.isEmpty())
            continue;
        const QString name = entryName(QStringLiteral("inverters"), i, o);
        EntryReader r(sourceIds);
        InverterModel inv;
        r.keys(o, QString(),
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("maker"), QStringLiteral("role"),
                QStringLiteral("links"), QStringLiteral("battery_menu"), QStringLiteral("settings"),
                QStringLiteral("multi_bms"), QStringLiteral("multi_bms_firmware"), QStringLiteral("comm_loss"),
                QStringLiteral("limits_zero"), QStringLiteral("pins"), QStringLiteral("wire")},
               {QStringLiteral("rebadges"), QStringLiteral("comm_loss_setting"), QStringLiteral("parallel"),
                QStringLiteral("firmware_note"), QStringLiteral("pylontech_master_address")});
        if (!r.error) {
            inv.id = r.string(o, QString(), QStringLiteral("id"));
            if (!r.error && !validId(inv.id))
                r.fail(QStringLiteral("id"), tr("ids are lower-case letters, digits and '-' (and never \"other\")"));
        }
        if (!r.error) {
            inv.name = r.string(o, QString(), QStringLiteral("name"));
            inv.maker = r.string(o, QString(), QStringLiteral("maker"));
            const QString role = r.string(o, QString(), QStringLiteral("role"));
            if (!r.error && role != QLatin1String("inverter") && role != QLatin1String("aggregator"))
                r.fail(QStringLiteral("role"), tr("expected \"inverter\" or \"aggregator\""));
            inv.aggregator = role == QLatin1String("aggregator");
        }
        if (!r.error) {
            inv.rebadges = r.fact(o, QString(), QStringLiteral("rebadges"), ValueKind::TextList, false);
            inv.links = r.fact(o, QString(), QStringLiteral("links"), ValueKind::TextList);
            inv.batteryMenu = r.fact(o, QString(), QStringLiteral("battery_menu"), ValueKind::Text);
            inv.multiBms = r.fact(o, QString(), QStringLiteral("multi_bms"), ValueKind::MultiBms);
            inv.multiBmsFirmware = r.fact(o, QString(), QStringLiteral("multi_bms_firmware"), ValueKind::Text);
            inv.commLoss = r.fact(o, QString(), QStringLiteral("comm_loss"), ValueKind::Text);
            inv.limitsZero = r.fact(o, QString(), QStringLiteral("limits_zero"), ValueKind::Text);
            inv.pins = r.fact(o, QString(), QStringLiteral("pins"), ValueKind::Text);
            inv.parallel = r.fact(o, QString(), QStringLiteral("parallel"), ValueKind::Text, false);
            inv.firmwareNote = r.fact(o, QString(), QStringLiteral("firmware_note"), ValueKind::Text, false);
            inv.pylontechMasterAddress = r.fact(o, QString(), QStringLiteral("pylontech_master_address"), ValueKind::Number, false);
        }
        if (!r.error && o.contains(QStringLiteral("comm_loss_setting"))) {
            const QJsonObject so = o.value(QStringLiteral("comm_loss_setting")).toObject();
            const QString path = QStringLiteral("comm_loss_setting");
            if (r.keys(so, path, {QStringLiteral("name"), QStringLiteral("where"), QStringLiteral("effect")}, {})) {
                CommLossSetting s{r.string(so, path, QStringLiteral("name")), r.fact(so, path, QStringLiteral("where"), ValueKind::Text),
                                  r.fact(so, path, QStringLiteral("effect"), ValueKind::Text)};
                inv.commLossSetting = s;
            }
        }
        if (!r.error) {
            const QJsonArray settings = o.value(QStringLiteral("settings")).toArray();
            if (!o.value(QStringLiteral("settings")).isArray())
                r.fail(QStringLiteral("settings"), tr("expected a list"));
            for (int s = 0; s < settings.size() && !r.error; ++s) {
                const QString path = QStringLiteral("settings[%1]").arg(s);
                const QJsonObject so = settings[s].toObject();
                if (!r.keys(so, path, {QStringLiteral("batteries"), QStringLiteral("link"), QStringLiteral("bms_protocol"), QStringLiteral("value")}, {}))
                    break;
                InverterSetting is{r.stringList(so, path, QStringLiteral("batteries")), r.string(so, path, QStringLiteral("link")),
                                   r.string(so, path, QStringLiteral("bms_protocol")), r.fact(so, path, QStringLiteral("value"), ValueKind::Text)};
                if (!r.error && is.link != QLatin1String("can") && is.link != QLatin1String("rs485"))
                    r.fail(path + QStringLiteral(".link"), tr("expected \"can\" or \"rs485\""));
                if (!r.error && !CatalogueNames::protocols().contains(is.bmsProtocol))
                    r.fail(path + QStringLiteral(".bms_protocol"), tr("unknown protocol '%1'").arg(is.bmsProtocol));
                inv.settings.append(is);
            }
        }
        if (!r.error) {
            const QJsonArray wires = o.value(QStringLiteral("wire")).toArray();
            if (!o.value(QStringLiteral("wire")).isArray())
                r.fail(QStringLiteral("wire"), tr("expected a list"));
            for (int w = 0; w < wires.size() && !r.error; ++w) {
                const QString path = QStringLiteral("wire[%1]").arg(w);
                const QJsonObject wo = wires[w].toObject();
                if (!r.keys(wo, path, {QStringLiteral("protocol"), QStringLiteral("link"), QStringLiteral("bitrate"), QStringLiteral("frames"), QStringLiteral("keepalive")},
                            {QStringLiteral("min_interval"), QStringLiteral("polls")}))
                    break;
                WireProfile wp;
                wp.protocol = r.string(wo, path, QStringLiteral("protocol"));
                wp.link = r.string(wo, path, QStringLiteral("link"));
                if (!r.error && !CatalogueNames::protocols().contains(wp.protocol))
                    r.fail(path + QStringLiteral(".protocol"), tr("unknown protocol '%1'").arg(wp.protocol));
                wp.bitrate = r.fact(wo, path, QStringLiteral("bitrate"), ValueKind::Number);
                wp.minInterval = r.fact(wo, path, QStringLiteral("min_interval"), ValueKind::Number, false);
                wp.polls = r.fact(wo, path, QStringLiteral("polls"), ValueKind::Polls, false);
                wp.keepAliveFact = r.fact(wo, path, QStringLiteral("keepalive"), ValueKind::KeepAlive);
                if (!r.error && wp.keepAliveFact.known()) {
                    KeepAlive k;
                    if (wp.keepAliveFact.value.isObject()) {
                        const QJsonObject ko = wp.keepAliveFact.value.toObject();
                        k.id = *canId(ko.value(QStringLiteral("id")));
                        k.mode = ko.value(QStringLiteral("mode")).toString() == QLatin1String("answers-0x356") ? KeepAlive::Mode::AnswersTo0x356
                                                                                                             : KeepAlive::Mode::Periodic;
                        if (ko.value(QStringLiteral("cycle_s")).isDouble())
                            k.cycleS = ko.value(QStringLiteral("cycle_s")).toDouble();
                        for (const QJsonValue &a : ko.value(QStringLiteral("also")).toArray())
                            k.also.append(*canId(a));
                    }
                    wp.keepAlive = k;
                }
                const QJsonArray frames = wo.value(QStringLiteral("frames")).toArray();
                if (!r.error && !wo.value(QStringLiteral("frames")).isArray())
                    r.fail(path + QStringLiteral(".frames"), tr("expected a list"));
                for (int f = 0; f < frames.size() && !r.error; ++f) {
                    const QString fpath = QStringLiteral("%1.frames[%2]").arg(path).arg(f);
                    FrameRequirement req;
                    req.fact = r.fact(frames[f], fpath, ValueKind::FrameSpec);
                    if (r.error)
                        break;
                    if (!req.fact.known()) {
                        r.fail(fpath, tr("a frame requirement needs a value"));
                        break;
                    }
                    const QJsonObject v = req.fact.value.toObject();
                    for (const QJsonValue &id : v.value(QStringLiteral("ids")).toArray())
                        req.ids.append(*canId(id));
                    for (const QJsonValue &id : v.value(QStringLiteral("alternatives")).toArray())
                        req.alternatives.append(*canId(id));
                    if (v.value(QStringLiteral("cycle_s")).isDouble())
                        req.cycleS = v.value(QStringLiteral("cycle_s")).toDouble();
                    if (v.value(QStringLiteral("timeout_s")).isDouble())
                        req.timeoutS = v.value(QStringLiteral("timeout_s")).toDouble();
                    wp.frames.append(req);
                }
                inv.wire.append(wp);
            }
        }
        if (!r.error) {
            for (const InverterModel &other : std::as_const(c.m_inverters))
                if (other.id == inv.id)
                    r.fail(QStringLiteral("id"), tr("duplicate id"));
        }
        if (r.error) {
            c.m_problems.append({invertersFile, name, *r.error + tr("; entry skipped")});
            continue;
        }
        inv.json = o;
        c.m_inverters.append(inv);
    }

    // Cross-references: a setting naming a battery the battery file does not name is a typo. (A
    // battery entry that was skipped is reported already; a whole battery file that did not load
    // too. The inverters stand in both cases.)
    auto unknownBattery = [&declaredBatteries](const InverterModel &inv) -> QString {
        for (const InverterSetting &s : inv.settings)
            for (const QString &b : s.batteries)
                if (!declaredBatteries.contains(b))
                    return b;
        return {};
    };
    for (int i = 0; i < c.m_inverters.size() && !declaredBatteries.isEmpty(); ++i) {
        const QString missing = unknownBattery(c.m_inverters[i]);
        if (missing.isEmpty())
            continue;
        c.m_problems.append({invertersFile, QStringLiteral("inverters (%1)").arg(c.m_inverters[i].id),
                             tr("settings name the battery '%1', which is not in the catalogue; entry skipped").arg(missing)});
        c.m_inverters.removeAt(i--);
    }
    return c;
}

const BatteryModel *Catalogue::battery(const QString &id) const
{
    for (const BatteryModel &b : m_batteries)
        if (b.id == id)
            return &b;
    return nullptr;
}

const InverterModel *Catalogue::inverter(const QString &id) const
{
    for (const InverterModel &i : m_inverters)
        if (i.id == id)
            return &i;
    return nullptr;
}

const CatalogueSource *Catalogue::source(const QString &id) const
{
    for (const CatalogueSource &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

QJsonObject Catalogue::toJson(const BatteryModel &battery) const
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("battery")}};
    const QJsonObject expanded = expandSources(battery.json, *this).toObject();
    for (auto it = expanded.begin(); it != expanded.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject Catalogue::toJson(const InverterModel &inverter) const
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("inverter")}};
    const QJsonObject expanded = expandSources(inverter.json, *this).toObject();
    for (auto it = expanded.begin(); it != expanded.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
