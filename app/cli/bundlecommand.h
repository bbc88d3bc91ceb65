#pragma once

#include <QStringList>

// `bankscope-cli bundle --output|-o FILE.zip [--plan PLAN.json] [--session RECORDING] [--force]`:
// the support bundle (README "Support bundle"): one ZIP file for a vendor's service desk. Exit 0
// and one JSON line listing the files (the same list in words on stderr); 2 and one line on stderr
// for bad input (no plan and no recording, a file that cannot be read, an output that exists
// without --force). Nothing is sent anywhere.
int runBundle(const QStringList &arguments);
