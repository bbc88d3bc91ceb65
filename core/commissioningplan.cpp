#include "commissioningplan.h"

#include "diagnosis.h"
#include "failoverrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <array>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanJson", text);
}

// One table per enum: wire name and translated label.
template <typename E>
struct NameRow
{
    E value;
    const char *name;
    const char *label;
};

constexpr std::array<NameRow<PlanRole>, 4> kRoles{{
    {PlanRole::Master, "master", QT_TRANSLATE_NOOP("PlanRole", "master")},
    {PlanRole::Slave, "slave", QT_TRANSLATE_NOOP("PlanRole", "slave")},
    {PlanRole::Independent, "independent", QT_TRANSLATE_NOOP("PlanRole", "monitored separately")},
    {PlanRole::Peer, "peer", QT_TRANSLATE_NOOP("PlanRole", "own link")},
}};

constexpr std::array<NameRow<Topology>, 3> kTopologies{{
    {Topology::MasterCable, "master-cable", QT_TRANSLATE_NOOP("Topology", "one cable from the inverter to the master")},
    {Topology::MultiDrop, "multi-drop", QT_TRANSLATE_NOOP("Topology", "the inverter polls every BMS on one bus")},
    {Topology::AggregatorPorts, "aggregator-ports", QT_TRANSLATE_NOOP("Topology", "every BMS on its own port of the GX")},
}};

constexpr std::array<NameRow<OrderOrigin>, 3> kOrigins{{
    {OrderOrigin::Installer, "installer", ""},
    {OrderOrigin::Catalogue, "catalogue", ""},
    {OrderOrigin::Missing, "missing", ""},
}};

constexpr std::array<NameRow<CheckStatus>, 7> kStatuses{{
    {CheckStatus::Pending, "pending", QT_TRANSLATE_NOOP("CheckStatus", "PENDING")},
    {CheckStatus::Pass, "pass", QT_TRANSLATE_NOOP("CheckStatus", "PASS")},
    {CheckStatus::Warning, "warning", QT_TRANSLATE_NOOP("CheckStatus", "WARNING")},
    {CheckStatus::Fail, "fail", QT_TRANSLATE_NOOP("CheckStatus", "FAIL")},
    {CheckStatus::Info, "info", QT_TRANSLATE_NOOP("CheckStatus", "MEASURED")},
    {CheckStatus::NotMeasured, "not-measured", QT_TRANSLATE_NOOP("CheckStatus", "NOT MEASURED")},
    {CheckStatus::RecordedByHand, "recorded-by-hand", QT_TRANSLATE_NOOP("CheckStatus", "CHECKED BY HAND")},
}};

constexpr std::array<NameRow<Severity>, 3> kSeverities{{
    {Severity::Info, "info", ""},
    {Severity::Warning, "warning", ""},
    {Severity::Error, "error", ""},
}};

template <typename E, std::size_t N>
QString nameOf(const std::array<NameRow<E>, N> &rows, E value)
{
    for (const NameRow<E> &r : rows)
        if (r.value == value)
            return QString::fromLatin1(r.name);
    return {};
}

template <typename E, std::size_t N>
QString labelOf(const std::array<NameRow<E>, N> &rows, E value, const char *context)
{
    for (const NameRow<E> &r : rows)
        if (r.value == value)
            return QCoreApplication::translate(context, r.label);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromNameOf(const std::array<NameRow<E>, N> &rows, const QString &name)
{
    for (const NameRow<E> &r : rows)
        if (name == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString namesOf(const std::array<NameRow<E>, N> &rows)
{
    QStringList out;
    for (const NameRow<E> &r : rows)
        out.append(QLatin1Char('"') + QString::fromLatin1(r.name) + QLatin1Char('"'));
    return out.join(QStringLiteral(", "));
}

const QString kFormat = QStringLiteral("bankscope-commissioning-plan");

// Collects the first error; every reader returns a default once one is set.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    std::optional<PlanJson::Error> error;

    bool fail(const QString &field, const QString &message)
    {
        if (!error)
            error = PlanJson::Error{field, message};
        return false;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, int i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

    bool keys(const QJsonObject &o, const QString &path, const QStringList &required, const QStringList &optional = {})
    {
        for (const QString &k : required)
            if (!o.contains(k))
                return fail(join(path, k), tr("required field is missing"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!required.contains(it.key()) && !optional.contains(it.key()))
                return fail(join(path, it.key()), tr("unknown field"));
        return true;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, tr("expected an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray()) {
            fail(path, tr("expected a list"));
            return {};
        }
        return v.toArray();
    }

    QString text(const QJsonObject &o, const QString &path, const QString &key, bool nonEmpty = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(join(path, key), tr("expected a text"));
            return {};
        }
        if (nonEmpty && v.toString().trimmed().isEmpty()) {
            fail(join(path, key), tr("must not be empty"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(join(path, key), tr("expected true or false"));
        return v.toBool();
    }

    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key, double min, double max, bool whole = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const QString field = join(path, key);
        if (!v.isDouble()) {
            fail(field, tr("expected a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(field, tr("%1 is out of range (%2 to %3)").arg(QString::number(d), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        if (whole && d != std::floor(d)) {
            fail(field, tr("expected a whole number"));
            return std::nullopt;
        }
        return d;
    }

    template <typename E, std::size_t N>
    E enumeration(const QJsonObject &o, const QString &path, const QString &key, const std::array<NameRow<E>, N> &rows, E fallback)
    {
        const QJsonValue v = o.value(key);
        const std::optional<E> e = fromNameOf(rows, v.toString());
        if (!v.isString() || !e) {
            fail(join(path, key), tr("expected one of %1").arg(namesOf(rows)));
            return fallback;
        }
        return *e;
    }

    QStringList strings(const QJsonObject &o, const QString &path, const QString &key)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return out;
        const QJsonArray a = array(v, join(path, key));
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString()) {
                fail(at(join(path, key), i), tr("expected a text"));
                return out;
            }
            out.append(a[i].toString());
        }
        return out;
    }

    QList<SourceRef> sources(const QJsonObject &o, const QString &path, const QString &key)
    {
        QList<SourceRef> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return out;
        const QJsonArray a = array(v, join(path, key));
        for (int i = 0; i < a.size() && !error; ++i) {
            const QString p = at(join(path, key), i);
            const QJsonObject so = object(a[i], p);
            if (error || !keys(so, p, {QStringLiteral("id"), QStringLiteral("title")}, {QStringLiteral("where")}))
                break;
            out.append({text(so, p, QStringLiteral("id"), true), text(so, p, QStringLiteral("title"), true), text(so, p, QStringLiteral("where"))});
        }
        return out;
    }

    Confidence confidence(const QJsonObject &o, const QString &path, const QString &key)
    {
        const std::optional<Confidence> c = ConfidenceNames::fromName(o.value(key).toString());
        if (!c) {
            fail(join(path, key), tr("expected \"documented\", \"observed\" or \"uncertain\""));
            return Confidence::Uncertain;
        }
        return *c;
    }

    // A mark and a confidence that go together.
    void markAndConfidence(const QJsonObject &o, const QString &path, QString &mark, Confidence &confidence)
    {
        mark = text(o, path, QStringLiteral("mark"), true);
        confidence = this->confidence(o, path, QStringLiteral("confidence"));
        if (error)
            return;
        const std::optional<Confidence> fromMark = ConfidenceNames::fromMark(mark);
        if (!fromMark)
            fail(join(path, QStringLiteral("mark")), tr("unknown mark '%1'").arg(mark));
        else if (*fromMark != confidence)
            fail(join(path, QStringLiteral("confidence")), tr("does not match the mark [%1]").arg(mark));
    }

    PlanFact fact(const QJsonObject &parent, const QString &path, const QString &key)
    {
        PlanFact f;
        const QString p = join(path, key);
        const QJsonObject o = object(parent.value(key), p);
        if (error || !keys(o, p, {QStringLiteral("text"), QStringLiteral("confidence")},
                           {QStringLiteral("unknown"), QStringLiteral("mark"), QStringLiteral("sources"), QStringLiteral("note"),
                            QStringLiteral("other_readings")}))
            return f;
        f.text = text(o, p, QStringLiteral("text"));
        f.note = text(o, p, QStringLiteral("note"));
        const QString unknown = text(o, p, QStringLiteral("unknown"));
        if (unknown.isEmpty())
            f.unknown = Unknown::Known;
        else if (unknown == QLatin1String("no-maker-figure"))
            f.unknown = Unknown::NoMakerFigure;
        else if (unknown == QLatin1String("not-found"))
            f.unknown = Unknown::NotFound;
        else if (unknown == QLatin1String("not-in-catalogue"))
            f.unknown = Unknown::NotInCatalogue;
        else
            fail(join(p, QStringLiteral("unknown")), tr("expected \"no-maker-figure\", \"not-found\" or \"not-in-catalogue\""));
        if (error)
            return f;
        if (f.known() && f.text.trimmed().isEmpty()) {
            fail(join(p, QStringLiteral("text")), tr("a known fact needs its text"));
            return f;
        }
        if (f.unknown == Unknown::NotInCatalogue) {
            // Nothing to source: the model is not in the catalogue.
            f.confidence = confidence(o, p, QStringLiteral("confidence"));
            return f;
        }
        markAndConfidence(o, p, f.mark, f.confidence);
        f.sources = sources(o, p, QStringLiteral("sources"));
        if (!error && f.sources.isEmpty())
            fail(join(p, QStringLiteral("sources")), tr("a fact needs at least one source"));
        const QJsonValue others = o.value(QStringLiteral("other_readings"));
        if (!others.isUndefined() && !error) {
            const QJsonArray a = array(others, join(p, QStringLiteral("other_readings")));
            for (int i = 0; i < a.size() && !error; ++i) {
                const QString op = at(join(p, QStringLiteral("other_readings")), i);
                const QJsonObject oo = object(a[i], op);
                if (error || !keys(oo, op, {QStringLiteral("text"), QStringLiteral("mark"), QStringLiteral("confidence"), QStringLiteral("sources")},
                                   {QStringLiteral("note")}))
                    break;
                PlanFact::Other other;
                other.text = text(oo, op, QStringLiteral("text"), true);
                markAndConfidence(oo, op, other.mark, other.confidence);
                other.sources = sources(oo, op, QStringLiteral("sources"));
                other.note = text(oo, op, QStringLiteral("note"));
                f.otherReadings.append(other);
            }
        }
        return f;
    }

    ModelRef model(const QJsonObject &o, const QString &path, const Catalogue &catalogue, bool battery)
    {
        ModelRef m;
        m.id = text(o, path, QStringLiteral("model"), true);
        m.name = text(o, path, QStringLiteral("name"));
        if (error)
            return m;
        if (m.id == QLatin1String("other")) {
            if (m.name.trimmed().isEmpty())
                fail(join(path, QStringLiteral("name")), tr("a model outside the catalogue needs its name"));
            return m;
        }
        const bool known = battery ? catalogue.battery(m.id) != nullptr : catalogue.inverter(m.id) != nullptr;
        if (!known) {
            fail(join(path, QStringLiteral("model")),
                 battery ? tr("unknown battery model '%1' (see `bankscope-cli catalogue`; a battery outside the catalogue is \"other\" with its name)").arg(m.id)
                         : tr("unknown inverter model '%1' (see `bankscope-cli catalogue`; an inverter outside the catalogue is \"other\" with its name)").arg(m.id));
        }
        return m;
    }

    PlanOrder order(const QJsonObject &parent, const QString &key)
    {
        PlanOrder order;
        const QJsonObject o = object(parent.value(key), key);
        if (error || !keys(o, key, {QStringLiteral("origin"), QStringLiteral("steps")},
                           {QStringLiteral("confidence"), QStringLiteral("sources"), QStringLiteral("note")}))
            return order;
        order.origin = enumeration(o, key, QStringLiteral("origin"), kOrigins, OrderOrigin::Missing);
        if (o.contains(QStringLiteral("confidence")))
            order.confidence = confidence(o, key, QStringLiteral("confidence"));
        order.sources = sources(o, key, QStringLiteral("sources"));
        order.note = text(o, key, QStringLiteral("note"));
        const QJsonArray steps = array(o.value(QStringLiteral("steps")), join(key, QStringLiteral("steps")));
        for (int i = 0; i < steps.size() && !error; ++i) {
            const QString p = at(join(key, QStringLiteral("steps")), i);
            const QJsonObject so = object(steps[i], p);
            if (error || !keys(so, p, {QStringLiteral("text")}, {QStringLiteral("breaker")}))
                break;
            order.steps.append({text(so, p, QStringLiteral("text"), true), text(so, p, QStringLiteral("breaker"))});
        }
        if (!error && order.origin == OrderOrigin::Missing && !order.steps.isEmpty())
            fail(join(key, QStringLiteral("origin")), tr("an order with steps says where it comes from: \"installer\" or \"catalogue\""));
        if (!error && order.origin != OrderOrigin::Missing && order.steps.isEmpty())
            fail(join(key, QStringLiteral("steps")), tr("an order needs at least one step"));
        return order;
    }
};

QJsonArray sourcesToJson(const QList<SourceRef> &sources)
{
    QJsonArray a;
    for (const SourceRef &s : sources) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}};
        if (!s.where.isEmpty())
            o.insert(QStringLiteral("where"), s.where);
        a.append(o);
    }
    return a;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    const double r = std::round(*v * 1000.0) / 1000.0;
    return r == 0.0 ? 0.0 : r;
}

QJsonObject orderToJson(const PlanOrder &order)
{
    QJsonArray steps;
    for (const OrderStep &s : order.steps) {
        QJsonObject o{{QStringLiteral("text"), s.text}};
        if (!s.breaker.isEmpty())
            o.insert(QStringLiteral("breaker"), s.breaker);
        steps.append(o);
    }
    QJsonObject o{{QStringLiteral("origin"), nameOf(kOrigins, order.origin)}, {QStringLiteral("steps"), steps},
                  {QStringLiteral("confidence"), ConfidenceNames::name(order.confidence)}};
    if (!order.sources.isEmpty())
        o.insert(QStringLiteral("sources"), sourcesToJson(order.sources));
    if (!order.note.isEmpty())
        o.insert(QStringLiteral("note"), order.note);
    return o;
}

QList<SourceRef> sourceRefs(const QStringList &ids, const Catalogue &catalogue)
{
    QList<SourceRef> out;
    for (const QString &id : ids) {
        const CatalogueSource *s = catalogue.source(id);
        out.append({id, s ? s->title : id, s ? s->where : QString()});
    }
    return out;
}

QString factText(const QJsonValue &v)
{
    Fact f;
    f.value = v;
    f.unknown = Unknown::Known;
    return f.text();
}

} // namespace

namespace PlanNames {

QString role(PlanRole r) { return nameOf(kRoles, r); }
std::optional<PlanRole> roleFromName(const QString &name) { return fromNameOf(kRoles, name); }
QString roleLabel(PlanRole r) { return labelOf(kRoles, r, "PlanRole"); }
QString topology(Topology t) { return nameOf(kTopologies, t); }
std::optional<Topology> topologyFromName(const QString &name) { return fromNameOf(kTopologies, name); }
QString topologyLabel(Topology t) { return labelOf(kTopologies, t, "Topology"); }
QString orderOrigin(OrderOrigin o) { return nameOf(kOrigins, o); }
std::optional<OrderOrigin> orderOriginFromName(const QString &name) { return fromNameOf(kOrigins, name); }
QString status(CheckStatus s) { return nameOf(kStatuses, s); }
std::optional<CheckStatus> statusFromName(const QString &name) { return fromNameOf(kStatuses, name); }
QString statusLabel(CheckStatus s) { return labelOf(kStatuses, s, "CheckStatus"); }
QString severity(Severity s) { return nameOf(kSeverities, s); }
std::optional<Severity> severityFromName(const QString &name) { return fromNameOf(kSeverities, name); }

} // namespace PlanNames

QString PlanFact::display() const
{
    return known() ? text : UnknownNames::label(unknown);
}

PlanFact PlanFact::from(const Fact &fact, const Catalogue &catalogue)
{
    PlanFact p;
    p.unknown = fact.unknown;
    p.text = fact.known() ? fact.text() : QString();
    p.mark = fact.mark;
    p.confidence = fact.confidence;
    p.sources = sourceRefs(fact.sources, catalogue);
    p.note = fact.note;
    for (const FactReading &r : fact.otherReadings)
        p.otherReadings.append({factText(r.value), r.mark, r.confidence, sourceRefs(r.sources, catalogue), r.note});
    return p;
}

PlanFact PlanFact::notInCatalogue()
{
    PlanFact p;
    p.unknown = Unknown::NotInCatalogue;
    p.confidence = Confidence::Uncertain;
    return p;
}

const PlanPack *CommissioningPlan::pack(const QString &id) const
{
    for (const PlanPack &p : packs)
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList CommissioningPlan::masters() const
{
    QStringList out;
    for (const PlanPack &p : packs)
        if (p.role == PlanRole::Master)
            out.append(p.id);
    return out;
}

BankConfig CommissioningPlan::bankConfig(const Catalogue &catalogue) const
{
    BankConfig config;
    config.architecture = architecture;
    for (const PlanPack &p : packs) {
        if (p.unit == QLatin1String("bmu"))
            continue; // a BMU carries no cells
        PackConfig pc;
        pc.id = p.id;
        pc.model = p.model.name;
        const BatteryModel *m = p.model.inCatalogue() ? catalogue.battery(p.model.id) : nullptr;
        pc.ratedCapacityAh = m && m->capacityAh.number() ? *m->capacityAh.number() : 0.0;
        pc.role = p.role == PlanRole::Master ? PackRole::Master : PackRole::Slave;
        pc.address = p.address.value_or(0);
        config.packs.append(pc);
    }
    return config;
}

namespace PlanJson {

QJsonObject factToJson(const PlanFact &f)
{
    QJsonObject o{{QStringLiteral("text"), f.text}, {QStringLiteral("confidence"), ConfidenceNames::name(f.confidence)}};
    if (!f.known())
        o.insert(QStringLiteral("unknown"), UnknownNames::name(f.unknown));
    if (f.unknown == Unknown::NotInCatalogue)
        return o;
    o.insert(QStringLiteral("mark"), f.mark);
    o.insert(QStringLiteral("sources"), sourcesToJson(f.sources));
    if (!f.note.isEmpty())
        o.insert(QStringLiteral("note"), f.note);
    if (!f.otherReadings.isEmpty()) {
        QJsonArray others;
        for (const PlanFact::Other &r : f.otherReadings) {
            QJsonObject ro{{QStringLiteral("text"), r.text}, {QStringLiteral("mark"), r.mark},
                           {QStringLiteral("confidence"), ConfidenceNames::name(r.confidence)}, {QStringLiteral("sources"), sourcesToJson(r.sources)}};
            if (!r.note.isEmpty())
                ro.insert(QStringLiteral("note"), r.note);
            others.append(ro);
        }
        o.insert(QStringLiteral("other_readings"), others);
    }
    return o;
}

QJsonObject toJson(const CommissioningPlan &plan)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), plan.diagnosisChecks.isEmpty() ? 1 : CommissioningPlan::kVersion);
    o.insert(QStringLiteral("created"), plan.created);
    o.insert(QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), plan.site}, {QStringLiteral("address"), plan.siteAddress}});
    o.insert(QStringLiteral("installer"), QJsonObject{{QStringLiteral("name"), plan.installer},
                                                      {QStringLiteral("company"), plan.company},
                                                      {QStringLiteral("phone"), plan.phone}});
    o.insert(QStringLiteral("isolation_order"), orderToJson(plan.isolationOrder));
    o.insert(QStringLiteral("power_up_order"), orderToJson(plan.powerUpOrder));

    const PlanInverter &inv = plan.inverter;
    QJsonObject inverter{{QStringLiteral("model"), inv.model.id},
                         {QStringLiteral("name"), inv.model.name},
                         {QStringLiteral("firmware"), inv.firmware},
                         {QStringLiteral("release_notes_checked"), inv.releaseNotesChecked},
                         {QStringLiteral("link"), inv.link},
                         {QStringLiteral("bms_protocol"), inv.bmsProtocol},
                         {QStringLiteral("menu_path"), factToJson(inv.menuPath)},
                         {QStringLiteral("setting"), factToJson(inv.setting)},
                         {QStringLiteral("battery_port_setting"), factToJson(inv.batteryPortSetting)},
                         {QStringLiteral("comm_loss"), factToJson(inv.commLoss)}};
    if (!inv.commLossSettingName.isEmpty()) {
        inverter.insert(QStringLiteral("comm_loss_setting"), QJsonObject{{QStringLiteral("name"), inv.commLossSettingName},
                                                                         {QStringLiteral("value"), inv.commLossSettingValue}});
    }
    o.insert(QStringLiteral("inverter"), inverter);

    QJsonArray batteries;
    for (const PlanBattery &b : plan.batteries)
        batteries.append(QJsonObject{{QStringLiteral("model"), b.model.id}, {QStringLiteral("name"), b.model.name}, {QStringLiteral("count"), b.count}});
    o.insert(QStringLiteral("batteries"), batteries);
    o.insert(QStringLiteral("architecture"), ArchitectureNames::name(plan.architecture));
    o.insert(QStringLiteral("topology"), PlanNames::topology(plan.topology));

    QJsonArray packs;
    for (const PlanPack &p : plan.packs) {
        packs.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("model"), p.model.id},
                                 {QStringLiteral("name"), p.model.name},
                                 {QStringLiteral("unit"), p.unit},
                                 {QStringLiteral("serial"), p.serial},
                                 {QStringLiteral("firmware"), p.firmware},
                                 {QStringLiteral("group"), p.group},
                                 {QStringLiteral("address"), p.address ? QJsonValue(*p.address) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("role"), PlanNames::role(p.role)},
                                 {QStringLiteral("dip"), p.dip},
                                 {QStringLiteral("cable_length_m"), optionalNumber(p.cableLengthM)},
                                 {QStringLiteral("chain_position"), p.chainPosition}});
    }
    o.insert(QStringLiteral("packs"), packs);

    QJsonArray standIns;
    for (const StandIn &s : plan.standIns)
        standIns.append(QJsonObject{{QStringLiteral("group"), s.group}, {QStringLiteral("master"), s.master},
                                    {QStringLiteral("pack"), s.pack}, {QStringLiteral("reason"), s.reason}});
    o.insert(QStringLiteral("stand_ins"), standIns);

    QJsonArray links;
    for (const PlanLink &l : plan.links) {
        QJsonObject lo{{QStringLiteral("id"), l.id}, {QStringLiteral("kind"), l.kind}, {QStringLiteral("medium"), l.medium},
                       {QStringLiteral("protocol"), l.protocol}, {QStringLiteral("speed"), l.speed},
                       {QStringLiteral("from"), l.from}, {QStringLiteral("to"), l.to}};
        if (!l.role.isEmpty())
            lo.insert(QStringLiteral("role"), l.role);
        if (!l.note.isEmpty())
            lo.insert(QStringLiteral("note"), l.note);
        links.append(lo);
    }
    o.insert(QStringLiteral("links"), links);

    QJsonArray notes;
    for (const PlanNote &n : plan.notes) {
        QJsonObject no{{QStringLiteral("code"), n.code}, {QStringLiteral("severity"), PlanNames::severity(n.severity)},
                       {QStringLiteral("confidence"), ConfidenceNames::name(n.confidence)}};
        if (!n.args.isEmpty())
            no.insert(QStringLiteral("args"), QJsonArray::fromStringList(n.args));
        if (!n.sources.isEmpty())
            no.insert(QStringLiteral("sources"), sourcesToJson(n.sources));
        notes.append(no);
    }
    o.insert(QStringLiteral("notes"), notes);

    QJsonArray checks;
    for (const PlanCheck &c : plan.checks) {
        QJsonObject co{{QStringLiteral("check"), c.check}, {QStringLiteral("code"), c.code},
                       {QStringLiteral("status"), PlanNames::status(c.status)}, {QStringLiteral("severity"), PlanNames::severity(c.severity)},
                       {QStringLiteral("confidence"), ConfidenceNames::name(c.confidence)}, {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("text"), c.text}, {QStringLiteral("next_step"), c.nextStep}, {QStringLiteral("at"), c.at}};
        if (!c.args.isEmpty())
            co.insert(QStringLiteral("args"), QJsonArray::fromStringList(c.args));
        if (!c.sources.isEmpty())
            co.insert(QStringLiteral("sources"), sourcesToJson(c.sources));
        checks.append(co);
    }
    o.insert(QStringLiteral("checks"), checks);

    QJsonArray manual;
    for (const ManualCheck &m : plan.manualChecks)
        manual.append(QJsonObject{{QStringLiteral("check"), m.check}, {QStringLiteral("status"), PlanNames::status(m.status)},
                                  {QStringLiteral("note"), m.note}, {QStringLiteral("photo"), m.photo},
                                  {QStringLiteral("by"), m.by}, {QStringLiteral("at"), m.at}});
    o.insert(QStringLiteral("manual_checks"), manual);

    if (plan.handover) {
        QJsonArray hp;
        for (const HandoverPack &p : plan.handover->packs)
            hp.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("serial"), p.serial}, {QStringLiteral("matched_by"), p.matchedBy},
                                  {QStringLiteral("soc_pct"), optionalNumber(p.socPct)}, {QStringLiteral("voltage_V"), optionalNumber(p.voltageV)},
                                  {QStringLiteral("current_A"), optionalNumber(p.currentA)}, {QStringLiteral("cell_min_mV"), optionalNumber(p.cellMinMv)},
                                  {QStringLiteral("cell_max_mV"), optionalNumber(p.cellMaxMv)}, {QStringLiteral("temp_min_C"), optionalNumber(p.tempMinC)},
                                  {QStringLiteral("temp_max_C"), optionalNumber(p.tempMaxC)}, {QStringLiteral("age_s"), optionalNumber(p.ageS)}});
        o.insert(QStringLiteral("handover"), QJsonObject{{QStringLiteral("at"), plan.handover->at},
                                                         {QStringLiteral("source"), plan.handover->source},
                                                         {QStringLiteral("packs"), hp}});
    } else {
        o.insert(QStringLiteral("handover"), QJsonValue(QJsonValue::Null));
    }

    QJsonArray alarms;
    for (const AlarmSeen &a : plan.alarms)
        alarms.append(QJsonObject{{QStringLiteral("at"), a.at}, {QStringLiteral("pack"), a.pack}, {QStringLiteral("code"), a.code}});
    o.insert(QStringLiteral("alarms"), alarms);
    if (!plan.diagnosisChecks.isEmpty()) {
        QJsonArray found;
        for (const ManualFinding &f : plan.diagnosisChecks) {
            QJsonObject fo{{QStringLiteral("check"), f.check}, {QStringLiteral("done"), f.done}};
            if (f.done)
                fo.insert(QStringLiteral("outcome"), f.outcome);
            fo.insert(QStringLiteral("note"), f.note);
            fo.insert(QStringLiteral("at"), f.at);
            found.append(fo);
        }
        o.insert(QStringLiteral("diagnosis_checks"), found);
    }
    o.insert(QStringLiteral("failover"), plan.failover.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(plan.failover));
    return o;
}

QByteArray write(const CommissioningPlan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

Expected<CommissioningPlan, Error> parse(const QByteArray &json, const Catalogue &catalogue)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QString(), tr("not a complete JSON document (%1 at offset %2): is the file truncated?")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)};
    }
    if (!doc.isObject())
        return Error{QString(), tr("expected a JSON object (a BankScope commissioning plan)")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Error{QStringLiteral("format"), tr("not a BankScope commissioning plan (expected \"%1\")").arg(kFormat)};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toInt() < 1)
        return Error{QStringLiteral("version"), tr("expected a whole number")};
    if (version.toInt() > CommissioningPlan::kVersion) {
        return Error{QStringLiteral("version"), tr("written by a newer BankScope (plan version %1); this one reads version %2")
                                                    .arg(version.toInt())
                                                    .arg(CommissioningPlan::kVersion)};
    }

    Reader r;
    CommissioningPlan plan;
    r.keys(root, QString(),
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("site"), QStringLiteral("installer"),
            QStringLiteral("isolation_order"), QStringLiteral("power_up_order"), QStringLiteral("inverter"),
            QStringLiteral("batteries"), QStringLiteral("architecture"), QStringLiteral("topology"), QStringLiteral("packs")},
           {QStringLiteral("created"), QStringLiteral("stand_ins"), QStringLiteral("links"), QStringLiteral("notes"),
            QStringLiteral("checks"), QStringLiteral("manual_checks"), QStringLiteral("handover"), QStringLiteral("alarms"),
            QStringLiteral("failover"), QStringLiteral("diagnosis_checks")});
    plan.created = r.text(root, QString(), QStringLiteral("created"));

    if (!r.error) {
        const QJsonObject site = r.object(root.value(QStringLiteral("site")), QStringLiteral("site"));
        if (!r.error && r.keys(site, QStringLiteral("site"), {QStringLiteral("name")}, {QStringLiteral("address")})) {
            plan.site = r.text(site, QStringLiteral("site"), QStringLiteral("name"));
            plan.siteAddress = r.text(site, QStringLiteral("site"), QStringLiteral("address"));
        }
    }
    if (!r.error) {
        const QString path = QStringLiteral("installer");
        const QJsonObject inst = r.object(root.value(path), path);
        if (!r.error && r.keys(inst, path, {QStringLiteral("name")}, {QStringLiteral("company"), QStringLiteral("phone")})) {
            plan.installer = r.text(inst, path, QStringLiteral("name"));
            plan.company = r.text(inst, path, QStringLiteral("company"));
            plan.phone = r.text(inst, path, QStringLiteral("phone"));
        }
    }
    if (!r.error)
        plan.isolationOrder = r.order(root, QStringLiteral("isolation_order"));
    if (!r.error)
        plan.powerUpOrder = r.order(root, QStringLiteral("power_up_order"));

    if (!r.error) {
        const QString path = QStringLiteral("inverter");
        const QJsonObject inv = r.object(root.value(path), path);
        if (!r.error && r.keys(inv, path,
                               {QStringLiteral("model"), QStringLiteral("firmware"), QStringLiteral("release_notes_checked"),
                                QStringLiteral("link"), QStringLiteral("bms_protocol"), QStringLiteral("menu_path"),
                                QStringLiteral("setting"), QStringLiteral("battery_port_setting"), QStringLiteral("comm_loss")},
                               {QStringLiteral("name"), QStringLiteral("comm_loss_setting")})) {
            PlanInverter &pi = plan.inverter;
            pi.model = r.model(inv, path, catalogue, false);
            pi.firmware = r.text(inv, path, QStringLiteral("firmware"));
            pi.releaseNotesChecked = r.boolean(inv, path, QStringLiteral("release_notes_checked"));
            pi.link = r.text(inv, path, QStringLiteral("link"));
            if (!r.error && !pi.link.isEmpty() && pi.link != QLatin1String("can") && pi.link != QLatin1String("rs485"))
                r.fail(path + QStringLiteral(".link"), tr("expected \"can\", \"rs485\" or empty"));
            pi.bmsProtocol = r.text(inv, path, QStringLiteral("bms_protocol"));
            if (!r.error && !pi.bmsProtocol.isEmpty() && !CatalogueNames::protocols().contains(pi.bmsProtocol))
                r.fail(path + QStringLiteral(".bms_protocol"), tr("unknown protocol '%1'").arg(pi.bmsProtocol));
            if (!r.error)
                pi.menuPath = r.fact(inv, path, QStringLiteral("menu_path"));
            if (!r.error)
                pi.setting = r.fact(inv, path, QStringLiteral("setting"));
            if (!r.error)
                pi.batteryPortSetting = r.fact(inv, path, QStringLiteral("battery_port_setting"));
            if (!r.error)
                pi.commLoss = r.fact(inv, path, QStringLiteral("comm_loss"));
            if (!r.error && inv.contains(QStringLiteral("comm_loss_setting"))) {
                const QString sp = path + QStringLiteral(".comm_loss_setting");
                const QJsonObject s = r.object(inv.value(QStringLiteral("comm_loss_setting")), sp);
                if (!r.error && r.keys(s, sp, {QStringLiteral("name"), QStringLiteral("value")})) {
                    pi.commLossSettingName = r.text(s, sp, QStringLiteral("name"), true);
                    pi.commLossSettingValue = r.text(s, sp, QStringLiteral("value"));
                }
            }
        }
    }

    if (!r.error) {
        const QJsonArray batteries = r.array(root.value(QStringLiteral("batteries")), QStringLiteral("batteries"));
        for (int i = 0; i < batteries.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("batteries"), i);
            const QJsonObject b = r.object(batteries[i], p);
            if (r.error || !r.keys(b, p, {QStringLiteral("model"), QStringLiteral("count")}, {QStringLiteral("name")}))
                break;
            PlanBattery pb;
            pb.model = r.model(b, p, catalogue, true);
            pb.count = int(r.number(b, p, QStringLiteral("count"), 1, 64, true).value_or(0));
            plan.batteries.append(pb);
        }
    }
    if (!r.error) {
        const QJsonValue a = root.value(QStringLiteral("architecture"));
        const std::optional<Architecture> arch = ArchitectureNames::fromName(a.toString());
        if (!a.isString() || !arch)
            r.fail(QStringLiteral("architecture"), tr("expected \"master-slave\", \"peer-to-peer\" or \"single-master\""));
        else
            plan.architecture = *arch;
        plan.topology = r.enumeration(root, QString(), QStringLiteral("topology"), kTopologies, Topology::MasterCable);
    }

    if (!r.error) {
        const QJsonArray packs = r.array(root.value(QStringLiteral("packs")), QStringLiteral("packs"));
        for (int i = 0; i < packs.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("packs"), i);
            const QJsonObject o = r.object(packs[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("id"), QStringLiteral("model"), QStringLiteral("role")},
                                   {QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("serial"), QStringLiteral("firmware"),
                                    QStringLiteral("group"), QStringLiteral("address"), QStringLiteral("dip"),
                                    QStringLiteral("cable_length_m"), QStringLiteral("chain_position")}))
                break;
            PlanPack pack;
            pack.id = r.text(o, p, QStringLiteral("id"), true);
            pack.model = r.model(o, p, catalogue, true);
            pack.unit = r.text(o, p, QStringLiteral("unit"));
            pack.serial = r.text(o, p, QStringLiteral("serial"));
            pack.firmware = r.text(o, p, QStringLiteral("firmware"));
            pack.group = int(r.number(o, p, QStringLiteral("group"), 0, 16, true).value_or(0));
            if (const auto a = r.number(o, p, QStringLiteral("address"), 0, 254, true))
                pack.address = int(*a);
            pack.role = r.enumeration(o, p, QStringLiteral("role"), kRoles, PlanRole::Slave);
            pack.dip = r.text(o, p, QStringLiteral("dip"));
            pack.cableLengthM = r.number(o, p, QStringLiteral("cable_length_m"), 0, 1000);
            pack.chainPosition = int(r.number(o, p, QStringLiteral("chain_position"), 0, 64, true).value_or(0));
            plan.packs.append(pack);
        }
    }

    if (!r.error && root.contains(QStringLiteral("stand_ins"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("stand_ins")), QStringLiteral("stand_ins"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("stand_ins"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("master"), QStringLiteral("pack")}, {QStringLiteral("group"), QStringLiteral("reason")}))
                break;
            StandIn s;
            s.group = int(r.number(o, p, QStringLiteral("group"), 0, 16, true).value_or(0));
            s.master = r.text(o, p, QStringLiteral("master"));
            s.pack = r.text(o, p, QStringLiteral("pack"));
            s.reason = r.text(o, p, QStringLiteral("reason"));
            plan.standIns.append(s);
        }
    }

    if (!r.error && root.contains(QStringLiteral("links"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("links")), QStringLiteral("links"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("links"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("id"), QStringLiteral("kind")},
                                   {QStringLiteral("medium"), QStringLiteral("protocol"), QStringLiteral("speed"), QStringLiteral("from"),
                                    QStringLiteral("to"), QStringLiteral("role"), QStringLiteral("note")}))
                break;
            PlanLink l;
            l.id = r.text(o, p, QStringLiteral("id"), true);
            l.kind = r.text(o, p, QStringLiteral("kind"), true);
            if (!r.error && !QStringList{QStringLiteral("inverter"), QStringLiteral("pack-bus"), QStringLiteral("bankscope")}.contains(l.kind))
                r.fail(p + QStringLiteral(".kind"), tr("expected \"inverter\", \"pack-bus\" or \"bankscope\""));
            l.medium = r.text(o, p, QStringLiteral("medium"));
            l.protocol = r.text(o, p, QStringLiteral("protocol"));
            if (!r.error && !l.protocol.isEmpty() && !CatalogueNames::protocols().contains(l.protocol))
                r.fail(p + QStringLiteral(".protocol"), tr("unknown protocol '%1'").arg(l.protocol));
            l.speed = int(r.number(o, p, QStringLiteral("speed"), 0, 1e7, true).value_or(0));
            l.from = r.text(o, p, QStringLiteral("from"));
            l.to = r.text(o, p, QStringLiteral("to"));
            l.role = r.text(o, p, QStringLiteral("role"));
            if (!r.error && !l.role.isEmpty() && l.role != QLatin1String("listen") && l.role != QLatin1String("poll"))
                r.fail(p + QStringLiteral(".role"), tr("expected \"listen\" or \"poll\""));
            l.note = r.text(o, p, QStringLiteral("note"));
            plan.links.append(l);
        }
    }

    if (!r.error && root.contains(QStringLiteral("notes"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("notes")), QStringLiteral("notes"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("notes"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("code"), QStringLiteral("severity"), QStringLiteral("confidence")},
                                   {QStringLiteral("args"), QStringLiteral("sources")}))
                break;
            PlanNote n;
            n.code = r.text(o, p, QStringLiteral("code"), true);
            n.severity = r.enumeration(o, p, QStringLiteral("severity"), kSeverities, Severity::Info);
            n.confidence = r.confidence(o, p, QStringLiteral("confidence"));
            n.args = r.strings(o, p, QStringLiteral("args"));
            n.sources = r.sources(o, p, QStringLiteral("sources"));
            plan.notes.append(n);
        }
    }

    if (!r.error && root.contains(QStringLiteral("checks"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("checks")), QStringLiteral("checks"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("checks"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("check"), QStringLiteral("code"), QStringLiteral("status")},
                                   {QStringLiteral("severity"), QStringLiteral("confidence"), QStringLiteral("subject"),
                                    QStringLiteral("args"), QStringLiteral("text"), QStringLiteral("next_step"),
                                    QStringLiteral("sources"), QStringLiteral("at")}))
                break;
            PlanCheck c;
            c.check = r.text(o, p, QStringLiteral("check"), true);
            c.code = r.text(o, p, QStringLiteral("code"), true);
            c.status = r.enumeration(o, p, QStringLiteral("status"), kStatuses, CheckStatus::Pending);
            if (o.contains(QStringLiteral("severity")))
                c.severity = r.enumeration(o, p, QStringLiteral("severity"), kSeverities, Severity::Info);
            if (o.contains(QStringLiteral("confidence")))
                c.confidence = r.confidence(o, p, QStringLiteral("confidence"));
            c.subject = r.text(o, p, QStringLiteral("subject"));
            c.args = r.strings(o, p, QStringLiteral("args"));
            c.text = r.text(o, p, QStringLiteral("text"));
            c.nextStep = r.text(o, p, QStringLiteral("next_step"));
            c.sources = r.sources(o, p, QStringLiteral("sources"));
            c.at = r.text(o, p, QStringLiteral("at"));
            plan.checks.append(c);
        }
    }

    if (!r.error && root.contains(QStringLiteral("manual_checks"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("manual_checks")), QStringLiteral("manual_checks"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("manual_checks"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("check"), QStringLiteral("status")},
                                   {QStringLiteral("note"), QStringLiteral("photo"), QStringLiteral("by"), QStringLiteral("at")}))
                break;
            ManualCheck m;
            m.check = r.text(o, p, QStringLiteral("check"), true);
            m.status = r.enumeration(o, p, QStringLiteral("status"), kStatuses, CheckStatus::RecordedByHand);
            m.note = r.text(o, p, QStringLiteral("note"));
            m.photo = r.text(o, p, QStringLiteral("photo"));
            m.by = r.text(o, p, QStringLiteral("by"));
            m.at = r.text(o, p, QStringLiteral("at"));
            plan.manualChecks.append(m);
        }
    }

    if (!r.error && root.contains(QStringLiteral("handover")) && !root.value(QStringLiteral("handover")).isNull()) {
        const QString path = QStringLiteral("handover");
        const QJsonObject h = r.object(root.value(path), path);
        if (!r.error && r.keys(h, path, {QStringLiteral("packs")}, {QStringLiteral("at"), QStringLiteral("source")})) {
            Handover handover;
            handover.at = r.text(h, path, QStringLiteral("at"));
            handover.source = r.text(h, path, QStringLiteral("source"));
            const QJsonArray list = r.array(h.value(QStringLiteral("packs")), path + QStringLiteral(".packs"));
            for (int i = 0; i < list.size() && !r.error; ++i) {
                const QString p = Reader::at(path + QStringLiteral(".packs"), i);
                const QJsonObject o = r.object(list[i], p);
                if (r.error || !r.keys(o, p, {QStringLiteral("id")},
                                       {QStringLiteral("serial"), QStringLiteral("matched_by"), QStringLiteral("soc_pct"),
                                        QStringLiteral("voltage_V"), QStringLiteral("current_A"), QStringLiteral("cell_min_mV"),
                                        QStringLiteral("cell_max_mV"), QStringLiteral("temp_min_C"), QStringLiteral("temp_max_C"),
                                        QStringLiteral("age_s")}))
                    break;
                HandoverPack hp;
                hp.id = r.text(o, p, QStringLiteral("id"), true);
                hp.serial = r.text(o, p, QStringLiteral("serial"));
                hp.matchedBy = r.text(o, p, QStringLiteral("matched_by"));
                hp.socPct = r.number(o, p, QStringLiteral("soc_pct"), 0, 100);
                hp.voltageV = r.number(o, p, QStringLiteral("voltage_V"), 0, 1000);
                hp.currentA = r.number(o, p, QStringLiteral("current_A"), -100000, 100000);
                hp.cellMinMv = r.number(o, p, QStringLiteral("cell_min_mV"), 0, 10000);
                hp.cellMaxMv = r.number(o, p, QStringLiteral("cell_max_mV"), 0, 10000);
                hp.tempMinC = r.number(o, p, QStringLiteral("temp_min_C"), -100, 250);
                hp.tempMaxC = r.number(o, p, QStringLiteral("temp_max_C"), -100, 250);
                hp.ageS = r.number(o, p, QStringLiteral("age_s"), 0, 1e9);
                handover.packs.append(hp);
            }
            plan.handover = handover;
        }
    }

    if (!r.error && root.contains(QStringLiteral("alarms"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("alarms")), QStringLiteral("alarms"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("alarms"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("code")}, {QStringLiteral("at"), QStringLiteral("pack")}))
                break;
            plan.alarms.append({r.text(o, p, QStringLiteral("at")), r.text(o, p, QStringLiteral("pack")), r.text(o, p, QStringLiteral("code"), true)});
        }
    }

    // Version 2: the checks by hand of the diagnosis assistant.
    if (!r.error && root.contains(QStringLiteral("diagnosis_checks"))) {
        const QJsonArray list = r.array(root.value(QStringLiteral("diagnosis_checks")), QStringLiteral("diagnosis_checks"));
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = Reader::at(QStringLiteral("diagnosis_checks"), i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("check"), QStringLiteral("done")},
                                   {QStringLiteral("outcome"), QStringLiteral("note"), QStringLiteral("at")}))
                break;
            ManualFinding f;
            f.check = r.text(o, p, QStringLiteral("check"), true);
            f.done = r.boolean(o, p, QStringLiteral("done"));
            f.outcome = r.text(o, p, QStringLiteral("outcome"));
            f.note = r.text(o, p, QStringLiteral("note"));
            f.at = r.text(o, p, QStringLiteral("at"));
            if (r.error)
                break;
            const DiagnosisChecks::Check *check = DiagnosisChecks::find(f.check);
            if (!check) {
                QStringList known;
                for (const DiagnosisChecks::Check &c : DiagnosisChecks::all())
                    known.append(QStringLiteral("\"%1\"").arg(c.code));
                r.fail(p + QStringLiteral(".check"), tr("unknown check '%1' (expected one of %2)").arg(f.check, known.join(QStringLiteral(", "))));
                break;
            }
            if (f.done) {
                QStringList outcomes;
                for (const DiagnosisChecks::Outcome &out : check->outcomes)
                    outcomes.append(QStringLiteral("\"%1\"").arg(out.code));
                if (!outcomes.contains(QStringLiteral("\"%1\"").arg(f.outcome))) {
                    r.fail(p + QStringLiteral(".outcome"), f.outcome.isEmpty()
                               ? tr("a check that was done needs its outcome (one of %1)").arg(outcomes.join(QStringLiteral(", ")))
                               : tr("'%1' is not an outcome of %2 (expected one of %3)").arg(f.outcome, f.check, outcomes.join(QStringLiteral(", "))));
                    break;
                }
            } else if (!f.outcome.isEmpty()) {
                r.fail(p + QStringLiteral(".outcome"), tr("a check that was not done has no outcome"));
                break;
            }
            plan.diagnosisChecks.append(f);
        }
    }

    if (!r.error && root.contains(QStringLiteral("failover"))) {
        const QJsonValue f = root.value(QStringLiteral("failover"));
        if (!f.isNull() && !f.isObject())
            r.fail(QStringLiteral("failover"), tr("expected an object or null"));
        plan.failover = f.toObject();
        // The failover part is read as strictly as the rest (FailoverRecord).
        if (!r.error && !plan.failover.isEmpty()) {
            if (const auto record = FailoverRecord::fromJson(plan.failover); !record)
                r.fail(record.error().field, record.error().message);
        }
    }

    if (r.error)
        return *r.error;
    if (const std::optional<Error> e = validate(plan, catalogue))
        return *e;
    return plan;
}

std::optional<Error> validate(const CommissioningPlan &plan, const Catalogue &catalogue)
{
    if (plan.batteries.isEmpty())
        return Error{QStringLiteral("batteries"), tr("a plan needs at least one battery model")};
    if (plan.packs.isEmpty())
        return Error{QStringLiteral("packs"), tr("a plan needs at least one pack")};
    if (plan.inverter.releaseNotesChecked && plan.inverter.firmware.trimmed().isEmpty())
        return Error{QStringLiteral("inverter.release_notes_checked"), tr("release notes can only be checked for a firmware version: enter the inverter's firmware")};

    // Packs against the battery list.
    QHash<QString, int> planned;
    for (int i = 0; i < plan.batteries.size(); ++i) {
        const QString key = plan.batteries[i].model.id + QLatin1Char('\n') + plan.batteries[i].model.name;
        if (planned.contains(key))
            return Error{QStringLiteral("batteries[%1].model").arg(i), tr("'%1' is listed twice").arg(plan.batteries[i].model.id)};
        planned.insert(key, plan.batteries[i].count);
    }
    QHash<QString, int> counted;
    QSet<QString> ids;
    for (int i = 0; i < plan.packs.size(); ++i) {
        const PlanPack &p = plan.packs[i];
        const QString path = QStringLiteral("packs[%1]").arg(i);
        if (ids.contains(p.id))
            return Error{path + QStringLiteral(".id"), tr("duplicate pack id '%1'").arg(p.id)};
        ids.insert(p.id);
        if (p.unit == QLatin1String("bmu"))
            continue; // the BMU is not one of the counted modules
        const QString key = p.model.id + QLatin1Char('\n') + p.model.name;
        if (!planned.contains(key))
            return Error{path + QStringLiteral(".model"), tr("'%1' is not one of the plan's batteries").arg(p.model.id)};
        counted[key] += 1;
        for (QChar c : p.dip)
            if (c != QLatin1Char('0') && c != QLatin1Char('1') && c != QLatin1Char('?'))
                return Error{path + QStringLiteral(".dip"), tr("switch positions are written with 1 (ON), 0 (OFF) or ? (to match on site), switch 1 first")};
        const BatteryModel *m = p.model.inCatalogue() ? catalogue.battery(p.model.id) : nullptr;
        if (m && (m->addressScheme == AddressScheme::PylontechGroup || m->addressScheme == AddressScheme::JkDip) && p.dip.size() != 4)
            return Error{path + QStringLiteral(".dip"), tr("this model has four DIP switches: expected four positions")};
    }
    for (auto it = planned.begin(); it != planned.end(); ++it) {
        if (counted.value(it.key()) != it.value()) {
            const QString model = it.key().section(QLatin1Char('\n'), 0, 0);
            return Error{QStringLiteral("packs"), tr("the batteries list %1 × %2 but the packs hold %3")
                                                      .arg(it.value()).arg(model).arg(counted.value(it.key()))};
        }
    }

    // Masters: exactly one per group in a master-slave bank, one in a single-master bank, none
    // needed in a peer-to-peer bank.
    QHash<int, QString> masterOfGroup;
    for (int i = 0; i < plan.packs.size(); ++i) {
        const PlanPack &p = plan.packs[i];
        if (p.role != PlanRole::Master)
            continue;
        if (plan.architecture == Architecture::PeerToPeer)
            return Error{QStringLiteral("packs[%1].role").arg(i), tr("a peer-to-peer bank has no master: every BMS talks to the aggregator")};
        if (masterOfGroup.contains(p.group)) {
            return Error{QStringLiteral("packs[%1].role").arg(i), tr("two masters in one group: %1 and %2").arg(masterOfGroup.value(p.group), p.id)};
        }
        masterOfGroup.insert(p.group, p.id);
    }
    if (plan.architecture == Architecture::SingleMaster && masterOfGroup.size() > 1)
        return Error{QStringLiteral("packs"), tr("a single-master bank has one master")};
    if (plan.architecture != Architecture::PeerToPeer) {
        for (int i = 0; i < plan.packs.size(); ++i) {
            if (!masterOfGroup.contains(plan.packs[i].group))
                return Error{QStringLiteral("packs[%1].group").arg(i), tr("group %1 has no master").arg(plan.packs[i].group)};
        }
    }

    // Addresses are unique on a bus.
    QHash<int, QString> byAddress;
    for (int i = 0; i < plan.packs.size(); ++i) {
        const PlanPack &p = plan.packs[i];
        if (!p.address)
            continue;
        if (byAddress.contains(*p.address)) {
            return Error{QStringLiteral("packs[%1].address").arg(i),
                         tr("address %1 is also %2's: two units on one bus cannot share an address").arg(*p.address).arg(byAddress.value(*p.address))};
        }
        byAddress.insert(*p.address, p.id);
    }

    // Stand-ins stand in for a master and are not one.
    for (int i = 0; i < plan.standIns.size(); ++i) {
        const StandIn &s = plan.standIns[i];
        const PlanPack *master = plan.pack(s.master);
        if (!master || master->role != PlanRole::Master)
            return Error{QStringLiteral("stand_ins[%1].master").arg(i), tr("'%1' is not a master of this plan").arg(s.master)};
        if (s.pack.isEmpty())
            continue;
        const PlanPack *standIn = plan.pack(s.pack);
        if (!standIn)
            return Error{QStringLiteral("stand_ins[%1].pack").arg(i), tr("'%1' is not a pack of this plan").arg(s.pack)};
        if (standIn->role == PlanRole::Master)
            return Error{QStringLiteral("stand_ins[%1].pack").arg(i), tr("the stand-in '%1' is a master itself").arg(s.pack)};
    }

    // The firmware rule: several BMSs on the inverter's bus only once its firmware is entered and
    // its release notes were checked, where the catalogue says the feature depends on them.
    if (plan.topology == Topology::MultiDrop) {
        const InverterModel *inv = plan.inverter.model.inCatalogue() ? catalogue.inverter(plan.inverter.model.id) : nullptr;
        const bool documentedYes = inv && inv->multiBms.known() && inv->multiBms.value.toString() == QLatin1String("yes")
                                   && inv->multiBms.confidence == Confidence::Documented;
        if (inv && inv->multiBms.value.toString() == QLatin1String("no"))
            return Error{QStringLiteral("topology"), tr("the catalogue says %1 takes one BMS: a multi-drop topology is not possible").arg(inv->name)};
        if (!documentedYes && (plan.inverter.firmware.trimmed().isEmpty() || !plan.inverter.releaseNotesChecked)) {
            return Error{QStringLiteral("topology"), tr("a multi-drop topology needs the inverter's firmware version and the confirmation that its release notes were checked")};
        }
    }
    return std::nullopt;
}

} // namespace PlanJson
