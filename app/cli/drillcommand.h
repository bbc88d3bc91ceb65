#pragma once

#include <QStringList>

// `bankscope-cli drill --plan PLAN (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]
// [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]`: the failover drill
// (issue 22 item 3, README "Failover drill"). BankScope only listens; it tells the installer each
// physical action on stderr (and as JSON lines on stdout), reads "done", "abort" and "saw WHAT" on
// standard input (SIGINT aborts too), and writes the timeline into the plan. On any port but Qt's
// virtualcan it first states the consequence for this site and runs only with --confirm-live-site
// (without: what would happen, exit 2, the port never opened). Exit 0 passed, 1 aborted or failed,
// 2 bad input or refused.
int runDrill(const QStringList &arguments);
