#include "finding.h"

#include <QCoreApplication>

namespace SeverityNames {

QString name(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    }
    return {};
}

} // namespace SeverityNames
