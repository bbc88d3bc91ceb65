#include "serialports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSerialPortInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace SerialPorts {

QString adapterName(quint16 vid, quint16 pid)
{
    struct Known
    {
        quint16 vid;
        quint16 pid; // 0 = any product of the vendor
        const char *name;
    };
    static const Known known[] = {
        {0x1A86, 0x7523, "CH340"},       {0x1A86, 0x5523, "CH341"},       {0x1A86, 0x7522, "CH340K"},
        {0x1A86, 0x55D3, "CH343"},       {0x1A86, 0x55D4, "CH9102"},      {0x0403, 0x6001, "FTDI FT232R"},
        {0x0403, 0x6010, "FTDI FT2232"}, {0x0403, 0x6011, "FTDI FT4232"}, {0x0403, 0x6014, "FTDI FT232H"},
        {0x0403, 0x6015, "FTDI FT231X"}, {0x0403, 0, "FTDI"},             {0x10C4, 0xEA60, "CP210x"},
        {0x10C4, 0xEA70, "CP2105"},      {0x10C4, 0xEA71, "CP2108"},      {0x10C4, 0, "Silicon Labs"},
        {0x067B, 0x2303, "PL2303"},      {0x067B, 0x23A3, "PL2303GC"},    {0x067B, 0x23C3, "PL2303GT"},
        {0x067B, 0, "Prolific"},         {0x16D0, 0x117E, "CANable (SLCAN)"}, {0xAD50, 0x60C4, "CANable (SLCAN)"},
        {0x04D8, 0x000A, "USBtin (SLCAN)"},
    };
    for (const Known &k : known) {
        if (k.vid == vid && (k.pid == pid || k.pid == 0))
            return QString::fromLatin1(k.name);
    }
    return {};
}

QList<SerialPortEntry> available()
{
    QList<SerialPortEntry> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        SerialPortEntry e;
        e.portName = info.portName();
        e.systemLocation = info.systemLocation();
        e.description = info.description();
        e.manufacturer = info.manufacturer();
        e.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            e.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            e.productId = info.productIdentifier();
        if (e.vendorId && e.productId)
            e.adapter = adapterName(*e.vendorId, *e.productId);
        out.append(e);
    }
    return out;
}

QString defaultByIdDirectory()
{
    return QStringLiteral("/dev/serial/by-id");
}

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? path : c;
}

QString devicePath(const QString &port)
{
    // QSerialPort accepts "ttyUSB0" for "/dev/ttyUSB0".
    if (port.contains(QLatin1Char('/')))
        return port;
    return QStringLiteral("/dev/") + port;
}

QString usbIdentity(quint16 vid, quint16 pid, const QString &serial)
{
    return QStringLiteral("usb:%1:%2:%3")
        .arg(vid, 4, 16, QLatin1Char('0'))
        .arg(pid, 4, 16, QLatin1Char('0'))
        .arg(serial);
}

} // namespace

QString identityOf(const QString &port, const QString &byIdDir)
{
    const QString target = canonical(devicePath(port));
    // The USB facts first: an adapter without a serial number next to an identical one has no
    // unique by-id name (udev gives both the same), so its identity says "no serial" instead.
    std::optional<SerialPortEntry> self;
    int twins = 0;
    const QList<SerialPortEntry> ports = available();
    for (const SerialPortEntry &e : ports) {
        if (canonical(e.systemLocation) == target)
            self = e;
    }
    if (self && self->vendorId && self->productId && self->serialNumber.isEmpty()) {
        for (const SerialPortEntry &e : ports)
            twins += e.vendorId == self->vendorId && e.productId == self->productId && e.serialNumber.isEmpty();
        if (twins > 1)
            return usbIdentity(*self->vendorId, *self->productId, {});
    }
    const QDir dir(byIdDir);
    if (dir.exists()) {
        const QFileInfoList links = dir.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &link : links) {
            if (link.isSymLink() && canonical(link.absoluteFilePath()) == target)
                return link.fileName();
        }
    }
    if (self && self->vendorId && self->productId)
        return usbIdentity(*self->vendorId, *self->productId, self->serialNumber);
    return {};
}

PortLookup findByIdentity(const QString &identity, const QString &byIdDir)
{
    PortLookup out;
    if (identity.isEmpty())
        return out;
    if (identity.startsWith(QLatin1String("usb:"))) {
        const QStringList parts = identity.split(QLatin1Char(':'));
        bool okV = false;
        bool okP = false;
        const quint16 vid = parts.value(1).toUShort(&okV, 16);
        const quint16 pid = parts.value(2).toUShort(&okP, 16);
        const QString serial = parts.mid(3).join(QLatin1Char(':'));
        if (!okV || !okP)
            return out;
        for (const SerialPortEntry &e : available()) {
            if (e.vendorId == vid && e.productId == pid && e.serialNumber == serial)
                out.candidates.append(e.systemLocation);
        }
        if (out.candidates.size() == 1) {
            out.result = PortLookup::Result::Found;
            out.port = out.candidates.first();
        } else if (out.candidates.size() > 1) {
            out.result = PortLookup::Result::Ambiguous;
        }
        return out;
    }
    // A by-id name: udev points it at whatever device the adapter has now.
    const QFileInfo link(QDir(byIdDir).filePath(identity));
    if (link.exists()) { // follows the link: false when it dangles
        out.result = PortLookup::Result::Found;
        out.port = canonical(link.absoluteFilePath());
        out.candidates = {out.port};
    }
    return out;
}

namespace {

// A process by name: the file name of its command's first word (world-readable, unlike its
// open files), else its kernel name (cut at 15 characters), else "?".
QString processName(const QString &pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray all = cmdline.read(4096);
        const QString first = QFileInfo(QString::fromLocal8Bit(all.left(all.indexOf('\0')))).fileName();
        if (!first.isEmpty())
            return first;
    }
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

// The processes named by the UUCP lock files of `device` ("LCK..ttyUSB0"): QSerialPort writes
// its pid on the first line (then the program's name, host, ...), minicom and lockdev the pid in
// ASCII, padded (some add the program and user on the same line). Read where they live; a process that is gone (a stale lock) is left out.
QStringList lockFileHolders(const QString &device, const QString &self)
{
    QStringList names;
    for (const QString &path : {device, canonical(device)}) {
        QString n = path.startsWith(QLatin1String("/dev/")) ? path.mid(5) : path;
        n.replace(QLatin1Char('/'), QLatin1Char('_'));
        if (!names.contains(n))
            names.append(n);
    }
    QStringList pids;
    for (const char *dir : {"/var/lock", "/run/lock", "/etc/locks", "/var/spool/locks", "/var/spool/uucp", "/tmp", "/var/tmp"}) {
        for (const QString &n : std::as_const(names)) {
            QFile lock(QStringLiteral("%1/LCK..%2").arg(QLatin1String(dir), n));
            if (!lock.open(QIODevice::ReadOnly))
                continue;
            bool ok = false;
            const qint64 pid = QString::fromLatin1(lock.readLine(64)).simplified().section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
            const QString text = QString::number(pid);
            if (!ok || pid <= 0 || text == self || pids.contains(text) || !QFileInfo::exists(QStringLiteral("/proc/%1").arg(text)))
                continue;
            // QLockFile's second line is the program's name: a lock left by a killed program
            // whose pid now belongs to another one is not that program's.
            const QString program = QString::fromLocal8Bit(lock.readLine(256)).trimmed();
            if (!program.isEmpty() && program != processName(text))
                continue;
            pids.append(text);
        }
    }
    return pids;
}

} // namespace

QStringList holdersOf(const QString &device)
{
    QStringList out;
    const QString target = canonical(device);
    const QDir proc(QStringLiteral("/proc"));
    if (!proc.exists())
        return out;
    const QString self = QString::number(QCoreApplication::applicationPid());
    QStringList pids;
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        // Another user's open files cannot be read (a technician's session beside ModemManager):
        // the lock files below may still name it.
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            if (fd.symLinkTarget() == target) {
                pids.append(pid);
                break;
            }
        }
    }
    for (const QString &pid : lockFileHolders(device, self))
        if (!pids.contains(pid))
            pids.append(pid);
    for (const QString &pid : std::as_const(pids))
        out.append(QStringLiteral("%1 (pid %2)").arg(processName(pid), pid));
    return out;
}

PortProblem diagnose(const QString &port)
{
    PortProblem p;
    const QString path = devicePath(port);
    if (!QFileInfo::exists(path)) {
        p.code = PortProblem::Code::Missing;
        return p;
    }
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == EACCES || err == EPERM)
            p.code = PortProblem::Code::PermissionDenied;
        else if (err == EBUSY)
            p.code = PortProblem::Code::Busy;
        else if (err == ENOENT || err == ENODEV || err == ENXIO)
            p.code = PortProblem::Code::Missing;
        else
            p.code = PortProblem::Code::Other;
    } else {
        // It opens here: what refused it is an exclusive lock another program holds (TIOCEXCL
        // or a lock file), i.e. busy.
        ::close(fd);
        p.code = PortProblem::Code::Busy;
    }
#else
    p.code = PortProblem::Code::Other;
#endif
    if (p.code == PortProblem::Code::Busy)
        p.holders = holdersOf(path);
    return p;
}

} // namespace SerialPorts
