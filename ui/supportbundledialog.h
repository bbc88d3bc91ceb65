#pragma once

#include "commissioningplan.h"
#include "supportbundle.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <optional>

class AppSettings;
class BankMonitor;
class Catalogue;
class QLabel;
class QLineEdit;
class QPushButton;

// File > Save a support bundle…: one ZIP for a vendor's service desk (core's SupportBundle, the
// code `bankscope-cli bundle` runs) from the window's bank as it is now, the recording being
// made or replayed, and a commissioning plan if one is picked. The dialog says what will go in
// before anything is written and, once written, lists what the file holds. Nothing is sent
// anywhere. The file is picked through a save dialog (which asks before replacing a file); the
// name suggested is new. GUI thread; reads the monitor only while saving, owns nothing of it.
class SupportBundleDialog : public QDialog
{
    Q_OBJECT

public:
    // `catalogue` may be null (no plan can be read then); `settings` may be null (no plan folder).
    SupportBundleDialog(const BankMonitor &monitor, const QStringList &recordings, const QString &source,
                        const Catalogue *catalogue, AppSettings *settings, QWidget *parent = nullptr);

    // Where the file dialogs' answers come from; the platform's dialogs unless set (tests).
    enum class FileChoice { Plan, Bundle };
    using FileChooser = std::function<QString(FileChoice choice, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    QString planPath() const { return m_planPath; }
    // A plan to include; false (and a message box) when it cannot be read as a plan.
    bool setPlanPath(const QString &path);
    QString outputPath() const { return m_outputPath; }
    void setOutputPath(const QString &path);
    // What will go in, in words (the dialog's list).
    QString contentsText() const;

    // Writes the bundle, then shows what it holds (a message box, objectName "supportBundleSaved")
    // and closes; on failure says why and stays open. The files written, empty on failure.
    QList<SupportBundleFile> save();

private:
    void choosePlan();
    void chooseOutput();
    void updateContents();
    QString choose(FileChoice choice, const QString &suggested);

    const BankMonitor &m_monitor;
    QStringList m_recordings;
    QString m_source;
    const Catalogue *m_catalogue;
    AppSettings *m_settings;
    std::optional<CommissioningPlan> m_plan;
    QString m_planPath;
    QString m_outputPath;
    FileChooser m_choose;
    QLabel *m_contents = nullptr;
    QLineEdit *m_planEdit = nullptr;
    QLineEdit *m_outputEdit = nullptr;
    QPushButton *m_save = nullptr;
};
