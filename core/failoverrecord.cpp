#include "failoverrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <cmath>

namespace {

struct FactRow
{
    const char *key;
    const char *label;
};

// One table: every fact a failover step may need confirmed, with what the confirmation says.
constexpr std::array<FactRow, 9> kFacts{{
    {FailoverFacts::kMasterByCable,
     QT_TRANSLATE_NOOP("FailoverFacts", "the master is the unit that carries the inverter cable, at the head of the link chain (its Link 0 empty)")},
    {FailoverFacts::kJkDipMaster, QT_TRANSLATE_NOOP("FailoverFacts", "DIP 0000 makes a pack the master, and only that pack talks to the inverter")},
    {FailoverFacts::kJkDipAtPowerUp, QT_TRANSLATE_NOOP("FailoverFacts", "a pack reads its DIP switches when it starts: restart it after a change")},
    {FailoverFacts::kStandInPortProtocol,
     QT_TRANSLATE_NOOP("FailoverFacts", "the stand-in's inverter port already runs the protocol the master's runs")},
    {FailoverFacts::kAppAddress, QT_TRANSLATE_NOOP("FailoverFacts", "an address, protocol and speed set in the JK app take effect on the pack's port")},
    {FailoverFacts::kStandInPreset,
     QT_TRANSLATE_NOOP("FailoverFacts", "the stand-in was set ahead with the master's address, protocol and speed")},
    {FailoverFacts::kInverterSetting, QT_TRANSLATE_NOOP("FailoverFacts", "the inverter's battery-type menu and value are the ones set on this site")},
    {FailoverFacts::kCarriesOn, QT_TRANSLATE_NOOP("FailoverFacts", "the system carries on without one battery")},
    {FailoverFacts::kStandInTakesOver, QT_TRANSLATE_NOOP("FailoverFacts", "the stand-in takes over as master and one master is heard again")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("FailoverRecord", text);
}

using Error = PlanJson::Error;

// Reads the failover object, first error wins.
struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(FailoverRecord)

public:
    std::optional<Error> error;

    void fail(const QString &field, const QString &message)
    {
        if (!error)
            error = Error{field, message};
    }
    bool keys(const QJsonObject &o, const QString &path, const QStringList &required, const QStringList &optional)
    {
        for (const QString &k : required)
            if (!o.contains(k))
                fail(path + QLatin1Char('.') + k, tr("required field is missing"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!required.contains(it.key()) && !optional.contains(it.key()))
                fail(path + QLatin1Char('.') + it.key(), tr("unknown field"));
        return !error;
    }
    QString text(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(path + QLatin1Char('.') + key, tr("expected text"));
        return v.toString();
    }
    QString fact(const QJsonValue &v, const QString &field)
    {
        if (!v.isString()) {
            fail(field, tr("expected text"));
            return {};
        }
        if (!FailoverFacts::isKnown(v.toString()))
            fail(field, tr("unknown fact '%1' (known: %2)").arg(v.toString(), FailoverFacts::all().join(QStringLiteral(", "))));
        return v.toString();
    }
    QJsonArray array(const QJsonValue &v, const QString &field)
    {
        if (!v.isArray())
            fail(field, tr("expected a list"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &field)
    {
        if (!v.isObject())
            fail(field, tr("expected an object"));
        return v.toObject();
    }
    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 1e6) {
            fail(path + QLatin1Char('.') + key, tr("expected a number from 0 to 1000000"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    DrillBankView view(const QJsonValue &v, const QString &path)
    {
        DrillBankView out;
        const QJsonObject o = object(v, path);
        if (error || !keys(o, path, {QStringLiteral("online")},
                           {QStringLiteral("capacity_ah"), QStringLiteral("cvl_v"), QStringLiteral("ccl_a"), QStringLiteral("dcl_a"),
                            QStringLiteral("cvl_from"), QStringLiteral("ccl_from"), QStringLiteral("dcl_from")}))
            return out;
        const QJsonValue online = o.value(QStringLiteral("online"));
        if (!online.isDouble() || online.toDouble() < 0 || online.toDouble() > 1000 || online.toDouble() != std::floor(online.toDouble()))
            fail(path + QStringLiteral(".online"), tr("expected a whole number from 0 to 1000"));
        out.online = online.toInt();
        out.capacityAh = number(o, path, QStringLiteral("capacity_ah"));
        out.cvlV = number(o, path, QStringLiteral("cvl_v"));
        out.cclA = number(o, path, QStringLiteral("ccl_a"));
        out.dclA = number(o, path, QStringLiteral("dcl_a"));
        out.cvlFrom = text(o, path, QStringLiteral("cvl_from"));
        out.cclFrom = text(o, path, QStringLiteral("ccl_from"));
        out.dclFrom = text(o, path, QStringLiteral("dcl_from"));
        return out;
    }
};

QJsonObject viewJson(const DrillBankView &v)
{
    QJsonObject o{{QStringLiteral("online"), v.online}};
    auto put = [&o](const char *key, const std::optional<double> &x) {
        if (x)
            o.insert(QLatin1String(key), *x);
    };
    put("capacity_ah", v.capacityAh);
    put("cvl_v", v.cvlV);
    put("ccl_a", v.cclA);
    put("dcl_a", v.dclA);
    auto from = [&o](const char *key, const QString &x) {
        if (!x.isEmpty())
            o.insert(QLatin1String(key), x);
    };
    from("cvl_from", v.cvlFrom);
    from("ccl_from", v.cclFrom);
    from("dcl_from", v.dclFrom);
    return o;
}

} // namespace

namespace FailoverFacts {

QStringList all()
{
    QStringList out;
    for (const FactRow &r : kFacts)
        out.append(QString::fromLatin1(r.key));
    return out;
}

bool isKnown(const QString &key)
{
    for (const FactRow &r : kFacts)
        if (key == QLatin1String(r.key))
            return true;
    return false;
}

QString label(const QString &key)
{
    for (const FactRow &r : kFacts)
        if (key == QLatin1String(r.key))
            return QCoreApplication::translate("FailoverFacts", r.label);
    return key;
}

} // namespace FailoverFacts

const FailoverConfirmation *FailoverRecord::confirmation(const QString &fact) const
{
    for (const FailoverConfirmation &c : confirmed)
        if (c.fact == fact)
            return &c;
    return nullptr;
}

bool FailoverRecord::provedByDrill(const QString &fact) const
{
    return drill && drill->proved.contains(fact);
}

Expected<FailoverRecord, PlanJson::Error> FailoverRecord::fromJson(const QJsonObject &json)
{
    Reader r;
    FailoverRecord out;
    const QString root = QStringLiteral("failover");
    r.keys(json, root, {}, {QStringLiteral("confirmed"), QStringLiteral("drill")});
    if (!r.error && json.contains(QStringLiteral("confirmed"))) {
        const QString path = root + QStringLiteral(".confirmed");
        const QJsonArray list = r.array(json.value(QStringLiteral("confirmed")), path);
        for (int i = 0; i < list.size() && !r.error; ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject o = r.object(list[i], p);
            if (r.error || !r.keys(o, p, {QStringLiteral("fact")}, {QStringLiteral("by"), QStringLiteral("at"), QStringLiteral("note")}))
                break;
            FailoverConfirmation c;
            c.fact = r.fact(o.value(QStringLiteral("fact")), p + QStringLiteral(".fact"));
            c.by = r.text(o, p, QStringLiteral("by"));
            c.at = r.text(o, p, QStringLiteral("at"));
            c.note = r.text(o, p, QStringLiteral("note"));
            if (!r.error && out.confirmation(c.fact))
                r.fail(p + QStringLiteral(".fact"), tr("'%1' is confirmed twice").arg(c.fact));
            out.confirmed.append(c);
        }
    }
    if (!r.error && json.contains(QStringLiteral("drill")) && !json.value(QStringLiteral("drill")).isNull()) {
        const QString path = root + QStringLiteral(".drill");
        const QJsonObject o = r.object(json.value(QStringLiteral("drill")), path);
        if (!r.error && r.keys(o, path, {QStringLiteral("result")},
                               {QStringLiteral("at"), QStringLiteral("proved"), QStringLiteral("restored_after_s"), QStringLiteral("timeline"),
                                QStringLiteral("bank")})) {
            DrillRecord d;
            d.at = r.text(o, path, QStringLiteral("at"));
            d.result = r.text(o, path, QStringLiteral("result"));
            if (!r.error && !QStringList{QStringLiteral("passed"), QStringLiteral("aborted"), QStringLiteral("failed")}.contains(d.result))
                r.fail(path + QStringLiteral(".result"), tr("expected \"passed\", \"aborted\" or \"failed\""));
            if (o.contains(QStringLiteral("proved"))) {
                const QJsonArray proved = r.array(o.value(QStringLiteral("proved")), path + QStringLiteral(".proved"));
                for (int i = 0; i < proved.size() && !r.error; ++i)
                    d.proved.append(r.fact(proved[i], QStringLiteral("%1.proved[%2]").arg(path).arg(i)));
            }
            // Only a drill that passed proves anything.
            if (!r.error && !d.proved.isEmpty() && d.result != QLatin1String("passed"))
                r.fail(path + QStringLiteral(".proved"), tr("only a drill that passed proves a fact (this one %1)").arg(d.result));
            if (const QJsonValue v = o.value(QStringLiteral("restored_after_s")); !v.isUndefined() && !v.isNull()) {
                if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 86400)
                    r.fail(path + QStringLiteral(".restored_after_s"), tr("expected seconds from 0 to 86400"));
                else
                    d.restoredAfterS = v.toDouble();
            }
            if (o.contains(QStringLiteral("timeline"))) {
                const QString tp = path + QStringLiteral(".timeline");
                const QJsonArray list = r.array(o.value(QStringLiteral("timeline")), tp);
                double last = 0.0;
                for (int i = 0; i < list.size() && !r.error; ++i) {
                    const QString p = QStringLiteral("%1[%2]").arg(tp).arg(i);
                    const QJsonObject e = r.object(list[i], p);
                    if (r.error || !r.keys(e, p, {QStringLiteral("at_s"), QStringLiteral("event")}, {QStringLiteral("subject"), QStringLiteral("note"), QStringLiteral("heard")}))
                        break;
                    DrillEvent ev;
                    const QJsonValue at = e.value(QStringLiteral("at_s"));
                    if (!at.isDouble() || !std::isfinite(at.toDouble()) || at.toDouble() < last) {
                        r.fail(p + QStringLiteral(".at_s"), tr("expected seconds, in order"));
                        break;
                    }
                    ev.atS = last = at.toDouble();
                    ev.event = r.text(e, p, QStringLiteral("event"));
                    if (!r.error && ev.event.isEmpty())
                        r.fail(p + QStringLiteral(".event"), tr("expected text"));
                    ev.subject = r.text(e, p, QStringLiteral("subject"));
                    ev.note = r.text(e, p, QStringLiteral("note"));
                    if (e.contains(QStringLiteral("heard"))) {
                        const QJsonArray heard = r.array(e.value(QStringLiteral("heard")), p + QStringLiteral(".heard"));
                        for (int k = 0; k < heard.size() && !r.error; ++k) {
                            if (!heard[k].isString() || heard[k].toString().isEmpty())
                                r.fail(QStringLiteral("%1.heard[%2]").arg(p).arg(k), tr("expected text"));
                            ev.heard.append(heard[k].toString());
                        }
                    }
                    d.timeline.append(ev);
                }
            }
            if (!r.error && o.contains(QStringLiteral("bank")) && !o.value(QStringLiteral("bank")).isNull()) {
                const QString bp = path + QStringLiteral(".bank");
                const QJsonObject b = r.object(o.value(QStringLiteral("bank")), bp);
                if (!r.error && r.keys(b, bp, {QStringLiteral("failed"), QStringLiteral("before")}, {QStringLiteral("after")})) {
                    DrillBankChange change;
                    change.failed = r.text(b, bp, QStringLiteral("failed"));
                    if (!r.error && change.failed.isEmpty())
                        r.fail(bp + QStringLiteral(".failed"), tr("expected text"));
                    change.before = r.view(b.value(QStringLiteral("before")), bp + QStringLiteral(".before"));
                    if (!r.error && b.contains(QStringLiteral("after")) && !b.value(QStringLiteral("after")).isNull())
                        change.after = r.view(b.value(QStringLiteral("after")), bp + QStringLiteral(".after"));
                    d.bank = change;
                }
            }
            out.drill = d;
        }
    }
    if (r.error)
        return *r.error;
    return out;
}

QJsonObject FailoverRecord::toJson() const
{
    QJsonObject o;
    if (!confirmed.isEmpty()) {
        QJsonArray list;
        for (const FailoverConfirmation &c : confirmed) {
            QJsonObject e{{QStringLiteral("fact"), c.fact}};
            if (!c.by.isEmpty())
                e.insert(QStringLiteral("by"), c.by);
            if (!c.at.isEmpty())
                e.insert(QStringLiteral("at"), c.at);
            if (!c.note.isEmpty())
                e.insert(QStringLiteral("note"), c.note);
            list.append(e);
        }
        o.insert(QStringLiteral("confirmed"), list);
    }
    if (drill) {
        QJsonObject d{{QStringLiteral("result"), drill->result}};
        if (!drill->at.isEmpty())
            d.insert(QStringLiteral("at"), drill->at);
        if (!drill->proved.isEmpty())
            d.insert(QStringLiteral("proved"), QJsonArray::fromStringList(drill->proved));
        if (drill->restoredAfterS)
            d.insert(QStringLiteral("restored_after_s"), *drill->restoredAfterS);
        if (!drill->timeline.isEmpty()) {
            QJsonArray list;
            for (const DrillEvent &e : drill->timeline) {
                QJsonObject x{{QStringLiteral("at_s"), e.atS}, {QStringLiteral("event"), e.event}};
                if (!e.subject.isEmpty())
                    x.insert(QStringLiteral("subject"), e.subject);
                if (!e.note.isEmpty())
                    x.insert(QStringLiteral("note"), e.note);
                if (!e.heard.isEmpty())
                    x.insert(QStringLiteral("heard"), QJsonArray::fromStringList(e.heard));
                list.append(x);
            }
            d.insert(QStringLiteral("timeline"), list);
        }
        if (drill->bank) {
            QJsonObject b{{QStringLiteral("failed"), drill->bank->failed}, {QStringLiteral("before"), viewJson(drill->bank->before)}};
            if (drill->bank->after)
                b.insert(QStringLiteral("after"), viewJson(*drill->bank->after));
            d.insert(QStringLiteral("bank"), b);
        }
        o.insert(QStringLiteral("drill"), d);
    }
    return o;
}
