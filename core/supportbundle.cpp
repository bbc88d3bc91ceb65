#include "supportbundle.h"

#include "bankjson.h"
#include "bankmonitor.h"
#include "commissioningplan.h"
#include "diagnosis.h"
#include "eventcsv.h"
#include "zipwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>
#include <QTimeZone>

namespace {

QString csvNumber(double v)
{
    return QString::number(v, 'g', 10);
}

QJsonValue jsonOf(const QVariant &v)
{
    if (!v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toDouble();
    return v.toString();
}

QString planModel(const PlanPack &p)
{
    return p.model.name.isEmpty() ? p.model.id : p.model.name;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

QString SupportBundle::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    if (bytes < 1000)
        return tr("%1 B").arg(bytes);
    if (bytes < 1000 * 1000)
        return tr("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
    if (bytes < qint64(1000) * 1000 * 1000)
        return tr("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    return tr("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 2);
}

QString SupportBundle::listing(const QList<SupportBundleFile> &files)
{
    int width = 0;
    for (const SupportBundleFile &f : files)
        width = std::max(width, int(f.name.size()));
    QStringList lines;
    for (const SupportBundleFile &f : files) {
        const QString size = f.size < 0 ? tr("(this list)") : sizeText(f.size);
        lines.append(QStringLiteral("%1  %2  %3").arg(f.name, -width).arg(size, -12).arg(f.description));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray SupportBundle::firmwareCsv(const BankMonitor *monitor, const CommissioningPlan *plan)
{
    // Every pack the monitor knows (bank order), each with the plan's pack of the same id, else of
    // the same bus address (a recording names packs by address and carries no serial number);
    // then every pack of the plan that none of them matched.
    QByteArray out = "pack,model,address,role,plan_pack,matched_by,serial,firmware_reported,firmware_in_plan,link\r\n";
    QSet<QString> matched;
    auto row = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields.append(EventCsv::field(c));
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    if (monitor) {
        for (const PackConfig &p : monitor->config().packs) {
            const PlanPack *pp = plan ? plan->pack(p.id) : nullptr;
            QString by = pp ? QStringLiteral("id") : QString();
            if (!pp && plan && p.address > 0) {
                for (const PlanPack &candidate : plan->packs) {
                    if (candidate.address == p.address && !matched.contains(candidate.id)) {
                        pp = &candidate;
                        by = QStringLiteral("address");
                        break;
                    }
                }
            }
            if (pp)
                matched.insert(pp->id);
            const PackLinkInfo *info = monitor->linkInfo(p.id);
            row({p.id, p.model.isEmpty() && pp ? planModel(*pp) : p.model, p.address > 0 ? QString::number(p.address) : QString(),
                 p.role == PackRole::Master ? QStringLiteral("master") : QStringLiteral("slave"), pp ? pp->id : QString(), by,
                 pp ? pp->serial : QString(), info ? info->firmware : QString(), pp ? pp->firmware : QString(),
                 info ? info->link : QString()});
        }
    }
    if (plan) {
        for (const PlanPack &p : plan->packs) {
            if (matched.contains(p.id))
                continue;
            row({p.id, planModel(p), p.address ? QString::number(*p.address) : QString(), PlanNames::role(p.role), p.id,
                 monitor ? QString() : QStringLiteral("plan"), p.serial, QString(), p.firmware, QString()});
        }
    }
    return out;
}

QByteArray SupportBundle::cellsCsv(const BankMonitor &monitor)
{
    // Long format, one cell a row: packs carry different cell counts. A pack that reports only
    // its lowest and highest cell (Victron-style CAN 0x373) gives rows "min" and "max".
    QByteArray out = "pack,address,time_utc,link,protocol,cell,mV\r\n";
    for (const PackConfig &p : monitor.config().packs) {
        const PackReading *r = monitor.reading(p.id);
        if (!r)
            continue;
        const QString address = p.address > 0 ? QString::number(p.address) : QString();
        auto line = [&](qint64 atMs, const ReadingSource &src, const QString &cell, double mv) {
            const QStringList fields{EventCsv::field(p.id), address, EventCsv::utc(atMs), EventCsv::field(src.link),
                                     EventCsv::field(src.protocol), cell, csvNumber(mv)};
            out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        };
        if (r->cellsMv.has()) {
            for (int i = 0; i < r->cellsMv->size(); ++i)
                line(r->cellsMv.atMs, r->cellsMv.source, QString::number(i + 1), r->cellsMv->at(i));
        } else {
            if (r->cellMinMv.has())
                line(r->cellMinMv.atMs, r->cellMinMv.source, QStringLiteral("min"), *r->cellMinMv);
            if (r->cellMaxMv.has())
                line(r->cellMaxMv.atMs, r->cellMaxMv.source, QStringLiteral("max"), *r->cellMaxMv);
        }
    }
    return out;
}

QJsonObject SupportBundle::findingsJson(const BankMonitor &monitor)
{
    const qint64 now = monitor.nowMs();
    QJsonArray findings;
    for (const Finding &f : monitor.result().findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("severity"), SeverityNames::name(f.severity)},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("text"), f.text},
                                    {QStringLiteral("next_step"), f.nextStep}});
    }
    QJsonArray conditions;
    for (const PackStateInfo &s : monitor.packStates()) {
        conditions.append(QJsonObject{{QStringLiteral("pack"), s.id},
                                      {QStringLiteral("condition"), PackConditionNames::name(s.condition)},
                                      {QStringLiteral("reason"), s.reason},
                                      {QStringLiteral("evidence"), QJsonArray::fromStringList(s.evidence)}});
    }
    const EventLog &log = monitor.events();
    QJsonArray events;
    QJsonArray frames;
    for (const BankEvent &e : log.events()) {
        QJsonObject o{{QStringLiteral("id"), double(e.id)},
                      {QStringLiteral("type"), EventTypeNames::name(e.type)},
                      {QStringLiteral("severity"), SeverityNames::name(e.severity)},
                      {QStringLiteral("subject"), e.subject},
                      {QStringLiteral("description"), e.description()},
                      {QStringLiteral("detail"), e.detail},
                      {QStringLiteral("raised_utc"), EventCsv::utc(e.raisedMs)},
                      {QStringLiteral("cleared_utc"), e.clearedMs ? QJsonValue(EventCsv::utc(*e.clearedMs)) : QJsonValue::Null},
                      {QStringLiteral("active"), e.active()},
                      {QStringLiteral("duration_s"), e.durationS(now)}};
        if (e.fault)
            o.insert(QStringLiteral("fault"), FaultNames::name(*e.fault));
        const FreezeFrame *frame = e.freezeFrameId ? log.freezeFrame(e.freezeFrameId) : nullptr;
        o.insert(QStringLiteral("freeze_frame"), frame ? QJsonValue(double(frame->id)) : QJsonValue::Null);
        events.append(o);
        if (!frame)
            continue;
        QJsonArray rows;
        for (const FreezeRow &r : EventCsv::rows(*frame, true)) {
            rows.append(QJsonObject{{QStringLiteral("subject"), r.subject},
                                    {QStringLiteral("quantity"), r.quantity},
                                    {QStringLiteral("unit"), r.unit},
                                    {QStringLiteral("before"), jsonOf(r.before)},
                                    {QStringLiteral("at"), jsonOf(r.at)},
                                    {QStringLiteral("source"), r.source}});
        }
        frames.append(QJsonObject{{QStringLiteral("id"), double(frame->id)},
                                  {QStringLiteral("event"), double(e.id)},
                                  {QStringLiteral("before_utc"), frame->before ? QJsonValue(EventCsv::utc(frame->before->atMs)) : QJsonValue::Null},
                                  {QStringLiteral("at_utc"), EventCsv::utc(frame->at.atMs)},
                                  {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{{QStringLiteral("time_utc"), EventCsv::utc(now)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("packs"), conditions},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("freeze_frames"), frames},
                       {QStringLiteral("events_dropped"), double(log.droppedEvents())},
                       {QStringLiteral("freeze_frames_dropped"), double(log.droppedFreezeFrames())}};
}

QJsonObject SupportBundle::bankJson(const BankMonitor &monitor)
{
    QJsonArray packs;
    for (const PackConfig &p : monitor.config().packs) {
        packs.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("model"), p.model},
                                 {QStringLiteral("role"), p.role == PackRole::Master ? QStringLiteral("master") : QStringLiteral("slave")},
                                 {QStringLiteral("address"), p.address},
                                 {QStringLiteral("capacity_Ah"), p.ratedCapacityAh}});
    }
    QJsonObject o{{QStringLiteral("time_utc"), EventCsv::utc(monitor.nowMs())},
                  {QStringLiteral("architecture"), ArchitectureNames::name(monitor.config().architecture)},
                  {QStringLiteral("packs"), packs},
                  {QStringLiteral("aggregation"), BankJson::toJson(monitor.result())}};
    // What the inverter is told, decoded from the master's link; absent when it was not heard.
    o.insert(QStringLiteral("told"), monitor.observed() ? QJsonValue(BankJson::viewToJson(*monitor.observed())) : QJsonValue::Null);
    o.insert(QStringLiteral("inverter_receives_nothing"), monitor.inverterReceivesNothing());
    return o;
}

Expected<QList<SupportBundleFile>, QString> SupportBundle::write(const SupportBundleInput &in, const QString &path)
{
    const QDateTime created = (in.created.isValid() ? in.created : QDateTime::currentDateTime()).toUTC();
    struct Part
    {
        SupportBundleFile file;
        QByteArray data;
        QString sourcePath; // a file copied as it is
    };
    QList<Part> parts;
    auto add = [&](const QString &name, const QByteArray &data, const QString &what) {
        parts.append(Part{SupportBundleFile{name, data.size(), what}, data, {}});
    };

    if (!in.planPath.isEmpty()) {
        QFile f(in.planPath);
        if (!f.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(in.planPath, f.errorString());
        add(QStringLiteral("plan.json"), f.readAll(), tr("The commissioning plan, as saved (%1)").arg(QFileInfo(in.planPath).fileName()));
    }
    QStringList names;
    for (const QString &r : in.recordings) {
        QFileInfo info(r);
        if (!info.isFile() || !info.isReadable())
            return tr("cannot read the recording %1").arg(r);
        QString name = info.fileName();
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
        names.append(name);
        // Copied up to its size now: a recording still being written is taken as of this moment.
        parts.append(Part{SupportBundleFile{QStringLiteral("recordings/") + name, info.size(),
                                            tr("The session recording, byte for byte (%1)").arg(info.fileName())},
                          {},
                          r});
    }
    if (in.monitor) {
        const BankMonitor &m = *in.monitor;
        add(QStringLiteral("findings.json"), json(findingsJson(m)),
            tr("Findings, each pack's condition, events and alarms with their freeze-frames"));
        QList<QPair<BankEvent, const FreezeFrame *>> withFrames;
        for (const BankEvent &e : m.events().events())
            withFrames.append({e, e.freezeFrameId ? m.events().freezeFrame(e.freezeFrameId) : nullptr});
        add(QStringLiteral("events.csv"), EventCsv::events(m.events().events(), m.nowMs()), tr("Events and alarms, for a spreadsheet"));
        add(QStringLiteral("freeze-frames.csv"), EventCsv::freezeFrames(withFrames), tr("Freeze-frames: every value before and when each alarm appeared"));
        add(QStringLiteral("firmware.csv"), firmwareCsv(&m, in.plan), tr("Firmware table: pack, model, address, role, serial, firmware"));
        add(QStringLiteral("cells.csv"), cellsCsv(m), tr("Every pack's last cell voltages (mV), with their time and source"));
        add(QStringLiteral("bank.json"), json(bankJson(m)), tr("The bank: what the inverter should see, can see and is told"));
    } else if (in.plan) {
        add(QStringLiteral("firmware.csv"), firmwareCsv(nullptr, in.plan), tr("Firmware table from the plan: pack, model, address, role, serial, firmware"));
    }
    // What the technician found by hand while the diagnosis assistant walked them through its checks.
    if (in.plan && !in.plan->diagnosisChecks.isEmpty()) {
        const QJsonObject found{{QStringLiteral("found_by_hand"), Diagnosis::findingsJson(in.plan->diagnosisChecks)}};
        add(QStringLiteral("checks-by-hand.json"), json(found),
            tr("The checks by hand the diagnosis assistant asked for, with what was found, the note and the time (%n recorded)", nullptr,
               int(in.plan->diagnosisChecks.size())));
    }
    if (parts.isEmpty())
        return tr("nothing to put in the bundle: no plan, recording or bank");

    // The manifests: every other file with its size and what it is, and what made them. No user
    // or host name: only what the plan itself holds identifies anyone.
    QJsonArray files;
    QStringList text{tr("BankScope support bundle"), QString(),
                     tr("Made by %1 on %2 UTC, on %3 (%4, Qt %5).")
                         .arg(in.generator, created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), QSysInfo::prettyProductName(),
                              QSysInfo::currentCpuArchitecture(), QString::fromLatin1(qVersion())),
                     tr("Nothing in it was sent anywhere: whoever has this file chose whom to give it to.")};
    if (!in.source.isEmpty())
        text.append(tr("The bank's state was read from: %1").arg(in.source));
    if (!in.monitor)
        text.append(tr("No readings: the bundle was made from a plan alone (no recording, no connection)."));
    text.append(QString());
    QList<SupportBundleFile> listed{{QStringLiteral("MANIFEST.txt"), -1, tr("This list, in words")},
                                    {QStringLiteral("manifest.json"), -1, tr("This list, for programs")}};
    for (const Part &p : std::as_const(parts))
        listed.append(p.file);
    for (const SupportBundleFile &f : std::as_const(listed)) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("description"), f.description}};
        if (f.size >= 0)
            o.insert(QStringLiteral("size"), double(f.size));
        files.append(o);
    }
    text.append(listing(listed));
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("bankscope-support-bundle")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("generator"), in.generator},
                               {QStringLiteral("created_utc"), created.toString(Qt::ISODate)},
                               {QStringLiteral("machine"),
                                QJsonObject{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                                            {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
                                            {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                                            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}},
                               {QStringLiteral("source"), in.source},
                               {QStringLiteral("files"), files}};

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, out.errorString());
    ZipWriter zip(&out);
    zip.add(QStringLiteral("MANIFEST.txt"), text.join(QLatin1Char('\n')).toUtf8() + '\n', created);
    zip.add(QStringLiteral("manifest.json"), json(manifest), created);
    for (const Part &p : std::as_const(parts)) {
        if (p.sourcePath.isEmpty()) {
            zip.add(p.file.name, p.data, created);
            continue;
        }
        QFile f(p.sourcePath);
        if (!f.open(QIODevice::ReadOnly)) {
            out.cancelWriting();
            return tr("cannot read the recording %1: %2").arg(p.sourcePath, f.errorString());
        }
        if (!zip.add(p.file.name, &f, p.file.size, QFileInfo(f).lastModified()))
            break;
        if (zip.entries().constLast().size != quint64(p.file.size)) {
            out.cancelWriting();
            return tr("the recording %1 became shorter while it was copied").arg(p.sourcePath);
        }
    }
    if (!zip.finish() || !out.commit()) {
        out.cancelWriting();
        return tr("cannot write %1: %2").arg(path, zip.errorString().isEmpty() ? out.errorString() : zip.errorString());
    }
    return listed;
}
