#include "architecturepage.h"

#include "commissioningwizard.h"
#include "factlabel.h"
#include "planner.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// The planner notes that explain the architecture and the cabling choice.
const QStringList kArchitectureNotes{
    QStringLiteral("safe-topology-firmware"), QStringLiteral("multi-drop-confirmed"), QStringLiteral("safe-topology-one-bms"),
    QStringLiteral("gx-port-per-bms"),        QStringLiteral("battery-not-in-catalogue"), QStringLiteral("inverter-not-in-catalogue"),
    QStringLiteral("hv-installer-only"),      QStringLiteral("bmu-configuration"),       QStringLiteral("mixed-head"),
    QStringLiteral("mixed-head-unknown"),     QStringLiteral("groups-split"),            QStringLiteral("multi-group-hub"),
    QStringLiteral("units-over-limit"),       QStringLiteral("units-per-group-uncertain"), QStringLiteral("units-per-group-unknown"),
};

} // namespace

ArchitecturePage::ArchitecturePage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_architecture(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_topology(new QLabel(this))
    , m_standIn(new QLabel(this))
    , m_notes(new QVBoxLayout)
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::ArchitectureId, tr("The architecture")));
    setSubTitle(tr("Derived from the batteries and the inverter: who talks to the inverter, and what it will and will not know."));
    m_architecture->setObjectName(QStringLiteral("architecture"));
    QFont big = m_architecture->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_architecture->setFont(big);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_topology->setObjectName(QStringLiteral("topology"));
    m_standIn->setObjectName(QStringLiteral("standIn"));
    for (QLabel *l : {m_architecture, m_summary, m_topology, m_standIn}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *why = new QGroupBox(tr("Why, and what to know"), this);
    why->setLayout(m_notes);

    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addWidget(m_architecture);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_topology);
    layout->addWidget(m_standIn);
    layout->addWidget(why);
    layout->addStretch(1);
}

QString ArchitecturePage::architectureText() const
{
    return m_architecture->text();
}

QString ArchitecturePage::summaryText() const
{
    return m_summary->text();
}

QString ArchitecturePage::topologyText() const
{
    return m_topology->text();
}

void ArchitecturePage::initializePage()
{
    const CommissioningPlan &p = m_wizard->plan();
    m_architecture->setText(ArchitectureNames::label(p.architecture));
    m_summary->setText(Planner::architectureSummary(p));
    QString cabling;
    switch (p.topology) {
    case Topology::MasterCable:
        cabling = tr("One cable from the inverter to the master; the other units behind it on their own link, or monitored separately.");
        break;
    case Topology::MultiDrop:
        cabling = tr("Every BMS on the inverter's bus, each at its own address: the inverter polls them all.");
        break;
    case Topology::AggregatorPorts:
        cabling = tr("Every BMS on its own CAN port of the GX; the GX combines them and talks to the inverter.");
        break;
    }
    m_topology->setText(tr("Cabling: %1").arg(cabling));
    QStringList standIns;
    for (const StandIn &s : p.standIns)
        standIns.append(s.pack.isEmpty() ? tr("for %1: %2").arg(s.master, Planner::standInReason(s))
                                         : tr("for %1: %2, %3").arg(s.master, s.pack, Planner::standInReason(s)));
    m_standIn->setText(standIns.isEmpty() ? tr("Stand-in master: none needed, every BMS talks to the GX itself.")
                                          : tr("Stand-in master if the master fails: %1.").arg(standIns.join(QStringLiteral("; "))));

    while (QLayoutItem *item = m_notes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_codes.clear();
    for (const PlanNote &n : p.notes) {
        if (!kArchitectureNotes.contains(n.code))
            continue;
        auto *l = new FactLabel(this);
        l->setObjectName(QStringLiteral("note-") + n.code);
        l->setNote(n);
        m_notes->addWidget(l);
        m_codes.append(n.code);
    }
    // A bank that could run multi-drop on a firmware-dependent inverter: say how to get it.
    if (m_codes.contains(QStringLiteral("safe-topology-firmware"))) {
        auto *how = new QLabel(tr("To plan every BMS on the inverter's bus instead, go Back to the firmware step: enter the version and confirm "
                                  "that its release notes were checked."),
                               this);
        how->setObjectName(QStringLiteral("howToMultiDrop"));
        how->setWordWrap(true);
        m_notes->addWidget(how);
    }
    if (m_codes.isEmpty())
        m_notes->addWidget(new QLabel(tr("No further notes on the architecture; the master and its switches are on the next step."), this));
}
