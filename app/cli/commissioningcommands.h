#pragma once

#include <QStringList>

// The commissioning commands of bankscope-cli (README "Commissioning"): each returns the process
// exit status (0 done, 2 bad input with one line on stderr naming what is wrong).
int runCatalogue(const QStringList &arguments);
int runPlan(const QStringList &arguments);
// `report` renders a PDF: main() builds a QGuiApplication (offscreen platform) before calling it.
int runReport(const QStringList &arguments);
int runVerify(const QStringList &arguments); // live verification against the plan: exit 1 when a check fails
