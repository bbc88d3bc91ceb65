#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "serialports.h"

#include <QCanBus>
#include <QCanBusDeviceInfo>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace LinkCli;

int runPorts(const QStringList &args)
{
    if (!args.isEmpty())
        return fail("ports", QCoreApplication::translate("cli", "usage: ports"));
    for (const SerialPortEntry &e : SerialPorts::available()) {
        QJsonObject j;
        j.insert(QStringLiteral("port"), e.systemLocation.isEmpty() ? e.portName : e.systemLocation);
        j.insert(QStringLiteral("adapter"), e.adapter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.adapter));
        j.insert(QStringLiteral("description"), e.description);
        j.insert(QStringLiteral("manufacturer"), e.manufacturer);
        j.insert(QStringLiteral("serial_number"), e.serialNumber);
        auto hex = [](const std::optional<quint16> &v) {
            return v ? QJsonValue(QStringLiteral("%1").arg(*v, 4, 16, QLatin1Char('0'))) : QJsonValue(QJsonValue::Null);
        };
        j.insert(QStringLiteral("usb_vid"), hex(e.vendorId));
        j.insert(QStringLiteral("usb_pid"), hex(e.productId));
        JsonLines::print(j);
    }
    // A vendor plugin whose driver library is not installed (peakcan without PCAN-Basic, ...)
    // says so in one JSON line instead of a Qt warning on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.canbus.plugins.*.warning=false\nqt.canbus.plugins.*.critical=false"));
    for (const QString &plugin : QCanBus::instance()->plugins()) {
        QString why;
        const QList<QCanBusDeviceInfo> devices = QCanBus::instance()->availableDevices(plugin, &why);
        for (const QCanBusDeviceInfo &d : devices) {
            QJsonObject j;
            j.insert(QStringLiteral("can"), QString(plugin + QLatin1Char(':') + d.name()));
            j.insert(QStringLiteral("description"), d.description());
            JsonLines::print(j);
        }
        if (devices.isEmpty() && !why.isEmpty()) {
            QJsonObject j;
            j.insert(QStringLiteral("can_plugin"), plugin);
            j.insert(QStringLiteral("unavailable"), why);
            JsonLines::print(j);
        }
    }
    return 0;
}
