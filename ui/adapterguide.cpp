#include "adapterguide.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(title, body);
}

QString para(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString code(const QString &text)
{
    return QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(text.toHtmlEscaped());
}

} // namespace

AdapterGuide::AdapterGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("adapterGuide"));
    setWindowTitle(tr("Adapters in the field"));
    m_browser->setObjectName(QStringLiteral("adapterGuideText"));
    m_browser->setAccessibleName(tr("Adapters in the field"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const QFontMetrics fm(font());
    resize(fm.averageCharWidth() * 120, fm.height() * 44);
    m_browser->setFocus();
}

QString AdapterGuide::html()
{
    QString h;
    h += para(tr("What to do when an adapter will not open or a bus stays silent. The same advice is in BankScope's "
                 "error messages and in the README."));
    h += section(tr("Linux: permission denied on /dev/ttyUSB0 or /dev/ttyACM0"),
                 para(tr("Serial ports belong to the <b>dialout</b> group. Add yourself once, then log out and back in:"))
                     + code(QStringLiteral("sudo usermod -aG dialout $USER")));
    h += section(tr("Linux: the port is busy, or the first bytes vanish"),
                 para(tr("ModemManager probes new CH340 and ttyACM devices as if they were modems for a few seconds after "
                         "they are plugged in. Stop it (<tt>sudo systemctl stop ModemManager</tt>; <tt>disable</tt> to keep "
                         "it off) or tell it to leave the adapter alone with the udev rule below "
                         "(<tt>ENV{ID_MM_DEVICE_IGNORE}=\"1\"</tt>). <tt>fuser -v /dev/ttyUSB0</tt> names any other program "
                         "that holds the port.")));
    h += section(tr("Linux: stable names"),
                 para(tr("/dev/ttyUSB0 may become /dev/ttyUSB1 after a replug. Use the /dev/serial/by-id/\u2026 name "
                         "(BankScope offers it and finds a replugged stick by it), or give the adapter your own name with a "
                         "rule in /etc/udev/rules.d/99-bankscope.rules, e.g. for a CH340 stick:"))
                     + code(QStringLiteral("SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"1a86\", ATTRS{idProduct}==\"7523\", "
                                           "SYMLINK+=\"rs485-bank\", ENV{ID_MM_DEVICE_IGNORE}=\"1\""))
                     + para(tr("then <tt>sudo udevadm control --reload &amp;&amp; sudo udevadm trigger</tt>. Common IDs: "
                               "CH340 1a86:7523, FTDI FT232R 0403:6001, CP210x 10c4:ea60, PL2303 067b:2303. Two identical "
                               "sticks without serial numbers cannot be told apart by a rule: label them, or match on "
                               "KERNELS (the USB port). BankScope says \u201Cidentical adapter: check which port\u201D for "
                               "them.")));
    h += section(tr("Windows: COM ports and drivers"),
                 para(tr("The adapter appears in Device Manager under \u201CPorts (COM &amp; LPT)\u201D as COMn. CH340/CH341 "
                         "and CP210x sticks need the chip maker's driver (WCH, Silicon Labs) if Windows Update does not "
                         "install one; FTDI usually works out of the box. Select the COM port by name in BankScope.")));
    h += section(tr("CAN: SLCAN adapters (CANable with slcan firmware, USBtin, clones)"),
                 para(tr("They appear as a serial port: choose \u201CSLCAN adapter\u201D in Connect (or <tt>--slcan PORT</tt>). "
                         "BankScope opens them silent (listen-only) and refuses to open them otherwise.")));
    h += section(tr("CAN: candleLight / gs_usb (CANable 2 with candleLight firmware) and other socketcan adapters"),
                 para(tr("They are network interfaces on Linux. Bring the interface up in listen-only mode before sniffing a "
                         "live bus (the bit rate belongs to the interface, not to BankScope):"))
                     + code(QStringLiteral("sudo ip link set can0 down\nsudo ip link set can0 up type can bitrate 500000 listen-only on"))
                     + para(tr("Without <tt>listen-only on</tt> the adapter acknowledges frames on the bus: harmless on a "
                               "healthy bus, but it is transmitting. Then choose the socketcan plugin and can0 in Connect "
                               "(<tt>--can socketcan:can0</tt>).")));
    h += section(tr("CAN: PEAK PCAN-USB"),
                 para(tr("On Linux through socketcan (the peak_usb driver, as above); on Windows through Qt's peakcan plugin, "
                         "which needs PEAK's PCAN-Basic driver installed.")));
    h += section(tr("RS485: A and B"),
                 para(tr("Vendors disagree on which wire is A: some label the non-inverting line A, others B, and some "
                         "adapters print D+/D\u2212, T/R+ and T/R\u2212. If bytes arrive but no frame decodes, or nothing "
                         "arrives at all, swap A and B \u2014 it does no harm. Connect GND too where the BMS port has one "
                         "(Pylontech RJ45 pins 7 = RS485-A, 8 = RS485-B on the battery side; check your adapter).")));
    h += section(tr("Termination"),
                 para(tr("A long RS485 or CAN run needs a 120 \u03A9 terminator at each end and nowhere else. A laptop adapter "
                         "tapped into the middle of a terminated bus must not add its own terminator (many CAN adapters have a "
                         "jumper or switch for it). A short bench cable usually works without.")));
    h += section(tr("Baud rate"),
                 para(tr("Pylontech RS485: 115200 (DIP 1 off) or 9600 (DIP 1 on); JK RS485: 115200; Pylon CAN and most CAN "
                         "BMSs: 500 kbit/s. A wrong baud rate shows as “bytes arrive but no valid frames”. "
                         "Connection \u203A Auto-detect listens at each speed and never transmits.")));
    h += section(tr("When a port will not open"),
                 QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
                     .arg(tr("Is it there? Unplug and replug, then press Refresh in Connect: the adapter is named (CH340, "
                             "FTDI, CP210x, PL2303, CANable)."),
                          tr("Permission denied: the dialout group (above), then log out and back in."),
                          tr("Busy: another program holds it (fuser -v PORT; a terminal program, ModemManager, another "
                             "BankScope)."),
                          tr("Opens but silent: check A/B, GND, termination and the speed; let Auto-detect listen.")));
    return h;
}

namespace AboutBox {

QString html()
{
    return QStringLiteral("<h2>BankScope %1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(),
             AdapterGuide::tr("Commissioning and diagnostics for parallel lithium battery banks: Pylontech, JK BMS and CAN BMSs on one "
                              "inverter, over RS485 and CAN."),
             AdapterGuide::tr("Qt %1 (built with Qt %2).").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
             AdapterGuide::tr("Licences: Qt Core, Gui, Widgets, PrintSupport, SerialPort and SerialBus under the GNU LGPL version 3; Qt "
                              "Charts under the GNU GPL version 3. Help \u203A About Qt has Qt's licence texts."),
             AdapterGuide::tr("BankScope's own licence is the one its package states; the protocol facts it carries name their public "
                              "sources in the catalogue."));
}

void show(QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(AdapterGuide::tr("About BankScope"));
    box.setTextFormat(Qt::RichText);
    box.setText(html());
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace AboutBox
