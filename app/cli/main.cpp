// bankscope-cli: headless BankScope. One sub-command per job; scriptable, JSON out,
// non-zero exit and one clear line on stderr for bad input.

#include "aggregatecommand.h"
#include "commissioningcommands.h"
#include "decodecommand.h"
#include "failovercardcommand.h"
#include "linkcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QStringList>

#include <cstdio>

namespace {

void usage(FILE *stream)
{
    const QByteArray text = QCoreApplication::translate(
        "cli",
        "Usage: bankscope-cli COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  aggregate [FILE|-]   Read a bank as JSON (file or standard input) and print what the\n"
        "                       inverter should see, what it can see, the gaps and the findings.\n"
        "  decode --protocol P [--can-id ID] [--dialect D] [--register R] (DATA | --file F | -)\n"
        "                       Decode frames and print one JSON object per frame. P is one of\n"
        "                       pylontech-rs485, pylon-can, jk-modbus, jk-pb, jk-legacy. DATA is the\n"
        "                       frame as text: the Pylontech ASCII frame ('~' and CR optional), or hex\n"
        "                       bytes (spaces allowed); CAN as ID#DATA or DATA with --can-id. A file\n"
        "                       holds one frame per line ('#' starts a comment); answers are paired\n"
        "                       with the request before them, and a CAN file's dialect is detected.\n"
        "                       D: pylon-v1.2, pylontech-v1.3, sma-victron. R: the start register of\n"
        "                       a JK FC03 reply given without its request.\n"
        "  ports                Serial ports (with the USB adapter recognised: CH340, FTDI, CP210x,\n"
        "                       PL2303, CANable...) and CAN interfaces, one JSON object each.\n"
        "  scan --serial PORT --protocol P [--baud B] [--attempts N] [--timeout MS]\n"
        "                       Probe the protocol's address range; one JSON object per address:\n"
        "                       answering, silent or suspect, with reasons and statistics.\n"
        "  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen]\n"
        "          [--duration S] [--record FILE] [--baud B] [--bitrate N] [--bank FILE]\n"
        "                       Poll the bank (serial, without --listen) or listen to it; one JSON\n"
        "                       line per decoded message, then one line of link statistics.\n"
        "  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S]\n"
        "                       Record every byte and frame, listening only.\n"
        "  replay FILE --protocol P [--speed X | --fast] [--bank FILE]\n"
        "                       Play a recording (BankScope, candump log or .asc) through the same\n"
        "                       decoding path; print the messages and the final aggregation.\n"
        "  export-asc SESSION OUTPUT.asc   Write a session's CAN frames as Vector ASC.\n"
        "  catalogue            Every battery and inverter BankScope knows, one JSON object per line,\n"
        "                       each fact with its source and confidence; the ids are what plan takes.\n"
        "  plan --battery MODEL:COUNT [--battery MODEL:COUNT ...] --inverter MODEL\n"
        "       [--inverter-firmware V [--release-notes-checked]] [--site NAME] [--installer NAME]\n"
        "       [--phone NUMBER] [--isolation-order \"STEP [LABEL]; STEP; ...\"]\n"
        "       [--power-up-order \"STEP; ...\"] --output|-o PLAN.json\n"
        "                       Plan a bank: architecture, master, addresses, DIP switches, stand-in,\n"
        "                       cabling and the inverter's setting. A model outside the catalogue is\n"
        "                       other:NAME. --battery MODEL --packs N is MODEL:N.\n"
        "  plan --check PLAN.json   Validate a plan; the field is named when it is wrong.\n"
        "  report --plan PLAN.json [--session FILE] [--lang CODE] [--paper a4|letter]\n"
        "         --output|-o FILE.pdf|FILE.html\n"
        "                       The commissioning report to hand to the customer, in the language\n"
        "                       asked for; readings at hand-over from the plan or a recording.\n"
        "  failover-card --plan PLAN.json [--lang CODE] [--paper a4|letter] --output|-o FILE.pdf\n"
        "                       The site's failover card for the battery enclosure: one sheet, in the\n"
        "                       language asked for (the English beside each step until a translation\n"
        "                       is reviewed); refused, naming the field, for a plan without the contact,\n"
        "                       the isolation order or the stand-in, and when it does not fit two sides.\n"
        "  help                 Show this text.\n"
        "\n"
        "Exit status: 0 done, 2 bad input, a frame that failed to decode, or usage.\n").toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` and `failover-card` paint PDF pages, which needs Qt Gui: on the offscreen platform unless told
    // otherwise, so it runs without a display. Every other command is Qt Core only.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    const bool card = argc > 1 && qstrcmp(argv[1], "failover-card") == 0;
    if (report || card) {
        // Taken before QGuiApplication, which removes arguments it reads as its own ("-session").
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform wants a runtime folder; a private one, so a shell without a
        // desktop session gets no warning on stderr.
        QTemporaryDir runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("bankscope-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BANKSCOPE_VERSION));
        return report ? runReport(args) : runFailoverCard(args);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bankscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANKSCOPE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        usage(stderr);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        usage(stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("bankscope-cli %s\n", BANKSCOPE_VERSION);
        return 0;
    }
    if (command == QLatin1String("aggregate"))
        return runAggregate(args, stdin, stdout, stderr);
    if (command == QLatin1String("decode"))
        return runDecode(args, stdin, stdout, stderr);
    if (command == QLatin1String("ports"))
        return runPorts(args);
    if (command == QLatin1String("scan"))
        return runScan(args);
    if (command == QLatin1String("monitor"))
        return runMonitor(args);
    if (command == QLatin1String("record"))
        return runRecord(args);
    if (command == QLatin1String("replay"))
        return runReplay(args);
    if (command == QLatin1String("export-asc"))
        return runExportAsc(args);
    if (command == QLatin1String("catalogue"))
        return runCatalogue(args);
    if (command == QLatin1String("plan"))
        return runPlan(args);

    const QByteArray message = QCoreApplication::translate("cli", "bankscope-cli: unknown command '%1' (try 'bankscope-cli help')")
                                   .arg(command).toUtf8();
    std::fprintf(stderr, "%s\n", message.constData());
    return 2;
}
