#pragma once

#include "commissioningplan.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// This site's isolation or power-up order as the installer enters it: numbered steps, each with
// the label written on the breaker or switch it names ("Q2", "BAT-DC"). Steps are added, removed
// and moved with buttons or the keyboard (Insert adds, Delete removes, Alt+Up/Down move).
// GUI thread.
class OrderEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrderEditor(const QString &accessibleName, QWidget *parent = nullptr);

    QList<OrderStep> steps() const; // empty rows left out
    void setSteps(const QList<OrderStep> &steps);
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void addStep();
    void removeStep();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int delta);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};
