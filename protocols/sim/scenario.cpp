#include "scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

using Error = Scenario::Error;

struct Reader
{
    std::optional<Error> error;

    bool fail(const QString &field, const QString &message)
    {
        if (!error)
            error = Error{field, message};
        return false;
    }
    void keys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), QCoreApplication::translate("Scenario", "unknown field"));
    }
    double number(const QJsonObject &o, const QString &path, const QString &key, double min, double max, double fallback,
                  bool required = false)
    {
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(field, QCoreApplication::translate("Scenario", "required field is missing"));
            return fallback;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max) {
            fail(field, QCoreApplication::translate("Scenario", "expected a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key, const QString &fallback, bool required = false)
    {
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(field, QCoreApplication::translate("Scenario", "required field is missing"));
            return fallback;
        }
        if (!v.isString() || v.toString().isEmpty()) {
            fail(field, QCoreApplication::translate("Scenario", "expected a non-empty string"));
            return fallback;
        }
        return v.toString();
    }
};

} // namespace

QString ScenarioFault::name(Type type)
{
    switch (type) {
    case Type::MasterDies:
        return QStringLiteral("master-dies");
    case Type::SlaveOffline:
        return QStringLiteral("slave-offline");
    case Type::CableBreak:
        return QStringLiteral("cable-break");
    case Type::AbSwapped:
        return QStringLiteral("ab-swapped");
    case Type::WrongBaud:
        return QStringLiteral("wrong-baud");
    case Type::DuplicateAddress:
        return QStringLiteral("duplicate-address");
    case Type::CellSag:
        return QStringLiteral("cell-sag");
    case Type::OverTemperature:
        return QStringLiteral("over-temperature");
    case Type::BmsAsleep:
        return QStringLiteral("bms-asleep");
    case Type::FirmwareMismatch:
        return QStringLiteral("firmware-mismatch");
    }
    return {};
}

QList<ScenarioFault::Type> ScenarioFault::all()
{
    return {Type::MasterDies, Type::SlaveOffline,     Type::CableBreak, Type::AbSwapped,       Type::WrongBaud,
            Type::DuplicateAddress, Type::CellSag, Type::OverTemperature, Type::BmsAsleep, Type::FirmwareMismatch};
}

std::optional<ScenarioFault::Type> ScenarioFault::fromName(const QString &text)
{
    for (Type t : all())
        if (name(t) == text)
            return t;
    return std::nullopt;
}

Expected<Scenario, Error> Scenario::parse(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QString(), QCoreApplication::translate("Scenario", "invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject())
        return Error{QString(), QCoreApplication::translate("Scenario", "expected a JSON object describing the scenario")};
    const QJsonObject root = doc.object();
    Reader r;
    Scenario s;
    r.keys(root, QString(), {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("protocol"), QStringLiteral("can_dialect"), QStringLiteral("baud"),
                             QStringLiteral("turnaround_ms"), QStringLiteral("tick_ms"), QStringLiteral("duration_s"),
                             QStringLiteral("seed"), QStringLiteral("ambient_C"), QStringLiteral("architecture"),
                             QStringLiteral("packs"), QStringLiteral("load"), QStringLiteral("faults")});
    s.name = r.string(root, QString(), QStringLiteral("name"), QString(), true);
    s.description = root.value(QStringLiteral("description")).toString();
    s.protocol = r.string(root, QString(), QStringLiteral("protocol"), s.protocol);
    const QStringList protocols{QStringLiteral("pylontech-rs485"), QStringLiteral("pylon-can"), QStringLiteral("jk-modbus"),
                                QStringLiteral("jk-legacy"), QStringLiteral("jk-pb"), QStringLiteral("victron-can")};
    if (!protocols.contains(s.protocol))
        r.fail(QStringLiteral("protocol"), QCoreApplication::translate("Scenario", "expected one of %1").arg(protocols.join(QStringLiteral(", "))));
    const bool victron = s.protocol == QLatin1String("victron-can"); // one CAN-bus BMS per pack, peer-to-peer
    s.canDialect = r.string(root, QString(), QStringLiteral("can_dialect"), s.canDialect);
    if (s.canDialect != QLatin1String("pylon-v1.2") && s.canDialect != QLatin1String("pylontech-v1.3"))
        r.fail(QStringLiteral("can_dialect"), QCoreApplication::translate("Scenario", "expected \"pylon-v1.2\" or \"pylontech-v1.3\""));
    s.baudRate = qint32(r.number(root, QString(), QStringLiteral("baud"), 1200, 921600, 9600));
    s.turnaroundMs = int(r.number(root, QString(), QStringLiteral("turnaround_ms"), 0, 5000, 5));
    s.tickMs = int(r.number(root, QString(), QStringLiteral("tick_ms"), 50, 60000, 500));
    s.durationS = r.number(root, QString(), QStringLiteral("duration_s"), 0, 1e7, 0);
    s.physics.seed = quint32(r.number(root, QString(), QStringLiteral("seed"), 0, 4294967295.0, 1));
    s.physics.ambientC = r.number(root, QString(), QStringLiteral("ambient_C"), -30, 70, 27);
    const QString arch = r.string(root, QString(), QStringLiteral("architecture"), victron ? QStringLiteral("peer-to-peer") : QStringLiteral("master-slave"));
    if (const auto a = ArchitectureNames::fromName(arch))
        s.physics.architecture = *a;
    else
        r.fail(QStringLiteral("architecture"), QCoreApplication::translate("Scenario", "expected \"master-slave\", \"peer-to-peer\" or \"single-master\""));
    if (victron && s.physics.architecture != Architecture::PeerToPeer)
        r.fail(QStringLiteral("architecture"), QCoreApplication::translate("Scenario", "a \"victron-can\" bank is peer-to-peer: every BMS talks to the GX"));

    const QJsonValue packs = root.value(QStringLiteral("packs"));
    if (!packs.isArray() || packs.toArray().isEmpty() || packs.toArray().size() > 8)
        r.fail(QStringLiteral("packs"), QCoreApplication::translate("Scenario", "expected a list of 1 to 8 packs (a master and up to 7 slaves)"));
    const QJsonArray packList = packs.toArray();
    for (int i = 0; i < packList.size() && !r.error; ++i) {
        const QString path = QStringLiteral("packs[%1]").arg(i);
        const QJsonObject o = packList[i].toObject();
        r.keys(o, path, {QStringLiteral("id"), QStringLiteral("address"), QStringLiteral("model"), QStringLiteral("capacity_Ah"),
                         QStringLiteral("soc_pct"), QStringLiteral("soh_pct"), QStringLiteral("cells"), QStringLiteral("cable_mOhm"),
                         QStringLiteral("soft_cell"), QStringLiteral("ccl_A"), QStringLiteral("dcl_A")});
        PhysicsPack p;
        p.id = r.string(o, path, QStringLiteral("id"), QString(), true);
        const bool jkPb = s.protocol == QLatin1String("jk-pb"); // the master at DIP 0
        const bool jk = s.protocol == QLatin1String("jk-modbus") || s.protocol == QLatin1String("jk-legacy") || jkPb || victron;
        p.address = int(r.number(o, path, QStringLiteral("address"), jkPb ? 0 : jk ? 1 : 2, jk ? 15 : 0x7F, (jkPb ? 0 : jk ? 1 : 2) + i));
        if (victron) {
            p.model = QStringLiteral("LFP16S-CAN");
            p.cells = 16;
            p.cvlV = 55.2;
            p.dvlV = 44.8;
        } else if (jk) {
            p.model = s.protocol == QLatin1String("jk-legacy") ? QStringLiteral("JK-B2A24S15P") : QStringLiteral("JK_PB2A16S20P");
            p.cells = 16;
            p.cvlV = 55.2;
            p.dvlV = 44.8;
        }
        p.role = i == 0 ? PackRole::Master : PackRole::Slave;
        p.model = r.string(o, path, QStringLiteral("model"), p.model);
        p.capacityAh = r.number(o, path, QStringLiteral("capacity_Ah"), 1, 2000, 74);
        p.socPct = r.number(o, path, QStringLiteral("soc_pct"), 0, 100, 80);
        p.sohPct = r.number(o, path, QStringLiteral("soh_pct"), 0, 100, 100);
        p.cells = int(r.number(o, path, QStringLiteral("cells"), 4, 32, p.cells));
        p.cableOhm = r.number(o, path, QStringLiteral("cable_mOhm"), 0.1, 1000, 5) / 1000.0;
        p.softCell = int(r.number(o, path, QStringLiteral("soft_cell"), 0, 32, 0)) - 1;
        p.chargeLimitA = r.number(o, path, QStringLiteral("ccl_A"), 0, 2000, p.capacityAh / 2.0);
        p.dischargeLimitA = r.number(o, path, QStringLiteral("dcl_A"), 0, 2000, p.capacityAh);
        for (const PhysicsPack &other : std::as_const(s.physics.packs)) {
            if (other.id == p.id)
                r.fail(path + QStringLiteral(".id"), QCoreApplication::translate("Scenario", "duplicate pack id '%1'").arg(p.id));
            if (other.address == p.address)
                r.fail(path + QStringLiteral(".address"), QCoreApplication::translate("Scenario", "address %1 is used twice (use the duplicate-address fault to simulate that)").arg(p.address));
        }
        if (!jk && (p.address & 0xF0) != (s.physics.packs.isEmpty() ? (p.address & 0xF0) : (s.physics.packs.first().address & 0xF0)))
            r.fail(path + QStringLiteral(".address"), QCoreApplication::translate("Scenario", "every pack of a bank is in the master's group"));
        s.physics.packs.append(p);
    }

    const QJsonValue load = root.value(QStringLiteral("load"));
    if (!load.isUndefined()) {
        if (load == QJsonValue(QStringLiteral("demo-cycle"))) {
            s.physics.load.demoCycle = true;
        } else if (load.isArray()) {
            const QJsonArray points = load.toArray();
            double last = -1.0;
            for (int i = 0; i < points.size(); ++i) {
                const QJsonArray p = points[i].toArray();
                if (p.size() != 2 || !p[0].isDouble() || !p[1].isDouble() || p[0].toDouble() < last) {
                    r.fail(QStringLiteral("load[%1]").arg(i), QCoreApplication::translate("Scenario", "expected [seconds, amperes] with times in order"));
                    break;
                }
                last = p[0].toDouble();
                s.physics.load.points.append({p[0].toDouble(), p[1].toDouble()});
            }
        } else {
            r.fail(QStringLiteral("load"), QCoreApplication::translate("Scenario", "expected \"demo-cycle\" or a list of [seconds, amperes] points"));
        }
    }

    const QJsonArray faults = root.value(QStringLiteral("faults")).toArray();
    if (!root.value(QStringLiteral("faults")).isUndefined() && !root.value(QStringLiteral("faults")).isArray())
        r.fail(QStringLiteral("faults"), QCoreApplication::translate("Scenario", "expected a list"));
    for (int i = 0; i < faults.size() && !r.error; ++i) {
        const QString path = QStringLiteral("faults[%1]").arg(i);
        const QJsonObject o = faults[i].toObject();
        r.keys(o, path, {QStringLiteral("at_s"), QStringLiteral("type"), QStringLiteral("pack"), QStringLiteral("cell"),
                         QStringLiteral("ohm"), QStringLiteral("degrees"), QStringLiteral("firmware")});
        ScenarioFault f;
        f.atS = r.number(o, path, QStringLiteral("at_s"), 0, 1e7, 0, true);
        const QString type = r.string(o, path, QStringLiteral("type"), QString(), true);
        const auto t = ScenarioFault::fromName(type);
        if (!t) {
            QStringList names;
            for (auto x : ScenarioFault::all())
                names.append(ScenarioFault::name(x));
            r.fail(path + QStringLiteral(".type"), QCoreApplication::translate("Scenario", "unknown fault '%1' (known: %2)").arg(type, names.join(QStringLiteral(", "))));
            break;
        }
        f.type = *t;
        const bool needsPack = f.type != ScenarioFault::Type::AbSwapped && f.type != ScenarioFault::Type::WrongBaud
            && f.type != ScenarioFault::Type::MasterDies;
        f.pack = r.string(o, path, QStringLiteral("pack"), s.physics.packs.isEmpty() ? QString() : s.physics.packs.first().id, needsPack);
        bool known = false;
        for (const PhysicsPack &p : std::as_const(s.physics.packs))
            known |= p.id == f.pack;
        if (!known)
            r.fail(path + QStringLiteral(".pack"), QCoreApplication::translate("Scenario", "no pack '%1' in this scenario").arg(f.pack));
        if (!victron && (f.type == ScenarioFault::Type::SlaveOffline || f.type == ScenarioFault::Type::CableBreak) && !s.physics.packs.isEmpty()
            && f.pack == s.physics.packs.first().id)
            r.fail(path + QStringLiteral(".pack"), QCoreApplication::translate("Scenario", "%1 concerns a slave, not the master").arg(type));
        f.cell = int(r.number(o, path, QStringLiteral("cell"), 1, 32, 1));
        f.ohm = r.number(o, path, QStringLiteral("ohm"), 0.0001, 10, 0.01);
        f.degrees = r.number(o, path, QStringLiteral("degrees"), 1, 200, 40);
        f.firmware = r.string(o, path, QStringLiteral("firmware"), f.firmware);
        s.faults.append(f);
    }
    std::stable_sort(s.faults.begin(), s.faults.end(), [](const ScenarioFault &a, const ScenarioFault &b) { return a.atS < b.atS; });
    if (r.error)
        return *r.error;
    return s;
}
