#pragma once

#include "catalogue.h"
#include "commissioningplan.h"

#include <QDateTime>
#include <QWizard>

#include <functional>

class AppSettings;
class BankMonitor;
class LinkActivity;
class VerificationSource;
class SitePage;
class FirmwarePage;
class BatteryPage;
class ArchitecturePage;
class AddressPage;
class CablingPage;
class InverterSettingsPage;
class VerificationPage;
class DrillPage;
class SummaryPage;
class BankSession;
class SessionEvidence;

// The commissioning wizard of issue 21 (HOUSE-STYLE 12): it owns one CommissioningPlan value;
// each page edits its part and validates it, and Planner::apply (core) derives everything else
// (architecture, topology under the firmware rule, addresses, DIP positions, stand-ins, cabling,
// inverter settings) whenever a page changed an input. Pages in the order: site and
// inverter → inverter firmware → batteries → architecture → master and addresses → cabling →
// inverter settings → live verification → failover drill → summary and sign-off. The plan is saved and reopened as
// JSON (PlanJson, the CLI's format; the folder is remembered in AppSettings); the report is
// previewed, printed and exported from any page. Non-modal, so the window's pages stay in reach
// during verification. GUI thread; does not own the catalogue, the settings or the source.
class CommissioningWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SiteId,
        FirmwareId,
        BatteryId,
        ArchitectureId,
        AddressId,
        CablingId,
        InverterSettingsId,
        VerificationId,
        DrillId,
        SummaryId
    };
    static constexpr int kPageCount = 10;

    // `settings` and `source` may be null (no remembered folder; no live verification).
    CommissioningWizard(const Catalogue &catalogue, AppSettings *settings, VerificationSource *source, QWidget *parent = nullptr);
    ~CommissioningWizard() override;

    // The entry point from the window: one wizard per window (a second call raises the first),
    // verifying against the window's live bank; deleted when closed.
    // `session` (may be null): the window's live session the failover drill listens on.
    // `evidence` (may be null): the session's evidence (serial numbers read at scan time, the
    // passive scan, the names on CAN); when given, live verification reads it
    // (SessionVerificationSource) instead of the monitor alone.
    static CommissioningWizard *open(QWidget *parent, const Catalogue &catalogue, AppSettings *settings, const BankMonitor &monitor,
                                     const LinkActivity *activity, BankSession *session = nullptr, SessionEvidence *evidence = nullptr);

    const Catalogue &catalogue() const { return m_catalogue; }
    AppSettings *settings() const { return m_settings; }
    VerificationSource *source() const { return m_source; }
    // The session the failover drill listens on (not owned; null: no drill).
    void setDrillSession(BankSession *session) { m_drillSession = session; }
    BankSession *drillSession() const { return m_drillSession; }

    const CommissioningPlan &plan() const { return m_plan; }
    // Pages edit the plan in place, then call applyPlan().
    CommissioningPlan &editPlan() { return m_plan; }
    // Replaces the plan (a reopened one) and starts again at the first page.
    void setPlan(const CommissioningPlan &plan, const QString &path = QString());
    // Re-derives the plan from its inputs (Planner::apply). False with the error (the field named)
    // when the inputs do not make a plan; the plan is then unchanged.
    bool applyPlan(QString *error = nullptr);

    QString planPath() const { return m_path; }
    bool isModified() const { return !(m_plan == m_saved); }
    // Writes the plan (JSON); false and `error` set when the plan is not valid yet or the file
    // cannot be written. Remembers the folder.
    bool savePlan(const QString &path, QString *error = nullptr);
    // Reads a plan; false and `error` (file and field) when it cannot be used.
    bool openPlan(const QString &path, QString *error = nullptr);

    // "Now" for time stamps (plan created, checks recorded, sign-off): the wall clock unless set.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now(); }
    // Whether closing with unsaved changes asks first (on by default).
    void setAskBeforeDiscarding(bool ask) { m_askBeforeDiscarding = ask; }

    // Records (or, with an empty note, removes) a check done by hand: the installer's name, now.
    void recordManualCheck(const QString &check, CheckStatus status, const QString &note, const QString &photo = QString());
    void removeManualCheck(const QString &check);
    const ManualCheck *manualCheck(const QString &check) const;

    SitePage *sitePage() const { return m_sitePage; }
    FirmwarePage *firmwarePage() const { return m_firmwarePage; }
    BatteryPage *batteryPage() const { return m_batteryPage; }
    ArchitecturePage *architecturePage() const { return m_architecturePage; }
    AddressPage *addressPage() const { return m_addressPage; }
    CablingPage *cablingPage() const { return m_cablingPage; }
    InverterSettingsPage *inverterSettingsPage() const { return m_inverterSettingsPage; }
    VerificationPage *verificationPage() const { return m_verificationPage; }
    DrillPage *drillPage() const { return m_drillPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    // "Step 3 of 9": shown with each page's title.
    static QString stepTitle(int id, const QString &title);
    // Lays a page out as a scroll area and returns the widget to fill: no page is ever squeezed
    // on a small screen or at 200 %, it scrolls instead.
    static QWidget *scrollableContent(QWizardPage *page);

public Q_SLOTS:
    // Asks for a file where needed; the wizard's Save, Open and Report buttons.
    bool save();
    bool saveAs();
    void openInteractively();
    void showReport();

Q_SIGNALS:
    void planChanged();

protected:
    void done(int result) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateTitle();
    QString planFolder() const;

    const Catalogue &m_catalogue;
    AppSettings *m_settings;
    VerificationSource *m_source;
    CommissioningPlan m_plan;
    CommissioningPlan m_saved;
    QString m_path;
    std::function<QDateTime()> m_now;
    bool m_askBeforeDiscarding = true;
    bool m_sized = false;

    SitePage *m_sitePage;
    FirmwarePage *m_firmwarePage;
    BatteryPage *m_batteryPage;
    ArchitecturePage *m_architecturePage;
    AddressPage *m_addressPage;
    CablingPage *m_cablingPage;
    InverterSettingsPage *m_inverterSettingsPage;
    VerificationPage *m_verificationPage;
    DrillPage *m_drillPage;
    SummaryPage *m_summaryPage;
    BankSession *m_drillSession = nullptr;
};
