#pragma once

#include <QString>

enum class Severity { Info, Warning, Error };

// A typed diagnosis: what is wrong, about what, in plain words, and what to do next.
struct Finding
{
    QString code;     // stable machine code, e.g. "master-lost"
    Severity severity = Severity::Info;
    QString subject;  // pack id, "bank" or "config"
    QString text;     // plain-language statement (translated)
    QString nextStep; // what the installer should do (translated)
};

namespace SeverityNames {
QString name(Severity severity);  // "info", "warning", "error"
QString label(Severity severity); // translated
} // namespace SeverityNames
