#include "commissioningchecks.h"

#include "currentsharing.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString hexAddress(int address)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(address, 2, 16, QLatin1Char('0')).toUpper();
}

QString hexId(quint32 id)
{
    return QStringLiteral("0x") + QString::number(id, 16).toUpper();
}

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

Severity severityOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return Severity::Error;
    case CheckStatus::Warning:
        return Severity::Warning;
    default:
        return Severity::Info;
    }
}

CheckFinding make(const QString &check, const QString &code, CheckStatus status, const QString &subject, const QStringList &args,
                  Confidence confidence = Confidence::Documented)
{
    CheckFinding f;
    f.check = check;
    f.code = code;
    f.status = status;
    f.severity = severityOf(status);
    f.subject = subject;
    f.args = args;
    f.confidence = confidence;
    return f;
}

QList<SourceRef> refs(const QStringList &ids, const Catalogue &catalogue)
{
    QList<SourceRef> out;
    for (const QString &id : ids) {
        const CatalogueSource *s = catalogue.source(id);
        out.append({id, s ? s->title : id, s ? s->where : QString()});
    }
    return out;
}

// A documented requirement fails; anything less gives a warning.
CheckStatus failOrWarn(Confidence c)
{
    return c == Confidence::Documented ? CheckStatus::Fail : CheckStatus::Warning;
}

const PlanLink *planLink(const CommissioningPlan &plan, const QString &id)
{
    for (const PlanLink &l : plan.links)
        if (l.id == id)
            return &l;
    return nullptr;
}

// How the installer knows the link: where the plan says BankScope is plugged in.
QString linkName(const CommissioningPlan &plan, const LinkEvidence &link)
{
    if (const PlanLink *l = planLink(plan, link.planLink); l && !l->to.isEmpty())
        return l->to;
    if (!link.planLink.isEmpty())
        return link.planLink;
    return link.medium.isEmpty() ? QStringLiteral("link") : link.medium.toUpper();
}

// Fresh readings matched to plan packs by serial number.
struct Matched
{
    const PlanPack *pack = nullptr;
    const PackEvidence *evidence = nullptr;
    double ageS = 0.0;
};

struct Matching
{
    QList<Matched> fresh;
    QList<CheckFinding> notMeasured; // one per pack that cannot be used, with the reason
};

Matching matchBySerial(const CommissioningPlan &plan, const VerificationEvidence &evidence, const QString &check,
                       const std::function<bool(const PackReading &)> &hasValue)
{
    Matching m;
    for (const PlanPack &p : plan.packs) {
        if (p.unit == QLatin1String("bmu"))
            continue;
        if (p.serial.trimmed().isEmpty()) {
            m.notMeasured.append(make(check, QStringLiteral("serial-not-recorded"), CheckStatus::NotMeasured, p.id, {p.id}));
            continue;
        }
        const PackEvidence *found = nullptr;
        for (const PackEvidence &e : evidence.packs)
            if (e.serial == p.serial)
                found = &e;
        if (!found) {
            m.notMeasured.append(make(check, QStringLiteral("reading-unmatched"), CheckStatus::NotMeasured, p.id, {p.id, p.serial}));
            continue;
        }
        if (!hasValue(found->reading)) {
            m.notMeasured.append(make(check, QStringLiteral("reading-missing"), CheckStatus::NotMeasured, p.id, {p.id}));
            continue;
        }
        const std::optional<qint64> last = found->reading.lastUpdateMs();
        const double age = last ? double(evidence.nowMs - *last) / 1000.0 : 1e9;
        if (age > evidence.maxReadingAgeS) {
            m.notMeasured.append(make(check, QStringLiteral("reading-stale"), CheckStatus::NotMeasured, p.id,
                                      {p.id, num(age, 0), num(evidence.maxReadingAgeS, 0)}));
            continue;
        }
        m.fresh.append({&p, found, age});
    }
    return m;
}

QString frameLabel(quint32 id)
{
    switch (id) {
    case 0x351:
        return QCoreApplication::translate("CommissioningChecks", "charge and discharge limits");
    case 0x355:
        return QCoreApplication::translate("CommissioningChecks", "state of charge");
    case 0x356:
        return QCoreApplication::translate("CommissioningChecks", "voltage, current, temperature");
    case 0x359:
        return QCoreApplication::translate("CommissioningChecks", "protection and alarm flags");
    case 0x35A:
        return QCoreApplication::translate("CommissioningChecks", "alarms and warnings");
    case 0x35B:
        return QCoreApplication::translate("CommissioningChecks", "events");
    case 0x35C:
        return QCoreApplication::translate("CommissioningChecks", "charge and discharge requests");
    case 0x35E:
        return QCoreApplication::translate("CommissioningChecks", "manufacturer name");
    case 0x35F:
        return QCoreApplication::translate("CommissioningChecks", "battery information");
    case 0x305:
    case 0x301:
        return QCoreApplication::translate("CommissioningChecks", "the inverter's keep-alive");
    default:
        return QString();
    }
}

const CanIdEvidence *canId(const LinkEvidence &link, quint32 id)
{
    for (const CanIdEvidence &c : link.canIds)
        if (c.id == id && c.count > 0)
            return &c;
    return nullptr;
}

bool addressedProtocol(const QString &protocol)
{
    return protocol == QLatin1String("pylontech-rs485") || protocol == QLatin1String("jk-modbus") || protocol == QLatin1String("jk-pb")
           || protocol == QLatin1String("jk-legacy");
}

} // namespace

Finding CheckFinding::finding() const
{
    return Finding{code, severity, subject, CommissioningChecks::text(*this), CommissioningChecks::nextStep(*this)};
}

QJsonObject CheckFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("check"), check},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("status"), PlanNames::status(status)},
                  {QStringLiteral("severity"), PlanNames::severity(severity)},
                  {QStringLiteral("confidence"), ConfidenceNames::name(confidence)},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("text"), CommissioningChecks::text(*this)},
                  {QStringLiteral("next_step"), CommissioningChecks::nextStep(*this)}};
    if (measured)
        o.insert(QStringLiteral("measured"), std::round(*measured * 1000.0) / 1000.0);
    if (limit)
        o.insert(QStringLiteral("limit"), *limit);
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (!sources.isEmpty()) {
        QJsonArray a;
        for (const SourceRef &s : sources)
            a.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}});
        o.insert(QStringLiteral("sources"), a);
    }
    return o;
}

PlanCheck CheckFinding::toPlanCheck(const QString &at) const
{
    return PlanCheck{check, code, status, severity, confidence, subject, args,
                     CommissioningChecks::text(*this), CommissioningChecks::nextStep(*this), sources, at};
}

QList<CheckFinding> CommissioningChecks::run(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence)
{
    QList<CheckFinding> out;
    for (const LinkEvidence &link : evidence.links) {
        out += protocolAndSpeed(plan, link);
        out += twoMasters(plan, link);
        out += busScan(plan, link);
        if (link.inverterPort)
            out += inverterAcceptance(plan, catalogue, link);
    }
    out += firmwareMatch(plan, catalogue, evidence);
    out += preParallel(plan, catalogue, evidence);
    out += currentSharing(plan, catalogue, evidence);
    out += alarms(plan, evidence);
    return out;
}

QList<CheckFinding> CommissioningChecks::busScan(const CommissioningPlan &plan, const LinkEvidence &link)
{
    const QString check = QStringLiteral("bus-scan");
    QList<CheckFinding> out;
    if (link.medium == QLatin1String("can")) {
        // A CAN master reports its module count (Pylon 0x359 byte 4; Victron 0x372).
        int planned = 0;
        for (const PlanPack &p : plan.packs)
            planned += p.unit == QLatin1String("bmu") ? 0 : 1;
        if (plan.architecture != Architecture::MasterSlave || !link.inverterPort)
            return out;
        const std::optional<double> reported = link.observed ? link.observed->value(ViewFieldId::OnlinePacks) : std::nullopt;
        if (!reported) {
            out.append(make(check, QStringLiteral("module-count-not-measured"), CheckStatus::NotMeasured, QStringLiteral("bank"),
                            {linkName(plan, link), QString::number(planned)}));
            return out;
        }
        const int n = int(std::lround(*reported));
        CheckFinding f = make(check, QStringLiteral("module-count"), n == planned ? CheckStatus::Pass : CheckStatus::Fail, QStringLiteral("bank"),
                              {linkName(plan, link), QString::number(n), QString::number(planned)});
        f.measured = n;
        f.limit = planned;
        out.append(f);
        return out;
    }
    if (!addressedProtocol(link.protocol))
        return out;

    QList<const PlanPack *> expected;
    for (const PlanPack &p : plan.packs)
        if (p.address && (link.expectedPacks.isEmpty() || link.expectedPacks.contains(p.id)))
            expected.append(&p);
    if (!link.scanned) {
        for (const PlanPack *p : std::as_const(expected))
            out.append(make(check, QStringLiteral("not-scanned"), CheckStatus::NotMeasured, p->id, {p->id, hexAddress(*p->address), linkName(plan, link)}));
        return out;
    }
    QHash<int, const AddressEvidence *> byAddress;
    for (const AddressEvidence &a : link.addresses)
        byAddress.insert(a.address, &a);
    QSet<int> plannedAddresses;
    for (const PlanPack *p : std::as_const(expected))
        plannedAddresses.insert(*p->address);

    QList<int> missing;
    for (const PlanPack *p : std::as_const(expected)) {
        const int a = *p->address;
        const AddressEvidence *e = byAddress.value(a, nullptr);
        const QString addr = hexAddress(a);
        if (e && e->answers > 0) {
            if (e->serials.size() > 1) {
                out.append(make(check, QStringLiteral("duplicate-address"), CheckStatus::Fail, p->id,
                                {p->id, addr, e->serials.join(QStringLiteral(", "))}));
            } else if (e->checksumErrors > std::max(2, e->answers / 10)) {
                out.append(make(check, QStringLiteral("garbled-answers"), CheckStatus::Warning, p->id,
                                {p->id, addr, QString::number(e->checksumErrors), QString::number(e->answers)}));
            } else if (!p->serial.isEmpty() && e->serials.size() == 1 && e->serials.first() != p->serial) {
                out.append(make(check, QStringLiteral("present-other-serial"), CheckStatus::Warning, p->id,
                                {p->id, addr, p->serial, e->serials.first()}));
            } else {
                out.append(make(check, QStringLiteral("present"), CheckStatus::Pass, p->id, {p->id, addr}));
            }
            continue;
        }
        if (e && e->answers == 0 && e->checksumErrors > 0) {
            // Answers came, but none was readable: two units at one address answer together and
            // garble each other (or the line is noisy). Not "missing": something is there.
            out.append(make(check, QStringLiteral("garbled-only"), CheckStatus::Fail, p->id,
                            {p->id, addr, QString::number(e->checksumErrors), QString::number(std::max(e->requestsByUs, e->polledByOther))}));
            continue;
        }
        if (!link.polled) {
            // Passive: only what another master asks is answered. An address it never polls
            // cannot be judged from here.
            if (e && e->polledByOther > 0) {
                out.append(make(check, QStringLiteral("missing-polled-by-master"), CheckStatus::Fail, p->id,
                                {p->id, addr, QString::number(e->polledByOther)}));
                missing.append(a);
            } else {
                out.append(make(check, QStringLiteral("not-polled"), CheckStatus::NotMeasured, p->id, {p->id, addr}));
            }
            continue;
        }
        if (e && e->requestsByUs > 0) {
            out.append(make(check, QStringLiteral("missing"), CheckStatus::Fail, p->id, {p->id, addr, QString::number(e->requestsByUs)}));
            missing.append(a);
        } else {
            out.append(make(check, QStringLiteral("not-scanned"), CheckStatus::NotMeasured, p->id, {p->id, addr, linkName(plan, link)}));
        }
    }
    for (const AddressEvidence &e : link.addresses) {
        if (e.answers == 0 || plannedAddresses.contains(e.address))
            continue;
        // A Pylontech module set to another group answers at the planned address plus a
        // multiple of 0x10 (fact sheet §1.4 rule 3: an answer only at 0x12 means group 1).
        if (link.protocol == QLatin1String("pylontech-rs485")) {
            const auto sameSlot = std::find_if(missing.begin(), missing.end(), [&e](int m) { return (m & 0x0F) == (e.address & 0x0F); });
            if (sameSlot != missing.end()) {
                out.append(make(check, QStringLiteral("group-offset"), CheckStatus::Fail, hexAddress(e.address),
                                {hexAddress(e.address), hexAddress(*sameSlot)}));
                continue;
            }
        }
        out.append(make(check, QStringLiteral("unexpected"), CheckStatus::Fail, hexAddress(e.address),
                        {hexAddress(e.address), e.serials.join(QStringLiteral(", "))}));
    }
    return out;
}

QList<CheckFinding> CommissioningChecks::protocolAndSpeed(const CommissioningPlan &plan, const LinkEvidence &link)
{
    const QString check = QStringLiteral("protocol-speed");
    const QString name = linkName(plan, link);
    const PlanLink *planned = planLink(plan, link.planLink);
    const QString plannedProtocol = planned && !planned->protocol.isEmpty() ? planned->protocol : link.protocol;
    const int plannedSpeed = planned ? planned->speed : 0;
    const bool can = link.medium == QLatin1String("can");
    const QString unit = can ? QStringLiteral("bit/s") : QStringLiteral("baud");
    if (link.validFrames == 0 && link.invalidFrames == 0)
        return {make(check, QStringLiteral("nothing-heard"), CheckStatus::NotMeasured, name, {name})};
    if (link.validFrames == 0)
        return {make(check, QStringLiteral("no-valid-frame"), CheckStatus::Fail, name, {name, QString::number(link.invalidFrames)})};
    if (link.detectedProtocol && !plannedProtocol.isEmpty() && *link.detectedProtocol != plannedProtocol)
        return {make(check, QStringLiteral("wrong-protocol"), CheckStatus::Fail, name, {name, *link.detectedProtocol, plannedProtocol})};
    const int heard = link.detectedSpeed.value_or(link.speed);
    // The Pylontech RS485 rate is switch 1 on every module: say which position the heard rate means.
    const bool pylontech = plannedProtocol == QLatin1String("pylontech-rs485");
    const QString switch1 = heard == 9600 ? QStringLiteral("ON") : QStringLiteral("OFF");
    if (plannedSpeed > 0 && heard > 0 && heard != plannedSpeed) {
        CheckFinding f = pylontech ? make(check, QStringLiteral("wrong-baud-pylontech"), CheckStatus::Fail, name,
                                          {name, QString::number(heard), QString::number(plannedSpeed), switch1})
                                   : make(check, QStringLiteral("wrong-speed"), CheckStatus::Fail, name,
                                          {name, QString::number(heard), QString::number(plannedSpeed), unit});
        f.measured = heard;
        f.limit = plannedSpeed;
        return {f};
    }
    if (plannedSpeed == 0 && heard > 0 && pylontech)
        return {make(check, QStringLiteral("speed-heard-pylontech"), CheckStatus::Info, name, {name, QString::number(heard), switch1})};
    return {make(check, QStringLiteral("protocol-speed-ok"), CheckStatus::Pass, name,
                 {name, plannedProtocol, heard > 0 ? QString::number(heard) : QString(), unit})};
}

QList<CheckFinding> CommissioningChecks::twoMasters(const CommissioningPlan &plan, const LinkEvidence &link)
{
    const QString check = QStringLiteral("two-masters");
    const QString name = linkName(plan, link);
    if (link.masters.size() > 1)
        return {make(check, QStringLiteral("two-masters"), CheckStatus::Fail, name, {name, link.masters.join(QStringLiteral(" + "))})};
    if (link.masters.size() == 1)
        return {make(check, QStringLiteral("one-master"), CheckStatus::Pass, name, {name, link.masters.first()})};
    if (link.polled)
        return {make(check, QStringLiteral("no-other-master"), CheckStatus::Pass, name, {name})};
    return {make(check, QStringLiteral("no-master-heard"), CheckStatus::NotMeasured, name, {name})};
}

QList<CheckFinding> CommissioningChecks::firmwareMatch(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence)
{
    const QString check = QStringLiteral("firmware-match");
    QList<CheckFinding> out;
    // Which plan pack each piece of evidence is: by serial, else by address.
    auto packOf = [&plan](const PackEvidence &e) -> const PlanPack * {
        for (const PlanPack &p : plan.packs)
            if (!e.serial.isEmpty() && p.serial == e.serial)
                return &p;
        for (const PlanPack &p : plan.packs)
            if (e.address && p.address == e.address && p.serial.isEmpty())
                return &p;
        return nullptr;
    };
    // Compared within a model: a US2000C and a US3000C run different firmware lines.
    QMap<QString, QList<QPair<QString, QString>>> byModel; // model id -> (pack, firmware)
    QMap<QString, QString> modelName;
    for (const PackEvidence &e : evidence.packs) {
        const PlanPack *p = packOf(e);
        if (!p || e.firmware.trimmed().isEmpty())
            continue;
        byModel[p->model.id + p->model.name].append({p->id, e.firmware.trimmed()});
        modelName[p->model.id + p->model.name] = p->model.name;
        if (!p->firmware.isEmpty() && p->firmware != e.firmware.trimmed())
            out.append(make(check, QStringLiteral("firmware-plan-differs"), CheckStatus::Warning, p->id, {p->id, p->firmware, e.firmware.trimmed()}));
    }
    QMap<QString, int> unitsOfModel;
    QMap<QString, const PlanPack *> sampleOfModel;
    for (const PlanPack &p : plan.packs) {
        unitsOfModel[p.model.id + p.model.name] += 1;
        sampleOfModel[p.model.id + p.model.name] = &p;
    }
    for (auto it = unitsOfModel.begin(); it != unitsOfModel.end(); ++it) {
        const QString name = sampleOfModel[it.key()]->model.name;
        const auto &list = byModel.value(it.key());
        if (it.value() < 2)
            continue;
        if (list.size() < 2) {
            out.append(make(check, QStringLiteral("firmware-not-measured"), CheckStatus::NotMeasured, name, {name, QString::number(list.size())}));
            continue;
        }
        QSet<QString> versions;
        QStringList pairs;
        for (const auto &[pack, fw] : list) {
            versions.insert(fw);
            pairs.append(pack + QLatin1Char(' ') + fw);
        }
        if (versions.size() == 1) {
            out.append(make(check, QStringLiteral("firmware-same"), CheckStatus::Pass, name, {name, *versions.begin(), QString::number(list.size())}));
            continue;
        }
        const PlanPack *sample = sampleOfModel[it.key()];
        const BatteryModel *m = sample->model.inCatalogue() ? catalogue.battery(sample->model.id) : nullptr;
        const bool required = m && m->firmwareRule.known() && m->firmwareRule.value.toString() == QLatin1String("required");
        const Confidence c = m ? m->firmwareRule.confidence : Confidence::Uncertain;
        CheckFinding f = make(check, required ? QStringLiteral("firmware-differs-required") : QStringLiteral("firmware-differs"),
                              required ? failOrWarn(c) : CheckStatus::Warning, name, {name, pairs.join(QStringLiteral(", ")),
                              m ? m->firmwareRule.note : QString()}, c);
        if (m)
            f.sources = refs(m->firmwareRule.sources, catalogue);
        out.append(f);
    }
    return out;
}

QList<CheckFinding> CommissioningChecks::preParallel(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence)
{
    QList<CheckFinding> out;
    struct Quantity
    {
        const char *check;
        const char *name;
        const char *unit;
        Timed<double> PackReading::*member;
        Fact BatteryModel::*threshold;
        int decimals;
    };
    const Quantity quantities[] = {
        {"pre-parallel-voltage", QT_TRANSLATE_NOOP("CommissioningChecks", "voltage"), "V", &PackReading::voltageV, &BatteryModel::voltageSpreadV, 2},
        {"pre-parallel-soc", QT_TRANSLATE_NOOP("CommissioningChecks", "state of charge"), "%", &PackReading::socPct, &BatteryModel::socSpreadPct, 1},
    };
    for (const Quantity &q : quantities) {
        const QString check = QString::fromLatin1(q.check);
        const QString quantity = tr(q.name);
        const QString unit = QString::fromLatin1(q.unit);
        const Matching m = matchBySerial(plan, evidence, check, [&q](const PackReading &r) { return (r.*q.member).has(); });
        out += m.notMeasured;
        if (m.fresh.size() < 2) {
            out.append(make(check, QStringLiteral("spread-not-measured"), CheckStatus::NotMeasured, QStringLiteral("bank"),
                            {quantity, QString::number(m.fresh.size()), num(evidence.maxReadingAgeS, 0)}));
            continue;
        }
        double lo = 1e18;
        double hi = -1e18;
        QString loPack;
        QString hiPack;
        for (const Matched &x : m.fresh) {
            const double v = *(x.evidence->reading.*q.member);
            if (v < lo) {
                lo = v;
                loPack = x.pack->id;
            }
            if (v > hi) {
                hi = v;
                hiPack = x.pack->id;
            }
        }
        // Every pack at the same value: name two of them, not the same one twice.
        if (loPack == hiPack)
            for (const Matched &x : m.fresh)
                if (x.pack->id != hiPack)
                    loPack = x.pack->id;
        const double spread = hi - lo;
        // The threshold: only a documented figure for every model involved decides.
        std::optional<double> limit;
        bool allDocumented = true;
        QString secondHand;
        QList<SourceRef> sources;
        QSet<QString> seen;
        for (const Matched &x : m.fresh) {
            const BatteryModel *bm = x.pack->model.inCatalogue() ? catalogue.battery(x.pack->model.id) : nullptr;
            if (!bm) {
                allDocumented = false;
                continue;
            }
            if (seen.contains(bm->id))
                continue;
            seen.insert(bm->id);
            const Fact &f = bm->*q.threshold;
            sources += refs(f.sources, catalogue);
            if (f.known() && f.confidence == Confidence::Documented) {
                limit = limit ? std::min(*limit, *f.number()) : *f.number();
            } else {
                allDocumented = false;
                if (f.known() && secondHand.isEmpty())
                    secondHand = tr("%1 %2 (%3, not a maker figure)").arg(f.text(), unit, ConfidenceNames::label(f.confidence));
            }
        }
        const QString measured = num(spread, q.decimals);
        const QStringList args{quantity, measured, unit, hiPack, num(hi, q.decimals), loPack, num(lo, q.decimals)};
        CheckFinding f;
        if (!m.notMeasured.isEmpty() && !(allDocumented && limit && spread > *limit)) {
            // A pack without a fresh reading matched by serial: the spread of the others is shown,
            // never judged (a stale pack may be the one far off). Only a spread already over a
            // documented figure among the packs read fails.
            f = make(check, QStringLiteral("spread-partial"), CheckStatus::NotMeasured, QStringLiteral("bank"),
                     args + QStringList{QString::number(m.fresh.size()), QString::number(m.fresh.size() + m.notMeasured.size())});
        } else if (allDocumented && limit) {
            f = make(check, spread <= *limit ? QStringLiteral("spread-within") : QStringLiteral("spread-over"),
                     spread <= *limit ? CheckStatus::Pass : CheckStatus::Fail, QStringLiteral("bank"), args + QStringList{num(*limit, q.decimals)});
            f.limit = limit;
        } else {
            f = make(check, QStringLiteral("spread-no-maker-figure"), CheckStatus::Info, QStringLiteral("bank"), args + QStringList{secondHand},
                     Confidence::Uncertain);
        }
        f.measured = spread;
        f.unit = unit;
        f.sources = sources;
        out.append(f);
    }
    return out;
}

QList<CheckFinding> CommissioningChecks::currentSharing(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence)
{
    const QString check = QStringLiteral("current-sharing");
    QList<CheckFinding> out;
    const Matching m = matchBySerial(plan, evidence, check, [](const PackReading &r) { return r.currentA.has(); });
    out += m.notMeasured;
    // Shares over some of the packs say nothing: the current of the one not measured is missing
    // from the total (and may be what the others carry).
    if (m.fresh.size() < 2 || !m.notMeasured.isEmpty()) {
        out.append(make(check, QStringLiteral("sharing-not-measured"), CheckStatus::NotMeasured, QStringLiteral("bank"), {QString::number(m.fresh.size())}));
        return out;
    }
    double total = 0.0;
    for (const Matched &x : m.fresh)
        total += *x.evidence->reading.currentA;
    const double minLoad = kMinLoadPerPackA * double(m.fresh.size());
    if (std::abs(total) < minLoad) {
        out.append(make(check, QStringLiteral("sharing-no-load"), CheckStatus::NotMeasured, QStringLiteral("bank"), {num(total), num(minLoad, 0)}));
        return out;
    }
    // Capacity of each pack: what it reports, else the catalogue's, else equal shares.
    QList<double> capacity;
    bool allCapacities = true;
    for (const Matched &x : m.fresh) {
        double c = x.evidence->reading.fullAh.value_or(0.0);
        if (c <= 0.0) {
            const BatteryModel *bm = x.pack->model.inCatalogue() ? catalogue.battery(x.pack->model.id) : nullptr;
            c = bm && bm->capacityAh.number() ? *bm->capacityAh.number() : 0.0;
        }
        allCapacities = allCapacities && c > 0.0;
        capacity.append(c);
    }
    double capacitySum = 0.0;
    for (double c : std::as_const(capacity))
        capacitySum += c;
    QStringList shares;
    QList<CurrentSharing::Pack> packs;
    for (int i = 0; i < m.fresh.size(); ++i) {
        const Matched &x = m.fresh[i];
        const double share = *x.evidence->reading.currentA / total;
        const double expected = allCapacities ? capacity[i] / capacitySum : 1.0 / double(m.fresh.size());
        shares.append(QStringLiteral("%1 %2 %").arg(x.pack->id, num(share * 100.0, 0)));
        if (share > expected * 1.5 || share < expected * 0.5) {
            QString cables;
            QStringList lengths;
            for (const PlanPack &p : plan.packs)
                if (p.cableLengthM)
                    lengths.append(QStringLiteral("%1 %2 m").arg(p.id, num(*p.cableLengthM)));
            CheckFinding f = make(check, QStringLiteral("sharing-uneven"), CheckStatus::Warning, x.pack->id,
                                  {x.pack->id, num(share * 100.0, 0), num(expected * 100.0, 0), lengths.join(QStringLiteral(", "))});
            f.measured = share * 100.0;
            f.unit = QStringLiteral("%");
            out.append(f);
        }
        CurrentSharing::Pack cp;
        cp.id = x.pack->id;
        cp.capacityAh = allCapacities ? capacity[i] : 100.0;
        cp.socPct = std::clamp(x.evidence->reading.socPct.value_or(100.0), 0.0, 100.0);
        cp.share = std::max(0.0, share);
        cp.master = x.pack->role == PlanRole::Master;
        packs.append(cp);
    }
    out.append(make(check, QStringLiteral("sharing"), CheckStatus::Info, QStringLiteral("bank"), {num(total), shares.join(QStringLiteral(", "))}));

    // A single-master inverter watches the master's SOC alone: what the measured sharing means.
    if (plan.architecture == Architecture::SingleMaster && total < 0.0) {
        double shareSum = 0.0;
        for (const CurrentSharing::Pack &p : std::as_const(packs))
            shareSum += p.share;
        for (CurrentSharing::Pack &p : packs)
            p.share = shareSum > 0.0 ? p.share / shareSum : 1.0 / double(packs.size());
        CurrentSharing::Scenario s;
        s.architecture = Architecture::SingleMaster;
        s.packs = packs;
        s.loadA = -total;
        s.generatorStartSocPct = kGeneratorStartPct;
        const auto prediction = CurrentSharing::predict(s);
        if (prediction) {
            const double error = prediction->observedSocPct - prediction->trueSocPct;
            CheckFinding f = make(check, QStringLiteral("soc-error"), std::abs(error) >= kSocErrorWarnPct ? CheckStatus::Warning : CheckStatus::Info,
                                  QStringLiteral("bank"), {num(error), num(kGeneratorStartPct, 0), num(prediction->trueSocPct), num(prediction->hours),
                                                           num(kSocErrorWarnPct, 0), allCapacities ? QString() : QStringLiteral("equal")});
            f.measured = error;
            f.limit = kSocErrorWarnPct;
            f.unit = QStringLiteral("%");
            out.append(f);
        } else {
            out.append(make(check, QStringLiteral("soc-error-not-measured"), CheckStatus::NotMeasured, QStringLiteral("bank"), {prediction.error().message}));
        }
    }
    return out;
}

QList<CheckFinding> CommissioningChecks::inverterAcceptance(const CommissioningPlan &plan, const Catalogue &catalogue, const LinkEvidence &link)
{
    const QString check = QStringLiteral("inverter-acceptance");
    const QString name = linkName(plan, link);
    const QString inverterName = plan.inverter.model.name;
    if (link.polled)
        return {make(check, QStringLiteral("acceptance-needs-listen"), CheckStatus::NotMeasured, QStringLiteral("inverter"), {name})};
    const InverterModel *inv = plan.inverter.model.inCatalogue() ? catalogue.inverter(plan.inverter.model.id) : nullptr;
    if (!inv)
        return {make(check, QStringLiteral("acceptance-inverter-unknown"), CheckStatus::NotMeasured, QStringLiteral("inverter"), {inverterName},
                     Confidence::Uncertain)};
    const QString protocol = plan.inverter.bmsProtocol.isEmpty() ? link.protocol : plan.inverter.bmsProtocol;
    const WireProfile *wire = inv->wireProfile(protocol);
    if (!wire)
        return {make(check, QStringLiteral("acceptance-no-profile"), CheckStatus::NotMeasured, QStringLiteral("inverter"), {inverterName, protocol},
                     Confidence::Uncertain)};
    QList<CheckFinding> out;

    if (link.medium == QLatin1String("rs485")) {
        // The inverter polls: every address it polls must be a planned master that answers.
        QSet<int> planned;
        for (const PlanPack &p : plan.packs)
            if (p.address)
                planned.insert(*p.address);
        bool anyPoll = false;
        for (const AddressEvidence &a : link.addresses) {
            if (a.polledByOther == 0)
                continue;
            anyPoll = true;
            if (!planned.contains(a.address)) {
                out.append(make(check, QStringLiteral("inverter-polls-unplanned"), CheckStatus::Fail, hexAddress(a.address),
                                {hexAddress(a.address), inverterName, plan.inverter.setting.display()}));
            } else if (a.answers == 0) {
                out.append(make(check, QStringLiteral("inverter-polls-unanswered"), CheckStatus::Fail, hexAddress(a.address),
                                {hexAddress(a.address), QString::number(a.polledByOther)}));
            } else {
                out.append(make(check, QStringLiteral("inverter-polls-answered"), CheckStatus::Pass, hexAddress(a.address),
                                {hexAddress(a.address), QString::number(a.answers), QString::number(a.polledByOther)}));
            }
        }
        if (!anyPoll && link.observedS >= kMinListenS)
            out.append(make(check, QStringLiteral("inverter-not-polling"), CheckStatus::Fail, QStringLiteral("inverter"),
                            {inverterName, num(link.observedS, 0), plan.inverter.setting.display()}));
        else if (!anyPoll)
            out.append(make(check, QStringLiteral("acceptance-too-short"), CheckStatus::NotMeasured, QStringLiteral("inverter"),
                            {num(link.observedS, 0), num(kMinListenS, 0)}));
        return out;
    }

    // Long enough to see three cycles of every frame, and any timeout pass once.
    double needed = kMinListenS;
    for (const FrameRequirement &r : wire->frames)
        needed = std::max({needed, 3.0 * r.cycleS.value_or(0.0), r.timeoutS.value_or(0.0)});
    if (wire->keepAlive && wire->keepAlive->cycleS)
        needed = std::max(needed, 3.0 * *wire->keepAlive->cycleS);
    if (link.observedS < needed)
        return {make(check, QStringLiteral("acceptance-too-short"), CheckStatus::NotMeasured, QStringLiteral("inverter"),
                     {num(link.observedS, 0), num(needed, 0)})};

    for (const FrameRequirement &r : wire->frames) {
        const Confidence c = r.fact.confidence;
        const QList<SourceRef> sources = refs(r.fact.sources, catalogue);
        const CanIdEvidence *seen = nullptr;
        for (quint32 id : r.ids)
            if ((seen = canId(link, id)))
                break;
        const CanIdEvidence *alt = nullptr;
        for (quint32 id : r.alternatives)
            if ((alt = canId(link, id)))
                break;
        const QString id = hexId(r.ids.first());
        CheckFinding f;
        if (!seen && !alt) {
            f = make(check, QStringLiteral("frame-missing"), failOrWarn(c), id, {id, frameLabel(r.ids.first()), inverterName}, c);
        } else if (!seen) {
            f = make(check, QStringLiteral("frame-alternative"), CheckStatus::Warning, id, {id, hexId(alt->id), inverterName}, c);
        } else {
            const double worst = std::max(seen->maxGapS, seen->sinceLastS);
            std::optional<double> limit = r.timeoutS;
            if (!limit && r.cycleS)
                limit = 2.0 * *r.cycleS; // one missed cycle tolerated
            const std::optional<double> minimum = wire->minInterval.number();
            if (limit && worst > *limit) {
                f = make(check, QStringLiteral("frame-late"), failOrWarn(c), id, {id, num(worst), num(*limit), frameLabel(r.ids.first())}, c);
                f.measured = worst;
                f.limit = limit;
                f.unit = QStringLiteral("s");
            } else if (minimum && seen->count > 1 && seen->minGapS < *minimum) {
                f = make(check, QStringLiteral("frame-too-fast"), CheckStatus::Warning, id, {id, num(seen->minGapS, 2), num(*minimum, 2)},
                         wire->minInterval.confidence);
                f.measured = seen->minGapS;
                f.limit = minimum;
                f.unit = QStringLiteral("s");
            } else {
                f = make(check, QStringLiteral("frame-ok"), CheckStatus::Pass, id,
                         {id, QString::number(seen->count), limit ? num(*limit) : QString(), frameLabel(r.ids.first())}, c);
                f.measured = worst;
                f.limit = limit;
                f.unit = QStringLiteral("s");
            }
        }
        f.sources = sources;
        out.append(f);
    }

    // The keep-alive the inverter sends, where the catalogue knows it.
    const Confidence kc = wire->keepAliveFact.confidence;
    CheckFinding k;
    if (!wire->keepAlive) {
        k = make(check, QStringLiteral("keepalive-unknown"), CheckStatus::NotMeasured, QStringLiteral("inverter"), {inverterName}, Confidence::Uncertain);
    } else if (wire->keepAlive->mode == KeepAlive::Mode::None) {
        k = make(check, QStringLiteral("keepalive-none-expected"), CheckStatus::Info, QStringLiteral("inverter"), {inverterName}, kc);
    } else {
        const QString id = hexId(wire->keepAlive->id);
        const CanIdEvidence *seen = canId(link, wire->keepAlive->id);
        if (seen)
            k = make(check, QStringLiteral("keepalive-ok"), CheckStatus::Pass, id, {id, inverterName, QString::number(seen->count)}, kc);
        else
            k = make(check, QStringLiteral("keepalive-absent"), failOrWarn(kc), id, {id, inverterName, plan.inverter.setting.display()}, kc);
    }
    k.sources = refs(wire->keepAliveFact.sources, catalogue);
    out.append(k);
    return out;
}

QList<CheckFinding> CommissioningChecks::alarms(const CommissioningPlan &plan, const VerificationEvidence &evidence)
{
    const QString check = QStringLiteral("alarms");
    QList<CheckFinding> out;
    int fresh = 0;
    for (const PlanPack &p : plan.packs) {
        const PackEvidence *e = nullptr;
        for (const PackEvidence &x : evidence.packs)
            if ((!p.serial.isEmpty() && x.serial == p.serial) || (p.serial.isEmpty() && p.address && x.address == p.address))
                e = &x;
        if (!e)
            continue;
        const std::optional<qint64> last = e->reading.lastUpdateMs();
        if (!last || double(evidence.nowMs - *last) / 1000.0 > evidence.maxReadingAgeS)
            continue;
        ++fresh;
        const Faults faults = e->reading.faults.value_or(Faults());
        const Faults warnings = e->reading.warnings.value_or(Faults());
        QStringList names;
        for (Fault f : FaultNames::all())
            if (faults.testFlag(f) || warnings.testFlag(f))
                names.append(FaultNames::label(f));
        if (!names.isEmpty())
            out.append(make(check, faults ? QStringLiteral("alarm") : QStringLiteral("warning"), CheckStatus::Warning, p.id,
                            {p.id, names.join(QStringLiteral(", "))}));
    }
    if (fresh == 0)
        out.append(make(check, QStringLiteral("alarms-not-measured"), CheckStatus::NotMeasured, QStringLiteral("bank"), {}));
    else if (out.isEmpty())
        out.append(make(check, QStringLiteral("no-alarm"), CheckStatus::Pass, QStringLiteral("bank"), {QString::number(fresh)}));
    return out;
}

bool CommissioningChecks::anyFailed(const QList<CheckFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const CheckFinding &f) { return f.status == CheckStatus::Fail; });
}

void CommissioningChecks::record(CommissioningPlan &plan, const QList<CheckFinding> &findings, const QString &at)
{
    QSet<QString> ran;
    for (const CheckFinding &f : findings)
        ran.insert(f.check);
    plan.checks.erase(std::remove_if(plan.checks.begin(), plan.checks.end(), [&ran](const PlanCheck &c) { return ran.contains(c.check); }),
                      plan.checks.end());
    for (const CheckFinding &f : findings)
        plan.checks.append(f.toPlanCheck(at));
}

Handover CommissioningChecks::handover(const CommissioningPlan &plan, const VerificationEvidence &evidence, const QString &at, const QString &source)
{
    Handover h;
    h.at = at;
    h.source = source;
    for (const PlanPack &p : plan.packs) {
        if (p.unit == QLatin1String("bmu"))
            continue;
        const PackEvidence *e = nullptr;
        QString matchedBy;
        for (const PackEvidence &x : evidence.packs) {
            if (!p.serial.isEmpty() && x.serial == p.serial) {
                e = &x;
                matchedBy = QStringLiteral("serial");
            }
        }
        // Where either side has no serial (a recording carries none), by address, and said so.
        if (!e) {
            for (const PackEvidence &x : evidence.packs)
                if ((p.serial.isEmpty() || x.serial.isEmpty()) && p.address && x.address == p.address) {
                    e = &x;
                    matchedBy = QStringLiteral("address");
                }
        }
        if (!e)
            continue;
        const PackReading &r = e->reading;
        const std::optional<qint64> last = r.lastUpdateMs();
        HandoverPack hp;
        hp.id = p.id;
        hp.serial = e->serial;
        hp.matchedBy = matchedBy;
        hp.socPct = r.socPct.value;
        hp.voltageV = r.voltageV.value;
        hp.currentA = r.currentA.value;
        if (r.cellsMv.has() && !r.cellsMv->isEmpty()) {
            hp.cellMinMv = *std::min_element(r.cellsMv->begin(), r.cellsMv->end());
            hp.cellMaxMv = *std::max_element(r.cellsMv->begin(), r.cellsMv->end());
        } else {
            hp.cellMinMv = r.cellMinMv.value;
            hp.cellMaxMv = r.cellMaxMv.value;
        }
        if (r.tempsC.has() && !r.tempsC->isEmpty()) {
            hp.tempMinC = *std::min_element(r.tempsC->begin(), r.tempsC->end());
            hp.tempMaxC = *std::max_element(r.tempsC->begin(), r.tempsC->end());
        } else {
            hp.tempMinC = r.tempMinC.value;
            hp.tempMaxC = r.tempMaxC.value;
        }
        if (last)
            hp.ageS = double(evidence.nowMs - *last) / 1000.0;
        h.packs.append(hp);
    }
    return h;
}

QString CommissioningChecks::checkLabel(const QString &check)
{
    if (check == QLatin1String("bus-scan"))
        return tr("Bus scan against the plan");
    if (check == QLatin1String("protocol-speed"))
        return tr("Protocol and speed");
    if (check == QLatin1String("two-masters"))
        return tr("One master per bus");
    if (check == QLatin1String("firmware-match"))
        return tr("Firmware across packs");
    if (check == QLatin1String("pre-parallel-voltage"))
        return tr("Voltage spread before paralleling");
    if (check == QLatin1String("pre-parallel-soc"))
        return tr("SOC spread before paralleling");
    if (check == QLatin1String("current-sharing"))
        return tr("Current sharing under load");
    if (check == QLatin1String("inverter-acceptance"))
        return tr("Inverter acceptance");
    if (check == QLatin1String("alarms"))
        return tr("Alarms");
    return check;
}

QString CommissioningChecks::text(const CheckFinding &f)
{
    // A sentence starts with a capital, also when it starts with a link's name.
    QString out = describe(f);
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

QString CommissioningChecks::describe(const CheckFinding &f)
{
    const QStringList &a = f.args;
    auto arg = [&a](int i) { return a.value(i); };
    const QString &c = f.code;
    // Bus scan.
    if (c == QLatin1String("present"))
        return tr("%1 answers at %2.").arg(arg(0), arg(1));
    if (c == QLatin1String("present-other-serial"))
        return tr("%1's address %2 answers, but with serial %4 where the plan has %3.").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("duplicate-address"))
        return tr("Two units answer at %2 (%3): %1's address is not unique.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("garbled-answers"))
        return tr("%1 at %2: %3 garbled answers beside %4 good ones, as when two units share an address (or the line is noisy).").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("garbled-only"))
        return tr("%1 at %2: only garbled answers (%3 to %4 requests), as when two units share an address (or the line is noisy).").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("missing"))
        return tr("%1 does not answer at %2 (%3 requests).").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("missing-polled-by-master"))
        return tr("The master on this bus polls %2 (%3 times) and nothing answers: %1 is missing.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("not-polled"))
        return tr("%1 (%2): not polled. Another master owns this bus and does not ask for this address, so BankScope cannot tell whether it is there.").arg(arg(0), arg(1));
    if (c == QLatin1String("not-scanned"))
        return tr("%1 (%2) was not scanned on %3.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("unexpected"))
        return tr("A unit answers at %1, where the plan has none%2.").arg(arg(0), arg(1).isEmpty() ? QString() : tr(" (serial %1)").arg(arg(1)));
    if (c == QLatin1String("group-offset"))
        return tr("The master answers at %1 instead of %2: its switches 2-4 set a group the plan does not have.").arg(arg(0), arg(1));
    if (c == QLatin1String("module-count"))
        return tr("The master reports %2 modules on %1; the plan has %3.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("module-count-not-measured"))
        return tr("The module count was not heard on %1 (the plan has %2).").arg(arg(0), arg(1));
    // Protocol and speed.
    if (c == QLatin1String("nothing-heard"))
        return tr("Nothing was heard on %1: protocol and speed not measured.").arg(arg(0));
    if (c == QLatin1String("no-valid-frame"))
        return tr("%1 carries bytes (%2 bad frames) but no valid frame: a wrong baud rate, A and B swapped, or another protocol.").arg(arg(0), arg(1));
    if (c == QLatin1String("wrong-protocol"))
        return tr("%1 speaks %2; the plan has %3.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("wrong-speed"))
        return tr("%1 runs at %2 %4; the plan has %3 %4.").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("wrong-baud-pylontech"))
        return tr("The bank answers on %1 at %2 baud (switch 1 %4); the plan has %3 baud.").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("speed-heard-pylontech"))
        return tr("The bank answers on %1 at %2 baud: switch 1 is %3 on the master.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("protocol-speed-ok"))
        return arg(2).isEmpty() ? tr("%1 speaks %2 as planned.").arg(arg(0), arg(1))
                                : tr("%1 speaks %2 at %3 %4 as planned.").arg(arg(0), arg(1), arg(2), arg(3));
    // Masters.
    if (c == QLatin1String("two-masters"))
        return tr("Two masters on %1: %2. Their requests collide.").arg(arg(0), arg(1));
    if (c == QLatin1String("one-master"))
        return tr("One master on %1: %2.").arg(arg(0), arg(1));
    if (c == QLatin1String("no-other-master"))
        return tr("No other master heard on %1 while BankScope polled.").arg(arg(0));
    if (c == QLatin1String("no-master-heard"))
        return tr("No master heard on %1.").arg(arg(0));
    // Firmware.
    if (c == QLatin1String("firmware-same"))
        return tr("Every %1 runs firmware %2 (%3 units read).").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("firmware-differs"))
        return tr("The %1 units run different firmware: %2. The maker gives no rule on it; a mixed-firmware bank may not behave like a uniform one.").arg(arg(0), arg(1));
    if (c == QLatin1String("firmware-differs-required"))
        return tr("The %1 units run different firmware: %2. %3").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("firmware-not-measured"))
        return tr("Firmware of the %1 units: not measured (%n read).", nullptr, arg(1).toInt()).arg(arg(0));
    if (c == QLatin1String("firmware-plan-differs"))
        return tr("%1 reports firmware %3; the plan records %2.").arg(arg(0), arg(1), arg(2));
    // Pre-parallel.
    if (c == QLatin1String("spread-within"))
        return tr("%1 spread %2 %3 (%4 %5, %6 %7): within the maker's %8 %3.").arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), arg(7));
    if (c == QLatin1String("spread-over"))
        return tr("%1 spread %2 %3 (%4 %5, %6 %7): over the maker's %8 %3.").arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), arg(7));
    if (c == QLatin1String("spread-no-maker-figure")) {
        if (arg(7).isEmpty())
            return tr("%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by.").arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6));
        return tr("%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by; for reference only: %8.")
            .arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), arg(7));
    }
    if (c == QLatin1String("spread-partial"))
        return tr("%1 spread %2 %3 over %8 of %9 packs (%4 %5, %6 %7): not judged until every pack has a fresh reading matched by serial number.")
            .arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), arg(7), arg(8));
    if (c == QLatin1String("spread-not-measured"))
        return tr("%1 spread: not measured (%n pack(s) with a reading fresher than %2 s, matched by serial number).", nullptr, arg(1).toInt())
            .arg(arg(0), arg(2));
    if (c == QLatin1String("serial-not-recorded"))
        return tr("%1: not measured, its serial number is not in the plan (readings are matched by serial, never by address).").arg(arg(0));
    if (c == QLatin1String("reading-unmatched"))
        return tr("%1: not measured, no pack with serial %2 was heard.").arg(arg(0), arg(1));
    if (c == QLatin1String("reading-missing"))
        return tr("%1: not measured, its reading lacks the value.").arg(arg(0));
    if (c == QLatin1String("reading-stale"))
        return tr("%1: not measured, its reading is %2 s old (fresh means under %3 s).").arg(arg(0), arg(1), arg(2));
    // Current sharing.
    if (c == QLatin1String("sharing-not-measured"))
        return tr("Current sharing: not measured (%n pack(s) with a fresh current reading).", nullptr, arg(0).toInt());
    if (c == QLatin1String("sharing-no-load"))
        return tr("Current sharing: not measured, the bank carries %1 A (BankScope measures sharing from %2 A).").arg(arg(0), arg(1));
    if (c == QLatin1String("sharing")) {
        const double amps = arg(0).toDouble();
        return (amps < 0 ? tr("Discharging at %1 A, the packs carry %2.") : tr("Charging at %1 A, the packs carry %2."))
            .arg(num(std::abs(amps)), arg(1));
    }
    if (c == QLatin1String("sharing-uneven"))
        return tr("%1 carries %2 % of the current where its capacity gives %3 %.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("soc-error")) {
        const double error = arg(0).toDouble();
        return (error < 0 ? tr("With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank still holds %3 %: it reads %1 points low (BankScope warns from %5 points; %2 % stands for a generator-start setting).")
                          : tr("With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank holds only %3 %: it reads %1 points high (BankScope warns from %5 points; %2 % stands for a generator-start setting)."))
            .arg(num(std::abs(error)), arg(1), arg(2), arg(3), arg(4));
    }
    if (c == QLatin1String("soc-error-not-measured"))
        return tr("The SOC error of this sharing could not be computed: %1").arg(arg(0));
    // Inverter acceptance.
    if (c == QLatin1String("acceptance-needs-listen"))
        return tr("Inverter acceptance: not measured on %1, it needs a listen link on the inverter's BMS port.").arg(arg(0));
    if (c == QLatin1String("acceptance-inverter-unknown"))
        return tr("Inverter acceptance: %1 is not in the catalogue, what it needs on the wire is unknown \u2014 see its manual.").arg(arg(0));
    if (c == QLatin1String("acceptance-no-profile"))
        return tr("Inverter acceptance: the catalogue has no wire requirements of %1 for %2.").arg(arg(0), arg(1));
    if (c == QLatin1String("acceptance-too-short"))
        return tr("Inverter acceptance: listened %1 s, at least %2 s are needed.").arg(arg(0), arg(1));
    if (c == QLatin1String("frame-ok"))
        return arg(2).isEmpty() ? tr("%1 (%3) present, %2 frames.").arg(arg(0), arg(1), arg(3))
                                : tr("%1 (%4) present, %2 frames, never more than %3 s apart.").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("frame-missing"))
        return tr("%1 (%2) is missing: %3 expects it.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("frame-alternative"))
        return tr("%2 is sent in place of %1 (Pylontech's newer layout): whether %3 accepts it is not in the sources.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("frame-late"))
        return tr("%1 (%4) came %2 s apart; the inverter expects it within %3 s.").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("frame-too-fast"))
        return tr("%1 comes every %2 s; the inverter wants it no faster than every %3 s.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("keepalive-ok"))
        return tr("%2 sends its keep-alive %1 (%3 heard).").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("keepalive-absent"))
        return tr("%2's keep-alive %1 was never heard.").arg(arg(0), arg(1));
    if (c == QLatin1String("keepalive-none-expected"))
        return tr("%1 sends no keep-alive on this link.").arg(arg(0));
    if (c == QLatin1String("keepalive-unknown"))
        return tr("Whether %1 sends a keep-alive is not in the sources: not judged.").arg(arg(0));
    if (c == QLatin1String("inverter-polls-unplanned"))
        return tr("%2 polls %1, where the plan has no unit.").arg(arg(0), arg(1));
    if (c == QLatin1String("inverter-polls-unanswered"))
        return tr("The inverter polls %1 (%2 times) and gets no answer.").arg(arg(0), arg(1));
    if (c == QLatin1String("inverter-polls-answered"))
        return tr("The inverter polls %1 and the bank answers (%2 of %3).").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("inverter-not-polling"))
        return tr("%1 sent nothing in %2 s.").arg(arg(0), arg(1));
    // Alarms.
    if (c == QLatin1String("alarm"))
        return tr("%1 reports: %2.").arg(arg(0), arg(1));
    if (c == QLatin1String("warning"))
        return tr("%1 warns: %2.").arg(arg(0), arg(1));
    if (c == QLatin1String("no-alarm"))
        return tr("No alarm on the %1 packs read.").arg(arg(0));
    if (c == QLatin1String("alarms-not-measured"))
        return tr("Alarms: not measured (no fresh reading).");
    return c;
}

QString CommissioningChecks::nextStep(const CheckFinding &f)
{
    const QStringList &a = f.args;
    auto arg = [&a](int i) { return a.value(i); };
    const QString &c = f.code;
    if (c == QLatin1String("present") || c == QLatin1String("one-master") || c == QLatin1String("no-other-master") || c == QLatin1String("firmware-same")
        || c == QLatin1String("protocol-speed-ok") || c == QLatin1String("frame-ok") || c == QLatin1String("keepalive-ok")
        || c == QLatin1String("no-alarm") || c == QLatin1String("inverter-polls-answered") || c == QLatin1String("spread-within")
        || c == QLatin1String("sharing") || (c == QLatin1String("module-count") && f.status == CheckStatus::Pass))
        return tr("None.");
    if (c == QLatin1String("present-other-serial"))
        return tr("Check which unit sits where: update the plan's serial numbers, or move the units to their planned places.");
    if (c == QLatin1String("duplicate-address"))
        return tr("Give each unit its own address (DIP switch or app setting, then restart it); on Pylontech, make sure only one module carries the inverter cable and heads the chain.");
    if (c == QLatin1String("garbled-answers") || c == QLatin1String("garbled-only"))
        return tr("Check for two units at one address, then the termination (120 Ω at both ends), the A/B wiring and the cable.");
    if (c == QLatin1String("missing") || c == QLatin1String("missing-polled-by-master"))
        return tr("Check %1: powered on, its link cable seated, its address as planned.").arg(arg(0));
    if (c == QLatin1String("not-polled"))
        return tr("Unplug the inverter cable to check it (the inverter loses battery data meanwhile), scan again, then plug it back; or check %1's LEDs by hand.").arg(arg(0));
    if (c == QLatin1String("not-scanned"))
        return tr("Run the bus scan on this link.");
    if (c == QLatin1String("unexpected"))
        return tr("Find the unit at %1: a module set to another address or group, or one the plan does not list.").arg(arg(0));
    if (c == QLatin1String("group-offset"))
        return tr("Set the master's switches 2-4 to the plan's group and restart it, or re-plan if the inverter polls %1.").arg(arg(0));
    if (c == QLatin1String("module-count"))
        return tr("Check every module is powered and its link cable seated, and that the plan's count is right.");
    if (c == QLatin1String("module-count-not-measured") || c == QLatin1String("nothing-heard"))
        return tr("Check the adapter, its cable and the link settings, then listen again.");
    if (c == QLatin1String("no-valid-frame"))
        return tr("Set the planned speed on both ends, swap A and B if it stays, and check that the port is the one the plan names.");
    if (c == QLatin1String("wrong-protocol"))
        return tr("Set the battery port's protocol and the inverter's battery type as the plan says.");
    if (c == QLatin1String("wrong-speed"))
        return tr("Set the planned speed on both ends.");
    if (c == QLatin1String("wrong-baud-pylontech"))
        return tr("Set switch 1 the same on every module for the inverter's rate (OFF 115200, ON 9600) and restart the modules.");
    if (c == QLatin1String("speed-heard-pylontech"))
        return tr("Set switch 1 to %1 on every module and record the rate in the plan.").arg(arg(2));
    if (c == QLatin1String("two-masters"))
        return tr("Leave exactly one master: on Pylontech the inverter cable on one module only; on JK-PB one pack at DIP 0000; and no tool polling beside an inverter.");
    if (c == QLatin1String("no-master-heard"))
        return tr("Check that the master is on and its cable is on this bus.");
    if (c == QLatin1String("firmware-differs") || c == QLatin1String("firmware-differs-required"))
        return tr("Bring every unit of the model to the same firmware with the maker's tool before handing over.");
    if (c == QLatin1String("firmware-not-measured"))
        return tr("Read each unit's firmware (BankScope reads it where the protocol carries it) or record it by hand.");
    if (c == QLatin1String("firmware-plan-differs"))
        return tr("Update the plan, or the unit.");
    if (c == QLatin1String("spread-over"))
        return tr("Do not close the breakers: charge or discharge the packs separately until the spread is within the maker's figure.");
    if (c == QLatin1String("spread-no-maker-figure"))
        return tr("Bring the packs as close as you can (same charger, same rest time) and decide by the maker's instructions; BankScope does not decide without a maker figure.");
    if (c == QLatin1String("spread-not-measured") || c == QLatin1String("spread-partial") || c == QLatin1String("reading-stale") || c == QLatin1String("reading-missing")
        || c == QLatin1String("reading-unmatched"))
        return tr("Read every pack again (fresh readings, matched by serial) before the breakers close.");
    if (c == QLatin1String("serial-not-recorded"))
        return tr("Record the serial numbers in the plan: the bus scan reads them where BankScope gets them from the protocol (it gets none from a JK-B); otherwise type them from the labels.");
    if (c == QLatin1String("sharing-not-measured") || c == QLatin1String("sharing-no-load"))
        return tr("Repeat under load, with every pack read.");
    if (c == QLatin1String("sharing-uneven"))
        return arg(3).isEmpty() ? tr("Check %1's cable length, lugs and torque: equal cable lengths share current equally.").arg(arg(0))
                                : tr("Check %1's cable length, lugs and torque (recorded: %2): equal cable lengths share current equally.").arg(arg(0), arg(3));
    if (c == QLatin1String("soc-error"))
        return f.status == CheckStatus::Warning ? tr("Equalise the cable lengths and lugs, or set the inverter's low-battery levels with this error in mind.")
                                                : tr("None.");
    if (c == QLatin1String("soc-error-not-measured"))
        return tr("Repeat under a steady discharge.");
    if (c == QLatin1String("acceptance-needs-listen"))
        return tr("Listen on the inverter's BMS cable (a tap), without polling.");
    if (c == QLatin1String("acceptance-inverter-unknown") || c == QLatin1String("acceptance-no-profile") || c == QLatin1String("keepalive-unknown"))
        return tr("Check the inverter's manual for what it needs on its BMS port.");
    if (c == QLatin1String("acceptance-too-short"))
        return tr("Listen for at least %1 s.").arg(arg(1));
    if (c == QLatin1String("frame-missing") || c == QLatin1String("frame-alternative"))
        return tr("Select the protocol this inverter needs on the battery's port (see the plan), or update the battery's firmware.");
    if (c == QLatin1String("frame-late"))
        return tr("Check the bus load and the termination; if the battery sends this slowly by design, check the inverter's manual.");
    if (c == QLatin1String("frame-too-fast"))
        return tr("Set the BMS to send less often if it allows; otherwise note it for the inverter's maker.");
    if (c == QLatin1String("keepalive-absent"))
        return tr("Check the inverter's battery type (the plan: %1) and that its BMS cable goes to the master's port.").arg(arg(2));
    if (c == QLatin1String("keepalive-none-expected"))
        return tr("None.");
    if (c == QLatin1String("inverter-polls-unplanned"))
        return tr("Check the inverter's battery type (the plan: %1) and the master's group switches.").arg(arg(2));
    if (c == QLatin1String("inverter-polls-unanswered"))
        return tr("Check the master's address, its RS485 rate (switch 1) and the A/B wiring.");
    if (c == QLatin1String("inverter-not-polling"))
        return tr("Set the inverter's battery type (the plan: %1) and check its BMS cable.").arg(arg(2));
    if (c == QLatin1String("alarm") || c == QLatin1String("warning"))
        return tr("Find the cause before handing over; note it in the report.");
    if (c == QLatin1String("alarms-not-measured"))
        return tr("Read the packs.");
    return tr("See the plan.");
}
