// bankscope-cli: headless BankScope. One sub-command per job; scriptable, JSON out,
// non-zero exit and one clear line on stderr for bad input.

#include "aggregatecommand.h"
#include "bundlecommand.h"
#include "commissioningcommands.h"
#include "decodecommand.h"
#include "drillcommand.h"
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
        "  decode [--protocol P] [--can-id ID] [--dialect D] [--register R] (DATA | --file F | -)\n"
        "                       Decode frames and print one JSON object per frame as its line is read.\n"
        "                       P is one of pylontech-rs485, pylon-can, jk-modbus, jk-pb, jk-legacy.\n"
        "                       DATA is one frame as text (needs --protocol): the Pylontech ASCII frame\n"
        "                       ('~' and CR optional), hex bytes (spaces allowed), CAN as ID#DATA or DATA\n"
        "                       with --can-id. A file or standard input holds a log (BankScope or candump\n"
        "                       log, candump's screen output, SavvyCAN CSV, Vector ASC) or one frame per\n"
        "                       line ('#' starts a comment); without --protocol the format, protocol and\n"
        "                       CAN dialect are inferred from its first part and said (first JSON line\n"
        "                       {\"inferred\": ...}). D: pylon-v1.2, pylontech-v1.3, sma-victron. R: the\n"
        "                       start register of a JK FC03 reply given without its request.\n"
        "  ports                Serial ports (with the USB adapter recognised: CH340, FTDI, CP210x,\n"
        "                       PL2303, CANable...) and CAN interfaces, one JSON object each.\n"
        "  detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S]\n"
        "                       Listen at each candidate speed (RS485: 115200 and 9600 baud, the\n"
        "                       listen window each; SLCAN: 500k, 250k, 125k, 1M bit/s in silent\n"
        "                       mode) and report what was heard and decoded per protocol. With\n"
        "                       --probe, and only on an RS485 bus silent at every speed, it prints\n"
        "                       the identity reads it will send, then sends them. CAN is never probed.\n"
        "  scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B]\n"
        "       [--attempts N] [--timeout MS]\n"
        "                       Listen first; on a silent bus probe the protocol's address range,\n"
        "                       one JSON object per address: answering, silent or suspect, with\n"
        "                       reasons and statistics. Beside another master nothing is probed:\n"
        "                       the addresses heard are reported instead.\n"
        "  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P\n"
        "          [--listen | --poll] [--window S] [--duration S] [--record FILE] [--baud B]\n"
        "          [--bitrate N] [--bank FILE]\n"
        "                       One JSON line per decoded message, then one line of statistics.\n"
        "                       RS485 roles: auto (default) listens for the listen window (10 s, or\n"
        "                       --window S, never less) and polls only a bus that stayed silent;\n"
        "                       any byte heard keeps it listening, and it says who polls. A request\n"
        "                       it did not send while polling stops it before its next request.\n"
        "                       --listen never transmits. --poll keeps the window and the guard and\n"
        "                       exits 2 beside another master, having sent nothing. CAN links only\n"
        "                       listen (an SLCAN adapter is opened silent). --duration counts from\n"
        "                       the end of the window.\n"
        "  diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FILE) [--protocol P]\n"
        "           [--baud B] [--listen | --poll] [--plan PLAN] [--bank FILE] [--duration S]\n"
        "                       The \"BMS communication fault\" assistant: listens (and on a silent\n"
        "                       RS485 bus polls) for --duration (30 s) or reads a recording, then\n"
        "                       prints the likely causes ranked as one JSON object, each with its\n"
        "                       evidence, confidence, next step and the check by hand that separates\n"
        "                       it from causes the wire cannot tell apart. Never polls beside another\n"
        "                       master (even with --poll): it reports that master instead.\n"
        "  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S]\n"
        "                       Record every byte and frame, listening only.\n"
        "  replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]\n"
        "                       Play a log (any format decode reads) through the same decoding path as\n"
        "                       live data, streaming; print the messages, a statistics line and the final\n"
        "                       aggregation. Silences longer than a few seconds are announced; --skip-gaps S\n"
        "                       skips those longer than S seconds.\n"
        "  export-asc LOG OUTPUT.asc   Write a log's CAN frames as Vector ASC (streaming).\n"
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
        "  bundle --output|-o FILE.zip [--plan PLAN.json] [--session FILE] [--force]\n"
        "                       A support bundle for a vendor's service desk: one ZIP with the plan, the\n"
        "                       recording, findings and freeze-frames, the firmware table and each pack's\n"
        "                       cell voltages (the recording replayed to its end); lists what it holds.\n"
        "                       Nothing is sent anywhere. An existing file is replaced only with --force.\n"
        "  verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]\n"
        "         [--baud B] [--bitrate N] [--listen | --poll] [--duration S]\n"
        "                       Live verification against the plan, one JSON finding per line; exit 1\n"
        "                       when a check fails. Same safe role as monitor; beside another master\n"
        "                       the scan is passive (even with --poll). No BMS setting is written.\n"
        "  drill --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]\n"
        "        [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]\n"
        "                       The failover drill: BankScope only listens while you switch the master\n"
        "                       off and follow the steps it gives, until one master is heard again;\n"
        "                       the timeline goes into the plan. A live site needs --confirm-live-site.\n"
        "  help                 Show this text.\n"
        "\n"
        "Exit status: 0 done, 2 bad input, a frame that failed to decode, usage, or --poll refused\n"
        "beside another master. No command writes a BMS setting.\n").toUtf8();
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
    if (command == QLatin1String("detect"))
        return runDetect(args);
    if (command == QLatin1String("monitor"))
        return runMonitor(args);
    if (command == QLatin1String("diagnose"))
        return runDiagnose(args);
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
    if (command == QLatin1String("bundle"))
        return runBundle(args);
    if (command == QLatin1String("verify"))
        return runVerify(args);
    if (command == QLatin1String("drill"))
        return runDrill(args);

    const QByteArray message = QCoreApplication::translate("cli", "bankscope-cli: unknown command '%1' (try 'bankscope-cli help')")
                                   .arg(command).toUtf8();
    std::fprintf(stderr, "%s\n", message.constData());
    return 2;
}
