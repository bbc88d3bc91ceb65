#include "addresspage.h"

#include "commissioningwizard.h"
#include "dipswitchwidget.h"
#include "factlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QStringList kMasterNotes{
    QStringLiteral("pylontech-master-by-cable"), QStringLiteral("pylontech-switch1-match-inverter"), QStringLiteral("inverter-polls-group-1"),
    QStringLiteral("slave-dip-multigroup"),      QStringLiteral("jk-dip"),
    QStringLiteral("jk-protocol-in-app"),        QStringLiteral("app-address"),
    QStringLiteral("hv-installer-only"),         QStringLiteral("bmu-configuration"),
    QStringLiteral("battery-not-in-catalogue"),
};
const QString kConflict = QStringLiteral("pylontech-switch1-conflict");

QString hexAddress(int address)
{
    return QStringLiteral("0x%1").arg(address, 2, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"));
}

int groupOf(const QString &dip)
{
    int g = 0;
    for (int bit = 0; bit < 3 && bit + 1 < dip.size(); ++bit)
        if (dip[bit + 1] == QLatin1Char('1'))
            g |= 1 << bit;
    return g;
}

int jkAddress(const QString &dip)
{
    int a = 0;
    for (int bit = 0; bit < 4 && bit < dip.size(); ++bit)
        if (dip[bit] == QLatin1Char('1'))
            a |= 1 << bit;
    return a;
}

} // namespace

AddressPage::AddressPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_masterNotes(new QVBoxLayout)
    , m_masterConfirmed(new QCheckBox(this))
    , m_units(new QTreeWidget(this))
    , m_unitTitle(new QLabel(this))
    , m_address(new QLabel(this))
    , m_planned(new DipSwitchWidget(this))
    , m_found(new DipSwitchWidget(this))
    , m_legend(new QVBoxLayout)
    , m_comparison(new QLabel(this))
    , m_recordFound(new QCheckBox(this))
    , m_appAddress(new QLabel(this))
    , m_appAddressSet(new QCheckBox(this))
    , m_serial(new QLineEdit(this))
    , m_firmware(new QLineEdit(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::AddressId, tr("Master and addresses")));
    setSubTitle(tr("Which unit is master and how, every unit's address and switches as drawn here, and what you find on each unit."));

    // Who is master, with the conflict where there is one.
    auto *masterBox = new QGroupBox(tr("Who is master"), this);
    masterBox->setObjectName(QStringLiteral("masterBox"));
    auto *masterLayout = new QVBoxLayout(masterBox);
    masterLayout->addLayout(m_masterNotes);
    m_masterConfirmed->setObjectName(QStringLiteral("masterConfirmed"));
    masterLayout->addWidget(m_masterConfirmed);
    connect(m_masterConfirmed, &QCheckBox::toggled, this, [this](bool on) {
        const QString code = masterCheckCode();
        if (code.isEmpty())
            return;
        if (on)
            m_wizard->recordManualCheck(code, CheckStatus::RecordedByHand, m_masterConfirmed->text());
        else
            m_wizard->removeManualCheck(code);
    });

    // The units, by group.
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setColumnCount(3);
    m_units->setHeaderLabels({tr("Unit"), tr("Role"), tr("Address")});
    m_units->setAccessibleName(tr("Units of the bank"));
    m_units->setRootIsDecorated(true);
    m_units->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_units, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            showPack(item->data(0, Qt::UserRole).toString());
    });

    // One unit: switches as planned and as found, or the app address.
    m_unitTitle->setObjectName(QStringLiteral("unitTitle"));
    QFont bold = m_unitTitle->font();
    bold.setBold(true);
    m_unitTitle->setFont(bold);
    m_unitTitle->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("unitAddress"));
    m_address->setWordWrap(true);
    m_planned->setObjectName(QStringLiteral("plannedDip"));
    m_found->setObjectName(QStringLiteral("foundDip"));
    m_found->setEditable(true);
    connect(m_found, &DipSwitchWidget::positionsChanged, this, [this](const QString &positions) {
        m_foundPositions.insert(m_current, positions);
        updateComparison();
        if (m_recordFound->isChecked())
            recordFound();
    });
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setWordWrap(true);
    m_recordFound->setObjectName(QStringLiteral("recordFound"));
    m_recordFound->setText(tr("Record what I found on this unit"));
    connect(m_recordFound, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            recordFound();
        else
            m_wizard->removeManualCheck(QStringLiteral("dip-") + m_current);
    });

    auto *dipPage = new QWidget(this);
    auto *dipLayout = new QVBoxLayout(dipPage);
    dipLayout->setContentsMargins(0, 0, 0, 0);
    auto *drawings = new QHBoxLayout;
    auto column = [dipPage](const QString &caption, QWidget *dip) {
        auto *v = new QVBoxLayout;
        auto *label = new QLabel(caption, dipPage);
        label->setBuddy(dip);
        v->addWidget(label);
        v->addWidget(dip);
        v->addStretch(1);
        return v;
    };
    drawings->addLayout(column(tr("As planned"), m_planned));
    drawings->addSpacing(fontMetrics().height() * 2);
    drawings->addLayout(column(tr("As &found on the unit (click or use the keys)"), m_found));
    drawings->addStretch(1);
    dipLayout->addLayout(drawings);
    dipLayout->addLayout(m_legend);
    dipLayout->addWidget(m_comparison);
    dipLayout->addWidget(m_recordFound);
    dipLayout->addStretch(1);

    auto *appPage = new QWidget(this);
    auto *appLayout = new QVBoxLayout(appPage);
    appLayout->setContentsMargins(0, 0, 0, 0);
    m_appAddress->setObjectName(QStringLiteral("appAddress"));
    m_appAddress->setWordWrap(true);
    m_appAddressSet->setObjectName(QStringLiteral("appAddressSet"));
    appLayout->addWidget(m_appAddress);
    appLayout->addWidget(m_appAddressSet);
    appLayout->addStretch(1);
    connect(m_appAddressSet, &QCheckBox::toggled, this, [this](bool on) {
        const QString code = QStringLiteral("app-address-") + m_current;
        if (on)
            m_wizard->recordManualCheck(code, CheckStatus::RecordedByHand, m_appAddressSet->text());
        else
            m_wizard->removeManualCheck(code);
    });

    auto *nonePage = new QLabel(tr("This unit has no address switches: nothing to set on it."), this);
    nonePage->setObjectName(QStringLiteral("noSwitches"));
    nonePage->setWordWrap(true);
    nonePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_dipPanel = dipPage;
    m_appPanel = appPage;
    m_nonePanel = nonePage;

    m_serial->setObjectName(QStringLiteral("serial"));
    m_serial->setPlaceholderText(tr("from the unit's label"));
    m_serial->setToolTip(tr("Verification matches readings to units by serial number, never by address."));
    m_firmware->setObjectName(QStringLiteral("packFirmware"));
    m_firmware->setPlaceholderText(tr("if known; verification reads it where the protocol carries it"));
    connect(m_serial, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (PlanPack *p = editPack(m_current))
            p->serial = text.trimmed();
    });
    connect(m_firmware, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (PlanPack *p = editPack(m_current))
            p->firmware = text.trimmed();
    });
    auto *identity = new QFormLayout;
    identity->addRow(tr("Serial &number:"), m_serial);
    identity->addRow(tr("F&irmware:"), m_firmware);

    auto *detail = new QGroupBox(tr("The unit"), this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_unitTitle);
    detailLayout->addWidget(m_address);
    detailLayout->addWidget(m_dipPanel);
    detailLayout->addWidget(m_appPanel);
    detailLayout->addWidget(m_nonePanel);
    detailLayout->addLayout(identity);
    detailLayout->addStretch(1);

    const int em = fontMetrics().height();
    m_units->setMinimumWidth(em * 12);
    m_units->setMaximumWidth(em * 22);
    m_units->setMinimumHeight(em * 12);
    auto *units = new QHBoxLayout;
    units->addWidget(m_units);
    units->addWidget(detail, 1);

    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addWidget(masterBox);
    layout->addLayout(units, 1);
}

QStringList AddressPage::switchMeanings(const BatteryModel *model)
{
    if (!model)
        return {};
    if (model->addressScheme == AddressScheme::PylontechGroup)
        return {tr("RS485 rate: OFF 115200, ON 9600 (every unit alike)"), tr("group, bit 1 (the master's)"), tr("group, bit 2 (the master's)"),
                tr("group, bit 3 (the master's)")};
    if (model->addressScheme == AddressScheme::JkDip)
        return {tr("address, adds 1"), tr("address, adds 2"), tr("address, adds 4"), tr("address, adds 8")};
    return {};
}

QString AddressPage::compare(const PlanPack &pack, const QString &found, const BatteryModel *model, bool singleGroup, const QString &link,
                             bool *warning)
{
    *warning = false;
    const QString planned = pack.dip;
    if (found.size() != planned.size())
        return {};
    QStringList parts;
    if (model && model->addressScheme == AddressScheme::PylontechGroup) {
        const QChar p1 = planned[0];
        const QChar f1 = found[0];
        const QString rate = f1 == QLatin1Char('1') ? QStringLiteral("9600") : QStringLiteral("115200");
        if (p1 == QLatin1Char('?') && f1 == QLatin1Char('?')) {
            parts.append(tr("Switch 1 is set on site to the inverter's RS485 rate (OFF 115200, ON 9600), the same on every module: record what you set."));
        } else if (p1 == QLatin1Char('?')) {
            parts.append(tr("Switch 1 %1: RS485 at %2 baud. Set every module alike, to the inverter's rate.").arg(DipSwitchWidget::positionText(f1), rate));
        } else if (p1 != f1) {
            *warning = link != QLatin1String("can");
            parts.append(link == QLatin1String("can")
                             ? tr("Switch 1 is %1 here, %2 in the plan: on CAN it does nothing, but on RS485 this module would talk at %3 baud.")
                                   .arg(DipSwitchWidget::positionText(f1), DipSwitchWidget::positionText(p1), rate)
                             : tr("Switch 1 is %1 here, %2 in the plan: on RS485 this module would talk at %3 baud, not at the bank's rate.")
                                   .arg(DipSwitchWidget::positionText(f1), DipSwitchWidget::positionText(p1), rate));
        }
        const int plannedGroup = groupOf(planned);
        const int foundGroup = groupOf(found);
        if (plannedGroup != foundGroup) {
            if (pack.role != PlanRole::Master && singleGroup) {
                parts.append(tr("Switches 2-4 differ from the plan (group %1 here, %2 planned): in a single group a slave's switches 2-4 are "
                                "ignored, so this does no harm.").arg(foundGroup).arg(plannedGroup));
            } else {
                *warning = true;
                parts.append(tr("Switches 2-4 set group %1 here, the plan has group %2: this master would answer at %3 instead of %4.")
                                 .arg(foundGroup)
                                 .arg(plannedGroup)
                                 .arg(hexAddress(0x02 + 0x10 * foundGroup), hexAddress(0x02 + 0x10 * plannedGroup)));
            }
        }
    } else if (model && model->addressScheme == AddressScheme::JkDip) {
        const int a = jkAddress(found);
        const int planAddress = jkAddress(planned);
        if (a != planAddress) {
            *warning = true;
            parts.append(a == 0 ? tr("0000 makes this pack a master too: two masters on one pack bus collide. The plan has address %1.").arg(planAddress)
                                : tr("These switches make address %1; the plan has %2.").arg(a).arg(planAddress));
        }
    } else if (found != planned) {
        *warning = true;
        parts.append(tr("The switches differ from the plan."));
    }
    if (parts.isEmpty())
        return tr("As planned.");
    return parts.join(QLatin1Char(' '));
}

PlanPack *AddressPage::editPack(const QString &id)
{
    for (PlanPack &p : m_wizard->editPlan().packs)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString AddressPage::masterCheckCode() const
{
    const CommissioningPlan &plan = m_wizard->plan();
    const PlanPack *head = plan.packs.isEmpty() ? nullptr : &plan.packs.first();
    const BatteryModel *m = head && head->model.inCatalogue() ? m_wizard->catalogue().battery(head->model.id) : nullptr;
    if (!m)
        return {};
    if (m->masterKind == MasterKind::LinkChain)
        return QStringLiteral("link0-empty");
    if (m->masterKind == MasterKind::DipCode)
        return QStringLiteral("single-dip-master");
    return {};
}

void AddressPage::initializePage()
{
    const CommissioningPlan &plan = m_wizard->plan();
    const Catalogue &catalogue = m_wizard->catalogue();

    // The master box.
    while (QLayoutItem *item = m_masterNotes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_codes.clear();
    for (const PlanNote &n : plan.notes) {
        if (!kMasterNotes.contains(n.code))
            continue;
        auto *l = new FactLabel(this);
        l->setObjectName(QStringLiteral("note-") + n.code);
        l->setNote(n);
        m_masterNotes->addWidget(l);
        m_codes.append(n.code);
    }
    for (const PlanNote &n : plan.notes) {
        if (n.code != kConflict)
            continue;
        // The other reading, framed as what it is: a conflict between sources.
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("conflict"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        auto *title = new QLabel(tr("\u26a0 Another reading \u2014 a conflict between sources"), frame);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        auto *text = new FactLabel(frame);
        text->setObjectName(QStringLiteral("note-") + n.code);
        text->setNote(n);
        v->addWidget(title);
        v->addWidget(text);
        m_masterNotes->addWidget(frame);
        m_codes.append(n.code);
    }
    const QString code = masterCheckCode();
    m_masterConfirmed->setVisible(!code.isEmpty());
    {
        const QSignalBlocker block(m_masterConfirmed);
        const QString masters = plan.masters().join(QStringLiteral(", "));
        if (code == QLatin1String("link0-empty") && plan.masters().size() > 1)
            m_masterConfirmed->setText(tr("Checked on the units: each group's master (%1) heads its link chain with its Link 0 empty").arg(masters));
        else if (code == QLatin1String("link0-empty"))
            m_masterConfirmed->setText(tr("Checked on the units: %1 carries the inverter cable and its Link 0 is empty").arg(masters));
        else
            m_masterConfirmed->setText(tr("Checked on every pack: only %1 is at DIP 0000").arg(masters));
        m_masterConfirmed->setChecked(!code.isEmpty() && m_wizard->manualCheck(code));
    }

    // The units, by group.
    const QString keep = m_current;
    m_units->clear();
    QHash<int, QTreeWidgetItem *> groups;
    bool anyGroup = false;
    for (const PlanPack &p : plan.packs)
        anyGroup = anyGroup || p.group != 0;
    QTreeWidgetItem *first = nullptr;
    for (const PlanPack &p : plan.packs) {
        QTreeWidgetItem *parent = nullptr;
        if (anyGroup) {
            parent = groups.value(p.group);
            if (!parent) {
                parent = new QTreeWidgetItem(m_units, {tr("Group %1").arg(p.group)});
                parent->setFlags(Qt::ItemIsEnabled);
                parent->setExpanded(true);
                groups.insert(p.group, parent);
            }
        }
        const QString address = !p.address ? QStringLiteral("\u2014") : p.unit == QLatin1String("module") ? hexAddress(*p.address) : QString::number(*p.address);
        auto *item = parent ? new QTreeWidgetItem(parent, {p.id, PlanNames::roleLabel(p.role), address})
                            : new QTreeWidgetItem(m_units, {p.id, PlanNames::roleLabel(p.role), address});
        item->setData(0, Qt::UserRole, p.id);
        item->setToolTip(0, p.model.name);
        if (!first)
            first = item;
    }
    m_units->expandAll();
    // Wide enough for its columns and their titles (a translated title may be the widest), within
    // the 12 to 22 em the page gives the list.
    int width = 2 * m_units->frameWidth() + m_units->verticalScrollBar()->sizeHint().width();
    const QAbstractItemView *view = m_units; // sizeHintForColumn is public there
    for (int c = 0; c < m_units->columnCount(); ++c)
        width += std::max(view->sizeHintForColumn(c), m_units->header()->sectionSizeHint(c));
    const int em = fontMetrics().height();
    m_units->setMinimumWidth(std::clamp(width, em * 12, em * 22));
    if (!selectPack(keep) && first)
        m_units->setCurrentItem(first);
    Q_UNUSED(catalogue);
}

bool AddressPage::selectPack(const QString &id)
{
    if (id.isEmpty())
        return false;
    QTreeWidgetItemIterator it(m_units);
    while (*it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            m_units->setCurrentItem(*it);
            showPack(id); // also when it was current already
            return true;
        }
        ++it;
    }
    return false;
}

void AddressPage::showPack(const QString &id)
{
    const CommissioningPlan &plan = m_wizard->plan();
    const PlanPack *p = plan.pack(id);
    if (!p)
        return;
    m_current = id;
    const BatteryModel *m = p->model.inCatalogue() ? m_wizard->catalogue().battery(p->model.id) : nullptr;

    QString role = PlanNames::roleLabel(p->role);
    if (p->group != 0)
        role = tr("%1 of group %2").arg(role).arg(p->group);
    m_unitTitle->setText(tr("%1 \u2014 %2 \u2014 %3").arg(p->id, p->model.name, role));
    QStringList where;
    if (p->address)
        where.append(p->unit == QLatin1String("module") ? tr("RS485 address %1").arg(hexAddress(*p->address)) : tr("Address %1").arg(*p->address));
    if (p->chainPosition > 0)
        where.append(p->chainPosition == 1 ? tr("at the head of its link chain (Link 0 empty)") : tr("position %1 in its link chain").arg(p->chainPosition));
    m_address->setText(where.isEmpty() ? QString() : where.join(QStringLiteral(", ")) + QLatin1Char('.'));

    const QSignalBlocker a(m_recordFound);
    const QSignalBlocker b(m_appAddressSet);
    if (!p->dip.isEmpty()) {
        showPanel(m_dipPanel);
        const QStringList meanings = switchMeanings(m);
        m_planned->setUnitName(tr("%1, as planned").arg(p->id));
        m_planned->setMeanings(meanings);
        m_planned->setPositions(p->dip);
        m_found->setUnitName(tr("%1, as found on the unit").arg(p->id));
        m_found->setMeanings(meanings);
        m_found->setPositions(m_foundPositions.value(id, p->dip));
        while (QLayoutItem *item = m_legend->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        if (m) {
            for (const SwitchInfo &s : m->switches) {
                auto *l = new FactLabel(this);
                PlanFact f = PlanFact::from(s.meaning, m_wizard->catalogue());
                if (f.known())
                    f.text = tr("Switch %1: %2").arg(s.position, f.text);
                l->setFact(f);
                m_legend->addWidget(l);
            }
        }
        m_recordFound->setChecked(m_wizard->manualCheck(QStringLiteral("dip-") + id));
        updateComparison();
    } else if (p->address && m && m->addressScheme == AddressScheme::AppSetting) {
        showPanel(m_appPanel);
        m_appAddress->setText(tr("No switches: set address %1 in the vendor's app (JK: “Device Addr”, once the port runs JK Modbus). "
                                 "BankScope never writes it.").arg(*p->address));
        m_appAddressSet->setText(tr("Address %1 set in the app on %2").arg(*p->address).arg(p->id));
        m_appAddressSet->setChecked(m_wizard->manualCheck(QStringLiteral("app-address-") + id));
    } else {
        showPanel(m_nonePanel);
    }
    m_serial->setText(p->serial);
    m_firmware->setText(p->firmware);
}

void AddressPage::updateComparison()
{
    const CommissioningPlan &plan = m_wizard->plan();
    const PlanPack *p = plan.pack(m_current);
    if (!p)
        return;
    const BatteryModel *m = p->model.inCatalogue() ? m_wizard->catalogue().battery(p->model.id) : nullptr;
    bool singleGroup = true;
    for (const PlanPack &q : plan.packs)
        singleGroup = singleGroup && q.group == plan.packs.first().group;
    bool warning = false;
    const QString text = compare(*p, m_found->positions(), m, singleGroup, plan.inverter.link, &warning);
    m_comparison->setText(warning ? QStringLiteral("\u26a0 ") + text : text);
}

void AddressPage::recordFound()
{
    const CommissioningPlan &plan = m_wizard->plan();
    const PlanPack *p = plan.pack(m_current);
    if (!p)
        return;
    const BatteryModel *m = p->model.inCatalogue() ? m_wizard->catalogue().battery(p->model.id) : nullptr;
    bool singleGroup = true;
    for (const PlanPack &q : plan.packs)
        singleGroup = singleGroup && q.group == plan.packs.first().group;
    bool warning = false;
    const QString found = m_found->positions();
    const QString text = compare(*p, found, m, singleGroup, plan.inverter.link, &warning);
    m_wizard->recordManualCheck(QStringLiteral("dip-") + p->id, warning ? CheckStatus::Warning : CheckStatus::RecordedByHand,
                                tr("%1: switches found %2 (switch 1 first, 1 = ON); planned %3. %4").arg(p->id, found, p->dip, text));
}

void AddressPage::showPanel(QWidget *panel)
{
    for (QWidget *p : {m_dipPanel, m_appPanel, m_nonePanel})
        p->setVisible(p == panel);
}

bool AddressPage::validatePage()
{
    QString error;
    if (!m_wizard->applyPlan(&error))
        return false;
    return true;
}
