#include "linkoptions.h"

#include "../common/inputdevice.h"
#include "../common/jsonlines.h"
#include "bankjson.h"
#include "decodedmessage.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace LinkCli {

int fail(const char *command, const QString &message)
{
    const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli %1: %2").arg(QLatin1String(command), message).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}



Options parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = QCoreApplication::translate("cli", "%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        auto number = [&](double min) -> double {
            const QString v = value();
            bool ok = false;
            const double d = v.toDouble(&ok);
            // "nan" and "inf" parse as numbers: a speed or a duration must be a finite one.
            if (o.error.isEmpty() && (!ok || !std::isfinite(d) || d < min))
                o.error = QCoreApplication::translate("cli", "%1 needs a number, got '%2'").arg(a, v);
            return d;
        };
        if (a == QLatin1String("--serial"))
            o.serial = value();
        else if (a == QLatin1String("--can"))
            o.can = value();
        else if (a == QLatin1String("--slcan"))
            o.slcan = value();
        else if (a == QLatin1String("--protocol")) {
            const QString v = value();
            o.protocol = ProtocolNames::fromName(v);
            if (!o.protocol && o.error.isEmpty())
                o.error = QCoreApplication::translate("cli", "unknown protocol '%1'").arg(v);
        } else if (a == QLatin1String("--baud"))
            o.baud = qint32(number(50));
        else if (a == QLatin1String("--bitrate"))
            o.bitrate = int(number(1000));
        else if (a == QLatin1String("--listen") || a == QLatin1String("--poll")) {
            const RoleRequest r = a == QLatin1String("--listen") ? RoleRequest::Listen : RoleRequest::Poll;
            if (o.role != RoleRequest::Auto && o.role != r)
                o.error = QCoreApplication::translate("cli", "--listen and --poll exclude each other");
            o.role = r;
        } else if (a == QLatin1String("--window")) {
            const double seconds = number(0.001);
            const int minimumS = ProtocolTable::listenWindowMs(Medium::Serial) / 1000;
            if (o.error.isEmpty() && seconds * 1000 < ProtocolTable::listenWindowMs(Medium::Serial))
                o.error = QCoreApplication::translate("cli", "--window cannot be shorter than %1 s: a master may poll only every few "
                                                             "seconds")
                              .arg(minimumS);
            o.windowMs = int(seconds * 1000);
        } else if (a == QLatin1String("--probe"))
            o.probe = true;
        else if (a == QLatin1String("--duration"))
            o.duration = number(0.001);
        else if (a == QLatin1String("--record"))
            o.record = value();
        else if (a == QLatin1String("--output"))
            o.output = value();
        else if (a == QLatin1String("--bank"))
            o.bank = value();
        else if (a == QLatin1String("--speed"))
            o.speed = number(0.001);
        else if (a == QLatin1String("--fast"))
            o.speed = 0.0;
        else if (a == QLatin1String("--attempts"))
            o.attempts = int(number(1));
        else if (a == QLatin1String("--timeout"))
            o.timeoutMs = int(number(1));
        else if (a.startsWith(QLatin1String("--")))
            o.error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
        else
            o.positional.append(a);
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

qint32 defaultBaud(ProtocolId p)
{
    return ProtocolTable::spec(p).defaultSpeed;
}

CanSettings canSettings(const Options &o)
{
    CanSettings s;
    if (!o.slcan.isEmpty()) {
        s.plugin = QStringLiteral("slcan");
        s.interface = o.slcan;
        if (o.baud > 0)
            s.slcanBaudRate = o.baud;
    } else {
        const qsizetype colon = o.can.indexOf(QLatin1Char(':'));
        s.plugin = colon < 0 ? QStringLiteral("socketcan") : o.can.left(colon);
        s.interface = colon < 0 ? o.can : o.can.mid(colon + 1);
    }
    s.bitrate = o.bitrate > 0 ? o.bitrate : ProtocolTable::spec(ProtocolId::PylonCan).defaultSpeed;
    return s;
}

int listenWindowMs(const Options &o)
{
    return std::max(o.windowMs, ProtocolTable::listenWindowMs(Medium::Serial));
}

QString linkName(const Options &o)
{
    QString n = !o.serial.isEmpty() ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
    n = n.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    return n.isEmpty() ? QStringLiteral("link") : n;
}

// Runs the event loop until the duration passes or SIGINT/SIGTERM arrives.
void runLoop(double seconds)
{
    JsonLines::catchStopSignals();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    poll.start(100);
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
}

Countdown::Countdown(double seconds)
    : m_seconds(seconds)
{
}

void Countdown::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_seconds > 0)
        QTimer::singleShot(int(m_seconds * 1000), QCoreApplication::instance(), [] { QCoreApplication::quit(); });
}

void Countdown::run()
{
    runLoop(0);
}

void printDecision(const char *command, const QString &link, const RoleDecision &decision)
{
    QJsonObject j = decision.toJson();
    j.insert(QStringLiteral("event"), QStringLiteral("role"));
    j.insert(QStringLiteral("link"), link);
    JsonLines::print(j);
    const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli %1: %2: %3")
                                .arg(QLatin1String(command), link, decision.text())
                                .toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

void printNotice(const char *command, const QString &link, const LinkNotice &notice)
{
    QJsonObject j;
    j.insert(QStringLiteral("event"), QStringLiteral("notice"));
    j.insert(QStringLiteral("link"), link);
    j.insert(QStringLiteral("code"), notice.codeName());
    j.insert(QStringLiteral("args"), QJsonObject::fromVariantMap(notice.args));
    j.insert(QStringLiteral("text"), notice.text());
    JsonLines::print(j);
    const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli %1: %2: %3")
                                .arg(QLatin1String(command), link, notice.text())
                                .toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

QString failedLinkText(const LinkStatus &st)
{
    QString text = st.detail;
    if (!st.errorText.isEmpty() && st.errorText != st.detail)
        text = st.detail.isEmpty() ? st.errorText : QStringLiteral("%1 (%2)").arg(st.errorText, st.detail);
    return st.nextStep.isEmpty() ? text : QStringLiteral("%1. %2").arg(text, st.nextStep);
}

void printLinkErrors(QObject *source, const QString &link)
{
    auto print = [link](LinkError e, const QString &msg) {
        QJsonObject j;
        j.insert(QStringLiteral("event"), QStringLiteral("link-error"));
        j.insert(QStringLiteral("link"), link);
        j.insert(QStringLiteral("error"), LinkNames::error(e));
        j.insert(QStringLiteral("message"), msg);
        JsonLines::print(j);
    };
    if (auto *guard = qobject_cast<BusGuard *>(source))
        QObject::connect(guard, &BusGuard::errorOccurred, print);
    else if (auto *l = qobject_cast<Link *>(source))
        QObject::connect(l, &Link::errorOccurred, print);
}

void addGuardStats(QJsonObject &stats, const BusGuard &guard)
{
    stats.insert(QStringLiteral("role"), guard.link() ? LinkNames::role(guard.link()->role()) : LinkNames::role(LinkRole::Listen));
    stats.insert(QStringLiteral("role_requested"), RoleRequests::name(guard.requested()));
    stats.insert(QStringLiteral("phase"), BusGuard::phaseName(guard.phase()));
    if (guard.decision())
        stats.insert(QStringLiteral("role_reason"), guard.decision()->toJson());
    stats.insert(QStringLiteral("state"), LinkNames::state(guard.linkState()));
    stats.insert(QStringLiteral("bytes_received"), double(guard.bytesReceived()));
    stats.insert(QStringLiteral("bytes_sent"), double(guard.bytesSent()));
    stats.insert(QStringLiteral("reconnects"), guard.reconnects());
    stats.insert(QStringLiteral("listen_window_s"), guard.windowMs() / 1000.0);
}

QJsonObject statsJson(const AddressStats &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("requests"), double(s.requests));
    o.insert(QStringLiteral("answers"), double(s.answers));
    o.insert(QStringLiteral("timeouts"), double(s.timeouts));
    o.insert(QStringLiteral("cancelled"), double(s.cancelled));
    o.insert(QStringLiteral("checksum_errors"), double(s.checksumErrors));
    o.insert(QStringLiteral("framing_errors"), double(s.framingErrors));
    o.insert(QStringLiteral("wrong_address"), double(s.wrongAddress));
    o.insert(QStringLiteral("extra_answers"), double(s.extraAnswers));
    if (s.refused > 0)
        o.insert(QStringLiteral("refused"), double(s.refused));
    QJsonObject latency;
    auto ms = [](const std::optional<qint64> &us) { return us ? QJsonValue(double(*us) / 1000.0) : QJsonValue(QJsonValue::Null); };
    latency.insert(QStringLiteral("min"), ms(s.latencyMinUs()));
    latency.insert(QStringLiteral("median"), ms(s.latencyMedianUs()));
    latency.insert(QStringLiteral("max"), ms(s.latencyMaxUs()));
    o.insert(QStringLiteral("latency_ms"), latency);
    o.insert(QStringLiteral("last_seen_s"), s.lastSeenUs ? QJsonValue(double(*s.lastSeenUs) / 1e6) : QJsonValue(QJsonValue::Null));
    return o;
}

void addSerialStats(QJsonObject &stats, const SerialLink &link)
{
    stats.insert(QStringLiteral("role"), LinkNames::role(link.role()));
    stats.insert(QStringLiteral("state"), LinkNames::state(link.state()));
    stats.insert(QStringLiteral("bytes_received"), double(link.bytesReceived()));
    stats.insert(QStringLiteral("bytes_sent"), double(link.bytesSent()));
    stats.insert(QStringLiteral("reconnects"), link.reconnects());
}

std::optional<BankConfig> loadBank(const QString &path, QString &error)
{
    if (path.isEmpty())
        return BankConfig{};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    // A bank file is a few KiB (16 MiB cap, as `aggregate`): a wrong file is an error, not all
    // of memory.
    const auto bytes = InputDevice::readCapped(f, 16 * 1024 * 1024);
    if (!bytes) {
        error = QCoreApplication::translate("cli", "%1: %2").arg(path, bytes.error());
        return std::nullopt;
    }
    const auto s = BankJson::parse(*bytes, 0);
    if (!s) {
        error = QCoreApplication::translate("cli", "%1: %2").arg(path, s.error().toString());
        return std::nullopt;
    }
    return s->config;
}

// Without a bank file every address seen becomes a pack "A<address>".
BankConfig autoBank(ProtocolId protocol, const QList<int> &addresses)
{
    BankConfig c;
    c.architecture = ProtocolTable::spec(protocol).architecture;
    for (int a : addresses) {
        PackConfig p;
        p.id = QStringLiteral("A%1").arg(a);
        p.address = a;
        p.role = c.packs.isEmpty() ? PackRole::Master : PackRole::Slave;
        c.packs.append(p);
    }
    return c;
}

QJsonObject messageJson(const DecodedMessage &m, const QString &link, qint64 atUs)
{
    QJsonObject o = DecodedJson::toJson(m);
    o.insert(QStringLiteral("time"), double(atUs) / 1e6);
    o.insert(QStringLiteral("link"), link);
    return o;
}

QJsonObject failJson(ProtocolId p, const QString &error, const QString &link, qint64 atUs)
{
    QJsonObject o = DecodedJson::error(p, error);
    o.insert(QStringLiteral("time"), double(atUs) / 1e6);
    o.insert(QStringLiteral("link"), link);
    return o;
}

} // namespace LinkCli
