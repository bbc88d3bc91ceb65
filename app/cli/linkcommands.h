#pragma once

#include "streamdecoder.h"

#include <QStringList>

// Link commands of bankscope-cli (README "Links"): each returns the process exit status.
int runScan(const QStringList &arguments);
int runMonitor(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runDiagnose(const QStringList &arguments);
int runReplay(const QStringList &arguments);
int runExportAsc(const QStringList &arguments);
int runPorts(const QStringList &arguments);
int runDetect(const QStringList &arguments);

// Words for what a streamed log held besides clean frames (corrupt lines, failed frames,
// fragments, other devices' and undocumented ids, passed-over lines), or empty.
QString streamSummary(quint64 badLines, const QList<qint64> &badLineNumbers, const StreamDecoder::Stats &stats, quint64 ignored,
                      quint64 otherLines, const QList<qint64> &otherLineNumbers, quint64 errorFrames);
