#include "decodedmessage.h"

#include <QJsonArray>

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

} // namespace DecodedJson
