#include "cardprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace {

// DejaVu Sans has every letter the card's languages need (ɓ ɗ ƙ ẹ ọ ṣ ị ụ, tone marks) and the
// symbols it draws (→ ✘ •).
QFont cardFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(12.0);
    return f;
}

constexpr double kFooterMm = 8.0;
constexpr double kMarginMm = 8.0;

QSizeF bodySize(QPagedPaintDevice *device)
{
    const QRect paint = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footer = kFooterMm / 25.4 * device->logicalDpiY();
    return QSizeF(paint.width(), paint.height() - footer);
}

QList<QTextTable *> blocksOf(QTextDocument &doc)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            out.append(t);
    return out;
}

// The heading paragraph right before a block, if there is one: it goes with its block.
std::optional<QTextBlock> headingBefore(QTextDocument &doc, QTextTable *table)
{
    const QTextBlock before = doc.findBlock(table->firstPosition() - 2);
    if (!before.isValid() || before.text().trimmed().isEmpty())
        return std::nullopt;
    const QTextCharFormat f = QTextCursor(before).charFormat();
    if (f.fontPointSize() >= 14.0 || before.charFormat().fontPointSize() >= 14.0)
        return before;
    return std::nullopt;
}

} // namespace

CardPrinter::Layout CardPrinter::layOut(QTextDocument &doc, const QString &html, QPagedPaintDevice *device)
{
    const QSizeF body = bodySize(device);
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(cardFont());
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    // No ligatures, so the PDF's text is searchable letter by letter (as in ReportPrinter).
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    QTextCharFormat spacing;
    spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    spacing.setFontLetterSpacing(0.05);
    all.mergeCharFormat(spacing);
    doc.setPageSize(body);

    Layout out;
    const qreal side = body.height();
    // Keep every block whole: one that would be cut at the foot of a side starts the next side,
    // with its heading. Repeated until nothing moves, as each move reflows what follows.
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextTable *t : blocksOf(doc)) {
            const QRectF r = doc.documentLayout()->frameBoundingRect(t);
            const qreal top = std::floor(r.top() / side) * side;
            if (r.bottom() <= top + side + 0.5 || r.top() - top < 1.0 || r.height() > side)
                continue;
            if (const auto heading = headingBefore(doc, t)) {
                QTextBlockFormat f = heading->blockFormat();
                if (!(f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(*heading).setBlockFormat(f);
                    moved = true;
                }
            }
            if (!moved) {
                QTextTableFormat f = t->format();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                t->setFormat(f);
                moved = true;
            }
            // The incremental relayout after a format change leaves what follows unplaced.
            doc.markContentsDirty(0, doc.characterCount());
            ++out.moved;
            break;
        }
        if (!moved)
            break;
    }
    for (QTextTable *t : blocksOf(doc)) {
        const QRectF r = doc.documentLayout()->frameBoundingRect(t);
        out.tallestBlockPct = std::max(out.tallestBlockPct, int(std::ceil(100.0 * r.height() / side)));
    }
    out.sides = doc.pageCount();
    return out;
}

CardPrinter::Layout CardPrinter::measure(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument doc;
    return layOut(doc, html, device);
}

CardPrinter::Layout CardPrinter::render(const QString &html, QPagedPaintDevice *device, const Options &options)
{
    QTextDocument doc;
    const Layout layout = layOut(doc, html, device);
    if (!layout.fits() && !options.showOverflow)
        return layout;
    const QSizeF body = bodySize(device);
    const qreal footerHeight = kFooterMm / 25.4 * device->logicalDpiY();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont = cardFont(); // the footer is read too: 12 pt like the body
    for (int page = 0; page < layout.sides; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        doc.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(0, body.height() + footerHeight * 0.25, body.width(), footerHeight * 0.75);
        painter.drawLine(QPointF(0, body.height() + footerHeight * 0.15), QPointF(body.width(), body.height() + footerHeight * 0.15));
        QString right = QCoreApplication::translate("FailoverCard", "side %1 of %2").arg(page + 1).arg(layout.sides);
        if (page + 1 < layout.sides)
            right += QStringLiteral(" \u2014 ") + QCoreApplication::translate("FailoverCard", "turn over");
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
        // The left side gives way to "side n of 2": shortened with an ellipsis, never overprinted.
        const QFontMetricsF metrics(footerFont, device);
        const qreal room = footer.width() - metrics.horizontalAdvance(right) - metrics.horizontalAdvance(QStringLiteral("MM"));
        const QString left = options.footer.isEmpty() ? options.title : options.title + QStringLiteral(" \u2014 ") + options.footer;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(left, Qt::ElideRight, room));
        painter.restore();
    }
    painter.end();
    return layout;
}

namespace {

void setUp(QPdfWriter &writer, const CardPrinter::Options &options)
{
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("BankScope"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(options.paper == CardPrinter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

} // namespace

bool CardPrinter::writePdf(const QString &html, const QString &path, const Options &options, QString *error, Layout *layoutOut)
{
    // Measured first on a writer of the same page, so a card that does not fit leaves no file.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter probe(&scratch);
    setUp(probe, options);
    const Layout layout = measure(html, &probe);
    if (layoutOut)
        *layoutOut = layout;
    if (!layout.fits()) {
        if (error) {
            const QString paper = ReportPrinter::paperName(options.paper).toUpper().replace(QStringLiteral("LETTER"), QStringLiteral("Letter"));
            if (layout.tallestBlockPct > 100)
                *error = QCoreApplication::translate("CardPrinter", "the card does not fit: one of its blocks (a step, the STOP box or the isolation order) "
                                                                    "is longer than a side of %1 at 12 pt, and the card never cuts or shrinks them; "
                                                                    "shorten the site's order or its step texts")
                             .arg(paper);
            else
                *error = QCoreApplication::translate("CardPrinter", "the card does not fit on one sheet: it needs %1 sides of %2 at 12 pt, and the card "
                                                                    "never cuts or shrinks the STOP box, the isolation order, the steps or the contact; "
                                                                    "shorten the site's isolation or power-up order")
                             .arg(layout.sides)
                             .arg(paper);
        }
        return false;
    }
    {
        QFile probeFile(path);
        if (!probeFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = probeFile.errorString();
            return false;
        }
    }
    QPdfWriter writer(path);
    setUp(writer, options);
    const Layout done = render(html, &writer, options);
    if (layoutOut)
        *layoutOut = done;
    return done.fits();
}
