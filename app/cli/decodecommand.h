#pragma once

#include <QStringList>

#include <cstdio>

// `bankscope-cli decode --protocol P [--can-id ID] [--dialect D] [--register R] (DATA | --file F | -)`:
// one JSON object per frame on stdout; exit 2 after the last frame if any failed, or at once
// (one line on stderr) for a usage error.
int runDecode(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
