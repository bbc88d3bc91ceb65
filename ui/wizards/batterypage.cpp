#include "batterypage.h"

#include "commissioningwizard.h"
#include "factlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString kOther = QStringLiteral("other");

QString masterKindText(MasterKind kind)
{
    switch (kind) {
    case MasterKind::LinkChain:
        return QCoreApplication::translate("BatteryPage", "the unit at the head of the link chain, carrying the inverter cable");
    case MasterKind::DipCode:
        return QCoreApplication::translate("BatteryPage", "the pack whose DIP switches are all OFF (0000)");
    case MasterKind::AppSetting:
        return QCoreApplication::translate("BatteryPage", "no master: each pack is its own BMS, its address set in the vendor's app");
    case MasterKind::SeparateBmu:
        return QCoreApplication::translate("BatteryPage", "a separate BMU box");
    case MasterKind::Election:
        return QCoreApplication::translate("BatteryPage", "elected by the units themselves");
    case MasterKind::None:
        return QCoreApplication::translate("BatteryPage", "no master: each BMS talks for itself");
    }
    return {};
}

} // namespace

BatteryPage::BatteryPage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_rowLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add another model (mixed bank)"), this))
    , m_total(new QLabel(this))
    , m_factLayout(new QVBoxLayout)
    , m_facts(new QWidget(this))
    , m_problem(new QLabel(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::BatteryId, tr("Battery models and number of units")));
    setSubTitle(tr("Which batteries, and how many of each. Models of one family can share a bank; the planner puts the newest or largest at the head."));
    m_add->setObjectName(QStringLiteral("addModel"));
    m_total->setObjectName(QStringLiteral("total"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, &BatteryPage::addRow);

    auto *rows = new QGroupBox(tr("Batteries in this bank"), this);
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addLayout(m_rowLayout);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    addLine->addWidget(m_total);
    rowsLayout->addLayout(addLine);

    m_facts->setLayout(m_factLayout);
    m_factLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addWidget(rows);
    layout->addWidget(new QLabel(tr("What the catalogue knows of the chosen models:"), this));
    layout->addWidget(m_facts);
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

void BatteryPage::addRow()
{
    Row r;
    r.widget = new QWidget(this);
    r.model = new QComboBox(r.widget);
    r.name = new QLineEdit(r.widget);
    r.count = new QSpinBox(r.widget);
    r.remove = new QPushButton(tr("Remove"), r.widget);
    const int index = int(m_rows.size());
    r.model->setObjectName(QStringLiteral("model%1").arg(index));
    r.name->setObjectName(QStringLiteral("otherName%1").arg(index));
    r.count->setObjectName(QStringLiteral("count%1").arg(index));
    for (const BatteryModel &b : m_wizard->catalogue().batteries())
        r.model->addItem(b.name, b.id);
    r.model->addItem(tr("Not in the catalogue\u2026"), kOther);
    r.model->setCurrentIndex(-1);
    r.model->setPlaceholderText(tr("Choose the battery model"));
    r.model->setAccessibleName(tr("Battery model %1").arg(index + 1));
    r.name->setPlaceholderText(tr("Maker and model as on its label"));
    r.name->setAccessibleName(tr("Name of battery model %1").arg(index + 1));
    r.name->setEnabled(false);
    r.count->setRange(1, 64);
    r.count->setValue(1);
    r.count->setSuffix(tr(" unit(s)"));
    r.count->setAccessibleName(tr("Number of units of model %1").arg(index + 1));
    r.remove->setAccessibleName(tr("Remove battery model %1").arg(index + 1));
    auto *line = new QHBoxLayout(r.widget);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(r.model, 3);
    line->addWidget(r.name, 2);
    line->addWidget(r.count, 1);
    line->addWidget(r.remove);
    m_rowLayout->addWidget(r.widget);
    QWidget *widget = r.widget;
    connect(r.remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
    connect(r.model, &QComboBox::currentIndexChanged, this, [this, r] {
        r.name->setEnabled(r.model->currentData().toString() == kOther);
        updateFacts();
    });
    connect(r.name, &QLineEdit::textChanged, this, &BatteryPage::updateFacts);
    connect(r.count, &QSpinBox::valueChanged, this, &BatteryPage::updateFacts);
    m_rows.append(r);
    for (const Row &row : std::as_const(m_rows))
        row.remove->setEnabled(m_rows.size() > 1);
    updateFacts();
}

void BatteryPage::removeRow(QWidget *widget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].widget == widget) {
            m_rows.removeAt(i);
            widget->deleteLater();
            break;
        }
    }
    for (const Row &row : std::as_const(m_rows))
        row.remove->setEnabled(m_rows.size() > 1);
    updateFacts();
}

QComboBox *BatteryPage::modelBox(int row) const
{
    return m_rows.value(row).model;
}

QLineEdit *BatteryPage::nameEdit(int row) const
{
    return m_rows.value(row).name;
}

QSpinBox *BatteryPage::countBox(int row) const
{
    return m_rows.value(row).count;
}

QList<PlanBattery> BatteryPage::batteries() const
{
    QList<PlanBattery> out;
    for (const Row &r : m_rows) {
        const QString id = r.model->currentData().toString();
        if (id.isEmpty())
            continue;
        PlanBattery b;
        if (id == kOther) {
            b.model = ModelRef{kOther, r.name->text().trimmed()};
        } else {
            const BatteryModel *m = m_wizard->catalogue().battery(id);
            b.model = ModelRef{id, m ? m->name : id};
        }
        b.count = r.count->value();
        out.append(b);
    }
    return out;
}

void BatteryPage::setBatteries(const QList<PlanBattery> &batteries)
{
    while (!m_rows.isEmpty()) {
        m_rows.last().widget->deleteLater();
        m_rows.removeLast();
    }
    for (const PlanBattery &b : batteries) {
        addRow();
        Row &r = m_rows.last();
        r.model->setCurrentIndex(std::max(0, r.model->findData(b.model.inCatalogue() ? b.model.id : kOther)));
        if (!b.model.inCatalogue())
            r.name->setText(b.model.name);
        r.count->setValue(b.count);
    }
    if (m_rows.isEmpty())
        addRow();
    updateFacts();
}

void BatteryPage::initializePage()
{
    m_planError.clear();
    setBatteries(m_wizard->plan().batteries);
}

void BatteryPage::updateFacts()
{
    m_planError.clear();
    int total = 0;
    for (const Row &r : std::as_const(m_rows))
        total += r.model->currentIndex() >= 0 ? r.count->value() : 0;
    m_total->setText(tr("%n unit(s) in all", nullptr, total));

    // One block of facts per chosen catalogue model.
    while (QLayoutItem *item = m_factLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QSet<QString> shown;
    for (const PlanBattery &b : batteries()) {
        if (shown.contains(b.model.id + b.model.name))
            continue;
        shown.insert(b.model.id + b.model.name);
        auto *box = new QGroupBox(b.model.name.isEmpty() ? tr("(unnamed model)") : b.model.name, m_facts);
        auto *form = new QFormLayout(box);
        const BatteryModel *m = b.model.inCatalogue() ? m_wizard->catalogue().battery(b.model.id) : nullptr;
        auto add = [&](const QString &label, const PlanFact &fact) {
            auto *l = new FactLabel(box);
            l->setFact(fact);
            form->addRow(label, l);
        };
        if (!m) {
            add(tr("Everything:"), PlanFact::notInCatalogue());
        } else {
            auto *master = new QLabel(masterKindText(m->masterKind), box);
            master->setWordWrap(true);
            form->addRow(tr("Master:"), master);
            add(m->maxUnitsScope == QLatin1String("group") ? tr("Units per group:") : tr("Units at most:"), PlanFact::from(m->maxUnits, m_wizard->catalogue()));
            if (m->maxGroups.known())
                add(tr("Groups:"), PlanFact::from(m->maxGroups, m_wizard->catalogue()));
            add(tr("Cells:"), PlanFact::from(m->cells, m_wizard->catalogue()));
        }
        m_factLayout->addWidget(box);
    }
    m_factLayout->addStretch(1);
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

QString BatteryPage::problem() const
{
    if (!m_planError.isEmpty())
        return m_planError;
    QSet<QString> seen;
    for (const Row &r : m_rows) {
        if (r.model->currentIndex() < 0)
            return tr("Choose a model on every row, or remove the row.");
        const QString id = r.model->currentData().toString();
        if (id == kOther && r.name->text().trimmed().isEmpty())
            return tr("Name the battery that is not in the catalogue.");
        const QString key = id == kOther ? kOther + r.name->text().trimmed() : id;
        if (seen.contains(key))
            return tr("%1 is listed twice: give it one row with the total number of units.").arg(r.model->currentText());
        seen.insert(key);
    }
    return {};
}

bool BatteryPage::isComplete() const
{
    return !m_rows.isEmpty() && problem().isEmpty();
}

bool BatteryPage::validatePage()
{
    if (!isComplete())
        return false;
    CommissioningPlan &p = m_wizard->editPlan();
    const QList<PlanBattery> before = p.batteries;
    p.batteries = batteries();
    QString error;
    if (!m_wizard->applyPlan(&error)) {
        p.batteries = before;
        m_planError = error;
        m_problem->setText(error);
        Q_EMIT completeChanged();
        return false;
    }
    return true;
}
