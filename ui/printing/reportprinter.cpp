#include "reportprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace {

// The report's fonts: DejaVu Sans covers Latin, the West African letters (ɓ ɗ ƙ ẹ ọ ṣ) and the
// symbols the report draws (✔ ✘ ⚠ ■ □); fontconfig falls back where it is missing.
QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(10.0);
    return f;
}

// A heading left at the foot of a page with its text on the next one reads badly: move such a
// heading to the next page. A section heading (h2, h3) needs room for a few lines of what it
// heads; a major heading (h1) for a good part of a page (the report's sign-off). Repeated until
// nothing moves, as each move reflows what follows.
void keepHeadingsWithText(QTextDocument &doc, qreal pageHeight)
{
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            QTextBlockFormat format = b.blockFormat();
            if (format.headingLevel() == 0 || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal needed = pageHeight * (format.headingLevel() == 1 ? 0.4 : 0.12);
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const qreal pageTop = std::floor(r.top() / pageHeight) * pageHeight;
            if (r.top() - pageTop < 1.0 || pageTop + pageHeight - r.top() >= needed)
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).setBlockFormat(format);
            // Lay the whole document out again: the incremental relayout after a format change
            // leaves the blocks after it unplaced.
            doc.markContentsDirty(0, doc.characterCount());
            moved = true;
        }
        if (!moved)
            return;
    }
}

} // namespace

std::optional<ReportPrinter::Paper> ReportPrinter::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QString ReportPrinter::paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

int ReportPrinter::render(const QString &html, QPagedPaintDevice *device, const Options &options)
{
    const QPageLayout layout = device->pageLayout();
    const QRect paint = layout.paintRectPixels(device->logicalDpiX());
    const qreal dpi = device->logicalDpiY();
    const qreal footerHeight = 9.0 / 25.4 * dpi; // 9 mm for the footer line
    const QSizeF body(paint.width(), paint.height() - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(bodyFont());
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    // No ligatures: "fi" stays two letters, so a reader searching the PDF for "verified" (and
    // pdftotext) finds the word. Qt shapes without ligatures once a letter spacing is set.
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    QTextCharFormat spacing;
    spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    spacing.setFontLetterSpacing(0.05); // device pixels: invisible, but not zero in 26.6 fixed point
    all.mergeCharFormat(spacing);
    doc.setPageSize(body);
    keepHeadingsWithText(doc, body.height());
    const int pages = doc.pageCount();

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont = bodyFont();
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        doc.drawContents(&painter, clip);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, body.height() + footerHeight * 0.35, body.width(), footerHeight * 0.65);
        painter.drawLine(QPointF(0, body.height() + footerHeight * 0.2), QPointF(body.width(), body.height() + footerHeight * 0.2));
        const QString left = options.footer.isEmpty() ? options.title : options.title + QStringLiteral(" \u2014 ") + options.footer;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("ReportPrinter", "page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

bool ReportPrinter::writePdf(const QString &html, const QString &path, const Options &options, QString *error, int *pages)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("BankScope"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(options.paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    const int n = render(html, &writer, options);
    if (pages)
        *pages = n;
    return true;
}
