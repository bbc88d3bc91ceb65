#pragma once

#include <QStringList>

#include <cstdio>

// `bankscope-cli aggregate [FILE|-]`: reads a bank as JSON, prints the aggregation as JSON.
// Returns the process exit status: 0 done, 2 bad input (one line on stderr, nothing on stdout).
int runAggregate(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
