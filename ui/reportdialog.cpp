#include "reportdialog.h"

#include "appsettings.h"
#include "reportbuilder.h"
#include "reporttranslation.h"

#include <QComboBox>
#include <QCoreApplication>
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

ReportDialog::ReportDialog(const CommissioningPlan &plan, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_settings(settings)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Commissioning report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_language = settings ? settings->printLanguage() : QStringLiteral("en");
    if (!ReportTranslation::available().contains(m_language))
        m_language = QStringLiteral("en");
    applyPaper(m_printer.get());

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setAccessibleDescription(tr("The report's pages as they will print."));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paint);

    // The bar: language and paper of the printed report, zoom, print and export.
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : ReportTranslation::available())
        m_languageBox->addItem(ReportTranslation::displayName(code), code);
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(m_language)));
    auto *languageLabel = new QLabel(tr("Report &language:"), this);
    languageLabel->setBuddy(m_languageBox);
    m_languageBox->setToolTip(tr("The report is printed in its own language, apart from the window's: the customer's."));
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] { setLanguage(m_languageBox->currentData().toString()); });

    m_paperBox = new QComboBox(this);
    m_paperBox->setObjectName(QStringLiteral("reportPaper"));
    m_paperBox->addItem(tr("A4"), QVariant::fromValue(int(ReportPrinter::Paper::A4)));
    m_paperBox->addItem(tr("Letter"), QVariant::fromValue(int(ReportPrinter::Paper::Letter)));
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paperBox);
    connect(m_paperBox, &QComboBox::currentIndexChanged, this,
            [this] { setPaper(static_cast<ReportPrinter::Paper>(m_paperBox->currentData().toInt())); });

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
    QToolButton *fit = zoomButton(tr("Fit width"), tr("Fit the page width"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(fit, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));

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
    QPushButton *printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setShortcut(QKeySequence::Print);
    printButton->setToolTip(tr("Print the report on a printer (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    QPushButton *pdfButton = buttons->addButton(tr("Export P&DF\u2026"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    pdfButton->setToolTip(tr("Save the report as a PDF file to hand to the customer"));
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::exportPdfInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().height();
    resize(em * 50, em * 48);
    m_preview->fitToWidth();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setPlan(const CommissioningPlan &plan)
{
    m_plan = plan;
    m_preview->updatePreview();
}

void ReportDialog::setLanguage(const QString &language)
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
    m_preview->updatePreview();
}

void ReportDialog::setPaper(ReportPrinter::Paper paper)
{
    if (paper == m_paper)
        return;
    m_paper = paper;
    {
        const QSignalBlocker block(m_paperBox);
        m_paperBox->setCurrentIndex(paper == ReportPrinter::Paper::A4 ? 0 : 1);
    }
    applyPaper(m_printer.get());
    m_preview->updatePreview();
}

void ReportDialog::applyPaper(QPrinter *printer) const
{
    // The same page as `bankscope-cli report` writes (ReportPrinter::writePdf).
    printer->setPageSize(QPageSize(m_paper == ReportPrinter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    printer->setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
}

QString ReportDialog::html() const
{
    const ReportTranslation translation(m_language);
    ReportBuilder::Options options;
    options.language = translation.isLoaded() ? m_language : QStringLiteral("en");
    options.generatedAt = m_now().toUTC().toString(Qt::ISODate);
    options.generator = generator();
    return ReportBuilder::html(m_plan, options);
}

ReportPrinter::Options ReportDialog::printOptions() const
{
    const ReportTranslation translation(m_language);
    ReportPrinter::Options options;
    options.paper = m_paper;
    options.title = ReportBuilder::title(m_plan);
    options.footer = generator();
    return options;
}

void ReportDialog::paint(QPrinter *printer)
{
    const QString text = html();
    const ReportPrinter::Options options = printOptions();
    const ReportTranslation translation(m_language); // the footer's "page n of m"
    m_pages = ReportPrinter::render(text, printer, options);
    m_status->setText(tr("%n page(s)", nullptr, m_pages));
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    applyPaper(&printer);
    printer.setDocName(ReportBuilder::title(m_plan));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the commissioning report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(&printer);
}

QString ReportDialog::generator()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("BankScope") : QStringLiteral("BankScope %1").arg(version);
}

QString ReportDialog::pdfFolder(const AppSettings *settings)
{
    const QString folder = settings ? settings->planFolder() : QString();
    return folder.isEmpty() || !QDir(folder).exists() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

QString ReportDialog::fileStem(const QString &site)
{
    QString name = site.trimmed();
    static const QString kForbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (kForbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    return name;
}

QString ReportDialog::suggestedPdfPath() const
{
    const QString name = fileStem(m_plan.site);
    const QString file = name.isEmpty() ? tr("commissioning report.pdf") : tr("%1 commissioning report.pdf").arg(name);
    return QDir(pdfFolder(m_settings)).filePath(file);
}

bool ReportDialog::exportPdf(const QString &path, QString *error, int *pages)
{
    const QString text = html();
    const ReportPrinter::Options options = printOptions();
    const ReportTranslation translation(m_language);
    int n = 0;
    if (!ReportPrinter::writePdf(text, path, options, error, &n))
        return false;
    if (pages)
        *pages = n;
    return true;
}

void ReportDialog::exportPdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"), suggestedPdfPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    int pages = 0;
    if (!exportPdf(path, &error, &pages)) {
        QMessageBox::warning(this, tr("Export PDF"), tr("The report could not be written to %1: %2").arg(path, error));
        return;
    }
    m_status->setText(tr("Saved %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
}
