// bankscope-cli: headless BankScope. One sub-command per job; scriptable, JSON out,
// non-zero exit and one clear line on stderr for bad input.

#include "aggregatecommand.h"
#include "decodecommand.h"
#include "linkcommands.h"

#include <QCoreApplication>
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
        "  scan --serial PORT --protocol P [--baud B] [--attempts N] [--timeout MS]\n"
        "                       Probe the protocol's address range; one JSON object per address:\n"
        "                       answering, silent or suspect, with reasons and statistics.\n"
        "  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen]\n"
        "          [--duration S] [--record FILE] [--baud B] [--bitrate N] [--bank FILE]\n"
        "                       Poll the bank (serial, without --listen) or listen to it; one JSON\n"
        "                       line per decoded message, then one line of link statistics.\n"
        "  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S]\n"
        "                       Record every byte and frame, listening only.\n"
        "  replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]\n"
        "                       Play a log (any format decode reads) through the same decoding path as\n"
        "                       live data, streaming; print the messages, a statistics line and the final\n"
        "                       aggregation. Silences longer than a few seconds are announced; --skip-gaps S\n"
        "                       skips those longer than S seconds.\n"
        "  export-asc LOG OUTPUT.asc   Write a log's CAN frames as Vector ASC (streaming).\n"
        "  help                 Show this text.\n"
        "\n"
        "Exit status: 0 done, 2 bad input, a frame that failed to decode, or usage.\n").toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

} // namespace

int main(int argc, char *argv[])
{
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

    const QByteArray message = QCoreApplication::translate("cli", "bankscope-cli: unknown command '%1' (try 'bankscope-cli help')")
                                   .arg(command).toUtf8();
    std::fprintf(stderr, "%s\n", message.constData());
    return 2;
}
