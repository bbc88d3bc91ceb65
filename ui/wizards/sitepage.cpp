#include "sitepage.h"

#include "commissioningwizard.h"
#include "factlabel.h"
#include "ordereditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

const QString kOther = QStringLiteral("other");

} // namespace

SitePage::SitePage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_site(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_installer(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_inverter(new QComboBox(this))
    , m_otherInverter(new QLineEdit(this))
    , m_inverterInfo(new FactLabel(this))
    , m_isolation(new OrderEditor(tr("Isolation order"), this))
    , m_powerUp(new OrderEditor(tr("Power-up order"), this))
    , m_problem(new QLabel(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::SiteId, tr("Site and inverter")));
    setSubTitle(tr("Who commissions which bank where, the inverter, and this site's own isolation and power-up order."));

    m_site->setObjectName(QStringLiteral("site"));
    m_site->setPlaceholderText(tr("e.g. Adeyemi residence, Ibadan"));
    m_address->setObjectName(QStringLiteral("siteAddress"));
    m_installer->setObjectName(QStringLiteral("installer"));
    m_company->setObjectName(QStringLiteral("company"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. +234 803 555 0142"));
    m_phone->setToolTip(tr("The number the site owner calls: it is printed on the report and the failover card."));
    m_inverter->setObjectName(QStringLiteral("inverter"));
    for (const InverterModel &i : wizard->catalogue().inverters())
        m_inverter->addItem(i.name, i.id);
    m_inverter->addItem(tr("Not in the catalogue\u2026"), kOther);
    m_inverter->setCurrentIndex(-1);
    m_inverter->setPlaceholderText(tr("Choose the inverter"));
    m_otherInverter->setObjectName(QStringLiteral("otherInverter"));
    m_otherInverter->setPlaceholderText(tr("Maker and model as on its label"));
    m_otherInverter->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("Site &address:"), m_address);
    form->addRow(tr("&Installer:"), m_installer);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("Contact &phone:"), m_phone);
    form->addRow(tr("In&verter:"), m_inverter);
    form->addRow(tr("Its &name:"), m_otherInverter);
    form->addRow(QString(), m_inverterInfo);

    auto *orders = new QHBoxLayout;
    for (auto [editor, title] : {std::pair{m_isolation, tr("Isolation order (to make the battery safe)")},
                                 std::pair{m_powerUp, tr("Power-up order")}}) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        l->addWidget(editor);
        orders->addWidget(box, 1);
    }
    m_isolation->setObjectName(QStringLiteral("isolationOrder"));
    m_powerUp->setObjectName(QStringLiteral("powerUpOrder"));
    auto *ordersHint = new QLabel(tr("Write the steps as this site needs them, with the label on each breaker. Left empty, the plan takes "
                                     "the maker's order where the catalogue has one; for most banks none exists, and the failover card "
                                     "is not printed without this site's own."),
                                  this);
    ordersHint->setWordWrap(true);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    m_form = form;
    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addLayout(form);
    layout->addWidget(ordersHint);
    layout->addLayout(orders, 1);
    layout->addWidget(m_problem);

    for (QLineEdit *e : {m_site, m_address, m_installer, m_company, m_phone, m_otherInverter})
        connect(e, &QLineEdit::textChanged, this, &SitePage::completeChanged);
    m_form->setRowVisible(m_otherInverter, false);
    connect(m_inverter, &QComboBox::currentIndexChanged, this, [this] {
        const bool other = m_inverter->currentData().toString() == kOther;
        m_otherInverter->setEnabled(other);
        m_form->setRowVisible(m_otherInverter, other);
        updateInverterInfo();
        Q_EMIT completeChanged();
    });
    connect(this, &SitePage::completeChanged, this, [this] { m_problem->setText(problem()); });
}

bool SitePage::selectInverter(const QString &id)
{
    const int i = m_inverter->findData(id);
    if (i < 0)
        return false;
    m_inverter->setCurrentIndex(i);
    return true;
}

void SitePage::initializePage()
{
    const CommissioningPlan &p = m_wizard->plan();
    m_site->setText(p.site);
    m_address->setText(p.siteAddress);
    m_installer->setText(p.installer);
    m_company->setText(p.company);
    m_phone->setText(p.phone);
    if (p.inverter.model.id.isEmpty()) {
        m_inverter->setCurrentIndex(-1);
    } else {
        selectInverter(p.inverter.model.id);
        if (!p.inverter.model.inCatalogue())
            m_otherInverter->setText(p.inverter.model.name);
    }
    m_isolation->setSteps(p.isolationOrder.origin == OrderOrigin::Installer ? p.isolationOrder.steps : QList<OrderStep>());
    m_powerUp->setSteps(p.powerUpOrder.origin == OrderOrigin::Installer ? p.powerUpOrder.steps : QList<OrderStep>());
    updateInverterInfo();
    m_problem->setText(problem());
}

void SitePage::updateInverterInfo()
{
    const QString id = m_inverter->currentData().toString();
    if (id.isEmpty()) {
        m_inverterInfo->clear();
        return;
    }
    if (id == kOther) {
        m_inverterInfo->setFact(PlanFact::notInCatalogue());
        m_inverterInfo->setText(tr("Not in the catalogue: every value BankScope would fill in for it says \u201cunknown \u2014 see its manual\u201d."));
        return;
    }
    const InverterModel *inv = m_wizard->catalogue().inverter(id);
    if (!inv)
        return;
    PlanFact links = PlanFact::from(inv->links, m_wizard->catalogue());
    QStringList media;
    for (const QString &l : inv->links.strings())
        media.append(l == QLatin1String("can") ? QStringLiteral("CAN") : l == QLatin1String("rs485") ? QStringLiteral("RS485") : l);
    links.text = tr("BMS links: %1").arg(media.isEmpty() ? links.display() : media.join(QStringLiteral(", ")));
    links.unknown = Unknown::Known;
    if (inv->rebadges.known())
        links.text += QStringLiteral("; ") + tr("also sold as: %1").arg(inv->rebadges.text());
    m_inverterInfo->setFact(links);
}

QString SitePage::problem() const
{
    if (m_site->text().trimmed().isEmpty())
        return tr("Name the site.");
    if (m_installer->text().trimmed().isEmpty())
        return tr("Enter the installer's name: it goes on the report and its signature line.");
    const QString phone = m_phone->text().trimmed();
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9+ ()./-]*$"));
    if (!phoneChars.match(phone).hasMatch())
        return tr("The phone number holds characters a phone cannot dial: use digits, spaces and + ( ) - / . only.");
    if (m_inverter->currentIndex() < 0)
        return tr("Choose the inverter, or \u201cNot in the catalogue\u201d.");
    if (m_inverter->currentData().toString() == kOther && m_otherInverter->text().trimmed().isEmpty())
        return tr("Name the inverter that is not in the catalogue.");
    return {};
}

bool SitePage::isComplete() const
{
    return problem().isEmpty();
}

bool SitePage::validatePage()
{
    if (!isComplete())
        return false;
    CommissioningPlan &p = m_wizard->editPlan();
    p.site = m_site->text().trimmed();
    p.siteAddress = m_address->text().trimmed();
    p.installer = m_installer->text().trimmed();
    p.company = m_company->text().trimmed();
    p.phone = m_phone->text().trimmed();
    const QString id = m_inverter->currentData().toString();
    const ModelRef inverter = id == kOther ? ModelRef{kOther, m_otherInverter->text().trimmed()}
                                           : ModelRef{id, m_wizard->catalogue().inverter(id)->name};
    if (!(inverter == p.inverter.model)) {
        // Another inverter: its firmware and the release-note confirmation were about the old one.
        p.inverter.model = inverter;
        p.inverter.firmware.clear();
        p.inverter.releaseNotesChecked = false;
        p.inverter.commLossSettingValue.clear();
    }
    auto setOrder = [](PlanOrder &order, const QList<OrderStep> &steps) {
        if (!steps.isEmpty())
            order = PlanOrder{OrderOrigin::Installer, steps, Confidence::Documented, {}, {}};
        else if (order.origin == OrderOrigin::Installer)
            order = PlanOrder{}; // the planner takes the maker's again where there is one
    };
    setOrder(p.isolationOrder, m_isolation->steps());
    setOrder(p.powerUpOrder, m_powerUp->steps());
    QString error;
    if (!m_wizard->applyPlan(&error)) {
        m_problem->setText(error);
        return false;
    }
    return true;
}
