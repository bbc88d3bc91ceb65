#include "mainwindow.h"

#include "bankmonitor.h"
#include "findingsmodel.h"
#include "inverterviewmodel.h"
#include "packtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QGroupBox *wrap(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

MainWindow::MainWindow(BankMonitor &monitor, const QString &sourceDescription, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_packModel(new PackTableModel(monitor, this))
    , m_inverterModel(new InverterViewModel(monitor, this))
    , m_findingsModel(new FindingsModel(this))
{
    setWindowTitle(tr("BankScope \u2014 %1").arg(sourceDescription));
    buildToolBar();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_packModel);
    proxy->setSortRole(PackTableModel::RawValueRole);
    QTableView *packs = makeTable(proxy, central);
    packs->setObjectName(QStringLiteral("packTable"));
    packs->setSortingEnabled(true);
    packs->sortByColumn(PackTableModel::PackColumn, Qt::AscendingOrder);
    packs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    packs->horizontalHeader()->setStretchLastSection(true);

    QTableView *inverter = makeTable(m_inverterModel, central);
    inverter->setObjectName(QStringLiteral("inverterTable"));
    inverter->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    inverter->horizontalHeader()->setStretchLastSection(true);

    QTableView *findings = makeTable(m_findingsModel, central);
    findings->setObjectName(QStringLiteral("findingsTable"));
    findings->setWordWrap(true);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::SubjectColumn, QHeaderView::ResizeToContents);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::TextColumn, QHeaderView::Stretch);
    findings->horizontalHeader()->setSectionResizeMode(FindingsModel::NextStepColumn, QHeaderView::Stretch);
    findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *bottom = new QSplitter(Qt::Horizontal, central);
    bottom->addWidget(wrap(tr("What the inverter should see"), inverter));
    bottom->addWidget(wrap(tr("Findings"), findings));
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({860, 420});

    auto *split = new QSplitter(Qt::Vertical, central);
    split->addWidget(wrap(tr("Packs"), packs));
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({230, 560});
    layout->addWidget(split, 1);
    setCentralWidget(central);

    auto *source = new QLabel(sourceDescription, this);
    statusBar()->addWidget(source);
    m_clockLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_clockLabel);

    m_tick = new QTimer(this);
    m_tick->setInterval(100); // 10 Hz: repaint rate independent of the data rate
    connect(m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick->start();

    resize(1280, 820);
    tick();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Bank"));
    bar->setObjectName(QStringLiteral("bankToolBar"));
    bar->setMovable(false);

    bar->addWidget(new QLabel(tr("Architecture: "), bar));
    m_architecture = new QComboBox(bar);
    m_architecture->setObjectName(QStringLiteral("architectureCombo"));
    for (Architecture a : ArchitectureNames::all())
        m_architecture->addItem(ArchitectureNames::label(a), static_cast<int>(a));
    m_architecture->setCurrentIndex(m_architecture->findData(static_cast<int>(m_monitor.config().architecture)));
    m_architecture->setToolTip(tr("How the packs reach the inverter. Decides what the inverter can see."));
    bar->addWidget(m_architecture);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Current limits: "), bar));
    m_currentRule = new QComboBox(bar);
    m_currentRule->setObjectName(QStringLiteral("currentRuleCombo"));
    for (CurrentLimitRule r : {CurrentLimitRule::WeakestTimesCount, CurrentLimitRule::Sum, CurrentLimitRule::Min})
        m_currentRule->addItem(PolicyNames::label(r), static_cast<int>(r));
    m_currentRule->setCurrentIndex(m_currentRule->findData(static_cast<int>(m_monitor.policy().currentLimits)));
    bar->addWidget(m_currentRule);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Faults: "), bar));
    m_faultRule = new QComboBox(bar);
    m_faultRule->setObjectName(QStringLiteral("faultRuleCombo"));
    for (FaultRule r : {FaultRule::Any, FaultRule::All})
        m_faultRule->addItem(PolicyNames::label(r), static_cast<int>(r));
    m_faultRule->setCurrentIndex(m_faultRule->findData(static_cast<int>(m_monitor.policy().faults)));
    bar->addWidget(m_faultRule);

    connect(m_architecture, &QComboBox::currentIndexChanged, this, [this] {
        m_monitor.setArchitecture(static_cast<Architecture>(m_architecture->currentData().toInt()));
        tick();
    });
    connect(m_currentRule, &QComboBox::currentIndexChanged, this, &MainWindow::applyPolicy);
    connect(m_faultRule, &QComboBox::currentIndexChanged, this, &MainWindow::applyPolicy);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    addAction(quit);
}

void MainWindow::applyPolicy()
{
    AggregationPolicy policy = m_monitor.policy();
    policy.currentLimits = static_cast<CurrentLimitRule>(m_currentRule->currentData().toInt());
    policy.faults = static_cast<FaultRule>(m_faultRule->currentData().toInt());
    m_monitor.setPolicy(policy);
    tick();
}

void MainWindow::tick()
{
    if (m_monitor.revision() == m_seenRevision)
        return;
    m_seenRevision = m_monitor.revision();
    m_packModel->refresh();
    m_inverterModel->refresh();
    m_findingsModel->setFindings(m_monitor.result().findings);
    updateSummary();
    m_clockLabel->setText(tr("Updated %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::updateSummary()
{
    const AggregationResult &r = m_monitor.result();
    auto value = [](const std::optional<double> &v, int decimals, const QString &unit) {
        return v ? QString::number(*v, 'f', decimals) + QLatin1Char(' ') + unit : QStringLiteral("\u2014");
    };
    const InverterView &t = r.bankTruth;
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : r.findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    const QString seen = r.inverterSees
        ? tr("Inverter can see SOC %1").arg(value(r.inverterSees->value(ViewFieldId::SocPct), 0, QStringLiteral("%")))
        : tr("<span style='color:#b00020'>Inverter receives no BMS data</span>");
    m_summary->setText(
        tr("<b style='font-size:15pt'>Bank SOC %1</b> &nbsp; %2 &nbsp; %3 &nbsp; %4 of %5 packs online "
           "&nbsp;|&nbsp; %6 &nbsp;|&nbsp; %7 errors, %8 warnings")
            .arg(value(t.value(ViewFieldId::SocPct), 1, QStringLiteral("%")),
                 value(t.value(ViewFieldId::VoltageV), 2, QStringLiteral("V")),
                 value(t.value(ViewFieldId::CurrentA), 1, QStringLiteral("A")),
                 QString::number(t.value(ViewFieldId::OnlinePacks).value_or(0), 'f', 0),
                 QString::number(m_monitor.config().packs.size()), seen, QString::number(errors),
                 QString::number(warnings)));
}
