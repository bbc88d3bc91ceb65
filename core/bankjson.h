#pragma once

#include "aggregator.h"
#include "expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Reads a bank description as JSON (the `bankscope-cli aggregate` input, documented in the
// README) into a BankSnapshot, and writes an AggregationResult as JSON. Strict: an unknown
// key, a wrong type, an out-of-range value or an unknown fault name is an error that names
// the field, because a silently ignored typo would give a wrong answer.
namespace BankJson {

struct Error
{
    QString field;   // e.g. "packs[1].faults[0]"; empty for a syntax error
    QString message; // e.g. "unknown fault name 'cell-low'"
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// Values are time-stamped at nowMs - age_s.
Expected<BankSnapshot, Error> parse(const QByteArray &json, qint64 nowMs);

QJsonObject toJson(const AggregationResult &result);
QJsonObject viewToJson(const InverterView &view);

} // namespace BankJson
