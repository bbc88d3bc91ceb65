#include "invertersettingspage.h"

#include "commissioningwizard.h"
#include "factlabel.h"
#include "planner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString hexId(quint32 id)
{
    return QStringLiteral("0x") + QString::number(id, 16).toUpper();
}

} // namespace

InverterSettingsPage::InverterSettingsPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_menu(new FactLabel(this))
    , m_setting(new FactLabel(this))
    , m_batteryPort(new FactLabel(this))
    , m_link(new QLabel(this))
    , m_wire(new FactLabel(this))
    , m_commLoss(new FactLabel(this))
    , m_commLossName(new QLabel(this))
    , m_commLossWhere(new FactLabel(this))
    , m_commLossValue(new QComboBox(this))
    , m_made(new QCheckBox(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::InverterSettingsId, tr("Inverter settings")));
    setSubTitle(tr("Where to go in the inverter's menu and what to select, and what to set on the battery's port."));
    m_menu->setObjectName(QStringLiteral("menuPath"));
    m_setting->setObjectName(QStringLiteral("settingValue"));
    m_batteryPort->setObjectName(QStringLiteral("batteryPort"));
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setWordWrap(true);
    m_wire->setObjectName(QStringLiteral("wire"));
    m_commLoss->setObjectName(QStringLiteral("commLoss"));
    m_commLossValue->setObjectName(QStringLiteral("commLossValue"));
    m_commLossValue->addItem(tr("not recorded"), QString());
    m_commLossValue->addItem(tr("On"), QStringLiteral("on"));
    m_commLossValue->addItem(tr("Off"), QStringLiteral("off"));
    m_made->setObjectName(QStringLiteral("settingsMade"));
    m_made->setText(tr("Set on the inverter (and on the battery's port in the vendor's app) as above"));
    connect(m_made, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_wizard->recordManualCheck(QStringLiteral("inverter-setting"), CheckStatus::RecordedByHand, m_made->text());
        else
            m_wizard->removeManualCheck(QStringLiteral("inverter-setting"));
    });

    auto *inverter = new QGroupBox(tr("On the inverter"), this);
    auto *form = new QFormLayout(inverter);
    form->addRow(tr("Menu path:"), m_menu);
    form->addRow(tr("Select:"), m_setting);
    form->addRow(tr("Link:"), m_link);
    form->addRow(tr("It expects:"), m_wire);

    auto *battery = new QGroupBox(tr("On the battery's port"), this);
    auto *batteryLayout = new QVBoxLayout(battery);
    batteryLayout->addWidget(m_batteryPort);
    auto *noWrite = new QLabel(tr("BankScope writes no BMS setting: what this asks for on the battery, set in the vendor's app."), battery);
    noWrite->setWordWrap(true);
    batteryLayout->addWidget(noWrite);

    auto *loss = new QGroupBox(tr("When BMS data stops"), this);
    auto *lossForm = new QFormLayout(loss);
    lossForm->addRow(tr("The inverter:"), m_commLoss);
    lossForm->addRow(m_commLossName, m_commLossWhere);
    lossForm->addRow(tr("Set on this site to:"), m_commLossValue);

    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addWidget(inverter);
    layout->addWidget(battery);
    layout->addWidget(loss);
    layout->addWidget(m_made);
    layout->addStretch(1);
}

QString InverterSettingsPage::wireText() const
{
    return m_wire->text();
}

void InverterSettingsPage::initializePage()
{
    const CommissioningPlan &plan = m_wizard->plan();
    const PlanInverter &inv = plan.inverter;
    const Catalogue &catalogue = m_wizard->catalogue();
    const InverterModel *model = inv.model.inCatalogue() ? catalogue.inverter(inv.model.id) : nullptr;

    m_menu->setFact(inv.menuPath);
    m_setting->setFact(inv.setting);
    m_batteryPort->setFact(inv.batteryPortSetting);
    m_commLoss->setFact(inv.commLoss);
    const PlanLink *link = nullptr;
    for (const PlanLink &l : plan.links)
        if (l.id == QLatin1String("inverter") || (!link && l.kind == QLatin1String("inverter")))
            link = &l;
    m_link->setText(link ? tr("%1, from %2 to %3").arg(Planner::linkText(*link), link->from, link->to)
                         : tr("unknown \u2014 see the inverter's manual"));

    // The frames it needs, and its keep-alive, for the protocol the plan chose.
    const WireProfile *wire = model && !inv.bmsProtocol.isEmpty() ? model->wireProfile(inv.bmsProtocol) : nullptr;
    if (!wire) {
        PlanFact unknown = model ? PlanFact() : PlanFact::notInCatalogue();
        if (model) {
            unknown.unknown = Unknown::NotFound;
            unknown.mark = QStringLiteral("?");
        }
        m_wire->setFact(unknown);
    } else {
        QStringList frames;
        Confidence weakest = Confidence::Documented;
        QList<SourceRef> sources;
        for (const FrameRequirement &r : wire->frames) {
            QString f = hexId(r.ids.value(0));
            if (r.cycleS)
                f += tr(" every %1 s").arg(*r.cycleS);
            frames.append(f);
            weakest = ConfidenceNames::weakest(weakest, r.fact.confidence);
            for (const QString &s : r.fact.sources) {
                const CatalogueSource *cs = catalogue.source(s);
                const SourceRef ref{s, cs ? cs->title : s, cs ? cs->where : QString()};
                if (!sources.contains(ref))
                    sources.append(ref);
            }
        }
        QString keepAlive;
        if (!wire->keepAlive)
            keepAlive = tr("whether it sends a keep-alive is not in the sources");
        else if (wire->keepAlive->mode == KeepAlive::Mode::None)
            keepAlive = tr("it sends no keep-alive");
        else if (wire->keepAlive->mode == KeepAlive::Mode::AnswersTo0x356)
            keepAlive = tr("its keep-alive %1 answers each 0x356").arg(hexId(wire->keepAlive->id));
        else
            keepAlive = tr("its keep-alive %1 is periodic").arg(hexId(wire->keepAlive->id));
        m_wire->setStatement(tr("%1; %2.").arg(frames.join(QStringLiteral(", ")), keepAlive), weakest, sources, wire->keepAliveFact.note);
    }

    const bool hasSetting = !inv.commLossSettingName.isEmpty();
    m_commLossName->setVisible(hasSetting);
    m_commLossWhere->setVisible(hasSetting);
    m_commLossValue->setEnabled(hasSetting);
    if (hasSetting && model && model->commLossSetting) {
        m_commLossName->setText(QStringLiteral("%1:").arg(inv.commLossSettingName));
        PlanFact where = PlanFact::from(model->commLossSetting->where, catalogue);
        PlanFact effect = PlanFact::from(model->commLossSetting->effect, catalogue);
        if (where.known() && effect.known()) {
            where.text = tr("%1. %2 Decide it deliberately: it decides whether losing the master stops this site.").arg(where.text, effect.text);
            where.confidence = ConfidenceNames::weakest(where.confidence, effect.confidence);
            where.sources += effect.sources;
        }
        m_commLossWhere->setFact(where);
    }
    m_commLossValue->setCurrentIndex(std::max(0, m_commLossValue->findData(inv.commLossSettingValue)));
    const QSignalBlocker block(m_made);
    m_made->setChecked(m_wizard->manualCheck(QStringLiteral("inverter-setting")));
}

bool InverterSettingsPage::validatePage()
{
    m_wizard->editPlan().inverter.commLossSettingValue = m_commLossValue->isEnabled() ? m_commLossValue->currentData().toString() : QString();
    QString error;
    return m_wizard->applyPlan(&error);
}
