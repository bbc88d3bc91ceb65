#pragma once

#include "reportprinter.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

// Lays the failover card's HTML (core/FailoverCardBuilder) out on one sheet, front and back, and
// paints it. Nothing is shrunk: the card's own sizes (body 12 pt, STOP box 20 pt) are kept, and every
// block of the card (the STOP box, the isolation order, each step with its branch, the contact ...;
// each is a table) is kept whole on one side, moved to the back when it would be cut at the foot
// of the front. The verdict comes from the laid-out document, never from a guess: if the card needs
// more than two sides, or a block is taller than a side, it does not fit and nothing is written.
// Needs a QGuiApplication (the offscreen platform will do). Stateless; GUI thread.
class CardPrinter
{
public:
    using Paper = ReportPrinter::Paper;

    struct Options
    {
        Paper paper = Paper::A4;
        QString title;  // PDF title and the footer's left side
        QString footer; // e.g. the generator
        // Paint every side even when the card does not fit (a preview that shows what overflows);
        // writePdf() and the CLI never set it.
        bool showOverflow = false;
    };

    static constexpr int kMaxSides = 2;

    // What the layout came to.
    struct Layout
    {
        int sides = 0;
        int moved = 0;             // blocks moved to the next side to keep them whole
        int tallestBlockPct = 0;   // the tallest block, in % of a side
        bool fits() const { return sides >= 1 && sides <= kMaxSides && tallestBlockPct <= 100; }
    };

    // Lays the card out for a page of this paper (at the device's resolution) without painting.
    static Layout measure(const QString &html, QPagedPaintDevice *device);
    // Paints the card onto the device's pages when it fits; returns the layout either way.
    static Layout render(const QString &html, QPagedPaintDevice *device, const Options &options);
    // A PDF file: false and `error` set (in plain words, saying why) when the card does not fit two
    // sides or the file cannot be written; nothing is left behind then.
    static bool writePdf(const QString &html, const QString &path, const Options &options, QString *error = nullptr,
                         Layout *layout = nullptr);

private:
    static Layout layOut(QTextDocument &doc, const QString &html, QPagedPaintDevice *device);
};
