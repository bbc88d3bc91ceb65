#include "ordereditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

OrderEditor::OrderEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add step"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Breaker or switch label")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(true); // the step numbers
    m_table->setAccessibleName(accessibleName);
    m_table->setAccessibleDescription(tr("One step per row, in order; the second column is the label on the breaker or switch the step names. "
                                         "Insert adds a step, Delete removes it, Alt+Up and Alt+Down move it."));
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->setMinimumHeight(fontMetrics().height() * 7);

    m_add->setToolTip(tr("Add a step after the selected one (Insert)"));
    m_remove->setToolTip(tr("Remove the selected step (Delete)"));
    m_up->setToolTip(tr("Move the selected step up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected step down (Alt+Down)"));
    connect(m_add, &QPushButton::clicked, this, &OrderEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &OrderEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, &OrderEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &OrderEditor::moveDown);
    connect(m_table, &QTableWidget::itemChanged, this, &OrderEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrderEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QList<OrderStep> OrderEditor::steps() const
{
    QList<OrderStep> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString text = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString breaker = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (!text.isEmpty())
            out.append({text, breaker});
    }
    return out;
}

void OrderEditor::setSteps(const QList<OrderStep> &steps)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const OrderStep &s : steps) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(s.text));
        m_table->setItem(r, 1, new QTableWidgetItem(s.breaker));
    }
    updateButtons();
}

void OrderEditor::addStep()
{
    const int r = m_table->currentRow() < 0 ? m_table->rowCount() : m_table->currentRow() + 1;
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem());
        m_table->setItem(r, 1, new QTableWidgetItem());
    }
    m_table->setCurrentCell(r, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(r, 0));
    updateButtons();
    Q_EMIT changed();
}

void OrderEditor::removeStep()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    m_table->removeRow(r);
    updateButtons();
    Q_EMIT changed();
}

void OrderEditor::moveUp()
{
    move(-1);
}

void OrderEditor::moveDown()
{
    move(1);
}

void OrderEditor::move(int delta)
{
    const int r = m_table->currentRow();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const int column = m_table->currentColumn();
    {
        const QSignalBlocker block(m_table);
        for (int c = 0; c < 2; ++c) {
            QTableWidgetItem *a = m_table->takeItem(r, c);
            QTableWidgetItem *b = m_table->takeItem(to, c);
            m_table->setItem(r, c, b);
            m_table->setItem(to, c, a);
        }
    }
    m_table->setCurrentCell(to, std::max(0, column));
    updateButtons();
    Q_EMIT changed();
}

void OrderEditor::updateButtons()
{
    const int r = m_table->currentRow();
    m_remove->setEnabled(r >= 0);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r + 1 < m_table->rowCount());
}

bool OrderEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has the keys: an open cell editor takes its own.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addStep();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeStep();
            return true;
        }
        if (key->modifiers() & Qt::AltModifier && key->key() == Qt::Key_Up) {
            moveUp();
            return true;
        }
        if (key->modifiers() & Qt::AltModifier && key->key() == Qt::Key_Down) {
            moveDown();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
