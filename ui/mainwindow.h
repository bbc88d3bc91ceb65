#pragma once

#include "sessionplan.h"

#include <QMainWindow>

#include <functional>

class AppSettings;
class BankSession;
class SessionEvidence;
class BankMonitor;
class Catalogue;
class CellsPage;
class EventsPage;
class FindingsModel;
class HeadlineBar;
class InverterPage;
class InverterViewModel;
class LinkActivity;
class LinksPage;
class LinkStatusBar;
class OverviewPage;
class PackPage;
class PackTableModel;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class ReplayBar;
class DiagnosisDialog;

// The window of DESIGN.md section 9: the bank's headline always visible at the top, the pages
// down the left (Overview, Pack, Cells, Inverter, Events, Links; Ctrl+1..6, also in the View
// menu), a status bar with one chip per link. Pulls from the BankMonitor (and the links'
// activity) on a 10 Hz tick, so the repaint rate does not follow the frame rate; a page's charts
// are redrawn only while it is shown.
// It runs no session itself: the menus (File, Edit, Connection, View, Workflows, Help) ask for
// one through signals (connectRequested with the connection dialog's plan, recordRequested,
// openRecordingRequested, the replay controls), and app/ feeds back what the session reports
// (setLinkStatuses, setRecording, setSourceDescription, setReplaySpan). A replay is marked as
// one: the title, a banner over the headline and the status bar show the file and its time,
// never the wall clock. With settings, the window's geometry, splitters, page and palette come
// back at the next start. GUI thread; owns its pages, not the monitor, activity or settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Overview, Pack, Cells, Inverter, Events, Links };

    // `links` may be null (a source without link statistics).
    MainWindow(BankMonitor &monitor, const QString &sourceDescription, const LinkActivity *links = nullptr,
               QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    // Opens the Pack page on one pack.
    void showPack(const QString &packId);
    void setDarkPalette(bool dark);
    // Workflows > Commission a bank… and File > Print a commissioning report…: the wizard and the
    // report on this window's bank. Set by app/; those actions stay disabled without a catalogue.
    // `settings` may be null; when given, the window restores its geometry, splitters, page and
    // palette from it now (call before show()), saves them when it closes, offers the last
    // connection again and remembers the next one.
    void setWorkflowServices(const Catalogue *catalogue, AppSettings *settings);
    QAction *commissionAction() const { return m_commissionAction; }
    QAction *failoverCardAction() const { return m_failoverCardAction; }
    QAction *diagnoseAction() const { return m_diagnoseAction; }
    // The live session the commissioning wizard's failover drill listens on (not owned; may be null).
    void setDrillSession(BankSession *session) { m_drillSession = session; }
    // The live session's evidence the wizard's verification reads (serial numbers; not owned; may be null).
    void setSessionEvidence(SessionEvidence *evidence) { m_sessionEvidence = evidence; }
    // Writes the window's layout, page and palette into the settings (also done on close).
    void saveSettings();

    // Where the file dialogs' answers come from; the platform's file dialogs unless set (tests).
    enum class FileChoice { OpenRecording, RecordTo, OpenPlan, DiagnoseRecording };
    using FileChooser = std::function<QString(FileChoice choice, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // The session's side of the window.
    QList<LinkStatus> linkStatuses() const { return m_statuses; }
    bool isReplay() const;
    bool isRecording() const { return m_recording; }
    QString sourceDescription() const { return m_source; }
    // What the problem banner says (failed or reconnecting links, bytes without frames); "" if none.
    QString problemText() const;
    // "REPLAY of FILE — file time …" while a replay runs; "" otherwise.
    QString replayHeadline() const;
    LinkStatusBar *linkStatusBar() const { return m_linkBar; }
    ReplayBar *replayBar() const { return m_replayBar; }
    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *detectAction() const { return m_detectAction; }
    QAction *openRecordingAction() const { return m_openRecordingAction; }
    QAction *recordAction() const { return m_recordAction; }
    QAction *stopRecordingAction() const { return m_stopRecordingAction; }
    QAction *pauseReplayAction() const { return m_pauseReplayAction; }
    QAction *printReportAction() const { return m_printReportAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *adapterGuideAction() const { return m_guideAction; }

    HeadlineBar *headline() const { return m_headline; }
    OverviewPage *overviewPage() const { return m_overview; }
    PackPage *packPage() const { return m_pack; }
    CellsPage *cellsPage() const { return m_cells; }
    InverterPage *inverterPage() const { return m_inverter; }
    EventsPage *eventsPage() const { return m_events; }
    LinksPage *linksPage() const { return m_links; }
    QAction *pageAction(Page page) const;
    // Short-hands used by tests and the next workflows.
    PackTableModel *packModel() const;
    InverterViewModel *inverterModel() const;
    FindingsModel *findingsModel() const;

public Q_SLOTS:
    // Pulls the monitor's latest result into the models if it changed, and the latest traffic.
    void tick();
    // Every link's state, on the session's status tick: the chips, the problem banner, the replay.
    void setLinkStatuses(const QList<LinkStatus> &statuses);
    // The session records (or stopped): the File menu and the status bar follow.
    void setRecording(bool recording, const QString &path);
    // What the window reads, in words (title and status bar outside a replay).
    void setSourceDescription(const QString &description);
    // A replay's first and last file time, when the session knows them: the slider seeks.
    void setReplaySpan(qint64 firstUs, qint64 lastUs);
    // The session (re)started: the Links page and the workflows read this activity from now on
    // (a simulated bank keeps its own; a live session its; each start begins a new one).
    void setLinkActivity(const LinkActivity *links);

    // The menus' dialogs (also reachable from tests): each opens window-modal and returns at once.
    void openConnectionDialog(bool detect = false);
    void openRecording();
    void startRecording();
    void openPreferences();
    void showAdapterGuide();
    void find();
    // Workflows > Diagnose a communication fault…: the assistant on the recording being written
    // (if any), or a recording the technician opens. Returns the dialog (deleted on close).
    DiagnosisDialog *openDiagnosis();

Q_SIGNALS:
    void connectRequested(const SessionPlan &plan);
    void disconnectRequested();
    void recordRequested(const QString &path);
    void stopRecordingRequested();
    void openRecordingRequested(const QString &path);
    void replayPauseRequested(bool paused);
    void replaySpeedRequested(double speed);
    void replaySeekRequested(qint64 fileTimeUs);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildNavigation(QMenu *view);
    void refreshPages(bool all);
    void restoreSettings();
    void restoreSplitters();
    void updateTitle();
    void updateRecentMenu();
    void printReport();
    void printFailoverCard();
    QString chooseFile(FileChoice choice, const QString &suggested);

    BankMonitor &m_monitor;
    const LinkActivity *m_activity;
    BankSession *m_drillSession = nullptr;
    SessionEvidence *m_sessionEvidence = nullptr;
    HeadlineBar *m_headline;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    PackPage *m_pack;
    CellsPage *m_cells;
    InverterPage *m_inverter;
    EventsPage *m_events;
    LinksPage *m_links;
    QList<QAction *> m_pageActions;
    QAction *m_darkAction = nullptr;
    QAction *m_commissionAction = nullptr;
    QAction *m_failoverCardAction = nullptr;
    QAction *m_diagnoseAction = nullptr;
    const Catalogue *m_catalogue = nullptr;
    AppSettings *m_settings = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_recordingLabel = nullptr;
    QLabel *m_replayBanner = nullptr;
    QLabel *m_problemBanner = nullptr;
    LinkStatusBar *m_linkBar = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_detectAction = nullptr;
    QAction *m_openRecordingAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_stopRecordingAction = nullptr;
    QAction *m_pauseReplayAction = nullptr;
    QAction *m_printReportAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_guideAction = nullptr;
    QTimer *m_tick = nullptr;
    quint64 m_seenRevision = 0;
    QString m_source;
    QList<LinkStatus> m_statuses;
    bool m_recording = false;
    QString m_recordingPath;
    FileChooser m_chooseFile;
    bool m_splittersRestored = true;
};
