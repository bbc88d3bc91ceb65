#include "connectiondialog.h"

#include "passivedetector.h"
#include "protocoltable.h"

#include <QButtonGroup>
#include <QCanBus>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using Kind = SessionSource::Kind;

constexpr int kIdentityRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 2;
constexpr int kRefreshMs = 2000;

struct KindRow
{
    Kind kind;
    const char *label;
};

constexpr KindRow kKindRows[] = {
    {Kind::Serial, QT_TRANSLATE_NOOP("ConnectionDialog", "Serial port (USB-RS485 / RS232 adapter)")},
    {Kind::CanPlugin, QT_TRANSLATE_NOOP("ConnectionDialog", "CAN adapter (socketcan, PEAK, virtual CAN, \u2026)")},
    {Kind::Slcan, QT_TRANSLATE_NOOP("ConnectionDialog", "SLCAN adapter on a serial port (CANable, USBtin)")},
    {Kind::Recording, QT_TRANSLATE_NOOP("ConnectionDialog", "Recording (replay a file)")},
    {Kind::Simulated, QT_TRANSLATE_NOOP("ConnectionDialog", "Simulated bank (scenario file, no hardware)")},
};

bool isCan(Kind kind)
{
    return kind == Kind::CanPlugin || kind == Kind::Slcan;
}

bool isFile(Kind kind)
{
    return kind == Kind::Recording || kind == Kind::Simulated;
}

Medium mediumOf(Kind kind)
{
    return isCan(kind) ? Medium::Can : Medium::Serial;
}

QString speedText(Medium medium, qint32 speed)
{
    if (medium == Medium::Serial)
        return QCoreApplication::translate("ConnectionDialog", "%1 baud").arg(speed);
    return speed % 1000 == 0 ? QCoreApplication::translate("ConnectionDialog", "%1 kbit/s").arg(speed / 1000)
                             : QCoreApplication::translate("ConnectionDialog", "%1 bit/s").arg(speed);
}

} // namespace

ConnectionDialog::ConnectionDialog(const std::optional<SessionPlan> &last, QWidget *parent)
    : ConnectionDialog(last, Environment{}, parent)
{
}

ConnectionDialog::ConnectionDialog(const std::optional<SessionPlan> &last, const Environment &environment, QWidget *parent)
    : QDialog(parent)
    , m_env(environment)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    m_ports = m_env.serialPorts();
    build();
    if (last && !last->isEmpty()) {
        setPlan(*last);
        m_lastNote->setText(tr("Offered again: the connection you used last (%1).")
                                .arg(sourceSummary(last->sources.first()) + (last->sources.size() > 1 ? tr(" and %n more", nullptr, int(last->sources.size()) - 1) : QString())));
        m_lastNote->setVisible(true);
    } else {
        SessionSource s;
        s.kind = Kind::Serial;
        s.protocol = ProtocolId::PylontechRs485;
        if (!m_ports.isEmpty()) {
            s.device = m_ports.first().systemLocation;
            s.label = describePort(m_ports.first(), m_ports, m_env.byIdDir, &s.identity);
        }
        SessionPlan plan;
        plan.sources = {s};
        setPlan(plan);
    }
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // Only when the list changed: a refresh must not disturb what the user is choosing.
        const QList<SerialPortEntry> now = m_env.serialPorts();
        QStringList before, after;
        for (const SerialPortEntry &p : m_ports)
            before << p.systemLocation + p.serialNumber;
        for (const SerialPortEntry &p : now)
            after << p.systemLocation + p.serialNumber;
        if (before != after && !m_device->view()->isVisible())
            refreshDevices();
    });
    m_refreshTimer->start();
}

ConnectionDialog::~ConnectionDialog()
{
    stopDetect();
}

void ConnectionDialog::build()
{
    // Sources: an inverter link and a pack bus may be read at once.
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setAccessibleDescription(tr("Every link this connection opens; select one to edit it."));
    m_sources->setWordWrap(true);
    m_sources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add = new QPushButton(tr("&Add source"), this);
    m_add->setObjectName(QStringLiteral("addSource"));
    m_add->setToolTip(tr("Read one more link at the same time, e.g. the inverter's CAN link beside the pack bus."));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeSource"));
    auto *sourceBox = new QGroupBox(tr("Sources"), this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(m_sources, 1);
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_add);
    sourceButtons->addWidget(m_remove);
    sourceLayout->addLayout(sourceButtons);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const KindRow &row : kKindRows)
        m_kind->addItem(tr(row.label), int(row.kind));
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->setEditable(true);
    m_device->setInsertPolicy(QComboBox::NoInsert);
    m_device->setMinimumContentsLength(36);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDevices"));
    m_refresh->setToolTip(tr("Look for adapters again (plugged in since the dialog opened)."));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("browseFile"));
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setEditable(true);
    m_speed->setInsertPolicy(QComboBox::NoInsert);
    m_speed->setCompleter(nullptr); // "9" must stay 9, not complete to "9600 baud"
    m_speedNote = new QLabel(this);
    m_speedNote->setObjectName(QStringLiteral("speedNote"));
    m_speedNote->setWordWrap(true);

    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_refresh);
    deviceRow->addWidget(m_browse);
    // A grid rather than a form: a form gives its wrapped notes more height than they need.
    auto *form = new QGridLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(m_device);
    auto *protocolLabel = new QLabel(tr("&Protocol:"), this);
    protocolLabel->setBuddy(m_protocol);
    m_speedLabel = new QLabel(tr("&Speed:"), this);
    m_speedLabel->setBuddy(m_speed);
    form->addWidget(kindLabel, 0, 0);
    form->addWidget(m_kind, 0, 1);
    form->addWidget(deviceLabel, 1, 0);
    form->addLayout(deviceRow, 1, 1);
    form->addWidget(m_identity, 2, 1);
    form->addWidget(protocolLabel, 3, 0);
    form->addWidget(m_protocol, 3, 1);
    form->addWidget(m_speedLabel, 4, 0);
    form->addWidget(m_speed, 4, 1);
    form->addWidget(m_speedNote, 5, 1);
    form->setColumnStretch(1, 1);
    m_kind->setAccessibleName(tr("Kind of source"));
    m_device->setAccessibleName(tr("Device"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_speed->setAccessibleName(tr("Speed"));

    // The role: what BankScope may do on the wire.
    auto *roleBox = new QGroupBox(tr("Role on the bus"), this);
    roleBox->setObjectName(QStringLiteral("roleBox"));
    m_roles = new QButtonGroup(this);
    auto *roleRow = new QHBoxLayout;
    const struct
    {
        RoleRequest role;
        QString text;
    } roles[] = {{RoleRequest::Auto, tr("A&uto (safe default)")},
                 {RoleRequest::Listen, tr("&Listen only")},
                 {RoleRequest::Poll, tr("P&oll the bank")}};
    for (const auto &r : roles) {
        auto *button = new QRadioButton(r.text, roleBox);
        button->setObjectName(QStringLiteral("role-") + RoleRequests::name(r.role));
        button->setToolTip(roleSentence(r.role));
        m_roles->addButton(button, int(r.role));
        roleRow->addWidget(button);
    }
    roleRow->addStretch(1);
    m_roleText = new QLabel(roleBox);
    m_roleText->setObjectName(QStringLiteral("roleText"));
    m_roleText->setWordWrap(true);
    auto *roleLayout = new QVBoxLayout(roleBox);
    roleLayout->addLayout(roleRow);
    roleLayout->addWidget(m_roleText);

    // Auto-detect: listens only.
    auto *detectBox = new QGroupBox(tr("Auto-detect"), this);
    m_detect = new QPushButton(tr("Auto-de&tect (listens only)"), detectBox);
    m_detect->setObjectName(QStringLiteral("autoDetect"));
    m_detect->setToolTip(tr("Listens at each speed the protocols use and fills in the protocol and speed it hears. It "
                            "never transmits: a silent bus stays silent."));
    m_progress = new QProgressBar(detectBox);
    m_progress->setObjectName(QStringLiteral("detectProgress"));
    m_progress->setAccessibleName(tr("Auto-detect progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_heard = new QLabel(detectBox);
    m_heard->setObjectName(QStringLiteral("detectHeard"));
    m_heard->setWordWrap(true);
    m_heard->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_heard->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_heard->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_heard->setText(tr("Not run. It listens for %1 s at each speed.").arg(ProtocolTable::listenWindowMs(Medium::Serial) / 1000));
    auto *detectLayout = new QVBoxLayout(detectBox);
    auto *detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detect);
    detectRow->addWidget(m_progress, 1);
    detectLayout->addLayout(detectRow);
    detectLayout->addWidget(m_heard);

    auto *editor = new QGroupBox(tr("Selected source"), this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(roleBox);
    editorLayout->addWidget(detectBox, 1);

    // Recording of the whole session (optional).
    m_record = new QCheckBox(tr("Re&cord everything to:"), this);
    m_record->setObjectName(QStringLiteral("recordEnabled"));
    m_recordPath = new QLineEdit(this);
    m_recordPath->setObjectName(QStringLiteral("recordPath"));
    m_recordPath->setAccessibleName(tr("Recording file"));
    m_recordPath->setEnabled(false);
    auto *recordBrowse = new QPushButton(tr("Bro&wse\u2026"), this);
    recordBrowse->setObjectName(QStringLiteral("browseRecord"));
    recordBrowse->setEnabled(false);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record);
    recordRow->addWidget(m_recordPath, 1);
    recordRow->addWidget(recordBrowse);

    m_lastNote = new QLabel(this);
    m_lastNote->setObjectName(QStringLiteral("lastConnectionNote"));
    m_lastNote->setWordWrap(true);
    m_lastNote->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(sourceBox, 2);
    body->addWidget(editor, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lastNote);
    layout->addLayout(body, 1);
    layout->addLayout(recordRow);
    layout->addWidget(buttons);

    // The keyboard goes through the dialog in reading order.
    QList<QWidget *> order{m_sources, m_add, m_remove, m_kind, m_device, m_refresh, m_browse, m_protocol, m_speed};
    for (QAbstractButton *b : m_roles->buttons())
        order << b;
    order << m_detect << m_record << m_recordPath << recordBrowse << m_connect << buttons->button(QDialogButtonBox::Cancel);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_sources, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            selectSource(row);
    });
    connect(m_add, &QPushButton::clicked, this, &ConnectionDialog::addSource);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeSource);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            kindChosen();
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            deviceEdited();
    });
    connect(m_device, &QComboBox::editTextChanged, this, [this] {
        if (!m_loading)
            deviceEdited();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionDialog::refreshDevices);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            protocolChosen();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            speedEdited();
    });
    connect(m_speed, &QComboBox::editTextChanged, this, [this] {
        if (!m_loading)
            speedEdited();
    });
    connect(m_roles, &QButtonGroup::idClicked, this, &ConnectionDialog::roleChosen);
    connect(m_detect, &QPushButton::clicked, this, [this] {
        if (isDetecting())
            stopDetect();
        else
            startDetect();
    });
    connect(m_record, &QCheckBox::toggled, this, [this, recordBrowse](bool on) {
        m_recordPath->setEnabled(on);
        recordBrowse->setEnabled(on);
        if (on && m_recordPath->text().isEmpty())
            m_recordPath->setText(QDir(QDir::homePath())
                                      .filePath(QStringLiteral("bankscope-%1.log")
                                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
        updateButtons();
    });
    connect(m_recordPath, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    connect(recordBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Record to"), m_recordPath->text(), tr("BankScope recordings (*.log)"));
        if (!path.isEmpty())
            m_recordPath->setText(path);
    });
    m_detectTick = new QTimer(this);
    m_detectTick->setInterval(100);
    connect(m_detectTick, &QTimer::timeout, this, &ConnectionDialog::tickDetect);

    const QFontMetrics fm(font());
    resize(fm.averageCharWidth() * 150, fm.height() * 40);
}

QString ConnectionDialog::roleSentence(RoleRequest role)
{
    const int n = ProtocolTable::listenWindowMs(Medium::Serial) / 1000;
    switch (role) {
    case RoleRequest::Auto:
        return tr("Auto: listens first for %1 s and polls only if nobody else is talking; stops the moment another "
                  "master is heard. The safe choice on a live site.")
            .arg(n);
    case RoleRequest::Listen:
        return tr("Listen only: never transmits. Reads what the inverter (or the bank's master) asks and the packs "
                  "answer. Use it beside a running inverter.");
    case RoleRequest::Poll:
        return tr("Poll: BankScope asks the packs itself (inverter unplugged, or a console port). It still listens "
                  "for %1 s first and refuses to transmit if another master is heard.")
            .arg(n);
    }
    return {};
}

QString ConnectionDialog::identicalSuffix()
{
    return tr(" \u2014 identical adapter: check which port");
}

QString ConnectionDialog::describePort(const SerialPortEntry &port, const QList<SerialPortEntry> &all, const QString &byIdDir,
                                       QString *identity)
{
    int twins = 0;
    if (port.vendorId && port.productId && port.serialNumber.isEmpty())
        for (const SerialPortEntry &o : all)
            if (o.vendorId == port.vendorId && o.productId == port.productId && o.serialNumber.isEmpty())
                ++twins;
    QString id;
    if (twins < 2) {
        // The by-id name first (what udev keeps across a replug), else VID:PID:serial.
        const QString target = QFileInfo(port.systemLocation).canonicalFilePath();
        const QFileInfoList links = QDir(byIdDir).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &link : links)
            if (!target.isEmpty() && link.canonicalFilePath() == target)
                id = link.absoluteFilePath();
        if (id.isEmpty() && port.vendorId && port.productId && !port.serialNumber.isEmpty())
            id = QStringLiteral("usb:%1:%2:%3")
                     .arg(*port.vendorId, 4, 16, QLatin1Char('0'))
                     .arg(*port.productId, 4, 16, QLatin1Char('0'))
                     .arg(port.serialNumber);
    }
    if (identity)
        *identity = id;
    QString text = port.adapter.isEmpty() ? port.portName : tr("%1 \u2014 %2").arg(port.adapter, port.portName);
    if (port.adapter.isEmpty() && !port.description.isEmpty())
        text += tr(" (%1)").arg(port.description); // the system's words when the adapter is not known
    if (twins >= 2)
        text += identicalSuffix();
    return text;
}

SessionSource &ConnectionDialog::source()
{
    return m_plan.sources[m_current];
}

const SessionSource &ConnectionDialog::source() const
{
    return m_plan.sources[m_current];
}

SessionPlan ConnectionDialog::plan() const
{
    SessionPlan p = m_plan;
    p.recordTo = m_record->isChecked() ? m_recordPath->text().trimmed() : QString();
    for (SessionSource &s : p.sources)
        if (isCan(s.kind))
            s.role = RoleRequest::Listen; // CAN and SLCAN links only listen
    return p;
}

void ConnectionDialog::setPlan(const SessionPlan &plan)
{
    stopDetect();
    m_plan = plan;
    if (m_plan.sources.isEmpty()) {
        SessionSource s;
        s.protocol = ProtocolId::PylontechRs485;
        m_plan.sources = {s};
    }
    m_record->setChecked(!plan.recordTo.isEmpty());
    m_recordPath->setText(plan.recordTo);
    m_current = 0;
    updateList();
    selectSource(0);
}

void ConnectionDialog::selectSource(int index)
{
    if (index < 0 || index >= m_plan.sources.size())
        return;
    stopDetect();
    m_current = index;
    {
        m_loading = true;
        m_sources->setCurrentRow(index);
        m_loading = false;
    }
    loadSource();
}

QString ConnectionDialog::sourceSummary(const SessionSource &s)
{
    QString device = s.label.isEmpty() ? s.device : s.label;
    if (device.isEmpty())
        device = tr("no device chosen");
    if (isFile(s.kind))
        device = QFileInfo(s.device).fileName().isEmpty() ? device : QFileInfo(s.device).fileName();
    QStringList parts{device};
    if (s.protocol)
        parts << ProtocolNames::label(*s.protocol);
    if (s.kind == Kind::Serial)
        parts << RoleRequests::label(s.role);
    return parts.join(QStringLiteral(", "));
}

void ConnectionDialog::updateList()
{
    m_loading = true;
    while (m_sources->count() > m_plan.sources.size())
        delete m_sources->takeItem(m_sources->count() - 1);
    while (m_sources->count() < m_plan.sources.size())
        m_sources->addItem(QString());
    for (int i = 0; i < m_plan.sources.size(); ++i) {
        const QString text = tr("%1. %2").arg(i + 1).arg(sourceSummary(m_plan.sources[i]));
        m_sources->item(i)->setText(text);
        m_sources->item(i)->setToolTip(text);
    }
    m_sources->setCurrentRow(m_current);
    m_loading = false;
    updateButtons();
}

void ConnectionDialog::updateButtons()
{
    bool ready = !m_plan.sources.isEmpty() && !isDetecting();
    for (const SessionSource &s : m_plan.sources)
        ready = ready && !s.device.trimmed().isEmpty();
    if (m_record->isChecked() && m_recordPath->text().trimmed().isEmpty())
        ready = false;
    m_connect->setEnabled(ready);
    m_remove->setEnabled(m_plan.sources.size() > 1 && !isDetecting());
    m_add->setEnabled(!isDetecting());
}

void ConnectionDialog::loadSource()
{
    m_loading = true;
    const SessionSource &s = source();
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_loading = false;
    fillDevices();
    fillProtocols();
    fillSpeeds();
    updateRoleWidgets();
}

void ConnectionDialog::refreshDevices()
{
    m_ports = m_env.serialPorts();
    fillDevices();
}

void ConnectionDialog::fillDevices()
{
    m_loading = true;
    const SessionSource &s = source();
    m_device->clear();
    m_browse->setVisible(isFile(s.kind));
    m_refresh->setVisible(!isFile(s.kind));
    switch (s.kind) {
    case Kind::Serial:
    case Kind::Slcan: {
        // SLCAN: the adapters named as SLCAN first.
        QList<SerialPortEntry> ports = m_ports;
        if (s.kind == Kind::Slcan)
            std::stable_sort(ports.begin(), ports.end(), [](const SerialPortEntry &a, const SerialPortEntry &b) {
                return a.adapter.contains(QLatin1String("SLCAN")) && !b.adapter.contains(QLatin1String("SLCAN"));
            });
        for (const SerialPortEntry &p : ports) {
            QString identity;
            const QString label = describePort(p, m_ports, m_env.byIdDir, &identity);
            m_device->addItem(label, p.systemLocation);
            const int i = m_device->count() - 1;
            m_device->setItemData(i, identity, kIdentityRole);
            m_device->setItemData(i, label, kLabelRole);
            m_device->setItemData(i, tr("%1\nStable identity: %2").arg(p.systemLocation, identity.isEmpty() ? tr("none") : identity),
                                  Qt::ToolTipRole);
        }
        m_device->lineEdit()->setPlaceholderText(tr("a port: /dev/ttyUSB0, COM5, /dev/serial/by-id/\u2026"));
        break;
    }
    case Kind::CanPlugin: {
        const QStringList plugins = QCanBus::instance()->plugins();
        QList<QPair<QString, QString>> unavailable;
        for (const QString &plugin : plugins) {
            QString error;
            const QList<QCanBusDeviceInfo> devices = QCanBus::instance()->availableDevices(plugin, &error);
            for (const QCanBusDeviceInfo &d : devices) {
                const QString device = plugin + QLatin1Char(':') + d.name();
                QString label = tr("%1: %2").arg(plugin, d.name());
                if (!d.description().isEmpty())
                    label += tr(" (%1)").arg(d.description());
                m_device->addItem(label, device);
                m_device->setItemData(m_device->count() - 1, label, kLabelRole);
                m_device->setItemData(m_device->count() - 1, d.serialNumber(), kIdentityRole);
            }
            if (devices.isEmpty() && !error.isEmpty())
                unavailable.append({plugin, error});
        }
        // A plugin that cannot run here (PEAK without its driver): said, last, not offered.
        for (const auto &[plugin, error] : unavailable) {
            m_device->addItem(tr("%1: not available (%2)").arg(plugin, error), QString());
            if (auto *model = qobject_cast<QStandardItemModel *>(m_device->model()))
                model->item(m_device->count() - 1)->setEnabled(false);
        }
        m_device->lineEdit()->setPlaceholderText(tr("plugin:interface, e.g. socketcan:can0"));
        break;
    }
    case Kind::Recording:
        m_device->lineEdit()->setPlaceholderText(tr("a BankScope recording, candump log, Vector ASC or SavvyCAN CSV"));
        break;
    case Kind::Simulated:
        m_device->lineEdit()->setPlaceholderText(tr("a scenario file (resources/scenarios/)"));
        break;
    }
    const int index = s.device.isEmpty() ? -1 : m_device->findData(s.device);
    if (index >= 0)
        m_device->setCurrentIndex(index);
    else
        m_device->setEditText(s.device);
    m_device->lineEdit()->setCursorPosition(0); // the adapter's name first, not the end of a long line
    m_loading = false;
    showIdentity();
}

void ConnectionDialog::showIdentity()
{
    const SessionSource &s = source();
    if (s.kind == Kind::Serial || s.kind == Kind::Slcan) {
        if (!s.identity.isEmpty())
            m_identity->setText(tr("Stable identity: %1 \u2014 a replugged adapter is found again by it.").arg(s.identity));
        else if (s.label.endsWith(identicalSuffix()))
            m_identity->setText(tr("Identical adapter without a serial number: check which port it is (unplug one, press "
                                   "Refresh). A replug is looked for under this port name only."));
        else
            m_identity->setText(tr("No stable identity: a replug is looked for under the same port name only."));
        m_identity->setVisible(true);
    } else if (s.kind == Kind::CanPlugin) {
        m_identity->setText(tr("CAN adapters only listen here: BankScope never transmits on a CAN bus."));
        m_identity->setVisible(true);
    } else {
        m_identity->setVisible(false);
    }
    m_identity->setAccessibleName(m_identity->text());
}

void ConnectionDialog::fillProtocols()
{
    m_loading = true;
    const SessionSource &s = source();
    m_protocol->clear();
    if (s.kind == Kind::Recording || s.kind == Kind::Simulated)
        m_protocol->addItem(tr("From the file"), QString());
    const QList<ProtocolId> ids = isFile(s.kind) ? ProtocolNames::all() : ProtocolTable::onMedium(mediumOf(s.kind));
    for (ProtocolId id : ids)
        m_protocol->addItem(ProtocolNames::label(id), ProtocolNames::name(id));
    int index = s.protocol ? m_protocol->findData(ProtocolNames::name(*s.protocol)) : 0;
    m_protocol->setCurrentIndex(std::max(0, index));
    m_loading = false;
    if (index < 0 || (!s.protocol && !isFile(s.kind)))
        protocolChosen(); // a protocol of another medium, or none: the first of this medium
}

void ConnectionDialog::fillSpeeds()
{
    m_loading = true;
    const SessionSource &s = source();
    m_speed->clear();
    m_speedNote->clear();
    if (s.kind == Kind::Recording) {
        m_speedLabel->setText(tr("Replay &speed:"));
        m_speed->setEditable(false);
        m_speed->addItem(tr("1\u00D7 (real time)"), 1.0);
        m_speed->addItem(tr("10\u00D7"), 10.0);
        m_speed->addItem(tr("As fast as possible"), 0.0);
        int index = 0;
        for (int i = 0; i < m_speed->count(); ++i)
            if (qFuzzyCompare(m_speed->itemData(i).toDouble() + 1.0, s.replaySpeed + 1.0))
                index = i;
        m_speed->setCurrentIndex(index);
        m_speed->setEnabled(true);
    } else if (s.kind == Kind::Simulated || !s.protocol) {
        m_speedLabel->setText(tr("&Speed:"));
        m_speed->setEditable(false);
        m_speed->setEnabled(false);
    } else {
        m_speedLabel->setText(tr("&Speed:"));
        m_speed->setEditable(true);
        m_speed->setCompleter(nullptr);
        m_speed->setEnabled(true);
        const ProtocolSpec &spec = ProtocolTable::spec(*s.protocol);
        for (qint32 v : spec.speeds) {
            const QString text = v == spec.defaultSpeed ? tr("%1 (default)").arg(speedText(spec.medium, v)) : speedText(spec.medium, v);
            m_speed->addItem(text, v);
        }
        const qint32 speed = s.speed > 0 ? s.speed : spec.defaultSpeed;
        source().speed = speed; // the plan says what the dialog shows, not "0 = the default"
        int index = m_speed->findData(speed);
        if (index < 0) { // a speed the table does not list (typed, or from the last connection)
            m_speed->addItem(speedText(spec.medium, speed), speed);
            index = m_speed->count() - 1;
        }
        m_speed->setCurrentIndex(index);
        if (s.kind == Kind::CanPlugin)
            m_speedNote->setText(tr("Most CAN plugins take the bit rate from the interface (Linux: sudo ip link set can0 up "
                                    "type can bitrate %1 listen-only on); BankScope says so when it cannot apply it.")
                                     .arg(speed));
        else if (s.kind == Kind::Serial && *s.protocol == ProtocolId::PylontechRs485)
            m_speedNote->setText(tr("Pylontech: 115200 baud with DIP 1 off, 9600 with DIP 1 on."));
    }
    m_speedNote->setVisible(!m_speedNote->text().isEmpty());
    m_loading = false;
}

void ConnectionDialog::updateRoleWidgets()
{
    const SessionSource &s = source();
    const bool serial = s.kind == Kind::Serial;
    for (QAbstractButton *b : m_roles->buttons())
        b->setEnabled(serial);
    const RoleRequest role = serial ? s.role : RoleRequest::Listen;
    if (QAbstractButton *b = m_roles->button(int(role)))
        b->setChecked(true);
    if (serial)
        m_roleText->setText(roleSentence(role));
    else if (isCan(s.kind))
        m_roleText->setText(tr("CAN and SLCAN adapters only listen: BankScope never transmits on a CAN bus (sending an "
                               "inverter's keep-alive would be emulation)."));
    else if (s.kind == Kind::Recording)
        m_roleText->setText(tr("A recording is replayed into every view; nothing is sent anywhere."));
    else
        m_roleText->setText(tr("A simulated bank runs inside BankScope; nothing is sent on any wire."));
    m_roleText->setAccessibleName(m_roleText->text());
    m_detect->setEnabled(!isFile(s.kind) || isDetecting());
}

void ConnectionDialog::kindChosen()
{
    SessionSource &s = source();
    const Kind kind = Kind(m_kind->currentData().toInt());
    if (kind == s.kind)
        return;
    stopDetect();
    const bool sameWire = mediumOf(kind) == mediumOf(s.kind) && !isFile(kind) && !isFile(s.kind);
    s.kind = kind;
    s.device.clear();
    s.identity.clear();
    s.label.clear();
    if (!sameWire) {
        s.protocol = isFile(kind) ? std::nullopt : std::optional(ProtocolTable::onMedium(mediumOf(kind)).first());
        s.speed = 0;
    }
    s.role = kind == Kind::Serial ? RoleRequest::Auto : RoleRequest::Listen;
    fillDevices();
    if (m_device->count() > 0 && !isFile(kind) && m_device->itemData(0).toString().size() > 0) {
        m_device->setCurrentIndex(0);
        deviceEdited();
    }
    fillProtocols();
    fillSpeeds();
    updateRoleWidgets();
    updateList();
}

void ConnectionDialog::deviceEdited()
{
    SessionSource &s = source();
    const int index = m_device->currentIndex();
    const QString text = m_device->currentText().trimmed();
    if (index >= 0 && m_device->itemText(index) == m_device->currentText() && !m_device->itemData(index).toString().isEmpty()) {
        s.device = m_device->itemData(index).toString();
        s.identity = m_device->itemData(index, kIdentityRole).toString();
        s.label = m_device->itemData(index, kLabelRole).toString();
        if (s.kind == Kind::CanPlugin)
            s.identity.clear(); // a CAN interface is its own name
    } else {
        s.device = text; // typed: a path, a by-id name, a pty, plugin:interface
        s.identity.clear();
        s.label.clear();
    }
    showIdentity();
    updateList();
}

void ConnectionDialog::protocolChosen()
{
    SessionSource &s = source();
    const QString name = m_protocol->currentData().toString();
    const std::optional<ProtocolId> id = name.isEmpty() ? std::nullopt : ProtocolNames::fromName(name);
    if (id != s.protocol) {
        s.protocol = id;
        s.speed = 0; // the new protocol's default
    }
    fillSpeeds();
    if (s.protocol && !isFile(s.kind) && s.speed == 0)
        s.speed = ProtocolTable::spec(*s.protocol).defaultSpeed;
    updateList();
}

void ConnectionDialog::speedEdited()
{
    SessionSource &s = source();
    if (s.kind == Kind::Recording) {
        s.replaySpeed = m_speed->currentData().toDouble();
        return;
    }
    const int index = m_speed->findText(m_speed->currentText());
    if (index >= 0) {
        s.speed = m_speed->itemData(index).toInt();
    } else {
        // Typed: the number it starts with ("19200", "19200 baud"); 0 (the default) when none.
        static const QRegularExpression leading(QStringLiteral("^\\s*(\\d{1,8})"));
        const QRegularExpressionMatch m = leading.match(m_speed->currentText());
        s.speed = m.hasMatch() ? m.captured(1).toInt() : 0;
    }
}

void ConnectionDialog::roleChosen(int id)
{
    SessionSource &s = source();
    if (s.kind != Kind::Serial)
        return;
    s.role = RoleRequest(id);
    m_roleText->setText(roleSentence(s.role));
    m_roleText->setAccessibleName(m_roleText->text());
    updateList();
}

void ConnectionDialog::addSource()
{
    // The usual second source: the inverter's CAN link beside an RS485 pack bus (or the reverse).
    SessionSource s;
    const bool haveCan = std::any_of(m_plan.sources.cbegin(), m_plan.sources.cend(), [](const SessionSource &o) { return isCan(o.kind); });
    s.kind = haveCan ? Kind::Serial : Kind::CanPlugin;
    s.protocol = ProtocolTable::onMedium(mediumOf(s.kind)).first();
    s.role = s.kind == Kind::Serial ? RoleRequest::Auto : RoleRequest::Listen;
    m_plan.sources.append(s);
    updateList();
    selectSource(int(m_plan.sources.size()) - 1);
    if (m_device->count() > 0 && !m_device->itemData(0).toString().isEmpty()) {
        m_device->setCurrentIndex(0);
        deviceEdited();
    }
    m_kind->setFocus();
}

void ConnectionDialog::removeSource()
{
    if (m_plan.sources.size() <= 1)
        return;
    stopDetect();
    m_plan.sources.removeAt(m_current);
    m_current = std::min<int>(m_current, int(m_plan.sources.size()) - 1);
    updateList();
    selectSource(m_current);
    m_sources->setFocus();
}

void ConnectionDialog::browse()
{
    const SessionSource &s = source();
    const QString path = s.kind == Kind::Recording
        ? QFileDialog::getOpenFileName(this, tr("Open a recording"), s.device,
                                       tr("Recordings (*.log *.asc *.csv *.txt);;All files (*)"))
        : QFileDialog::getOpenFileName(this, tr("Open a scenario"), s.device, tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        m_device->setEditText(path);
}

void ConnectionDialog::startDetect()
{
    if (isDetecting())
        return;
    const SessionSource &s = source();
    if (isFile(s.kind) || s.device.isEmpty())
        return;
    PassiveDetector::Settings ds;
    if (s.kind == Kind::Serial) {
        ds.serialPort = s.device;
    } else {
        CanSettings can;
        if (s.kind == Kind::Slcan) {
            can.plugin = QStringLiteral("slcan");
            can.interface = s.device;
        } else {
            const qsizetype colon = s.device.indexOf(QLatin1Char(':'));
            can.plugin = colon > 0 ? s.device.left(colon) : QStringLiteral("socketcan");
            can.interface = colon > 0 ? s.device.mid(colon + 1) : s.device;
        }
        can.bitrate = s.speed > 0 ? s.speed : 500000;
        ds.can = can;
    }
    ds.windowMs = m_detectWindowMs;
    ds.probe = false; // listens only, always: the dialog never probes
    m_detector = new PassiveDetector(ds, m_clock, this);
    const int speeds = int(m_detector->speeds().size());
    const Medium medium = m_detector->medium();
    m_detectTotalMs = qint64(speeds) * m_detector->windowMs();
    m_heardLines.clear();
    connect(m_detector, &PassiveDetector::candidateStarted, this, [this, speeds, medium](qint32 speed, int windowMs) {
        const int index = int(m_detector->speeds().indexOf(speed)) + 1;
        m_heard->setText((m_heardLines + QStringList{tr("Listening at %1 (%2 of %3) for %4 s\u2026")
                                                            .arg(speedText(medium, speed))
                                                            .arg(index)
                                                            .arg(speeds)
                                                            .arg(windowMs / 1000.0, 0, 'f', 1)})
                             .join(QLatin1Char('\n')));
    });
    connect(m_detector, &PassiveDetector::candidateDone, this, [this, medium](const PassiveDetector::Candidate &c) {
        QString line;
        if (!c.error.isEmpty()) {
            line = tr("%1: could not listen (%2)").arg(speedText(medium, c.speed), c.error);
        } else if (c.heard.silent()) {
            line = tr("%1: silent").arg(speedText(medium, c.speed));
        } else {
            const auto best = c.heard.best();
            const QString amount = medium == Medium::Can ? tr("%n frames", nullptr, int(c.heard.frames))
                                                         : tr("%n bytes", nullptr, int(c.heard.bytes));
            if (best) {
                const RoleDecision d = RoleDecision::fromHeard(c.heard, *best, RoleRequest::Listen, m_detector->windowMs());
                line = tr("%1: %2, decodes as %3 \u2014 %4").arg(speedText(medium, c.speed), amount, ProtocolNames::label(*best), d.heardText());
            } else {
                line = tr("%1: %2 that no protocol decodes").arg(speedText(medium, c.speed), amount);
            }
        }
        m_heardLines << line;
        m_heard->setText(m_heardLines.join(QLatin1Char('\n')));
    });
    connect(m_detector, &PassiveDetector::finished, this, [this](const PassiveDetector::Result &r) {
        m_detectTick->stop();
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
        QStringList lines = m_heardLines;
        lines << r.text();
        const bool found = r.protocol && r.speed;
        if (found) {
            SessionSource &detected = source();
            detected.protocol = r.protocol;
            detected.speed = *r.speed;
            fillProtocols();
            fillSpeeds();
            updateList();
            lines << tr("Filled in: %1 at %2.").arg(ProtocolNames::label(*r.protocol), speedText(r.medium, *r.speed));
        }
        m_heard->setText(lines.join(QLatin1Char('\n')));
        m_detector->deleteLater();
        m_detector = nullptr;
        m_detect->setText(tr("Auto-de&tect (listens only)"));
        m_kind->setEnabled(true);
        m_device->setEnabled(true);
        updateButtons();
        Q_EMIT detectFinished(found);
    });
    m_detect->setText(tr("Stop de&tecting"));
    m_kind->setEnabled(false);
    m_device->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_detectElapsed.start();
    m_detectTick->start();
    updateButtons();
    m_detector->start();
}

void ConnectionDialog::stopDetect()
{
    if (!m_detector)
        return;
    m_detectTick->stop();
    delete m_detector; // closes the link it listens on
    m_detector = nullptr;
    m_heardLines << tr("Stopped.");
    m_heard->setText(m_heardLines.join(QLatin1Char('\n')));
    m_detect->setText(tr("Auto-de&tect (listens only)"));
    m_kind->setEnabled(true);
    m_device->setEnabled(true);
    updateButtons();
}

void ConnectionDialog::tickDetect()
{
    if (m_detectTotalMs <= 0)
        return;
    const qint64 elapsed = std::min(m_detectElapsed.elapsed(), m_detectTotalMs);
    m_progress->setValue(int(elapsed * m_progress->maximum() / m_detectTotalMs));
    m_progress->setFormat(tr("%1 s left").arg((m_detectTotalMs - elapsed + 999) / 1000));
}

QString ConnectionDialog::detectText() const
{
    return m_heard->text();
}

QRadioButton *ConnectionDialog::roleButton(RoleRequest role) const
{
    return qobject_cast<QRadioButton *>(m_roles->button(int(role)));
}
