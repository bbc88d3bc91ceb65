#pragma once

#include <QString>

#include <optional>

class QPagedPaintDevice;

// Renders a report's HTML (core/ReportBuilder) onto pages: A4 or Letter, 15 mm margins, DejaVu Sans
// (every Latin letter the report and card languages need), a footer with the title and "page n of
// m" on every page. Writes PDF files with embedded fonts, or paints any QPagedPaintDevice (the
// window passes its QPrinter). Needs a QGuiApplication (the offscreen platform will do). Stateless;
// GUI thread.
class ReportPrinter
{
public:
    enum class Paper { A4, Letter };

    struct Options
    {
        Paper paper = Paper::A4;
        QString title;  // PDF title and left footer
        QString footer; // right of the title in the footer, e.g. the generator
    };

    static std::optional<Paper> paperFromName(const QString &name); // "a4", "letter"
    static QString paperName(Paper paper);

    // Lays the HTML out for the device's page and paints every page; returns the page count.
    static int render(const QString &html, QPagedPaintDevice *device, const Options &options);
    // A PDF file; false and `error` set when it cannot be written.
    static bool writePdf(const QString &html, const QString &path, const Options &options, QString *error = nullptr,
                         int *pages = nullptr);
};
