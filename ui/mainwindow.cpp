#include "mainwindow.h"

#include "adapterguide.h"
#include "appearance.h"
#include "appsettings.h"
#include "bankmonitor.h"
#include "catalogue.h"
#include "commissioningplan.h"
#include "cellspage.h"
#include "commissioningwizard.h"
#include "connectiondialog.h"
#include "diagnosisdialog.h"
#include "eventspage.h"
#include "headlinebar.h"
#include "inverterpage.h"
#include "linkactivity.h"
#include "linkspage.h"
#include "linkstatusbar.h"
#include "overviewpage.h"
#include "packpage.h"
#include "preferencesdialog.h"
#include "replaybar.h"
#include "failovercarddialog.h"
#include "reportdialog.h"
#include "supportbundledialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(BankMonitor &monitor, const QString &sourceDescription, const LinkActivity *links,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_activity(links)
    , m_headline(new HeadlineBar(monitor, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new OverviewPage(monitor, this))
    , m_pack(new PackPage(monitor, this))
    , m_cells(new CellsPage(monitor, this))
    , m_inverter(new InverterPage(monitor, this))
    , m_events(new EventsPage(monitor, this))
    , m_links(new LinksPage(links, this))
{
    m_source = sourceDescription;
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_pack),
                          static_cast<QWidget *>(m_cells), static_cast<QWidget *>(m_inverter),
                          static_cast<QWidget *>(m_events), static_cast<QWidget *>(m_links)})
        m_stack->addWidget(page);
    // Splitters are remembered by name: each page's get one from the page they belong to.
    const QStringList pageNames{QStringLiteral("overview"), QStringLiteral("pack"), QStringLiteral("cells"),
                                QStringLiteral("inverter"), QStringLiteral("events"), QStringLiteral("links")};
    for (int i = 0; i < m_stack->count(); ++i) {
        const QList<QSplitter *> splitters = m_stack->widget(i)->findChildren<QSplitter *>();
        for (int j = 0; j < splitters.size(); ++j)
            if (splitters[j]->objectName().isEmpty())
                splitters[j]->setObjectName(QStringLiteral("%1Splitter%2").arg(pageNames.value(i)).arg(j));
    }

    // A replay is said over the headline, in words and bold, never only by a colour.
    m_replayBanner = new QLabel(this);
    m_replayBanner->setObjectName(QStringLiteral("replayBanner"));
    m_replayBanner->setVisible(false);
    m_replayBanner->setAutoFillBackground(true);
    m_replayBanner->setMargin(4);
    QFont bannerFont = m_replayBanner->font();
    bannerFont.setBold(true);
    m_replayBanner->setFont(bannerFont);
    // A link that failed, is reconnecting or hears bytes without frames: what it is and what to do.
    m_problemBanner = new QLabel(this);
    m_problemBanner->setObjectName(QStringLiteral("problemBanner"));
    m_problemBanner->setVisible(false);
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setAutoFillBackground(true);
    m_problemBanner->setMargin(4);
    m_problemBanner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemBanner->setAccessibleName(tr("Link problems"));
    m_replayBar = new ReplayBar(this);
    m_replayBar->setVisible(false);
    connect(m_replayBar, &ReplayBar::pauseRequested, this, &MainWindow::replayPauseRequested);
    connect(m_replayBar, &ReplayBar::speedRequested, this, &MainWindow::replaySpeedRequested);
    connect(m_replayBar, &ReplayBar::seekRequested, this, &MainWindow::replaySeekRequested);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_replayBanner);
    layout->addWidget(m_headline);
    layout->addWidget(m_problemBanner);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    layout->addWidget(m_replayBar);
    setCentralWidget(central);

    // The status bar: the source, one chip per link, recording, and the data's time.
    m_sourceLabel = new QLabel(sourceDescription, this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    statusBar()->addWidget(m_sourceLabel);
    m_linkBar = new LinkStatusBar(this);
    statusBar()->addWidget(m_linkBar, 1);
    m_recordingLabel = new QLabel(this);
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    m_recordingLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_recordingLabel);
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    statusBar()->addPermanentWidget(m_clockLabel);

    buildMenus();

    connect(m_overview, &OverviewPage::packActivated, this, &MainWindow::showPack);
    connect(m_cells, &CellsPage::packActivated, this, &MainWindow::showPack);
    connect(m_inverter, &InverterPage::rulesChanged, this, &MainWindow::tick);

    m_tick = new QTimer(this);
    m_tick->setInterval(100); // 10 Hz: repaint rate independent of the data rate
    connect(m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick->start();

    resize(1360, 860);
    showPage(Page::Overview);
    refreshPages(true);
    m_seenRevision = m_monitor.revision();
    m_clockLabel->setText(tr("Updated %1").arg(Appearance::clockTime(m_monitor.nowMs())));
    updateTitle();
}

void MainWindow::buildMenus()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_openRecordingAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open recording\u2026"),
                                            this, &MainWindow::openRecording);
    m_openRecordingAction->setObjectName(QStringLiteral("openRecording"));
    m_openRecordingAction->setShortcut(QKeySequence::Open);
    m_openRecordingAction->setToolTip(tr("Replay a BankScope recording, a candump log, a Vector ASC or a SavvyCAN CSV into every view"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    m_recordAction = file->addAction(tr("&Record\u2026"), this, &MainWindow::startRecording);
    m_recordAction->setObjectName(QStringLiteral("record"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setToolTip(tr("Record every link's traffic to a file, to replay or send later"));
    m_stopRecordingAction = file->addAction(tr("&Stop recording"), this, &MainWindow::stopRecordingRequested);
    m_stopRecordingAction->setObjectName(QStringLiteral("stopRecording"));
    // The same key stops: only one of the two is enabled at a time.
    m_stopRecordingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stopRecordingAction->setEnabled(false);
    m_pauseReplayAction = file->addAction(tr("&Pause replay"), this, [this] { m_replayBar->setPaused(!m_replayBar->isPaused()); });
    m_pauseReplayAction->setObjectName(QStringLiteral("pauseReplay"));
    m_pauseReplayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_pauseReplayAction->setEnabled(false);
    file->addSeparator();
    m_printReportAction = file->addAction(tr("&Print a commissioning report\u2026"), this, &MainWindow::printReport);
    m_printReportAction->setObjectName(QStringLiteral("printReport"));
    m_printReportAction->setShortcut(QKeySequence::Print);
    m_printReportAction->setToolTip(tr("Open a saved commissioning plan and preview, print or export its report"));
    m_printReportAction->setEnabled(false);
    // The support bundle (issue 22): the bank now, the recording being made or replayed, a plan.
    QAction *bundle = file->addAction(tr("Save a support &bundle\u2026"), this, [this] {
        QStringList recordings;
        if (m_recording && !m_recordingPath.isEmpty())
            recordings.append(m_recordingPath);
        for (const LinkStatus &s : std::as_const(m_statuses))
            if (s.kind == SessionSource::Kind::Recording && !s.device.isEmpty() && !recordings.contains(s.device))
                recordings.append(s.device);
        auto *dialog = new SupportBundleDialog(m_monitor, recordings, m_source, m_catalogue, m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    bundle->setObjectName(QStringLiteral("supportBundle"));
    bundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    bundle->setToolTip(tr("One ZIP for a vendor's service desk: plan, recording, findings, freeze-frames, firmware, cell voltages; "
                          "nothing is sent anywhere"));
    file->addSeparator();
    m_preferencesAction = file->addAction(tr("Pre&ferences\u2026"), this, &MainWindow::openPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some desktops

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_findAction = edit->addAction(tr("&Find\u2026"), this, &MainWindow::find);
    m_findAction->setObjectName(QStringLiteral("find"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("The Events page: filter by pack; every other page: the raw traffic filter of the Links page"));

    // Connection
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    m_connectAction = connection->addAction(tr("&Connect\u2026"), this, [this] { openConnectionDialog(false); });
    m_connectAction->setObjectName(QStringLiteral("connect"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_connectAction->setToolTip(tr("Pick the adapters, protocol, speed and role; the last connection is offered again"));
    m_disconnectAction = connection->addAction(tr("&Disconnect"), this, &MainWindow::disconnectRequested);
    m_disconnectAction->setObjectName(QStringLiteral("disconnect"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_disconnectAction->setEnabled(false);
    m_detectAction = connection->addAction(tr("&Auto-detect\u2026"), this, [this] { openConnectionDialog(true); });
    m_detectAction->setObjectName(QStringLiteral("autoDetect"));
    m_detectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_detectAction->setToolTip(tr("Listen to an adapter at every speed and find the protocol; never transmits"));

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    buildNavigation(view);

    // Workflows
    QMenu *workflows = menuBar()->addMenu(tr("&Workflows"));
    workflows->setObjectName(QStringLiteral("workflowsMenu"));
    m_commissionAction = workflows->addAction(tr("&Commission a bank\u2026"), this, [this] {
        CommissioningWizard::open(this, *m_catalogue, m_settings, m_monitor, m_activity, m_drillSession, m_sessionEvidence);
    });
    m_commissionAction->setObjectName(QStringLiteral("commissionAction"));
    m_commissionAction->setEnabled(false);
    m_failoverCardAction = workflows->addAction(tr("Print a &failover card…"), this, &MainWindow::printFailoverCard);
    m_failoverCardAction->setObjectName(QStringLiteral("failoverCardAction"));
    m_failoverCardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_failoverCardAction->setToolTip(tr("Open a saved commissioning plan and preview, print or export the site's failover card, "
                                        "in the site owner's language"));
    m_failoverCardAction->setEnabled(false);
    m_diagnoseAction = workflows->addAction(tr("&Diagnose a communication fault\u2026"), this, &MainWindow::openDiagnosis);
    m_diagnoseAction->setObjectName(QStringLiteral("diagnoseAction"));
    m_diagnoseAction->setToolTip(tr("Why does the inverter say \"BMS communication fault\"? Reads a recording of the link; never transmits"));

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = help->addAction(tr("&Adapters in the field"), this, &MainWindow::showAdapterGuide);
    m_guideAction->setObjectName(QStringLiteral("adapterGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About BankScope"), this, [this] { AboutBox::show(this); });
    about->setObjectName(QStringLiteral("about"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
}

void MainWindow::buildNavigation(QMenu *view)
{
    struct Entry
    {
        Page page;
        QString text;
        QString tip;
        QStyle::StandardPixmap icon;
    };
    const QList<Entry> entries{
        {Page::Overview, tr("Overview"), tr("Every pack and the bank's findings"), QStyle::SP_FileDialogListView},
        {Page::Pack, tr("Pack"), tr("One pack: cells, temperatures, trends"), QStyle::SP_FileDialogDetailedView},
        {Page::Cells, tr("Cells"), tr("Every cell of the bank in one map"), QStyle::SP_FileDialogContentsView},
        {Page::Inverter, tr("Inverter"), tr("What the inverter should see, can see and is told"), QStyle::SP_ComputerIcon},
        {Page::Events, tr("Events"), tr("Alarms and events with freeze-frames"), QStyle::SP_MessageBoxWarning},
        {Page::Links, tr("Links"), tr("Link health and raw traffic"), QStyle::SP_DriveNetIcon},
    };
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(style()->pixelMetric(QStyle::PM_ToolBarIconSize), style()->pixelMetric(QStyle::PM_ToolBarIconSize)));
    int widest = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const QKeySequence key(QStringLiteral("Ctrl+%1").arg(i + 1));
        auto *item = new QListWidgetItem(style()->standardIcon(e.icon), e.text, m_nav);
        item->setToolTip(tr("%1 (%2)").arg(e.tip, key.toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 6));
        widest = std::max(widest, fontMetrics().horizontalAdvance(e.text));
        QAction *action = view->addAction(style()->standardIcon(e.icon), e.text);
        action->setShortcut(key);
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("page%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, page = e.page] { showPage(page); });
        m_pageActions.append(action);
    }
    m_nav->setFixedWidth(widest + m_nav->iconSize().width() + fontMetrics().height() * 3);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(static_cast<Page>(row));
    });
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark palette"));
    m_darkAction->setObjectName(QStringLiteral("darkPalette"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(Appearance::isDark(QApplication::palette()));
    m_darkAction->setToolTip(tr("A dark palette for a dim plant room; the light one reads better in sunlight."));
    connect(m_darkAction, &QAction::toggled, this, [this](bool dark) {
        setDarkPalette(dark);
        if (m_settings)
            m_settings->setDarkPalette(dark);
    });
}

void MainWindow::setDarkPalette(bool dark)
{
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Appearance::darkPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    if (m_darkAction->isChecked() != dark) {
        const QSignalBlocker block(m_darkAction);
        m_darkAction->setChecked(dark);
    }
    refreshPages(true);
    setLinkStatuses(m_statuses); // the banners' tints follow the palette
}

void MainWindow::setWorkflowServices(const Catalogue *catalogue, AppSettings *settings)
{
    m_catalogue = catalogue;
    m_settings = settings;
    m_commissionAction->setEnabled(catalogue != nullptr);
    m_failoverCardAction->setEnabled(catalogue != nullptr);
    m_printReportAction->setEnabled(catalogue != nullptr);
    m_preferencesAction->setEnabled(settings != nullptr);
    if (settings)
        restoreSettings();
    updateRecentMenu();
}

QAction *MainWindow::pageAction(Page page) const
{
    return m_pageActions.value(static_cast<int>(page));
}

void MainWindow::showPage(Page page)
{
    const int index = static_cast<int>(page);
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(index);
    }
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions[i]->setChecked(i == index);
    if (page == Page::Pack)
        m_pack->refresh(); // its charts are drawn only while shown
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::showPack(const QString &packId)
{
    m_pack->setPack(packId);
    showPage(Page::Pack);
}

PackTableModel *MainWindow::packModel() const
{
    return m_overview->packModel();
}

InverterViewModel *MainWindow::inverterModel() const
{
    return m_inverter->model();
}

FindingsModel *MainWindow::findingsModel() const
{
    return m_overview->findingsModel();
}

void MainWindow::refreshPages(bool all)
{
    m_headline->refresh();
    m_overview->refresh();
    m_cells->refresh();
    m_inverter->refresh();
    m_events->refresh();
    if (all || currentPage() == Page::Pack)
        m_pack->refresh();
}

void MainWindow::tick()
{
    if (m_activity)
        m_links->refresh(m_monitor.nowMs() * 1000);
    if (m_monitor.revision() == m_seenRevision)
        return;
    m_seenRevision = m_monitor.revision();
    m_pack->syncPacks();
    refreshPages(false);
    if (!isReplay()) // a replay shows its file's time (setLinkStatuses), never the clock's
        m_clockLabel->setText(tr("Updated %1").arg(Appearance::clockTime(m_monitor.nowMs())));
}

namespace {

// A banner's background for a tone, from the current palette (readable light and dark).
void tint(QWidget *widget, Appearance::Tone tone)
{
    QPalette p = QApplication::palette(widget);
    const QColor back = Appearance::background(tone, p);
    if (back.isValid())
        p.setColor(QPalette::Window, back);
    p.setColor(QPalette::WindowText, Appearance::foreground(tone, p));
    if (widget->palette() != p)
        widget->setPalette(p);
}

const LinkStatus *replayStatus(const QList<LinkStatus> &statuses)
{
    for (const LinkStatus &s : statuses)
        if (s.kind == SessionSource::Kind::Recording)
            return &s;
    return nullptr;
}

} // namespace

bool MainWindow::isReplay() const
{
    return replayStatus(m_statuses) != nullptr;
}

QString MainWindow::problemText() const
{
    return m_problemBanner->isVisibleTo(this) ? m_problemBanner->text() : QString();
}

QString MainWindow::replayHeadline() const
{
    const LinkStatus *replay = replayStatus(m_statuses);
    if (!replay)
        return {};
    const QString file = QFileInfo(replay->device).fileName().isEmpty() ? replay->name : QFileInfo(replay->device).fileName();
    const QString time = LinkStatusText::fileTime(replay->fileTimeUs);
    QString text = time.isEmpty() ? tr("REPLAY of %1 \u2014 no event read yet").arg(file)
                                  : tr("REPLAY of %1 \u2014 file time %2").arg(file, time);
    if (replay->phase == LinkStatus::Phase::ReplayPaused)
        text += tr(" (paused)");
    else if (replay->phase == LinkStatus::Phase::ReplayEnded)
        text += tr(" (ended)");
    return text;
}

void MainWindow::setLinkStatuses(const QList<LinkStatus> &statuses)
{
    m_statuses = statuses;
    m_linkBar->setStatuses(statuses);
    // The chips name each link; the source's sentence stays in the title and the tooltip.
    m_sourceLabel->setVisible(statuses.isEmpty());
    m_linkBar->setToolTip(m_source);
    m_disconnectAction->setEnabled(!statuses.isEmpty());

    QStringList problems;
    Appearance::Tone worst = Appearance::Tone::Warning;
    for (const LinkStatus &s : statuses) {
        const QString p = LinkStatusText::problem(s);
        if (!p.isEmpty())
            problems << p;
        if (s.phase == LinkStatus::Phase::Failed)
            worst = Appearance::Tone::Error;
    }
    if (!problems.isEmpty())
        problems << tr("More in Help \u203A Adapters in the field (F1).");
    const QString problemText = problems.join(QLatin1Char('\n'));
    if (m_problemBanner->text() != problemText) {
        m_problemBanner->setText(problemText);
        m_problemBanner->setAccessibleDescription(problemText);
    }
    m_problemBanner->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        tint(m_problemBanner, worst);

    const LinkStatus *replay = replayStatus(statuses);
    m_replayBar->setVisible(replay != nullptr);
    m_replayBanner->setVisible(replay != nullptr);
    m_pauseReplayAction->setEnabled(replay && replay->phase != LinkStatus::Phase::ReplayEnded);
    if (replay) {
        m_replayBar->setStatus(*replay);
        m_pauseReplayAction->setText(replay->phase == LinkStatus::Phase::ReplayPaused ? tr("&Resume replay") : tr("&Pause replay"));
        const QString headline = replayHeadline();
        if (m_replayBanner->text() != headline) {
            m_replayBanner->setText(headline);
            m_replayBanner->setAccessibleName(headline);
        }
        tint(m_replayBanner, Appearance::Tone::Notice);
        const QString time = LinkStatusText::fileTime(replay->fileTimeUs);
        m_clockLabel->setText(time.isEmpty() ? tr("File time \u2014") : tr("File time %1").arg(time));
    }
    updateTitle();
}

void MainWindow::setRecording(bool recording, const QString &path)
{
    m_recording = recording;
    m_recordingPath = path;
    m_recordAction->setEnabled(!recording);
    m_stopRecordingAction->setEnabled(recording);
    m_recordingLabel->setVisible(recording);
    if (recording) {
        m_recordingLabel->setText(tr("\u25CF Recording to %1").arg(QFileInfo(path).fileName()));
        m_recordingLabel->setToolTip(QDir::toNativeSeparators(path));
        m_recordingLabel->setAccessibleName(tr("Recording to %1").arg(QDir::toNativeSeparators(path)));
        if (m_settings)
            m_settings->addRecentFile(path);
        updateRecentMenu();
    }
    updateTitle();
}

void MainWindow::setSourceDescription(const QString &description)
{
    m_source = description;
    m_sourceLabel->setText(description);
    updateTitle();
}

void MainWindow::setLinkActivity(const LinkActivity *links)
{
    m_activity = links;
    m_links->setActivity(links);
}

void MainWindow::setReplaySpan(qint64 firstUs, qint64 lastUs)
{
    m_replayBar->setSpan(firstUs, lastUs);
}

void MainWindow::updateTitle()
{
    QString title;
    if (isReplay())
        title = tr("%1 \u2014 BankScope").arg(replayHeadline());
    else
        title = m_source.isEmpty() ? tr("BankScope") : tr("BankScope \u2014 %1").arg(m_source);
    if (m_recording)
        title += tr(" \u2014 recording");
    if (windowTitle() != title)
        setWindowTitle(title);
}

QString MainWindow::chooseFile(FileChoice choice, const QString &suggested)
{
    if (m_chooseFile)
        return m_chooseFile(choice, suggested);
    switch (choice) {
    case FileChoice::OpenRecording:
        return QFileDialog::getOpenFileName(this, tr("Open a recording"), suggested,
                                            tr("Recordings (*.log *.asc *.csv *.txt);;All files (*)"));
    case FileChoice::RecordTo:
        return QFileDialog::getSaveFileName(this, tr("Record to"), suggested, tr("BankScope recordings (*.log)"));
    case FileChoice::OpenPlan:
        return QFileDialog::getOpenFileName(this, tr("Open a commissioning plan"), suggested, tr("Commissioning plans (*.json)"));
    case FileChoice::DiagnoseRecording:
        return QFileDialog::getOpenFileName(this, tr("Open a recording to diagnose"), QFileInfo(suggested).absolutePath(),
                                            tr("Recordings and CAN logs (*.log *.asc *.csv *.txt);;All files (*)"));
    }
    return {};
}

void MainWindow::openConnectionDialog(bool detect)
{
    auto *dialog = new ConnectionDialog(m_settings ? m_settings->lastConnection() : std::nullopt, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SessionPlan plan = dialog->plan();
        if (m_settings) {
            m_settings->setLastConnection(plan);
            m_settings->sync();
        }
        Q_EMIT connectRequested(plan);
    });
    dialog->open();
    if (detect) {
        dialog->detectButton()->setFocus();
        dialog->startDetect();
    }
}

void MainWindow::openRecording()
{
    const QStringList recent = m_settings ? m_settings->recentFiles() : QStringList();
    const QString start = recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(recent.first()).absolutePath();
    const QString path = chooseFile(FileChoice::OpenRecording, start);
    if (path.isEmpty())
        return;
    if (m_settings)
        m_settings->addRecentFile(path);
    updateRecentMenu();
    Q_EMIT openRecordingRequested(path);
}

void MainWindow::startRecording()
{
    if (m_recording)
        return;
    const QStringList recent = m_settings ? m_settings->recentFiles() : QStringList();
    const QString folder = recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(recent.first()).absolutePath();
    const QString name = QStringLiteral("bankscope-%1.log").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = chooseFile(FileChoice::RecordTo, QDir(folder).filePath(name));
    if (!path.isEmpty())
        Q_EMIT recordRequested(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
            if (m_settings)
                m_settings->addRecentFile(path);
            updateRecentMenu();
            Q_EMIT openRecordingRequested(path);
        });
        a->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::printReport()
{
    if (!m_catalogue)
        return;
    const QString folder = m_settings && !m_settings->planFolder().isEmpty()
        ? m_settings->planFolder()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseFile(FileChoice::OpenPlan, folder);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Print a commissioning report"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const auto plan = PlanJson::parse(file.read(4 * 1024 * 1024), *m_catalogue);
    if (!plan) {
        QMessageBox::warning(this, tr("Print a commissioning report"),
                             tr("This plan cannot be opened:\n%1: %2").arg(QDir::toNativeSeparators(path), plan.error().toString()));
        return;
    }
    auto *dialog = new ReportDialog(*plan, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::printFailoverCard()
{
    if (!m_catalogue)
        return;
    const QString folder = m_settings && !m_settings->planFolder().isEmpty()
        ? m_settings->planFolder()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseFile(FileChoice::OpenPlan, folder);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Print a failover card"), tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const auto plan = PlanJson::parse(file.read(4 * 1024 * 1024), *m_catalogue);
    if (!plan) {
        QMessageBox::warning(this, tr("Print a failover card"),
                             tr("This plan cannot be opened:\n%1: %2").arg(QDir::toNativeSeparators(path), plan.error().toString()));
        return;
    }
    auto *dialog = new FailoverCardDialog(*plan, *m_catalogue, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openPreferences()
{
    if (!m_settings)
        return;
    auto *dialog = new PreferencesDialog(*m_settings, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->windowLanguageChanged())
            statusBar()->showMessage(tr("The window's language changes at the next start of BankScope."), 10000);
    });
    dialog->open();
}

DiagnosisDialog *MainWindow::openDiagnosis()
{
    auto *dialog = new DiagnosisDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser([this] { return chooseFile(FileChoice::DiagnoseRecording, m_recordingPath); });
    dialog->setCatalogue(m_catalogue);
    dialog->setPlanChooser([this] { return chooseFile(FileChoice::OpenPlan, m_settings ? m_settings->planFolder() : QString()); });
    if (m_recording && !m_recordingPath.isEmpty())
        dialog->loadRecording(m_recordingPath);
    dialog->open();
    return dialog;
}

void MainWindow::showAdapterGuide()
{
    auto *guide = findChild<AdapterGuide *>();
    if (!guide) {
        guide = new AdapterGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::find()
{
    if (currentPage() == Page::Events) {
        if (auto *pack = m_events->findChild<QComboBox *>(QStringLiteral("eventPackFilter"))) {
            pack->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    showPage(Page::Links);
    if (auto *filter = m_links->findChild<QLineEdit *>(QStringLiteral("trafficFilter"))) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    m_splittersRestored = false; // at the first show, once the pages have their real size
    if (isVisible())
        restoreSplitters();
    if (m_settings->darkPalette())
        setDarkPalette(true);
    showPage(static_cast<Page>(m_settings->currentPage()));
}

void MainWindow::restoreSplitters()
{
    if (m_splittersRestored || !m_settings)
        return;
    m_splittersRestored = true;
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (const QByteArray state = m_settings->widgetState(splitter->objectName()); !state.isEmpty())
            splitter->restoreState(state);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    restoreSplitters();
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            m_settings->setWidgetState(splitter->objectName(), splitter->saveState());
    m_settings->setCurrentPage(static_cast<int>(currentPage()));
    m_settings->setDarkPalette(m_darkAction->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
