#include "diagnosis.h"

#include "commissioningchecks.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

// The causes, in table order (ties rank in this order).
const QStringList kCauses = {
    QStringLiteral("not-connected"),     // adapter, cable or terminals not connected (BankScope's, or the bank's to this bus)
    QStringLiteral("bank-off"),          // the bank (its master BMS) is off
    QStringLiteral("nobody-polling"),    // listening only, and no master polls: the BMS speak only when asked
    QStringLiteral("wrong-protocol"),    // the bytes are another protocol than the one chosen
    QStringLiteral("wrong-baud"),        // speed mismatch
    QStringLiteral("ab-swapped"),        // RS485 A and B swapped
    QStringLiteral("noise-termination"), // noise, missing or extra termination, bias
    QStringLiteral("duplicate-address"), // two packs answer one address: collisions
    QStringLiteral("second-master"),     // another master polls the bus
    QStringLiteral("master-dead"),       // the master BMS stopped answering for good
    QStringLiteral("connection-lost"),   // BankScope's own adapter or cable came off
    QStringLiteral("master-data-lost"),  // slaves answer through the master, its own data is gone
    QStringLiteral("slave-offline"),     // a slave BMS is off and has left the bus
    QStringLiteral("link-cable"),        // the link cable to a slave is cut: it still carries current
    QStringLiteral("bms-asleep"),        // a BMS stopped answering after an idle time
    QStringLiteral("firmware-mismatch"), // packs on different firmware
    QStringLiteral("inverter-battery-type"), // the bank answers, the inverter does not take it: its battery type setting or its port
    QStringLiteral("port-protocol"),     // the bank's port speaks a protocol variant the inverter does not take
};

constexpr double kRestA = 1.0;    // below this a pack is at rest
constexpr double kRestS = 10.0;   // at rest this long before it went quiet: may have gone to sleep
constexpr double kLoadA = 2.0;    // the rest of the bank carries at least this: current tells causes apart
constexpr double kSpreadRate = 0.02;

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString adr(int a)
{
    return QStringLiteral("0x%1").arg(a, 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

struct Builder
{
    QMap<QString, DiagnosisCause> causes;

    DiagnosisCause &at(const QString &code)
    {
        DiagnosisCause &c = causes[code];
        c.code = code;
        return c;
    }
    // The evidence points to `code`; `rivals` are causes it cannot separate it from.
    void support(const QString &code, int score, const QList<DiagnosisItem> &evidence, const QStringList &rivals = {},
                 const QStringList &nextArgs = {})
    {
        DiagnosisCause &c = at(code);
        c.supported = true;
        c.score = std::max(c.score, score);
        for (const DiagnosisItem &i : evidence)
            if (!c.evidence.contains(i))
                c.evidence.append(i);
        for (const QString &r : rivals)
            if (r != code && !c.cannotTellFrom.contains(r))
                c.cannotTellFrom.append(r);
        if (c.nextArgs.isEmpty())
            c.nextArgs = nextArgs;
        for (const QString &r : rivals)
            possible(r, evidence, code, nextArgs);
    }
    // Not ruled out by the evidence that points to `because`: listed, low, and cannot be told from it.
    void possible(const QString &code, const QList<DiagnosisItem> &evidence, const QString &because, const QStringList &nextArgs)
    {
        if (code == because)
            return;
        DiagnosisCause &c = at(code);
        c.score = std::max(c.score, 30);
        for (const DiagnosisItem &i : evidence)
            if (!c.evidence.contains(i))
                c.evidence.append(i);
        if (!c.cannotTellFrom.contains(because))
            c.cannotTellFrom.append(because);
        if (c.nextArgs.isEmpty())
            c.nextArgs = nextArgs;
    }
};

void serialRules(const DiagnosisLink &l, Builder &b)
{
    const QStringList here{l.link};
    const DiagnosisItem duration{QStringLiteral("observed"), {l.link, num(l.durationS, 0)}};
    if (l.bytesReceived == 0) {
        if (l.transmitted) {
            const QList<DiagnosisItem> ev{{QStringLiteral("no-bytes-polled"), {l.link, QString::number(l.bytesSent), num(l.durationS, 0)}}};
            const QStringList group{QStringLiteral("not-connected"), QStringLiteral("bank-off"), QStringLiteral("wrong-baud"),
                                    QStringLiteral("ab-swapped")};
            for (const QString &c : group) {
                QStringList rivals = group;
                rivals.removeAll(c);
                b.support(c, c == group.first() ? 41 : 40, ev, rivals, here);
            }
        } else {
            const QList<DiagnosisItem> ev{{QStringLiteral("no-bytes-listened"), {l.link, num(l.durationS, 0)}}};
            const QStringList group{QStringLiteral("not-connected"), QStringLiteral("nobody-polling"), QStringLiteral("bank-off")};
            for (const QString &c : group) {
                QStringList rivals = group;
                rivals.removeAll(c);
                b.support(c, c == group.first() ? 41 : 40, ev, rivals, here);
            }
        }
        return;
    }

    if (l.frames == 0 && l.requestsHeard > 0 && !l.transmitted) {
        // A master (the inverter) polls and nobody answers: the bank's side of the bus.
        const QList<DiagnosisItem> ev{{QStringLiteral("polled-no-answer"), {l.link, QString::number(l.requestsHeard), num(l.durationS, 0)}}};
        const QStringList group{QStringLiteral("bank-off"), QStringLiteral("not-connected"), QStringLiteral("wrong-baud"),
                                QStringLiteral("ab-swapped")};
        for (const QString &c : group) {
            QStringList rivals = group;
            rivals.removeAll(c);
            b.support(c, c == group.first() ? 41 : 40, ev, rivals, here);
        }
        return;
    }

    if (l.frames == 0) {
        const DiagnosisItem bytes{QStringLiteral("bytes-no-frames"), {l.link, QString::number(l.bytesReceived), num(l.durationS, 0)}};
        if (!l.otherProtocol.isEmpty() && !l.transmitted && l.otherProtocolRequests > 0 && l.otherProtocolAnswers == 0) {
            // Only requests of another protocol, and nothing answers them: a master (the inverter)
            // asks in a protocol the bank's port is not set to (the inverter's battery type, or the
            // port's protocol), or BankScope was told the wrong one and the bank is silent. The
            // wire cannot tell which.
            const QList<DiagnosisItem> ev{bytes, {QStringLiteral("other-protocol-asks"), {l.link, l.otherProtocol, QString::number(l.otherProtocolRequests)}}};
            const QStringList group{QStringLiteral("wrong-protocol"), QStringLiteral("inverter-battery-type"), QStringLiteral("port-protocol")};
            for (const QString &c : group)
                b.support(c, 85, ev, group, c == QLatin1String("wrong-protocol") ? QStringList{l.link, l.otherProtocol} : here);
        } else if (!l.otherProtocol.isEmpty()) {
            b.support(QStringLiteral("wrong-protocol"), 100, {bytes, {QStringLiteral("decodes-as"), {l.link, l.otherProtocol}}}, {},
                      {l.link, l.otherProtocol});
        } else if (l.framesIfInverted > 0) {
            b.support(QStringLiteral("ab-swapped"), 100, {bytes, {QStringLiteral("decodes-inverted"), {l.link, QString::number(l.framesIfInverted)}}},
                      {}, here);
        } else if (l.breakBytes * 10 >= l.bytesReceived * 9) {
            b.support(QStringLiteral("ab-swapped"), 90, {bytes, {QStringLiteral("break-bytes"), {l.link, QString::number(l.breakBytes)}}},
                      {QStringLiteral("noise-termination")}, here);
        } else {
            QList<DiagnosisItem> ev{bytes};
            if (l.burstsWithoutFrames > 0)
                ev.append({l.burstsPeriodic ? QStringLiteral("bursts-periodic") : QStringLiteral("bursts"),
                           {l.link, QString::number(l.burstsWithoutFrames)}});
            ev.append({QStringLiteral("not-inverted"), {l.link}});
            b.support(QStringLiteral("wrong-baud"), 90, ev, {QStringLiteral("ab-swapped")}, here);
        }
        return;
    }

    // Frames arrive. Errors: concentrated on one address, or spread.
    if (l.badFrames > 0) {
        const double rate = double(l.badFrames) / double(l.badFrames + l.frames);
        const DiagnosisAddress *worst = nullptr;
        quint64 addressed = 0;
        int erring = 0;
        for (const DiagnosisAddress &a : l.addresses) {
            addressed += a.errors;
            if (a.errors > 0)
                ++erring;
            if (a.errors > 0 && (!worst || a.errors > worst->errors))
                worst = &a;
        }
        int cleanOthers = 0;
        for (const DiagnosisAddress &a : l.addresses)
            if (worst && a.address != worst->address && a.answers > 0 && a.errors * 10 <= a.answers)
                ++cleanOthers;
        const bool concentrated = worst && worst->errors >= 3 && worst->errors * 10 >= addressed * 8 && cleanOthers > 0
            && worst->errors * 10 >= worst->requests * 3;
        if (concentrated) {
            b.support(QStringLiteral("duplicate-address"), 100,
                      {{QStringLiteral("errors-one-address"),
                        {l.link, adr(worst->address), QString::number(worst->errors), QString::number(worst->requests)}},
                       {QStringLiteral("others-clean"), {l.link, QString::number(cleanOthers)}}},
                      {}, {adr(worst->address)});
        } else if (rate >= kSpreadRate && l.badFrames >= 3) {
            b.support(QStringLiteral("noise-termination"), 80,
                      {{QStringLiteral("errors-spread"),
                        {l.link, QString::number(l.badFrames), QString::number(l.frames + l.badFrames), num(rate * 100.0),
                         QString::number(std::max(erring, 1))}}},
                      {QStringLiteral("wrong-baud")}, here);
        }
    }

    // The bank answers the inverter's requests with an error code: it understands the framing and
    // refuses what is asked (another protocol version or command set: the inverter's battery type,
    // or the variant set on the bank's port).
    if (!l.transmitted && l.rejected >= 3 && l.rejected * 10 >= l.requestsHeard * 3)
        b.support(QStringLiteral("inverter-battery-type"), 85,
                  {{QStringLiteral("requests-rejected"), {l.link, QString::number(l.rejected), QString::number(l.requestsHeard)}}},
                  {QStringLiteral("port-protocol")}, here);

    if (l.transmitted && l.requestsHeard > 0)
        b.support(QStringLiteral("second-master"), 100, {{QStringLiteral("foreign-requests"), {l.link, QString::number(l.requestsHeard)}}}, {},
                  here);

    if (l.answersStoppedAtS) {
        const DiagnosisItem stopped{QStringLiteral("answers-stopped"), {l.link, num(*l.answersStoppedAtS, 0), num(l.durationS, 0)}};
        if (l.restBeforeStopS && *l.restBeforeStopS >= kRestS) {
            b.support(QStringLiteral("bms-asleep"), 85, {stopped, {QStringLiteral("rest-before"), {l.link, num(*l.restBeforeStopS, 0)}}},
                      {QStringLiteral("master-dead"), QStringLiteral("connection-lost")}, here);
        } else {
            QList<DiagnosisItem> ev{stopped};
            if (l.restBeforeStopS && *l.restBeforeStopS < 1.0)
                ev.append({QStringLiteral("load-before"), {l.link}});
            else if (l.restBeforeStopS)
                ev.append({QStringLiteral("rest-before"), {l.link, num(*l.restBeforeStopS, 0)}});
            QStringList rivals{QStringLiteral("connection-lost")};
            if (!l.restBeforeStopS)
                rivals.append(QStringLiteral("bms-asleep"));
            b.support(QStringLiteral("master-dead"), 90, ev, rivals, here);
        }
    }

    if (l.groupAnswersWithoutMaster > 0 && l.masterAddress)
        b.support(QStringLiteral("master-data-lost"), 95,
                  {{QStringLiteral("group-without-master"), {l.link, adr(*l.masterAddress), QString::number(l.groupAnswersWithoutMaster)}}}, {},
                  {adr(*l.masterAddress)});

    // Units the master can no longer reach.
    for (const DiagnosisAddress &a : l.addresses) {
        if (a.unreachable == 0 || (l.masterAddress && a.address == *l.masterAddress))
            continue;
        const QStringList args{adr(a.address)};
        QList<DiagnosisItem> ev{{QStringLiteral("unreachable"), {l.link, adr(a.address), QString::number(a.unreachable)}}};
        if (a.lostAtS)
            ev.append({QStringLiteral("lost-at"), {l.link, adr(a.address), num(*a.lostAtS, 0)}});
        const bool atRest = a.currentBeforeA && std::abs(*a.currentBeforeA) < kRestA;
        if (atRest && a.restBeforeS && *a.restBeforeS >= kRestS) {
            ev.append({QStringLiteral("unit-rest-before"), {adr(a.address), num(*a.restBeforeS, 0)}});
            b.support(QStringLiteral("bms-asleep"), 85, ev, {QStringLiteral("slave-offline"), QStringLiteral("link-cable")}, args);
            continue;
        }
        if (a.currentBeforeA && a.othersBeforeA && a.othersAfterA && !atRest && std::abs(*a.othersBeforeA) >= kLoadA) {
            const double own = std::abs(*a.currentBeforeA);
            const double moved = std::abs(*a.othersAfterA) - std::abs(*a.othersBeforeA);
            const DiagnosisItem currents{QStringLiteral("currents"),
                                         {adr(a.address), num(*a.currentBeforeA), num(*a.othersBeforeA), num(*a.othersAfterA)}};
            if (moved >= 0.5 * own) {
                b.support(QStringLiteral("slave-offline"), 90, ev + QList<DiagnosisItem>{currents, {QStringLiteral("share-moved"), {adr(a.address), num(moved)}}},
                          {}, args);
                continue;
            }
            if (std::abs(moved) <= 0.25 * own) {
                b.support(QStringLiteral("link-cable"), 90,
                          ev + QList<DiagnosisItem>{currents, {QStringLiteral("share-kept"), {adr(a.address), num(own)}}}, {}, args);
                continue;
            }
        }
        // Nothing in the currents separates them.
        b.support(QStringLiteral("slave-offline"), 60, ev, {QStringLiteral("link-cable"), QStringLiteral("bms-asleep")}, args);
    }

    // Firmware.
    QMap<QString, QStringList> byVersion;
    for (const DiagnosisAddress &a : l.addresses)
        if (!a.firmware.isEmpty())
            byVersion[a.firmware].append(adr(a.address));
    if (byVersion.size() > 1) {
        QList<DiagnosisItem> ev;
        for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it)
            ev.append({QStringLiteral("firmware"), {it.key(), it.value().join(QStringLiteral(", "))}});
        // The odd one out: the version the fewest packs carry.
        QString odd;
        qsizetype fewest = 1 << 30;
        for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it)
            if (it.value().size() < fewest) {
                fewest = it.value().size();
                odd = it.value().join(QStringLiteral(", "));
            }
        b.support(QStringLiteral("firmware-mismatch"), 95, ev, {}, {odd});
    }
    Q_UNUSED(duration)
}

void canRules(const DiagnosisLink &l, Builder &b)
{
    const QStringList here{l.link};
    if (l.bmsFrames == 0) {
        const QList<DiagnosisItem> ev{{QStringLiteral("no-can-frames"), {l.link, QString::number(l.inverterFrames), num(l.durationS, 0)}}};
        const QStringList group{QStringLiteral("not-connected"), QStringLiteral("bank-off"), QStringLiteral("wrong-baud"),
                                QStringLiteral("ab-swapped")};
        for (const QString &c : group) {
            QStringList rivals = group;
            rivals.removeAll(c);
            b.support(c, c == group.first() ? 41 : 40, ev, rivals, here);
        }
        return;
    }
    if (l.conflictingFrames >= 3)
        b.support(QStringLiteral("second-master"), 95, {{QStringLiteral("can-conflicts"), {l.link, QString::number(l.conflictingFrames)}}},
                  {QStringLiteral("duplicate-address")}, here);
    if (l.answersStoppedAtS) {
        const DiagnosisItem stopped{QStringLiteral("broadcast-stopped"), {l.link, num(*l.answersStoppedAtS, 0), num(l.durationS, 0)}};
        if (l.restBeforeStopS && *l.restBeforeStopS >= kRestS)
            b.support(QStringLiteral("bms-asleep"), 85, {stopped, {QStringLiteral("rest-before"), {l.link, num(*l.restBeforeStopS, 0)}}},
                      {QStringLiteral("master-dead"), QStringLiteral("connection-lost")}, here);
        else
            b.support(QStringLiteral("master-dead"), 90, {stopped}, {QStringLiteral("connection-lost"), QStringLiteral("bms-asleep")}, here);
    }
}

// What the plan's inverter needs by its catalogue profile and did not get, on a link that only
// listened (DiagnosisInverterSide).
void inverterRules(const DiagnosisEvidence &e, Builder &b)
{
    for (const DiagnosisInverterFinding &f : e.inverterSide) {
        const DiagnosisLink *l = nullptr;
        for (const DiagnosisLink &candidate : e.links)
            if (candidate.link == f.link)
                l = &candidate;
        if (!l)
            continue;
        const QStringList here{l->link};
        const DiagnosisItem item{QStringLiteral("inverter-profile"), QStringList{l->link, f.code} + f.args};
        const bool bankTalks = l->frames > 0 || l->bmsFrames > 0;
        if (f.code == QLatin1String("inverter-polls-unplanned")) {
            // It asks at an address no pack of the plan has: its setting, whatever else is wrong.
            b.support(QStringLiteral("inverter-battery-type"), 90, {item}, {}, here);
        } else if (f.code == QLatin1String("keepalive-absent") && bankTalks) {
            // The bank's frames are on the inverter's cable and the inverter says nothing back.
            b.support(QStringLiteral("inverter-battery-type"), f.documented ? 85 : 60, {item}, {QStringLiteral("port-protocol")}, here);
        } else if ((f.code == QLatin1String("frame-missing") || f.code == QLatin1String("frame-alternative")) && bankTalks) {
            // The bank broadcasts, but not the frame this inverter needs: another protocol variant
            // on the bank's port, or the inverter set to another battery make.
            b.support(QStringLiteral("port-protocol"), f.documented && f.code == QLatin1String("frame-missing") ? 85 : 60, {item},
                      {QStringLiteral("inverter-battery-type")}, here);
        } else if (f.code == QLatin1String("inverter-not-polling") && l->bytesReceived == 0) {
            // Nothing asks the bank: the inverter is not set to a BMS battery type, or it is not on this cable.
            b.support(QStringLiteral("inverter-battery-type"), 40, {item}, {QStringLiteral("not-connected"), QStringLiteral("nobody-polling")}, here);
        }
    }
}

} // namespace

// --- checks ----------------------------------------------------------------------------------

namespace DiagnosisChecks {

const QList<Check> &all()
{
    static const QList<Check> checks = {
        {QStringLiteral("plug-and-terminals"),
         {{QStringLiteral("seated"), {}, {QStringLiteral("not-connected")}},
          {QStringLiteral("loose"), {QStringLiteral("not-connected"), QStringLiteral("connection-lost")}, {}}}},
        {QStringLiteral("leds"),
         {{QStringLiteral("off"), {QStringLiteral("bank-off"), QStringLiteral("master-dead")},
           {QStringLiteral("not-connected"), QStringLiteral("connection-lost"), QStringLiteral("link-cable")}},
          {QStringLiteral("standby"), {QStringLiteral("bms-asleep")}, {QStringLiteral("bank-off"), QStringLiteral("master-dead")}},
          {QStringLiteral("running"), {}, {QStringLiteral("bank-off"), QStringLiteral("master-dead"), QStringLiteral("bms-asleep"), QStringLiteral("slave-offline")}},
          {QStringLiteral("protection"), {}, {QStringLiteral("bank-off"), QStringLiteral("bms-asleep")}}}},
        {QStringLiteral("ab-gnd"),
         {{QStringLiteral("correct"), {}, {QStringLiteral("ab-swapped")}},
          {QStringLiteral("swapped"), {QStringLiteral("ab-swapped")}, {}},
          {QStringLiteral("no-gnd"), {QStringLiteral("noise-termination")}, {}}}},
        {QStringLiteral("baud-setting"),
         {{QStringLiteral("matches"), {}, {QStringLiteral("wrong-baud")}},
          {QStringLiteral("differs"), {QStringLiteral("wrong-baud")}, {}}}},
        {QStringLiteral("termination"),
         {{QStringLiteral("correct"), {}, {QStringLiteral("noise-termination")}},
          {QStringLiteral("wrong"), {QStringLiteral("noise-termination")}, {}}}},
        {QStringLiteral("addresses"),
         {{QStringLiteral("unique"), {}, {QStringLiteral("duplicate-address")}},
          {QStringLiteral("shared"), {QStringLiteral("duplicate-address")}, {}}}},
        {QStringLiteral("pack-current"),
         {{QStringLiteral("carries"), {QStringLiteral("link-cable")}, {QStringLiteral("slave-offline")}},
          {QStringLiteral("none"), {}, {QStringLiteral("link-cable")}}}},
        {QStringLiteral("wake"),
         {{QStringLiteral("answers-again"), {QStringLiteral("bms-asleep")}, {QStringLiteral("master-dead"), QStringLiteral("slave-offline")}},
          {QStringLiteral("still-silent"), {}, {QStringLiteral("bms-asleep")}}}},
        {QStringLiteral("bluetooth"),
         {{QStringLiteral("connects"), {}, {QStringLiteral("bank-off"), QStringLiteral("master-dead"), QStringLiteral("bms-asleep")}},
          {QStringLiteral("no"), {}, {QStringLiteral("not-connected"), QStringLiteral("connection-lost"), QStringLiteral("ab-swapped"),
                                      QStringLiteral("wrong-baud"), QStringLiteral("link-cable")}}}},
        {QStringLiteral("other-master"),
         {{QStringLiteral("found"), {QStringLiteral("second-master")}, {}},
          {QStringLiteral("none"), {}, {QStringLiteral("second-master")}}}},
        {QStringLiteral("inverter-menu"),
         {{QStringLiteral("matches"), {}, {QStringLiteral("inverter-battery-type")}},
          {QStringLiteral("differs"), {QStringLiteral("inverter-battery-type")}, {}}}},
        {QStringLiteral("port-protocol"),
         {{QStringLiteral("matches"), {}, {QStringLiteral("port-protocol")}},
          {QStringLiteral("differs"), {QStringLiteral("port-protocol")}, {}}}},
    };
    return checks;
}

const Check *find(const QString &code)
{
    for (const Check &c : all())
        if (c.code == code)
            return &c;
    return nullptr;
}

QString question(const QString &code)
{
    if (code == QLatin1String("plug-and-terminals"))
        return Diagnosis::tr("Are the adapter's plug, the RJ45 or screw terminals and the cable to the BMS port seated and whole?");
    if (code == QLatin1String("leds"))
        return Diagnosis::tr("What do the LEDs (RUN, ALM, SOC) of the silent pack show, or of the master if the whole bank is silent? "
                             "All off, standby (RUN a short flash every 4 s), running, or protection (ALM steady red)?");
    if (code == QLatin1String("ab-gnd"))
        return Diagnosis::tr("Follow the wires: does the adapter's A go to the BMS port's A, B to B, and is GND connected?");
    if (code == QLatin1String("baud-setting"))
        return Diagnosis::tr("What speed is the bank set to (Pylontech: DIP switch 1 of the master; JK: in the app), "
                             "and does it match BankScope's?");
    if (code == QLatin1String("termination"))
        return Diagnosis::tr("Is there 120 Ω at both ends of the bus and nowhere else (terminator plug or switch)?");
    if (code == QLatin1String("addresses"))
        return Diagnosis::tr("Do two packs share an address (DIP switches, or the address set in the app)?");
    if (code == QLatin1String("pack-current"))
        return Diagnosis::tr("With a clamp meter on the silent pack's power cable: does it still carry current?");
    if (code == QLatin1String("wake"))
        return Diagnosis::tr("Press the silent pack's power or wake button briefly: does it answer again?");
    if (code == QLatin1String("bluetooth"))
        return Diagnosis::tr("Does the silent BMS still connect over Bluetooth (JK app)?");
    if (code == QLatin1String("other-master"))
        return Diagnosis::tr("Is another device polling on this bus (an inverter, a second adapter, a monitoring box)?");
    if (code == QLatin1String("inverter-menu"))
        return Diagnosis::tr("In the inverter's menu: is the battery type (and the protocol of its BMS port) what the plan or the "
                             "battery's maker says, and is the cable in its BMS port?");
    if (code == QLatin1String("port-protocol"))
        return Diagnosis::tr("In the BMS app or on its DIP switches: is the protocol set on the port the inverter cable is in "
                             "the one this inverter takes?");
    return code;
}

QString outcomeLabel(const QString &code, const QString &outcome)
{
    Q_UNUSED(code)
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("seated"), QT_TRANSLATE_NOOP("Diagnosis", "seated and whole")},
        {QStringLiteral("loose"), QT_TRANSLATE_NOOP("Diagnosis", "loose, unplugged or damaged")},
        {QStringLiteral("off"), QT_TRANSLATE_NOOP("Diagnosis", "all off")},
        {QStringLiteral("standby"), QT_TRANSLATE_NOOP("Diagnosis", "standby (RUN flashes briefly)")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("Diagnosis", "running (charging or discharging)")},
        {QStringLiteral("protection"), QT_TRANSLATE_NOOP("Diagnosis", "protection (ALM steady)")},
        {QStringLiteral("correct"), QT_TRANSLATE_NOOP("Diagnosis", "as it should be")},
        {QStringLiteral("swapped"), QT_TRANSLATE_NOOP("Diagnosis", "A and B swapped")},
        {QStringLiteral("no-gnd"), QT_TRANSLATE_NOOP("Diagnosis", "GND not connected")},
        {QStringLiteral("matches"), QT_TRANSLATE_NOOP("Diagnosis", "matches")},
        {QStringLiteral("differs"), QT_TRANSLATE_NOOP("Diagnosis", "differs")},
        {QStringLiteral("wrong"), QT_TRANSLATE_NOOP("Diagnosis", "missing or in the wrong place")},
        {QStringLiteral("unique"), QT_TRANSLATE_NOOP("Diagnosis", "all different")},
        {QStringLiteral("shared"), QT_TRANSLATE_NOOP("Diagnosis", "two packs share one")},
        {QStringLiteral("carries"), QT_TRANSLATE_NOOP("Diagnosis", "it carries current")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Diagnosis", "none")},
        {QStringLiteral("answers-again"), QT_TRANSLATE_NOOP("Diagnosis", "it answers again")},
        {QStringLiteral("still-silent"), QT_TRANSLATE_NOOP("Diagnosis", "still silent")},
        {QStringLiteral("connects"), QT_TRANSLATE_NOOP("Diagnosis", "it connects")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Diagnosis", "it does not")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("Diagnosis", "yes, found one")},
    };
    const char *label = labels.value(outcome, nullptr);
    return label ? Diagnosis::tr(label) : QString();
}

QStringList separatingAll(const QString &a, const QString &b)
{
    // The checks with an outcome that rules out or confirms one and not the other.
    QStringList out;
    for (const Check &c : all()) {
        for (const Outcome &o : c.outcomes) {
            const bool aMoved = o.confirms.contains(a) || o.rulesOut.contains(a);
            const bool bMoved = o.confirms.contains(b) || o.rulesOut.contains(b);
            const bool differ = (o.confirms.contains(a) && !o.confirms.contains(b)) || (o.rulesOut.contains(a) && !o.rulesOut.contains(b))
                || (o.confirms.contains(b) && !o.confirms.contains(a)) || (o.rulesOut.contains(b) && !o.rulesOut.contains(a));
            if ((aMoved || bMoved) && differ) {
                out.append(c.code);
                break;
            }
        }
    }
    return out;
}

QString separating(const QString &a, const QString &b)
{
    return separatingAll(a, b).value(0);
}

} // namespace DiagnosisChecks

// --- the reasoning ---------------------------------------------------------------------------

DiagnosisResult Diagnosis::diagnose(const DiagnosisEvidence &evidence)
{
    Builder b;
    for (const DiagnosisLink &l : evidence.links) {
        if (l.medium == DiagnosisLink::Medium::Can)
            canRules(l, b);
        else
            serialRules(l, b);
    }
    inverterRules(evidence, b);

    DiagnosisResult r;
    r.otherMasterHeard = evidence.otherMasterHeard;
    r.planInverter = evidence.planInverter;
    r.planBatteryType = evidence.planBatteryType;

    // Findings by hand: confirm or rule out.
    for (const ManualFinding &f : evidence.manual) {
        const DiagnosisChecks::Check *check = DiagnosisChecks::find(f.check);
        if (!check || !f.done)
            continue; // a check that could not be made rules nothing in or out
        for (const DiagnosisChecks::Outcome &o : check->outcomes) {
            if (o.code != f.outcome)
                continue;
            const DiagnosisItem because{QStringLiteral("found-by-hand"), {f.check, f.outcome}};
            for (const QString &code : o.rulesOut) {
                if (b.causes.remove(code) > 0)
                    r.ruledOut.append({code, because});
            }
            for (const QString &code : o.confirms) {
                auto it = b.causes.find(code);
                if (it == b.causes.end())
                    continue;
                it->confirmedByHand = true;
                it->supported = true;
                it->score = std::max(it->score, 100);
                it->evidence.append(because);
            }
        }
    }
    // A cause confirmed by hand is told apart from those it could not be told from: a rival
    // that was only "not ruled out" goes; one the wire points to stays, without the doubt.
    QStringList dropped;
    for (const DiagnosisCause &c : std::as_const(b.causes))
        if (c.confirmedByHand)
            for (const DiagnosisCause &other : std::as_const(b.causes))
                if (!other.confirmedByHand && !other.supported && other.cannotTellFrom.contains(c.code) && !dropped.contains(other.code))
                    dropped.append(other.code);
    for (const QString &code : std::as_const(dropped))
        if (b.causes.remove(code) > 0)
            r.ruledOut.append({code, {QStringLiteral("told-apart-by-hand"), {}}});
    for (DiagnosisCause &c : b.causes) {
        if (c.confirmedByHand) {
            c.cannotTellFrom.clear();
            continue;
        }
        c.cannotTellFrom.erase(std::remove_if(c.cannotTellFrom.begin(), c.cannotTellFrom.end(),
                                              [&](const QString &other) {
                                                  const auto it = b.causes.constFind(other);
                                                  return it == b.causes.cend() || it->confirmedByHand;
                                              }),
                               c.cannotTellFrom.end());
    }

    for (DiagnosisCause &c : b.causes) {
        // The first check that would separate it and has not been asked yet (one the technician
        // could not make leaves the next); when every one has been asked, the first, for the record.
        for (const QString &other : std::as_const(c.cannotTellFrom)) {
            for (const QString &check : DiagnosisChecks::separatingAll(c.code, other))
                if (!evidence.finding(check)) {
                    c.check = check;
                    break;
                }
            if (!c.check.isEmpty())
                break;
        }
        if (c.check.isEmpty() && !c.cannotTellFrom.isEmpty())
            c.check = DiagnosisChecks::separating(c.code, c.cannotTellFrom.first());
        r.causes.append(c);
    }
    // High only when the evidence rules out every other cause listed.
    const bool alone = r.causes.size() == 1;
    for (DiagnosisCause &c : r.causes) {
        if (c.supported && c.cannotTellFrom.isEmpty() && alone && c.score >= 80)
            c.confidence = DiagnosisConfidence::High;
        else if (c.supported && c.score >= 80)
            c.confidence = DiagnosisConfidence::Medium;
        else
            c.confidence = DiagnosisConfidence::Low;
    }
    std::stable_sort(r.causes.begin(), r.causes.end(), [](const DiagnosisCause &x, const DiagnosisCause &y) {
        if (x.confidence != y.confidence)
            return int(x.confidence) < int(y.confidence);
        if (x.score != y.score)
            return x.score > y.score;
        return kCauses.indexOf(x.code) < kCauses.indexOf(y.code);
    });
    for (const DiagnosisCause &c : std::as_const(r.causes))
        if (!c.check.isEmpty() && !r.checks.contains(c.check) && !evidence.finding(c.check))
            r.checks.append(c.check);
    // The wire looks healthy: what is left is on the inverter's side.
    bool answered = false;
    for (const DiagnosisLink &l : evidence.links)
        answered |= l.frames > 0 || l.bmsFrames > 0;
    r.inverterSideLeft = answered && r.causes.isEmpty();
    return r;
}

QStringList Diagnosis::causes()
{
    return kCauses;
}

QString Diagnosis::causeLabel(const QString &code)
{
    if (code == QLatin1String("not-connected"))
        return tr("The adapter, its cable or the terminals are not connected to the bus");
    if (code == QLatin1String("bank-off"))
        return tr("The bank (its master BMS) is switched off");
    if (code == QLatin1String("nobody-polling"))
        return tr("Nobody polls the bus: the BMS only speak when asked");
    if (code == QLatin1String("wrong-protocol"))
        return tr("The bus speaks another protocol than the one chosen");
    if (code == QLatin1String("wrong-baud"))
        return tr("Speed (baud rate) mismatch");
    if (code == QLatin1String("ab-swapped"))
        return tr("RS485 A and B swapped");
    if (code == QLatin1String("noise-termination"))
        return tr("Noise on the line: termination, bias or a missing GND");
    if (code == QLatin1String("duplicate-address"))
        return tr("Two packs answer at one address (duplicate address)");
    if (code == QLatin1String("second-master"))
        return tr("A second master polls the bus");
    if (code == QLatin1String("master-dead"))
        return tr("The master BMS stopped answering");
    if (code == QLatin1String("connection-lost"))
        return tr("BankScope's own adapter or cable came off");
    if (code == QLatin1String("master-data-lost"))
        return tr("The master answers for its slaves, but its own data is gone");
    if (code == QLatin1String("slave-offline"))
        return tr("A slave BMS is off and has left the bank");
    if (code == QLatin1String("link-cable"))
        return tr("The link cable to a slave is cut (the pack still carries current)");
    if (code == QLatin1String("bms-asleep"))
        return tr("A BMS went to sleep after an idle time");
    if (code == QLatin1String("firmware-mismatch"))
        return tr("Packs run different firmware versions");
    if (code == QLatin1String("inverter-battery-type"))
        return tr("The inverter does not take the bank's data: its battery type setting (it can reset) or its BMS port");
    if (code == QLatin1String("port-protocol"))
        return tr("The bank's port speaks a protocol the inverter does not take (the protocol set on the wrong port)");
    return code;
}

QString Diagnosis::confidenceName(DiagnosisConfidence confidence)
{
    switch (confidence) {
    case DiagnosisConfidence::High:
        return QStringLiteral("high");
    case DiagnosisConfidence::Medium:
        return QStringLiteral("medium");
    case DiagnosisConfidence::Low:
        break;
    }
    return QStringLiteral("low");
}

QString Diagnosis::evidenceText(const DiagnosisItem &i)
{
    const QStringList &a = i.args;
    auto arg = [&a](int n) { return n < a.size() ? a[n] : QString(); };
    const QString &c = i.code;
    if (c == QLatin1String("no-bytes-polled"))
        return tr("%1: BankScope sent %2 bytes of requests over %3 s and received not one byte").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("no-bytes-listened"))
        return tr("%1: not one byte in %2 s of listening").arg(arg(0), arg(1));
    if (c == QLatin1String("polled-no-answer"))
        return tr("%1: another master (the inverter?) sent %2 requests in %3 s and not one was answered").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("no-can-frames"))
        return tr("%1: no battery frame in %3 s (%2 frames from an inverter or GX)").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("bytes-no-frames"))
        return tr("%1: %2 bytes received in %3 s and not one valid frame").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("decodes-as"))
        return tr("%1: the bytes decode as %2").arg(arg(0), arg(1));
    if (c == QLatin1String("decodes-inverted"))
        return tr("%1: %2 frames decode once every byte is inverted, as A and B swapped make them").arg(arg(0), arg(1));
    if (c == QLatin1String("break-bytes"))
        return tr("%1: %2 of the bytes are NUL (line breaks), as a line read with A and B swapped shows").arg(arg(0), arg(1));
    if (c == QLatin1String("bursts-periodic"))
        return tr("%1: %2 bursts of bytes at a steady cadence, as a poller's requests read at the wrong speed").arg(arg(0), arg(1));
    if (c == QLatin1String("bursts"))
        return tr("%1: %2 bursts of bytes that formed no frame").arg(arg(0), arg(1));
    if (c == QLatin1String("not-inverted"))
        return tr("%1: inverting the bytes does not make frames either").arg(arg(0));
    if (c == QLatin1String("errors-one-address"))
        return tr("%1: %3 corrupt answers at address %2 (of %4 requests to it)").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("others-clean"))
        return tr("%1: %2 other addresses answer cleanly, so the line itself is sound").arg(arg(0), arg(1));
    if (c == QLatin1String("errors-spread"))
        return tr("%1: %2 of %3 frames corrupt (%4 %), spread over %5 addresses").arg(arg(0), arg(1), arg(2), arg(3), arg(4));
    if (c == QLatin1String("foreign-requests"))
        return tr("%1: %2 requests BankScope did not send were heard while it polled").arg(arg(0), arg(1));
    if (c == QLatin1String("can-conflicts"))
        return tr("%1: %2 times one CAN identifier came twice within half a cycle with other data: two senders").arg(arg(0), arg(1));
    if (c == QLatin1String("answers-stopped"))
        return tr("%1: the bank answered until %2 s, then not once to the end (%3 s) while still asked").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("broadcast-stopped"))
        return tr("%1: the battery broadcast until %2 s, then nothing to the end (%3 s)").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("rest-before"))
        return tr("%1: the bank's current had been below 1 A for %2 s before it went quiet").arg(arg(0), arg(1));
    if (c == QLatin1String("load-before"))
        return tr("%1: the bank was carrying current when it went quiet (a BMS does not go to sleep under load)").arg(arg(0));
    if (c == QLatin1String("group-without-master"))
        return tr("%1: the master at %2 no longer answers for its own address, yet %3 whole-group answers still carry its slaves").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("unreachable"))
        return tr("%1: the master answered \"cannot reach it\" (RTN 0x91) %3 times for address %2").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("lost-at"))
        return tr("%1: address %2 answered until %3 s, then no more").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("unit-rest-before"))
        return tr("the pack at %1 had carried less than 1 A for %2 s before it went quiet").arg(arg(0), arg(1));
    if (c == QLatin1String("currents"))
        return tr("the pack at %1 carried %2 A; the rest of the bank %3 A before and %4 A after").arg(arg(0), arg(1), arg(2), arg(3));
    if (c == QLatin1String("share-moved"))
        return tr("the pack at %1: its share (%2 A) moved to the other packs: it left the bank").arg(arg(0), arg(1));
    if (c == QLatin1String("share-kept"))
        return tr("the pack at %1: the other packs did not take its share (%2 A): it still carries current").arg(arg(0), arg(1));
    if (c == QLatin1String("firmware"))
        return tr("firmware %1 at %2").arg(arg(0), arg(1));
    if (c == QLatin1String("other-protocol-asks"))
        return tr("%1: %3 requests in %2 and not one answer: a master asks in a protocol nobody here answers").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("requests-rejected"))
        return tr("%1: the bank refused %2 of %3 requests it heard with an error code: it is on and connected, "
                  "and is asked for something it does not serve").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("inverter-profile")) {
        CheckFinding f;
        f.check = QStringLiteral("inverter-acceptance");
        f.code = arg(1);
        f.args = a.mid(2);
        return tr("%1, by the inverter's profile: %2").arg(arg(0), CommissioningChecks::text(f));
    }
    if (c == QLatin1String("found-by-hand"))
        {
        const QString label = DiagnosisChecks::outcomeLabel(arg(0), arg(1));
        return tr("checked by hand: %1").arg(label.isEmpty() ? arg(1) : label);
    }
    if (c == QLatin1String("told-apart-by-hand"))
        return tr("told apart by a check by hand");
    return QStringLiteral("%1 %2").arg(c, a.join(QLatin1Char(' ')));
}

QString Diagnosis::nextStep(const DiagnosisCause &cause)
{
    const QString &c = cause.code;
    const QString a = cause.nextArgs.value(0);
    if (c == QLatin1String("not-connected"))
        return tr("Check the adapter is plugged in, the cable reaches the BMS port (not the inverter or console port) "
                  "and the terminals are tight.");
    if (c == QLatin1String("bank-off"))
        return tr("Look at the master's LEDs; if all are off, switch the bank on in the site's power-up order.");
    if (c == QLatin1String("nobody-polling"))
        return tr("Nothing asks the bank: run diagnose again with polling allowed (the default on a silent bus), "
                  "or check that the inverter's BMS port is cabled to this bus.");
    if (c == QLatin1String("wrong-protocol"))
        return tr("Run diagnose again with --protocol %1, or set the bank or inverter port to the protocol intended.").arg(cause.nextArgs.value(1));
    if (c == QLatin1String("wrong-baud"))
        return tr("Compare the bank's speed (Pylontech: DIP switch 1; JK: the app) with BankScope's and the inverter's; "
                  "try the other speed with --baud.");
    if (c == QLatin1String("ab-swapped"))
        return tr("Swap the A and B wires at the adapter (or the RJ45 pin-out), keep GND connected, and try again.");
    if (c == QLatin1String("noise-termination"))
        return tr("Check 120 Ω termination at both ends only, a GND wire, and a cable run away from inverter power cables.");
    if (c == QLatin1String("duplicate-address"))
        return tr("Two packs answer at %1: check the address DIP switches (or the app) of every pack; each must be different.").arg(a);
    if (c == QLatin1String("second-master"))
        return tr("Find the other device polling (a second adapter, a monitoring box, the inverter on the same bus) and take one master off.");
    if (c == QLatin1String("master-dead"))
        return tr("Look at the master pack: LEDs, breaker, and whether it answers over Bluetooth; follow the site's failover card.");
    if (c == QLatin1String("connection-lost"))
        return tr("Check BankScope's own adapter and cable (USB seated, RJ45 clicked in).");
    if (c == QLatin1String("master-data-lost"))
        return tr("The master at %1 still relays its slaves: restart the master as the maker's manual says and check its LEDs for protection.").arg(a);
    if (c == QLatin1String("slave-offline"))
        return tr("The pack at %1 is off: check its breaker and LEDs, then switch it back on only within its maker's limits.").arg(a);
    if (c == QLatin1String("link-cable"))
        return tr("The master cannot reach the pack at %1 while it still carries current: check the link cable into and out of it.").arg(a);
    if (c == QLatin1String("bms-asleep"))
        return tr("Wake the BMS (%1) as its maker says (a short press of its button; JK: command 0x01) and check its sleep settings.")
            .arg(a.isEmpty() ? tr("the bank") : a);
    if (c == QLatin1String("inverter-battery-type"))
        return tr("On the inverter, set the battery type the plan or the battery's maker gives (it can reset after an update "
                  "or a power loss) and check the cable is in its BMS port, not the console or parallel port.");
    if (c == QLatin1String("port-protocol"))
        return tr("Set the protocol this inverter takes on the bank port its cable is in (JK: per port in the app; "
                  "Pylontech: the master's CAN or RS485 port), or move the cable to the port that speaks it.");
    if (c == QLatin1String("firmware-mismatch"))
        return tr("Bring every pack to one firmware version (the odd one: %1) through the maker's service; BankScope never writes firmware.").arg(a);
    return {};
}

QString Diagnosis::summary(const DiagnosisResult &r)
{
    if (r.causes.isEmpty()) {
        if (r.inverterSideLeft)
            return tr("No fault seen: the bank answers cleanly. If the inverter still shows \"BMS communication fault\", "
                      "check its battery type setting (it can reset after a firmware update or a power loss) and that the "
                      "cable is on its BMS port with the protocol that port expects.");
        return tr("No fault seen.");
    }
    const DiagnosisCause &top = r.causes.first();
    if (top.confidence == DiagnosisConfidence::High)
        return tr("Most likely: %1.").arg(causeLabel(top.code));
    if (!top.cannotTellFrom.isEmpty())
        return tr("The wire cannot tell these apart: %1. A check by hand decides.")
            .arg([&] {
                QStringList l{causeLabel(top.code)};
                for (const QString &c : top.cannotTellFrom)
                    l.append(causeLabel(c));
                return l.join(QStringLiteral("; "));
            }());
    return tr("Likely: %1 (%n cause(s) listed).", nullptr, int(r.causes.size())).arg(causeLabel(top.code));
}

QJsonArray Diagnosis::findingsJson(const QList<ManualFinding> &found)
{
    QJsonArray out;
    for (const ManualFinding &f : found) {
        QJsonObject o{{QStringLiteral("check"), f.check},
                      {QStringLiteral("question"), DiagnosisChecks::question(f.check)},
                      {QStringLiteral("done"), f.done}};
        if (f.done) {
            o.insert(QStringLiteral("outcome"), f.outcome);
            o.insert(QStringLiteral("outcome_label"), DiagnosisChecks::outcomeLabel(f.check, f.outcome));
        } else {
            o.insert(QStringLiteral("outcome"), QJsonValue::Null);
            o.insert(QStringLiteral("outcome_label"), tr("not done"));
        }
        o.insert(QStringLiteral("note"), f.note);
        o.insert(QStringLiteral("at"), f.at.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.at));
        out.append(o);
    }
    return out;
}

const DiagnosisCause *DiagnosisResult::cause(const QString &code) const
{
    for (const DiagnosisCause &c : causes)
        if (c.code == code)
            return &c;
    return nullptr;
}

int DiagnosisResult::rank(const QString &code) const
{
    for (int i = 0; i < causes.size(); ++i)
        if (causes[i].code == code)
            return i;
    return -1;
}

QJsonObject DiagnosisResult::toJson() const
{
    QJsonArray list;
    for (const DiagnosisCause &c : causes) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), c.code);
        o.insert(QStringLiteral("label"), Diagnosis::causeLabel(c.code));
        o.insert(QStringLiteral("confidence"), Diagnosis::confidenceName(c.confidence));
        QJsonArray ev;
        for (const DiagnosisItem &i : c.evidence)
            ev.append(QJsonObject{{QStringLiteral("code"), i.code},
                                  {QStringLiteral("args"), QJsonArray::fromStringList(i.args)},
                                  {QStringLiteral("text"), Diagnosis::evidenceText(i)}});
        o.insert(QStringLiteral("evidence"), ev);
        o.insert(QStringLiteral("next_step"), Diagnosis::nextStep(c));
        o.insert(QStringLiteral("cannot_tell_from"), QJsonArray::fromStringList(c.cannotTellFrom));
        if (c.check.isEmpty()) {
            o.insert(QStringLiteral("manual_check"), QJsonValue::Null);
        } else {
            QJsonArray outcomes;
            if (const DiagnosisChecks::Check *check = DiagnosisChecks::find(c.check))
                for (const DiagnosisChecks::Outcome &out : check->outcomes)
                    outcomes.append(QJsonObject{{QStringLiteral("code"), out.code},
                                                {QStringLiteral("label"), DiagnosisChecks::outcomeLabel(c.check, out.code)}});
            o.insert(QStringLiteral("manual_check"), QJsonObject{{QStringLiteral("code"), c.check},
                                                                 {QStringLiteral("question"), DiagnosisChecks::question(c.check)},
                                                                 {QStringLiteral("outcomes"), outcomes}});
        }
        if (c.confirmedByHand)
            o.insert(QStringLiteral("confirmed_by_hand"), true);
        list.append(o);
    }
    QJsonObject j;
    j.insert(QStringLiteral("causes"), list);
    j.insert(QStringLiteral("summary"), Diagnosis::summary(*this));
    j.insert(QStringLiteral("no_fault_seen"), causes.isEmpty());
    j.insert(QStringLiteral("checks"), QJsonArray::fromStringList(checks));
    QJsonArray out;
    for (const DiagnosisRuledOut &r : ruledOut)
        out.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("because"), Diagnosis::evidenceText(r.because)}});
    j.insert(QStringLiteral("ruled_out"), out);
    j.insert(QStringLiteral("other_master_heard"), QJsonArray::fromStringList(otherMasterHeard));
    if (inverterSideLeft) {
        QJsonObject inv;
        inv.insert(QStringLiteral("checks"), QJsonArray{QStringLiteral("inverter-battery-type"), QStringLiteral("inverter-bms-port")});
        if (planInverter.isEmpty()) {
            inv.insert(QStringLiteral("needs"), QStringLiteral("plan"));
            inv.insert(QStringLiteral("text"), Diagnosis::tr("Give the site's plan (--plan) to see the inverter's setting to check, or read it "
                                                             "from the inverter's manual."));
        } else {
            inv.insert(QStringLiteral("inverter"), planInverter);
            inv.insert(QStringLiteral("battery_type"), planBatteryType);
            inv.insert(QStringLiteral("text"), Diagnosis::tr("On the %1, check the battery type is set to %2 and the cable is on its BMS port.")
                                                   .arg(planInverter, planBatteryType.isEmpty() ? Diagnosis::tr("the plan's value") : planBatteryType));
        }
        j.insert(QStringLiteral("if_inverter_still_faults"), inv);
    }
    return j;
}
