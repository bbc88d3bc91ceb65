#include "failovercarddialog.h"

#include "appsettings.h"
#include "failovercard.h"
#include "reportdialog.h"
#include "reporttranslation.h"
#include "translationreviews.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

FailoverCardDialog::FailoverCardDialog(const CommissioningPlan &plan, const Catalogue &catalogue, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_settings(settings)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Failover card"));
    setObjectName(QStringLiteral("failoverCardDialog"));
    const auto planned = FailoverPlanner::plan(plan, catalogue);
    if (planned)
        m_planned = *planned;
    else
        m_problem = planned.error().toString();
    m_language = settings ? settings->printLanguage() : QStringLiteral("en");
    if (!ReportTranslation::available().contains(m_language))
        m_language = QStringLiteral("en");
    applyPaper(m_printer.get());

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setAccessibleName(tr("Failover card preview"));
    m_preview->setAccessibleDescription(tr("The card's front and back as they will print."));
    m_preview->setViewMode(QPrintPreviewWidget::AllPagesView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &FailoverCardDialog::paint);

    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("cardLanguage"));
    for (const QString &code : ReportTranslation::available())
        m_languageBox->addItem(ReportTranslation::displayName(code), code);
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(m_language)));
    auto *languageLabel = new QLabel(tr("Card &language:"), this);
    languageLabel->setBuddy(m_languageBox);
    m_languageBox->setToolTip(tr("The card is printed in the site owner's language, apart from the window's."));
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] { setLanguage(m_languageBox->currentData().toString()); });

    m_paperBox = new QComboBox(this);
    m_paperBox->setObjectName(QStringLiteral("cardPaper"));
    m_paperBox->addItem(tr("A4"), QVariant::fromValue(int(CardPrinter::Paper::A4)));
    m_paperBox->addItem(tr("Letter"), QVariant::fromValue(int(CardPrinter::Paper::Letter)));
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paperBox);
    connect(m_paperBox, &QComboBox::currentIndexChanged, this,
            [this] { setPaper(static_cast<CardPrinter::Paper>(m_paperBox->currentData().toInt())); });

    auto zoomButton = [this](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        b->setShortcut(key);
        return b;
    };
    QToolButton *zoomOut = zoomButton(QStringLiteral("\u2212"), tr("Zoom out"), QKeySequence::ZoomOut);
    QToolButton *zoomIn = zoomButton(QStringLiteral("+"), tr("Zoom in"), QKeySequence::ZoomIn);
    QToolButton *fit = zoomButton(tr("Fit"), tr("Fit the sheet in view"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(fit, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cardStatus"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("cardNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(languageLabel);
    bar->addWidget(m_languageBox);
    bar->addSpacing(12);
    bar->addWidget(paperLabel);
    bar->addWidget(m_paperBox);
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addStretch(1);
    bar->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setToolTip(tr("Print the card on a printer, both sides of one sheet (%1)")
                                  .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_pdfButton = buttons->addButton(tr("Export P&DF\u2026"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setToolTip(tr("Save the card as a PDF file"));
    connect(m_printButton, &QPushButton::clicked, this, &FailoverCardDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &FailoverCardDialog::exportPdfInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().height();
    resize(em * 70, em * 48);
    updateState();
    m_preview->fitInView();
}

FailoverCardDialog::~FailoverCardDialog() = default;

bool FailoverCardDialog::reviewed() const
{
    return TranslationReviews::builtIn().covers(m_language, TranslationReviews::cardContexts());
}

void FailoverCardDialog::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_settings)
        m_settings->setPrintLanguage(language);
    {
        const QSignalBlocker block(m_languageBox);
        m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(language)));
    }
    updateState();
    m_preview->updatePreview();
}

void FailoverCardDialog::setPaper(CardPrinter::Paper paper)
{
    if (paper == m_paper)
        return;
    m_paper = paper;
    {
        const QSignalBlocker block(m_paperBox);
        m_paperBox->setCurrentIndex(paper == CardPrinter::Paper::A4 ? 0 : 1);
    }
    applyPaper(m_printer.get());
    m_preview->updatePreview();
}

void FailoverCardDialog::applyPaper(QPrinter *printer) const
{
    // The same page as `bankscope-cli failover-card` writes (CardPrinter::writePdf: 8 mm margins).
    printer->setPageSize(QPageSize(m_paper == CardPrinter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    printer->setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    printer->setDuplex(QPrinter::DuplexLongSide);
}

QString FailoverCardDialog::html() const
{
    if (!m_planned)
        return {};
    const ReportTranslation translation(m_language);
    FailoverCardBuilder::Options options;
    options.language = translation.isLoaded() ? m_language : QStringLiteral("en");
    options.reviewed = options.language == QLatin1String("en") || reviewed();
    return FailoverCardBuilder::html(m_plan, *m_planned, options);
}

CardPrinter::Options FailoverCardDialog::printOptions() const
{
    const ReportTranslation translation(m_language);
    CardPrinter::Options options;
    options.paper = m_paper;
    options.title = FailoverCardBuilder::title(m_plan);
    options.footer = FailoverCardBuilder::footer(ReportDialog::generator(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return options;
}

void FailoverCardDialog::updateState()
{
    QStringList notes;
    if (!m_planned) {
        notes << tr("<b>No card for this plan:</b> %1. Enter it in the commissioning wizard (Workflows \u203A Commission a bank\u2026) "
                    "and save the plan again.")
                     .arg(m_problem.toHtmlEscaped());
    } else {
        const FailoverProcedure &p = m_planned->procedure;
        if (p.printableSteps() < p.steps.size())
            notes << tr("Steps %1 to %2 print as “ask your installer”: they are neither documented nor confirmed on this site "
                        "(confirm them in the wizard, or prove them with the failover drill).")
                         .arg(p.printableSteps() + 1)
                         .arg(p.steps.size());
        if (m_language != QLatin1String("en") && !reviewed())
            notes << tr("This translation is not reviewed yet (translations/REVIEWED): the English prints under each step.");
    }
    m_note->setText(notes.join(QStringLiteral("<br>")));
    m_note->setVisible(!notes.isEmpty());
    const bool card = m_planned.has_value();
    m_printButton->setEnabled(card);
    m_pdfButton->setEnabled(card);
    m_languageBox->setEnabled(card);
    m_paperBox->setEnabled(card);
}

void FailoverCardDialog::paint(QPrinter *printer)
{
    if (!m_planned) {
        m_layout = {};
        m_status->setText(tr("No card"));
        return;
    }
    const QString text = html();
    CardPrinter::Options options = printOptions();
    options.showOverflow = true; // the preview shows what would not fit
    const ReportTranslation translation(m_language);
    m_layout = CardPrinter::render(text, printer, options);
    if (m_layout.fits()) {
        m_status->setText(m_layout.sides == 1 ? tr("One side") : tr("Front and back"));
    } else {
        m_status->setText(tr("<b>Does not fit on one sheet</b>: it needs %1 sides at 12 pt; nothing is cut or shrunk, so it is "
                             "not printed (shorten the site's orders, or print it in English)")
                              .arg(m_layout.sides));
    }
    m_printButton->setEnabled(m_layout.fits());
    m_pdfButton->setEnabled(m_layout.fits());
}

void FailoverCardDialog::print()
{
    if (!m_planned)
        return;
    QPrinter printer(QPrinter::HighResolution);
    applyPaper(&printer);
    printer.setDocName(FailoverCardBuilder::title(m_plan));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the failover card"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = html();
    const CardPrinter::Options options = printOptions();
    const ReportTranslation translation(m_language);
    const CardPrinter::Layout layout = CardPrinter::measure(text, &printer);
    if (!layout.fits()) {
        QMessageBox::warning(this, tr("Print the failover card"),
                             tr("The card does not fit on one sheet (front and back) on this printer's paper; nothing was printed."));
        return;
    }
    CardPrinter::render(text, &printer, options);
}

QString FailoverCardDialog::suggestedPdfPath() const
{
    const QString name = ReportDialog::fileStem(m_plan.site);
    const QString file = name.isEmpty() ? tr("failover card (%1).pdf").arg(m_language) : tr("%1 failover card (%2).pdf").arg(name, m_language);
    return QDir(ReportDialog::pdfFolder(m_settings)).filePath(file);
}

bool FailoverCardDialog::exportPdf(const QString &path, QString *error)
{
    if (!m_planned) {
        if (error)
            *error = m_problem;
        return false;
    }
    const QString text = html();
    const CardPrinter::Options options = printOptions();
    const ReportTranslation translation(m_language);
    return CardPrinter::writePdf(text, path, options, error);
}

void FailoverCardDialog::exportPdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the failover card as PDF"), suggestedPdfPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error)) {
        QMessageBox::warning(this, tr("Export PDF"), tr("The card could not be written to %1: %2").arg(path, error));
        return;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}
