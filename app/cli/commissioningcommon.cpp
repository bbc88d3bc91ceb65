#include "commissioningcommon.h"

#include "../common/inputdevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace CommissioningCli {

int fail(const char *command, const QString &message)
{
    const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli %1: %2").arg(QLatin1String(command), message).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}

Catalogue loadCatalogue()
{
    Catalogue c = Catalogue::builtIn();
    for (const Catalogue::Problem &p : c.problems()) {
        const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli: catalogue: %1").arg(p.toString()).toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
    }
    return c;
}

Options parseOptions(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions,
                     const QHash<QString, QString> &aliases)
{
    Options o;
    for (int i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &a = args[i];
        QString name;
        std::optional<QString> inlineValue;
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            name = a.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() == 2 && aliases.contains(a.mid(1))) {
            name = aliases.value(a.mid(1));
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            o.error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
            break;
        } else {
            o.positional.append(a);
            continue;
        }
        if (flagOptions.contains(name)) {
            if (inlineValue)
                o.error = QCoreApplication::translate("cli", "--%1 takes no value").arg(name);
            o.flags.append(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= args.size()) {
                o.error = QCoreApplication::translate("cli", "%1 needs a value").arg(a);
                break;
            }
            o.values[name].append(inlineValue ? *inlineValue : args[++i]);
        } else {
            o.error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
        }
    }
    return o;
}

std::optional<CommissioningPlan> readPlan(const char *command, const QString &path, const Catalogue &catalogue)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(command, QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    // A plan is tens of KiB: read up to a cap, so a wrong file (a 100 MB log) is an error, not
    // all of memory.
    const auto bytes = InputDevice::readCapped(f, 16 * 1024 * 1024);
    if (!bytes) {
        fail(command, QStringLiteral("%1: %2").arg(path, bytes.error()));
        return std::nullopt;
    }
    const auto plan = PlanJson::parse(*bytes, catalogue);
    if (!plan) {
        fail(command, QStringLiteral("%1: %2").arg(path, plan.error().toString()));
        return std::nullopt;
    }
    return *plan;
}

bool writeFile(const char *command, const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    // Written aside and renamed: a failed write never leaves half a plan over the old one.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        fail(command, QCoreApplication::translate("cli", "cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace CommissioningCli
