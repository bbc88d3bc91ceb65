#include "supportbundledialog.h"

#include "appsettings.h"
#include "bankmonitor.h"
#include "catalogue.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

SupportBundleDialog::SupportBundleDialog(const BankMonitor &monitor, const QStringList &recordings, const QString &source,
                                         const Catalogue *catalogue, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_recordings(recordings)
    , m_source(source)
    , m_catalogue(catalogue)
    , m_settings(settings)
{
    setWindowTitle(tr("Save a support bundle"));
    setObjectName(QStringLiteral("supportBundleDialog"));

    auto *intro = new QLabel(tr("One ZIP file with what a battery or inverter maker's service desk asks for. It is saved on "
                                "this computer only: nothing is sent anywhere, you choose whom to give it to."),
                             this);
    intro->setWordWrap(true);
    m_contents = new QLabel(this);
    m_contents->setObjectName(QStringLiteral("bundleContents"));
    m_contents->setWordWrap(true);
    m_contents->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_planEdit = new QLineEdit(this);
    m_planEdit->setReadOnly(true);
    m_planEdit->setPlaceholderText(catalogue ? tr("none (optional: the site's commissioning plan)") : tr("not available"));
    m_planEdit->setAccessibleName(tr("Commissioning plan"));
    auto *planButton = new QPushButton(tr("&Plan\u2026"), this);
    planButton->setToolTip(tr("Add the site's commissioning plan: its serial numbers and firmware go into the firmware table"));
    planButton->setEnabled(catalogue != nullptr);
    connect(planButton, &QPushButton::clicked, this, &SupportBundleDialog::choosePlan);
    auto *clearPlan = new QPushButton(tr("&No plan"), this);
    connect(clearPlan, &QPushButton::clicked, this, [this] {
        m_plan.reset();
        m_planPath.clear();
        m_planEdit->clear();
        updateContents();
    });
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planEdit, 1);
    planRow->addWidget(planButton);
    planRow->addWidget(clearPlan);

    m_outputEdit = new QLineEdit(this);
    m_outputEdit->setReadOnly(true);
    m_outputEdit->setAccessibleName(tr("Save to"));
    auto *outputButton = new QPushButton(tr("C&hange\u2026"), this);
    connect(outputButton, &QPushButton::clicked, this, &SupportBundleDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputEdit, 1);
    outputRow->addWidget(outputButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Plan:"), planRow);
    form->addRow(tr("Save to:"), outputRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_contents);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // A new name in the documents folder: the bundle of a moment is never written over another.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    QString path = QDir(folder).filePath(QStringLiteral("bankscope-support-%1.zip").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("bankscope-support-%1-%2.zip").arg(stamp).arg(n));
    setOutputPath(path);
    updateContents();
    resize(640, sizeHint().height());
}

QString SupportBundleDialog::choose(FileChoice choice, const QString &suggested)
{
    if (m_choose)
        return m_choose(choice, suggested);
    if (choice == FileChoice::Plan)
        return QFileDialog::getOpenFileName(this, tr("Add a commissioning plan"), suggested, tr("Commissioning plans (*.json)"));
    return QFileDialog::getSaveFileName(this, tr("Save the support bundle"), suggested, tr("ZIP files (*.zip)"));
}

void SupportBundleDialog::choosePlan()
{
    const QString folder = m_settings && !m_settings->planFolder().isEmpty()
        ? m_settings->planFolder()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = choose(FileChoice::Plan, folder);
    if (!path.isEmpty())
        setPlanPath(path);
}

void SupportBundleDialog::chooseOutput()
{
    QString path = choose(FileChoice::Bundle, m_outputPath);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    setOutputPath(path);
}

bool SupportBundleDialog::setPlanPath(const QString &path)
{
    if (!m_catalogue)
        return false;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        const auto plan = PlanJson::parse(file.read(4 * 1024 * 1024), *m_catalogue);
        if (plan) {
            m_plan = *plan;
            m_planPath = path;
            m_planEdit->setText(QDir::toNativeSeparators(path));
            updateContents();
            return true;
        }
        error = tr("This plan cannot be opened:\n%1: %2").arg(QDir::toNativeSeparators(path), plan.error().toString());
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save a support bundle"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void SupportBundleDialog::setOutputPath(const QString &path)
{
    m_outputPath = path;
    m_outputEdit->setText(QDir::toNativeSeparators(path));
    m_save->setEnabled(!path.isEmpty());
}

QString SupportBundleDialog::contentsText() const
{
    QStringList items;
    items.append(tr("The bank as it is now (%1): findings, every pack's condition, %n event(s) and alarm(s) with their "
                    "freeze-frames, the firmware table, each pack's cell voltages, what the inverter is told.",
                    nullptr, int(m_monitor.events().events().size()))
                     .arg(m_source.isEmpty() ? tr("the window's bank") : m_source));
    if (m_recordings.isEmpty()) {
        items.append(tr("No recording: nothing is being recorded or replayed (File > Record\u2026 makes one)."));
    } else {
        for (const QString &r : m_recordings)
            items.append(tr("The recording %1 (%2), byte for byte, as far as it is written now.")
                             .arg(QFileInfo(r).fileName(), SupportBundle::sizeText(QFileInfo(r).size())));
    }
    items.append(m_plan ? tr("The commissioning plan of %1.").arg(m_plan->site.isEmpty() ? QFileInfo(m_planPath).fileName() : m_plan->site)
                        : tr("No commissioning plan (optional)."));
    items.append(tr("BankScope's version, the date and the operating system; no user or computer name."));
    QString html = QStringLiteral("<p>%1</p><ul>").arg(tr("It will hold:").toHtmlEscaped());
    for (const QString &i : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void SupportBundleDialog::updateContents()
{
    m_contents->setText(contentsText());
}

QList<SupportBundleFile> SupportBundleDialog::save()
{
    if (m_outputPath.isEmpty())
        return {};
    SupportBundleInput in;
    in.generator = QStringLiteral("BankScope %1").arg(QCoreApplication::applicationVersion());
    in.created = QDateTime::currentDateTimeUtc();
    in.planPath = m_plan ? m_planPath : QString();
    in.plan = m_plan ? &*m_plan : nullptr;
    in.recordings = m_recordings;
    in.monitor = &m_monitor;
    in.source = m_source;
    // A long recording takes a few seconds to compress: the wait is shown.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = SupportBundle::write(in, m_outputPath);
    QApplication::restoreOverrideCursor();
    if (!written) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save a support bundle"),
                                    tr("The support bundle was not saved: %1").arg(written.error()), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    }
    QStringList lines;
    for (const SupportBundleFile &f : *written)
        lines.append(f.size < 0 ? QStringLiteral("%1 \u2014 %2").arg(f.name, f.description)
                                : QStringLiteral("%1 (%2) \u2014 %3").arg(f.name, SupportBundle::sizeText(f.size), f.description));
    // Shown by the window once this dialog has closed.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Support bundle saved"),
                                tr("%1 is saved (%2). Nothing was sent anywhere.")
                                    .arg(QDir::toNativeSeparators(m_outputPath), SupportBundle::sizeText(QFileInfo(m_outputPath).size())),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("supportBundleSaved"));
    box->setInformativeText(tr("It holds:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    accept();
    return *written;
}
