#pragma once

#include "clock.h"
#include "serialports.h"
#include "sessionplan.h"

#include <QDialog>
#include <QElapsedTimer>

#include <functional>
#include <optional>

class PassiveDetector;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

// Connection > Connect… (issue 19 item 3): builds the SessionPlan a BankSession runs. One or more
// sources (an inverter link and a pack bus), each: the kind (serial port, CAN adapter through a
// Qt plugin, SLCAN adapter, recording, simulated bank), the device picked by name (serial ports
// with the USB adapter named and their stable identity, refreshed while the dialog is open; CAN
// plugins with their interfaces; any device may be typed), protocol and speed with the protocol
// table's defaults, and the role with one sentence on what it means. Auto-detect listens only
// (PassiveDetector without probing) at each candidate speed, shows progress and what it heard,
// then fills in protocol and speed. The last used plan is offered again. It never opens a port
// itself except to listen during auto-detect. GUI thread; owns the detector while it runs.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog lists, injectable so that a test can show what a machine with two
    // identical adapters lists (nothing else here is faked).
    struct Environment
    {
        std::function<QList<SerialPortEntry>()> serialPorts = &SerialPorts::available;
        QString byIdDir = QStringLiteral("/dev/serial/by-id");
    };

    // `last`: the last used plan (AppSettings::lastConnection), offered again; none: one serial
    // source on the first port, Pylontech RS485, auto.
    explicit ConnectionDialog(const std::optional<SessionPlan> &last, QWidget *parent = nullptr);
    ConnectionDialog(const std::optional<SessionPlan> &last, const Environment &environment, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    SessionPlan plan() const;
    void setPlan(const SessionPlan &plan);
    int currentSource() const { return m_current; }
    void selectSource(int index);

    // One sentence per role (N from ProtocolTable::listenWindowMs).
    static QString roleSentence(RoleRequest role);
    // "CH340 — ttyUSB0 (USB Serial)"; with " — identical adapter: check which port" when it
    // cannot be told from a twin. `identity` gets the by-id name, usb:VID:PID:SERIAL or "".
    static QString identicalSuffix();
    static QString describePort(const SerialPortEntry &port, const QList<SerialPortEntry> &all, const QString &byIdDir,
                                QString *identity);

    // Re-reads the ports and CAN interfaces (the Refresh button, and a timer while open).
    void refreshDevices();
    // Listens at each candidate speed for this long instead of the listen window (tests).
    void setDetectWindowMs(int ms) { m_detectWindowMs = ms; }
    void startDetect();
    void stopDetect();
    bool isDetecting() const { return m_detector != nullptr; }
    QString detectText() const;

    // The widgets, by what they are (tests drive them with the keyboard).
    QListWidget *sourceList() const { return m_sources; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *deviceCombo() const { return m_device; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QComboBox *speedCombo() const { return m_speed; }
    QRadioButton *roleButton(RoleRequest role) const;
    QLabel *roleText() const { return m_roleText; }
    QLabel *identityLabel() const { return m_identity; }
    QPushButton *detectButton() const { return m_detect; }
    QProgressBar *detectProgress() const { return m_progress; }
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void detectFinished(bool found);

private:
    void build();
    void loadSource();        // m_plan.sources[m_current] -> widgets
    void fillDevices();       // the device list for the current kind
    void fillProtocols();
    void fillSpeeds();
    void updateRoleWidgets();
    void showIdentity();
    void updateList();
    void updateButtons();
    void deviceEdited();
    void protocolChosen();
    void speedEdited();
    void roleChosen(int id);
    void kindChosen();
    void addSource();
    void removeSource();
    void browse();
    void tickDetect();
    SessionSource &source();
    const SessionSource &source() const;
    static QString sourceSummary(const SessionSource &source);

    Environment m_env;
    SessionPlan m_plan;
    int m_current = 0;
    bool m_loading = false;
    QList<SerialPortEntry> m_ports;
    QListWidget *m_sources = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_device = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_identity = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_speedNote = nullptr;
    QButtonGroup *m_roles = nullptr;
    QLabel *m_roleText = nullptr;
    QPushButton *m_detect = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_heard = nullptr;
    QCheckBox *m_record = nullptr;
    QLineEdit *m_recordPath = nullptr;
    QLabel *m_lastNote = nullptr;
    QPushButton *m_connect = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_detectTick = nullptr;
    SessionClock m_clock;
    PassiveDetector *m_detector = nullptr;
    QElapsedTimer m_detectElapsed;
    qint64 m_detectTotalMs = 0;
    int m_detectWindowMs = 0;
    QStringList m_heardLines;
};
