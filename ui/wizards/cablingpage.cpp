#include "cablingpage.h"

#include "commissioningwizard.h"
#include "factlabel.h"
#include "planner.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString kindText(const PlanLink &l)
{
    if (l.kind == QLatin1String("inverter"))
        return QCoreApplication::translate("CablingPage", "To the inverter");
    if (l.kind == QLatin1String("pack-bus"))
        return QCoreApplication::translate("CablingPage", "Between units");
    return l.role == QLatin1String("poll") ? QCoreApplication::translate("CablingPage", "BankScope (polls)")
                                           : QCoreApplication::translate("CablingPage", "BankScope (listens only)");
}

} // namespace

CablingPage::CablingPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_links(new QLabel(this))
    , m_ports(new QVBoxLayout)
    , m_lengthForm(new QFormLayout)
    , m_lengthVerdict(new QLabel(this))
    , m_termination(new QCheckBox(this))
    , m_cableType(new QCheckBox(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::CablingId, tr("Cabling")));
    setSubTitle(tr("Which port to which, the termination, and battery cables of equal length."));

    m_links->setObjectName(QStringLiteral("links"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_links->setAccessibleName(tr("Links of the plan"));

    auto *ports = new QGroupBox(tr("Ports, pin-outs and termination"), this);
    ports->setLayout(m_ports);

    auto *lengths = new QGroupBox(tr("Battery cables"), this);
    auto *lengthsLayout = new QVBoxLayout(lengths);
    auto *why = new QLabel(tr("Packs in parallel share the current in inverse proportion to the resistance of their cable runs: a longer or "
                              "thinner cable, or a loose lug, makes its pack carry less, so the packs drift apart in charge. Where the "
                              "inverter hears one master, that drift becomes an error in the charge it acts on. Cut every pack's cables to "
                              "the same length and cross-section, and torque every lug."),
                           lengths);
    why->setObjectName(QStringLiteral("whyEqualLengths"));
    why->setWordWrap(true);
    lengthsLayout->addWidget(why);
    lengthsLayout->addLayout(m_lengthForm);
    m_lengthVerdict->setObjectName(QStringLiteral("lengthVerdict"));
    m_lengthVerdict->setWordWrap(true);
    lengthsLayout->addWidget(m_lengthVerdict);

    m_termination->setObjectName(QStringLiteral("terminationChecked"));
    m_termination->setText(tr("Termination checked on every bus as above"));
    connect(m_termination, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_wizard->recordManualCheck(QStringLiteral("termination"), CheckStatus::RecordedByHand, m_termination->text());
        else
            m_wizard->removeManualCheck(QStringLiteral("termination"));
    });
    m_cableType->setObjectName(QStringLiteral("cableTypeChecked"));
    connect(m_cableType, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_wizard->recordManualCheck(QStringLiteral("cable-type"), CheckStatus::RecordedByHand, m_cableType->text());
        else
            m_wizard->removeManualCheck(QStringLiteral("cable-type"));
    });

    auto *contentLayout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    contentLayout->addWidget(m_links);
    contentLayout->addWidget(ports);
    contentLayout->addWidget(m_termination);
    contentLayout->addWidget(m_cableType);
    contentLayout->addWidget(lengths);
    contentLayout->addStretch(1);
}

QDoubleSpinBox *CablingPage::lengthBox(const QString &packId) const
{
    for (const auto &[id, box] : m_lengths)
        if (id == packId)
            return box;
    return nullptr;
}

void CablingPage::initializePage()
{
    const CommissioningPlan &plan = m_wizard->plan();
    const Catalogue &catalogue = m_wizard->catalogue();

    // A plain table that wraps: it is read, not edited.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString &h : {tr("Link"), tr("From"), tr("To"), tr("Medium, protocol, speed")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const PlanLink &l : plan.links) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(kindText(l).toHtmlEscaped(), l.from.toHtmlEscaped(), l.to.toHtmlEscaped(), Planner::linkText(l).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_links->setText(html);
    m_linkRows = int(plan.links.size());

    // Ports of the head model, the inverter's pins, termination, cable length.
    while (QLayoutItem *item = m_ports->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const PlanPack *head = plan.packs.isEmpty() ? nullptr : &plan.packs.first();
    const BatteryModel *m = head && head->model.inCatalogue() ? catalogue.battery(head->model.id) : nullptr;
    const InverterModel *inv = plan.inverter.model.inCatalogue() ? catalogue.inverter(plan.inverter.model.id) : nullptr;
    auto addFact = [this](const QString &label, const PlanFact &fact) {
        auto *l = new FactLabel(this);
        l->setFact(fact, label);
        m_ports->addWidget(l);
    };
    if (m) {
        for (const PortInfo &port : m->ports) {
            const QString use = port.use == QLatin1String("inverter") ? tr("to the inverter")
                              : port.use == QLatin1String("pack-bus") ? tr("between units")
                                                                      : tr("service");
            addFact(tr("%1 port %2 (%3)").arg(head->model.name, port.name, use), PlanFact::from(port.pinout, catalogue));
        }
        addFact(tr("Termination"), PlanFact::from(m->termination, catalogue));
        addFact(tr("Longest inverter cable (m)"), PlanFact::from(m->maxCableM, catalogue));
    } else {
        addFact(tr("Battery ports"), PlanFact::notInCatalogue());
    }
    if (inv)
        addFact(tr("%1 pins").arg(inv->name), PlanFact::from(inv->pins, catalogue));
    else
        addFact(tr("Inverter pins"), PlanFact::notInCatalogue());

    {
        const QSignalBlocker a(m_termination);
        const QSignalBlocker b(m_cableType);
        m_termination->setChecked(m_wizard->manualCheck(QStringLiteral("termination")));
        const bool gx = inv && inv->aggregator;
        m_cableType->setVisible(gx || (inv && inv->pins.known()));
        m_cableType->setText(gx ? tr("Cable type checked: the GX's cable matches the battery's generation (ground pin)")
                                : tr("Cable checked against the pins above"));
        m_cableType->setChecked(m_wizard->manualCheck(QStringLiteral("cable-type")));
    }

    // One length per unit that carries current (not a BMU).
    while (m_lengthForm->rowCount() > 0)
        m_lengthForm->removeRow(0);
    m_lengths.clear();
    for (const PlanPack &p : plan.packs) {
        if (p.unit == QLatin1String("bmu"))
            continue;
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("length-") + p.id);
        box->setRange(0.0, 100.0);
        box->setDecimals(2);
        box->setSingleStep(0.1);
        box->setSuffix(tr(" m"));
        box->setSpecialValueText(tr("not measured"));
        box->setValue(p.cableLengthM.value_or(0.0));
        box->setAccessibleName(tr("Cable length of %1").arg(p.id));
        connect(box, &QDoubleSpinBox::valueChanged, this, &CablingPage::updateLengths);
        m_lengthForm->addRow(tr("%1 (%2):").arg(p.id, p.model.name), box);
        m_lengths.append({p.id, box});
    }
    updateLengths();
}

void CablingPage::updateLengths()
{
    QList<QPair<QString, double>> measured;
    for (const auto &[id, box] : std::as_const(m_lengths)) {
        const double v = box->value();
        for (PlanPack &p : m_wizard->editPlan().packs)
            if (p.id == id)
                p.cableLengthM = v > 0.0 ? std::optional<double>(v) : std::nullopt;
        if (v > 0.0)
            measured.append({id, v});
    }
    if (measured.size() < 2) {
        m_lengthVerdict->setText(tr("Enter each pack's cable length to compare them."));
        return;
    }
    double lo = measured.first().second;
    double hi = lo;
    QString shortest = measured.first().first;
    QString longest = shortest;
    for (const auto &[id, v] : std::as_const(measured)) {
        if (v < lo) {
            lo = v;
            shortest = id;
        }
        if (v > hi) {
            hi = v;
            longest = id;
        }
    }
    if (std::abs(hi - lo) < 0.005)
        m_lengthVerdict->setText(tr("\u2714 Equal: every measured cable is %1 m.").arg(QString::number(hi, 'f', 2)));
    else
        m_lengthVerdict->setText(tr("\u26a0 Not equal: %1 has %2 m, %3 has %4 m. The pack on the longer run will carry less current.")
                                     .arg(longest, QString::number(hi, 'f', 2), shortest, QString::number(lo, 'f', 2)));
}

bool CablingPage::validatePage()
{
    QString error;
    return m_wizard->applyPlan(&error);
}
