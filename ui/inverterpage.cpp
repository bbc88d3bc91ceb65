#include "inverterpage.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "inverterviewmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString pct(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals) + QStringLiteral("\u00A0%");
}

QLabel *wrapping(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

} // namespace

InverterPage::InverterPage(BankMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new InverterViewModel(monitor, this))
    , m_architecture(new QComboBox(this))
    , m_currentRule(new QComboBox(this))
    , m_faultRule(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_fallbackBox(new QGroupBox(tr("When the inverter receives nothing"), this))
    , m_fallbackIcon(new QLabel(this))
    , m_fallback(wrapping(this, QStringLiteral("fallbackText")))
    , m_gapBox(new QGroupBox(tr("What a single master hides"), this))
    , m_gap(wrapping(this, QStringLiteral("gapText")))
    , m_load(new QDoubleSpinBox(this))
    , m_generatorSoc(new QDoubleSpinBox(this))
    , m_predictionLabel(wrapping(this, QStringLiteral("predictionText")))
{
    // The rules.
    m_architecture->setObjectName(QStringLiteral("architectureCombo"));
    for (Architecture a : ArchitectureNames::all())
        m_architecture->addItem(ArchitectureNames::label(a), static_cast<int>(a));
    m_architecture->setCurrentIndex(m_architecture->findData(static_cast<int>(monitor.config().architecture)));
    m_architecture->setToolTip(tr("How the packs reach the inverter. Decides what the inverter can see."));
    m_currentRule->setObjectName(QStringLiteral("currentRuleCombo"));
    for (CurrentLimitRule r : {CurrentLimitRule::WeakestTimesCount, CurrentLimitRule::Sum, CurrentLimitRule::Min})
        m_currentRule->addItem(PolicyNames::label(r), static_cast<int>(r));
    m_currentRule->setCurrentIndex(m_currentRule->findData(static_cast<int>(monitor.policy().currentLimits)));
    m_currentRule->setToolTip(tr("How the bank's CCL and DCL are made from the packs' own limits."));
    m_faultRule->setObjectName(QStringLiteral("faultRuleCombo"));
    for (FaultRule r : {FaultRule::Any, FaultRule::All})
        m_faultRule->addItem(PolicyNames::label(r), static_cast<int>(r));
    m_faultRule->setCurrentIndex(m_faultRule->findData(static_cast<int>(monitor.policy().faults)));
    m_faultRule->setToolTip(tr("When a pack's protection becomes a protection of the bank."));
    auto *rules = new QHBoxLayout;
    const auto labelled = [this, rules](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        rules->addWidget(l);
        rules->addWidget(w);
        rules->addSpacing(10);
    };
    labelled(tr("&Architecture:"), m_architecture);
    labelled(tr("&Current limits:"), m_currentRule);
    labelled(tr("&Faults:"), m_faultRule);
    rules->addStretch(1);

    // The table.
    m_table->setObjectName(QStringLiteral("inverterTable"));
    m_table->setAccessibleName(tr("What the inverter should see, can see and is told"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    Appearance::fitColumns(m_table);
    Appearance::compactRows(m_table);

    // Fallback.
    auto *fallbackLayout = new QHBoxLayout(m_fallbackBox);
    m_fallbackIcon->setAlignment(Qt::AlignTop);
    fallbackLayout->addWidget(m_fallbackIcon);
    fallbackLayout->addWidget(m_fallback, 1);
    m_fallbackBox->setObjectName(QStringLiteral("fallbackPanel"));

    // Gap.
    auto *gapLayout = new QVBoxLayout(m_gapBox);
    gapLayout->addWidget(m_gap);
    m_gapBox->setObjectName(QStringLiteral("gapPanel"));

    // Prediction.
    auto *predictionBox = new QGroupBox(tr("Current sharing: when the generator starts"), this);
    predictionBox->setObjectName(QStringLiteral("predictionPanel"));
    m_load->setObjectName(QStringLiteral("loadSpin"));
    m_load->setRange(1.0, 2000.0);
    m_load->setDecimals(0);
    m_load->setSuffix(QStringLiteral(" A"));
    m_load->setValue(40.0);
    m_load->setToolTip(tr("A constant discharge current of the whole bank, in A (the evening load)."));
    m_generatorSoc->setObjectName(QStringLiteral("generatorSocSpin"));
    m_generatorSoc->setRange(1.0, 99.0);
    m_generatorSoc->setDecimals(0);
    m_generatorSoc->setSuffix(QStringLiteral(" %"));
    m_generatorSoc->setValue(30.0);
    m_generatorSoc->setToolTip(tr("The SOC at which the inverter starts the generator (its setting), in %."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Load:"), m_load);
    form->addRow(tr("&Generator starts at:"), m_generatorSoc);
    auto *predictionLayout = new QVBoxLayout(predictionBox);
    predictionLayout->addLayout(form);
    predictionLayout->addWidget(m_predictionLabel, 1);
    connect(m_load, &QDoubleSpinBox::valueChanged, this, [this] {
        m_loadTouched = true;
        refreshPrediction();
    });
    connect(m_generatorSoc, &QDoubleSpinBox::valueChanged, this, &InverterPage::refreshPrediction);

    auto *panels = new QSplitter(Qt::Horizontal, this);
    panels->addWidget(m_fallbackBox);
    panels->addWidget(m_gapBox);
    panels->addWidget(predictionBox);
    panels->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(panels);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({(fontMetrics().height() + 8) * 17, fontMetrics().height() * 11});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rules);
    layout->addWidget(split, 1);

    connect(m_architecture, &QComboBox::currentIndexChanged, this, [this] {
        m_monitor.setArchitecture(static_cast<Architecture>(m_architecture->currentData().toInt()));
        Q_EMIT rulesChanged();
    });
    connect(m_currentRule, &QComboBox::currentIndexChanged, this, &InverterPage::applyPolicy);
    connect(m_faultRule, &QComboBox::currentIndexChanged, this, &InverterPage::applyPolicy);
    refresh();
}

void InverterPage::applyPolicy()
{
    AggregationPolicy policy = m_monitor.policy();
    policy.currentLimits = static_cast<CurrentLimitRule>(m_currentRule->currentData().toInt());
    policy.faults = static_cast<FaultRule>(m_faultRule->currentData().toInt());
    m_monitor.setPolicy(policy);
    Q_EMIT rulesChanged();
}

void InverterPage::setLoadA(double amperes)
{
    m_load->setValue(amperes);
}

void InverterPage::setGeneratorStartSocPct(double percent)
{
    m_generatorSoc->setValue(percent);
}

QString InverterPage::fallbackText() const
{
    return m_fallback->text();
}

QString InverterPage::gapText() const
{
    return m_gap->text();
}

QString InverterPage::predictionText() const
{
    return m_predictionLabel->text();
}

void InverterPage::refresh()
{
    const int index = m_architecture->findData(static_cast<int>(m_monitor.config().architecture));
    if (index != m_architecture->currentIndex()) {
        const QSignalBlocker block(m_architecture);
        m_architecture->setCurrentIndex(index);
    }
    m_model->refresh();
    refreshFallback();
    refreshGap();
    refreshPrediction();
}

void InverterPage::refreshFallback()
{
    const std::optional<VoltageFallback> &f = m_monitor.fallback();
    const bool nothing = m_monitor.inverterReceivesNothing();
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    m_fallbackIcon->setPixmap(Appearance::icon(nothing ? Appearance::Tone::Error : Appearance::Tone::Notice).pixmap(size, size));
    if (!f) {
        m_fallback->setText(nothing ? tr("<b>The inverter receives no BMS data.</b> BankScope has no voltage from any "
                                         "pack either, so it cannot say what the inverter guesses.")
                                    : tr("No pack has reported a voltage yet."));
        return;
    }
    const QString cells = f->seriesCells ? tr("%1 cells in series").arg(*f->seriesCells) : tr("cell count guessed from the voltage");
    const QString basis = tr("bus %1 V, %2, LiFePO4 rest curve")
                              .arg(QString::number(f->busVoltageV, 'f', 2), cells);
    const QString age = f->live ? QString()
                                : tr(" BankScope has lost the packs too: these are their last readings, %1 old.")
                                      .arg(Appearance::duration(double(m_monitor.nowMs() - f->dataAtMs) / 1000.0));
    QString error;
    if (f->errorPct()) {
        const double e = *f->errorPct();
        error = std::abs(e) < 0.5 ? tr("The packs hold %1: the guess happens to be right now.").arg(pct(*f->trueSocPct))
                                  : tr("The packs hold %1 (coulomb-counted): the guess is <b>%2 points %3</b>.")
                                        .arg(pct(*f->trueSocPct), QString::number(std::abs(e), 'f', 0),
                                             e > 0 ? tr("too high") : tr("too low"));
    }
    if (nothing) {
        m_fallback->setText(tr("<b>The inverter receives no BMS data.</b> It guesses the SOC from the battery voltage "
                               "alone: <b>about %1</b> (%2). %3%4 Under load or charge the voltage is off by I\u00D7R, so "
                               "the inverter may cut off or start the generator at the wrong moment.")
                                .arg(pct(f->guessSocPct), basis, error, age));
    } else {
        m_fallback->setText(tr("The inverter receives BMS data. If it lost it now, it would guess about %1 from the "
                               "voltage (%2). %3")
                                .arg(pct(f->guessSocPct), basis, error));
    }
}

void InverterPage::refreshGap()
{
    const AggregationResult &r = m_monitor.result();
    if (m_monitor.config().architecture != Architecture::SingleMaster) {
        m_gapBox->setEnabled(false);
        m_gap->setText(tr("Not a single-master bank: the inverter's values come from an aggregate (the master's or the "
                          "GX's). Any difference shows in the table above."));
        return;
    }
    m_gapBox->setEnabled(true);
    QStringList lines;
    const QString master = m_monitor.config().masterIds().value(0);
    if (!r.inverterSees) {
        lines.append(tr("<b>The master %1 is not online:</b> the inverter sees nothing at all.").arg(master.toHtmlEscaped()));
    } else if (r.gaps.socErrorPct && r.bankTruth.value(ViewFieldId::SocPct)) {
        const double seen = *r.inverterSees->value(ViewFieldId::SocPct);
        lines.append(tr("SOC: the inverter sees <b>%1</b> (%2's own count); the bank holds %3 \u2014 %4 points apart.")
                         .arg(pct(seen), master.toHtmlEscaped(), pct(*r.bankTruth.value(ViewFieldId::SocPct), 1),
                              QString::number(std::abs(*r.gaps.socErrorPct), 'f', 1)));
    }
    if (r.gaps.hiddenCellMin) {
        const HiddenCell &h = *r.gaps.hiddenCellMin;
        lines.append(h.inverterSeesMv ? tr("Weakest cell it cannot see: <b>%1 cell %2 at %3 mV</b>; it sees %4 mV.")
                                            .arg(h.pack.toHtmlEscaped())
                                            .arg(h.cell)
                                            .arg(QString::number(h.mv, 'f', 0), QString::number(*h.inverterSeesMv, 'f', 0))
                                      : tr("Weakest cell it cannot see: <b>%1 cell %2 at %3 mV</b>; it sees no cell voltages.")
                                            .arg(h.pack.toHtmlEscaped())
                                            .arg(h.cell)
                                            .arg(QString::number(h.mv, 'f', 0)));
    } else {
        lines.append(tr("Weakest cell: the inverter sees it (it is in the master)."));
    }
    QStringList hidden;
    for (Fault f : FaultNames::all())
        if (r.gaps.hiddenFaults.testFlag(f))
            hidden.append(FaultNames::label(f));
    lines.append(hidden.isEmpty() ? tr("Faults it cannot see: none.")
                                  : tr("<b>Faults it cannot see: %1.</b>").arg(hidden.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_gap->setText(lines.join(QStringLiteral("<br>")));
}

void InverterPage::refreshPrediction()
{
    const AggregationResult &r = m_monitor.result();
    const BankConfig &config = m_monitor.config();
    // Default load: the bank's present discharge, until the technician sets one.
    if (!m_loadTouched) {
        const auto current = r.bankTruth.value(ViewFieldId::CurrentA);
        if (current && *current < -1.0) {
            const QSignalBlocker block(m_load);
            m_load->setValue(std::round(-*current));
        }
    }
    CurrentSharing::Scenario s;
    s.architecture = config.architecture;
    s.loadA = m_load->value();
    s.generatorStartSocPct = m_generatorSoc->value();
    QHash<QString, double> shares;
    for (const PackShare &p : r.sharing)
        shares.insert(p.id, p.share);
    m_sharingMeasured = !shares.isEmpty();
    std::optional<int> cells;
    double capacityTotal = 0.0;
    for (int i = 0; i < config.packs.size() && i < r.packs.size(); ++i) {
        const PackConfig &pc = config.packs[i];
        const PackReading *reading = m_monitor.reading(pc.id);
        if (!r.packs[i].online() || !reading || !reading->socPct.has())
            continue;
        CurrentSharing::Pack p;
        p.id = pc.id;
        p.capacityAh = pc.ratedCapacityAh > 0 ? pc.ratedCapacityAh : reading->fullAh.value_or(0.0);
        p.socPct = *reading->socPct;
        p.master = pc.role == PackRole::Master;
        p.share = shares.value(pc.id, 0.0);
        capacityTotal += p.capacityAh;
        if (!cells && reading->cellsMv.has() && !reading->cellsMv->isEmpty())
            cells = int(reading->cellsMv->size());
        s.packs.append(p);
    }
    if (!m_sharingMeasured) {
        // Not measurable now (the bank idles, or packs push current into each other): assume each
        // pack carries in proportion to its capacity, and say so.
        for (CurrentSharing::Pack &p : s.packs)
            p.share = capacityTotal > 0 ? p.capacityAh / capacityTotal : 0.0;
    }
    s.nominalVoltageV = cells ? *cells * 3.2 : 51.2;
    if (s.packs.isEmpty()) {
        m_prediction.reset();
        m_predictionLabel->setText(tr("No prediction: no online pack reports its SOC now."));
        return;
    }
    const auto result = CurrentSharing::predict(s);
    if (!result) {
        m_prediction.reset();
        m_predictionLabel->setText(tr("No prediction: %1.").arg(result.error().message.toHtmlEscaped()));
        return;
    }
    m_prediction = *result;
    const CurrentSharing::Prediction &p = *result;
    QStringList shareText;
    for (const CurrentSharing::Pack &pack : std::as_const(s.packs))
        shareText.append(tr("%1 %2").arg(pack.id.toHtmlEscaped(), pct(pack.share * 100.0)));
    const QString sharing = m_sharingMeasured ? tr("Measured sharing: %1.").arg(shareText.join(QStringLiteral(", ")))
                                              : tr("Sharing not measurable now (the bank current is under 1 A or packs "
                                                   "push current into each other); assumed by capacity: %1.")
                                                    .arg(shareText.join(QStringLiteral(", ")));
    const QString watched = config.architecture == Architecture::SingleMaster
        ? tr("the master's own SOC")
        : tr("the bank's SOC");
    QString text;
    if (p.generatorStarts) {
        text = tr("At %1 the inverter starts the generator <b>in %2</b>, when %3 reads %4; the bank then still holds "
                  "<b>%5</b> (%6 Ah, <b>%7 kWh</b>).")
                   .arg(QString::number(s.loadA, 'f', 0) + QStringLiteral("\u00A0A"), Appearance::duration(p.hours * 3600.0),
                        watched, pct(p.observedSocPct), pct(p.trueSocPct), QString::number(p.remainingAh, 'f', 0),
                        QString::number(p.remainingKWh, 'f', 1));
    } else {
        text = tr("At %1 the bank <b>empties in %2</b> before %3 reaches %4: <b>the generator never starts in time</b>.")
                   .arg(QString::number(s.loadA, 'f', 0) + QStringLiteral("\u00A0A"), Appearance::duration(p.hours * 3600.0),
                        watched, pct(s.generatorStartSocPct));
    }
    if (!p.emptiedPacks.isEmpty())
        text += QLatin1Char(' ') + tr("On the way %1 cut off (their BMS disconnects) and the others carry the load.")
                                      .arg(p.emptiedPacks.join(QStringLiteral(", ")).toHtmlEscaped());
    m_predictionLabel->setText(sharing + QStringLiteral("<br>") + text);
}
