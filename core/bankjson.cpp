#include "bankjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace BankJson {

namespace {

// Collects the first error; every reader returns false once one is set.
class Reader
{
public:
    std::optional<Error> error;

    bool fail(const QString &field, const QString &message)
    {
        if (!error)
            error = Error{field, message};
        return false;
    }

    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()), QCoreApplication::translate("BankJson", "unknown field"));
        }
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    // Reads an optional number within [min, max]; absent and null leave `out` empty.
    bool number(const QJsonObject &o, const QString &path, const QString &key, double min,
                double max, std::optional<double> &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const QString field = join(path, key);
        if (!v.isDouble())
            return fail(field, QCoreApplication::translate("BankJson", "expected a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            return fail(field, QCoreApplication::translate("BankJson", "%1 is out of range (%2 to %3)")
                                   .arg(QString::number(d), QString::number(min), QString::number(max)));
        }
        out = d;
        return true;
    }

    bool required(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (!o.contains(key) || o.value(key).isNull())
            return fail(join(path, key), QCoreApplication::translate("BankJson", "required field is missing"));
        return true;
    }

    bool faults(const QJsonObject &o, const QString &path, const QString &key, std::optional<Faults> &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const QString field = join(path, key);
        if (!v.isArray())
            return fail(field, QCoreApplication::translate("BankJson", "expected a list of fault names"));
        Faults result;
        const QJsonArray array = v.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!array[i].isString())
                return fail(item, QCoreApplication::translate("BankJson", "expected a fault name"));
            const std::optional<Fault> fault = FaultNames::fromName(array[i].toString());
            if (!fault) {
                return fail(item, QCoreApplication::translate("BankJson", "unknown fault name '%1' (known: %2)")
                                      .arg(array[i].toString(),
                                           FaultNames::names(~Faults()).join(QStringLiteral(", "))));
            }
            result |= *fault;
        }
        out = result;
        return true;
    }

    template <typename T>
    bool numberList(const QJsonObject &o, const QString &path, const QString &key, double min,
                    double max, bool integers, std::optional<QList<T>> &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const QString field = join(path, key);
        if (!v.isArray())
            return fail(field, QCoreApplication::translate("BankJson", "expected a list of numbers"));
        QList<T> result;
        const QJsonArray array = v.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!array[i].isDouble())
                return fail(item, QCoreApplication::translate("BankJson", "expected a number"));
            const double d = array[i].toDouble();
            if (!std::isfinite(d) || d < min || d > max) {
                return fail(item, QCoreApplication::translate("BankJson", "%1 is out of range (%2 to %3)")
                                      .arg(QString::number(d), QString::number(min), QString::number(max)));
            }
            if (integers && d != std::floor(d))
                return fail(item, QCoreApplication::translate("BankJson", "expected a whole number"));
            result.append(static_cast<T>(d));
        }
        out = result;
        return true;
    }
};

double rounded(double v)
{
    const double r = std::round(v * 1000.0) / 1000.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

Expected<BankSnapshot, Error> parse(const QByteArray &json, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QString(), QCoreApplication::translate("BankJson", "invalid JSON at offset %1: %2")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{QString(), QCoreApplication::translate("BankJson", "expected a JSON object describing the bank")};

    Reader r;
    const QJsonObject root = doc.object();
    BankSnapshot snapshot;
    r.checkKeys(root, QString(), {QStringLiteral("architecture"), QStringLiteral("policy"), QStringLiteral("packs")});

    if (r.required(root, QString(), QStringLiteral("architecture"))) {
        const QJsonValue a = root.value(QStringLiteral("architecture"));
        const std::optional<Architecture> arch = ArchitectureNames::fromName(a.toString());
        if (!a.isString() || !arch) {
            r.fail(QStringLiteral("architecture"),
                   QCoreApplication::translate("BankJson", "expected \"master-slave\", \"peer-to-peer\" or \"single-master\""));
        } else {
            snapshot.config.architecture = *arch;
        }
    }

    const QJsonValue policyValue = root.value(QStringLiteral("policy"));
    if (!policyValue.isUndefined() && !policyValue.isNull()) {
        if (!policyValue.isObject()) {
            r.fail(QStringLiteral("policy"), QCoreApplication::translate("BankJson", "expected an object"));
        } else {
            const QJsonObject p = policyValue.toObject();
            const QString path = QStringLiteral("policy");
            r.checkKeys(p, path, {QStringLiteral("current_limits"), QStringLiteral("faults"), QStringLiteral("stale_after_s")});
            const QJsonValue limits = p.value(QStringLiteral("current_limits"));
            if (!limits.isUndefined()) {
                const auto rule = PolicyNames::currentLimitRuleFromName(limits.toString());
                if (!limits.isString() || !rule)
                    r.fail(QStringLiteral("policy.current_limits"), QCoreApplication::translate("BankJson", "expected \"weakest-times-count\", \"sum\" or \"min\""));
                else
                    snapshot.policy.currentLimits = *rule;
            }
            const QJsonValue faults = p.value(QStringLiteral("faults"));
            if (!faults.isUndefined()) {
                const auto rule = PolicyNames::faultRuleFromName(faults.toString());
                if (!faults.isString() || !rule)
                    r.fail(QStringLiteral("policy.faults"), QCoreApplication::translate("BankJson", "expected \"any\" or \"all\""));
                else
                    snapshot.policy.faults = *rule;
            }
            std::optional<double> stale;
            r.number(p, path, QStringLiteral("stale_after_s"), 0.001, 86400.0, stale);
            if (stale)
                snapshot.policy.staleAfterS = *stale;
        }
    }

    if (r.required(root, QString(), QStringLiteral("packs"))) {
        const QJsonValue packsValue = root.value(QStringLiteral("packs"));
        if (!packsValue.isArray() || packsValue.toArray().isEmpty())
            r.fail(QStringLiteral("packs"), QCoreApplication::translate("BankJson", "expected a non-empty list of packs"));
        const QJsonArray packs = packsValue.toArray();
        QSet<QString> seen;
        for (int i = 0; i < packs.size() && !r.error; ++i) {
            const QString path = QStringLiteral("packs[%1]").arg(i);
            if (!packs[i].isObject()) {
                r.fail(path, QCoreApplication::translate("BankJson", "expected an object"));
                break;
            }
            const QJsonObject o = packs[i].toObject();
            r.checkKeys(o, path, {QStringLiteral("id"), QStringLiteral("model"), QStringLiteral("role"),
                                  QStringLiteral("address"), QStringLiteral("capacity_Ah"), QStringLiteral("online"),
                                  QStringLiteral("age_s"), QStringLiteral("soc_pct"), QStringLiteral("soh_pct"),
                                  QStringLiteral("voltage_V"), QStringLiteral("current_A"), QStringLiteral("cells_mV"),
                                  QStringLiteral("temps_C"), QStringLiteral("cvl_V"), QStringLiteral("dvl_V"),
                                  QStringLiteral("ccl_A"), QStringLiteral("dcl_A"), QStringLiteral("faults"),
                                  QStringLiteral("warnings")});
            PackConfig pc;
            if (r.required(o, path, QStringLiteral("id"))) {
                const QJsonValue id = o.value(QStringLiteral("id"));
                if (!id.isString() || id.toString().trimmed().isEmpty())
                    r.fail(Reader::join(path, QStringLiteral("id")), QCoreApplication::translate("BankJson", "expected a non-empty string"));
                else if (seen.contains(id.toString()))
                    r.fail(Reader::join(path, QStringLiteral("id")), QCoreApplication::translate("BankJson", "duplicate pack id '%1'").arg(id.toString()));
                pc.id = id.toString();
                seen.insert(pc.id);
            }
            const QJsonValue model = o.value(QStringLiteral("model"));
            if (!model.isUndefined() && !model.isString())
                r.fail(Reader::join(path, QStringLiteral("model")), QCoreApplication::translate("BankJson", "expected a string"));
            pc.model = model.toString();
            const QJsonValue role = o.value(QStringLiteral("role"));
            if (!role.isUndefined()) {
                if (role == QJsonValue(QStringLiteral("master")))
                    pc.role = PackRole::Master;
                else if (role == QJsonValue(QStringLiteral("slave")))
                    pc.role = PackRole::Slave;
                else
                    r.fail(Reader::join(path, QStringLiteral("role")), QCoreApplication::translate("BankJson", "expected \"master\" or \"slave\""));
            }
            std::optional<double> address;
            r.number(o, path, QStringLiteral("address"), 0, 255, address);
            if (address && *address != std::floor(*address))
                r.fail(Reader::join(path, QStringLiteral("address")), QCoreApplication::translate("BankJson", "expected a whole number"));
            pc.address = int(address.value_or(0));
            std::optional<double> capacity;
            if (r.required(o, path, QStringLiteral("capacity_Ah")))
                r.number(o, path, QStringLiteral("capacity_Ah"), 0.001, 100000.0, capacity);
            pc.ratedCapacityAh = capacity.value_or(0.0);

            PackReading reading;
            reading.packId = pc.id;
            const QJsonValue online = o.value(QStringLiteral("online"));
            if (!online.isUndefined() && !online.isBool())
                r.fail(Reader::join(path, QStringLiteral("online")), QCoreApplication::translate("BankJson", "expected true or false"));
            reading.markedOffline = online.isBool() && !online.toBool();
            std::optional<double> age;
            r.number(o, path, QStringLiteral("age_s"), 0.0, 1e7, age);
            const qint64 at = nowMs - qint64(std::llround(age.value_or(0.0) * 1000.0));
            const ReadingSource source{QStringLiteral("json"), QStringLiteral("bank-json")};

            struct NumberField
            {
                const char *key;
                double min;
                double max;
                Timed<double> PackReading::*member;
            };
            const NumberField numbers[] = {
                {"soc_pct", 0.0, 100.0, &PackReading::socPct},
                {"soh_pct", 0.0, 100.0, &PackReading::sohPct},
                {"voltage_V", 0.0, 1000.0, &PackReading::voltageV},
                {"current_A", -100000.0, 100000.0, &PackReading::currentA},
                {"cvl_V", 0.0, 1000.0, &PackReading::cvlV},
                {"dvl_V", 0.0, 1000.0, &PackReading::dvlV},
                {"ccl_A", 0.0, 100000.0, &PackReading::cclA},
                {"dcl_A", 0.0, 100000.0, &PackReading::dclA},
            };
            for (const NumberField &nf : numbers) {
                std::optional<double> v;
                r.number(o, path, QString::fromLatin1(nf.key), nf.min, nf.max, v);
                if (v)
                    (reading.*nf.member).set(*v, at, source);
            }
            std::optional<QList<int>> cells;
            r.numberList(o, path, QStringLiteral("cells_mV"), 0.0, 10000.0, true, cells);
            if (cells)
                reading.cellsMv.set(*cells, at, source);
            std::optional<QList<double>> temps;
            r.numberList(o, path, QStringLiteral("temps_C"), -100.0, 250.0, false, temps);
            if (temps)
                reading.tempsC.set(*temps, at, source);
            std::optional<Faults> faults;
            r.faults(o, path, QStringLiteral("faults"), faults);
            reading.faults.set(faults.value_or(Faults()), at, source);
            std::optional<Faults> warnings;
            r.faults(o, path, QStringLiteral("warnings"), warnings);
            if (warnings)
                reading.warnings.set(*warnings, at, source);

            snapshot.config.packs.append(pc);
            snapshot.readings.insert(pc.id, reading);
        }
    }

    if (r.error)
        return *r.error;
    return snapshot;
}

QJsonObject viewToJson(const InverterView &view)
{
    QJsonObject o;
    for (ViewFieldId id : ViewFieldNames::all()) {
        const ViewField &f = view[id];
        QJsonObject field;
        field.insert(QStringLiteral("value"), optionalNumber(f.value));
        field.insert(QStringLiteral("rule"), RuleNames::name(f.provenance.rule));
        field.insert(QStringLiteral("from"), toArray(f.provenance.from));
        if (!f.provenance.pack.isEmpty())
            field.insert(QStringLiteral("pack"), f.provenance.pack);
        if (f.provenance.index > 0) {
            const bool cell = id == ViewFieldId::CellMinMv || id == ViewFieldId::CellMaxMv;
            field.insert(cell ? QStringLiteral("cell") : QStringLiteral("sensor"), f.provenance.index);
        }
        o.insert(ViewFieldNames::key(id), field);
    }
    o.insert(QStringLiteral("faults"), toArray(FaultNames::names(view.faults)));
    o.insert(QStringLiteral("warnings"), toArray(FaultNames::names(view.warnings)));
    o.insert(QStringLiteral("fault_rule"), RuleNames::name(view.faultRule));
    QJsonObject sources;
    for (auto it = view.faultSources.constBegin(); it != view.faultSources.constEnd(); ++it)
        sources.insert(FaultNames::name(it.key()), toArray(it.value()));
    o.insert(QStringLiteral("fault_sources"), sources);
    return o;
}

QJsonObject toJson(const AggregationResult &result)
{
    QJsonObject o;
    o.insert(QStringLiteral("bank_truth"), viewToJson(result.bankTruth));
    o.insert(QStringLiteral("inverter_sees"),
             result.inverterSees ? QJsonValue(viewToJson(*result.inverterSees)) : QJsonValue(QJsonValue::Null));

    QJsonObject gaps;
    gaps.insert(QStringLiteral("soc_error_pct"), optionalNumber(result.gaps.socErrorPct));
    gaps.insert(QStringLiteral("hidden_faults"), toArray(FaultNames::names(result.gaps.hiddenFaults)));
    if (result.gaps.hiddenCellMin) {
        const HiddenCell &h = *result.gaps.hiddenCellMin;
        QJsonObject cell;
        cell.insert(QStringLiteral("pack"), h.pack);
        cell.insert(QStringLiteral("cell"), h.cell);
        cell.insert(QStringLiteral("value_mV"), rounded(h.mv));
        cell.insert(QStringLiteral("inverter_sees_mV"), optionalNumber(h.inverterSeesMv));
        gaps.insert(QStringLiteral("hidden_cell_min"), cell);
    } else {
        gaps.insert(QStringLiteral("hidden_cell_min"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("gaps"), gaps);
    o.insert(QStringLiteral("voltage_soc_estimate_pct"), optionalNumber(result.voltageSocEstimatePct));

    QJsonArray findings;
    for (const Finding &f : result.findings) {
        QJsonObject fo;
        fo.insert(QStringLiteral("code"), f.code);
        fo.insert(QStringLiteral("severity"), SeverityNames::name(f.severity));
        fo.insert(QStringLiteral("subject"), f.subject);
        fo.insert(QStringLiteral("text"), f.text);
        fo.insert(QStringLiteral("next_step"), f.nextStep);
        findings.append(fo);
    }
    o.insert(QStringLiteral("findings"), findings);

    QJsonArray packs;
    for (const PackStatus &s : result.packs) {
        static const char *const stateNames[] = {"online", "stale", "offline", "no-data"};
        QJsonObject po;
        po.insert(QStringLiteral("id"), s.id);
        po.insert(QStringLiteral("state"), QString::fromLatin1(stateNames[static_cast<int>(s.state)]));
        po.insert(QStringLiteral("age_s"), optionalNumber(s.ageS));
        packs.append(po);
    }
    o.insert(QStringLiteral("packs"), packs);

    QJsonArray sharing;
    for (const PackShare &s : result.sharing) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), s.id);
        so.insert(QStringLiteral("share"), rounded(s.share));
        so.insert(QStringLiteral("at_bank_ccl_A"), optionalNumber(s.atBankCclA));
        so.insert(QStringLiteral("own_ccl_A"), optionalNumber(s.ownCclA));
        so.insert(QStringLiteral("at_bank_dcl_A"), optionalNumber(s.atBankDclA));
        so.insert(QStringLiteral("own_dcl_A"), optionalNumber(s.ownDclA));
        sharing.append(so);
    }
    o.insert(QStringLiteral("sharing"), sharing);
    return o;
}

} // namespace BankJson
