#pragma once

#include <QFrame>
#include <QHash>

class BankMonitor;
class QLabel;

// The bank's headline, always visible above every page: bank SOC, voltage, current, packs
// online, what the inverter is told (or, when it receives nothing, what it guesses from the
// voltage), and the findings count. Each item has an icon where its state matters and a tooltip
// with its unit and source. GUI thread; does not own the monitor.
class HeadlineBar : public QFrame
{
    Q_OBJECT

public:
    explicit HeadlineBar(const BankMonitor &monitor, QWidget *parent = nullptr);
    void refresh();

    QString inverterText() const;

private:
    QLabel *item(const QString &name);
    QLabel *icon();
    // Set only what changed: a label's new text re-lays out the window, ten times a second.
    static void setText(QLabel *label, const QString &text);
    void setTone(QLabel *icon, int tone);

    const BankMonitor &m_monitor;
    QLabel *m_soc;
    QLabel *m_voltage;
    QLabel *m_current;
    QLabel *m_packsIcon;
    QLabel *m_packs;
    QLabel *m_inverterIcon;
    QLabel *m_inverter;
    QLabel *m_findingsIcon;
    QLabel *m_findings;
    QHash<QLabel *, int> m_tones;
};
