#pragma once

// What the commissioning commands share: the catalogue (its problems printed once on stderr),
// option parsing with "--name value", "--name=value" and short aliases, and plan files.

#include "catalogue.h"
#include "commissioningplan.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace CommissioningCli {

// Prints "bankscope-cli COMMAND: MESSAGE" on stderr; returns 2.
int fail(const char *command, const QString &message);
// The built-in catalogue; each broken entry is named in one line on stderr and skipped.
Catalogue loadCatalogue();

// A parsed command line: options by long name (repeatable ones keep every value), flags, and
// what is left over. `error` is set on an unknown option or a missing value.
struct Options
{
    QHash<QString, QStringList> values;
    QStringList flags;
    QStringList positional;
    QString error;
    QString value(const QString &name) const { return values.value(name).value(0); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

// valueOptions/flagOptions: long names without "--"; aliases: short -> long ("o" -> "output").
Options parseOptions(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions,
                     const QHash<QString, QString> &aliases = {});

// Reads a plan file; on failure prints the error naming the file and the field and returns nullopt.
std::optional<CommissioningPlan> readPlan(const char *command, const QString &path, const Catalogue &catalogue);
// Writes bytes to a file ("-" = standard output); false and a message on stderr on failure.
bool writeFile(const char *command, const QString &path, const QByteArray &bytes);

} // namespace CommissioningCli
