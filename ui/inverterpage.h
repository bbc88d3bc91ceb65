#pragma once

#include "currentsharing.h"

#include <QWidget>

class BankMonitor;
class InverterViewModel;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QTableView;

// The inverter's view against the truth: the rules (architecture, current-limit rule, fault
// rule), what it should see / can see / is told field by field with provenance, what it falls
// back to when it receives nothing (the voltage-only SOC and how wrong it is), the single-master
// gap panel, and the current-sharing prediction (when the generator would start and what energy
// is still in the bank then) for a load and generator-start SOC the technician enters.
// GUI thread; does not own the monitor (it changes its rules).
class InverterPage : public QWidget
{
    Q_OBJECT

public:
    explicit InverterPage(BankMonitor &monitor, QWidget *parent = nullptr);

    InverterViewModel *model() const { return m_model; }
    void refresh();

    void setLoadA(double amperes);
    void setGeneratorStartSocPct(double percent);
    // The last prediction (nullopt when it could not be made; predictionText() says why).
    const std::optional<CurrentSharing::Prediction> &prediction() const { return m_prediction; }
    bool sharingMeasured() const { return m_sharingMeasured; }
    QString fallbackText() const;
    QString gapText() const;
    QString predictionText() const;

Q_SIGNALS:
    void rulesChanged();

private:
    void applyPolicy();
    void refreshFallback();
    void refreshGap();
    void refreshPrediction();

    BankMonitor &m_monitor;
    InverterViewModel *m_model;
    QComboBox *m_architecture;
    QComboBox *m_currentRule;
    QComboBox *m_faultRule;
    QTableView *m_table;
    QGroupBox *m_fallbackBox;
    QLabel *m_fallbackIcon;
    QLabel *m_fallback;
    QGroupBox *m_gapBox;
    QLabel *m_gap;
    QDoubleSpinBox *m_load;
    QDoubleSpinBox *m_generatorSoc;
    QLabel *m_predictionLabel;
    std::optional<CurrentSharing::Prediction> m_prediction;
    bool m_sharingMeasured = false;
    bool m_loadTouched = false;
};
