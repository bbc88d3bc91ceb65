#pragma once

#include "finding.h"
#include "packstate.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

// Colours, icons and formatting shared by every model and page, so that a dark palette and
// 200 % scaling work everywhere alike. Colour is never the only signal: every tone has an icon,
// and models pair it with words. Tints are derived from the current palette (a pale tint on a
// light window, a deep one on a dark window) so text stays readable on both.
class QTableView;

namespace Appearance {

enum class Tone { Neutral, Good, Notice, Warning, Error, Muted };

QPalette darkPalette();
bool isDark(const QPalette &palette);

// A cell background for the tone, readable under the palette's text colour; invalid for Neutral.
QColor background(Tone tone, const QPalette &palette);
// Text colour for the tone (Muted: greyed; others: the palette's text).
QColor foreground(Tone tone, const QPalette &palette);
QIcon icon(Tone tone);
Tone toneOf(Severity severity);
Tone toneOf(PackCondition condition);
QIcon severityIcon(Severity severity);

// The cell map's diverging scale: -1 (far below the mean: orange-red) .. 0 (at the mean) .. +1
// (far above: blue), tuned for the palette.
QColor deviationColor(double normalized, const QPalette &palette);
// Black or white, whichever reads better on the background.
QColor textOn(const QColor &background);

// Formatting with the unit, a dash when there is no value.
QString number(const std::optional<double> &value, int decimals, const QString &unit = QString());
QString signedNumber(double value, int decimals, const QString &unit = QString());
QString duration(double seconds); // "4 min 12 s", "3 h 05 min"
QString clockTime(qint64 ms);     // local "HH:mm:ss"
QString clockTimeMs(qint64 ms);   // local "HH:mm:ss.zzz"
QString canId(quint32 id);        // "0x35E"

// Rows one line high (plus padding) at any font size or scale: live tables stay compact.
void compactRows(QTableView *view);
// Columns as wide as their contents, measured when rows come or go (a reset, an insert) and when
// the view is shown, not at every value change: ResizeToContents would measure every row of every
// column at each tick. `stretch` (if >= 0) takes the remaining width.
void fitColumns(QTableView *view, int stretch = -1);

} // namespace Appearance
