#include "mainwindow.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "cellspage.h"
#include "commissioningwizard.h"
#include "eventspage.h"
#include "headlinebar.h"
#include "inverterpage.h"
#include "linkactivity.h"
#include "linkspage.h"
#include "overviewpage.h"
#include "packpage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
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
    setWindowTitle(tr("BankScope \u2014 %1").arg(sourceDescription));
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_pack),
                          static_cast<QWidget *>(m_cells), static_cast<QWidget *>(m_inverter),
                          static_cast<QWidget *>(m_events), static_cast<QWidget *>(m_links)})
        m_stack->addWidget(page);
    buildNavigation();
    QMenu *workflows = menuBar()->addMenu(tr("&Workflows"));
    m_commissionAction = workflows->addAction(tr("&Commission a bank\u2026"), this, [this] {
        CommissioningWizard::open(this, *m_catalogue, m_settings, m_monitor, m_activity);
    });
    m_commissionAction->setObjectName(QStringLiteral("commissionAction"));
    m_commissionAction->setEnabled(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_headline);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    // The status bar: the source now; the session adds one chip per link.
    auto *source = new QLabel(sourceDescription, this);
    source->setObjectName(QStringLiteral("sourceLabel"));
    statusBar()->addWidget(source);
    m_clockLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_clockLabel);

    connect(m_overview, &OverviewPage::packActivated, this, &MainWindow::showPack);
    connect(m_cells, &CellsPage::packActivated, this, &MainWindow::showPack);
    connect(m_inverter, &InverterPage::rulesChanged, this, &MainWindow::tick);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    addAction(quit);

    m_tick = new QTimer(this);
    m_tick->setInterval(100); // 10 Hz: repaint rate independent of the data rate
    connect(m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick->start();

    resize(1360, 860);
    showPage(Page::Overview);
    refreshPages(true);
    m_seenRevision = m_monitor.revision();
    m_clockLabel->setText(tr("Updated %1").arg(Appearance::clockTime(m_monitor.nowMs())));
}

void MainWindow::buildNavigation()
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
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
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
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkPalette);
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
}

void MainWindow::setWorkflowServices(const Catalogue *catalogue, AppSettings *settings)
{
    m_catalogue = catalogue;
    m_settings = settings;
    m_commissionAction->setEnabled(catalogue != nullptr);
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
    refreshPages(false);
    m_clockLabel->setText(tr("Updated %1").arg(Appearance::clockTime(m_monitor.nowMs())));
}
