#include "summarypage.h"

#include "commissioningwizard.h"
#include "planner.h"

#include <QCheckBox>
#include <QDateTime>
#include <QSet>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

const QString kHandover = QStringLiteral("handover");

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "2025-03-14T08:00:32Z" -> "2025-03-14 08:00 UTC", as the report writes it.
QString when(const QString &iso)
{
    const QDateTime d = QDateTime::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

} // namespace

SummaryPage::SummaryPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_customer(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_report(new QPushButton(tr("&Preview, print or export the report\u2026"), this))
    , m_problem(new QLabel(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::SummaryId, tr("Summary and sign-off")));
    setSubTitle(tr("Check what is still open, hand the bank over and print the signed report. Finish saves the plan."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("Summary of the plan"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("the site owner or their representative"));
    m_date->setObjectName(QStringLiteral("handoverDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_report->setObjectName(QStringLiteral("previewReport"));
    m_problem->setWordWrap(true);
    connect(m_report, &QPushButton::clicked, this, [this] {
        recordHandover();
        m_wizard->showReport();
    });

    auto *signoff = new QGroupBox(tr("Hand-over"), this);
    auto *form = new QFormLayout(signoff);
    form->addRow(tr("Handed over &to:"), m_customer);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_confirm);
    auto *signatures = new QLabel(tr("The report carries signature lines for the installer and the customer: sign the printed copy."), signoff);
    signatures->setWordWrap(true);
    form->addRow(QString(), signatures);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_report);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(signoff);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
}

QStringList SummaryPage::openItems() const
{
    const CommissioningPlan &p = m_wizard->plan();
    QStringList open;
    if (!p.isolationOrder.isSet())
        open.append(tr("No isolation order: enter this site's own on the first step (the failover card is not printed without one)."));
    if (!p.powerUpOrder.isSet())
        open.append(tr("No power-up order: enter this site's own on the first step."));
    if (p.phone.trimmed().isEmpty())
        open.append(tr("No contact phone: the site owner needs a number to call."));
    if (p.checks.isEmpty()) {
        open.append(tr("Not verified: the report will say the bank was not verified with BankScope."));
    } else {
        int failed = 0;
        int warnings = 0;
        int notMeasured = 0;
        QSet<QString> byHand;
        for (const ManualCheck &m : p.manualChecks)
            byHand.insert(m.check);
        for (const PlanCheck &c : p.checks) {
            failed += c.status == CheckStatus::Fail;
            warnings += c.status == CheckStatus::Warning && !byHand.contains(QStringLiteral("%1: %2").arg(c.check, c.subject));
            notMeasured += c.status == CheckStatus::NotMeasured && !byHand.contains(QStringLiteral("%1: %2").arg(c.check, c.subject));
        }
        if (failed > 0)
            open.append(tr("%n check(s) failed: put them right and verify again before handing over.", nullptr, failed));
        if (warnings > 0)
            open.append(tr("%n warning(s): read their next steps on the verification step and note what you did.", nullptr, warnings));
        if (notMeasured > 0)
            open.append(tr("%n check(s) not measured and not checked by hand.", nullptr, notMeasured));
    }
    if (!p.inverter.commLossSettingName.isEmpty() && p.inverter.commLossSettingValue.isEmpty())
        open.append(tr("%1 not recorded: decide it and record it on the inverter settings step.").arg(p.inverter.commLossSettingName));
    return open;
}

QString SummaryPage::summaryHtml() const
{
    const CommissioningPlan &p = m_wizard->plan();
    QString html;
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    html += QStringLiteral("<table>");
    row(tr("Site"), p.siteAddress.isEmpty() ? p.site : tr("%1, %2").arg(p.site, p.siteAddress));
    row(tr("Installer"), p.company.isEmpty() ? p.installer : tr("%1, %2").arg(p.installer, p.company));
    row(tr("Contact phone"), p.phone.isEmpty() ? tr("not entered") : p.phone);
    QString firmware = p.inverter.firmware.isEmpty() ? tr("firmware not entered") : tr("firmware %1").arg(p.inverter.firmware);
    if (p.inverter.releaseNotesChecked)
        firmware += tr(", release notes checked");
    row(tr("Inverter"), tr("%1 (%2)").arg(p.inverter.model.name, firmware));
    QStringList batteries;
    for (const PlanBattery &b : p.batteries)
        batteries.append(tr("%1 \u00d7 %2").arg(b.count).arg(b.model.name));
    row(tr("Batteries"), batteries.join(QStringLiteral(", ")));
    row(tr("Architecture"), tr("%1; %2").arg(ArchitectureNames::label(p.architecture), PlanNames::topologyLabel(p.topology)));
    row(tr("Master"), p.masters().isEmpty() ? tr("none (every BMS talks to the GX)") : p.masters().join(QStringLiteral(", ")));
    if (p.checks.isEmpty()) {
        row(tr("Verification"), tr("not run"));
    } else {
        int counts[7] = {};
        for (const PlanCheck &c : p.checks)
            counts[static_cast<int>(c.status)] += 1;
        row(tr("Verification"), tr("%1 passed, %2 failed, %3 warnings, %4 not measured (recorded %5)")
                                    .arg(counts[int(CheckStatus::Pass)])
                                    .arg(counts[int(CheckStatus::Fail)])
                                    .arg(counts[int(CheckStatus::Warning)])
                                    .arg(counts[int(CheckStatus::NotMeasured)])
                                    .arg(when(p.checks.first().at)));
    }
    row(tr("Checked by hand"), tr("%n check(s)", nullptr, int(p.manualChecks.size())));
    if (p.handover)
        row(tr("Readings at hand-over"), tr("%n unit(s), read %1", nullptr, int(p.handover->packs.size())).arg(when(p.handover->at)));
    html += QStringLiteral("</table>");
    const QStringList open = openItems();
    if (open.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("\u2714 Nothing open.")));
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Still open:")));
        for (const QString &o : open)
            html += QStringLiteral("<li>%1</li>").arg(esc(o));
        html += QStringLiteral("</ul>");
    }
    return html;
}

void SummaryPage::initializePage()
{
    m_summary->setHtml(summaryHtml());
    const CommissioningPlan &p = m_wizard->plan();
    m_confirm->setText(p.installer.isEmpty() ? tr("The installer confirms the bank was installed and commissioned as recorded in the plan")
                                             : tr("I, %1, confirm the bank was installed and commissioned as recorded in the plan").arg(p.installer));
    const ManualCheck *handover = m_wizard->manualCheck(kHandover);
    const QSignalBlocker block(m_confirm);
    m_confirm->setChecked(handover != nullptr);
    if (m_date->date() == QDate(2000, 1, 1) || !handover)
        m_date->setDate(m_wizard->now().toLocalTime().date());
}

void SummaryPage::recordHandover()
{
    if (!m_confirm->isChecked()) {
        m_wizard->removeManualCheck(kHandover);
        return;
    }
    const QString customer = m_customer->text().trimmed();
    const QString date = m_date->date().toString(Qt::ISODate);
    m_wizard->recordManualCheck(kHandover, CheckStatus::RecordedByHand,
                                customer.isEmpty() ? tr("Handed over on %1; the installer confirms the bank was installed and commissioned as recorded.").arg(date)
                                                   : tr("Handed over to %1 on %2; the installer confirms the bank was installed and commissioned as recorded.")
                                                         .arg(customer, date));
}

bool SummaryPage::validatePage()
{
    recordHandover();
    if (!m_wizard->save()) {
        m_problem->setText(tr("The plan is not saved yet: save it to finish."));
        return false;
    }
    return true;
}
