#include "eventcsv.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

const PackReading *readingIn(const std::optional<BankState> &state, const QString &id)
{
    if (!state)
        return nullptr;
    for (const PackReading &r : state->readings) {
        if (r.packId == id)
            return &r;
    }
    return nullptr;
}

int indexIn(const std::optional<BankState> &state, const QString &id)
{
    if (!state)
        return -1;
    for (int i = 0; i < state->statuses.size(); ++i) {
        if (state->statuses[i].id == id)
            return i;
    }
    return -1;
}

QString faultText(Faults faults, bool machineNames)
{
    if (machineNames)
        return FaultNames::names(faults).join(QLatin1Char(';'));
    QStringList labels;
    for (Fault f : FaultNames::all()) {
        if (faults.testFlag(f))
            labels.append(FaultNames::label(f));
    }
    return labels.join(QStringLiteral(", "));
}

QString sourceOf(const ReadingSource &s)
{
    if (s.link.isEmpty())
        return {};
    return s.protocol.isEmpty() ? s.link : s.link + QLatin1Char('/') + s.protocol;
}

QString number(double v)
{
    // Enough digits for mV, 0.01 V and 0.1 A alike, without trailing noise.
    return QString::number(v, 'g', 10);
}

QString csvValue(const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Double)
        return number(v.toDouble());
    return EventCsv::field(v.toString());
}

} // namespace

QString EventCsv::utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QLatin1Char('Z');
}

QString EventCsv::field(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && (t.front() == QLatin1Char('=') || t.front() == QLatin1Char('+') || t.front() == QLatin1Char('@')
                         || t.front() == QLatin1Char('\t') || t.front() == QLatin1Char('\r')))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QList<FreezeRow> EventCsv::rows(const FreezeFrame &frame, bool machineNames)
{
    QList<FreezeRow> out;
    const std::optional<BankState> &before = frame.before;
    const std::optional<BankState> at = frame.at;

    QStringList ids;
    for (const PackStatus &s : frame.at.statuses)
        ids.append(s.id);
    if (before) {
        for (const PackStatus &s : before->statuses)
            if (!ids.contains(s.id))
                ids.append(s.id);
    }

    for (const QString &id : std::as_const(ids)) {
        const PackReading *b = readingIn(before, id);
        const PackReading *a = readingIn(at, id);
        const QString source = a ? sourceOf(a->voltageV.source) : QString();
        const auto row = [&](const QString &key, const QString &label, const QString &unit, const QVariant &vb,
                             const QVariant &va, const QString &src = QString()) {
            out.append(FreezeRow{id, key, label, unit, vb, va, src.isEmpty() ? source : src});
        };
        const int bi = indexIn(before, id);
        const int ai = indexIn(at, id);
        const auto condition = [&](const std::optional<BankState> &s, int i) -> QVariant {
            if (!s || i < 0 || i >= s->conditions.size())
                return {};
            return machineNames ? PackConditionNames::name(s->conditions[i].condition)
                                : PackConditionNames::label(s->conditions[i].condition);
        };
        const auto age = [&](const std::optional<BankState> &s, int i) -> QVariant {
            if (!s || i < 0 || !s->statuses[i].ageS)
                return {};
            return *s->statuses[i].ageS;
        };
        row(QStringLiteral("condition"), tr("Condition"), {}, condition(before, bi), condition(at, ai), QString());
        row(QStringLiteral("age_s"), tr("Age of the reading"), QStringLiteral("s"), age(before, bi), age(at, ai));

        using Field = Timed<double> PackReading::*;
        const struct
        {
            const char *key;
            const char *label;
            const char *unit;
            Field field;
        } numbers[] = {
            {"soc_pct", QT_TR_NOOP("State of charge"), "%", &PackReading::socPct},
            {"soh_pct", QT_TR_NOOP("State of health"), "%", &PackReading::sohPct},
            {"voltage_V", QT_TR_NOOP("Voltage"), "V", &PackReading::voltageV},
            {"current_A", QT_TR_NOOP("Current"), "A", &PackReading::currentA},
            {"remaining_Ah", QT_TR_NOOP("Remaining capacity"), "Ah", &PackReading::remainingAh},
            {"full_Ah", QT_TR_NOOP("Full capacity"), "Ah", &PackReading::fullAh},
            {"cvl_V", QT_TR_NOOP("Charge voltage limit (CVL)"), "V", &PackReading::cvlV},
            {"dvl_V", QT_TR_NOOP("Discharge voltage limit"), "V", &PackReading::dvlV},
            {"ccl_A", QT_TR_NOOP("Charge current limit (CCL)"), "A", &PackReading::cclA},
            {"dcl_A", QT_TR_NOOP("Discharge current limit (DCL)"), "A", &PackReading::dclA},
            {"cell_min_mV", QT_TR_NOOP("Lowest cell (reported)"), "mV", &PackReading::cellMinMv},
            {"cell_max_mV", QT_TR_NOOP("Highest cell (reported)"), "mV", &PackReading::cellMaxMv},
            {"temp_min_C", QT_TR_NOOP("Lowest temperature (reported)"), "\u00B0C", &PackReading::tempMinC},
            {"temp_max_C", QT_TR_NOOP("Highest temperature (reported)"), "\u00B0C", &PackReading::tempMaxC},
        };
        for (const auto &n : numbers) {
            const Timed<double> *tb = b ? &(b->*n.field) : nullptr;
            const Timed<double> *ta = a ? &(a->*n.field) : nullptr;
            if (!(tb && tb->has()) && !(ta && ta->has()))
                continue;
            row(QString::fromLatin1(n.key), tr(n.label), QString::fromUtf8(n.unit),
                tb && tb->has() ? QVariant(**tb) : QVariant(), ta && ta->has() ? QVariant(**ta) : QVariant(),
                ta && ta->has() ? sourceOf(ta->source) : QString());
        }
        const qsizetype cells = std::max(b && b->cellsMv.has() ? b->cellsMv->size() : 0,
                                         a && a->cellsMv.has() ? a->cellsMv->size() : 0);
        for (qsizetype c = 0; c < cells; ++c) {
            const auto cell = [c](const PackReading *r) -> QVariant {
                if (!r || !r->cellsMv.has() || c >= r->cellsMv->size())
                    return {};
                return double(r->cellsMv->at(c));
            };
            row(QStringLiteral("cell_%1_mV").arg(c + 1), tr("Cell %1").arg(c + 1), QStringLiteral("mV"), cell(b),
                cell(a));
        }
        const qsizetype temps = std::max(b && b->tempsC.has() ? b->tempsC->size() : 0,
                                         a && a->tempsC.has() ? a->tempsC->size() : 0);
        for (qsizetype t = 0; t < temps; ++t) {
            const auto temp = [t](const PackReading *r) -> QVariant {
                if (!r || !r->tempsC.has() || t >= r->tempsC->size())
                    return {};
                return r->tempsC->at(t);
            };
            row(QStringLiteral("temp_%1_C").arg(t + 1), tr("Temperature sensor %1").arg(t + 1),
                QString::fromUtf8("\u00B0C"), temp(b), temp(a));
        }
        const auto faults = [machineNames](const PackReading *r, bool warnings) -> QVariant {
            if (!r)
                return {};
            const Timed<Faults> &f = warnings ? r->warnings : r->faults;
            if (!f.has())
                return {};
            return faultText(*f, machineNames);
        };
        row(QStringLiteral("faults"), tr("Protections"), {}, faults(b, false), faults(a, false));
        row(QStringLiteral("warnings"), tr("Warnings"), {}, faults(b, true), faults(a, true));
    }

    // The inverter's view: what it should see, can see and is told.
    const struct
    {
        const char *subject;
        const char *label;
        const InverterView *before;
        const InverterView *at;
    } views[] = {
        {"inverter-should-see", QT_TR_NOOP("Inverter should see"), before ? &before->truth : nullptr, &at->truth},
        {"inverter-can-see", QT_TR_NOOP("Inverter can see"), before && before->sees ? &*before->sees : nullptr,
         at->sees ? &*at->sees : nullptr},
        {"inverter-is-told", QT_TR_NOOP("Inverter is told"), before && before->told ? &*before->told : nullptr,
         at->told ? &*at->told : nullptr},
    };
    for (const auto &v : views) {
        const QString subject = machineNames ? QString::fromLatin1(v.subject) : tr(v.label);
        for (ViewFieldId id : ViewFieldNames::all()) {
            const auto value = [id](const InverterView *view) -> QVariant {
                if (!view || !view->value(id))
                    return {};
                return *view->value(id);
            };
            const QVariant vb = value(v.before);
            const QVariant va = value(v.at);
            if (!vb.isValid() && !va.isValid())
                continue;
            const QString rule = v.at ? RuleNames::name((*v.at)[id].provenance.rule) : QString();
            out.append(FreezeRow{subject, ViewFieldNames::key(id), ViewFieldNames::label(id), ViewFieldNames::unit(id),
                                 vb, va, rule});
        }
        const auto faults = [machineNames](const InverterView *view, bool warnings) -> QVariant {
            if (!view)
                return {};
            return faultText(warnings ? view->warnings : view->faults, machineNames);
        };
        if (v.before || v.at) {
            out.append(FreezeRow{subject, QStringLiteral("faults"), tr("Protections"), {}, faults(v.before, false),
                                 faults(v.at, false), {}});
            out.append(FreezeRow{subject, QStringLiteral("warnings"), tr("Warnings"), {}, faults(v.before, true),
                                 faults(v.at, true), {}});
        }
    }
    const QVariant guessBefore = before && before->voltageSocPct ? QVariant(*before->voltageSocPct) : QVariant();
    const QVariant guessAt = at->voltageSocPct ? QVariant(*at->voltageSocPct) : QVariant();
    if (guessBefore.isValid() || guessAt.isValid())
        out.append(FreezeRow{machineNames ? QStringLiteral("inverter-voltage-guess") : tr("Inverter's voltage-only guess"),
                             QStringLiteral("soc_pct"), tr("State of charge from voltage alone"), QStringLiteral("%"),
                             guessBefore, guessAt, QStringLiteral("lifepo4-ocv")});
    return out;
}

QByteArray EventCsv::events(const QList<BankEvent> &events, qint64 nowMs)
{
    QString out = QStringLiteral(
        "id,raised_utc,cleared_utc,duration_s,subject,severity,event,fault,description,detail,freeze_frame\r\n");
    for (const BankEvent &e : events) {
        const QStringList cells{
            QString::number(e.id),
            utc(e.raisedMs),
            e.clearedMs ? utc(*e.clearedMs) : QString(),
            QString::number(e.durationS(nowMs), 'f', 1),
            field(e.subject.isEmpty() ? QStringLiteral("bank") : e.subject),
            SeverityNames::name(e.severity),
            EventTypeNames::name(e.type),
            e.fault ? FaultNames::name(*e.fault) : QString(),
            field(e.description()),
            field(e.detail),
            e.freezeFrameId ? QString::number(e.freezeFrameId) : QString(),
        };
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray EventCsv::freezeFrames(const QList<QPair<BankEvent, const FreezeFrame *>> &frames)
{
    QString out = QStringLiteral("event_id,moment,time_utc,subject,quantity,value,unit,source\r\n");
    for (const auto &[event, frame] : frames) {
        if (!frame)
            continue;
        const QList<FreezeRow> rows = EventCsv::rows(*frame, true);
        for (const bool isBefore : {true, false}) {
            if (isBefore && !frame->before)
                continue;
            const QString moment = isBefore ? QStringLiteral("before") : QStringLiteral("at");
            const QString time = utc(isBefore ? frame->before->atMs : frame->at.atMs);
            for (const FreezeRow &r : rows) {
                const QVariant &v = isBefore ? r.before : r.at;
                if (!v.isValid())
                    continue;
                const QStringList cells{QString::number(event.id), moment, time, field(r.subject), r.quantity,
                                        csvValue(v), field(r.unit), field(r.source)};
                out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
            }
        }
    }
    return out.toUtf8();
}
