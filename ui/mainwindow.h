#pragma once

#include <QMainWindow>

class AppSettings;
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
class OverviewPage;
class PackPage;
class PackTableModel;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

// The window of DESIGN.md section 9: the bank's headline always visible at the top, the pages
// down the left (Overview, Pack, Cells, Inverter, Events, Links; Ctrl+1..6, also in the View
// menu), a status bar with the data source. Pulls from the BankMonitor (and the links' activity)
// on a 10 Hz tick, so the repaint rate does not follow the frame rate; a page's charts are
// redrawn only while it is shown. GUI thread; owns its pages, not the monitor or the activity.
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
    // Workflows > Commission a bank…: the commissioning wizard on this window's bank. Set by app/;
    // the action stays disabled without a catalogue. `settings` may be null.
    void setWorkflowServices(const Catalogue *catalogue, AppSettings *settings);
    QAction *commissionAction() const { return m_commissionAction; }

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

private:
    void buildNavigation();
    void refreshPages(bool all);

    BankMonitor &m_monitor;
    const LinkActivity *m_activity;
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
    const Catalogue *m_catalogue = nullptr;
    AppSettings *m_settings = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer *m_tick = nullptr;
    quint64 m_seenRevision = 0;
};
