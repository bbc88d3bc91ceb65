#include "commissioningwizard.h"

#include "addresspage.h"
#include "appsettings.h"
#include "architecturepage.h"
#include "batterypage.h"
#include "cablingpage.h"
#include "drillpage.h"
#include "firmwarepage.h"
#include "invertersettingspage.h"
#include "monitorverificationsource.h"
#include "sessionverificationsource.h"
#include "planner.h"
#include "reportdialog.h"
#include "sitepage.h"
#include "summarypage.h"
#include "verificationpage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

// A page's scroll area that keeps its content at least as tall as the content's layout needs at
// the current width (word-wrapped text is taller when narrower): QScrollArea alone resizes a
// resizable widget to the viewport and squeezes it, where it should scroll.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    void fit()
    {
        QWidget *content = widget();
        if (!content || !content->layout() || !content->layout()->hasHeightForWidth())
            return;
        int width = viewport()->width();
        int height = content->layout()->totalHeightForWidth(width);
        if (height > viewport()->height() && !verticalScrollBar()->isVisible())
            height = content->layout()->totalHeightForWidth(width - verticalScrollBar()->sizeHint().width());
        if (content->minimumHeight() != height)
            content->setMinimumHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        fit();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // After the layout has taken the request: the heights are then current.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            QMetaObject::invokeMethod(this, [this] { fit(); }, Qt::QueuedConnection);
        return QScrollArea::eventFilter(watched, event);
    }
};

} // namespace

CommissioningWizard::CommissioningWizard(const Catalogue &catalogue, AppSettings *settings, VerificationSource *source, QWidget *parent)
    : QWizard(parent)
    , m_catalogue(catalogue)
    , m_settings(settings)
    , m_source(source)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_sitePage(new SitePage(this))
    , m_firmwarePage(new FirmwarePage(this))
    , m_batteryPage(new BatteryPage(this))
    , m_architecturePage(new ArchitecturePage(this))
    , m_addressPage(new AddressPage(this))
    , m_cablingPage(new CablingPage(this))
    , m_inverterSettingsPage(new InverterSettingsPage(this))
    , m_verificationPage(new VerificationPage(this))
    , m_drillPage(new DrillPage(this))
    , m_summaryPage(new SummaryPage(this))
{
    setObjectName(QStringLiteral("commissioningWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setOption(QWizard::HaveCustomButton3, true);
    // Qt words its own buttons in few languages (in none of the Nigerian ones): the wizard does.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CustomButton1, tr("&Open plan\u2026"));
    setButtonText(QWizard::CustomButton2, tr("&Save plan"));
    setButtonText(QWizard::CustomButton3, tr("&Report\u2026"));
    button(QWizard::CustomButton1)->setToolTip(tr("Open a plan saved earlier (or made with bankscope-cli plan) to go on with it"));
    button(QWizard::CustomButton2)->setToolTip(tr("Save the plan as it stands (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    button(QWizard::CustomButton2)->setShortcut(QKeySequence::Save);
    button(QWizard::CustomButton3)->setToolTip(tr("Preview, print or export the commissioning report of the plan as it stands"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openPlanButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("savePlanButton"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("reportButton"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openInteractively();
        else if (which == QWizard::CustomButton2)
            save();
        else if (which == QWizard::CustomButton3)
            showReport();
    });

    setPage(SiteId, m_sitePage);
    setPage(FirmwareId, m_firmwarePage);
    setPage(BatteryId, m_batteryPage);
    setPage(ArchitectureId, m_architecturePage);
    setPage(AddressId, m_addressPage);
    setPage(CablingId, m_cablingPage);
    setPage(InverterSettingsId, m_inverterSettingsPage);
    setPage(VerificationId, m_verificationPage);
    setPage(DrillId, m_drillPage);
    setPage(SummaryId, m_summaryPage);
    setStartId(SiteId);

    m_saved = m_plan;
    updateTitle();
    connect(this, &CommissioningWizard::planChanged, this, &CommissioningWizard::updateTitle);
}

void CommissioningWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // Room for the longest page, within the screen: on a small one the pages scroll.
    const int em = fontMetrics().height();
    QSize size(em * 76, em * 56);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 0.94);
    resize(size);
}

QWidget *CommissioningWizard::scrollableContent(QWizardPage *page)
{
    auto *scroll = new PageScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    content->installEventFilter(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return content;
}

CommissioningWizard::~CommissioningWizard() = default;

CommissioningWizard *CommissioningWizard::open(QWidget *parent, const Catalogue &catalogue, AppSettings *settings, const BankMonitor &monitor,
                                               const LinkActivity *activity, BankSession *session, SessionEvidence *evidence)
{
    if (parent) {
        if (auto *existing = parent->findChild<CommissioningWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
            existing->show();
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    VerificationSource *source = evidence ? static_cast<VerificationSource *>(new SessionVerificationSource(*evidence))
                                          : new MonitorVerificationSource(monitor, activity);
    auto *wizard = new CommissioningWizard(catalogue, settings, source, parent);
    wizard->setDrillSession(session);
    source->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowFlag(Qt::Window);
    wizard->show();
    return wizard;
}

QString CommissioningWizard::stepTitle(int id, const QString &title)
{
    return tr("Step %1 of %2: %3").arg(id + 1).arg(kPageCount).arg(title);
}

void CommissioningWizard::updateTitle()
{
    QString title = m_plan.site.isEmpty() ? tr("Commission a bank") : tr("Commission a bank \u2014 %1").arg(m_plan.site);
    if (!m_path.isEmpty())
        title += QStringLiteral(" (%1)").arg(QFileInfo(m_path).fileName());
    if (isModified())
        title += QStringLiteral(" *");
    setWindowTitle(title);
}

void CommissioningWizard::setPlan(const CommissioningPlan &plan, const QString &path)
{
    m_plan = plan;
    m_saved = plan;
    m_path = path;
    restart();
    Q_EMIT planChanged();
}

bool CommissioningWizard::applyPlan(QString *error)
{
    if (m_plan.created.isEmpty())
        m_plan.created = now().toUTC().toString(Qt::ISODate); // when planning began
    if (m_plan.batteries.isEmpty()) {
        Q_EMIT planChanged();
        return true; // nothing to derive before the batteries page
    }
    const auto applied = Planner::apply(m_plan, m_catalogue);
    if (!applied) {
        if (error)
            *error = applied.error().toString();
        return false;
    }
    m_plan = *applied;
    Q_EMIT planChanged();
    return true;
}

void CommissioningWizard::recordManualCheck(const QString &check, CheckStatus status, const QString &note, const QString &photo)
{
    ManualCheck m;
    m.check = check;
    m.status = status;
    m.note = note;
    m.photo = photo;
    m.by = m_plan.installer;
    m.at = now().toUTC().toString(Qt::ISODate);
    for (ManualCheck &existing : m_plan.manualChecks) {
        if (existing.check == check) {
            if (existing.status == m.status && existing.note == m.note && existing.photo == m.photo)
                return; // unchanged: keep when it was recorded
            existing = m;
            Q_EMIT planChanged();
            return;
        }
    }
    m_plan.manualChecks.append(m);
    Q_EMIT planChanged();
}

void CommissioningWizard::removeManualCheck(const QString &check)
{
    const auto removed = m_plan.manualChecks.removeIf([&check](const ManualCheck &m) { return m.check == check; });
    if (removed > 0)
        Q_EMIT planChanged();
}

const ManualCheck *CommissioningWizard::manualCheck(const QString &check) const
{
    for (const ManualCheck &m : m_plan.manualChecks)
        if (m.check == check)
            return &m;
    return nullptr;
}

QString CommissioningWizard::planFolder() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    const QString folder = m_settings ? m_settings->planFolder() : QString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool CommissioningWizard::savePlan(const QString &path, QString *error)
{
    if (const std::optional<PlanJson::Error> invalid = PlanJson::validate(m_plan, m_catalogue)) {
        if (error)
            *error = tr("the plan is not complete yet: %1").arg(invalid->toString());
        return false;
    }
    // Written aside and renamed: a failed write never leaves half a plan over the old one.
    QSaveFile file(path);
    const QByteArray bytes = PlanJson::write(m_plan);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_path = path;
    m_saved = m_plan;
    if (m_settings) {
        m_settings->setPlanFolder(QFileInfo(path).absolutePath());
        m_settings->addRecentFile(QFileInfo(path).absoluteFilePath());
    }
    updateTitle();
    return true;
}

bool CommissioningWizard::openPlan(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const auto plan = PlanJson::parse(file.read(4 * 1024 * 1024), m_catalogue);
    if (!plan) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), plan.error().toString());
        return false;
    }
    if (m_settings)
        m_settings->setPlanFolder(QFileInfo(path).absolutePath());
    setPlan(*plan, path);
    return true;
}

bool CommissioningWizard::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (!savePlan(m_path, &error)) {
        QMessageBox::warning(this, tr("Save plan"), tr("The plan was not saved: %1").arg(error));
        return false;
    }
    return true;
}

bool CommissioningWizard::saveAs()
{
    if (const std::optional<PlanJson::Error> invalid = PlanJson::validate(m_plan, m_catalogue)) {
        QMessageBox::information(this, tr("Save plan"),
                                 tr("The plan can be saved once the batteries are chosen.\n\n%1").arg(invalid->toString()));
        return false;
    }
    QString name = m_plan.site.trimmed();
    for (QChar &c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    const QString suggested = QDir(planFolder()).filePath(name.isEmpty() ? tr("plan.json") : tr("%1 plan.json").arg(name));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the commissioning plan"), suggested, tr("Commissioning plans (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!savePlan(path, &error)) {
        QMessageBox::warning(this, tr("Save plan"), tr("The plan was not saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

void CommissioningWizard::openInteractively()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Open plan"), tr("The plan has changes that are not saved. Open another plan anyway?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a commissioning plan"), planFolder(), tr("Commissioning plans (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openPlan(path, &error))
        QMessageBox::warning(this, tr("Open plan"), tr("This plan cannot be opened:\n%1").arg(error));
}

void CommissioningWizard::showReport()
{
    if (m_plan.batteries.isEmpty()) {
        QMessageBox::information(this, tr("Report"), tr("The report can be made once the batteries are chosen."));
        return;
    }
    auto *dialog = new ReportDialog(m_plan, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_now);
    dialog->open();
}

void CommissioningWizard::done(int result)
{
    if (result == QDialog::Rejected && m_askBeforeDiscarding && isModified() && !m_plan.batteries.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Close the wizard"), tr("Save the changes to this plan before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    if (m_source)
        m_source->cancel();
    QWizard::done(result);
}
