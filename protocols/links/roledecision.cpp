#include "roledecision.h"

#include "wireevidence.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {

struct CodeRow
{
    RoleDecision::Code code;
    const char *name;
};

constexpr CodeRow kCodes[] = {
    {RoleDecision::Code::AskedToListen, "asked-to-listen"},
    {RoleDecision::Code::SilentWindow, "silent"},
    {RoleDecision::Code::MasterPolls, "master-polls"},
    {RoleDecision::Code::OtherProtocolPolls, "other-protocol-polls"},
    {RoleDecision::Code::AnswersOnly, "answers-only"},
    {RoleDecision::Code::UndecodedBytes, "undecoded-bytes"},
    {RoleDecision::Code::ForeignRequest, "foreign-request"},
    {RoleDecision::Code::ForeignBytes, "foreign-bytes"},
    {RoleDecision::Code::PortNotWritable, "port-not-writable"},
    {RoleDecision::Code::CanListens, "can-listens"},
};

QString hex(int address)
{
    return QStringLiteral("0x") + QString::number(address, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

QString addressList(const QList<int> &addresses)
{
    QStringList parts;
    for (qsizetype i = 0; i < addresses.size() && i < 4; ++i)
        parts.append(hex(addresses[i]));
    QString out = parts.join(QStringLiteral(", "));
    if (addresses.size() > 4)
        out = QCoreApplication::translate("RoleDecision", "%1 and %2 more").arg(out).arg(addresses.size() - 4);
    return out;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 1);
}

} // namespace

namespace RoleRequests {

QString name(RoleRequest request)
{
    switch (request) {
    case RoleRequest::Auto:
        return QStringLiteral("auto");
    case RoleRequest::Listen:
        return QStringLiteral("listen");
    case RoleRequest::Poll:
        return QStringLiteral("poll");
    }
    return {};
}

QString label(RoleRequest request)
{
    switch (request) {
    case RoleRequest::Auto:
        return QCoreApplication::translate("RoleRequest", "auto");
    case RoleRequest::Listen:
        return QCoreApplication::translate("RoleRequest", "listen");
    case RoleRequest::Poll:
        return QCoreApplication::translate("RoleRequest", "poll");
    }
    return {};
}

} // namespace RoleRequests

QString RoleDecision::codeName() const
{
    for (const CodeRow &r : kCodes)
        if (r.code == code)
            return QString::fromLatin1(r.name);
    return {};
}

QString RoleDecision::text() const
{
    switch (code) {
    case Code::AskedToListen:
    case Code::CanListens:
    case Code::SilentWindow:
        return heardText();
    default:
        break;
    }
    const QString what = heardText();
    const QString outcome = refused() ? QCoreApplication::translate("RoleDecision", "not polling (another master owns this bus)")
                                      : QCoreApplication::translate("RoleDecision", "listening only");
    const bool stopped = code == Code::ForeignRequest || code == Code::ForeignBytes;
    return stopped ? QCoreApplication::translate("RoleDecision", "%1: stopped polling, %2").arg(what, outcome)
                   : QCoreApplication::translate("RoleDecision", "%1: %2").arg(what, outcome);
}

QString RoleDecision::heardText() const
{
    QString what;
    const QString who = addresses.isEmpty() ? QCoreApplication::translate("RoleDecision", "the bus") : addressList(addresses);
    const QString often = periodS ? QCoreApplication::translate("RoleDecision", " every %1 s").arg(seconds(*periodS)) : QString();
    const QString kind = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
    switch (code) {
    case Code::AskedToListen:
        return QCoreApplication::translate("RoleDecision", "asked to listen: this link never transmits");
    case Code::CanListens:
        return QCoreApplication::translate("RoleDecision", "CAN links only listen: nothing is sent on CAN");
    case Code::SilentWindow:
        return QCoreApplication::translate("RoleDecision", "silent for %1 s: polling").arg(windowMs / 1000);
    case Code::MasterPolls:
        what = QCoreApplication::translate("RoleDecision", "another master polls %1%2%3").arg(who, often, kind);
        break;
    case Code::OtherProtocolPolls:
        what = QCoreApplication::translate("RoleDecision", "another master polls %1%2%3 in %4, not the protocol chosen")
                   .arg(who, often, kind, ProtocolNames::name(protocol));
        break;
    case Code::AnswersOnly:
        what = QCoreApplication::translate("RoleDecision", "answers from %1 heard in %2 without their requests")
                   .arg(who, ProtocolNames::name(protocol));
        break;
    case Code::UndecodedBytes:
        what = QCoreApplication::translate("RoleDecision", "bytes heard (%1) that decode as no known protocol (another baud rate, "
                                                           "A and B swapped, or another device talking)")
                   .arg(bytes);
        break;
    case Code::ForeignRequest:
        what = QCoreApplication::translate("RoleDecision", "a request BankScope did not send%1 to %2 arrived while it polled")
                   .arg(kind, who);
        break;
    case Code::ForeignBytes:
        what = ourAddress ? QCoreApplication::translate("RoleDecision", "bytes (%1) arrived outside the answer slot of BankScope's "
                                                                        "request to %2 while it polled")
                                .arg(bytes)
                                .arg(hex(*ourAddress))
                          : QCoreApplication::translate("RoleDecision", "bytes (%1) arrived before BankScope's first request").arg(bytes);
        break;
    case Code::PortNotWritable:
        what = QCoreApplication::translate("RoleDecision", "silent, but the port cannot be opened for writing (%1)").arg(detail);
        break;
    }
    return what;
}

QJsonObject RoleDecision::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), codeName());
    o.insert(QStringLiteral("requested"), RoleRequests::name(requested));
    o.insert(QStringLiteral("role"), LinkNames::role(role));
    o.insert(QStringLiteral("refused"), refused());
    if (windowMs > 0)
        o.insert(QStringLiteral("window_s"), windowMs / 1000.0);
    if (bytes > 0)
        o.insert(QStringLiteral("bytes"), double(bytes));
    if (code == Code::MasterPolls || code == Code::OtherProtocolPolls || code == Code::AnswersOnly || code == Code::ForeignRequest)
        o.insert(QStringLiteral("protocol"), ProtocolNames::name(protocol));
    if (!addresses.isEmpty()) {
        QJsonArray a;
        for (int x : addresses)
            a.append(x);
        o.insert(QStringLiteral("addresses"), a);
    }
    if (!message.isEmpty())
        o.insert(QStringLiteral("request"), message); // not "message": that key names decoded frames

    if (periodS)
        o.insert(QStringLiteral("period_s"), std::round(*periodS * 100.0) / 100.0);
    if (ourAddress)
        o.insert(QStringLiteral("our_address"), *ourAddress);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("text"), text());
    return o;
}

RoleDecision RoleDecision::fromHeard(const Heard &heard, ProtocolId chosen, RoleRequest requested, int windowMs)
{
    RoleDecision d;
    d.requested = requested;
    d.windowMs = windowMs;
    d.protocol = chosen;
    d.bytes = heard.bytes;
    if (heard.silent()) {
        d.code = Code::SilentWindow;
        d.role = LinkRole::Poll;
        return d;
    }
    d.role = LinkRole::Listen;
    auto describeRequests = [&d](const HeardProtocol &p) {
        d.protocol = p.protocol;
        d.addresses = p.polled();
        if (const HeardRequest *r = p.mostFrequent()) {
            d.message = r->message;
            d.periodS = r->periodS();
            if (d.addresses.isEmpty() && r->address)
                d.addresses = {*r->address};
        }
    };
    // The chosen protocol first: its requests mean another master of that protocol.
    if (const HeardProtocol *p = heard.of(chosen); p && !p->requests.isEmpty()) {
        d.code = Code::MasterPolls;
        describeRequests(*p);
        return d;
    }
    for (const HeardProtocol &p : heard.protocols) {
        if (!p.requests.isEmpty()) {
            d.code = Code::OtherProtocolPolls;
            describeRequests(p);
            return d;
        }
    }
    if (const auto best = heard.best()) {
        const HeardProtocol *p = heard.of(chosen);
        const HeardProtocol *b = (p && p->decoded > 0) ? p : heard.of(*best);
        d.code = Code::AnswersOnly;
        d.protocol = b->protocol;
        d.addresses = b->answering;
        return d;
    }
    d.code = Code::UndecodedBytes;
    return d;
}
