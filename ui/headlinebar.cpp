#include "headlinebar.h"

#include "appearance.h"
#include "bankmonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>

#include <cmath>

HeadlineBar::HeadlineBar(const BankMonitor &monitor, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("headline"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Bank headline"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    m_soc = item(QStringLiteral("headlineSoc"));
    QFont big = m_soc->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_soc->setFont(big);
    m_voltage = item(QStringLiteral("headlineVoltage"));
    m_current = item(QStringLiteral("headlineCurrent"));
    m_packsIcon = icon();
    m_packs = item(QStringLiteral("headlinePacks"));
    m_inverterIcon = icon();
    m_inverter = item(QStringLiteral("headlineInverter"));
    // Its width follows the window, not its text, so a changing value never re-lays out the page.
    m_inverter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_inverter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_findingsIcon = icon();
    m_findings = item(QStringLiteral("headlineFindings"));

    const auto separator = [this] {
        auto *s = new QFrame(this);
        s->setFrameShape(QFrame::VLine);
        s->setFrameShadow(QFrame::Sunken);
        return s;
    };
    layout->addWidget(m_soc);
    layout->addSpacing(8);
    layout->addWidget(m_voltage);
    layout->addWidget(m_current);
    layout->addWidget(separator());
    layout->addWidget(m_packsIcon);
    layout->addWidget(m_packs);
    layout->addWidget(separator());
    layout->addWidget(m_inverterIcon);
    layout->addWidget(m_inverter, 1);
    layout->addWidget(separator());
    layout->addWidget(m_findingsIcon);
    layout->addWidget(m_findings);
    // Fixed widths from the widest text each can take: values change, the layout does not.
    const auto fit = [](QLabel *l, const QString &widest) {
        l->setFixedWidth(l->fontMetrics().horizontalAdvance(widest) + 6);
    };
    fit(m_soc, tr("SOC %1").arg(QStringLiteral("100.0\u00A0%")));
    fit(m_voltage, QStringLiteral("888.88\u00A0V"));
    fit(m_current, tr("%1 (%2)").arg(QStringLiteral("\u22128888.8\u00A0A"), tr("discharging")));
    fit(m_packs, tr("%1 of %2 packs online").arg(88).arg(88));
    fit(m_findings, tr("Errors: %1 \u00B7 Warnings: %2").arg(88).arg(88));
    refresh();
}

QLabel *HeadlineBar::item(const QString &name)
{
    auto *l = new QLabel(this);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *HeadlineBar::icon()
{
    auto *l = new QLabel(this);
    l->setFixedWidth(style()->pixelMetric(QStyle::PM_SmallIconSize) + 2);
    return l;
}

void HeadlineBar::setText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

void HeadlineBar::setTone(QLabel *icon, int tone)
{
    if (m_tones.value(icon, -1) == tone)
        return;
    m_tones.insert(icon, tone);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(Appearance::icon(static_cast<Appearance::Tone>(tone)).pixmap(size, size));
}

QString HeadlineBar::inverterText() const
{
    return m_inverter->text();
}

void HeadlineBar::refresh()
{
    const AggregationResult &r = m_monitor.result();
    const InverterView &t = r.bankTruth;
    const auto setIcon = [this](QLabel *label, Appearance::Tone tone) { setTone(label, static_cast<int>(tone)); };

    const auto soc = t.value(ViewFieldId::SocPct);
    setText(m_soc, tr("SOC %1").arg(Appearance::number(soc, 1, QStringLiteral("%"))));
    m_soc->setToolTip(tr("Bank state of charge in %: the capacity-weighted mean of the online packs' own SOC, from "
                         "BankScope's readings (%1).")
                          .arg(t[ViewFieldId::SocPct].provenance.from.join(QStringLiteral(", "))));
    setText(m_voltage, Appearance::number(t.value(ViewFieldId::VoltageV), 2, QStringLiteral("V")));
    m_voltage->setToolTip(tr("Bank voltage in V: the mean of the online packs (they share one bus)."));
    const auto current = t.value(ViewFieldId::CurrentA);
    const QString direction = !current                   ? QString()
        : *current > 0.5                                 ? tr("charging")
        : *current < -0.5                                ? tr("discharging")
                                                         : tr("idle");
    setText(m_current, current ? tr("%1 (%2)").arg(Appearance::signedNumber(*current, 1, QStringLiteral("A")), direction)
                               : Appearance::number(current, 1, QStringLiteral("A")));
    m_current->setToolTip(tr("Bank current in A: the sum of the online packs' currents (+ charge, \u2212 discharge)."));

    const int online = int(t.value(ViewFieldId::OnlinePacks).value_or(0));
    const int packs = int(m_monitor.config().packs.size());
    setText(m_packs, packs == 0 ? tr("No pack heard yet") : tr("%1 of %2 packs online").arg(online).arg(packs));
    setIcon(m_packsIcon, packs == 0 ? Appearance::Tone::Notice : online == packs ? Appearance::Tone::Good : online == 0 ? Appearance::Tone::Error : Appearance::Tone::Warning);
    QStringList notOnline;
    for (const PackStateInfo &s : m_monitor.packStates())
        if (s.condition != PackCondition::Online && s.condition != PackCondition::ChecksumErrors)
            notOnline.append(tr("%1: %2").arg(s.id, PackConditionNames::label(s.condition)));
    m_packs->setToolTip(packs == 0           ? tr("No pack has answered or been heard on the links yet.")
                        : notOnline.isEmpty() ? tr("Every configured pack reports fresh data.")
                                            : notOnline.join(QLatin1Char('\n')));

    // What reaches the inverter.
    const std::optional<InverterView> &told = m_monitor.observed();
    const auto fmt = [](const InverterView &v) {
        QStringList parts;
        parts.append(QCoreApplication::translate("HeadlineBar", "SOC %1").arg(Appearance::number(v.value(ViewFieldId::SocPct), 0, QStringLiteral("%"))));
        if (v.value(ViewFieldId::CvlV))
            parts.append(QCoreApplication::translate("HeadlineBar", "CVL %1").arg(Appearance::number(v.value(ViewFieldId::CvlV), 1, QStringLiteral("V"))));
        if (v.value(ViewFieldId::CclA))
            parts.append(QCoreApplication::translate("HeadlineBar", "CCL %1").arg(Appearance::number(v.value(ViewFieldId::CclA), 0, QStringLiteral("A"))));
        if (v.value(ViewFieldId::DclA))
            parts.append(QCoreApplication::translate("HeadlineBar", "DCL %1").arg(Appearance::number(v.value(ViewFieldId::DclA), 0, QStringLiteral("A"))));
        return parts.join(QStringLiteral(", "));
    };
    if (m_monitor.config().packs.isEmpty() && !told) {
        // A live link before anything was heard: nothing is known about the inverter either.
        setText(m_inverter, tr("Inverter: nothing known yet"));
        m_inverter->setToolTip(tr("No pack and no inverter link has been heard yet: see the link's state in the status bar."));
        setIcon(m_inverterIcon, Appearance::Tone::Notice);
    } else if (m_monitor.inverterReceivesNothing()) {
        const std::optional<VoltageFallback> &f = m_monitor.fallback();
        if (f) {
            QString text = tr("<b>No BMS data</b> \u2014 inverter guesses <b>%1</b> from voltage")
                               .arg(Appearance::number(f->guessSocPct, 0, QStringLiteral("%")));
            if (f->errorPct())
                text += tr(" (packs hold %1, %2 points off)")
                            .arg(Appearance::number(f->trueSocPct, 0, QStringLiteral("%")),
                                 Appearance::signedNumber(*f->errorPct(), 0));
            setText(m_inverter, text);
        } else {
            setText(m_inverter, tr("<b>No BMS data</b> reaches the inverter"));
        }
        m_inverter->setToolTip(tr("The master (or aggregator) is lost or its link to the inverter is silent: the inverter "
                                  "runs on its own voltage reading. See the Inverter page."));
        setIcon(m_inverterIcon, Appearance::Tone::Error);
    } else if (told && (told->value(ViewFieldId::SocPct) || told->value(ViewFieldId::CvlV) || told->value(ViewFieldId::CclA)
                        || told->value(ViewFieldId::DclA))) {
        // (A link that carries none of these four, e.g. a Pylontech RS485 poll's charge-management
        // answer not yet decoded, says nothing of what the inverter is told: "can see" below.)
        bool differs = false;
        for (ViewFieldId id : {ViewFieldId::SocPct, ViewFieldId::CclA, ViewFieldId::DclA, ViewFieldId::CvlV}) {
            const auto a = told->value(id);
            const auto b = t.value(id);
            const double grain = id == ViewFieldId::SocPct ? 1.0 : 0.2;
            differs = differs || (a && b && std::abs(*a - *b) > grain);
        }
        setText(m_inverter, tr("Inverter is told: %1").arg(fmt(*told)) + (differs ? tr(" \u2014 \u2260 differs from the bank") : QString()));
        m_inverter->setToolTip(tr("Decoded from what the master sends the inverter (%1). The Inverter page compares it "
                                  "field by field with what it should see.")
                                   .arg((*told)[ViewFieldId::SocPct].provenance.from.join(QStringLiteral(", "))));
        setIcon(m_inverterIcon, differs ? Appearance::Tone::Warning : Appearance::Tone::Good);
    } else {
        setText(m_inverter, tr("Inverter can see: %1").arg(fmt(*r.inverterSees)));
        m_inverter->setToolTip(tr("No link to the inverter is decoded: this is what the architecture (%1) lets it see.")
                                   .arg(ArchitectureNames::label(m_monitor.config().architecture)));
        setIcon(m_inverterIcon, std::abs(r.gaps.socErrorPct.value_or(0.0)) >= 5.0 ? Appearance::Tone::Warning
                                                                                   : Appearance::Tone::Notice);
    }

    int errors = 0;
    int warnings = 0;
    for (const Finding &f : r.findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    setText(m_findings, tr("Errors: %1 \u00B7 Warnings: %2").arg(errors).arg(warnings));
    m_findings->setToolTip(tr("Findings of the aggregation; all of them are on the Overview page."));
    setIcon(m_findingsIcon, errors ? Appearance::Tone::Error : warnings ? Appearance::Tone::Warning : Appearance::Tone::Good);

    // A screen reader reads the whole headline as one sentence (the labels hold a little HTML).
    QStringList parts;
    for (const QLabel *label : {m_soc, m_voltage, m_current, m_packs, m_inverter, m_findings})
        parts << (label->text().contains(QLatin1Char('<')) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                            : label->text());
    const QString description = parts.join(QStringLiteral("; "));
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
}
