#pragma once

#include "cardprinter.h"
#include "catalogue.h"
#include "commissioningplan.h"
#include "failoverplanner.h"

#include <QDialog>

#include <memory>
#include <optional>

class AppSettings;
class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

// The site's failover card in the window: a preview of its one sheet (front and back) exactly as
// it prints, in the card's own language (apart from the window's; an unreviewed translation prints
// the English beside each step and the dialog says so) and on A4 or Letter; Print… through the
// system's print dialog and Export PDF… — through ui/printing's CardPrinter, the renderer
// `bankscope-cli failover-card` uses, on HTML that core's FailoverCardBuilder makes from
// FailoverPlanner's procedure. A plan the planner refuses (no stand-in, no isolation order, no
// contact) gives no card: the dialog names the missing field. A card that does not fit two sides
// is previewed with what overflows and is neither printed nor exported.
// GUI thread; holds a copy of the plan.
class FailoverCardDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` may be null (no remembered language or folder).
    FailoverCardDialog(const CommissioningPlan &plan, const Catalogue &catalogue, AppSettings *settings, QWidget *parent = nullptr);
    ~FailoverCardDialog() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    CardPrinter::Paper paper() const { return m_paper; }
    void setPaper(CardPrinter::Paper paper);

    // Why there is no card (the planner's error), or empty.
    QString problem() const { return m_problem; }
    // The card as HTML in the chosen language; empty when there is no card.
    QString html() const;
    // The last layout painted in the preview.
    CardPrinter::Layout layout() const { return m_layout; }
    bool reviewed() const;
    // Writes the PDF; false and `error` set when there is no card, it does not fit or cannot be written.
    bool exportPdf(const QString &path, QString *error = nullptr);
    QPrintPreviewWidget *preview() const { return m_preview; }
    QString suggestedPdfPath() const;

public Q_SLOTS:
    void print();
    void exportPdfInteractively();

private:
    CardPrinter::Options printOptions() const;
    void paint(QPrinter *printer);
    void applyPaper(QPrinter *printer) const;
    void updateState();

    CommissioningPlan m_plan;
    std::optional<FailoverPlanner::Result> m_planned;
    QString m_problem;
    AppSettings *m_settings;
    QString m_language;
    CardPrinter::Paper m_paper = CardPrinter::Paper::A4;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QComboBox *m_languageBox;
    QComboBox *m_paperBox;
    QLabel *m_status;
    QLabel *m_note;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    CardPrinter::Layout m_layout;
};
