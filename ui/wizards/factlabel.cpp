#include "factlabel.h"

#include "appearance.h"
#include "planner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString symbol(Confidence c)
{
    switch (c) {
    case Confidence::Documented:
        return QStringLiteral("\u2714");
    case Confidence::Observed:
        return QStringLiteral("\u25d0");
    case Confidence::Uncertain:
        return QStringLiteral("?");
    }
    return {};
}

} // namespace

FactLabel::FactLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::NoFocus); // Tab reaches it only when it has a sources link
    connect(this, &QLabel::linkActivated, this, [this](const QString &) { showSources(this, m_plain, m_sources, m_note); });
}

QString FactLabel::badgeHtml(Confidence c, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    QString colour;
    switch (c) {
    case Confidence::Documented:
        colour = dark ? QStringLiteral("#8fd694") : QStringLiteral("#1d5e20");
        break;
    case Confidence::Observed:
        colour = dark ? QStringLiteral("#f0c36a") : QStringLiteral("#7a5200");
        break;
    case Confidence::Uncertain:
        colour = dark ? QStringLiteral("#ff9c9c") : QStringLiteral("#8a1c1c");
        break;
    }
    return QStringLiteral("<span style=\"color: %1;\">[%2&nbsp;%3]</span>").arg(colour, symbol(c), esc(ConfidenceNames::label(c)));
}

QString FactLabel::sourcesText(const QList<SourceRef> &sources)
{
    QStringList lines;
    for (const SourceRef &s : sources)
        lines.append(s.where.isEmpty() ? s.title : QStringLiteral("%1 \u2014 %2").arg(s.title, s.where));
    return lines.join(QLatin1Char('\n'));
}

void FactLabel::showSources(QWidget *parent, const QString &about, const QList<SourceRef> &sources, const QString &note)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Sources"));
    auto *text = new QTextBrowser(&dialog);
    text->setOpenLinks(false);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(esc(about));
    if (!note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(note));
    if (sources.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No source: BankScope's own rule or what the installer entered.")));
    } else {
        html += QStringLiteral("<ol>");
        for (const SourceRef &s : sources)
            html += QStringLiteral("<li>%1%2</li>").arg(esc(s.title), s.where.isEmpty() ? QString() : QStringLiteral("<br/><small>%1</small>").arg(esc(s.where)));
        html += QStringLiteral("</ol>");
    }
    text->setHtml(html);
    text->setAccessibleName(tr("Sources of this fact"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    const int em = dialog.fontMetrics().height();
    dialog.resize(em * 34, em * 20);
    dialog.exec();
}

void FactLabel::render(const QString &bodyHtml, const QString &tailHtml)
{
    QString html = bodyHtml + QLatin1Char(' ') + badgeHtml(m_confidence, palette());
    const bool link = !m_sources.isEmpty() || !m_note.isEmpty();
    if (link)
        html += QStringLiteral(" <a href=\"sources\">%1</a>").arg(esc(tr("sources (%1)").arg(m_sources.size())));
    setFocusPolicy(link ? Qt::TabFocus : Qt::NoFocus);
    setText(html + tailHtml);
    QString tip = tr("Confidence: %1").arg(ConfidenceNames::label(m_confidence));
    if (!m_sources.isEmpty())
        tip += QLatin1Char('\n') + sourcesText(m_sources);
    if (!m_note.isEmpty())
        tip += QStringLiteral("\n\n") + m_note;
    setToolTip(tip);
    setAccessibleName(m_plain);
    setAccessibleDescription(tip);
}

void FactLabel::setFact(const PlanFact &fact, const QString &prefix)
{
    m_confidence = fact.confidence;
    m_sources = fact.sources;
    m_note = fact.note;
    m_plain = prefix.isEmpty() ? fact.display() : QStringLiteral("%1: %2").arg(prefix, fact.display());
    QString body = fact.known() ? esc(fact.text) : QStringLiteral("<i>%1</i>").arg(esc(fact.display()));
    if (!prefix.isEmpty())
        body = QStringLiteral("<b>%1:</b> ").arg(esc(prefix)) + body;
    QString tail;
    for (const PlanFact::Other &o : fact.otherReadings) {
        tail += QStringLiteral("<br/>%1 %2 %3").arg(esc(tr("Another reading:")), esc(o.text), badgeHtml(o.confidence, palette()));
        for (const SourceRef &s : o.sources)
            if (!m_sources.contains(s))
                m_sources.append(s);
        if (!o.note.isEmpty())
            m_note += (m_note.isEmpty() ? QString() : QStringLiteral("\n\n")) + o.note;
    }
    if (fact.unknown == Unknown::NotInCatalogue) {
        // A model outside the catalogue has no confidence to show: only "unknown — see its manual".
        m_sources.clear();
        setText(body);
        setToolTip(tr("Not in the catalogue: see its manual."));
        setAccessibleName(m_plain);
        return;
    }
    render(body, tail);
}

void FactLabel::setNote(const PlanNote &note)
{
    setStatement(Planner::noteText(note), note.confidence, note.sources);
}

void FactLabel::setStatement(const QString &text, Confidence confidence, const QList<SourceRef> &sources, const QString &note)
{
    m_confidence = confidence;
    m_sources = sources;
    m_note = note;
    m_plain = text;
    render(esc(text));
}
