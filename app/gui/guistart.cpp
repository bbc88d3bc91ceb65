#include "guistart.h"

#include "../common/inputdevice.h"

#include "demobank.h"
#include "logreader.h"
#include "loopbackbank.h"
#include "protocoltable.h"

#include <QCanBus>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace GuiStart {

namespace {

// The "main" translation context (as in main.cpp); qualified calls (Main::tr) are what lupdate can
// read: it gives no context to a free function's tr() and files Composition's under its class.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

bool portExists(const QString &port)
{
    // QSerialPort takes "ttyUSB0" for /dev/ttyUSB0, and COM5 on Windows.
#ifdef Q_OS_WIN
    Q_UNUSED(port);
    return true;
#else
    return QFileInfo::exists(port.contains(QLatin1Char('/')) ? port : QStringLiteral("/dev/") + port);
#endif
}

} // namespace

Options parse(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Commissioning and diagnostics for parallel lithium battery banks."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), Main::tr("Open on a simulated four-pack bank (no hardware needed)."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      Main::tr("Play a simulator scenario (resources/scenarios/) instead of the demo bank: a Pylontech "
                                         "bank, JK-B packs or Victron CAN BMSs, with its faults on schedule."),
                                      Main::tr("file"));
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    Main::tr("Open connected to a serial port (USB-RS485 stick). Listens first and polls only a "
                                       "silent bus, unless --listen or --poll."),
                                    Main::tr("port"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
                                      Main::tr("The protocol on the link: pylontech-rs485, jk-modbus, jk-pb, jk-legacy, pylon-can, "
                                         "victron-can, ... (default pylontech-rs485 on serial, pylon-can on CAN)."),
                                      Main::tr("protocol"));
    const QCommandLineOption baud(QStringLiteral("baud"), Main::tr("Serial speed (default: the protocol's)."), Main::tr("baud"));
    const QCommandLineOption listen(QStringLiteral("listen"), Main::tr("Serial: only listen, never transmit."));
    const QCommandLineOption poll(QStringLiteral("poll"),
                                  Main::tr("Serial: poll the bank, still only after the listen window found the bus silent."));
    const QCommandLineOption can(QStringLiteral("can"),
                                 Main::tr("Open connected to a CAN interface through a Qt plugin (socketcan:can0, peakcan:usb0, "
                                    "virtualcan:can0); CAN links only listen."),
                                 Main::tr("plugin:interface"));
    const QCommandLineOption bitrate(QStringLiteral("bitrate"), Main::tr("CAN bit rate (default: the protocol's, 500000)."), Main::tr("bits/s"));
    const QCommandLineOption slcan(QStringLiteral("slcan"), Main::tr("Open connected to an SLCAN adapter (CANable, USBtin) on a serial "
                                                               "port, in silent mode."),
                                   Main::tr("port"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    Main::tr("Replay a recording (BankScope session, candump log, SavvyCAN CSV, Vector ASC) into "
                                       "every view."),
                                    Main::tr("file"));
    const QCommandLineOption replaySpeed(QStringLiteral("replay-speed"),
                                         Main::tr("Replay speed: 1 real time (default), 10, or 0 as fast as possible."), Main::tr("factor"));
    const QCommandLineOption record(QStringLiteral("record"), Main::tr("Record every live link's traffic into a BankScope session file."),
                                    Main::tr("file"));
    const QCommandLineOption bank(QStringLiteral("bank"), Main::tr("The bank configuration (BankConfig JSON) the links are read with."),
                                  Main::tr("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), Main::tr("Save a picture of the window to <file> after <seconds> and quit."),
                                        Main::tr("file"));
    const QCommandLineOption resetSettings(QStringLiteral("reset-settings"),
                                           Main::tr("Forget every remembered setting (window layout, languages, plan folder, recent "
                                              "files, last connection) and start with the defaults."));
    const QCommandLineOption after(QStringLiteral("screenshot-after"), Main::tr("Seconds to run before --screenshot (default 3)."),
                                   Main::tr("seconds"), QStringLiteral("3"));
    parser.addOptions({demo, scenario, serial, protocol, baud, listen, poll, can, bitrate, slcan, replay, replaySpeed, record, bank,
                       screenshot, after, resetSettings});

    const auto fail = [&o](const QString &message) {
        o.error = message;
        return o;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", parser.helpText().toUtf8().constData());
        o.helpOrVersion = true;
        return o;
    }
    if (parser.isSet(version)) {
        std::fprintf(stdout, "%s %s\n", QCoreApplication::applicationName().toUtf8().constData(),
                     QCoreApplication::applicationVersion().toUtf8().constData());
        o.helpOrVersion = true;
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Main::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption *once : {&serial, &can, &slcan, &replay, &record, &protocol, &baud, &bitrate, &bank, &scenario}) {
        if (parser.values(*once).size() > 1)
            return fail(Main::tr("--%1 is given more than once").arg(once->names().first()));
    }
    auto number = [&parser](const QCommandLineOption &option, double min, double &out) {
        bool ok = false;
        out = parser.value(option).toDouble(&ok);
        return ok && std::isfinite(out) && out >= min;
    };

    o.resetSettings = parser.isSet(resetSettings);
    o.demo = parser.isSet(demo);
    o.scenario = parser.value(scenario);
    o.screenshot = parser.value(screenshot);
    if (!number(after, 0.0, o.screenshotAfterS))
        return fail(Main::tr("--screenshot-after needs a number of seconds, got '%1'").arg(parser.value(after)));

    const bool live = parser.isSet(serial) || parser.isSet(can) || parser.isSet(slcan) || parser.isSet(replay);
    if (live && (o.demo || !o.scenario.isEmpty()))
        return fail(Main::tr("--demo and --scenario play a simulated bank: they do not go with --serial, --can, --slcan or --replay"));
    if (!live) {
        for (const QCommandLineOption *linkOnly : {&protocol, &baud, &listen, &poll, &bitrate, &record, &replaySpeed, &bank}) {
            if (parser.isSet(*linkOnly))
                return fail(Main::tr("--%1 needs a link: --serial, --can, --slcan or --replay").arg(linkOnly->names().first()));
        }
        o.demo = o.scenario.isEmpty();
        return o;
    }

    std::optional<ProtocolId> chosen;
    if (parser.isSet(protocol)) {
        chosen = ProtocolNames::fromName(parser.value(protocol));
        if (!chosen)
            return fail(Main::tr("unknown protocol '%1'").arg(parser.value(protocol)));
    }
    if (parser.isSet(listen) && parser.isSet(poll))
        return fail(Main::tr("--listen and --poll exclude each other"));
    if ((parser.isSet(listen) || parser.isSet(poll)) && !parser.isSet(serial))
        return fail(Main::tr("--listen and --poll are for a serial link (--serial): CAN links only listen"));
    if (parser.isSet(baud) && !parser.isSet(serial) && !parser.isSet(slcan))
        return fail(Main::tr("--baud is for a serial link (--serial, or the adapter of --slcan)"));
    qint32 baudValue = 0;
    if (parser.isSet(baud)) {
        double b = 0;
        if (!number(baud, 50, b) || b != std::floor(b) || b > 10'000'000)
            return fail(Main::tr("--baud needs a whole number, got '%1'").arg(parser.value(baud)));
        baudValue = qint32(b);
    }
    if (parser.isSet(bitrate) && !parser.isSet(can) && !parser.isSet(slcan))
        return fail(Main::tr("--bitrate is for a CAN link (--can or --slcan)"));
    if (parser.isSet(replaySpeed) && !parser.isSet(replay))
        return fail(Main::tr("--replay-speed is for --replay"));
    if (parser.isSet(record) && !parser.isSet(serial) && !parser.isSet(can) && !parser.isSet(slcan))
        return fail(Main::tr("--record records live links: a replay is a recording already"));
    const bool canProtocol = chosen && ProtocolTable::spec(*chosen).medium == Medium::Can;
    if (chosen && canProtocol && !parser.isSet(can) && !parser.isSet(slcan) && !parser.isSet(replay))
        return fail(Main::tr("%1 is a CAN protocol: use --can or --slcan").arg(ProtocolNames::name(*chosen)));
    if (chosen && !canProtocol && !parser.isSet(serial) && !parser.isSet(replay))
        return fail(Main::tr("%1 runs on RS485: use --serial").arg(ProtocolNames::name(*chosen)));

    if (parser.isSet(serial)) {
        SessionSource s;
        s.kind = SessionSource::Kind::Serial;
        s.device = parser.value(serial);
        if (!portExists(s.device))
            return fail(Main::tr("--serial %1: no such port (plugged in? bankscope-cli ports lists them)").arg(s.device));
        if (chosen && !canProtocol)
            s.protocol = chosen;
        s.role = parser.isSet(listen) ? RoleRequest::Listen : parser.isSet(poll) ? RoleRequest::Poll : RoleRequest::Auto;
        s.speed = baudValue;
        s.bankFile = parser.value(bank);
        o.plan.sources.append(s);
    }
    for (const QCommandLineOption *canOption : {&can, &slcan}) {
        if (!parser.isSet(*canOption))
            continue;
        SessionSource s;
        s.kind = canOption == &can ? SessionSource::Kind::CanPlugin : SessionSource::Kind::Slcan;
        s.device = parser.value(*canOption);
        if (s.kind == SessionSource::Kind::CanPlugin) {
            const QString plugin = s.device.contains(QLatin1Char(':')) ? s.device.section(QLatin1Char(':'), 0, 0) : QStringLiteral("socketcan");
            if (!QCanBus::instance()->plugins().contains(plugin)) {
                return fail(Main::tr("--can %1: Qt has no CAN plugin '%2' here (it has: %3)")
                                .arg(s.device, plugin, QCanBus::instance()->plugins().join(QStringLiteral(", "))));
            }
        } else if (!portExists(s.device)) {
            return fail(Main::tr("--slcan %1: no such port (plugged in? bankscope-cli ports lists them)").arg(s.device));
        } else if (!parser.isSet(serial)) {
            s.adapterBaud = baudValue; // --baud with --slcan alone: the serial speed to the adapter
        }
        if (canProtocol)
            s.protocol = chosen;
        if (parser.isSet(bitrate)) {
            double b = 0;
            if (!number(bitrate, 1000, b) || b != std::floor(b) || b > 10'000'000)
                return fail(Main::tr("--bitrate needs a whole number of bits per second, got '%1'").arg(parser.value(bitrate)));
            s.speed = qint32(b);
        }
        if (o.plan.sources.isEmpty())
            s.bankFile = parser.value(bank);
        o.plan.sources.append(s);
    }
    if (parser.isSet(replay)) {
        SessionSource s;
        s.kind = SessionSource::Kind::Recording;
        s.device = parser.value(replay);
        QFile f(s.device);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Main::tr("--replay %1: %2").arg(s.device, f.errorString()));
        if (chosen)
            s.protocol = chosen;
        if (parser.isSet(replaySpeed)) {
            double speed = 0;
            if (!number(replaySpeed, 0.0, speed) || speed > 10'000)
                return fail(Main::tr("--replay-speed needs 0 (as fast as possible) or a factor up to 10000, got '%1'").arg(parser.value(replaySpeed)));
            s.replaySpeed = speed;
        }
        if (o.plan.sources.isEmpty())
            s.bankFile = parser.value(bank);
        o.plan.sources.append(s);
    }
    o.plan.recordTo = parser.value(record);
    return o;
}

QString describe(const SessionPlan &plan)
{
    QStringList parts;
    for (const SessionSource &s : plan.sources) {
        switch (s.kind) {
        case SessionSource::Kind::Serial:
            parts.append(Main::tr("%1 on %2 (%3)")
                             .arg(s.protocol ? ProtocolNames::name(*s.protocol) : Main::tr("serial"), s.device, RoleRequests::label(s.role)));
            break;
        case SessionSource::Kind::CanPlugin:
        case SessionSource::Kind::Slcan:
            parts.append(Main::tr("%1 on %2 (listen)").arg(ProtocolNames::name(s.protocol.value_or(ProtocolId::PylonCan)), s.device));
            break;
        case SessionSource::Kind::Recording:
            parts.append(Main::tr("Replay of %1 (the recording's time, not the clock)").arg(QFileInfo(s.device).fileName()));
            break;
        case SessionSource::Kind::Simulated:
            parts.append(Main::tr("Simulated bank"));
            break;
        }
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!plan.recordTo.isEmpty())
        text += Main::tr("; recording to %1").arg(plan.recordTo);
    return text;
}

std::optional<std::pair<qint64, qint64>> recordingSpan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    LogReader reader(&file);
    if (!reader.detect())
        return std::nullopt;
    qint64 first = -1;
    qint64 last = -1;
    SessionFormat::Event event;
    for (quint64 n = 0;; ++n) {
        if ((n & 0xfff) == 0 && QThread::currentThread()->isInterruptionRequested())
            return std::nullopt;
        const LogReader::Status st = reader.next(event);
        if (st == LogReader::Status::Event) {
            if (first < 0)
                first = event.timeUs;
            last = std::max(last, event.timeUs);
        } else if (st != LogReader::Status::BadLine) {
            break;
        }
    }
    if (first < 0)
        return std::nullopt;
    return std::pair{first, last};
}

Composition::Composition()
    : m_session(m_clock)
{
}

Composition::~Composition()
{
    m_session.stop();
}

bool Composition::start(const Options &options, QString &error)
{
    if (!options.plan.isEmpty()) {
        m_description = describe(options.plan);
        if (!m_session.start(options.plan)) {
            error = Main::tr("cannot start: see above");
            return false;
        }
        return true;
    }
    // A simulated bank, read through the real path: its master polled over an in-process RS485
    // loopback and its CAN broadcast to the inverter decoded. What a new user sees first.
    Scenario played;
    played.name = QStringLiteral("demo");
    played.physics = DemoBank::preset(1);
    m_description = Main::tr("Demo bank: 4 \u00D7 US3000C simulated (RS485 and CAN loopback), no hardware connected");
    if (!options.scenario.isEmpty()) {
        const QString path = options.scenario;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = Main::tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        // At most what bankscope-sim reads (4 MiB): a huge file is refused before it is held.
        const auto text = InputDevice::readCapped(file, 4 * 1024 * 1024);
        if (!text) {
            error = QStringLiteral("%1: %2").arg(path, text.error());
            return false;
        }
        const auto parsed = Scenario::parse(*text);
        if (!parsed) {
            error = QStringLiteral("%1: %2").arg(path, parsed.error().toString());
            return false;
        }
        if (!QStringList{QStringLiteral("pylontech-rs485"), QStringLiteral("pylon-can"), QStringLiteral("jk-legacy"), QStringLiteral("victron-can")}
                 .contains(parsed->protocol)) {
            error = Main::tr("%1: the window plays Pylontech banks (protocol \"pylontech-rs485\" or \"pylon-can\"), JK-B single-master "
                       "banks (\"jk-legacy\") and Victron CAN BMSs (\"victron-can\"); play \"%2\" with bankscope-sim and read it "
                       "with bankscope-cli")
                        .arg(path, parsed->protocol);
            return false;
        }
        played = *parsed;
        m_description = played.protocol == QLatin1String("victron-can")
            ? Main::tr("Scenario \u201C%1\u201D: %2 CAN-bus BMSs simulated, one CAN loopback each (peer-to-peer), no hardware connected")
                  .arg(played.name)
                  .arg(played.physics.packs.size())
            : Main::tr("Scenario \u201C%1\u201D: %2 packs simulated (RS485 and CAN loopback), no hardware connected")
                  .arg(played.name)
                  .arg(played.physics.packs.size());
    }
    m_bank = std::make_unique<LoopbackBank>(played, m_clock);
    m_session.setLoopback(m_bank.get());
    SessionSource s;
    s.kind = SessionSource::Kind::Simulated;
    s.device = options.scenario.isEmpty() ? QStringLiteral("demo") : options.scenario;
    SessionPlan plan;
    plan.sources.append(s);
    if (!m_session.start(plan)) {
        error = Main::tr("cannot start the simulated bank");
        return false;
    }
    m_session.flush(); // the first step is in: the window opens on a bank, not an empty page
    return true;
}

} // namespace GuiStart
