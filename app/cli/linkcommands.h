#pragma once

#include <QStringList>

// Link commands of bankscope-cli (README "Links"): each returns the process exit status.
int runScan(const QStringList &arguments);
int runMonitor(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runReplay(const QStringList &arguments);
int runExportAsc(const QStringList &arguments);
int runPorts(const QStringList &arguments);
int runDetect(const QStringList &arguments);
