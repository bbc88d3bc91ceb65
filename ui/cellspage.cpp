#include "cellspage.h"

#include "appearance.h"
#include "bankmonitor.h"
#include "cellmapmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

// The colour scale in mV: from -scale (orange-red) through the mean to +scale (blue), with the
// numbers written under it.
class CellsPage::Legend : public QWidget
{
public:
    explicit Legend(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumHeight(fontMetrics().height() * 2 + 14);
        setAccessibleName(tr("Colour legend of the cell map"));
    }
    void setScale(double mv)
    {
        m_scale = mv;
        setToolTip(tr("Colour of a cell by its deviation from the bank mean: orange-red below, blue above; full "
                      "colour at %1 mV or more. Symbols \u25BC and \u25B2 mark the bank's lowest and highest cell.")
                       .arg(QString::number(mv, 'f', 0)));
        update();
    }
    QSize sizeHint() const override { return QSize(360, fontMetrics().height() * 2 + 14); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const int textH = fontMetrics().height();
        const QRect bar(textH / 2, 2, width() - textH, height() - textH - 8);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 20; ++i)
            g.setColorAt(i / 20.0, Appearance::deviationColor(-1.0 + i / 10.0, palette()));
        p.fillRect(bar, g);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        const int y = bar.bottom() + 4;
        const QString lo = Appearance::signedNumber(-m_scale, 0, QStringLiteral("mV"));
        const QString hi = Appearance::signedNumber(m_scale, 0, QStringLiteral("mV"));
        const QString mid = tr("bank mean");
        p.drawText(QRect(0, y, width() / 3, textH + 2), Qt::AlignLeft, lo);
        p.drawText(QRect(width() / 3, y, width() / 3, textH + 2), Qt::AlignHCenter, mid);
        p.drawText(QRect(2 * width() / 3, y, width() / 3, textH + 2), Qt::AlignRight, hi);
    }

private:
    double m_scale = 10.0;
};

CellsPage::CellsPage(const BankMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new CellMapModel(monitor, this))
    , m_weakest(new QLabel(this))
    , m_strongest(new QLabel(this))
    , m_mean(new QLabel(this))
    , m_legend(new Legend(this))
    , m_view(new QTableView(this))
{
    m_weakest->setObjectName(QStringLiteral("weakestCell"));
    m_strongest->setObjectName(QStringLiteral("strongestCell"));
    m_mean->setObjectName(QStringLiteral("cellMean"));
    for (QLabel *l : {m_weakest, m_strongest, m_mean}) {
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_view->setObjectName(QStringLiteral("cellMap"));
    m_view->setAccessibleName(tr("Bank cell map"));
    m_view->setAccessibleDescription(tr("Every cell of every pack in millivolts; packs as rows, cells as columns."));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("\u25BC3333")) + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 10);
    m_view->verticalHeader()->setMaximumSectionSize(fontMetrics().height() * 4);
    m_view->setShowGrid(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.row() < m_monitor.config().packs.size())
            Q_EMIT packActivated(m_monitor.config().packs.at(i.row()).id);
    });

    auto *callouts = new QHBoxLayout;
    callouts->addWidget(m_weakest, 2);
    callouts->addWidget(m_strongest, 2);
    callouts->addWidget(m_mean, 1);
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(new QLabel(tr("Deviation from the bank mean:"), this));
    legendRow->addWidget(m_legend, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(callouts);
    layout->addLayout(legendRow);
    layout->addWidget(m_view, 1);
    refresh();
}

void CellsPage::refresh()
{
    m_model->refresh();
    m_legend->setScale(m_model->scaleMv());
    const auto describe = [this](const std::optional<CellMapModel::Cell> &c, const QString &symbol, const QString &what) {
        if (!c)
            return tr("%1 %2: \u2014").arg(symbol, what);
        QString text = tr("%1 %2: <b>%3 cell %4</b>, %5 mV")
                           .arg(symbol, what, c->pack.toHtmlEscaped())
                           .arg(c->cell)
                           .arg(QString::number(c->mv, 'f', 0));
        if (m_model->meanMv())
            text += tr(" (%1 from the mean)").arg(Appearance::signedNumber(c->mv - *m_model->meanMv(), 0, QStringLiteral("mV")));
        return text;
    };
    m_weakest->setText(describe(m_model->weakest(), QStringLiteral("\u25BC"), tr("Weakest cell of the bank")));
    m_strongest->setText(describe(m_model->strongest(), QStringLiteral("\u25B2"), tr("Strongest cell")));
    m_mean->setText(m_model->meanMv() ? tr("Mean %1 mV over %2 cells")
                                            .arg(QString::number(*m_model->meanMv(), 'f', 0))
                                            .arg(m_model->cellCount())
                                      : tr("No cell voltages from online packs"));
    m_weakest->setToolTip(tr("The cell the aggregation core reports as the bank's lowest (the inverter view's \"Lowest cell\")."));
}
