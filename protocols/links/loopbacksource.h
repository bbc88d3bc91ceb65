#pragma once

#include "bankconfig.h"
#include "inverterview.h"
#include "linkactivity.h"
#include "packreading.h"
#include "packstate.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

// A bank read in-process rather than through a wire: the demo or a scenario, built by app/ (the
// simulator's LoopbackBank) and handed to a BankSession as its Simulated source, so links/ never
// depends on sim/. It steps on its own timer once started and says so with updated(); the
// session takes its readings, what it tells the inverter, its link evidence and activity.
// GUI thread; owned by whoever built it (it must outlive the session that reads it).
class LoopbackSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual BankConfig config() const = 0;
    virtual QList<PackReading> readings() const = 0;
    virtual std::optional<InverterView> observed() const = 0;
    virtual QHash<QString, PackLinkInfo> packLinkInfo() const = 0;
    virtual const LinkActivity &activity() const = 0;
    virtual quint64 exchanges() const = 0; // requests answered and frames decoded so far
    virtual quint64 failures() const = 0;
    virtual void start(int tickMs = 500) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void updated();
};
