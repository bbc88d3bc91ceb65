#include "commissioningcommands.h"
#include "commissioningcommon.h"


#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace CommissioningCli;

namespace {

// One line, with "kind", "id" and "name" first so a person reading it sees what it is.
void printModel(QJsonObject o)
{
    QByteArray line = QByteArray("{\"kind\":") + QJsonDocument(QJsonObject{{QStringLiteral("k"), o.take(QStringLiteral("kind"))}}).toJson(QJsonDocument::Compact).mid(5);
    line.chop(1);
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("name")}) {
        QByteArray v = QJsonDocument(QJsonObject{{QStringLiteral("k"), o.take(key)}}).toJson(QJsonDocument::Compact).mid(5);
        v.chop(1);
        line += ",\"" + key.toUtf8() + "\":" + v;
    }
    const QByteArray rest = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line += rest.size() > 2 ? "," + rest.mid(1) : QByteArray("}");
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

} // namespace

// `bankscope-cli catalogue`: one JSON object per line per model, batteries first; the "id" is what
// `plan --battery` and `--inverter` accept. Every fact carries its mark, confidence and sources.
int runCatalogue(const QStringList &args)
{
    if (!args.isEmpty())
        return fail("catalogue", QCoreApplication::translate("cli", "takes no arguments (got '%1')").arg(args.first()));
    const Catalogue catalogue = loadCatalogue();
    for (const BatteryModel &b : catalogue.batteries())
        printModel(catalogue.toJson(b));
    for (const InverterModel &i : catalogue.inverters())
        printModel(catalogue.toJson(i));
    std::fflush(stdout);
    return 0;
}
