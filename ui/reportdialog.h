#pragma once

#include "commissioningplan.h"
#include "reportprinter.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

class AppSettings;
class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;

// The commissioning report in the window: a rendered preview of the pages exactly as they print,
// the report's language (AppSettings::printLanguage, chosen apart from the window's) and paper,
// Print… through the system's print dialog and Export PDF… — all through ui/printing's
// ReportPrinter, the renderer `bankscope-cli report` uses, on HTML that core's ReportBuilder makes.
// GUI thread; holds a copy of the plan, not the wizard's.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` may be null (no remembered language or folder).
    ReportDialog(const CommissioningPlan &plan, AppSettings *settings, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setPlan(const CommissioningPlan &plan);
    const CommissioningPlan &plan() const { return m_plan; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    ReportPrinter::Paper paper() const { return m_paper; }
    void setPaper(ReportPrinter::Paper paper);
    // "Report made" time on the report; the wall clock unless set (tests fix it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The report as HTML, in the chosen language.
    QString html() const;
    int pageCount() const { return m_pages; }
    // Writes the PDF; false and `error` set when it cannot be written.
    bool exportPdf(const QString &path, QString *error = nullptr, int *pages = nullptr);
    QPrintPreviewWidget *preview() const { return m_preview; }
    // A file name for the PDF: "<site> commissioning report.pdf" in the plan folder.
    QString suggestedPdfPath() const;

    // Shared with the failover card's dialog: the footer's generator ("BankScope 0.1.0"), the
    // folder a PDF is offered in (the plan folder, else Documents), and a site name made safe as
    // part of a file name.
    static QString generator();
    static QString pdfFolder(const AppSettings *settings);
    static QString fileStem(const QString &site);

public Q_SLOTS:
    void print();
    void exportPdfInteractively();

private:
    ReportPrinter::Options printOptions() const;
    void paint(QPrinter *printer);
    void applyPaper(QPrinter *printer) const;

    CommissioningPlan m_plan;
    AppSettings *m_settings;
    QString m_language;
    ReportPrinter::Paper m_paper = ReportPrinter::Paper::A4;
    std::function<QDateTime()> m_now;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QComboBox *m_languageBox;
    QComboBox *m_paperBox;
    QLabel *m_status;
    int m_pages = 0;
};
