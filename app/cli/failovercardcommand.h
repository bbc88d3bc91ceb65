#pragma once

#include <QStringList>

// `bankscope-cli failover-card --plan PLAN --output|-o FILE.pdf [--lang CODE] [--paper a4|letter]`:
// the site's failover card (README "Failover"), one sheet, in the language asked for. Exit 0 and one
// JSON line when written; 2 and one line on stderr for bad input: a plan the card cannot be made
// from (the field named), a language without a translation, a card that does not fit two sides.
// Renders a PDF: main() builds a QGuiApplication (offscreen platform) before calling it.
int runFailoverCard(const QStringList &arguments);
