#pragma once

#include "commissioningplan.h"
#include "diagnosis.h"
#include "protocolid.h"

#include <QDialog>

#include <functional>
#include <optional>

class Catalogue;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QWidget;

// Workflows > Diagnose a communication fault…: the "BMS communication fault" assistant in the
// window (issue 22 item 4). Reads a recording (the session's own while it records, or any file)
// through links' DiagnosisCollector, shows core's Diagnosis — the causes ranked, each with its
// confidence, evidence, the causes it cannot be told from and the next step — and walks the
// technician through the checks by hand the wire cannot make, one question at a time; each answer
// is recorded (with a note and the time; "could not check" too) and the causes are ranked again
// with it. With the site's commissioning plan open, the checks it already holds are taken into
// the ranking and every new answer is saved into the plan at once (CommissioningPlan::
// diagnosisChecks), so `diagnose --plan` and the support bundle see them. Never touches a link.
// GUI thread; owns its widgets; holds the evidence, the findings and the plan by value.
class DiagnosisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosisDialog(QWidget *parent = nullptr);

    // Reads the recording; false (and the reason shown and in errorText()) when it cannot.
    bool loadRecording(const QString &path);
    QString recordingPath() const { return m_path; }
    QString errorText() const { return m_error; }
    void setSerialProtocol(ProtocolId protocol);
    // Evidence from elsewhere (tests, a live session); the findings recorded so far are kept.
    void setEvidence(const DiagnosisEvidence &evidence);
    const DiagnosisEvidence &evidence() const { return m_evidence; }
    const DiagnosisResult &result() const { return m_result; }

    // The technician's answer to a check by hand; ranks the causes again and, with a plan open,
    // saves it into the plan. An empty outcome: the check could not be made (the note says why).
    void recordFinding(const QString &check, const QString &outcome, const QString &note = {});

    // The site's plan: its recorded checks join the evidence, new ones are saved into it. Needs
    // the catalogue; false (and the reason shown and in errorText()) when it cannot be read.
    void setCatalogue(const Catalogue *catalogue) { m_catalogue = catalogue; }
    bool openPlan(const QString &path);
    QString planPath() const { return m_planPath; }
    // Where "Plan…" gets its file from; the platform's file dialog unless set.
    void setPlanChooser(std::function<QString()> chooser) { m_choosePlan = std::move(chooser); }
    QList<ManualFinding> findings() const { return m_evidence.manual; }
    // The check asked now ("" when none is left).
    QString currentCheck() const { return m_check; }
    // The result and the findings as the JSON `bankscope-cli diagnose` prints, plus "found_by_hand".
    QJsonObject toJson() const;

    QTreeWidget *causesView() const { return m_causes; }
    QLabel *summaryLabel() const { return m_summary; }

    // Where "Open recording…" gets its file from; the platform's file dialog unless set (tests).
    void setFileChooser(std::function<QString()> chooser) { m_choose = std::move(chooser); }

private:
    void rediagnose();
    void showResult();
    void showCheck();
    void openRecording();
    void choosePlan();
    bool savePlan();
    void showFound();

    DiagnosisEvidence m_evidence;
    DiagnosisResult m_result;
    QString m_path;
    QString m_error;
    QString m_check;
    ProtocolId m_protocol = ProtocolId::PylontechRs485;
    std::function<QString()> m_choose;
    std::function<QString()> m_choosePlan;
    const Catalogue *m_catalogue = nullptr;
    std::optional<CommissioningPlan> m_plan;
    QString m_planPath;

    QLabel *m_source = nullptr;
    QComboBox *m_protocolBox = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_causes = nullptr;
    QLabel *m_question = nullptr;
    QWidget *m_answers = nullptr;
    QHBoxLayout *m_answerRow = nullptr;
    QLineEdit *m_note = nullptr;
    QListWidget *m_found = nullptr;
    QLabel *m_planLabel = nullptr;
};
