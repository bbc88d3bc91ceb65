<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="yo_NG">
<context>
    <name>AdapterGuide</name>
    <message>
        <location filename="../ui/adapterguide.cpp" line="36"/>
        <location filename="../ui/adapterguide.cpp" line="38"/>
        <source>Adapters in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="54"/>
        <source>What to do when an adapter will not open or a bus stays silent. The same advice is in BankScope&apos;s error messages and in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="56"/>
        <source>Linux: permission denied on /dev/ttyUSB0 or /dev/ttyACM0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="57"/>
        <source>Serial ports belong to the &lt;b&gt;dialout&lt;/b&gt; group. Add yourself once, then log out and back in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="59"/>
        <source>Linux: the port is busy, or the first bytes vanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="60"/>
        <source>ModemManager probes new CH340 and ttyACM devices as if they were modems for a few seconds after they are plugged in. Stop it (&lt;tt&gt;sudo systemctl stop ModemManager&lt;/tt&gt;; &lt;tt&gt;disable&lt;/tt&gt; to keep it off) or tell it to leave the adapter alone with the udev rule below (&lt;tt&gt;ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot;&lt;/tt&gt;). &lt;tt&gt;fuser -v /dev/ttyUSB0&lt;/tt&gt; names any other program that holds the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="65"/>
        <source>Linux: stable names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="66"/>
        <source>/dev/ttyUSB0 may become /dev/ttyUSB1 after a replug. Use the /dev/serial/by-id/… name (BankScope offers it and finds a replugged stick by it), or give the adapter your own name with a rule in /etc/udev/rules.d/99-bankscope.rules, e.g. for a CH340 stick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="71"/>
        <source>then &lt;tt&gt;sudo udevadm control --reload &amp;amp;&amp;amp; sudo udevadm trigger&lt;/tt&gt;. Common IDs: CH340 1a86:7523, FTDI FT232R 0403:6001, CP210x 10c4:ea60, PL2303 067b:2303. Two identical sticks without serial numbers cannot be told apart by a rule: label them, or match on KERNELS (the USB port). BankScope says “identical adapter: check which port” for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="76"/>
        <source>Windows: COM ports and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="77"/>
        <source>The adapter appears in Device Manager under “Ports (COM &amp;amp; LPT)” as COMn. CH340/CH341 and CP210x sticks need the chip maker&apos;s driver (WCH, Silicon Labs) if Windows Update does not install one; FTDI usually works out of the box. Select the COM port by name in BankScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="80"/>
        <source>CAN: SLCAN adapters (CANable with slcan firmware, USBtin, clones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="81"/>
        <source>They appear as a serial port: choose “SLCAN adapter” in Connect (or &lt;tt&gt;--slcan PORT&lt;/tt&gt;). BankScope opens them silent (listen-only) and refuses to open them otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="83"/>
        <source>CAN: candleLight / gs_usb (CANable 2 with candleLight firmware) and other socketcan adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="84"/>
        <source>They are network interfaces on Linux. Bring the interface up in listen-only mode before sniffing a live bus (the bit rate belongs to the interface, not to BankScope):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="87"/>
        <source>Without &lt;tt&gt;listen-only on&lt;/tt&gt; the adapter acknowledges frames on the bus: harmless on a healthy bus, but it is transmitting. Then choose the socketcan plugin and can0 in Connect (&lt;tt&gt;--can socketcan:can0&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="90"/>
        <source>CAN: PEAK PCAN-USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="91"/>
        <source>On Linux through socketcan (the peak_usb driver, as above); on Windows through Qt&apos;s peakcan plugin, which needs PEAK&apos;s PCAN-Basic driver installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="93"/>
        <source>RS485: A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="94"/>
        <source>Vendors disagree on which wire is A: some label the non-inverting line A, others B, and some adapters print D+/D−, T/R+ and T/R−. If bytes arrive but no frame decodes, or nothing arrives at all, swap A and B — it does no harm. Connect GND too where the BMS port has one (Pylontech RJ45 pins 7 = RS485-A, 8 = RS485-B on the battery side; check your adapter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="98"/>
        <source>Termination</source>
        <translation type="unfinished">Termination rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="99"/>
        <source>A long RS485 or CAN run needs a 120 Ω terminator at each end and nowhere else. A laptop adapter tapped into the middle of a terminated bus must not add its own terminator (many CAN adapters have a jumper or switch for it). A short bench cable usually works without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="102"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="103"/>
        <source>Pylontech RS485: 115200 (DIP 1 off) or 9600 (DIP 1 on); JK RS485: 115200; Pylon CAN and most CAN BMSs: 500 kbit/s. A wrong baud rate shows as “bytes arrive but no valid frames”. Connection › Auto-detect listens at each speed and never transmits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="123"/>
        <source>Commissioning and diagnostics for parallel lithium battery banks: Pylontech, JK BMS and CAN BMSs on one inverter, over RS485 and CAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="125"/>
        <source>Qt %1 (built with Qt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="126"/>
        <source>Licences: Qt Core, Gui, Widgets, PrintSupport, SerialPort and SerialBus under the GNU LGPL version 3; Qt Charts under the GNU GPL version 3. Help › About Qt has Qt&apos;s licence texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="128"/>
        <source>BankScope&apos;s own licence is the one its package states; the protocol facts it carries name their public sources in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="136"/>
        <source>About BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="106"/>
        <source>When a port will not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="108"/>
        <source>Is it there? Unplug and replug, then press Refresh in Connect: the adapter is named (CH340, FTDI, CP210x, PL2303, CANable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="110"/>
        <source>Permission denied: the dialout group (above), then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="111"/>
        <source>Busy: another program holds it (fuser -v PORT; a terminal program, ModemManager, another BankScope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="113"/>
        <source>Opens but silent: check A/B, GND, termination and the speed; let Auto-detect listen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="75"/>
        <source>Master and addresses</source>
        <translation>Master àti àwọn àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="76"/>
        <source>Which unit is master and how, every unit&apos;s address and switches as drawn here, and what you find on each unit.</source>
        <translation>Bátìrì wo ni master àti bí ó ṣe jẹ́ bẹ́ẹ̀, àdírẹ́sì àti switch bátìrì kọ̀ọ̀kan bí a ṣe yà wọ́n síbí, àti ohun tí ẹ rí lórí bátìrì kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="79"/>
        <source>Who is master</source>
        <translation>Ta ni master</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Unit</source>
        <translation>Bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Role</source>
        <translation>Iṣẹ́ rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Address</source>
        <translation>Àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="99"/>
        <source>Units of the bank</source>
        <translation>Àwọn bátìrì inú bank yìí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="127"/>
        <source>Record what I found on this unit</source>
        <translation>Kọ ohun tí mo rí lórí bátìrì yìí sílẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="148"/>
        <source>As planned</source>
        <translation>Bí a ṣe ṣètò rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="150"/>
        <source>As &amp;found on the unit (click or use the keys)</source>
        <translation>Bí a ṣe &amp;rí i lórí bátìrì (ẹ tẹ̀ ẹ́ tàbí ẹ lo àwọn kọ́kọ́rọ́)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="175"/>
        <source>This unit has no address switches: nothing to set on it.</source>
        <translation>Bátìrì yìí kò ní switch àdírẹ́sì: kò sí nǹkan láti ṣètò lórí rẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="184"/>
        <source>from the unit&apos;s label</source>
        <translation>láti ara àmì orúkọ bátìrì náà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="185"/>
        <source>Verification matches readings to units by serial number, never by address.</source>
        <translation>Ìjẹ́rìísí máa ń so kíkà mọ́ bátìrì nípasẹ̀ nọ́mbà serial, kì í ṣe nípasẹ̀ àdírẹ́sì láé.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="187"/>
        <source>if known; verification reads it where the protocol carries it</source>
        <translation>tí ẹ bá mọ̀ ọ́n; ìjẹ́rìísí yóò kà á níbi tí protocol bá gbé e</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="197"/>
        <source>Serial &amp;number:</source>
        <translation>Nọ́mbà &amp;serial:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="198"/>
        <source>F&amp;irmware:</source>
        <translation>F&amp;irmware rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="200"/>
        <source>The unit</source>
        <translation>Bátìrì náà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>RS485 rate: OFF 115200, ON 9600 (every unit alike)</source>
        <translation>Ìyára RS485: OFF 115200, ON 9600 (bákan náà lórí gbogbo bátìrì)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>group, bit 1 (the master&apos;s)</source>
        <translation>ẹgbẹ́, bit 1 (ti master)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>group, bit 2 (the master&apos;s)</source>
        <translation>ẹgbẹ́, bit 2 (ti master)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="229"/>
        <source>group, bit 3 (the master&apos;s)</source>
        <translation>ẹgbẹ́, bit 3 (ti master)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 1</source>
        <translation>àdírẹ́sì, ó ń fi 1 kún un</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 2</source>
        <translation>àdírẹ́sì, ó ń fi 2 kún un</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 4</source>
        <translation>àdírẹ́sì, ó ń fi 4 kún un</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 8</source>
        <translation>àdírẹ́sì, ó ń fi 8 kún un</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="248"/>
        <source>Switch 1 is set on site to the inverter&apos;s RS485 rate (OFF 115200, ON 9600), the same on every module: record what you set.</source>
        <translation>Ní ibi iṣẹ́ ni a ti ń ṣètò switch 1 sí ìyára RS485 inverter (OFF 115200, ON 9600), bákan náà lórí gbogbo module: ẹ kọ ohun tí ẹ ṣètò sílẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="250"/>
        <source>Switch 1 %1: RS485 at %2 baud. Set every module alike, to the inverter&apos;s rate.</source>
        <translation>Switch 1 %1: RS485 ní %2 baud. Ẹ ṣètò gbogbo module bákan náà, sí ìyára inverter.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="254"/>
        <source>Switch 1 is %1 here, %2 in the plan: on CAN it does nothing, but on RS485 this module would talk at %3 baud.</source>
        <translation>Switch 1 wà ní %1 níbí, %2 nínú ètò: lórí CAN kò ṣe nǹkankan, ṣùgbọ́n lórí RS485 module yìí yóò sọ̀rọ̀ ní %3 baud.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="256"/>
        <source>Switch 1 is %1 here, %2 in the plan: on RS485 this module would talk at %3 baud, not at the bank&apos;s rate.</source>
        <translation>Switch 1 wà ní %1 níbí, %2 nínú ètò: lórí RS485 module yìí yóò sọ̀rọ̀ ní %3 baud, kì í ṣe ní ìyára bank.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="263"/>
        <source>Switches 2-4 differ from the plan (group %1 here, %2 planned): in a single group a slave&apos;s switches 2-4 are ignored, so this does no harm.</source>
        <translation>Switch 2-4 yàtọ̀ sí ètò (ẹgbẹ́ %1 níbí, %2 nínú ètò): nínú ẹgbẹ́ kan ṣoṣo a kì í wo switch 2-4 ti slave, nítorí náà kò léwu.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="267"/>
        <source>Switches 2-4 set group %1 here, the plan has group %2: this master would answer at %3 instead of %4.</source>
        <translation>Switch 2-4 ṣètò ẹgbẹ́ %1 níbí, ètò ní ẹgbẹ́ %2: master yìí yóò dáhùn ní %3 dípò %4.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="278"/>
        <source>0000 makes this pack a master too: two masters on one pack bus collide. The plan has address %1.</source>
        <translation>0000 sọ bátìrì yìí di master pẹ̀lú: master méjì lórí bus bátìrì kan náà máa ń kọlu ara wọn. Ètò ní àdírẹ́sì %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="279"/>
        <source>These switches make address %1; the plan has %2.</source>
        <translation>Àwọn switch yìí fún un ní àdírẹ́sì %1; ètò ní %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="283"/>
        <source>The switches differ from the plan.</source>
        <translation>Àwọn switch yàtọ̀ sí ètò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="286"/>
        <source>As planned.</source>
        <translation>Bí a ṣe ṣètò rẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="340"/>
        <source>⚠ Another reading — a conflict between sources</source>
        <translation>⚠ Kíkà mìíràn — àwọn orísun kò fohùn ṣọ̀kan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="358"/>
        <source>Checked on the units: each group&apos;s master (%1) heads its link chain with its Link 0 empty</source>
        <translation>A ti yẹ̀ ẹ́ wò lórí àwọn bátìrì: master ẹgbẹ́ kọ̀ọ̀kan (%1) ló wà ní iwájú ẹ̀wọ̀n link rẹ̀, Link 0 rẹ̀ ṣófo</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="360"/>
        <source>Checked on the units: %1 carries the inverter cable and its Link 0 is empty</source>
        <translation>A ti yẹ̀ ẹ́ wò lórí àwọn bátìrì: %1 ló gbé wáyà inverter, Link 0 rẹ̀ sì ṣófo</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="362"/>
        <source>Checked on every pack: only %1 is at DIP 0000</source>
        <translation>A ti yẹ̀ ẹ́ wò lórí gbogbo bátìrì: %1 nìkan ló wà ní DIP 0000</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="379"/>
        <source>Group %1</source>
        <translation>Ẹgbẹ́ %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="434"/>
        <source>%1 of group %2</source>
        <translation>%1 ti ẹgbẹ́ %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="435"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="438"/>
        <source>RS485 address %1</source>
        <translation>Àdírẹ́sì RS485 %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="438"/>
        <source>Address %1</source>
        <translation>Àdírẹ́sì %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="440"/>
        <source>at the head of its link chain (Link 0 empty)</source>
        <translation>ní iwájú ẹ̀wọ̀n link rẹ̀ (Link 0 ṣófo)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="440"/>
        <source>position %1 in its link chain</source>
        <translation>ipò %1 nínú ẹ̀wọ̀n link rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="448"/>
        <source>%1, as planned</source>
        <translation>%1, bí a ṣe ṣètò rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="451"/>
        <source>%1, as found on the unit</source>
        <translation>%1, bí a ṣe rí i lórí bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="463"/>
        <source>Switch %1: %2</source>
        <translation>Switch nọ́mbà %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="472"/>
        <source>No switches: set address %1 in the vendor&apos;s app (JK: “Device Addr”, once the port runs JK Modbus). BankScope never writes it.</source>
        <translation>Kò sí switch: ẹ ṣètò àdírẹ́sì %1 nínú app olùtajà (JK: “Device Addr”, lẹ́yìn tí port bá ń lo JK Modbus). BankScope kì í kọ ọ́ láé.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="474"/>
        <source>Address %1 set in the app on %2</source>
        <translation>A ṣètò àdírẹ́sì %1 nínú app ní %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="512"/>
        <source>%1: switches found %2 (switch 1 first, 1 = ON); planned %3. %4</source>
        <translation>%1: switch tí a rí %2 (switch 1 ṣáájú, 1 = ON); èyí tí a ṣètò %3. %4</translation>
    </message>
</context>
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregator.cpp" line="177"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="179"/>
        <source>stale (last reading %1 s ago, limit %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="182"/>
        <source>silent (no reading received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="186"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="442"/>
        <location filename="../core/aggregator.cpp" line="448"/>
        <source>config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="443"/>
        <source>No pack is set as master. In a %1 bank the inverter gets its data from the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="445"/>
        <source>In the bank setup, mark the pack whose communication cable goes to the inverter as master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="449"/>
        <source>%1 are all set as master. Two masters on one bus collide and the inverter sees neither reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="451"/>
        <source>Keep one master (the pack wired to the inverter) and set the others to slave addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="465"/>
        <source>%1 is %2. The aggregator drops it and carries on: bank capacity falls to %3 Ah and the current limits shrink with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="467"/>
        <source>Check %1&apos;s CAN cable, termination and power; the aggregator adds it back when it reports again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="472"/>
        <source> It falls back to a voltage-only SOC of about %1 % while the packs hold %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="476"/>
        <source>Check the master&apos;s power and its cable to the inverter. If the master has failed, follow the failover card: make another pack the master and move the inverter cable to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="477"/>
        <source>Check the master&apos;s power and its cable to the inverter. If it has failed, promote another pack by hand: move the inverter cable to it and give it the master address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="479"/>
        <source>The master %1 is %2: the inverter receives no BMS data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="486"/>
        <source>%1 is %2, and so is the master: nothing about it reaches the inverter, and a slave read through the master cannot be checked until the master is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="488"/>
        <source>Restore the master first (see its finding); then check %1 if it still does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="492"/>
        <source>%1 is %2. The master reports a communication fault to the inverter, and the bank&apos;s capacity and limits no longer include this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="494"/>
        <source>Check the link cable between %1 and its neighbour, its address switches, and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="499"/>
        <source>%1 is %2. The inverter never sees this pack in a single-master bank, and now BankScope cannot check it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="501"/>
        <source>Check BankScope&apos;s cable to %1 and the pack&apos;s RS485 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="513"/>
        <source>Two BMSs send on %1&apos;s link (%2): %3 send the same frame ids, so %1&apos;s values jump between them and the GX or inverter cannot tell which is which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="514"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="515"/>
        <source>Leave one BMS on this port: each BMS needs its own CAN port on the GX, or one master that speaks for the others. Check the cable and any splitter on %1&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="519"/>
        <location filename="../core/aggregator.cpp" line="527"/>
        <source>bank</source>
        <translation type="unfinished">gbogbo bank</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="520"/>
        <source>No pack is online: the inverter has no battery data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="521"/>
        <source>Check the bus cable, termination, bit rate, and that the packs are switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="528"/>
        <source>The inverter sees %1 % SOC but the bank holds %2 % (%3 points apart): it will start the generator or cut off at the wrong moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="531"/>
        <source>The inverter sees only the master&apos;s own count. Make the pack cables to the busbar equal so the packs share current evenly, and set the inverter&apos;s cut-off SOC with this gap in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="532"/>
        <source>Compare the packs&apos; SOC in the pack table and check the master&apos;s aggregation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="547"/>
        <source>%1 reports %2, but the inverter cannot see it and will go on charging and discharging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="549"/>
        <source>Check %1 now. Only what reaches the inverter protects the bank: lower the inverter&apos;s limits until the fault is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="555"/>
        <source>%1 reports %2; the inverter sees it as a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="556"/>
        <source>%1 reports %2; under the &quot;all packs&quot; rule the inverter sees only a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="558"/>
        <source>Find the cause in %1&apos;s cell and temperature readings before resetting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="569"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees %4 mV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="571"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees no cell voltages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="573"/>
        <source>The inverter cannot protect this cell. Check the pack&apos;s balance and the cell&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="585"/>
        <source>When the bank charges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="586"/>
        <source>When the bank discharges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="588"/>
        <source>Unequal cable lengths or connections split the current unevenly. Make the pack cables to the busbar equal, or use the &quot;smallest pack limit&quot; rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/appsettings.cpp" line="74"/>
        <source>it is %1 bytes long, more than a settings file can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="81"/>
        <source>it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="97"/>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="99"/>
        <source>it is not a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="126"/>
        <source>it holds an entry BankScope does not write (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="129"/>
        <source>the value of %1 is not a saved window state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="132"/>
        <source>the value of %1 is not a saved widget state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="135"/>
        <source>the value of %1 is not a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="137"/>
        <source>the value of %1 is not a name or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="139"/>
        <source>the value of %1 is not a page of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="141"/>
        <source>the value of %1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="146"/>
        <source>the value of %1 is not a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="148"/>
        <source>the value of %1 is not a connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="158"/>
        <source>the value of %1 is not a list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="169"/>
        <source>The settings file %1 was set aside as %2 (%3); BankScope starts with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="180"/>
        <source>The settings file %1 cannot be used (%2) and cannot be moved aside; this session&apos;s settings are kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../ui/appearance.cpp" line="195"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="197"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="198"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <location filename="../core/bankconfig.cpp" line="57"/>
        <source>True master-slave</source>
        <translation>Master-slave gidi</translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="59"/>
        <source>Peer-to-peer (GX aggregator)</source>
        <translation>Ẹgbẹ́-sí-ẹgbẹ́ (GX ló ń kó wọn jọ)</translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="61"/>
        <source>Single master, no inter-BMS link</source>
        <translation>Master kan, kò sí ìsopọ̀ láàrin àwọn BMS</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="33"/>
        <source>The architecture</source>
        <translation>Bí ètò náà ṣe rí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="34"/>
        <source>Derived from the batteries and the inverter: who talks to the inverter, and what it will and will not know.</source>
        <translation>A mú un jáde láti inú àwọn bátìrì àti inverter: ta ló ń bá inverter sọ̀rọ̀, àti ohun tí yóò mọ̀ àti èyí tí kò ní mọ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="47"/>
        <source>Why, and what to know</source>
        <translation>Ìdí rẹ̀, àti ohun tí ó yẹ kí ẹ mọ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="83"/>
        <source>One cable from the inverter to the master; the other units behind it on their own link, or monitored separately.</source>
        <translation>Wáyà kan láti inverter sí master; àwọn bátìrì yòókù wà lẹ́yìn rẹ̀ lórí link tiwọn, tàbí a ń wò wọ́n lọ́tọ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="86"/>
        <source>Every BMS on the inverter&apos;s bus, each at its own address: the inverter polls them all.</source>
        <translation>Gbogbo BMS wà lórí bus inverter, ọ̀kọ̀ọ̀kan ní àdírẹ́sì tirẹ̀: inverter ń béèrè lọ́wọ́ gbogbo wọn.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="89"/>
        <source>Every BMS on its own CAN port of the GX; the GX combines them and talks to the inverter.</source>
        <translation>Gbogbo BMS wà lórí port CAN tirẹ̀ ní GX; GX ń kó wọn pọ̀, ó sì ń bá inverter sọ̀rọ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="92"/>
        <source>Cabling: %1</source>
        <translation>Ìsopọ̀ wáyà: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="95"/>
        <source>for %1: %2</source>
        <translation>fún %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="96"/>
        <source>for %1: %2, %3</source>
        <translation>fún %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="97"/>
        <source>Stand-in master: none needed, every BMS talks to the GX itself.</source>
        <translation>Master adèlé: kò pọn dandan, gbogbo BMS ń bá GX sọ̀rọ̀ fúnra rẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="98"/>
        <source>Stand-in master if the master fails: %1.</source>
        <translation>Master adèlé tí master bá bàjẹ́: %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="116"/>
        <source>To plan every BMS on the inverter&apos;s bus instead, go Back to the firmware step: enter the version and confirm that its release notes were checked.</source>
        <translation>Láti ṣètò gbogbo BMS lórí bus inverter dípò bẹ́ẹ̀, ẹ padà Sẹ́yìn sí ìgbésẹ̀ firmware: ẹ tẹ ẹ̀yà rẹ̀ sí i kí ẹ sì jẹ́rìí pé a ti yẹ release notes rẹ̀ wò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="124"/>
        <source>No further notes on the architecture; the master and its switches are on the next step.</source>
        <translation>Kò sí àkíyèsí mìíràn nípa ètò náà; master àti àwọn switch rẹ̀ wà ní ìgbésẹ̀ tó kàn.</translation>
    </message>
</context>
<context>
    <name>BankJson</name>
    <message>
        <location filename="../core/bankjson.cpp" line="32"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="51"/>
        <location filename="../core/bankjson.cpp" line="109"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="54"/>
        <location filename="../core/bankjson.cpp" line="112"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="64"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="75"/>
        <source>expected a list of fault names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="81"/>
        <source>expected a fault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="84"/>
        <source>unknown fault name &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="103"/>
        <source>expected a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="116"/>
        <location filename="../core/bankjson.cpp" line="250"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="150"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="155"/>
        <source>expected a JSON object describing the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="167"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="176"/>
        <location filename="../core/bankjson.cpp" line="213"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="185"/>
        <source>expected &quot;weakest-times-count&quot;, &quot;sum&quot; or &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="193"/>
        <source>expected &quot;any&quot; or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="207"/>
        <source>expected a non-empty list of packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="228"/>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="230"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="236"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="245"/>
        <source>expected &quot;master&quot; or &quot;slave&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="261"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankSession</name>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="184"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="222"/>
        <source>a scan needs a serial link and a protocol with addresses to scan (a CAN bus has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="236"/>
        <source>nothing to connect to: the plan has no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="241"/>
        <source>a simulated bank was asked for, but none was handed to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="484"/>
        <source>%1 is a CAN protocol: it does not run on a serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="500"/>
        <source>two identical adapters without serial numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="592"/>
        <source>Another master polls this bus: BankScope only listens here. To poll, unplug the inverter&apos;s BMS cable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="682"/>
        <source>%1 runs on RS485, not on CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="779"/>
        <source>no protocol finds a valid frame in the serial traffic of its first part: choose the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="817"/>
        <source>line %1 of the recording cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="818"/>
        <source>The line is skipped and the rest plays; the recording may have been cut or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="828"/>
        <source>the replay speed must be a finite number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="934"/>
        <location filename="../protocols/links/banksession.cpp" line="1189"/>
        <source>two identical adapters: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="935"/>
        <location filename="../protocols/links/banksession.cpp" line="1190"/>
        <source>Two adapters of the same kind without serial numbers are plugged in (%1): BankScope cannot tell them apart. Pick the one to use by its device name, or unplug the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="945"/>
        <source>permission denied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="947"/>
        <source>Add yourself to the dialout group: sudo usermod -aG dialout $USER, then log out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="949"/>
        <source>Ask the administrator of this computer for access to serial ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="953"/>
        <source>%1 is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="955"/>
        <source>Close the program that holds it: ModemManager (sudo systemctl stop ModemManager), another BankScope, or a terminal program (minicom, screen, PuTTY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="957"/>
        <source>It is held by %1: close that program (ModemManager: sudo systemctl stop ModemManager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="961"/>
        <source>%1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="962"/>
        <source>Check the cable and the adapter, then pick the port again (it may have another name now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="966"/>
        <source>Unplug the adapter, plug it in again and pick the port again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="972"/>
        <source>Check the speed and the protocol chosen for this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="975"/>
        <source>Choose the protocol the recording holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="976"/>
        <source>Check the adapter&apos;s firmware (SLCAN silent mode) and the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="980"/>
        <source>Pick a BankScope recording, a candump log, SavvyCAN CSV or a Vector ASC file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="981"/>
        <source>Check that the CAN interface exists and is up (ip link show), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="984"/>
        <source>Check the adapter and its cable, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1127"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1185"/>
        <source>the adapter went away: reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1186"/>
        <source>Plug it in again: BankScope finds it again under the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1187"/>
        <source>Plug it in again: BankScope finds it again, even under another device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1208"/>
        <source>bytes arrive but no valid frames: wrong baud or protocol?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1210"/>
        <source>Check the speed (%1 baud now) and the protocol, and that A and B are not swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1211"/>
        <source>Check the protocol chosen for this link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatteryPage</name>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="26"/>
        <source>the unit at the head of the link chain, carrying the inverter cable</source>
        <translation>bátìrì tó wà ní iwájú ẹ̀wọ̀n link, tó gbé wáyà inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="28"/>
        <source>the pack whose DIP switches are all OFF (0000)</source>
        <translation>bátìrì tí gbogbo switch DIP rẹ̀ wà ní OFF (0000)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="30"/>
        <source>no master: each pack is its own BMS, its address set in the vendor&apos;s app</source>
        <translation>kò sí master: bátìrì kọ̀ọ̀kan ni BMS tirẹ̀, a ṣètò àdírẹ́sì rẹ̀ nínú app olùtajà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="32"/>
        <source>a separate BMU box</source>
        <translation>àpótí BMU tó dá dúró</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="34"/>
        <source>elected by the units themselves</source>
        <translation>àwọn bátìrì fúnra wọn ló ń yàn án</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="36"/>
        <source>no master: each BMS talks for itself</source>
        <translation>kò sí master: BMS kọ̀ọ̀kan ń sọ̀rọ̀ fúnra rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="47"/>
        <source>&amp;Add another model (mixed bank)</source>
        <translation>Ẹ fi irú mìíràn &amp;kún un (bank àdàlù)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="53"/>
        <source>Battery models and number of units</source>
        <translation>Irú bátìrì àti iye bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="54"/>
        <source>Which batteries, and how many of each. Models of one family can share a bank; the planner puts the newest or largest at the head.</source>
        <translation>Irú bátìrì wo, àti mélòó nínú ọ̀kọ̀ọ̀kan. Irú bátìrì ìdílé kan náà lè pín bank kan; olùṣètò máa ń fi èyí tó jẹ́ tuntun jù tàbí tó tóbi jù sí iwájú.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="61"/>
        <source>Batteries in this bank</source>
        <translation>Àwọn bátìrì inú bank yìí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="75"/>
        <source>What the catalogue knows of the chosen models:</source>
        <translation>Ohun tí àkójọ mọ̀ nípa àwọn irú tí ẹ yàn:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="88"/>
        <source>Remove</source>
        <translation>Yọ kúrò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="95"/>
        <source>Not in the catalogue…</source>
        <translation>Kò sí nínú àkójọ…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="97"/>
        <source>Choose the battery model</source>
        <translation>Ẹ yan irú bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="98"/>
        <source>Battery model %1</source>
        <translation>Irú bátìrì %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="99"/>
        <source>Maker and model as on its label</source>
        <translation>Olùṣe àti irú bí ó ṣe wà lórí àmì rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="100"/>
        <source>Name of battery model %1</source>
        <translation>Orúkọ irú bátìrì %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="104"/>
        <source> unit(s)</source>
        <translation> bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="105"/>
        <source>Number of units of model %1</source>
        <translation>Iye bátìrì irú %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="106"/>
        <source>Remove battery model %1</source>
        <translation>Yọ irú bátìrì %1 kúrò</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/batterypage.cpp" line="208"/>
        <source>%n unit(s) in all</source>
        <translation>
            <numerusform>Bátìrì %n lápapọ̀</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="220"/>
        <source>(unnamed model)</source>
        <translation>(irú tí kò ní orúkọ)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="229"/>
        <source>Everything:</source>
        <translation>Gbogbo rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="233"/>
        <source>Master:</source>
        <translation>Master rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="234"/>
        <source>Units per group:</source>
        <translation>Bátìrì nínú ẹgbẹ́ kọ̀ọ̀kan:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="234"/>
        <source>Units at most:</source>
        <translation>Bátìrì tó pọ̀ jù:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="236"/>
        <source>Groups:</source>
        <translation>Àwọn ẹgbẹ́:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="237"/>
        <source>Cells:</source>
        <translation>Àwọn sẹ́ẹ̀lì:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="253"/>
        <source>Choose a model on every row, or remove the row.</source>
        <translation>Ẹ yan irú kan ní ìlà kọ̀ọ̀kan, tàbí ẹ yọ ìlà náà kúrò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="256"/>
        <source>Name the battery that is not in the catalogue.</source>
        <translation>Ẹ kọ orúkọ bátìrì tí kò sí nínú àkójọ.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="259"/>
        <source>%1 is listed twice: give it one row with the total number of units.</source>
        <translation>A kọ %1 lẹ́ẹ̀mejì: ẹ fún un ní ìlà kan pẹ̀lú àpapọ̀ iye bátìrì.</translation>
    </message>
</context>
<context>
    <name>BusScanner</name>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="135"/>
        <source>%1 checksum or framing errors on this address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="136"/>
        <source>%1 checksum or framing errors (seen on %2 addresses: check baud rate and A/B wiring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="141"/>
        <source>two answers to one request (%1 times): two packs share this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="143"/>
        <source>%1 answers came from another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="151"/>
        <source>identical data from address %1: a duplicate address or a pack answering for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="157"/>
        <source>the master cannot reach this module (RTN 0x91): check its link cable and power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="160"/>
        <source>not probed: another master appeared on the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="165"/>
        <source>the master answers that no module has this address (RTN 0x90)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CablingPage</name>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="23"/>
        <source>To the inverter</source>
        <translation>Sí inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="25"/>
        <source>Between units</source>
        <translation>Láàrin àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="26"/>
        <source>BankScope (polls)</source>
        <translation>BankScope (ó ń béèrè)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="27"/>
        <source>BankScope (listens only)</source>
        <translation>BankScope (ó ń fetí sílẹ̀ nìkan)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="42"/>
        <source>Cabling</source>
        <translation>Ìsopọ̀ wáyà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="43"/>
        <source>Which port to which, the termination, and battery cables of equal length.</source>
        <translation>Port wo sí èwo, termination, àti wáyà bátìrì tí gígùn wọn dọ́gba.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="49"/>
        <source>Links of the plan</source>
        <translation>Àwọn ìsopọ̀ inú ètò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="51"/>
        <source>Ports, pin-outs and termination</source>
        <translation>Àwọn port, pin àti termination</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="54"/>
        <source>Battery cables</source>
        <translation>Àwọn wáyà bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="56"/>
        <source>Packs in parallel share the current in inverse proportion to the resistance of their cable runs: a longer or thinner cable, or a loose lug, makes its pack carry less, so the packs drift apart in charge. Where the inverter hears one master, that drift becomes an error in the charge it acts on. Cut every pack&apos;s cables to the same length and cross-section, and torque every lug.</source>
        <translation>Àwọn bátìrì tí a so pọ̀ ní parallel máa ń pín current gẹ́gẹ́ bí agbára ìdènà wáyà wọn ṣe rí: wáyà tó gùn jù tàbí tó tínrín jù, tàbí lug tí kò dì dáadáa, máa ń jẹ́ kí bátìrì rẹ̀ gbé díẹ̀, bẹ́ẹ̀ ni agbára àwọn bátìrì á máa yàtọ̀ síra. Níbi tí inverter ti ń gbọ́ master kan ṣoṣo, ìyàtọ̀ yìí á di àṣìṣe nínú agbára tí ó fi ń ṣiṣẹ́. Ẹ gé wáyà bátìrì kọ̀ọ̀kan sí gígùn kan náà àti ìwọ̀n kan náà, kí ẹ sì dì gbogbo lug dáadáa.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="70"/>
        <source>Termination checked on every bus as above</source>
        <translation>A ti yẹ termination wò lórí gbogbo bus bí ó ṣe wà lókè</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>Link</source>
        <translation>Ìsopọ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>From</source>
        <translation>Láti</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>To</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>Medium, protocol, speed</source>
        <translation>Ọ̀nà, protocol, ìyára</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="135"/>
        <source>to the inverter</source>
        <translation>sí inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="136"/>
        <source>between units</source>
        <translation>láàrin àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="137"/>
        <source>service</source>
        <translation>ìtọ́jú</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="138"/>
        <source>%1 port %2 (%3)</source>
        <translation>port %2 ti %1 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="140"/>
        <source>Termination</source>
        <translation>Termination rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="141"/>
        <source>Longest inverter cable (m)</source>
        <translation>Wáyà inverter tó gùn jù (m)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="143"/>
        <source>Battery ports</source>
        <translation>Àwọn port bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="146"/>
        <source>%1 pins</source>
        <translation>Àwọn pin %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="148"/>
        <source>Inverter pins</source>
        <translation>Àwọn pin inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="156"/>
        <source>Cable type checked: the GX&apos;s cable matches the battery&apos;s generation (ground pin)</source>
        <translation>A ti yẹ irú wáyà wò: wáyà GX bá ìran bátìrì mu (pin ilẹ̀)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="157"/>
        <source>Cable checked against the pins above</source>
        <translation>A ti yẹ wáyà wò pẹ̀lú àwọn pin tó wà lókè</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="173"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="174"/>
        <source>not measured</source>
        <translation>a kò wọ̀n ọ́n</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="176"/>
        <source>Cable length of %1</source>
        <translation>Gígùn wáyà %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="178"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="196"/>
        <source>Enter each pack&apos;s cable length to compare them.</source>
        <translation>Ẹ tẹ gígùn wáyà bátìrì kọ̀ọ̀kan láti fi wọ́n wé ara wọn.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="214"/>
        <source>✔ Equal: every measured cable is %1 m.</source>
        <translation>✔ Wọ́n dọ́gba: gbogbo wáyà tí a wọ̀n jẹ́ %1 m.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="216"/>
        <source>⚠ Not equal: %1 has %2 m, %3 has %4 m. The pack on the longer run will carry less current.</source>
        <translation>⚠ Wọn kò dọ́gba: %1 ní %2 m, %3 ní %4 m. Bátìrì tí wáyà rẹ̀ gùn jù yóò gbé current díẹ̀.</translation>
    </message>
</context>
<context>
    <name>CanLink</name>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="134"/>
        <source>cannot create CAN device %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="157"/>
        <source>%1:%2 went away; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="180"/>
        <source>cannot connect %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="212"/>
        <source>SLCAN adapter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="285"/>
        <source>the frame could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="41"/>
        <source>SLCAN adapter %1 went away (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="150"/>
        <source>SLCAN adapters have no setting for %1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="155"/>
        <source>cannot open SLCAN adapter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="162"/>
        <source>%1 refused the serial settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="222"/>
        <source>the adapter refused &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="223"/>
        <source>the adapter did not answer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="255"/>
        <source>%1; silent mode could not be set, so the adapter was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="260"/>
        <source>the adapter refused listen-only &apos;L&apos; and %1: it cannot be made silent, so it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="262"/>
        <source>silent mode &apos;M1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="263"/>
        <source>did not answer &apos;M1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="196"/>
        <source>the card does not fit: one of its blocks (a step, the STOP box or the isolation order) is longer than a side of %1 at 12 pt, and the card never cuts or shrinks them; shorten the site&apos;s order or its step texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="201"/>
        <source>the card does not fit on one sheet: it needs %1 sides of %2 at 12 pt, and the card never cuts or shrinks the STOP box, the isolation order, the steps or the contact; shorten the site&apos;s isolation or power-up order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue.cpp" line="147"/>
        <location filename="../core/catalogue.cpp" line="349"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="151"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="160"/>
        <location filename="../core/catalogue.cpp" line="177"/>
        <location filename="../core/catalogue.cpp" line="227"/>
        <source>expected a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="171"/>
        <location filename="../core/catalogue.cpp" line="231"/>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="219"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="223"/>
        <source>expected a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="236"/>
        <source>expected &quot;no&quot;, &quot;yes&quot; or &quot;firmware-dependent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="240"/>
        <source>expected &quot;required&quot; or &quot;advised&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="245"/>
        <source>expected a frame requirement object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="247"/>
        <location filename="../core/catalogue.cpp" line="249"/>
        <source>expected a list of CAN ids written &quot;0x351&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="251"/>
        <location filename="../core/catalogue.cpp" line="253"/>
        <location filename="../core/catalogue.cpp" line="268"/>
        <source>expected a positive number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="261"/>
        <source>expected &quot;none&quot; or a keep-alive object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="263"/>
        <source>expected a CAN id written &quot;0x305&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="266"/>
        <source>expected &quot;periodic&quot; or &quot;answers-0x356&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="270"/>
        <source>expected a list of CAN ids written &quot;0x305&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="276"/>
        <source>expected a polls object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="279"/>
        <source>expected an address 1 to 254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="281"/>
        <source>expected a list of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="301"/>
        <source>unknown mark &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="307"/>
        <source>expected &quot;documented&quot;, &quot;observed&quot; or &quot;uncertain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="309"/>
        <source>&apos;%1&apos; does not match the mark [%2], which stands for &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="317"/>
        <source>a fact needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="320"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="330"/>
        <source>another reading needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="337"/>
        <source>a fact without a value says why: &quot;no-maker-figure&quot; or &quot;not-found&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="339"/>
        <source>a fact with a value cannot be unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="360"/>
        <source>expected a fact object {value, mark, confidence, sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="379"/>
        <source>expected a list of readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="386"/>
        <source>expected a reading object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="411"/>
        <source>not a BankScope catalogue file (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="415"/>
        <source>unsupported version %1 (this BankScope reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="420"/>
        <source>&apos;%1&apos; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="426"/>
        <source>not an object; entry skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="440"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="732"/>
        <location filename="../core/catalogue.cpp" line="874"/>
        <location filename="../core/catalogue.cpp" line="1017"/>
        <source>; entry skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="736"/>
        <source>duplicate id; entry skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="783"/>
        <location filename="../core/catalogue.cpp" line="901"/>
        <source>ids are lower-case letters, digits and &apos;-&apos; (and never &quot;other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="794"/>
        <source>unknown master kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="799"/>
        <source>unknown address scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="826"/>
        <location filename="../core/catalogue.cpp" line="855"/>
        <location filename="../core/catalogue.cpp" line="936"/>
        <location filename="../core/catalogue.cpp" line="954"/>
        <location filename="../core/catalogue.cpp" line="986"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="839"/>
        <source>expected a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="848"/>
        <source>expected &quot;inverter&quot;, &quot;pack-bus&quot; or &quot;service&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="864"/>
        <location filename="../core/catalogue.cpp" line="947"/>
        <location filename="../core/catalogue.cpp" line="965"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="871"/>
        <location filename="../core/catalogue.cpp" line="1014"/>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="908"/>
        <source>expected &quot;inverter&quot; or &quot;aggregator&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="945"/>
        <source>expected &quot;can&quot; or &quot;rs485&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="994"/>
        <source>a frame requirement needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="1039"/>
        <source>settings name the battery &apos;%1&apos;, which is not in the catalogue; entry skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellMapModel</name>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="154"/>
        <source>%1 reports only its lowest (%2 mV) and highest (%3 mV) cell, not each cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="157"/>
        <source>%1 cell %2: no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="159"/>
        <source>%1 cell %2: %3 mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="161"/>
        <source>%1 from the bank mean of %2 mV (over %3 cells of the online packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="166"/>
        <source>%1 is not online: this is its last value, not compared with the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="168"/>
        <source>▼ The lowest cell of the bank (what the inverter view&apos;s &quot;Lowest cell&quot; comes from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="170"/>
        <source>▲ The highest cell of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="172"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="188"/>
        <source>Cell %1 (cell voltages in mV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="197"/>
        <source>%1 (not online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="201"/>
        <source>%1: no cell voltages received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="203"/>
        <source>%1 reports only its lowest and highest cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="204"/>
        <source>%1: %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsPage</name>
    <message>
        <location filename="../ui/cellspage.cpp" line="24"/>
        <source>Colour legend of the cell map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="29"/>
        <source>Colour of a cell by its deviation from the bank mean: orange-red below, blue above; full colour at %1 mV or more. Symbols ▼ and ▲ mark the bank&apos;s lowest and highest cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="52"/>
        <source>bank mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="80"/>
        <source>Bank cell map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="81"/>
        <source>Every cell of every pack in millivolts; packs as rows, cells as columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="102"/>
        <source>Deviation from the bank mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="118"/>
        <source>%1 %2: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="119"/>
        <source>%1 %2: &lt;b&gt;%3 cell %4&lt;/b&gt;, %5 mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="124"/>
        <source> (%1 from the mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="127"/>
        <source>Weakest cell of the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="128"/>
        <source>Strongest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="129"/>
        <source>Mean %1 mV over %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="132"/>
        <source>No cell voltages from online packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="133"/>
        <source>The cell the aggregation core reports as the bank&apos;s lowest (the inverter view&apos;s &quot;Lowest cell&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckFindingsModel</name>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="85"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure</source>
        <translation>%1 yege, %2 kùnà, ìkìlọ̀ %3, %4 a kò wọ̀n, %5 a wọ̀n láìsí iye láti ọ̀dọ̀ olùṣe</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="124"/>
        <source>%1, checked by hand</source>
        <translation>%1, a yẹ̀ ẹ́ wò pẹ̀lú ọwọ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="129"/>
        <source>bank</source>
        <translation>gbogbo bank</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="131"/>
        <source>%1 By hand: %2</source>
        <translation>%1 Pẹ̀lú ọwọ́: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="154"/>
        <source>Next step: %1</source>
        <translation>Ìgbésẹ̀ tó kàn: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="155"/>
        <source>Confidence: %1</source>
        <translation>Ìdánilójú: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="157"/>
        <source>Measured: %1 %2</source>
        <translation>Ohun tí a wọ̀n: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="159"/>
        <source>Limit: %1 %2</source>
        <translation>Ààlà: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="161"/>
        <source>Sources:</source>
        <translation>Àwọn orísun:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="163"/>
        <source>Checked by hand: %1</source>
        <translation>A yẹ̀ ẹ́ wò pẹ̀lú ọwọ́: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="186"/>
        <source>Result</source>
        <translation>Àbájáde</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="188"/>
        <source>Check</source>
        <translation>Àyẹ̀wò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="190"/>
        <source>About</source>
        <translation>Nípa</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="192"/>
        <source>Finding</source>
        <translation>Ohun tí a rí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="194"/>
        <source>Next step</source>
        <translation>Ìgbésẹ̀ tó kàn</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="196"/>
        <source>Confidence</source>
        <translation>Ìdánilójú</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="50"/>
        <source>PENDING</source>
        <translation>Ó Ń DÚRÓ</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="51"/>
        <source>PASS</source>
        <translation>Ó YEGE</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="52"/>
        <source>WARNING</source>
        <translation>ÌKÌLỌ̀</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="53"/>
        <source>FAIL</source>
        <translation>Ó KÙNÀ</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="54"/>
        <source>MEASURED</source>
        <translation>A WỌ̀N ÓN</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="55"/>
        <source>NOT MEASURED</source>
        <translation>A KÒ WỌ̀N ÓN</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="56"/>
        <source>CHECKED BY HAND</source>
        <translation>A YẸ̀ Ẹ́ WÒ PẸ̀LÚ ỌWỌ́</translation>
    </message>
</context>
<context>
    <name>CommissioningChecks</name>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="143"/>
        <source>charge and discharge limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="145"/>
        <location filename="../core/commissioningchecks.cpp" line="472"/>
        <source>state of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="147"/>
        <source>voltage, current, temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="149"/>
        <source>protection and alarm flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="151"/>
        <source>alarms and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="153"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="155"/>
        <source>charge and discharge requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="157"/>
        <source>manufacturer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="159"/>
        <source>battery information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="162"/>
        <source>the inverter&apos;s keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="471"/>
        <source>voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="528"/>
        <source>%1 %2 (%3, not a maker figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="882"/>
        <source>Bus scan against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="884"/>
        <source>Protocol and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="886"/>
        <source>One master per bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="888"/>
        <source>Firmware across packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="890"/>
        <source>Voltage spread before paralleling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="892"/>
        <source>SOC spread before paralleling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="894"/>
        <source>Current sharing under load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="896"/>
        <source>Inverter acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="898"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="918"/>
        <source>%1 answers at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="920"/>
        <source>%1&apos;s address %2 answers, but with serial %4 where the plan has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="922"/>
        <source>Two units answer at %2 (%3): %1&apos;s address is not unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="924"/>
        <source>%1 at %2: %3 garbled answers beside %4 good ones, as when two units share an address (or the line is noisy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="926"/>
        <source>%1 at %2: only garbled answers (%3 to %4 requests), as when two units share an address (or the line is noisy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="928"/>
        <source>%1 does not answer at %2 (%3 requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="930"/>
        <source>The master on this bus polls %2 (%3 times) and nothing answers: %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="932"/>
        <source>%1 (%2): not polled. Another master owns this bus and does not ask for this address, so BankScope cannot tell whether it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="934"/>
        <source>%1 (%2) was not scanned on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="936"/>
        <source>A unit answers at %1, where the plan has none%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="936"/>
        <source> (serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="938"/>
        <source>The master answers at %1 instead of %2: its switches 2-4 set a group the plan does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="940"/>
        <source>The master reports %2 modules on %1; the plan has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="942"/>
        <source>The module count was not heard on %1 (the plan has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="945"/>
        <source>Nothing was heard on %1: protocol and speed not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="947"/>
        <source>%1 carries bytes (%2 bad frames) but no valid frame: a wrong baud rate, A and B swapped, or another protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="949"/>
        <source>%1 speaks %2; the plan has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="951"/>
        <source>%1 runs at %2 %4; the plan has %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="953"/>
        <source>The bank answers on %1 at %2 baud (switch 1 %4); the plan has %3 baud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="955"/>
        <source>The bank answers on %1 at %2 baud: switch 1 is %3 on the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="957"/>
        <source>%1 speaks %2 as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="958"/>
        <source>%1 speaks %2 at %3 %4 as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="961"/>
        <source>Two masters on %1: %2. Their requests collide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="963"/>
        <source>One master on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="965"/>
        <source>No other master heard on %1 while BankScope polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="967"/>
        <source>No master heard on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="970"/>
        <source>Every %1 runs firmware %2 (%3 units read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="972"/>
        <source>The %1 units run different firmware: %2. The maker gives no rule on it; a mixed-firmware bank may not behave like a uniform one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="974"/>
        <source>The %1 units run different firmware: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="976"/>
        <source>Firmware of the %1 units: not measured (%n read).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="978"/>
        <source>%1 reports firmware %3; the plan records %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="981"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7): within the maker&apos;s %8 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="983"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7): over the maker&apos;s %8 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="986"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="987"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by; for reference only: %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="991"/>
        <source>%1 spread %2 %3 over %8 of %9 packs (%4 %5, %6 %7): not judged until every pack has a fresh reading matched by serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="994"/>
        <source>%1 spread: not measured (%n pack(s) with a reading fresher than %2 s, matched by serial number).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="997"/>
        <source>%1: not measured, its serial number is not in the plan (readings are matched by serial, never by address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="999"/>
        <source>%1: not measured, no pack with serial %2 was heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1001"/>
        <source>%1: not measured, its reading lacks the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1003"/>
        <source>%1: not measured, its reading is %2 s old (fresh means under %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="1006"/>
        <source>Current sharing: not measured (%n pack(s) with a fresh current reading).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1008"/>
        <source>Current sharing: not measured, the bank carries %1 A (BankScope measures sharing from %2 A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1011"/>
        <source>Discharging at %1 A, the packs carry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1011"/>
        <source>Charging at %1 A, the packs carry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1015"/>
        <source>%1 carries %2 % of the current where its capacity gives %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1018"/>
        <source>With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank still holds %3 %: it reads %1 points low (BankScope warns from %5 points; %2 % stands for a generator-start setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1019"/>
        <source>With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank holds only %3 %: it reads %1 points high (BankScope warns from %5 points; %2 % stands for a generator-start setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1023"/>
        <source>The SOC error of this sharing could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1026"/>
        <source>Inverter acceptance: not measured on %1, it needs a listen link on the inverter&apos;s BMS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1028"/>
        <source>Inverter acceptance: %1 is not in the catalogue, what it needs on the wire is unknown — see its manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1030"/>
        <source>Inverter acceptance: the catalogue has no wire requirements of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1032"/>
        <source>Inverter acceptance: listened %1 s, at least %2 s are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1034"/>
        <source>%1 (%3) present, %2 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1035"/>
        <source>%1 (%4) present, %2 frames, never more than %3 s apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1037"/>
        <source>%1 (%2) is missing: %3 expects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1039"/>
        <source>%2 is sent in place of %1 (Pylontech&apos;s newer layout): whether %3 accepts it is not in the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1041"/>
        <source>%1 (%4) came %2 s apart; the inverter expects it within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1043"/>
        <source>%1 comes every %2 s; the inverter wants it no faster than every %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1045"/>
        <source>%2 sends its keep-alive %1 (%3 heard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1047"/>
        <source>%2&apos;s keep-alive %1 was never heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1049"/>
        <source>%1 sends no keep-alive on this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1051"/>
        <source>Whether %1 sends a keep-alive is not in the sources: not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1053"/>
        <source>%2 polls %1, where the plan has no unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1055"/>
        <source>The inverter polls %1 (%2 times) and gets no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1057"/>
        <source>The inverter polls %1 and the bank answers (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1059"/>
        <source>%1 sent nothing in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1062"/>
        <source>%1 reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1064"/>
        <source>%1 warns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1066"/>
        <source>No alarm on the %1 packs read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1068"/>
        <source>Alarms: not measured (no fresh reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1081"/>
        <location filename="../core/commissioningchecks.cpp" line="1138"/>
        <location filename="../core/commissioningchecks.cpp" line="1156"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1083"/>
        <source>Check which unit sits where: update the plan&apos;s serial numbers, or move the units to their planned places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1085"/>
        <source>Give each unit its own address (DIP switch or app setting, then restart it); on Pylontech, make sure only one module carries the inverter cable and heads the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1087"/>
        <source>Check for two units at one address, then the termination (120 Ω at both ends), the A/B wiring and the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1089"/>
        <source>Check %1: powered on, its link cable seated, its address as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1091"/>
        <source>Unplug the inverter cable to check it (the inverter loses battery data meanwhile), scan again, then plug it back; or check %1&apos;s LEDs by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1093"/>
        <source>Run the bus scan on this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1095"/>
        <source>Find the unit at %1: a module set to another address or group, or one the plan does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1097"/>
        <source>Set the master&apos;s switches 2-4 to the plan&apos;s group and restart it, or re-plan if the inverter polls %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1099"/>
        <source>Check every module is powered and its link cable seated, and that the plan&apos;s count is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1101"/>
        <source>Check the adapter, its cable and the link settings, then listen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1103"/>
        <source>Set the planned speed on both ends, swap A and B if it stays, and check that the port is the one the plan names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1105"/>
        <source>Set the battery port&apos;s protocol and the inverter&apos;s battery type as the plan says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1107"/>
        <source>Set the planned speed on both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1109"/>
        <source>Set switch 1 the same on every module for the inverter&apos;s rate (OFF 115200, ON 9600) and restart the modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1111"/>
        <source>Set switch 1 to %1 on every module and record the rate in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1113"/>
        <source>Leave exactly one master: on Pylontech the inverter cable on one module only; on JK-PB one pack at DIP 0000; and no tool polling beside an inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1115"/>
        <source>Check that the master is on and its cable is on this bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1117"/>
        <source>Bring every unit of the model to the same firmware with the maker&apos;s tool before handing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1119"/>
        <source>Read each unit&apos;s firmware (BankScope reads it where the protocol carries it) or record it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1121"/>
        <source>Update the plan, or the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1123"/>
        <source>Do not close the breakers: charge or discharge the packs separately until the spread is within the maker&apos;s figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1125"/>
        <source>Bring the packs as close as you can (same charger, same rest time) and decide by the maker&apos;s instructions; BankScope does not decide without a maker figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1128"/>
        <source>Read every pack again (fresh readings, matched by serial) before the breakers close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1130"/>
        <source>Record the serial numbers in the plan: the bus scan reads them where BankScope gets them from the protocol (it gets none from a JK-B); otherwise type them from the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1132"/>
        <source>Repeat under load, with every pack read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1134"/>
        <source>Check %1&apos;s cable length, lugs and torque: equal cable lengths share current equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1135"/>
        <source>Check %1&apos;s cable length, lugs and torque (recorded: %2): equal cable lengths share current equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1137"/>
        <source>Equalise the cable lengths and lugs, or set the inverter&apos;s low-battery levels with this error in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1140"/>
        <source>Repeat under a steady discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1142"/>
        <source>Listen on the inverter&apos;s BMS cable (a tap), without polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1144"/>
        <source>Check the inverter&apos;s manual for what it needs on its BMS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1146"/>
        <source>Listen for at least %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1148"/>
        <source>Select the protocol this inverter needs on the battery&apos;s port (see the plan), or update the battery&apos;s firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1150"/>
        <source>Check the bus load and the termination; if the battery sends this slowly by design, check the inverter&apos;s manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1152"/>
        <source>Set the BMS to send less often if it allows; otherwise note it for the inverter&apos;s maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1154"/>
        <source>Check the inverter&apos;s battery type (the plan: %1) and that its BMS cable goes to the master&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1158"/>
        <source>Check the inverter&apos;s battery type (the plan: %1) and the master&apos;s group switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1160"/>
        <source>Check the master&apos;s address, its RS485 rate (switch 1) and the A/B wiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1162"/>
        <source>Set the inverter&apos;s battery type (the plan: %1) and check its BMS cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1164"/>
        <source>Find the cause before handing over; note it in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1166"/>
        <source>Read the packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1167"/>
        <source>See the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningReport</name>
    <message>
        <location filename="../core/reportbuilder.cpp" line="89"/>
        <source>Another reading:</source>
        <translation type="unfinished">Kíkà mìíràn:</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="142"/>
        <source>all OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="142"/>
        <source>%1 ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="159"/>
        <source>master (BMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="168"/>
        <source>This site&apos;s own order, entered by the installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="171"/>
        <source>The maker&apos;s order from the catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="175"/>
        <source>NOT ENTERED. No maker gives one for this bank: the installer writes this site&apos;s order here, with the breaker labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="193"/>
        <source>unknown — see its manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="244"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="263"/>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="267"/>
        <source>The failover card cannot be printed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="276"/>
        <source>If the master %1 fails, %2 takes over as master. The owner&apos;s card prints the steps below up to the first one that rests on a fact nobody confirmed on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="280"/>
        <source>Every BMS talks to the aggregator itself: no master to replace. The card says what the owner sees and whether the system carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="284"/>
        <source>No steps for the owner on this bank: the card tells them to call the installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="289"/>
        <source>Step</source>
        <translation type="unfinished">Ìgbésẹ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="289"/>
        <source>On the card as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="302"/>
        <source>not printed: the card says &quot;ask your installer&quot; and stops here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="303"/>
        <source>not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="309"/>
        <source>The owner&apos;s procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="314"/>
        <source>Restore (the installer: the stand-in is demoted first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="316"/>
        <source>Both procedures were checked step by step: at no step do two units act as master on one bus or towards the inverter, and the failed unit stays off every bus until the installer reconnects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="319"/>
        <source>While the master is gone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="324"/>
        <source>Confirmed on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="367"/>
        <source>Failover drill</source>
        <translation type="unfinished">Ìdánwò pàjáwìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="370"/>
        <source>No failover drill was recorded on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="384"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="391"/>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="391"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="472"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Note</source>
        <translation type="unfinished">Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="486"/>
        <source>Commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="486"/>
        <source>Commissioning report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="495"/>
        <source>Battery bank commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="497"/>
        <source>Site not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="503"/>
        <source>Site</source>
        <translation type="unfinished">Ibi iṣẹ́</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="504"/>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Address</source>
        <translation type="unfinished">Àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="505"/>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <source>Installer</source>
        <translation type="unfinished">Installer (ẹni tó gbé e kalẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="506"/>
        <source>Contact phone</source>
        <translation type="unfinished">Nọ́mbà fóònù</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="507"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="508"/>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="516"/>
        <source>not verified with BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="518"/>
        <source>checks failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="520"/>
        <source>passed with warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="522"/>
        <source>no check failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="523"/>
        <source>Verification</source>
        <translation type="unfinished">Ìjẹ́rìísí</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="528"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="534"/>
        <source>Inverter</source>
        <translation type="unfinished">Inverter</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="534"/>
        <source>not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="535"/>
        <source>Inverter firmware</source>
        <translation type="unfinished">Firmware inverter</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="535"/>
        <source>not entered</source>
        <translation type="unfinished">a kò tẹ̀ ẹ́ sí i</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>Release notes checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>yes, confirmed by the installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="537"/>
        <source>Batteries</source>
        <translation type="unfinished">Àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="538"/>
        <source>BMS link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="539"/>
        <source>Battery-type menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="540"/>
        <source>Battery-type setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="541"/>
        <source>On the battery&apos;s port</source>
        <translation type="unfinished">Lórí port bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="542"/>
        <source>If BMS data stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="395"/>
        <location filename="../core/reportbuilder.cpp" line="545"/>
        <source>not recorded</source>
        <translation type="unfinished">a kò kọ ọ́ sílẹ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="313"/>
        <source>Restore (the installer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="319"/>
        <source>While a BMS is gone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="344"/>
        <source>no BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="344"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="346"/>
        <source>BMS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="351"/>
        <source>one master (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="353"/>
        <source>%1 masters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="355"/>
        <source>garbled answers at the master&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="395"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="399"/>
        <source>the BMS %1, switched off (or its CAN cable pulled); the others stayed on their own GX ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="401"/>
        <source>the master %1, switched off (or its inverter cable pulled); stand-in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="404"/>
        <source>Unit taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="407"/>
        <source>Stand-in heard alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="407"/>
        <source>%1 s after the master went silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="411"/>
        <source>Proved on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="412"/>
        <source>nothing: only a drill that passed proves a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="418"/>
        <source>The bank with %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="420"/>
        <source>Offered to the GX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="420"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="421"/>
        <source>With %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="421"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="430"/>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="441"/>
        <source>not measured</source>
        <translation type="unfinished">a kò wọ̀n ọ́n</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="445"/>
        <location filename="../core/reportbuilder.cpp" line="473"/>
        <source>BMSs heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="446"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="447"/>
        <source>Charge voltage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="448"/>
        <source>Charge current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="449"/>
        <source>Discharge current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="453"/>
        <source>the charge voltage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="455"/>
        <source>the charge current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="457"/>
        <source>the discharge current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="459"/>
        <source>%1 did not set any of the bank&apos;s limits before it was taken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="460"/>
        <source>%1 set %2 before it was taken off: while it is off, the other BMSs set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="464"/>
        <source>Values from BankScope&apos;s aggregation core over the BMSs heard (capacity summed, the lowest charge voltage, current limits as the weakest BMS times the BMSs online). How a GX combines several BMSs is not in the sources: check the GX&apos;s own screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="470"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="472"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="473"/>
        <source>Masters heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="547"/>
        <source>Architecture</source>
        <translation type="unfinished">Bí ètò ṣe rí</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="548"/>
        <location filename="../core/reportbuilder.cpp" line="588"/>
        <source>Cabling</source>
        <translation type="unfinished">Ìsopọ̀ wáyà</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="551"/>
        <source>for %1: %2</source>
        <translation type="unfinished">fún %1: %2</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="552"/>
        <source>for %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="554"/>
        <source>Stand-in master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="554"/>
        <source>none: every BMS talks to the GX itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="558"/>
        <source>Bank map</source>
        <translation type="unfinished">Àwòrán àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Unit</source>
        <translation type="unfinished">Bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <source>Role</source>
        <translation type="unfinished">Iṣẹ́ rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="569"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>DIP switches</source>
        <translation type="unfinished">Àwọn switch DIP</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="580"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="585"/>
        <source>DIP switches drawn switch 1 on the left: ■ ON (up), □ OFF (down), ? to set on site. A change takes effect after the unit restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>Link</source>
        <translation type="unfinished">Ìsopọ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>From</source>
        <translation type="unfinished">Láti</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>To</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>Medium, protocol, speed</source>
        <translation type="unfinished">Ọ̀nà, protocol, ìyára</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="592"/>
        <source>inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="592"/>
        <source>between units</source>
        <translation type="unfinished">láàrin àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="593"/>
        <source>BankScope (polls)</source>
        <translation type="unfinished">BankScope (ó ń béèrè)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="594"/>
        <source>BankScope (listens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="601"/>
        <source>Isolation order</source>
        <translation type="unfinished">Ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="602"/>
        <source>Switching the inverter off does not make the battery safe: isolate the battery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="604"/>
        <source>Power-up order</source>
        <translation type="unfinished">Ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="609"/>
        <source>To confirm on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="619"/>
        <source>Readings at hand-over</source>
        <translation type="unfinished">Kíkà ní àkókò ìfilélọ́wọ́</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="621"/>
        <source>No readings were recorded at hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="624"/>
        <source>Read %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>SOC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Voltage V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Current A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell min mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell max mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell delta mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="628"/>
        <source>Temp °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="628"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="651"/>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="651"/>
        <source>address*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="661"/>
        <source>SOC spread %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="663"/>
        <source>voltage spread %1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="665"/>
        <source>largest cell delta %1 mV (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="670"/>
        <source>* matched to the plan by bus address: the reading carried no serial number to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="674"/>
        <source>Checks and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="676"/>
        <source>No check was recorded: this bank was not verified with BankScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Check</source>
        <translation type="unfinished">Àyẹ̀wò</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="405"/>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Result</source>
        <translation type="unfinished">Àbájáde</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="711"/>
        <source>Results to note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <source>Finding</source>
        <translation type="unfinished">Ohun tí a rí</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <source>Next step</source>
        <translation type="unfinished">Ìgbésẹ̀ tó kàn</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="724"/>
        <source>Checked by hand</source>
        <translation type="unfinished">A yẹ̀ ẹ́ wò pẹ̀lú ọwọ́</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>By, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="736"/>
        <source>Alarms seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="738"/>
        <source>No alarm was recorded during commissioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="756"/>
        <source>Hand-over</source>
        <translation type="unfinished">Ìfilélọ́wọ́</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="757"/>
        <source>The installer confirms that the bank was installed and commissioned as recorded in this report. The customer received this report and the site&apos;s isolation order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Customer / site owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="766"/>
        <source>Sources and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="768"/>
        <source>Every fact above is marked with its confidence: documented (a maker&apos;s document), observed or second-hand (captures, integrators, user reports), uncertain (unverified, by analogy, or the sources disagree). Where no maker gives a figure the report says so instead of giving one. Numbers in brackets refer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="778"/>
        <source>Made with %1. BankScope reads batteries and listens to inverters; it writes no BMS setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningWizard</name>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="98"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Padà sẹ́&amp;yìn</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tẹ̀síwájú &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="100"/>
        <source>&amp;Finish</source>
        <translation>Pa&amp;rí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="101"/>
        <source>Cancel</source>
        <translation>Fagilé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="102"/>
        <source>&amp;Open plan…</source>
        <translation>Ṣí ètò &amp;sílẹ̀…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="103"/>
        <source>&amp;Save plan</source>
        <translation>Fi ètò &amp;pamọ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="104"/>
        <source>&amp;Report…</source>
        <translation>Ìjá&amp;bọ̀…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="105"/>
        <source>Open a plan saved earlier (or made with bankscope-cli plan) to go on with it</source>
        <translation>Ẹ ṣí ètò tí ẹ fi pamọ́ tẹ́lẹ̀ (tàbí èyí tí a fi bankscope-cli plan ṣe) láti máa bá a lọ</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="106"/>
        <source>Save the plan as it stands (%1)</source>
        <translation>Fi ètò pamọ́ bí ó ṣe wà (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="108"/>
        <source>Preview, print or export the commissioning report of the plan as it stands</source>
        <translation>Wò, tẹ̀ jáde tàbí gbé ìjábọ̀ ìfisíṣẹ́ ètò náà jáde bí ó ṣe wà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="195"/>
        <source>Step %1 of %2: %3</source>
        <translation>Ìgbésẹ̀ %1 nínú %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="200"/>
        <source>Commission a bank</source>
        <translation>Fi bank bátìrì sí iṣẹ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="200"/>
        <source>Commission a bank — %1</source>
        <translation>Fi bank bátìrì sí iṣẹ́ — %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="287"/>
        <source>the plan is not complete yet: %1</source>
        <translation>ètò náà kò tíì pé: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="313"/>
        <source>cannot read %1: %2</source>
        <translation>a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="334"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="343"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="357"/>
        <source>Save plan</source>
        <translation>Fi ètò pamọ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="334"/>
        <source>The plan was not saved: %1</source>
        <translation>A kò fi ètò náà pamọ́: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="344"/>
        <source>The plan can be saved once the batteries are chosen.

%1</source>
        <translation>A lè fi ètò náà pamọ́ ní kété tí a bá ti yan àwọn bátìrì.

%1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="351"/>
        <source>plan.json</source>
        <translation>eto.json</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="351"/>
        <source>%1 plan.json</source>
        <translation>%1 eto.json</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="352"/>
        <source>Save the commissioning plan</source>
        <translation>Fi ètò ìfisíṣẹ́ pamọ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="352"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="371"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Àwọn ètò ìfisíṣẹ́ (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="357"/>
        <source>The plan was not saved to %1: %2</source>
        <translation>A kò fi ètò náà pamọ́ sí %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="366"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="376"/>
        <source>Open plan</source>
        <translation>Ṣí ètò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="366"/>
        <source>The plan has changes that are not saved. Open another plan anyway?</source>
        <translation>Ètò náà ní àwọn àyípadà tí a kò tíì fi pamọ́. Ṣé kí a ṣí ètò mìíràn bẹ́ẹ̀?</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="371"/>
        <source>Open a commissioning plan</source>
        <translation>Ṣí ètò ìfisíṣẹ́ kan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="376"/>
        <source>This plan cannot be opened:
%1</source>
        <translation>A kò lè ṣí ètò yìí:
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="382"/>
        <source>Report</source>
        <translation>Ìjábọ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="382"/>
        <source>The report can be made once the batteries are chosen.</source>
        <translation>A lè ṣe ìjábọ̀ ní kété tí a bá ti yan àwọn bátìrì.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="394"/>
        <source>Close the wizard</source>
        <translation>Pa olùrànlọ́wọ́ náà dé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="394"/>
        <source>Save the changes to this plan before closing?</source>
        <translation>Ṣé kí a fi àwọn àyípadà ètò yìí pamọ́ kí a tó pa á dé?</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../core/catalogue.cpp" line="22"/>
        <source>documented</source>
        <translation>ó wà nínú ìwé</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="23"/>
        <source>observed or second-hand</source>
        <translation>a rí i tàbí láti ọwọ́ ẹlòmíràn</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="24"/>
        <source>uncertain</source>
        <translation>kò dájú</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Serial port (USB-RS485 / RS232 adapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>CAN adapter (socketcan, PEAK, virtual CAN, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="47"/>
        <source>SLCAN adapter on a serial port (CANable, USBtin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="48"/>
        <source>Recording (replay a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>Simulated bank (scenario file, no hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>%1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="72"/>
        <source>%1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>Offered again: the connection you used last (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="93"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="133"/>
        <location filename="../ui/connectiondialog.cpp" line="142"/>
        <source>Sources</source>
        <translation type="unfinished">Àwọn orísun</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="134"/>
        <source>Every link this connection opens; select one to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>&amp;Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="139"/>
        <source>Read one more link at the same time, e.g. the inverter&apos;s CAN link beside the pack bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="160"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="162"/>
        <source>Look for adapters again (plugged in since the dialog opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="163"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="186"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="188"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="190"/>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="192"/>
        <location filename="../ui/connectiondialog.cpp" line="673"/>
        <location filename="../ui/connectiondialog.cpp" line="677"/>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="206"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="207"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="208"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="211"/>
        <source>Role on the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="219"/>
        <source>A&amp;uto (safe default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="220"/>
        <source>&amp;Listen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="221"/>
        <source>P&amp;oll the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <location filename="../ui/connectiondialog.cpp" line="938"/>
        <location filename="../ui/connectiondialog.cpp" line="964"/>
        <source>Auto-de&amp;tect (listens only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>Listens at each speed the protocols use and fills in the protocol and speed it hears. It never transmits: a silent bus stays silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="245"/>
        <source>Auto-detect progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="255"/>
        <source>Not run. It listens for %1 s at each speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="263"/>
        <source>Selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="270"/>
        <source>Re&amp;cord everything to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="274"/>
        <source>Recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="276"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="290"/>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="363"/>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="363"/>
        <source>BankScope recordings (*.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="380"/>
        <source>Auto: listens first for %1 s and polls only if nobody else is talking; stops the moment another master is heard. The safe choice on a live site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="384"/>
        <source>Listen only: never transmits. Reads what the inverter (or the bank&apos;s master) asks and the packs answer. Use it beside a running inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="387"/>
        <source>Poll: BankScope asks the packs itself (inverter unplugged, or a console port). It still listens for %1 s first and refuses to transmit if another master is heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="396"/>
        <source> — identical adapter: check which port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="423"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="425"/>
        <location filename="../ui/connectiondialog.cpp" line="582"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="485"/>
        <source>no device chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="504"/>
        <source>%1. %2</source>
        <translation type="unfinished">%1; %2 {1.?}</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="566"/>
        <source>%1
Stable identity: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="566"/>
        <source>none</source>
        <translation type="unfinished">kò sí</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="569"/>
        <source>a port: /dev/ttyUSB0, COM5, /dev/serial/by-id/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="580"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="592"/>
        <source>%1: not available (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="596"/>
        <source>plugin:interface, e.g. socketcan:can0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="600"/>
        <source>a BankScope recording, candump log, Vector ASC or SavvyCAN CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="603"/>
        <source>a scenario file (resources/scenarios/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="621"/>
        <source>Stable identity: %1 — a replugged adapter is found again by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="623"/>
        <source>Identical adapter without a serial number: check which port it is (unplug one, press Refresh). A replug is looked for under this port name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="626"/>
        <source>No stable identity: a replug is looked for under the same port name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="629"/>
        <source>CAN adapters only listen here: BankScope never transmits on a CAN bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="643"/>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="661"/>
        <source>Replay &amp;speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="663"/>
        <source>1× (real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="664"/>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="665"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="683"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="695"/>
        <source>Most CAN plugins take the bit rate from the interface (Linux: sudo ip link set can0 up type can bitrate %1 listen-only on); BankScope says so when it cannot apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="699"/>
        <source>Pylontech: 115200 baud with DIP 1 off, 9600 with DIP 1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="717"/>
        <source>CAN and SLCAN adapters only listen: BankScope never transmits on a CAN bus (sending an inverter&apos;s keep-alive would be emulation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="720"/>
        <source>A recording is replayed into every view; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="722"/>
        <source>A simulated bank runs inside BankScope; nothing is sent on any wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="853"/>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="854"/>
        <source>Recordings (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="855"/>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="855"/>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="892"/>
        <source>Listening at %1 (%2 of %3) for %4 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="902"/>
        <source>%1: could not listen (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="904"/>
        <source>%1: silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="907"/>
        <source>%n frames</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="908"/>
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="911"/>
        <source>%1: %2, decodes as %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="913"/>
        <source>%1: %2 that no protocol decodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="922"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="933"/>
        <source>Filled in: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="944"/>
        <source>Stop de&amp;tecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="962"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="976"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentSharing</name>
    <message>
        <location filename="../core/currentsharing.cpp" line="30"/>
        <source>no packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="32"/>
        <source>the load must be a positive discharge current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="34"/>
        <source>the generator-start SOC must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="40"/>
        <source>every pack needs a positive capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="42"/>
        <source>SOC must be 0..100 % and shares non-negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="48"/>
        <source>the sharing ratios must add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="50"/>
        <source>a single-master bank needs a master pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../core/diagnosis.cpp" line="414"/>
        <source>Are the adapter&apos;s plug, the RJ45 or screw terminals and the cable to the BMS port seated and whole?</source>
        <translation>Ṣé plug adapter, RJ45 tàbí àwọn terminal onískírù àti wáyà tó lọ sí port BMS jókòó dáadáa, ṣé wọ́n sì wà ní pípé?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="416"/>
        <source>What do the LEDs (RUN, ALM, SOC) of the silent pack show, or of the master if the whole bank is silent? All off, standby (RUN a short flash every 4 s), running, or protection (ALM steady red)?</source>
        <translation>Kí ni àwọn LED (RUN, ALM, SOC) bátìrì tó dákẹ́ ń fihàn, tàbí ti master bí gbogbo bank bá dákẹ́? Gbogbo wọn kú, standby (RUN ń tàn díẹ̀ ní gbogbo 4 s), ó ń ṣiṣẹ́, tàbí protection (ALM pupa, kò ṣẹ́jú)?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="419"/>
        <source>Follow the wires: does the adapter&apos;s A go to the BMS port&apos;s A, B to B, and is GND connected?</source>
        <translation>Ẹ tẹ̀lé àwọn wáyà: ṣé A adapter lọ sí A port BMS, B sí B, ṣé GND sì so pọ̀?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="421"/>
        <source>What speed is the bank set to (Pylontech: DIP switch 1 of the master; JK: in the app), and does it match BankScope&apos;s?</source>
        <translation>Ìyára wo ni a ṣètò bank sí (Pylontech: DIP switch 1 lórí master; JK: nínú app), ṣé ó bá ti BankScope mu?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="424"/>
        <source>Is there 120 Ω at both ends of the bus and nowhere else (terminator plug or switch)?</source>
        <translation>Ṣé 120 Ω wà ní òpin méjèèjì bus, tí kò sì sí níbòmíràn (plug terminator tàbí switch)?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="426"/>
        <source>Do two packs share an address (DIP switches, or the address set in the app)?</source>
        <translation>Ṣé bátìrì méjì ń lo àdírẹ́sì kan náà (DIP switch, tàbí àdírẹ́sì tí a ṣètò nínú app)?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="428"/>
        <source>With a clamp meter on the silent pack&apos;s power cable: does it still carry current?</source>
        <translation>Pẹ̀lú clamp meter lórí wáyà agbára bátìrì tó dákẹ́: ṣé iná ṣì ń ṣàn nínú rẹ̀?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="430"/>
        <source>Press the silent pack&apos;s power or wake button briefly: does it answer again?</source>
        <translation>Ẹ tẹ bọ́tìnì agbára tàbí bọ́tìnì ìjí bátìrì tó dákẹ́ fún ìgbà díẹ̀: ṣé ó tún ń dáhùn?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="432"/>
        <source>Does the silent BMS still connect over Bluetooth (JK app)?</source>
        <translation>Ṣé BMS tó dákẹ́ ṣì ń so pọ̀ lórí Bluetooth (JK app)?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="434"/>
        <source>Is another device polling on this bus (an inverter, a second adapter, a monitoring box)?</source>
        <translation>Ṣé ẹ̀rọ mìíràn ń béèrè lórí bus yìí (inverter kan, adapter kejì, àpótí ìṣàbójútó kan)?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="436"/>
        <source>In the inverter&apos;s menu: is the battery type (and the protocol of its BMS port) what the plan or the battery&apos;s maker says, and is the cable in its BMS port?</source>
        <translation>Nínú mẹ́nù inverter: ṣé irú bátìrì (àti protocol port BMS rẹ̀) jẹ́ èyí tí ètò tàbí olùṣe bátìrì sọ, ṣé wáyà sì wà ní port BMS rẹ̀?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="439"/>
        <source>In the BMS app or on its DIP switches: is the protocol set on the port the inverter cable is in the one this inverter takes?</source>
        <translation>Nínú app BMS tàbí lórí àwọn DIP switch rẹ̀: ṣé protocol tí a ṣètò sí port tí wáyà inverter wà ni èyí tí inverter yìí ń gbà?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="448"/>
        <source>seated and whole</source>
        <translation>ó jókòó dáadáa, ó sì wà ní pípé</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="449"/>
        <source>loose, unplugged or damaged</source>
        <translation>ó dẹ̀, a kò so ó, tàbí ó ti bàjẹ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="450"/>
        <source>all off</source>
        <translation>gbogbo wọn kú</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="451"/>
        <source>standby (RUN flashes briefly)</source>
        <translation>standby (RUN ń tàn díẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="452"/>
        <source>running (charging or discharging)</source>
        <translation>ó ń ṣiṣẹ́ (ó ń gba agbára tàbí ó ń fúnni ní agbára)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="453"/>
        <source>protection (ALM steady)</source>
        <translation>protection (ALM kò ṣẹ́jú)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="454"/>
        <source>as it should be</source>
        <translation>ó wà bí ó ṣe yẹ</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="455"/>
        <source>A and B swapped</source>
        <translation>A àti B ti pààrọ̀ ara wọn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="456"/>
        <source>GND not connected</source>
        <translation>GND kò so pọ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="457"/>
        <source>matches</source>
        <translation>ó bá a mu</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="458"/>
        <source>differs</source>
        <translation>ó yàtọ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="459"/>
        <source>missing or in the wrong place</source>
        <translation>kò sí, tàbí ó wà ní ibi tí kò tọ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="460"/>
        <source>all different</source>
        <translation>gbogbo wọn yàtọ̀ síra</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="461"/>
        <source>two packs share one</source>
        <translation>bátìrì méjì ń lo ọ̀kan náà</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="462"/>
        <source>it carries current</source>
        <translation>iná ń ṣàn nínú rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="463"/>
        <source>none</source>
        <translation>kò sí</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="464"/>
        <source>it answers again</source>
        <translation>ó tún ń dáhùn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="465"/>
        <source>still silent</source>
        <translation>ó ṣì dákẹ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="466"/>
        <source>it connects</source>
        <translation>ó so pọ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="467"/>
        <source>it does not</source>
        <translation>kò so pọ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="468"/>
        <source>yes, found one</source>
        <translation>bẹ́ẹ̀ ni, mo rí ọ̀kan</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="618"/>
        <source>The adapter, its cable or the terminals are not connected to the bus</source>
        <translation>Adapter, wáyà rẹ̀ tàbí àwọn terminal kò so mọ́ bus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="620"/>
        <source>The bank (its master BMS) is switched off</source>
        <translation>A ti pa bank (master BMS rẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="622"/>
        <source>Nobody polls the bus: the BMS only speak when asked</source>
        <translation>Kò sí ẹni tó ń béèrè lórí bus: àwọn BMS máa ń sọ̀rọ̀ nígbà tí a bá béèrè nìkan</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="624"/>
        <source>The bus speaks another protocol than the one chosen</source>
        <translation>Bus ń sọ protocol mìíràn yàtọ̀ sí èyí tí a yàn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="626"/>
        <source>Speed (baud rate) mismatch</source>
        <translation>Ìyára (baud rate) kò bá ara wọn mu</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="628"/>
        <source>RS485 A and B swapped</source>
        <translation>A àti B RS485 ti pààrọ̀ ara wọn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="630"/>
        <source>Noise on the line: termination, bias or a missing GND</source>
        <translation>Ariwo wà lórí ìlà: termination, bias tàbí GND tí kò sí</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="632"/>
        <source>Two packs answer at one address (duplicate address)</source>
        <translation>Bátìrì méjì ń dáhùn ní àdírẹ́sì kan (àdírẹ́sì kan náà lẹ́ẹ̀mejì)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="634"/>
        <source>A second master polls the bus</source>
        <translation>Master kejì ń béèrè lórí bus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="636"/>
        <source>The master BMS stopped answering</source>
        <translation>Master BMS ti dẹ́kun dídáhùn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="638"/>
        <source>BankScope&apos;s own adapter or cable came off</source>
        <translation>Adapter tàbí wáyà BankScope fúnra rẹ̀ ti yọ</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="640"/>
        <source>The master answers for its slaves, but its own data is gone</source>
        <translation>Master ń dáhùn fún àwọn slave rẹ̀, ṣùgbọ́n dátà tirẹ̀ ti pòórá</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="642"/>
        <source>A slave BMS is off and has left the bank</source>
        <translation>Slave BMS kan ti wà ní pípa, ó sì ti kúrò nínú bank</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="644"/>
        <source>The link cable to a slave is cut (the pack still carries current)</source>
        <translation>Wáyà ìsopọ̀ tó lọ sí slave kan ti gé (bátìrì náà ṣì ń gbé iná)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="646"/>
        <source>A BMS went to sleep after an idle time</source>
        <translation>BMS kan ti sùn lẹ́yìn tí kò ṣiṣẹ́ fún ìgbà díẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="648"/>
        <source>Packs run different firmware versions</source>
        <translation>Àwọn bátìrì ń lo firmware oríṣiríṣi</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="650"/>
        <source>The inverter does not take the bank&apos;s data: its battery type setting (it can reset) or its BMS port</source>
        <translation>Inverter kò gba dátà bank: ètò irú bátìrì rẹ̀ (ó lè padà sí ìbẹ̀rẹ̀) tàbí port BMS rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="652"/>
        <source>The bank&apos;s port speaks a protocol the inverter does not take (the protocol set on the wrong port)</source>
        <translation>Port bank ń sọ protocol tí inverter kò gbà (a ṣètò protocol sí port tí kò tọ́)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="675"/>
        <source>%1: BankScope sent %2 bytes of requests over %3 s and received not one byte</source>
        <translation>%1: BankScope fi byte %2 ìbéèrè ránṣẹ́ ní %3 s, kò sì gba byte kankan</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="677"/>
        <source>%1: not one byte in %2 s of listening</source>
        <translation>%1: kò sí byte kankan ní %2 s tí a fi fetí sílẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="679"/>
        <source>%1: another master (the inverter?) sent %2 requests in %3 s and not one was answered</source>
        <translation>%1: master mìíràn (inverter?) fi ìbéèrè %2 ránṣẹ́ ní %3 s, kò sì sí èyí tí a dáhùn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="681"/>
        <source>%1: no battery frame in %3 s (%2 frames from an inverter or GX)</source>
        <translation>%1: kò sí frame bátìrì ní %3 s (frame %2 láti inverter tàbí GX)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="683"/>
        <source>%1: %2 bytes received in %3 s and not one valid frame</source>
        <translation>%1: a gba byte %2 ní %3 s, kò sì sí frame tó tọ́ kankan</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="685"/>
        <source>%1: the bytes decode as %2</source>
        <translation>%1: àwọn byte náà ka bí %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="687"/>
        <source>%1: %2 frames decode once every byte is inverted, as A and B swapped make them</source>
        <translation>%1: frame %2 ń ka nígbà tí a bá yí gbogbo byte padà, bí A àti B tí wọ́n pààrọ̀ ṣe ń ṣe wọ́n</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="689"/>
        <source>%1: %2 of the bytes are NUL (line breaks), as a line read with A and B swapped shows</source>
        <translation>%1: %2 nínú àwọn byte jẹ́ NUL (ìlà tó já), bí ìlà tí a kà pẹ̀lú A àti B tí wọ́n pààrọ̀ ṣe ń fihàn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="691"/>
        <source>%1: %2 bursts of bytes at a steady cadence, as a poller&apos;s requests read at the wrong speed</source>
        <translation>%1: ìwọ́jọpọ̀ byte %2 tó ń dé déédéé, bí ìbéèrè ẹni tó ń béèrè tí a kà ní ìyára tí kò tọ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="693"/>
        <source>%1: %2 bursts of bytes that formed no frame</source>
        <translation>%1: ìwọ́jọpọ̀ byte %2 tí kò di frame</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="695"/>
        <source>%1: inverting the bytes does not make frames either</source>
        <translation>%1: yíyí àwọn byte padà kò sọ wọ́n di frame bákan náà</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="697"/>
        <source>%1: %3 corrupt answers at address %2 (of %4 requests to it)</source>
        <translation>%1: ìdáhùn %3 tó bàjẹ́ ní àdírẹ́sì %2 (nínú ìbéèrè %4 tí a fi ránṣẹ́ sí i)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="699"/>
        <source>%1: %2 other addresses answer cleanly, so the line itself is sound</source>
        <translation>%1: àdírẹ́sì %2 mìíràn ń dáhùn dáadáa, nítorí náà ìlà fúnra rẹ̀ dára</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="701"/>
        <source>%1: %2 of %3 frames corrupt (%4 %), spread over %5 addresses</source>
        <translation>%1: frame %2 nínú %3 ti bàjẹ́ (%4 %), ní àdírẹ́sì %5</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="703"/>
        <source>%1: %2 requests BankScope did not send were heard while it polled</source>
        <translation>%1: a gbọ́ ìbéèrè %2 tí BankScope kò fi ránṣẹ́ nígbà tí ó ń béèrè</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="705"/>
        <source>%1: %2 times one CAN identifier came twice within half a cycle with other data: two senders</source>
        <translation>%1: ní ìgbà %2, CAN identifier kan dé lẹ́ẹ̀mejì láàrin ààbọ̀ àyípo pẹ̀lú dátà mìíràn: olùfiránṣẹ́ méjì</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="707"/>
        <source>%1: the bank answered until %2 s, then not once to the end (%3 s) while still asked</source>
        <translation>%1: bank dáhùn títí di %2 s, lẹ́yìn náà kò dáhùn mọ́ títí dé òpin (%3 s) bí a tilẹ̀ ń béèrè</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="709"/>
        <source>%1: the battery broadcast until %2 s, then nothing to the end (%3 s)</source>
        <translation>%1: bátìrì ń kéde títí di %2 s, lẹ́yìn náà kò sí nǹkankan títí dé òpin (%3 s)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="711"/>
        <source>%1: the bank&apos;s current had been below 1 A for %2 s before it went quiet</source>
        <translation>%1: iná bank ti wà ní ìsàlẹ̀ 1 A fún %2 s kí ó tó dákẹ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="713"/>
        <source>%1: the bank was carrying current when it went quiet (a BMS does not go to sleep under load)</source>
        <translation>%1: bank ń gbé iná nígbà tí ó dákẹ́ (BMS kì í sùn nígbà tí ẹrù bá wà lórí rẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="715"/>
        <source>%1: the master at %2 no longer answers for its own address, yet %3 whole-group answers still carry its slaves</source>
        <translation>%1: master ní %2 kò dáhùn fún àdírẹ́sì tirẹ̀ mọ́, síbẹ̀ ìdáhùn %3 fún gbogbo ẹgbẹ́ ṣì gbé àwọn slave rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="717"/>
        <source>%1: the master answered &quot;cannot reach it&quot; (RTN 0x91) %3 times for address %2</source>
        <translation>%1: master dáhùn &quot;kò lè dé ọ̀dọ̀ rẹ̀&quot; (RTN 0x91) ní ìgbà %3 fún àdírẹ́sì %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="719"/>
        <source>%1: address %2 answered until %3 s, then no more</source>
        <translation>%1: àdírẹ́sì %2 dáhùn títí di %3 s, lẹ́yìn náà kò dáhùn mọ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="721"/>
        <source>the pack at %1 had carried less than 1 A for %2 s before it went quiet</source>
        <translation>bátìrì ní %1 ti gbé iná tí kò tó 1 A fún %2 s kí ó tó dákẹ́</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="723"/>
        <source>the pack at %1 carried %2 A; the rest of the bank %3 A before and %4 A after</source>
        <translation>bátìrì ní %1 gbé %2 A; àwọn bátìrì yòókù %3 A ṣáájú àti %4 A lẹ́yìn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="725"/>
        <source>the pack at %1: its share (%2 A) moved to the other packs: it left the bank</source>
        <translation>bátìrì ní %1: ìpín rẹ̀ (%2 A) ti lọ sí àwọn bátìrì mìíràn: ó ti kúrò nínú bank</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="727"/>
        <source>the pack at %1: the other packs did not take its share (%2 A): it still carries current</source>
        <translation>bátìrì ní %1: àwọn bátìrì mìíràn kò gba ìpín rẹ̀ (%2 A): ó ṣì ń gbé iná</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="729"/>
        <source>firmware %1 at %2</source>
        <translation>firmware %1 ní %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="731"/>
        <source>%1: %3 requests in %2 and not one answer: a master asks in a protocol nobody here answers</source>
        <translation>%1: ìbéèrè %3 ní %2, kò sì sí ìdáhùn kankan: master kan ń béèrè ní protocol tí ẹnikẹ́ni níbí kò dáhùn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="733"/>
        <source>%1: the bank refused %2 of %3 requests it heard with an error code: it is on and connected, and is asked for something it does not serve</source>
        <translation>%1: bank kọ ìbéèrè %2 nínú %3 tí ó gbọ́, pẹ̀lú kóòdù àṣìṣe: ó wà ní títàn, ó sì so pọ̀, ṣùgbọ́n a ń béèrè ohun tí kò pèsè lọ́wọ́ rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="740"/>
        <source>%1, by the inverter&apos;s profile: %2</source>
        <translation>%1, gẹ́gẹ́ bí profile inverter ṣe sọ: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="745"/>
        <source>checked by hand: %1</source>
        <translation>a yẹ̀ ẹ́ wò pẹ̀lú ọwọ́: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="748"/>
        <source>told apart by a check by hand</source>
        <translation>àyẹ̀wò pẹ̀lú ọwọ́ ló fi ìyàtọ̀ hàn</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="757"/>
        <source>Check the adapter is plugged in, the cable reaches the BMS port (not the inverter or console port) and the terminals are tight.</source>
        <translation>Ẹ wò ó pé adapter wà ní ìsopọ̀, wáyà dé port BMS (kì í ṣe port inverter tàbí console) àti pé àwọn terminal le dáadáa.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="760"/>
        <source>Look at the master&apos;s LEDs; if all are off, switch the bank on in the site&apos;s power-up order.</source>
        <translation>Ẹ wo àwọn LED master; bí gbogbo wọn bá kú, ẹ tan bank ní ètò títàn ibí yìí.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="762"/>
        <source>Nothing asks the bank: run diagnose again with polling allowed (the default on a silent bus), or check that the inverter&apos;s BMS port is cabled to this bus.</source>
        <translation>Kò sí ohun tó ń béèrè lọ́wọ́ bank: ẹ tún ṣe diagnose pẹ̀lú ìbéèrè tí a gbà láàyè (bẹ́ẹ̀ ló ṣe máa ń rí lórí bus tó dákẹ́), tàbí ẹ wò ó pé port BMS inverter so mọ́ bus yìí.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="765"/>
        <source>Run diagnose again with --protocol %1, or set the bank or inverter port to the protocol intended.</source>
        <translation>Ẹ tún ṣe diagnose pẹ̀lú --protocol %1, tàbí ẹ ṣètò bank tàbí port inverter sí protocol tí ẹ fẹ́.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="767"/>
        <source>Compare the bank&apos;s speed (Pylontech: DIP switch 1; JK: the app) with BankScope&apos;s and the inverter&apos;s; try the other speed with --baud.</source>
        <translation>Ẹ fi ìyára bank (Pylontech: DIP switch 1; JK: app) wé ti BankScope àti ti inverter; ẹ gbìyànjú ìyára kejì pẹ̀lú --baud.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="770"/>
        <source>Swap the A and B wires at the adapter (or the RJ45 pin-out), keep GND connected, and try again.</source>
        <translation>Ẹ pààrọ̀ wáyà A àti B ní adapter (tàbí ètò pin RJ45), ẹ jẹ́ kí GND so pọ̀, kí ẹ sì tún gbìyànjú.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="772"/>
        <source>Check 120 Ω termination at both ends only, a GND wire, and a cable run away from inverter power cables.</source>
        <translation>Ẹ wò ó pé termination 120 Ω wà ní òpin méjèèjì nìkan, pé wáyà GND wà, àti pé wáyà náà jìnnà sí àwọn wáyà agbára inverter.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="774"/>
        <source>Two packs answer at %1: check the address DIP switches (or the app) of every pack; each must be different.</source>
        <translation>Bátìrì méjì ń dáhùn ní %1: ẹ yẹ DIP switch àdírẹ́sì (tàbí app) bátìrì kọ̀ọ̀kan wò; ọ̀kọ̀ọ̀kan gbọ́dọ̀ yàtọ̀.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="776"/>
        <source>Find the other device polling (a second adapter, a monitoring box, the inverter on the same bus) and take one master off.</source>
        <translation>Ẹ wá ẹ̀rọ mìíràn tó ń béèrè (adapter kejì, àpótí ìṣàbójútó, inverter lórí bus kan náà), kí ẹ sì yọ master kan kúrò.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="778"/>
        <source>Look at the master pack: LEDs, breaker, and whether it answers over Bluetooth; follow the site&apos;s failover card.</source>
        <translation>Ẹ wo bátìrì master: àwọn LED, breaker, àti bóyá ó ń dáhùn lórí Bluetooth; ẹ tẹ̀lé káàdì pàjáwìrì ibí yìí.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="780"/>
        <source>Check BankScope&apos;s own adapter and cable (USB seated, RJ45 clicked in).</source>
        <translation>Ẹ yẹ adapter àti wáyà BankScope fúnra rẹ̀ wò (USB jókòó dáadáa, RJ45 wọlé pẹ̀lú ìró kílíkì).</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="782"/>
        <source>The master at %1 still relays its slaves: restart the master as the maker&apos;s manual says and check its LEDs for protection.</source>
        <translation>Master ní %1 ṣì ń gbé ọ̀rọ̀ àwọn slave rẹ̀ kọjá: ẹ tún master bẹ̀rẹ̀ bí ìwé ìtọ́sọ́nà olùṣe rẹ̀ ṣe sọ, kí ẹ sì wo àwọn LED rẹ̀ fún protection.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="784"/>
        <source>The pack at %1 is off: check its breaker and LEDs, then switch it back on only within its maker&apos;s limits.</source>
        <translation>Bátìrì ní %1 ti wà ní pípa: ẹ yẹ breaker àti àwọn LED rẹ̀ wò, lẹ́yìn náà ẹ tàn án padà nínú ààlà olùṣe rẹ̀ nìkan.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="786"/>
        <source>The master cannot reach the pack at %1 while it still carries current: check the link cable into and out of it.</source>
        <translation>Master kò lè dé ọ̀dọ̀ bátìrì ní %1 nígbà tí ó ṣì ń gbé iná: ẹ yẹ wáyà ìsopọ̀ tó wọ inú rẹ̀ àti èyí tó jáde wò.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="788"/>
        <source>Wake the BMS (%1) as its maker says (a short press of its button; JK: command 0x01) and check its sleep settings.</source>
        <translation>Ẹ jí BMS (%1) bí olùṣe rẹ̀ ṣe sọ (ẹ tẹ bọ́tìnì rẹ̀ fún ìgbà díẹ̀; JK: àṣẹ 0x01), kí ẹ sì yẹ ètò oorun rẹ̀ wò.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="789"/>
        <source>the bank</source>
        <translation>gbogbo bank</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="791"/>
        <source>On the inverter, set the battery type the plan or the battery&apos;s maker gives (it can reset after an update or a power loss) and check the cable is in its BMS port, not the console or parallel port.</source>
        <translation>Lórí inverter, ẹ ṣètò irú bátìrì tí ètò tàbí olùṣe bátìrì fúnni (ó lè padà sí ìbẹ̀rẹ̀ lẹ́yìn àtúnṣe tàbí tí iná bá lọ), kí ẹ sì wò ó pé wáyà wà ní port BMS rẹ̀, kì í ṣe port console tàbí parallel.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="794"/>
        <source>Set the protocol this inverter takes on the bank port its cable is in (JK: per port in the app; Pylontech: the master&apos;s CAN or RS485 port), or move the cable to the port that speaks it.</source>
        <translation>Ẹ ṣètò protocol tí inverter yìí ń gbà sí port bank tí wáyà rẹ̀ wà (JK: port kọ̀ọ̀kan nínú app; Pylontech: port CAN tàbí RS485 master), tàbí ẹ gbé wáyà lọ sí port tó ń sọ ọ́.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="797"/>
        <source>Bring every pack to one firmware version (the odd one: %1) through the maker&apos;s service; BankScope never writes firmware.</source>
        <translation>Ẹ jẹ́ kí gbogbo bátìrì lo firmware kan náà (èyí tó yàtọ̀: %1) nípasẹ̀ iṣẹ́ olùṣe; BankScope kì í kọ firmware rárá.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="805"/>
        <source>No fault seen: the bank answers cleanly. If the inverter still shows &quot;BMS communication fault&quot;, check its battery type setting (it can reset after a firmware update or a power loss) and that the cable is on its BMS port with the protocol that port expects.</source>
        <translation>A kò rí àṣìṣe kankan: bank ń dáhùn dáadáa. Bí inverter bá ṣì ń fi &quot;BMS communication fault&quot; hàn, ẹ yẹ ètò irú bátìrì rẹ̀ wò (ó lè padà sí ìbẹ̀rẹ̀ lẹ́yìn àtúnṣe firmware tàbí tí iná bá lọ) àti pé wáyà wà ní port BMS rẹ̀ pẹ̀lú protocol tí port náà ń retí.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="808"/>
        <source>No fault seen.</source>
        <translation>A kò rí àṣìṣe kankan.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="812"/>
        <source>Most likely: %1.</source>
        <translation>Ó ṣeéṣe jù: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="814"/>
        <source>The wire cannot tell these apart: %1. A check by hand decides.</source>
        <translation>Wáyà kò lè fi ìyàtọ̀ hàn láàrin ìwọ̀nyí: %1. Àyẹ̀wò pẹ̀lú ọwọ́ ló máa pinnu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnosis.cpp" line="821"/>
        <source>Likely: %1 (%n cause(s) listed).</source>
        <translation>
            <numerusform>Ó ṣeéṣe: %1 (ìdí %n ló wà nínú àkójọ).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="836"/>
        <source>not done</source>
        <translation>a kò ṣe é</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="908"/>
        <source>Give the site&apos;s plan (--plan) to see the inverter&apos;s setting to check, or read it from the inverter&apos;s manual.</source>
        <translation>Ẹ fún wa ní ètò ibí yìí (--plan) láti rí ètò inverter tí ẹ ó yẹ̀ wò, tàbí ẹ kà á nínú ìwé ìtọ́sọ́nà inverter.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="913"/>
        <source>On the %1, check the battery type is set to %2 and the cable is on its BMS port.</source>
        <translation>Lórí %1, ẹ wò ó pé irú bátìrì jẹ́ %2 àti pé wáyà wà ní port BMS rẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="914"/>
        <source>the plan&apos;s value</source>
        <translation>iye tó wà nínú ètò</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="40"/>
        <source>high</source>
        <translation>ga</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="42"/>
        <source>medium</source>
        <translation>àárín</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="46"/>
        <source>low</source>
        <translation>kéré</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="54"/>
        <source>Diagnose a communication fault</source>
        <translation>Wá ohun tó fa àṣìṣe ìbánisọ̀rọ̀</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="59"/>
        <source>No recording read yet.</source>
        <translation>A kò tíì ka àkọsílẹ̀ kankan.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="63"/>
        <source>RS485 protocol:</source>
        <translation>Protocol RS485:</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="67"/>
        <source>What the RS485 traffic is decoded as; CAN is always read as Pylon CAN</source>
        <translation>Bí a ṣe ń ka ìrìnnà dátà RS485; a máa ń ka CAN bí Pylon CAN nígbà gbogbo</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="69"/>
        <source>Open recording…</source>
        <translation>Ṣí àkọsílẹ̀…</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="75"/>
        <source>No plan open: what is found by hand is kept in this window only.</source>
        <translation>Kò sí ètò tó ṣí: ohun tí a rí pẹ̀lú ọwọ́ yóò wà nínú fèrèsé yìí nìkan.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="79"/>
        <source>Plan…</source>
        <translation>Ètò…</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="81"/>
        <source>Open the site&apos;s commissioning plan: the checks it holds are used, and each new one is saved into it</source>
        <translation>Ẹ ṣí ètò ìfilọ́lẹ̀ ibí yìí: a ó lo àwọn àyẹ̀wò tó wà nínú rẹ̀, a ó sì fi àyẹ̀wò tuntun kọ̀ọ̀kan pamọ́ sínú rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="105"/>
        <source>Likely cause, with the evidence</source>
        <translation>Ohun tó ṣeéṣe kó fà á, pẹ̀lú ẹ̀rí</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="105"/>
        <source>Confidence</source>
        <translation>Ìdánilójú</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="111"/>
        <source>Check by hand</source>
        <translation>Àyẹ̀wò pẹ̀lú ọwọ́</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="122"/>
        <source>Note (optional): what you saw, where</source>
        <translation>Àkọsílẹ̀ (tí ẹ bá fẹ́): ohun tí ẹ rí, àti ibo</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="124"/>
        <source>What was found:</source>
        <translation>Ohun tí a rí:</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="137"/>
        <source>Copy as JSON</source>
        <translation>Ṣe ẹ̀dà bí JSON</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="138"/>
        <source>The causes, their evidence and what was found by hand, for a service desk</source>
        <translation>Àwọn ohun tó fà á, ẹ̀rí wọn àti ohun tí a rí pẹ̀lú ọwọ́, fún ibùdó ìrànlọ́wọ́</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="164"/>
        <location filename="../ui/diagnosisdialog.cpp" line="181"/>
        <location filename="../ui/diagnosisdialog.cpp" line="251"/>
        <source>Cannot read %1: %2</source>
        <translation>Kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="169"/>
        <source>%1 is not a recording (a BankScope recording, candump log, Vector ASC …).</source>
        <translation>%1 kì í ṣe àkọsílẹ̀ (àkọsílẹ̀ BankScope, candump log, Vector ASC …).</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="180"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ìlà %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosisdialog.cpp" line="192"/>
        <source>Evidence from %1 (%n event(s) on the wire)</source>
        <translation>
            <numerusform>Ẹ̀rí láti %1 (ìṣẹ̀lẹ̀ %n lórí wáyà)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="231"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="232"/>
        <source>could not check</source>
        <translation>kò ṣeé yẹ̀wò</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="234"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="247"/>
        <source>Cannot read %1: the catalogue is not loaded.</source>
        <translation>Kò lè ka %1: a kò tíì gbé àkójọ wọlé.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="255"/>
        <source>%1 is not a plan BankScope can use: %2</source>
        <translation>%1 kì í ṣe ètò tí BankScope lè lò: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosisdialog.cpp" line="280"/>
        <location filename="../ui/diagnosisdialog.cpp" line="301"/>
        <source>Plan of %1: %n check(s) by hand recorded in it; each new answer is saved into it.</source>
        <translation>
            <numerusform>Ètò %1: àyẹ̀wò %n pẹ̀lú ọwọ́ ni a ti kọ sínú rẹ̀; a ó fi ìdáhùn tuntun kọ̀ọ̀kan pamọ́ sínú rẹ̀.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="295"/>
        <source>Could not save the checks into %1: %2. They are kept in this window; copy them as JSON.</source>
        <translation>Kò lè fi àwọn àyẹ̀wò pamọ́ sínú %1: %2. Wọ́n ṣì wà nínú fèrèsé yìí; ẹ ṣe ẹ̀dà wọn bí JSON.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="310"/>
        <source>Open the site&apos;s commissioning plan</source>
        <translation>Ṣí ètò ìfilọ́lẹ̀ ibí yìí</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="311"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Àwọn ètò ìfilọ́lẹ̀ (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="330"/>
        <source>Open a recording of the link (File › Record… while the fault shows, or any log) to diagnose it.</source>
        <translation>Ẹ ṣí àkọsílẹ̀ ìsopọ̀ náà (File › Record… nígbà tí àṣìṣe ń hàn, tàbí log èyíkéyìí) láti wá ohun tó fà á.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="347"/>
        <source>The wire cannot tell it from: %1</source>
        <translation>Wáyà kò lè fi ìyàtọ̀ rẹ̀ hàn sí: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="349"/>
        <source>Next step: %1</source>
        <translation>Ìgbésẹ̀ tó kàn: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="376"/>
        <source>The checks by hand follow once the wire has been read.</source>
        <translation>Àwọn àyẹ̀wò pẹ̀lú ọwọ́ yóò tẹ̀lé nígbà tí a bá ti ka wáyà.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="377"/>
        <source>Every check by hand that would tell the causes above apart has been asked. What is still open needs the installer or the maker&apos;s service: copy the result as JSON for them.</source>
        <translation>A ti béèrè gbogbo àyẹ̀wò pẹ̀lú ọwọ́ tó lè fi ìyàtọ̀ hàn láàrin àwọn ohun tó fà á lókè. Ohun tó ṣì kù nílò installer tàbí ibùdó ìrànlọ́wọ́ olùṣe: ẹ ṣe ẹ̀dà èsì bí JSON fún wọn.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="379"/>
        <source>No check by hand is needed to tell the causes above apart.</source>
        <translation>Kò sí àyẹ̀wò pẹ̀lú ọwọ́ tí a nílò láti fi ìyàtọ̀ hàn láàrin àwọn ohun tó fà á lókè.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="393"/>
        <source>Could not check</source>
        <translation>Kò ṣeé yẹ̀wò</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="395"/>
        <source>Recorded as not done (say why in the note); the next check is asked</source>
        <translation>A kọ ọ́ pé a kò ṣe é (ẹ sọ ìdí rẹ̀ nínú àkọsílẹ̀); a ó béèrè àyẹ̀wò tó kàn</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="406"/>
        <source>Open a recording to diagnose</source>
        <translation>Ṣí àkọsílẹ̀ kan láti wá àṣìṣe</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="407"/>
        <source>Recordings and CAN logs (*.log *.txt *.asc *.csv);;All files (*)</source>
        <translation>Àwọn àkọsílẹ̀ àti log CAN (*.log *.txt *.asc *.csv);;Gbogbo fáìlì (*)</translation>
    </message>
</context>
<context>
    <name>DipSwitchWidget</name>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="112"/>
        <location filename="../ui/dipswitchwidget.cpp" line="153"/>
        <location filename="../ui/dipswitchwidget.cpp" line="212"/>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="114"/>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="115"/>
        <source>to set on site</source>
        <translation>láti ṣètò ní ibi iṣẹ́</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="123"/>
        <source>switch %1 %2</source>
        <translation>switch %1 wà ní %2</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="124"/>
        <source>switch %1 %2 (%3)</source>
        <translation>switch %1 wà ní %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="134"/>
        <source>DIP switches</source>
        <translation>Àwọn switch DIP</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="134"/>
        <source>DIP switches of %1</source>
        <translation>Àwọn switch DIP ti %1</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="137"/>
        <source>Left and Right pick a switch, Space toggles it, Up sets ON, Down sets OFF.</source>
        <translation>Òsì àti Ọ̀tún ń yan switch, Space ń yí i padà, Òkè ń fi sí ON, Ìsàlẹ̀ ń fi sí OFF.</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="329"/>
        <source>Switch %1: %2</source>
        <translation>Switch %1 wà ní: %2</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="36"/>
        <source>&amp;Start the drill</source>
        <translation>&amp;Bẹ̀rẹ̀ ìdánwò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="37"/>
        <source>&amp;Abort and restore</source>
        <translation>Dáwọ́ dúró, dá a padà bí ó ti &amp;wà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="38"/>
        <source>&amp;Done: next step</source>
        <translation>Ó ti &amp;parí: ìgbésẹ̀ tó kàn</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="39"/>
        <source>Inverter &amp;stopped</source>
        <translation>Inverter ti &amp;dúró</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="40"/>
        <source>Inverter still &amp;running</source>
        <translation>Inverter kò &amp;tíì dúró</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="46"/>
        <source>Failover drill</source>
        <translation>Ìdánwò pàjáwìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="47"/>
        <source>Prove on this site that the stand-in takes over and the master comes back, with one master on the bus at every step. BankScope only listens. Optional: skip it with Next.</source>
        <translation>Ẹ fihàn níbí pé adèlé gba iṣẹ́ àti pé master padà dé, pẹ̀lú master kan ṣoṣo lórí bus ní gbogbo ìgbésẹ̀. BankScope ń fetí sílẹ̀ nìkan. Kò pọn dandan: ẹ fò ó pẹ̀lú Tẹ̀síwájú.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="55"/>
        <source>I am at the bank, the site owner knows, and I accept what the drill does to this site (above).</source>
        <translation>Mo wà níbi bank, onílé mọ̀, mo sì gba ohun tí ìdánwò yóò ṣe sí ibí yìí (lókè).</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="59"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="60"/>
        <source>Past this time without one master again, the drill gives the restore steps</source>
        <translation>Bí àkókò yìí bá kọjá láìsí master kan ṣoṣo, ìdánwò yóò fún yín ní àwọn ìgbésẹ̀ ìdápadà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="74"/>
        <source>What to do now</source>
        <translation>Ohun tí ẹ ó ṣe báyìí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="78"/>
        <source>Drill timeline</source>
        <translation>Ìtẹ̀léra àkókò ìdánwò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="83"/>
        <source>Before you start</source>
        <translation>Kí ẹ tó bẹ̀rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="87"/>
        <source>Time &amp;limit:</source>
        <translation>Ààlà à&amp;kókò:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="103"/>
        <source>Timeline:</source>
        <translation>Ìtẹ̀léra àkókò:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="119"/>
        <source>Not started.</source>
        <translation>Kò tíì bẹ̀rẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="137"/>
        <source>The BMS %1 will be switched off by hand while BankScope listens on every BMS&apos;s GX port. %2</source>
        <translation>A ó pa BMS %1 pẹ̀lú ọwọ́ nígbà tí BankScope ń fetí sílẹ̀ lórí port GX ti BMS kọ̀ọ̀kan. %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="139"/>
        <source>The master %1 will be switched off by hand and %2 made master, following the failover card&apos;s steps. %3</source>
        <translation>A ó pa master %1 pẹ̀lú ọwọ́, a ó sì sọ %2 di master, ní títẹ̀lé àwọn ìgbésẹ̀ káàdì pàjáwìrì. %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="156"/>
        <source>No failover procedure for this plan yet: %1</source>
        <translation>Kò tíì sí ìlànà pàjáwìrì fún ètò yìí: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="161"/>
        <source>Prove on this site that the system carries on with one BMS off, and that every BMS is heard again when it is back. BankScope only listens. Optional: skip it with Next.</source>
        <translation>Ẹ fihàn níbí pé ẹ̀rọ náà ń bá iṣẹ́ lọ nígbà tí BMS kan wà ní pípa, àti pé a tún ń gbọ́ BMS kọ̀ọ̀kan nígbà tí ó bá padà dé. BankScope ń fetí sílẹ̀ nìkan. Kò pọn dandan: ẹ fò ó pẹ̀lú Tẹ̀síwájú.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="174"/>
        <source>No live link: connect BankScope to the inverter link (Connection → Connect…), then come back. The drill listens to the master&apos;s broadcasts and never transmits.</source>
        <translation>Kò sí ìsopọ̀ tààràtà: ẹ so BankScope mọ́ ìsopọ̀ inverter (Connection → Connect…), lẹ́yìn náà ẹ padà wá. Ìdánwò ń fetí sí ìkéde master, kì í sì í fi nǹkankan ránṣẹ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="179"/>
        <source>A GX bank is drilled on one CAN link per BMS, in the plan&apos;s order: this session has %1 link(s) for %2 BMSs. Connect one interface per BMS (Connection → Connect…), or run bankscope-cli drill.</source>
        <translation>A máa ń dán bank GX wò pẹ̀lú ìsopọ̀ CAN kan fún BMS kọ̀ọ̀kan, ní ìtẹ̀léra ètò: ìgbà iṣẹ́ yìí ní ìsopọ̀ %1 fún BMS %2. Ẹ so interface kan fún BMS kọ̀ọ̀kan (Connection → Connect…), tàbí ẹ ṣe bankscope-cli drill.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="190"/>
        <source>Listening on %1: a live site.</source>
        <translation>Ó ń fetí sílẹ̀ lórí %1: ibi iṣẹ́ gidi.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="190"/>
        <source>Listening on %1: a simulated bus, not a live site.</source>
        <translation>Ó ń fetí sílẹ̀ lórí %1: bus àfarawé, kì í ṣe ibi iṣẹ́ gidi.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="211"/>
        <source>Tick the confirmation first</source>
        <translation>Ẹ kọ́kọ́ fi àmì sí ìjẹ́rìísí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="305"/>
        <source>Restore step %1 of %2.</source>
        <translation>Ìgbésẹ̀ ìdápadà %1 nínú %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="306"/>
        <source>Step %1 of %2.</source>
        <translation>Ìgbésẹ̀ %1 nínú %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="310"/>
        <source>Not yet verified on this site: this drill tests it.</source>
        <translation>A kò tíì jẹ́rìí sí i níbí: ìdánwò yìí ló ń dán an wò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="311"/>
        <location filename="../ui/wizards/drillpage.cpp" line="314"/>
        <source>Press Done when it is done.</source>
        <translation>Ẹ tẹ “Ó ti parí” nígbà tí ẹ bá ti ṣe é.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="331"/>
        <source>Recorded in the plan: passed. The steps it proved now print as instructions on the failover card.</source>
        <translation>A ti kọ ọ́ sínú ètò: ó yege. Àwọn ìgbésẹ̀ tí ó fihàn yóò máa hàn báyìí bí ìtọ́sọ́nà lórí káàdì pàjáwìrì.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="332"/>
        <source>Recorded in the plan: %1. It proves nothing; the card keeps “ask your installer” where it did.</source>
        <translation>A ti kọ ọ́ sínú ètò: %1. Kò fi nǹkankan hàn; káàdì ṣì ń sọ “Ẹ béèrè lọ́wọ́ installer yín” níbi tí ó ti ń sọ ọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="335"/>
        <source>The drill did not start; the plan is unchanged.</source>
        <translation>Ìdánwò kò bẹ̀rẹ̀; ètò kò yí padà.</translation>
    </message>
</context>
<context>
    <name>EmulationGate</name>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="101"/>
        <source>CAN frames are on %1 (%2): another BMS master or an inverter is on this bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="105"/>
        <source>an inverter keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="108"/>
        <source>another inverter or GX sends keep-alives (0x305-0x307) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="134"/>
        <source>%1 is not silent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="140"/>
        <source>silent for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointStatsModel</name>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="12"/>
        <source>ADR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="147"/>
        <source>Corrupt answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="149"/>
        <source>Not answering (RTN 0x91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="151"/>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="153"/>
        <source>OK, %1 problems earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="155"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="160"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="160"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="198"/>
        <source>Nothing is sent on a CAN link BankScope listens to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="199"/>
        <source>Requests BankScope sent to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="201"/>
        <source>Frames received with this CAN id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="201"/>
        <source>Valid answers from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="206"/>
        <source>Milliseconds between two frames of this id (its period), over the last 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="207"/>
        <source>Milliseconds from the request to the end of its answer, over the last 256 answers. On the in-process loopback this is the time the exchange would take on the wire at the scenario&apos;s baud rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="210"/>
        <source>Answers in which the master says it cannot reach this module (RTN 0x91).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="212"/>
        <source>Time since the last valid answer or frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="227"/>
        <source>Link</source>
        <translation type="unfinished">Ìsopọ̀</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="229"/>
        <source>Address /
CAN id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="231"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="233"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="235"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="237"/>
        <source>Answers /
frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="239"/>
        <source>Time-
outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="241"/>
        <source>Checksum
errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="243"/>
        <source>Framing
errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="245"/>
        <source>RTN 0x91</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="247"/>
        <source>Latency
min ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="249"/>
        <source>Latency
median ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="251"/>
        <source>Latency
max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="253"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCsv</name>
    <message>
        <location filename="../core/eventcsv.cpp" line="122"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="123"/>
        <source>Age of the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="133"/>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="134"/>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="135"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="136"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="137"/>
        <source>Remaining capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="138"/>
        <source>Full capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="139"/>
        <source>Charge voltage limit (CVL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="140"/>
        <source>Discharge voltage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="141"/>
        <source>Charge current limit (CCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="142"/>
        <source>Discharge current limit (DCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="143"/>
        <source>Lowest cell (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="144"/>
        <source>Highest cell (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="145"/>
        <source>Lowest temperature (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="146"/>
        <source>Highest temperature (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="165"/>
        <source>Cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="176"/>
        <source>Temperature sensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="187"/>
        <location filename="../core/eventcsv.cpp" line="227"/>
        <source>Protections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="188"/>
        <location filename="../core/eventcsv.cpp" line="229"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="199"/>
        <source>Inverter should see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="200"/>
        <source>Inverter can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="202"/>
        <source>Inverter is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="236"/>
        <source>Inverter&apos;s voltage-only guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="237"/>
        <source>State of charge from voltage alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <location filename="../core/eventlog.cpp" line="160"/>
        <source>Requests BankScope did not send were heard on the bus of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="167"/>
        <source>It falls back to a voltage-only SOC of about %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="175"/>
        <source>The master&apos;s broadcast to the inverter has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="73"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="79"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="79"/>
        <source>Cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="86"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="87"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="87"/>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="123"/>
        <source>Raised at %1 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="125"/>
        <source>Still present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="125"/>
        <source>Cleared at %1 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="127"/>
        <source>From raised to cleared, or to now while active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="130"/>
        <source>No freeze-frame: this condition took one less than a minute earlier (it flaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="132"/>
        <source>The state of every pack and of the inverter view just before and at this moment. Select the row to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="133"/>
        <source>Discarded: only the newest %1 freeze-frames are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="148"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="150"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="152"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="154"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="156"/>
        <source>Raised / cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="158"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="160"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="162"/>
        <source>Freeze-frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../core/eventlog.cpp" line="15"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="16"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="17"/>
        <source>Communication lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="18"/>
        <source>Corrupt answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="19"/>
        <source>Another master on the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="20"/>
        <source>Inverter receives no BMS data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="22"/>
        <source>Nothing is told to the inverter any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="61"/>
        <source>%1 (protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="63"/>
        <source>%1 (warning)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../ui/eventspage.cpp" line="68"/>
        <source>Only what &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="79"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="80"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="81"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="84"/>
        <source>&amp;Export events (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="86"/>
        <source>The events shown (with the filters) as CSV: UTC times, durations, severities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="87"/>
        <source>Export &amp;freeze-frame (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="89"/>
        <source>The selected event&apos;s freeze-frame: every value of every pack and of the inverter view, before and at the moment (what a vendor&apos;s service desk asks for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="93"/>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="95"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="106"/>
        <source>Alarms and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="122"/>
        <source>Freeze-frame of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="167"/>
        <source>All packs and the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="168"/>
        <source>Bank-wide only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="184"/>
        <source>Events: %1 · active: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="186"/>
        <source>older events no longer kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="214"/>
        <source>Select an event to see its freeze-frame: every pack and the inverter view just before and at the moment it appeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="218"/>
        <source>%1 at %2: no freeze-frame (the same condition took one less than a minute before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="220"/>
        <source>%1 at %2: its freeze-frame was discarded (only the newest %3 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="224"/>
        <source>Freeze-frame of “%1” (%2) at %3: before = the last refresh without it, at = the first with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="226"/>
        <source>bank</source>
        <translation type="unfinished">gbogbo bank</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="248"/>
        <source>The selected event has no freeze-frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="257"/>
        <location filename="../ui/eventspage.cpp" line="262"/>
        <source>Export freeze-frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="257"/>
        <source>Select an event that kept a freeze-frame first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="262"/>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="267"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="267"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactLabel</name>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="72"/>
        <source>Sources</source>
        <translation>Àwọn orísun</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="79"/>
        <source>No source: BankScope&apos;s own rule or what the installer entered.</source>
        <translation>Kò sí orísun: òfin BankScope fúnra rẹ̀ ni tàbí ohun tí installer tẹ̀ sí i.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="87"/>
        <source>Sources of this fact</source>
        <translation>Àwọn orísun òtítọ́ yìí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="103"/>
        <source>sources (%1)</source>
        <translation>àwọn orísun (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="106"/>
        <source>Confidence: %1</source>
        <translation>Ìdánilójú: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="127"/>
        <source>Another reading:</source>
        <translation>Kíkà mìíràn:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="138"/>
        <source>Not in the catalogue: see its manual.</source>
        <translation>Kò sí nínú àkójọ: ẹ wo ìwé ìtọ́sọ́nà rẹ̀.</translation>
    </message>
</context>
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="83"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (ti olùṣe rẹ̀)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="91"/>
        <source>Battery failover card</source>
        <translation>Káàdì pàjáwìrì bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="114"/>
        <source>Your installer:</source>
        <translation>Installer yín:</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="119"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="120"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Pípa inverter KÒ mú kí bátìrì wà láìléwu: ẹ ya bátìrì sọ́tọ̀ (ètò ní ìsàlẹ̀).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="130"/>
        <source>Isolation order</source>
        <translation>Ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Not entered: ask your installer.</source>
        <translation>A kò kọ ọ́: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="134"/>
        <source>Bank map</source>
        <translation>Àwòrán àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="146"/>
        <source>group %1</source>
        <translation>ẹgbẹ́ %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="148"/>
        <source>inverter cable</source>
        <translation>wáyà inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If a battery fails</source>
        <translation>Bí bátìrì kan bá bàjẹ́</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the battery fails</source>
        <translation>Bí bátìrì bá bàjẹ́</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="167"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Bí master %1 bá bàjẹ́: ẹ sọ %2 di master</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="174"/>
        <source>This translation has not been reviewed: the English is under each step.</source>
        <translation>Ẹnìkan kò tíì ṣàyẹ̀wò ìtúmọ̀ yìí: Gẹ̀ẹ́sì wà nísàlẹ̀ ìgbésẹ̀ kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="200"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Ẹ béèrè lọ́wọ́ installer yín nípa %1: a kò tíì fìdí rẹ̀ múlẹ̀ níbí. Ẹ dúró síbí kí ẹ pe %2 lórí %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="214"/>
        <source>A failover drill on this site passed.</source>
        <translation>Ìdánwò pàjáwìrì ti yọrí sí rere níbí.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="215"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Kò sí ìdánwò pàjáwìrì tó tíì yọrí sí rere níbí.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="222"/>
        <source>What you see → what to do</source>
        <translation>Ohun tí ẹ rí → ohun tí ẹ ó ṣe</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="228"/>
        <source>what the lights mean: %1</source>
        <translation>ìtumọ̀ àwọn iná: %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="245"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>A kò kọ ọ́: ẹ béèrè lọ́wọ́ installer yín kí ẹ tó tàn án.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="257"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Ètò bátìrì lórí inverter: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="279"/>
        <source>Power-up order</source>
        <translation>Ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="282"/>
        <source>What the inverter does meanwhile</source>
        <translation>Ohun tí inverter ń ṣe ní àsìkò yìí</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="263"/>
        <source>the lights on each unit</source>
        <translation>iná bátìrì kọ̀ọ̀kan</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the SOC on the inverter</source>
        <translation>SOC tí inverter ń fihàn</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>kóòdù ìkìlọ̀ inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>when you first noticed it</source>
        <translation>ìgbà tí ẹ kọ́kọ́ rí i</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>what you did from this card</source>
        <translation>ohun tí ẹ ti ṣe láti inú káàdì yìí</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="269"/>
        <source>Have ready when you call</source>
        <translation>Ẹ ṣètò ìwọ̀nyí kí ẹ tó pè</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Ẹ má ṣe</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="283"/>
        <source>Stop and call your installer when</source>
        <translation>Ẹ dúró kí ẹ pe installer yín bí</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>ojú %1 nínú %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>ẹ yí i padà</translation>
    </message>
</context>
<context>
    <name>FailoverCardDialog</name>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="34"/>
        <source>Failover card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="48"/>
        <source>Failover card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="49"/>
        <source>The card&apos;s front and back as they will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="58"/>
        <source>Card &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="60"/>
        <source>The card is printed in the site owner&apos;s language, apart from the window&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="65"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="66"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="67"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="80"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="81"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="82"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="82"/>
        <source>Fit the sheet in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="108"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="111"/>
        <source>Print the card on a printer, both sides of one sheet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="113"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="115"/>
        <source>Save the card as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="199"/>
        <source>&lt;b&gt;No card for this plan:&lt;/b&gt; %1. Enter it in the commissioning wizard (Workflows › Commission a bank…) and save the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="205"/>
        <source>Steps %1 to %2 print as “ask your installer”: they are neither documented nor confirmed on this site (confirm them in the wizard, or prove them with the failover drill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="210"/>
        <source>This translation is not reviewed yet (translations/REVIEWED): the English prints under each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="225"/>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="234"/>
        <source>One side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="234"/>
        <source>Front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="236"/>
        <source>&lt;b&gt;Does not fit on one sheet&lt;/b&gt;: it needs %1 sides at 12 pt; nothing is cut or shrunk, so it is not printed (shorten the site&apos;s orders, or print it in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="252"/>
        <location filename="../ui/failovercarddialog.cpp" line="260"/>
        <source>Print the failover card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="261"/>
        <source>The card does not fit on one sheet (front and back) on this printer&apos;s paper; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="270"/>
        <source>failover card (%1).pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="270"/>
        <source>%1 failover card (%2).pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="289"/>
        <source>Export the failover card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="294"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="294"/>
        <source>The card could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="297"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <location filename="../core/failoverdrill.cpp" line="802"/>
        <source>The inverter will lose battery data for up to a minute (the drill&apos;s limit) while the master %1 is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="804"/>
        <source>The inverter will lose battery data for up to %1 minutes (the drill&apos;s limit) while the master %2 is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="800"/>
        <location filename="../core/failoverdrill.cpp" line="809"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="759"/>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="760"/>
        <source>BMSs heard: %1; %2 Ah, CVL %3 V, CCL %4 A%5, DCL %6 A%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="793"/>
        <source>The GX will lose the BMS %1 for up to a minute (the drill&apos;s limit) while it is off; whether the others keep the system running is what the drill tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="796"/>
        <source>The GX will lose the BMS %1 for up to %2 minutes (the drill&apos;s limit) while it is off; whether the others keep the system running is what the drill tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="818"/>
        <source>Listening: waiting to hear the master %1 alone on the bus before the drill starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="820"/>
        <source>Listening on every BMS&apos;s GX port: waiting to hear all %1 BMSs (%2) before the drill starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="822"/>
        <source>Switch off the BMS %1 now (or pull its CAN cable from the GX). BankScope listens on every port and never transmits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="824"/>
        <source>%1 is off. Listening: every other BMS must keep sending and the GX keep talking to them. Note what the GX screen shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="828"/>
        <source>Listening until every BMS is heard again, %1 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="830"/>
        <source>Switch off the master %1 now (or pull its inverter cable). BankScope listens for the bus to go silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="832"/>
        <source>Wait: a master is still heard on the bus. %1 must be off every bus before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="834"/>
        <source>Listening for exactly one master: %1 taking over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="836"/>
        <source>Listening for exactly one master again: %1 back as the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="838"/>
        <source>Two masters are heard on one bus. Unplug the inverter cable from %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="841"/>
        <source>Switch the master %1 back on (or plug its inverter cable back in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="843"/>
        <source>Switch the BMS %1 back on (or plug its CAN cable back into its own GX port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="849"/>
        <source>Drill passed: the system carried on without one BMS, and every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="851"/>
        <source>Drill stopped at its time limit; every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="852"/>
        <source>Drill aborted; every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="854"/>
        <source>Drill passed: the stand-in took over with one master on the bus, and the master is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="856"/>
        <source>Drill stopped at its time limit; one master is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="857"/>
        <source>Drill aborted; one master is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="860"/>
        <source>No drill: two masters are heard on the bus already. Find the second master first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="862"/>
        <source>No drill: no master is heard. Check BankScope&apos;s connection to the bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="864"/>
        <source>No drill: this bank has no procedure for the owner (call the installer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="866"/>
        <source>No drill: a bank without a master needs at least two BMSs, each on its own port, to drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="868"/>
        <source>No drill: no BMS is heard. Check BankScope&apos;s connection to each BMS&apos;s GX port (one CAN interface per BMS, in the plan&apos;s order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="871"/>
        <source>No drill: not every BMS is heard (missing: %1). Each BMS must be heard on its own port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="873"/>
        <source>No drill: two senders are heard on one BMS&apos;s port. Find the second BMS on that port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="875"/>
        <source>Drill failed: two senders were heard on one BMS&apos;s port. Every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="877"/>
        <source>Drill failed: another BMS went silent while one was off, so the system did not carry on as planned. Every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="880"/>
        <source>Drill failed: the GX stopped talking to the other BMSs while one was off. Every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="882"/>
        <source>Drill failed: with one BMS off, the bank&apos;s charge or discharge limit fell to zero (a Multi in island mode switches off at a discharge limit of 0). Every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="885"/>
        <source>No drill: the plan names no stand-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="887"/>
        <source>Drill failed: two masters were heard on one bus. One master is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="888"/>
        <location filename="../core/failoverdrill.cpp" line="971"/>
        <source>Drill failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="897"/>
        <source>Drill started: the BMS %1 is the one taken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="899"/>
        <source>Drill started: master %1, stand-in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="901"/>
        <source>Every BMS heard on its own port (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="903"/>
        <source>One master heard (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="912"/>
        <location filename="../core/failoverdrill.cpp" line="914"/>
        <source>Told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="917"/>
        <source>BMS %1 heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="919"/>
        <source>BMS %1 went silent (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="921"/>
        <source>BMS %1 is no longer heard (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="923"/>
        <source>The bank before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="925"/>
        <source>The bank with %1 off: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="927"/>
        <source>The system carries on without %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="929"/>
        <source>Two senders heard on %1&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="931"/>
        <source>Every BMS heard again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="933"/>
        <source>The bus went silent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="935"/>
        <source>The inverter&apos;s keep-alive stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="937"/>
        <source>The inverter&apos;s keep-alive is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="939"/>
        <source>Charge and discharge limits went to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="941"/>
        <source>Charge and discharge limits are back above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="943"/>
        <source>A master is heard again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="945"/>
        <source>Step %1 held: a master is still heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="947"/>
        <source>Step %1 not given: it would put two masters on one bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="949"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="951"/>
        <source>Seen on the inverter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="953"/>
        <location filename="../core/failoverdrill.cpp" line="965"/>
        <source>One master again: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="955"/>
        <source>Two masters heard on one bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="957"/>
        <source>Aborted by the installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="959"/>
        <source>Abort asked during the restore: the restore goes on until one master is heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="961"/>
        <source>The drill&apos;s time limit passed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="963"/>
        <source>Restore started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="967"/>
        <source>Drill passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="969"/>
        <source>Drill aborted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="985"/>
        <source>This site&apos;s isolation order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="987"/>
        <source>This site&apos;s power-up order: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverFacts</name>
    <message>
        <location filename="../core/failoverrecord.cpp" line="20"/>
        <source>the master is the unit that carries the inverter cable, at the head of the link chain (its Link 0 empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="21"/>
        <source>DIP 0000 makes a pack the master, and only that pack talks to the inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="22"/>
        <source>a pack reads its DIP switches when it starts: restart it after a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="24"/>
        <source>the stand-in&apos;s inverter port already runs the protocol the master&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="25"/>
        <source>an address, protocol and speed set in the JK app take effect on the pack&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="27"/>
        <source>the stand-in was set ahead with the master&apos;s address, protocol and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="28"/>
        <source>the inverter&apos;s battery-type menu and value are the ones set on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="29"/>
        <source>the system carries on without one battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="30"/>
        <source>the stand-in takes over as master and one master is heard again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverPlanner</name>
    <message>
        <location filename="../core/failoverplanner.cpp" line="296"/>
        <source>the card says who to call: enter the installer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="298"/>
        <source>the card says who to call: enter the installer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="300"/>
        <source>no isolation order: enter this site&apos;s own, with the breaker labels (switching the inverter off does not make the battery safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="302"/>
        <source>the catalogue&apos;s isolation order is not documented for this model: enter this site&apos;s own, with the breaker labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="334"/>
        <source>no stand-in planned for the master %1: choose the unit that takes over when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="342"/>
        <source>no stand-in for the master %1 (%2): choose the unit that takes over when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="364"/>
        <source>the stand-in shares a bus with the master: set ahead, it would answer at the master&apos;s address beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="728"/>
        <source>the %1 procedure breaks the two-masters rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="729"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="729"/>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverRecord</name>
    <message>
        <location filename="../core/failoverrecord.cpp" line="57"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="60"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="69"/>
        <location filename="../core/failoverrecord.cpp" line="75"/>
        <location filename="../core/failoverrecord.cpp" line="259"/>
        <location filename="../core/failoverrecord.cpp" line="266"/>
        <location filename="../core/failoverrecord.cpp" line="280"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="79"/>
        <source>unknown fact &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="85"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="91"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="100"/>
        <source>expected a number from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="115"/>
        <source>expected a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="212"/>
        <source>&apos;%1&apos; is confirmed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="226"/>
        <source>expected &quot;passed&quot;, &quot;aborted&quot; or &quot;failed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="234"/>
        <source>only a drill that passed proves a fact (this one %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="237"/>
        <source>expected seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="253"/>
        <source>expected seconds, in order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Ẹ kọ aago sílẹ̀, kóòdù ìkìlọ̀ inverter àti iná bátìrì kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Ẹ ya bátìrì sọ́tọ̀ ní ètò ibí yìí (àpótí lókè).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Ẹ pa %1 ní switch agbára rẹ̀. Ẹ fi sílẹ̀ ní pípa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Ẹ yọ wáyà ìsopọ̀ kúrò ní Link 1 %1 (ó lọ sí Link 0 %2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Ẹ yọ wáyà inverter kúrò lára %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Ẹ yọ wáyà inverter kúrò ní socket %2 ti %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Ẹ so wáyà inverter náà mọ́ %1, ní socket tí ó wà lára master: %1 ti di master báyìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Ẹ so wáyà inverter náà mọ́ socket %2 ti %1: %1 ti di master báyìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>Lórí %1 ẹ fi switch 1 sí %2 (ìyára RS485 %3), bí ti %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>Lórí %1 ẹ fi switch 2, 3, 4 sí %2 (ẹgbẹ́ %3), bí ti %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Ẹ tàn án ní ètò títàn ibí yìí, ẹ fi %1 sílẹ̀ ní pípa. Níbi tí ètò bá dárúkọ %1, ẹ lo %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Ẹ tàn bátìrì ní ètò títàn ibí yìí, gbogbo bátìrì pẹ̀lú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Ẹ wò ó pé inverter tún ń fi agbára bátìrì (SOC) hàn, láìsí ìkìlọ̀ bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Ẹ wò ó pé inverter tún ń fi agbára bátìrì (SOC) hàn láàrin ìṣẹ́jú %1, láìsí ìkìlọ̀ bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Ẹ yọ wáyà pack-bus méjèèjì kúrò lára %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Ẹ yọ wáyà pack-bus méjèèjì kúrò lára %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Ẹ so %1 àti %2 pọ̀ pẹ̀lú ọ̀kan nínú àwọn wáyà náà, kí ẹ̀wọ̀n náà di pípé láìsí %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>Lórí %1 ẹ fi gbogbo DIP switch mẹ́rẹ̀ẹ̀rin sí OFF (0000). %1 yóò di master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Ẹ pa %1 kí ẹ sì tún tàn án, kí ó lè ka àwọn DIP switch tuntun rẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Ẹ so wáyà inverter mọ́ %1, ní socket tí ó wà lára master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Ẹ so wáyà inverter mọ́ socket %2 ti %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>Nínú JK app, ẹ wò ó pé socket %2 ti %1 ń lo protocol kan náà pẹ̀lú ti %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>Nínú JK app, ẹ wò ó pé protocol socket %2 ti %1 ni: %3 (bí ti %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Ẹ wò ó pé socket %2 ti %1 ń rán protocol kan náà pẹ̀lú ti %3 (ẹ wo ìwé ìtọ́sọ́nà bátìrì).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Ẹ yọ %1 kúrò lára wáyà RS485 tí wọ́n ń lò pọ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>A ti ṣètò %1 ṣáájú pẹ̀lú àdírẹ́sì, protocol àti ìyára %2: ẹ má yí nǹkan kan padà lára rẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>Nínú JK app lórí %1 ẹ fi Device Addr %2, àti protocol àti ìyára tí %3 ń lò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>Nínú JK app lórí %1 ẹ fi Device Addr %2, protocol %3 àti ìyára %4 baud, bí ti %5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Bí irú bátìrì inverter bá ti padà sí ìbẹ̀rẹ̀, ẹ tún un ṣe: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Bí irú bátìrì inverter bá ti padà sí ìbẹ̀rẹ̀, ẹ má ṣe fi ọgbọ́n inú yàn án: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>Lójú GX, ẹ kọ ìkìlọ̀ náà sílẹ̀ àti bátìrì tí kò sí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>Lórí inverter, ẹ kọ ìkìlọ̀ náà sílẹ̀ àti bátìrì tí kò sí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the batteries that are still on (%1), with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Ẹ̀rọ náà ń bá iṣẹ́ lọ pẹ̀lú àwọn bátìrì tó ṣì wà ní títàn (%1), pẹ̀lú agbára ìpamọ́ tó dín ní nǹkan bí %2 % àti ìwọ̀n gbígba àti lílo agbára tó kéré. Ẹ jẹ́ kí ó máa ṣiṣẹ́ kí ẹ pe installer yín ní àkókò iṣẹ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>Ẹ má gbìyànjú láti tún bátìrì tàn tàbí tún un ṣe fúnra yín. Ẹ pe %1 báyìí lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Ẹ yọ wáyà inverter kúrò lára %1: adèlé kò jẹ́ master mọ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Ẹ yọ wáyà inverter kúrò ní socket %2 ti %1: adèlé kò jẹ́ master mọ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Ẹ so Link 1 ti %1 mọ́ Link 0 ti %2; Link 0 ti %1 yóò wà ní òfo.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Ẹ so wáyà inverter mọ́ %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Ẹ dá àwọn switch %1 padà sí %2, bí a ti ṣètò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Ẹ dá àwọn DIP switch %1 padà sí %2 (àdírẹ́sì %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Ẹ tún so %1 mọ́ pack bus bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Ẹ tún so %1 mọ́ pack bus (%2) bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>Nínú JK app ẹ dá %1 padà sí Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Ẹ dá socket inverter ti %1 padà bí ó ti wà tẹ́lẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Ẹ tún so %1 mọ́ wáyà RS485 tí wọ́n ń lò pọ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Ẹ so wáyà bátìrì tí a tún ṣe mọ́ port GX tirẹ̀, kì í ṣe port tí bátìrì mìíràn ń lò.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Ẹ wò ó lórí GX pé bátìrì náà tún hàn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Ẹ wò ó lórí inverter pé ó tún ń ka bátìrì náà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Installer nìkan ló lè dá bátìrì padà sí iṣẹ́.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>bátìrì wo ló máa di master tí a bá gbé wáyà inverter</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>switch ìyára RS485 (switch 1) lórí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>àwọn switch lórí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>bí a ṣe ń sọ %1 di master pẹ̀lú àwọn DIP switch rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>títún %1 tàn kí ó lè ka àwọn DIP switch rẹ̀</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>protocol socket inverter ti %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>àdírẹ́sì, protocol àti ìyára tí a ó fi sí %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>bóyá ẹ̀rọ náà yóò máa ṣiṣẹ́ láìsí bátìrì kan</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>ìgbésẹ̀ yìí</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Breaker kò ṣí, tàbí ooru, òórùn tàbí èéfín wà? Ẹ jìnnà sí i, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Bí kò bá rí bẹ́ẹ̀: ẹ dúró, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Ó yàtọ̀? Ẹ dúró, ẹ má yí nǹkan mìíràn padà, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Ó yàtọ̀? Ẹ dúró, ẹ má yí nǹkan kan padà, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 kò tàn, tàbí ó ń fi pupa hàn? Ẹ tún ya bátìrì sọ́tọ̀, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Bí kò bá rí bẹ́ẹ̀: ẹ tún ya bátìrì sọ́tọ̀ kí ẹ pe installer yín. Ẹ má gbìyànjú nǹkan mìíràn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Ẹ̀rọ náà ti dúró? Ẹ ya bátìrì sọ́tọ̀, ẹ pe installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Tí %1 bá wà ní títàn (bí a ṣe ṣètò rẹ̀ níbí) yóò dúró pẹ̀lú àṣìṣe: iná yóò lọ àyàfi tí iná grid bá wà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Tí %1 bá wà ní pípa (bí a ṣe ṣètò rẹ̀ níbí) yóò máa ṣiṣẹ́ láìsí ìròyìn bátìrì, lórí ìwọ̀n tí olùṣe kankan kò kọ sílẹ̀; SOC rẹ̀ yóò jẹ́ àmọ̀ràn láti inú voltage.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>Bóyá yóò dúró sinmi lé ètò %1 rẹ̀, tí a kò kọ sílẹ̀ fún ibí yìí: ẹ béèrè lọ́wọ́ installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>Inverter yóò gé iná tí ó ń fún jáde: iná yóò lọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>GX yóò fi “BMS connection lost” hàn. Bí ó bá dẹ́kun rírán ìwọ̀n bátìrì, inverter yóò pa lẹ́yìn nǹkan bí ìṣẹ́jú 5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>Inverter lè pàdánù agbára bátìrì (SOC), kí ó rò pé bátìrì ti tán, kí ó sì gba agbára kún un láti grid.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>Inverter yóò fi event 9308 “Battery error” hàn; a kò mọ ohun tí yóò ṣe lẹ́yìn náà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Láti inú àkójọ, ní Gẹ̀ẹ́sì: %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>A kò mọ ohun tí %1 ń ṣe láìsí ìròyìn bátìrì. Ẹ má rò pé yóò dáàbò bo bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Àmọ̀ràn láti inú voltage lè jìnnà: nígbà ìfilọ́lẹ̀ (%1 V) nǹkan bí %2 %, nígbà tí àwọn bátìrì sọ %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Ààbò voltage tó lọ sílẹ̀: ẹ gba agbára sí i láàrin wákàtí %1 (ààlà olùṣe). Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Module tí kò tó 40 V: ẹ pa gbogbo rẹ̀ títí inverter yóò fi lè gba agbára sí i (òfin olùṣe). Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Ààbò voltage tó lọ sílẹ̀: kò sí olùṣe tó fún wa ní ààlà àkókò, nítorí náà ẹ pe installer yín lẹ́sẹ̀kẹsẹ̀. Ẹ kọ aago sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Ètò bátìrì lórí inverter: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Ẹ má tún so %1 pọ̀ fúnra yín: installer yín nìkan ló lè ṣe é.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Ẹ má gbé wáyà tàbí switch nígbà tí bátìrì wà ní títàn.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Kò sí switch tó ń sọ bátìrì di master: ẹ má yí switch mìíràn padà.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>Ẹ má ṣe lo black start láé (dídi Start mú ju ìṣẹ́jú-àáyá 10 lọ).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Ẹ má yí ètò mìíràn padà nínú JK app.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Ẹ má fi inverter sílẹ̀ lórí bátìrì láìsí ẹni tó ń wò ó.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>ìgbésẹ̀ kan kò lọ bí a ṣe kọ ọ́;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>bátìrì kan gbóná, wú, ń rùn tàbí ń rú èéfín (ẹ jìnnà sí i);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>bátìrì kan ń fi iná ààbò hàn;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>bátìrì kejì bàjẹ́;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>master ẹgbẹ́ mìíràn bàjẹ́ (%1);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>nígbà gbogbo lẹ́yìn náà: a gbọ́dọ̀ ṣàyẹ̀wò àwọn bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>Inverter ń fi BMS communication fault hàn, tàbí kò sí ìròyìn bátìrì.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Gbogbo iná bátìrì kan ti kú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Iná pupa ALM ń tàn láìṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Iná pupa ALM ń ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Àwọn bátìrì JK kò ní iná àṣìṣe.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Iná ipò jẹ́ ọsàn, kò sì ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Gbogbo iná jẹ́ búlúù, kò sì sí iná tó ń jáde.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Iná búlúù kan ń ṣẹ́jú.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>GX ń fihàn pé bátìrì kan kò sí, tàbí “BMS connection lost”.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Ẹ tẹ̀lé àwọn ìgbésẹ̀ inú káàdì yìí.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Ẹ ya bátìrì sọ́tọ̀ bí kò bá sí ní àìléwu, kí ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Bátìrì yẹn wà ní pípa tàbí ó ti bàjẹ́. Bí ó bá jẹ́ %1, master, ẹ tẹ̀lé àwọn ìgbésẹ̀.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Ààbò: bátìrì náà ti dẹ́kun gbígba tàbí fífún agbára. Ẹ kọ bátìrì tí ó jẹ́ àti aago sílẹ̀; ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Ìkìlọ̀ ni, ṣùgbọ́n bátìrì náà ṣì ń ṣiṣẹ́: ẹ kọ ọ́ sílẹ̀ kí ẹ sọ fún installer yín.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Ipò wọn máa ń hàn nínú JK app tàbí BankScope nìkan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Ààbò. Ẹ má tún un tàn fúnra yín: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Fíúsì ti jóná: ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Ẹ ka ìṣẹ́jú funfun, lẹ́yìn náà ti búlúù (kóòdù event ni), ẹ kọ ọ́ sílẹ̀ kí ẹ pe %1 lórí %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>ADÈLÉ</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="338"/>
        <source>BMU</source>
        <translation>BMU</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="340"/>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="348"/>
        <location filename="../core/failovertexts.cpp" line="363"/>
        <source>maker&apos;s document</source>
        <translation>ìwé olùṣe</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>láti ọwọ́ ẹlòmíràn</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>kò dájú</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>iṣẹ́ tí kò léwu</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>a ti fìdí rẹ̀ múlẹ̀ níbí</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>ìdánwò ti fi hàn</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>a kò fìdí rẹ̀ múlẹ̀: ẹ béèrè lọ́wọ́ installer yín</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <location filename="../core/fault.cpp" line="18"/>
        <source>Cell over-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="19"/>
        <source>Cell under-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="20"/>
        <source>Pack over-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="21"/>
        <source>Pack under-voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="22"/>
        <source>Charge over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="24"/>
        <source>Discharge over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="25"/>
        <source>Over-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="26"/>
        <source>Under-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="28"/>
        <source>MOSFET over-temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="29"/>
        <source>Short circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="30"/>
        <source>Cell imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="31"/>
        <source>Communication fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="91"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="93"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="95"/>
        <source>Finding</source>
        <translation type="unfinished">Ohun tí a rí</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="97"/>
        <source>Next step</source>
        <translation type="unfinished">Ìgbésẹ̀ tó kàn</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="25"/>
        <source>Inverter firmware</source>
        <translation>Firmware inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="26"/>
        <source>Read the version on the inverter&apos;s display. Some features depend on it; BankScope plans them only on your confirmation.</source>
        <translation>Ẹ ka ẹ̀yà rẹ̀ lórí ojú ẹ̀rọ inverter. Àwọn iṣẹ́ kan gbára lé e; BankScope máa ń ṣètò wọn nìkan tí ẹ bá jẹ́rìí sí i.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="29"/>
        <source>as shown on the inverter, e.g. MAIN 1.0.2 / HMI 1.5.3</source>
        <translation>bí inverter ṣe fi hàn, fún àpẹẹrẹ MAIN 1.0.2 / HMI 1.5.3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="31"/>
        <source>I have checked the release notes of this firmware version for what it does with several BMSs</source>
        <translation>Mo ti yẹ release notes ẹ̀yà firmware yìí wò nípa ohun tí ó ń ṣe pẹ̀lú ọ̀pọ̀ BMS</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="32"/>
        <source>Only after this confirmation does BankScope plan every BMS on the inverter&apos;s bus where that depends on the firmware.</source>
        <translation>Lẹ́yìn ìjẹ́rìísí yìí nìkan ni BankScope máa ń ṣètò gbogbo BMS lórí bus inverter níbi tí ìyẹn bá gbára lé firmware.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="39"/>
        <source>What the catalogue says</source>
        <translation>Ohun tí àkójọ sọ</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="41"/>
        <source>Several BMSs on one bus:</source>
        <translation>Ọ̀pọ̀ BMS lórí bus kan:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="42"/>
        <source>From which firmware:</source>
        <translation>Láti firmware wo:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="43"/>
        <source>Firmware notes:</source>
        <translation>Àkíyèsí nípa firmware:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="46"/>
        <source>Inverter:</source>
        <translation>Inverter rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="47"/>
        <source>Firmware &amp;version:</source>
        <translation>Ẹ̀&amp;yà firmware:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="71"/>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (kò sí nínú àkójọ)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="77"/>
        <source>polls or takes several BMSs</source>
        <translation>ó ń béèrè tàbí ó ń gba ọ̀pọ̀ BMS</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="78"/>
        <source>takes one BMS</source>
        <translation>ó ń gba BMS kan ṣoṣo</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="79"/>
        <source>polls several BMS addresses only with some firmware versions</source>
        <translation>ó ń béèrè ọ̀pọ̀ àdírẹ́sì BMS nìkan pẹ̀lú àwọn ẹ̀yà firmware kan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="109"/>
        <source>Confirmed: where the batteries allow it (packs with their own bus addresses), BankScope plans every BMS on the inverter&apos;s bus, on your word that firmware %1 of the %2 polls several addresses. The report records the version and your confirmation.</source>
        <translation>A ti jẹ́rìí sí i: níbi tí àwọn bátìrì bá gbà á láàyè (bátìrì tó ní àdírẹ́sì bus tiwọn), BankScope ń ṣètò gbogbo BMS lórí bus inverter, lórí ọ̀rọ̀ yín pé firmware %1 ti %2 ń béèrè ọ̀pọ̀ àdírẹ́sì. Ìjábọ̀ ń kọ ẹ̀yà náà àti ìjẹ́rìísí yín sílẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="113"/>
        <source>Without the version and the release notes checked, BankScope plans the safe topology: one cable from the inverter to the master, the other BMSs monitored separately. The %1 polls several BMS addresses only with some firmware, and no source says from which.</source>
        <translation>Láìsí ẹ̀yà náà àti àyẹ̀wò release notes, BankScope ń ṣètò ọ̀nà tó ní ààbò: wáyà kan láti inverter sí master, a ń wo àwọn BMS yòókù lọ́tọ̀. %1 ń béèrè ọ̀pọ̀ àdírẹ́sì BMS nìkan pẹ̀lú àwọn firmware kan, kò sì sí orísun tó sọ láti èwo.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="117"/>
        <source>Nothing in this plan depends on the %1&apos;s firmware in the catalogue; the version is recorded in the report.</source>
        <translation>Kò sí nǹkan nínú ètò yìí tó gbára lé firmware %1 nínú àkójọ; a ń kọ ẹ̀yà náà sínú ìjábọ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="119"/>
        <source>Whether a feature of this inverter depends on its firmware is unknown — see its manual. The version is recorded in the report; BankScope plans the safe topology.</source>
        <translation>A kò mọ̀ bóyá iṣẹ́ kankan ti inverter yìí gbára lé firmware rẹ̀ — ẹ wo ìwé ìtọ́sọ́nà rẹ̀. A ń kọ ẹ̀yà náà sínú ìjábọ̀; BankScope ń ṣètò ọ̀nà tó ní ààbò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="129"/>
        <source>Enter the firmware version: for the %1 the catalogue says what it can do with several BMSs depends on it.</source>
        <translation>Ẹ tẹ ẹ̀yà firmware: fún %1, àkójọ sọ pé ohun tí ó lè ṣe pẹ̀lú ọ̀pọ̀ BMS gbára lé e.</translation>
    </message>
</context>
<context>
    <name>FreezeFrameModel</name>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="54"/>
        <source>none</source>
        <translation type="unfinished">kò sí</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="82"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="104"/>
        <source>%1 (unit: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="106"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="120"/>
        <source>Pack / view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="122"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="124"/>
        <source>Before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="124"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="126"/>
        <source>At (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="126"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="128"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineBar</name>
    <message>
        <location filename="../ui/headlinebar.cpp" line="19"/>
        <source>Bank headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="63"/>
        <location filename="../ui/headlinebar.cpp" line="113"/>
        <location filename="../ui/headlinebar.cpp" line="144"/>
        <source>SOC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="65"/>
        <location filename="../ui/headlinebar.cpp" line="124"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="65"/>
        <location filename="../ui/headlinebar.cpp" line="122"/>
        <source>discharging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="66"/>
        <location filename="../ui/headlinebar.cpp" line="130"/>
        <source>%1 of %2 packs online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="67"/>
        <location filename="../ui/headlinebar.cpp" line="204"/>
        <source>Errors: %1 · Warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="114"/>
        <source>Bank state of charge in %: the capacity-weighted mean of the online packs&apos; own SOC, from BankScope&apos;s readings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="118"/>
        <source>Bank voltage in V: the mean of the online packs (they share one bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="121"/>
        <source>charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="123"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="126"/>
        <source>Bank current in A: the sum of the online packs&apos; currents (+ charge, − discharge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="130"/>
        <source>No pack heard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="135"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="136"/>
        <source>No pack has answered or been heard on the links yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="137"/>
        <source>Every configured pack reports fresh data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="146"/>
        <source>CVL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="148"/>
        <source>CCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="150"/>
        <source>DCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="155"/>
        <source>Inverter: nothing known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="156"/>
        <source>No pack and no inverter link has been heard yet: see the link&apos;s state in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="161"/>
        <source>&lt;b&gt;No BMS data&lt;/b&gt; — inverter guesses &lt;b&gt;%1&lt;/b&gt; from voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="164"/>
        <source> (packs hold %1, %2 points off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="169"/>
        <source>&lt;b&gt;No BMS data&lt;/b&gt; reaches the inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="171"/>
        <source>The master (or aggregator) is lost or its link to the inverter is silent: the inverter runs on its own voltage reading. See the Inverter page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="185"/>
        <source>Inverter is told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="185"/>
        <source> — ≠ differs from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="186"/>
        <source>Decoded from what the master sends the inverter (%1). The Inverter page compares it field by field with what it should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="191"/>
        <source>Inverter can see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="192"/>
        <source>No link to the inverter is decoded: this is what the architecture (%1) lets it see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="205"/>
        <source>Findings of the aggregation; all of them are on the Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="44"/>
        <source>a lone hex digit before position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="51"/>
        <source>not a hex digit at position %1: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="64"/>
        <source>odd number of hex digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverterEmulator</name>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="21"/>
        <source>no BMS data: battery not used (communication fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="29"/>
        <source>charge limited to %1 A by the BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="33"/>
        <source>discharge limited to %1 A by the BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="38"/>
        <source>protection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverterPage</name>
    <message>
        <location filename="../ui/inverterpage.cpp" line="49"/>
        <source>When the inverter receives nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="52"/>
        <source>What a single master hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="63"/>
        <source>How the packs reach the inverter. Decides what the inverter can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="68"/>
        <source>How the bank&apos;s CCL and DCL are made from the packs&apos; own limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="73"/>
        <source>When a pack&apos;s protection becomes a protection of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="82"/>
        <source>&amp;Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="83"/>
        <source>&amp;Current limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="84"/>
        <source>&amp;Faults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="89"/>
        <source>What the inverter should see, can see and is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="112"/>
        <source>Current sharing: when the generator starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="119"/>
        <source>A constant discharge current of the whole bank, in A (the evening load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="125"/>
        <source>The SOC at which the inverter starts the generator (its setting), in %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="127"/>
        <source>&amp;Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="128"/>
        <source>&amp;Generator starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="218"/>
        <source>&lt;b&gt;The inverter receives no BMS data.&lt;/b&gt; BankScope has no voltage from any pack either, so it cannot say what the inverter guesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="220"/>
        <source>No pack has reported a voltage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="223"/>
        <source>%1 cells in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="223"/>
        <source>cell count guessed from the voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="224"/>
        <source>bus %1 V, %2, LiFePO4 rest curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="227"/>
        <source> BankScope has lost the packs too: these are their last readings, %1 old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="232"/>
        <source>The packs hold %1: the guess happens to be right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="233"/>
        <source>The packs hold %1 (coulomb-counted): the guess is &lt;b&gt;%2 points %3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="235"/>
        <source>too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="235"/>
        <source>too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="238"/>
        <source>&lt;b&gt;The inverter receives no BMS data.&lt;/b&gt; It guesses the SOC from the battery voltage alone: &lt;b&gt;about %1&lt;/b&gt; (%2). %3%4 Under load or charge the voltage is off by I×R, so the inverter may cut off or start the generator at the wrong moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="243"/>
        <source>The inverter receives BMS data. If it lost it now, it would guess about %1 from the voltage (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="254"/>
        <source>Not a single-master bank: the inverter&apos;s values come from an aggregate (the master&apos;s or the GX&apos;s). Any difference shows in the table above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="262"/>
        <source>&lt;b&gt;The master %1 is not online:&lt;/b&gt; the inverter sees nothing at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="265"/>
        <source>SOC: the inverter sees &lt;b&gt;%1&lt;/b&gt; (%2&apos;s own count); the bank holds %3 — %4 points apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="271"/>
        <source>Weakest cell it cannot see: &lt;b&gt;%1 cell %2 at %3 mV&lt;/b&gt;; it sees %4 mV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="275"/>
        <source>Weakest cell it cannot see: &lt;b&gt;%1 cell %2 at %3 mV&lt;/b&gt;; it sees no cell voltages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="280"/>
        <source>Weakest cell: the inverter sees it (it is in the master).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="286"/>
        <source>Faults it cannot see: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="287"/>
        <source>&lt;b&gt;Faults it cannot see: %1.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="338"/>
        <source>No prediction: no online pack reports its SOC now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="344"/>
        <source>No prediction: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="351"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="352"/>
        <source>Measured sharing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="353"/>
        <source>Sharing not measurable now (the bank current is under 1 A or packs push current into each other); assumed by capacity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="357"/>
        <source>the master&apos;s own SOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="358"/>
        <source>the bank&apos;s SOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="361"/>
        <source>At %1 the inverter starts the generator &lt;b&gt;in %2&lt;/b&gt;, when %3 reads %4; the bank then still holds &lt;b&gt;%5&lt;/b&gt; (%6 Ah, &lt;b&gt;%7 kWh&lt;/b&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="367"/>
        <source>At %1 the bank &lt;b&gt;empties in %2&lt;/b&gt; before %3 reaches %4: &lt;b&gt;the generator never starts in time&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="372"/>
        <source>On the way %1 cut off (their BMS disconnects) and the others carry the load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InverterSettingsPage</name>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="37"/>
        <source>Inverter settings</source>
        <translation>Ìṣètò inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="38"/>
        <source>Where to go in the inverter&apos;s menu and what to select, and what to set on the battery&apos;s port.</source>
        <translation>Ibi tí ẹ ó lọ nínú menu inverter àti ohun tí ẹ ó yàn, àti ohun tí ẹ ó ṣètò lórí port bátìrì.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="47"/>
        <source>not recorded</source>
        <translation>a kò kọ ọ́ sílẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="48"/>
        <source>On</source>
        <translation>Ó wà ní títàn</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="49"/>
        <source>Off</source>
        <translation>Ó wà ní pípa</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="51"/>
        <source>Set on the inverter (and on the battery&apos;s port in the vendor&apos;s app) as above</source>
        <translation>A ti ṣètò rẹ̀ lórí inverter (àti lórí port bátìrì nínú app olùtajà) bí ó ṣe wà lókè</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="59"/>
        <source>On the inverter</source>
        <translation>Lórí inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="61"/>
        <source>Menu path:</source>
        <translation>Ọ̀nà menu:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="62"/>
        <source>Select:</source>
        <translation>Ẹ yan:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="63"/>
        <source>Link:</source>
        <translation>Ìsopọ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="64"/>
        <source>It expects:</source>
        <translation>Ohun tí ó ń retí:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="66"/>
        <source>On the battery&apos;s port</source>
        <translation>Lórí port bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="69"/>
        <source>BankScope writes no BMS setting: what this asks for on the battery, set in the vendor&apos;s app.</source>
        <translation>BankScope kì í kọ ìṣètò BMS kankan: ohun tí èyí ń béèrè lórí bátìrì, ẹ ṣètò rẹ̀ nínú app olùtajà.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="73"/>
        <source>When BMS data stops</source>
        <translation>Tí data BMS bá dúró</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="75"/>
        <source>The inverter:</source>
        <translation>Inverter náà:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="77"/>
        <source>Set on this site to:</source>
        <translation>A ṣètò rẹ̀ níbí sí:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="107"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, láti %2 sí %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="108"/>
        <source>unknown — see the inverter&apos;s manual</source>
        <translation>a kò mọ̀ — ẹ wo ìwé ìtọ́sọ́nà inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="126"/>
        <source> every %1 s</source>
        <translation> ní gbogbo %1 s</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="138"/>
        <source>whether it sends a keep-alive is not in the sources</source>
        <translation>àwọn orísun kò sọ bóyá ó ń rán keep-alive</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="140"/>
        <source>it sends no keep-alive</source>
        <translation>kì í rán keep-alive</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="142"/>
        <source>its keep-alive %1 answers each 0x356</source>
        <translation>keep-alive rẹ̀ %1 ń dáhùn 0x356 kọ̀ọ̀kan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="144"/>
        <source>its keep-alive %1 is periodic</source>
        <translation>keep-alive rẹ̀ %1 ń wá déédéé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="145"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="157"/>
        <source>%1. %2 Decide it deliberately: it decides whether losing the master stops this site.</source>
        <translation>%1. %2 Ẹ pinnu rẹ̀ pẹ̀lú ìmọ̀: òun ló ń pinnu bóyá pípàdánù master yóò dá ibi iṣẹ́ yìí dúró.</translation>
    </message>
</context>
<context>
    <name>InverterViewModel</name>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="53"/>
        <source>none</source>
        <translation type="unfinished">kò sí</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="103"/>
        <source>%1 cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="104"/>
        <source>%1 sensor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="108"/>
        <source>%1 (highest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="109"/>
        <source>%1 (lowest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="116"/>
        <source>No online pack reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="125"/>
        <source>%1 = capacity-weighted mean of %2 (%3 Ah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="127"/>
        <source>%1 = capacity-weighted mean of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="130"/>
        <source>%1 = mean of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="132"/>
        <source>%1 = sum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="145"/>
        <source>%1 = %2 cell %3, lowest of %4 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="146"/>
        <source>%1 = %2 cell %3, highest of %4 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="147"/>
        <source>%1 = %2 sensor %3, lowest of %4 sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="148"/>
        <source>%1 = %2 sensor %3, highest of %4 sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="150"/>
        <source>%1 = %2, lowest of %3 packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="151"/>
        <source>%1 = %2, highest of %3 packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="157"/>
        <source>%1 = %2 packs × %3, weakest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="163"/>
        <source>No pack is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="163"/>
        <source>%1 = %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="165"/>
        <source>%1 = %2&apos;s own value (the master&apos;s, nothing aggregated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="170"/>
        <source>%1 as reported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="221"/>
        <source>✗ receives nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="224"/>
        <source>≠ can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="226"/>
        <source>≠ is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="227"/>
        <source>✓ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="234"/>
        <source>The inverter receives no BMS data (the master or aggregator is offline). It falls back to its own voltage reading; see the fallback panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="239"/>
        <source>The inverter can see other alarms than the packs raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="241"/>
        <source>The master tells the inverter other protections than the packs raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="242"/>
        <source>What the inverter can see and is told matches the packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="249"/>
        <source>It can see %1 but should see %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="253"/>
        <source>It cannot see this value at all in a %1 bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="258"/>
        <source>It is told %1 but should see %2 (%3); compared at the wire&apos;s resolution of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="264"/>
        <source>Should see, can see and is told agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="265"/>
        <source>Should see and can see agree; nothing told to the inverter is decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="309"/>
        <source>From the packs&apos; own alarm flags under the rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="311"/>
        <source>What the inverter can see given the architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="313"/>
        <source>Decoded from the master&apos;s messages to the inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="313"/>
        <source>No inverter link is decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="326"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="329"/>
        <source>No pack raises any (rule: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="331"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="337"/>
        <source>Protections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="337"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="344"/>
        <location filename="../ui/inverterviewmodel.cpp" line="426"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="376"/>
        <source>Unit: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="381"/>
        <source>Computed by BankScope from the packs&apos; own readings (rule: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="385"/>
        <source>The inverter receives no BMS data and guesses the SOC from the bus voltage alone (%1 on a LiFePO4 rest curve%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="388"/>
        <source>, the last voltage BankScope heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="389"/>
        <source>The packs hold %1: the guess is %2 points off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="395"/>
        <source>The inverter receives no BMS data (master or aggregator offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="396"/>
        <source>What a %1 bank lets the inverter see. Rule: %2. From: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="402"/>
        <source>No link to the inverter is decoded (or it has been silent for 5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="403"/>
        <source>Decoded from what the master sends the inverter on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="405"/>
        <source>The master&apos;s messages do not carry this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="409"/>
        <source>Rule: %1. Set by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="425"/>
        <source>≈ %1 from voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="445"/>
        <source>What the core computes from every online pack under the current rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="447"/>
        <source>What the inverter can see given how the bank is wired (the architecture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="449"/>
        <source>What the master actually sends the inverter, decoded from its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="451"/>
        <source>✓ matches, ≠ differs, ✗ nothing reaches the inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="460"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="462"/>
        <source>Inverter should see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="464"/>
        <source>Inverter can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="466"/>
        <source>Inverter is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="468"/>
        <source>Check</source>
        <translation type="unfinished">Àyẹ̀wò</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="470"/>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JkLegacy</name>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="62"/>
        <source>a JK-B frame starts 4E 57</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="64"/>
        <source>a JK-B frame has at least %1 bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="68"/>
        <source>length mismatch: LEN says %1 bytes in all, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="71"/>
        <source>end mark 0x68 missing before the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="76"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="127"/>
        <source>cell list 0x79 without its length byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="131"/>
        <source>cell list length %1 is not a multiple of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="135"/>
        <source>unknown data ID 0x%1 at INFO offset %2: its size is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="139"/>
        <source>data ID 0x%1 needs %2 bytes, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JkPb</name>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="42"/>
        <source>CRC mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="63"/>
        <source>fragment: a record cut short after %1 of its 300 bytes (capture stopped mid-frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="74"/>
        <location filename="../protocols/codecs/streamdecoder.cpp" line="48"/>
        <source>fragment: no record header (capture started or stopped mid-frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="80"/>
        <source>a Modbus RTU frame has at least 5 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="85"/>
        <source>an exception reply has 5 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="105"/>
        <source>FC03 frame of %1 bytes is neither a request (8) nor a reply (5 + byte count %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="120"/>
        <source>FC16 request says %1 data bytes, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="131"/>
        <source>FC16 writes %1 registers but carries %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="135"/>
        <source>FC16 frame of %1 bytes is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="138"/>
        <source>Modbus function 0x%1 is not used by JK-PB (only 0x03 and 0x10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="180"/>
        <source>a JK record starts 55 AA EB 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="182"/>
        <location filename="../protocols/codecs/jkpb.cpp" line="184"/>
        <source>a JK record has 300 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="189"/>
        <source>checksum mismatch: record says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="195"/>
        <source>record type %1 is not 1 (settings), 2 (status) or 3 (about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="215"/>
        <source>a record reply has 310 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="227"/>
        <source>expected the 8-byte FC16 ACK after the record, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="232"/>
        <source>the bytes after the record are not an FC16 ACK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../protocols/links/link.cpp" line="39"/>
        <source>the SLCAN adapter did not tell its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="40"/>
        <source>SLCAN adapter version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="42"/>
        <source>the SLCAN adapter refused &apos;L&apos; (listen-only); it took the CANable 2.0 silent mode &apos;M1&apos; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="45"/>
        <source>%1 is not in listen-only mode: its controller acknowledges frames and may send error frames on the bus. To listen strictly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="49"/>
        <source>%1 runs at %2 bit/s, not the %3 asked for: the bit rate belongs to the interface (ip link), BankScope does not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="53"/>
        <source>cannot read the state of %1 (%2): check that it is listen-only (ip -details link show %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="57"/>
        <source>%1 is a virtual CAN interface: no controller, nothing to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="59"/>
        <source>the %1 plugin&apos;s interface owns its bit rate: %2 bit/s is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="62"/>
        <source>the %1 plugin has no listen-only setting: BankScope sends nothing, but the adapter&apos;s controller acknowledges frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="126"/>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="128"/>
        <source>Cannot open the adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="130"/>
        <source>The adapter refused a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="132"/>
        <source>Reading from the adapter failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="134"/>
        <source>Writing to the adapter failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="136"/>
        <source>The adapter was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="138"/>
        <source>The adapter reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="140"/>
        <source>Unknown adapter error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkChip</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="217"/>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="30"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="31"/>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="32"/>
        <source>listening first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="33"/>
        <source>listening only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="34"/>
        <source>polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="35"/>
        <source>replaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="36"/>
        <source>replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="37"/>
        <source>replay ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="38"/>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="39"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="40"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStatusBar</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="256"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStatusText</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="39"/>
        <source>listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="41"/>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="43"/>
        <source>emulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="54"/>
        <source>%1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="56"/>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="57"/>
        <source>%1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="64"/>
        <source>listening first, %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="66"/>
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="69"/>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="78"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="82"/>
        <source>%1 frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="83"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="83"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="92"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="96"/>
        <source>the adapter went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="97"/>
        <source>%1: %2 — reconnecting in %3 s; plug it back in and BankScope carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="105"/>
        <source> (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="106"/>
        <source>no protocol chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="107"/>
        <source>%1: bytes arrive but no valid frames: wrong baud or protocol?%2 Check the speed and the protocol, or swap the A and B wires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="123"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="124"/>
        <source>Role: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="126"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="128"/>
        <source>Listening before it may poll: %1 s left; BankScope stays silent if anyone else talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="131"/>
        <source>Heard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="132"/>
        <source>%1 frames (%2 frames/s), %3 bytes received, %4 bytes sent, %5 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="140"/>
        <source>File time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="142"/>
        <source>%1 unreadable lines, the first on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="181"/>
        <source> UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="183"/>
        <source>%1:%2:%3.%4 from the file&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../ui/linkspage.cpp" line="31"/>
        <source>Problems &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="32"/>
        <location filename="../ui/linkspage.cpp" line="122"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="37"/>
        <source>Statistics per address and CAN id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="47"/>
        <location filename="../ui/linkspage.cpp" line="90"/>
        <source>Raw traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="71"/>
        <source>Filter: link, address, CAN id, bytes or decoded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="73"/>
        <source>Traffic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="76"/>
        <source>Stop adding rows to look at them. Traffic is still counted and decoded; what the log no longer holds when you resume is counted as not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="80"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="81"/>
        <source>Empty the view (the statistics above are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="94"/>
        <source>Per address and CAN id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="105"/>
        <source>This source reports no link statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="122"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="134"/>
        <source>Paused. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="136"/>
        <source>Every row shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="138"/>
        <source>%1 rows not shown: they came faster than the view shows them, or while it was paused (%2 shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="141"/>
        <source>The statistics above count every unit; only the raw view skips rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInference::Verdict</name>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="48"/>
        <source>a BankScope recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="48"/>
        <source>a candump log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="51"/>
        <source>candump screen output without time stamps (every frame at time 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="52"/>
        <source>candump screen output (time stamps: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="55"/>
        <source>a SavvyCAN CSV log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="58"/>
        <source>a Vector ASC log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="61"/>
        <source>frames written one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="66"/>
        <source>serial traffic read as %1 (%2 valid frames in its first part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="69"/>
        <source>serial traffic in which no protocol finds a valid frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="73"/>
        <source>CAN frames read as %1 (dialect not told by the first frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="74"/>
        <source>CAN frames read as %1, dialect %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="76"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="118"/>
        <source>longer than %1 bytes: not a line of a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="135"/>
        <source>%1 (the file ends inside this line: cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackBank</name>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="23"/>
        <location filename="../protocols/sim/loopbackbank.cpp" line="138"/>
        <source>ADR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="25"/>
        <source>RTN 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="27"/>
        <source>%1 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="29"/>
        <source>%1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="31"/>
        <source>SOC %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="33"/>
        <source>CCL %1 A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="35"/>
        <source>firmware %1</source>
        <translation type="unfinished">firmware %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>BankScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Commission a bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Link problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Replay a BankScope recording, a candump log, a Vector ASC or a SavvyCAN CSV into every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Record every link&apos;s traffic to a file, to replay or send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Pause replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Print a commissioning report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Open a saved commissioning plan and preview, print or export its report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Save a support &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>One ZIP for a vendor&apos;s service desk: plan, recording, findings, freeze-frames, firmware, cell voltages; nothing is sent anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>The Events page: filter by pack; every other page: the raw traffic filter of the Links page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Pick the adapters, protocol, speed and role; the last connection is offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Auto-detect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Listen to an adapter at every speed and find the protocol; never transmits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Print a &amp;failover card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Open a saved commissioning plan and preview, print or export the site&apos;s failover card, in the site owner&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Diagnose a communication fault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Why does the inverter say &quot;BMS communication fault&quot;? Reads a recording of the link; never transmits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Adapters in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;About BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Every pack and the bank&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>One pack: cells, temperatures, trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Every cell of the bank in one map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Inverter</source>
        <translation type="unfinished">Inverter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>What the inverter should see, can see and is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Alarms and events with freeze-frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Link health and raw traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>REPLAY of %1 — no event read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>REPLAY of %1 — file time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source> (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>More in Help › Adapters in the field (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Resume replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>File time —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>File time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>● Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="531"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="561"/>
        <source>%1 — BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source> — recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>Recordings (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>BankScope recordings (*.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Open a commissioning plan</source>
        <translation type="unfinished">Ṣí ètò ìfisíṣẹ́ kan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Commissioning plans (*.json)</source>
        <translation type="unfinished">Àwọn ètò ìfisíṣẹ́ (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>Open a recording to diagnose</source>
        <translation type="unfinished">Ṣí àkọsílẹ̀ kan láti wá àṣìṣe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>Recordings and CAN logs (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="664"/>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>Print a commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="665"/>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>This plan cannot be opened:
%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>Print a failover card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>The window&apos;s language changes at the next start of BankScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>A dark palette for a dim plant room; the light one reads better in sunlight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualCheckDialog</name>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="18"/>
        <source>Record a check by hand</source>
        <translation>Kọ àyẹ̀wò tí ẹ fi ọwọ́ ṣe sílẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="20"/>
        <source>Next step: %1</source>
        <translation>Ìgbésẹ̀ tó kàn: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="24"/>
        <source>Checked by hand: as it should be</source>
        <translation>A yẹ̀ ẹ́ wò pẹ̀lú ọwọ́: ó wà bí ó ṣe yẹ</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="25"/>
        <source>Checked by hand: a problem was found</source>
        <translation>A yẹ̀ ẹ́ wò pẹ̀lú ọwọ́: a rí ìṣòro kan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="28"/>
        <source>What you looked at and what you found, e.g. “ALM LED off on all units, RUN flashing”</source>
        <translation>Ohun tí ẹ wò àti ohun tí ẹ rí, fún àpẹẹrẹ “iná ALM kú lórí gbogbo bátìrì, RUN ń ṣẹ́jú”</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="29"/>
        <source>Note</source>
        <translation>Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="31"/>
        <source>e.g. IMG_2041.jpg</source>
        <translation>fún àpẹẹrẹ IMG_2041.jpg</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="34"/>
        <source>&amp;Result:</source>
        <translation>À&amp;bájáde:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="35"/>
        <source>&amp;Note:</source>
        <translation>Àkọ&amp;sílẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="36"/>
        <source>&amp;Photo reference:</source>
        <translation>Nọ́mbà &amp;fọ́tò:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="38"/>
        <source>Record</source>
        <translation>Kọ ọ́ sílẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="42"/>
        <source>A note is needed: what did you check, and what did you find?</source>
        <translation>A nílò àkọsílẹ̀: kí ni ẹ yẹ̀ wò, kí sì ni ẹ rí?</translation>
    </message>
</context>
<context>
    <name>MonitorVerificationSource</name>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="33"/>
        <source>%1 (BankScope polls)</source>
        <translation>%1 (BankScope ń béèrè)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="33"/>
        <source>%1 (BankScope listens)</source>
        <translation>%1 (BankScope ń fetí sílẹ̀)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="35"/>
        <source>The bank in this window: %n pack(s) configured</source>
        <translation>
            <numerusform>Bank inú fèrèsé yìí: bátìrì %n tí a ṣètò</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="37"/>
        <source>, heard on %1</source>
        <translation>, a gbọ́ ọ lórí %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="40"/>
        <source>This source reads no serial numbers, so the checks that match readings by serial say &quot;not measured&quot;.</source>
        <translation>Orísun yìí kì í ka nọ́mbà serial, nítorí náà àwọn àyẹ̀wò tó ń so kíkà mọ́ serial yóò sọ pé &quot;a kò wọ̀n ọ́n&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="48"/>
        <source>The window shows no bank: connect to one first.</source>
        <translation>Fèrèsé náà kò fi bank kankan hàn: ẹ kọ́kọ́ so mọ́ ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../core/verificationcollector.cpp" line="242"/>
        <source>the BMS on %1</source>
        <translation>BMS tó wà lórí %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verificationcollector.cpp" line="249"/>
        <source>another master (%n request(s) BankScope did not send)</source>
        <translation>
            <numerusform>master mìíràn (ìbéèrè %n tí BankScope kò rán)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="13"/>
        <source>Add step</source>
        <translation>Fi ìgbésẹ̀ kún un</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="14"/>
        <source>Remove</source>
        <translation>Yọ kúrò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="15"/>
        <source>Up</source>
        <translation>Sókè</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="16"/>
        <source>Down</source>
        <translation>Sísàlẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="18"/>
        <source>Step</source>
        <translation>Ìgbésẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="18"/>
        <source>Breaker or switch label</source>
        <translation>Àmì breaker tàbí switch</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="23"/>
        <source>One step per row, in order; the second column is the label on the breaker or switch the step names. Insert adds a step, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Ìgbésẹ̀ kan ní ìlà kọ̀ọ̀kan, ní ṣísẹ̀-n-tẹ̀lé; òpó kejì ni àmì breaker tàbí switch tí ìgbésẹ̀ náà dárúkọ. Insert ń fi ìgbésẹ̀ kún un, Delete ń yọ ọ́ kúrò, Alt+Up àti Alt+Down ń gbé e.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="29"/>
        <source>Add a step after the selected one (Insert)</source>
        <translation>Fi ìgbésẹ̀ kún un lẹ́yìn èyí tí a yàn (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="30"/>
        <source>Remove the selected step (Delete)</source>
        <translation>Yọ ìgbésẹ̀ tí a yàn kúrò (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="31"/>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Gbé ìgbésẹ̀ tí a yàn sókè (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="32"/>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Gbé ìgbésẹ̀ tí a yàn sísàlẹ̀ (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53"/>
        <source>Packs of the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="59"/>
        <source>Click a column&apos;s header to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="66"/>
        <location filename="../ui/overviewpage.cpp" line="76"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="75"/>
        <source>Packs (double-click or Enter for cells and trends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackCondition</name>
    <message>
        <location filename="../core/packstate.cpp" line="17"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="18"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="19"/>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="21"/>
        <source>Not answering (master reports RTN 0x91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="22"/>
        <source>No answer (time-outs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="23"/>
        <source>Checksum errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="24"/>
        <source>Another master on the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="25"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../ui/packpage.cpp" line="62"/>
        <location filename="../ui/packpage.cpp" line="123"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="63"/>
        <source>Lowest of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="64"/>
        <source>Highest of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="68"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="82"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="85"/>
        <source>Trend time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="86"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="87"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="88"/>
        <source>Whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="89"/>
        <source>The history is kept in fixed memory: the last hour sample by sample (one a second), the whole session merged into 2048 spans that keep each span&apos;s lowest and highest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="98"/>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="103"/>
        <source>&amp;Trend window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="122"/>
        <source>mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="130"/>
        <source>Cell voltages of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="146"/>
        <source>Cell %1: %2 mV (%3 from the pack mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="151"/>
        <source>The lowest cell of this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="153"/>
        <source>The highest cell of this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="154"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="180"/>
        <source>Temperatures of the pack by sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="181"/>
        <source>Every temperature sensor the BMS reports, in °C, in its own order (sensor 1 first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="189"/>
        <source>Cell voltages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="190"/>
        <source>Temperatures by sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="211"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="335"/>
        <source>peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="336"/>
        <source>master</source>
        <translation type="unfinished">master</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="337"/>
        <source>slave</source>
        <translation type="unfinished">slave</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="338"/>
        <source>%1, %2, %3 Ah, address %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="342"/>
        <source>state: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="344"/>
        <source>SOC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="356"/>
        <source>alarms: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="359"/>
        <source>firmware %1</source>
        <translation type="unfinished">firmware %1</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="415"/>
        <source>▼ Lowest: cell %1, %2 mV · ▲ Highest: cell %3, %4 mV · spread %5 mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="422"/>
        <source>This BMS reports only its lowest (%1 mV) and highest (%2 mV) cell, not each cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="426"/>
        <source>No cell voltages received from this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="430"/>
        <source>Balancer: active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="430"/>
        <source>Balancer: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="433"/>
        <source>Balancing: not carried by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="452"/>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="457"/>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="461"/>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackStateClassifier</name>
    <message>
        <location filename="../core/packstate.cpp" line="118"/>
        <source>Last reading %1 s ago (stale after %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="120"/>
        <source>No reading received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="123"/>
        <source>Link: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="125"/>
        <source>Requests %1, answers %2, time-outs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="130"/>
        <source>Frames received: %1 (nothing is sent to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="132"/>
        <source>Checksum errors %1, framing errors %2; the last %3 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="137"/>
        <source>The master answered RTN 0x91 (cannot reach this module) %1 times; the last %2 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="141"/>
        <source>Another master was heard on this bus: %1 requests BankScope did not send; the last %2 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="146"/>
        <source>The link marked it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="152"/>
        <source>%1 requests BankScope did not send were heard on %2; the last %3 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="158"/>
        <source>%1 checksum and %2 framing errors on %3; the last %4 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="169"/>
        <source>Reporting; last reading %1 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="175"/>
        <source>Nothing received from it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="182"/>
        <source>The master answers for it with RTN 0x91 (cannot reach this module): check its link cable, address switches and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="193"/>
        <source>Its last current was %1 A: idle, and a BMS sleeps after a long idle. Over the bus a sleeping BMS cannot be told from one switched off: wake it (its button, or charge current) and watch it return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="197"/>
        <source>Silent for %1 s after answering while idle (%2 A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="204"/>
        <source>It was carrying %1 A when it went quiet, so it was not asleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="208"/>
        <source>Its requests time out (%1 so far); last reading %2 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="211"/>
        <source>The link marked it offline; last reading %1 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="215"/>
        <source>Nothing fresh for %1 s (stale after %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="113"/>
        <source>%1 (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="178"/>
        <source>none</source>
        <translation type="unfinished">kò sí</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="185"/>
        <source>Master</source>
        <translation type="unfinished">Master</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="187"/>
        <source>Slave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="189"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="197"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="221"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="231"/>
        <source>Peer-to-peer bank: every BMS reports to the aggregator itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="232"/>
        <source>From the bank configuration: the master is the pack wired to the inverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="234"/>
        <source>Bus address from the bank configuration (Pylontech ADR, JK DIP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="236"/>
        <source>Firmware as the pack reports it (Pylontech 0x96, JK device info, CAN 0x35F); empty until read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="238"/>
        <source>Time since the newest value of this pack arrived; stale after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="242"/>
        <source>No alarm information received from this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="243"/>
        <source>Protections and warnings the pack&apos;s BMS reports. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="251"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="253"/>
        <source>Double-click (or Enter) for the pack&apos;s cells and trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="260"/>
        <source>%1: no reading from this pack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="263"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="269"/>
        <location filename="../ui/packtablemodel.cpp" line="270"/>
        <source>cell %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="271"/>
        <source>highest minus lowest of %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="273"/>
        <source>the BMS reports only its lowest and highest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="276"/>
        <location filename="../ui/packtablemodel.cpp" line="288"/>
        <source>%1: %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="281"/>
        <source>▼ The lowest cell of the whole bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="283"/>
        <source>▲ The highest cell of the whole bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="290"/>
        <source>highest of %1 sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="290"/>
        <source>as the BMS reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="378"/>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="384"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="386"/>
        <source>Role</source>
        <translation type="unfinished">Iṣẹ́ rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="388"/>
        <source>Address</source>
        <translation type="unfinished">Àdírẹ́sì</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="390"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="392"/>
        <source>SOC
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="394"/>
        <source>Voltage
V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="396"/>
        <source>Current
A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="398"/>
        <source>Cell min
mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="400"/>
        <source>Cell max
mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="402"/>
        <source>Spread
mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="404"/>
        <source>Temp max
°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="406"/>
        <source>CVL
V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="408"/>
        <source>CCL
A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="410"/>
        <source>DCL
A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="412"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="414"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="416"/>
        <source>Last
seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassiveDetector</name>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="12"/>
        <source>%1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="13"/>
        <source>%1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="263"/>
        <source>could not listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="269"/>
        <source>%1 heard at %2; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="272"/>
        <source>traffic heard that no protocol decodes (at %1): check the A/B wiring and the device&apos;s protocol setting; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="277"/>
        <source>silent at %1: nothing heard and nothing sent (--probe asks the bus, once it is known to be silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="281"/>
        <source>someone started talking while probing: probing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="284"/>
        <source>silent bus; %1 answered a probe at %2 baud (address %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="288"/>
        <source>silent bus, and no probe was answered: check power, wiring and the device&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="128"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="131"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="138"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="147"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="159"/>
        <location filename="../core/commissioningplan.cpp" line="222"/>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="163"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="175"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="186"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="191"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="195"/>
        <location filename="../core/commissioningplan.cpp" line="705"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="207"/>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="251"/>
        <source>expected &quot;documented&quot;, &quot;observed&quot; or &quot;uncertain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="266"/>
        <source>unknown mark &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="268"/>
        <source>does not match the mark [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="292"/>
        <source>expected &quot;no-maker-figure&quot;, &quot;not-found&quot; or &quot;not-in-catalogue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="296"/>
        <source>a known fact needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="307"/>
        <source>a fact needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="337"/>
        <source>a model outside the catalogue needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="343"/>
        <source>unknown battery model &apos;%1&apos; (see `bankscope-cli catalogue`; a battery outside the catalogue is &quot;other&quot; with its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="344"/>
        <source>unknown inverter model &apos;%1&apos; (see `bankscope-cli catalogue`; an inverter outside the catalogue is &quot;other&quot; with its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="370"/>
        <source>an order with steps says where it comes from: &quot;installer&quot; or &quot;catalogue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="372"/>
        <source>an order needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="694"/>
        <source>not a complete JSON document (%1 at offset %2): is the file truncated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="699"/>
        <source>expected a JSON object (a BankScope commissioning plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="702"/>
        <source>not a BankScope commissioning plan (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="707"/>
        <source>written by a newer BankScope (plan version %1); this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="758"/>
        <source>expected &quot;can&quot;, &quot;rs485&quot; or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="761"/>
        <location filename="../core/commissioningplan.cpp" line="864"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="798"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="860"/>
        <source>expected &quot;inverter&quot;, &quot;pack-bus&quot; or &quot;bankscope&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="870"/>
        <source>expected &quot;listen&quot; or &quot;poll&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1009"/>
        <source>unknown check &apos;%1&apos; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1018"/>
        <source>a check that was done needs its outcome (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1019"/>
        <source>&apos;%1&apos; is not an outcome of %2 (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1023"/>
        <source>a check that was not done has no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1033"/>
        <source>expected an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1052"/>
        <source>a plan needs at least one battery model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1054"/>
        <source>a plan needs at least one pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1056"/>
        <source>release notes can only be checked for a firmware version: enter the inverter&apos;s firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1063"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1072"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1078"/>
        <source>&apos;%1&apos; is not one of the plan&apos;s batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1082"/>
        <source>switch positions are written with 1 (ON), 0 (OFF) or ? (to match on site), switch 1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1085"/>
        <source>this model has four DIP switches: expected four positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1090"/>
        <source>the batteries list %1 × %2 but the packs hold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1103"/>
        <source>a peer-to-peer bank has no master: every BMS talks to the aggregator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1105"/>
        <source>two masters in one group: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1110"/>
        <source>a single-master bank has one master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1114"/>
        <source>group %1 has no master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1126"/>
        <source>address %1 is also %2&apos;s: two units on one bus cannot share an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1136"/>
        <source>&apos;%1&apos; is not a master of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1141"/>
        <source>&apos;%1&apos; is not a pack of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1143"/>
        <source>the stand-in &apos;%1&apos; is a master itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1153"/>
        <source>the catalogue says %1 takes one BMS: a multi-drop topology is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1155"/>
        <source>a multi-drop topology needs the inverter&apos;s firmware version and the confirmation that its release notes were checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRole</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="31"/>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="32"/>
        <source>slave</source>
        <translation>slave</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="33"/>
        <source>monitored separately</source>
        <translation>a ń wò ó lọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="34"/>
        <source>own link</source>
        <translation>ìsopọ̀ tirẹ̀</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../core/planner.cpp" line="92"/>
        <source>%1 (the port: see the inverter&apos;s manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="162"/>
        <source>&apos;other:&apos; needs the model&apos;s name, e.g. other:&quot;Felicity LPBF48100&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="171"/>
        <source>unknown battery &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="173"/>
        <location filename="../core/planner.cpp" line="193"/>
        <source> (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="174"/>
        <source>; `bankscope-cli catalogue` lists the ids, and a battery outside the catalogue is written other:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="182"/>
        <source>&apos;other:&apos; needs the model&apos;s name, e.g. other:&quot;Must PV1800&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="191"/>
        <source>unknown inverter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="194"/>
        <source>; `bankscope-cli catalogue` lists the ids, and an inverter outside the catalogue is written other:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="219"/>
        <source>name at least one battery model and its count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="221"/>
        <source>release notes can only be checked for a firmware version: enter the inverter&apos;s firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="231"/>
        <source>a count of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="240"/>
        <source>unknown battery model &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="243"/>
        <source>%1 cannot share a bank with %2: they are different families and do not talk to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="250"/>
        <source>a bank cannot mix catalogued batteries with one outside the catalogue: BankScope cannot tell whether they share a bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="252"/>
        <source>%1 packs: BankScope plans banks of up to 64 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="258"/>
        <source>unknown inverter model &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="261"/>
        <source>an inverter outside the catalogue needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="413"/>
        <source>%1 BMS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="445"/>
        <source>%1 modules need %2 groups of at most %3; the ADD switch sets groups 1 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="497"/>
        <source>%1 Link 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="497"/>
        <source>%1 Link 0, then each Link 1 to the next Link 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="516"/>
        <location filename="../core/planner.cpp" line="522"/>
        <location filename="../core/planner.cpp" line="550"/>
        <source>laptop (USB-RS485 adapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="516"/>
        <location filename="../core/planner.cpp" line="634"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="519"/>
        <location filename="../core/planner.cpp" line="554"/>
        <location filename="../core/planner.cpp" line="583"/>
        <location filename="../core/planner.cpp" line="637"/>
        <source>laptop (USB-CAN adapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="519"/>
        <location filename="../core/planner.cpp" line="522"/>
        <location filename="../core/planner.cpp" line="554"/>
        <location filename="../core/planner.cpp" line="583"/>
        <source>the inverter link (a tap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="528"/>
        <source>%1 packs: the DIP switch gives addresses 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="548"/>
        <source>P1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="548"/>
        <source>every pack&apos;s RS485-2, chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="550"/>
        <source>the pack bus (RS485-2): listen only, the DIP-0 master polls there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="558"/>
        <source>%1 modules: one BMU takes up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="579"/>
        <source>BMU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="580"/>
        <source>the battery modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="634"/>
        <source>its own CAN port of the %1, profile set to CAN-bus BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="637"/>
        <source>%1&apos;s link to the GX (a tap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="642"/>
        <source>every pack, on one bus (the port: see the inverter&apos;s manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="642"/>
        <source>every pack&apos;s %1, on one bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="645"/>
        <location filename="../core/planner.cpp" line="650"/>
        <location filename="../core/planner.cpp" line="654"/>
        <source>laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="645"/>
        <source>the inverter&apos;s bus: listen only, the inverter polls there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="650"/>
        <source>the inverter link (a tap): listen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="655"/>
        <source>each other pack&apos;s own port, one at a time (or on a shared JK Modbus bus at its address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="656"/>
        <source>each other BMS&apos;s own CAN port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="696"/>
        <source>%1 is not in the catalogue: every value BankScope would fill in for it says &quot;unknown — see its manual&quot;. BankScope plans the safe topology: one cable from the inverter to one BMS, the others monitored separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="699"/>
        <source>%1 is not in the catalogue: its battery-type menu, the setting, what it expects on the wire and what it does when the BMS goes quiet are &quot;unknown — see its manual&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="702"/>
        <source>The catalogue has no battery-type setting of %1 for %2: see the inverter&apos;s manual and its approved-battery list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="704"/>
        <source>Decide %1 (%2) deliberately and record it: it decides whether losing the master stops this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="706"/>
        <source>Mixed models: the newest or largest model goes at the head of the chain as master; here a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="708"/>
        <source>Mixed models (%1): no source says which goes at the head. The plan keeps the order given (%2 first); confirm with the maker before cabling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="711"/>
        <source>How many %1 modules one group takes is not in the sources: see its manual before cabling more than a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="713"/>
        <source>The plan keeps at most %1 modules per group, a figure not confirmed for the %2: check its manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="715"/>
        <source>The bank is split into %1 groups of at most %2 modules; each group has its own master, set to its group number on switches 2-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="717"/>
        <source>How several groups reach one inverter (a hub, or the inverter polling each group&apos;s master) is not in the sources: follow Pylontech&apos;s multi-group instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="720"/>
        <source>Slaves are set like their group&apos;s master. Only the master&apos;s switches 2-4 are documented; what a slave&apos;s switches do in a multi-group bank is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="722"/>
        <source>%1 polls the master at %2: the master is set to group 1 (switches 2-4 = 100) even for one tower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="724"/>
        <source>Switch 1 sets the RS485 rate (OFF 115200, ON 9600; on CAN it does nothing). On RS485 it must match the inverter&apos;s rate, which the catalogue does not give, so it is drawn as ? — set it on every module to the rate in the inverter&apos;s manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="728"/>
        <source>No switch makes a module master: the master (%1) is the module that carries the inverter cable, at the head of the link chain with its Link 0 empty. For US/UP modules this comes from integrators, not Pylontech: confirm it on the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="731"/>
        <source>Another reading says &quot;%1&quot;. No Pylontech document says so: switch 1 sets the RS485 rate. A bank set that way still runs on CAN (slave switches are ignored in one group and CAN ignores switch 1) but on RS485 the master and slaves run at different rates. Confirm the master by the inverter cable and the empty Link 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="735"/>
        <source>The DIP switch sets the pack address in binary, switch 1 first; 0000 makes the master. No JK document describes it (integrators do): restart a pack after changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="738"/>
        <source>Select the inverter protocol in the JK app on the master: %1. BankScope writes no BMS setting (JK registers 0x1108 and 0x14B2 included): what the plan wants changed, change in the vendor&apos;s app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="741"/>
        <source>Set each pack&apos;s address in the vendor&apos;s app (JK: &quot;Device Addr&quot;, once the port runs JK Modbus): P1 = 1, P2 = 2 … BankScope never writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="744"/>
        <source>Whether %1 polls several BMS addresses depends on its firmware, and the catalogue has no version for it. Without the firmware version entered and its release notes confirmed, BankScope plans the safe topology: one cable from the inverter to the master, the other BMSs monitored separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="748"/>
        <source>Every BMS on the inverter&apos;s bus: planned on the installer&apos;s confirmation that firmware %2 of %1 polls several BMS addresses (release notes checked). The catalogue cannot confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="751"/>
        <source>%1 takes one BMS: one cable from the inverter to the master, the other BMSs monitored separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="753"/>
        <source>Commissioning is complete only after the system is configured in BYD&apos;s Be Connect app with the newest firmware and fully restarted (BMU button 5 s); the BMU updates the module BMSs itself (up to 30 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="756"/>
        <source>A high-voltage bank: the master string is the one whose Link Port 0 is empty. Failover and service are for the installer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="758"/>
        <source>%1 units is more than the %2 the sources give for the %3 (a figure not confirmed for this model): check its manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="760"/>
        <source>Each BMS on its own CAN port of the GX, every port&apos;s profile set to &quot;CAN-bus BMS LV (500 kbit/s)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="762"/>
        <source>No maker gives an isolation order for this bank: enter this site&apos;s own, with the breaker labels (the failover card is not printed without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="765"/>
        <source>No maker gives a power-up order for this bank: enter this site&apos;s own, with the breaker labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="776"/>
        <source>The inverter talks to the BMU only; the BMU collects every module and reports the whole bank: its state of charge, limits and alarms. The inverter will not know which module is weak or why, and if the BMU fails it loses battery data altogether.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="778"/>
        <source>The inverter talks to the master (%1) only; the master collects every unit of its group and reports the whole bank: its state of charge, limits and alarms. The inverter will not know which unit is weak or why, and if the master fails it loses battery data altogether.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="783"/>
        <source>The inverter polls every BMS at its own address and combines them itself. It will know each pack&apos;s figures, but a BMS that stops answering simply drops out of its sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="785"/>
        <source>Every BMS reports to the GX itself and the GX tells the inverter the combined figures. If one BMS goes quiet the GX loses that battery&apos;s data and capacity; it does not know why it went quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="788"/>
        <source>The inverter hears only the master pack (%1) and takes its state of charge, limits and alarms for the whole bank. It will not know the other packs&apos; state: their charge, a weak cell or an alarm stays hidden unless BankScope or the vendor&apos;s app looks at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="799"/>
        <source>the unit cabled next in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="801"/>
        <source>the pack at DIP address 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="803"/>
        <source>the next pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="805"/>
        <source>none: a single unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="807"/>
        <source>none: the BMU is a separate box no module can replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="809"/>
        <source>none planned: the battery is not in the catalogue (see its manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="817"/>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="817"/>
        <source>%1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="819"/>
        <source>speed to match on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="821"/>
        <source>unknown — see the inverter&apos;s manual</source>
        <translation type="unfinished">a kò mọ̀ — ẹ wo ìwé ìtọ́sọ́nà inverter</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="830"/>
        <source>undocumented protocol: BankScope never talks there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="34"/>
        <source>Weakest pack x online packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="36"/>
        <source>Sum of pack limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="38"/>
        <source>Smallest pack limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="60"/>
        <source>Any pack faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="61"/>
        <source>Only when all packs fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollProtocol</name>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="79"/>
        <location filename="../protocols/links/pollprotocol.cpp" line="141"/>
        <source>%1 bytes without a frame start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="98"/>
        <location filename="../protocols/links/pollprotocol.cpp" line="261"/>
        <source>answer from address %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="151"/>
        <source>impossible frame length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="194"/>
        <source>%1 bytes without a record header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="219"/>
        <source>record from address %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="246"/>
        <source>function 0x%1 in an answer to a read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="43"/>
        <source>%1 (not in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="51"/>
        <source>The window&apos;s language changes at the next start of BankScope. Reports and failover cards are printed in the print language, whatever the window&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="55"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="56"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>Folder for commissioning plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>&amp;Window language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>&amp;Print language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Plan &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="74"/>
        <source>Window language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>Print language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="19"/>
        <source>Pylontech RS485</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="20"/>
        <source>Pylon / SMA / Victron CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="21"/>
        <source>JK-PB Modbus RTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="22"/>
        <source>JK-PB bus master (0x55AA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="23"/>
        <source>JK-B 4E57</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PylonCan</name>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="142"/>
        <source>CAN ID 0x%1 is extended (29-bit); the BMS protocol uses 11-bit IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="144"/>
        <source>remote frames carry no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="146"/>
        <location filename="../protocols/codecs/pyloncan.cpp" line="689"/>
        <source>CAN data of %1 bytes; a classic CAN frame holds at most 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="150"/>
        <source>%1 needs at least %2 data bytes, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="283"/>
        <source>CAN ID %1 is not part of the Pylon/SMA/Victron BMS protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="658"/>
        <source>&apos;%1&apos; is not a hex CAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="664"/>
        <source>CAN ID %1 is beyond 29 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="673"/>
        <source>a remote request is written ID#R or ID#R0 to ID#R8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="682"/>
        <source>no CAN ID: write ID#DATA or pass --can-id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pylontech</name>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="30"/>
        <source>cell count %1 is not 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="37"/>
        <source>temperature count %1 is more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="49"/>
        <source>user-defined item count %1 is neither 2 nor 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="57"/>
        <source>module block cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="91"/>
        <source>analog values need at least 2 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="96"/>
        <source>module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="100"/>
        <source>analog values without a module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="103"/>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="155"/>
        <source>module count mismatch: the count byte says %1, the frame holds %2 module blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="108"/>
        <source>a single-module answer holds %1 module blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="121"/>
        <source>alarm info needs at least 2 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="130"/>
        <source>module %1: cell count %2 is not 1..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="134"/>
        <source>module %1: temperature count %2 is more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="145"/>
        <source>module %1: alarm block cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="149"/>
        <source>alarm info without a module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="152"/>
        <source>%1 bytes left after the last module block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="167"/>
        <source>%1 needs %2 bytes of INFO, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="432"/>
        <source>no response layout for command 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="840"/>
        <source>CID1 0x%1 is not Pylontech lithium battery data (0x46); the frame verifies but its payload scales are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="848"/>
        <source>unknown command CID2 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="891"/>
        <source>INFO of %1 bytes fits no known response layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PylontechFrame</name>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="28"/>
        <source>empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="30"/>
        <source>frame does not start with &apos;~&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="39"/>
        <source>not a hex character at position %1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="45"/>
        <source>odd number of hex characters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="48"/>
        <source>frame too short: %1 characters, a frame has at least 16 between ~ and CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="64"/>
        <source>length mismatch: LENID says %1 INFO characters, frame has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="70"/>
        <source>length checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="82"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="97"/>
        <source>mixed upper- and lower-case hex in one frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../ui/replaybar.cpp" line="26"/>
        <source>Replay controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="44"/>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="45"/>
        <source>1× (real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="46"/>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="47"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="53"/>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="59"/>
        <source>Where the replay is in the file. Seeking needs the file&apos;s time span, not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="88"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="88"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="89"/>
        <source>Pause the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="89"/>
        <source>Play the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="95"/>
        <source>REPLAY of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="106"/>
        <source>File time: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="106"/>
        <source>File time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="108"/>
        <source>%1 (the replay has ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="116"/>
        <source>1 unreadable line: line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="117"/>
        <source>%1 unreadable lines, the first: line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="120"/>
        <source>Lines of the file that are not a frame of any format it is read as; they are counted, not replayed. Open the file at line %1 to see what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="138"/>
        <source>Where the replay is in the file, from %1 to %2. Drag, click or use the arrow keys to go elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayLink</name>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="33"/>
        <location filename="../protocols/links/replaylink.cpp" line="68"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="37"/>
        <source>%1: line 1 is longer than %2 bytes: not a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="48"/>
        <source>%1 is not a log BankScope reads (a BankScope or candump log, candump&apos;s screen output, SavvyCAN CSV or Vector ASC): line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="55"/>
        <location filename="../protocols/links/replaylink.cpp" line="76"/>
        <source>no frames in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="122"/>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="32"/>
        <source>Commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="41"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="42"/>
        <source>The report&apos;s pages as they will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="51"/>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="53"/>
        <source>The report is printed in its own language, apart from the window&apos;s: the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="58"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="59"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="60"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="73"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="74"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="75"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="75"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="97"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="100"/>
        <source>Print the report on a printer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="101"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="103"/>
        <source>Save the report as a PDF file to hand to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportdialog.cpp" line="185"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="194"/>
        <source>Print the commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="225"/>
        <source>commissioning report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="225"/>
        <source>%1 commissioning report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="244"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="250"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="250"/>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportdialog.cpp" line="253"/>
        <source>Saved %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/printing/reportprinter.cpp" line="120"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSafety</name>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="18"/>
        <source>not a Pylontech frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="34"/>
        <source>Pylontech command 0x%1 is not a read (0x94 sets limits, 0x95 turns a module off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="43"/>
        <source>not a Modbus RTU request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="49"/>
        <source>a write of %1 register(s) from 0x%2: BankScope never writes a BMS setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="53"/>
        <source>not a read request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="60"/>
        <source>not a JK-B frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="63"/>
        <source>JK-B command 0x%1 is not a read (0x02 writes, 0x05 sends the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="70"/>
        <source>BankScope sends no requests in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDecision</name>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="43"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="103"/>
        <source>not polling (another master owns this bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="104"/>
        <source>listening only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="106"/>
        <source>%1: stopped polling, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="107"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="113"/>
        <source>the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="114"/>
        <source> every %1 s</source>
        <translation type="unfinished"> ní gbogbo %1 s</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="118"/>
        <source>asked to listen: this link never transmits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="120"/>
        <source>CAN links only listen: nothing is sent on CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="122"/>
        <source>silent for %1 s: polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="124"/>
        <source>another master polls %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="127"/>
        <source>another master polls %1%2%3 in %4, not the protocol chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="131"/>
        <source>answers from %1 heard in %2 without their requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="135"/>
        <source>bytes heard (%1) that decode as no known protocol (another baud rate, A and B swapped, or another device talking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="140"/>
        <source>a request BankScope did not send%1 to %2 arrived while it polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="144"/>
        <source>bytes (%1) arrived outside the answer slot of BankScope&apos;s request to %2 while it polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="148"/>
        <source>bytes (%1) arrived before BankScope&apos;s first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="151"/>
        <source>silent, but the port cannot be opened for writing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleRequest</name>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="73"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="75"/>
        <source>listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="77"/>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../core/inverterview.cpp" line="42"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="44"/>
        <source>capacity-weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="46"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="48"/>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="50"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="52"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="54"/>
        <source>weakest pack x online packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="56"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="58"/>
        <source>master pack only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="60"/>
        <source>any pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="62"/>
        <source>all packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="64"/>
        <source>as reported on the wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="82"/>
        <source>from %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="101"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="107"/>
        <source>expected a whole number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="108"/>
        <source>expected a number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="113"/>
        <source>%1 is not a whole number: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="117"/>
        <source>%1 is out of range: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="128"/>
        <location filename="../protocols/sim/scenario.cpp" line="143"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="147"/>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="159"/>
        <source>&apos;%1&apos; is not plain ASCII text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="164"/>
        <source>&apos;%1&apos; is longer than the %2 characters of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="235"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="237"/>
        <source>expected a JSON object describing the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="247"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="253"/>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="260"/>
        <source>expected &quot;pylon-v1.2&quot; or &quot;pylontech-v1.3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="268"/>
        <source>expected one of the serial rates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="281"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="283"/>
        <source>a &quot;victron-can&quot; bank is peer-to-peer: every BMS talks to the GX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="287"/>
        <source>expected a list of 1 to %1 packs (a master and up to %2 slaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="292"/>
        <source>expected an object describing a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="302"/>
        <source>expected 1 to %1 ASCII letters, digits or signs, no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="306"/>
        <source>0x%1 is no module address: within a group modules are 2 to 15 (0x%2 to 0x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="309"/>
        <source>the Pylontech device name (0x51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="316"/>
        <source>the BMS name in 0x370/0x371</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="323"/>
        <source>the JK-B manufacturer id (0xBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="324"/>
        <source>the JK model (0x1400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="330"/>
        <source>the BMS name &apos;%1 %2&apos; is longer than the 16 characters of 0x370/0x371</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="341"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="343"/>
        <source>address %1 is used twice (use the duplicate-address fault to simulate that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="346"/>
        <source>every pack of a bank is in the master&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="361"/>
        <source>expected [seconds, amperes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="367"/>
        <source>%1 s comes before the previous point (%2 s): times must be in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="372"/>
        <source>expected &quot;demo-cycle&quot; or a list of up to %1 [seconds, amperes] points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="379"/>
        <source>expected a list of up to %1 faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="383"/>
        <source>expected an object describing a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="392"/>
        <source>%1 s is after the end of the scenario (duration_s %2): the fault would never fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="399"/>
        <source>unknown fault &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="411"/>
        <source>no pack &apos;%1&apos; in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="413"/>
        <source>a &quot;victron-can&quot; bank has no master: there is nobody to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="416"/>
        <source>%1 concerns a slave, not the master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="424"/>
        <source>the JK-B software version (0xB7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="425"/>
        <source>the JK software version (0x1418)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="429"/>
        <source>expected &quot;major.minor&quot; with each part 0 to 255 (0x35F bytes 2-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="430"/>
        <source>expected &quot;x.y.z&quot; with each part 0 to 255 (the three bytes of 0x96)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="37"/>
        <source>cannot open %1: the adapter is not plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="46"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="53"/>
        <source>%1 refused the settings %2 baud: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="74"/>
        <source>writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="107"/>
        <source>%1 went away (%2); retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="144"/>
        <location filename="../protocols/links/sessionformat.cpp" line="993"/>
        <source>time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="217"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="335"/>
        <source>not a log format BankScope reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="342"/>
        <source>the file ends without &apos;End TriggerBlock&apos; (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="353"/>
        <source>expected &apos;(time) link ID#DATA&apos; or &apos;(time) link RX|TX HEX&apos;, got %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="358"/>
        <source>bad time stamp &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="370"/>
        <source>direction must be RX or TX, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="375"/>
        <source>bad hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="382"/>
        <source>after a CAN frame only R or T (candump -x) may follow, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="386"/>
        <source>CAN frame without &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="392"/>
        <location filename="../protocols/links/sessionformat.cpp" line="517"/>
        <source>CAN ID must be 3 (standard) or 8 (extended) hex digits, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="398"/>
        <location filename="../protocols/links/sessionformat.cpp" line="539"/>
        <location filename="../protocols/links/sessionformat.cpp" line="546"/>
        <source>CAN ID %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="404"/>
        <location filename="../protocols/links/sessionformat.cpp" line="527"/>
        <source>CAN FD frames are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="413"/>
        <source>CAN data must be 0 to 8 hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="445"/>
        <source>time stamp without &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="469"/>
        <source>a time stamp where the lines before had none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="473"/>
        <source>bad time stamp &apos;(%1)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="479"/>
        <source>no time stamp where the lines before had one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="498"/>
        <source>expected &apos;interface ID [DLC] bytes&apos; (candump&apos;s screen output), got %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="505"/>
        <source>candump -x columns must read &apos;RX - -&apos; or &apos;TX B E&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="511"/>
        <source>expected a CAN ID and a length after the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="531"/>
        <source>length must read [0] to [8], got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="564"/>
        <location filename="../protocols/links/sessionformat.cpp" line="579"/>
        <location filename="../protocols/links/sessionformat.cpp" line="589"/>
        <location filename="../protocols/links/sessionformat.cpp" line="705"/>
        <location filename="../protocols/links/sessionformat.cpp" line="835"/>
        <source>bad data byte &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="595"/>
        <source>length [%1] but %2 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="605"/>
        <source>more after the %1 data bytes than candump writes: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="624"/>
        <location filename="../protocols/links/sessionformat.cpp" line="638"/>
        <source>expected SavvyCAN&apos;s header &apos;Time Stamp,ID,Extended,Dir,Bus,LEN,D1,...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="657"/>
        <source>expected %1 columns before the data bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="662"/>
        <source>bad time stamp &apos;%1&apos; (microseconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="667"/>
        <location filename="../protocols/links/sessionformat.cpp" line="805"/>
        <source>bad CAN ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="674"/>
        <source>Extended must be true or false, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="680"/>
        <source>Dir must be Rx or Tx, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="687"/>
        <source>bad bus number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="693"/>
        <source>LEN must be 0 to 8, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="698"/>
        <source>LEN %1 but %2 data columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="749"/>
        <source>&apos;base&apos; must be hex or dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="768"/>
        <source>event outside &apos;Begin Triggerblock&apos; ... &apos;End TriggerBlock&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="774"/>
        <source>bad time &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="786"/>
        <source>expected &apos;time channel id Rx|Tx d|r dlc bytes...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="791"/>
        <source>bad channel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="809"/>
        <source>direction must be Rx or Tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="813"/>
        <source>frame type must be d or r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="818"/>
        <source>missing DLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="823"/>
        <source>DLC must be 0 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="828"/>
        <source>DLC %1 but %2 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="862"/>
        <source>not an event (a comment or an empty line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1031"/>
        <source>not a CAN log or recording BankScope reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1063"/>
        <source>serial traffic (%1) cannot be written as Vector ASC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1076"/>
        <source>a frame %1 s after the first one is beyond what Vector ASC holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <location filename="../protocols/links/sessionrecorder.cpp" line="24"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionVerificationSource</name>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="28"/>
        <source>a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="30"/>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="34"/>
        <source>BankScope listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="32"/>
        <source>BankScope polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="38"/>
        <source>The window&apos;s bank: %n pack(s) configured, no live link.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="39"/>
        <source>The live session: %1; %n pack(s) configured.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="42"/>
        <source>%n unit(s) gave a serial number when the bus was scanned: readings are matched to the plan by serial number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="44"/>
        <source>No unit has given a serial number yet, so the checks that match readings by serial say &quot;not measured&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="45"/>
        <source>Readings older than %n s are not judged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="54"/>
        <source>The window shows no bank: connect to one first (File &gt; Connect).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../core/finding.cpp" line="24"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="26"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="28"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="33"/>
        <source>Isolation order</source>
        <translation>Ètò yíya bátìrì sọ́tọ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="34"/>
        <location filename="../ui/wizards/sitepage.cpp" line="70"/>
        <source>Power-up order</source>
        <translation>Ètò títàn bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="37"/>
        <source>Site and inverter</source>
        <translation>Ibi iṣẹ́ àti inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="38"/>
        <source>Who commissions which bank where, the inverter, and this site&apos;s own isolation and power-up order.</source>
        <translation>Ta ló ń fi bank wo sí iṣẹ́ níbo, inverter, àti ètò yíya bátìrì sọ́tọ̀ àti títàn rẹ̀ ti ibi iṣẹ́ yìí.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="41"/>
        <source>e.g. Adeyemi residence, Ibadan</source>
        <translation>fún àpẹẹrẹ ilé Adeyemi, Ibadan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="46"/>
        <source>e.g. +234 803 555 0142</source>
        <translation>fún àpẹẹrẹ +234 803 555 0142</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="47"/>
        <source>The number the site owner calls: it is printed on the report and the failover card.</source>
        <translation>Nọ́mbà tí onílé yóò pè: a ń tẹ̀ ẹ́ sórí ìjábọ̀ àti káàdì pàjáwìrì.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="51"/>
        <source>Not in the catalogue…</source>
        <translation>Kò sí nínú àkójọ…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="53"/>
        <source>Choose the inverter</source>
        <translation>Ẹ yan inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="55"/>
        <source>Maker and model as on its label</source>
        <translation>Olùṣe àti irú bí ó ṣe wà lórí àmì rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="59"/>
        <source>&amp;Site:</source>
        <translation>Ibi &amp;iṣẹ́:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="60"/>
        <source>Site &amp;address:</source>
        <translation>À&amp;dírẹ́sì ibi iṣẹ́:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="61"/>
        <source>&amp;Installer:</source>
        <translation>&amp;Installer (ẹni tó gbé e kalẹ̀):</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="62"/>
        <source>&amp;Company:</source>
        <translation>&amp;Ilé-iṣẹ́:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="63"/>
        <source>Contact &amp;phone:</source>
        <translation>Nọ́mbà &amp;fóònù:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="64"/>
        <source>In&amp;verter:</source>
        <translation>In&amp;verter rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="65"/>
        <source>Its &amp;name:</source>
        <translation>Orúkọ &amp;rẹ̀:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="69"/>
        <source>Isolation order (to make the battery safe)</source>
        <translation>Ètò yíya bátìrì sọ́tọ̀ (láti jẹ́ kí bátìrì wà láìléwu)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="78"/>
        <source>Write the steps as this site needs them, with the label on each breaker. Left empty, the plan takes the maker&apos;s order where the catalogue has one; for most banks none exists, and the failover card is not printed without this site&apos;s own.</source>
        <translation>Ẹ kọ àwọn ìgbésẹ̀ bí ibi iṣẹ́ yìí ṣe nílò wọn, pẹ̀lú àmì breaker kọ̀ọ̀kan. Tí ẹ bá fi sílẹ̀ ní òfo, ètò náà á mú ètò olùṣe níbi tí àkójọ bá ní i; fún ọ̀pọ̀ bank kò sí, a kò sì ní tẹ káàdì pàjáwìrì jáde láìsí ti ibi iṣẹ́ yìí.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="146"/>
        <source>Not in the catalogue: every value BankScope would fill in for it says “unknown — see its manual”.</source>
        <translation>Kò sí nínú àkójọ: gbogbo iye tí BankScope bá kọ fún un yóò sọ pé “a kò mọ̀ — ẹ wo ìwé ìtọ́sọ́nà rẹ̀”.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="156"/>
        <source>BMS links: %1</source>
        <translation>Àwọn ìsopọ̀ BMS: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="159"/>
        <source>also sold as: %1</source>
        <translation>a tún ń tà á ní orúkọ: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="166"/>
        <source>Name the site.</source>
        <translation>Ẹ kọ orúkọ ibi iṣẹ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="168"/>
        <source>Enter the installer&apos;s name: it goes on the report and its signature line.</source>
        <translation>Ẹ tẹ orúkọ installer: ó ń lọ sínú ìjábọ̀ àti ìlà ìbuwọ́lù rẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="172"/>
        <source>The phone number holds characters a phone cannot dial: use digits, spaces and + ( ) - / . only.</source>
        <translation>Nọ́mbà fóònù ní àwọn àmì tí fóònù kò lè pè: ẹ lo nọ́mbà, àyè àti + ( ) - / . nìkan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="174"/>
        <source>Choose the inverter, or “Not in the catalogue”.</source>
        <translation>Ẹ yan inverter, tàbí “Kò sí nínú àkójọ”.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="176"/>
        <source>Name the inverter that is not in the catalogue.</source>
        <translation>Ẹ kọ orúkọ inverter tí kò sí nínú àkójọ.</translation>
    </message>
</context>
<context>
    <name>SocketCan</name>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="17"/>
        <source>ip printed no interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="44"/>
        <source>the ip command (iproute2) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="52"/>
        <source>ip did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="58"/>
        <source>no interface %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="44"/>
        <source>&amp;Preview, print or export the report…</source>
        <translation>&amp;Wò, tẹ̀ jáde tàbí gbé ìjábọ̀ jáde…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="47"/>
        <source>Summary and sign-off</source>
        <translation>Àkópọ̀ àti ìbuwọ́lù</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="48"/>
        <source>Check what is still open, hand the bank over and print the signed report. Finish saves the plan.</source>
        <translation>Ẹ wo ohun tó ṣì kù, ẹ fi bank lé onílé lọ́wọ́ kí ẹ sì tẹ ìjábọ̀ tí a buwọ́ lù jáde. Parí ń fi ètò pamọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="52"/>
        <source>Summary of the plan</source>
        <translation>Àkópọ̀ ètò náà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="54"/>
        <source>the site owner or their representative</source>
        <translation>onílé tàbí aṣojú rẹ̀</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="66"/>
        <source>Hand-over</source>
        <translation>Ìfilélọ́wọ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="68"/>
        <source>Handed over &amp;to:</source>
        <translation>A fi lé &amp;lọ́wọ́:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="69"/>
        <source>&amp;Date:</source>
        <translation>Ọjọ́&amp;:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="71"/>
        <source>The report carries signature lines for the installer and the customer: sign the printed copy.</source>
        <translation>Ìjábọ̀ ní ìlà ìbuwọ́lù fún installer àti oníbàárà: ẹ buwọ́ lu ẹ̀dà tí a tẹ̀ jáde.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="91"/>
        <source>No isolation order: enter this site&apos;s own on the first step (the failover card is not printed without one).</source>
        <translation>Kò sí ètò yíya bátìrì sọ́tọ̀: ẹ tẹ ti ibi iṣẹ́ yìí ní ìgbésẹ̀ àkọ́kọ́ (a kò ní tẹ káàdì pàjáwìrì jáde láìsí i).</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="93"/>
        <source>No power-up order: enter this site&apos;s own on the first step.</source>
        <translation>Kò sí ètò títàn bátìrì: ẹ tẹ ti ibi iṣẹ́ yìí ní ìgbésẹ̀ àkọ́kọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="95"/>
        <source>No contact phone: the site owner needs a number to call.</source>
        <translation>Kò sí nọ́mbà fóònù: onílé nílò nọ́mbà tí yóò pè.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="97"/>
        <source>Not verified: the report will say the bank was not verified with BankScope.</source>
        <translation>A kò tíì jẹ́rìí sí i: ìjábọ̀ yóò sọ pé BankScope kò jẹ́rìí sí bank náà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="111"/>
        <source>%n check(s) failed: put them right and verify again before handing over.</source>
        <translation>
            <numerusform>Àyẹ̀wò %n kùnà: ẹ tún un ṣe kí ẹ sì tún jẹ́rìí sí i kí ẹ tó fi lé wọn lọ́wọ́.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="113"/>
        <source>%n warning(s): read their next steps on the verification step and note what you did.</source>
        <translation>
            <numerusform>Ìkìlọ̀ %n: ẹ ka ìgbésẹ̀ tó kàn wọn ní ìgbésẹ̀ ìjẹ́rìísí kí ẹ sì kọ ohun tí ẹ ṣe sílẹ̀.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="115"/>
        <source>%n check(s) not measured and not checked by hand.</source>
        <translation>
            <numerusform>Àyẹ̀wò %n tí a kò wọ̀n tí a kò sì fi ọwọ́ yẹ̀ wò.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="118"/>
        <source>%1 not recorded: decide it and record it on the inverter settings step.</source>
        <translation>A kò kọ %1 sílẹ̀: ẹ pinnu rẹ̀ kí ẹ sì kọ ọ́ sílẹ̀ ní ìgbésẹ̀ ìṣètò inverter.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="130"/>
        <source>Site</source>
        <translation>Ibi iṣẹ́</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="130"/>
        <location filename="../ui/wizards/summarypage.cpp" line="131"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="131"/>
        <source>Installer</source>
        <translation>Installer (ẹni tó gbé e kalẹ̀)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="132"/>
        <source>Contact phone</source>
        <translation>Nọ́mbà fóònù</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="132"/>
        <source>not entered</source>
        <translation>a kò tẹ̀ ẹ́ sí i</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="133"/>
        <source>firmware not entered</source>
        <translation>a kò tẹ firmware sí i</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="133"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="135"/>
        <source>, release notes checked</source>
        <translation>, a ti yẹ release notes wò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="136"/>
        <source>Inverter</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="136"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="139"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="140"/>
        <source>Batteries</source>
        <translation>Àwọn bátìrì</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="141"/>
        <source>Architecture</source>
        <translation>Bí ètò ṣe rí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="141"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="142"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="142"/>
        <source>none (every BMS talks to the GX)</source>
        <translation>kò sí (gbogbo BMS ń bá GX sọ̀rọ̀)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="144"/>
        <location filename="../ui/wizards/summarypage.cpp" line="149"/>
        <source>Verification</source>
        <translation>Ìjẹ́rìísí</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="144"/>
        <source>not run</source>
        <translation>a kò tíì ṣe é</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="149"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured (recorded %5)</source>
        <translation>%1 yege, %2 kùnà, ìkìlọ̀ %3, %4 a kò wọ̀n (a kọ ọ́ ní %5)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="156"/>
        <source>Checked by hand</source>
        <translation>A yẹ̀ ẹ́ wò pẹ̀lú ọwọ́</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="156"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>Àyẹ̀wò %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="158"/>
        <source>Readings at hand-over</source>
        <translation>Kíkà ní àkókò ìfilélọ́wọ́</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="158"/>
        <source>%n unit(s), read %1</source>
        <translation>
            <numerusform>Bátìrì %n, a kà á ní %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="162"/>
        <source>✔ Nothing open.</source>
        <translation>✔ Kò sí ohun tó kù.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="164"/>
        <source>Still open:</source>
        <translation>Ohun tó ṣì kù:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="176"/>
        <source>The installer confirms the bank was installed and commissioned as recorded in the plan</source>
        <translation>Installer jẹ́rìí pé a ti gbé bank náà kalẹ̀ a sì ti fi sí iṣẹ́ bí a ṣe kọ ọ́ sínú ètò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="177"/>
        <source>I, %1, confirm the bank was installed and commissioned as recorded in the plan</source>
        <translation>Èmi, %1, jẹ́rìí pé a ti gbé bank náà kalẹ̀ a sì ti fi sí iṣẹ́ bí a ṣe kọ ọ́ sínú ètò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="194"/>
        <source>Handed over on %1; the installer confirms the bank was installed and commissioned as recorded.</source>
        <translation>A fi lé wọn lọ́wọ́ ní %1; installer jẹ́rìí pé a ti gbé bank náà kalẹ̀ a sì ti fi sí iṣẹ́ bí a ṣe kọ ọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="195"/>
        <source>Handed over to %1 on %2; the installer confirms the bank was installed and commissioned as recorded.</source>
        <translation>A fi lé %1 lọ́wọ́ ní %2; installer jẹ́rìí pé a ti gbé bank náà kalẹ̀ a sì ti fi sí iṣẹ́ bí a ṣe kọ ọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="203"/>
        <source>The plan is not saved yet: save it to finish.</source>
        <translation>A kò tíì fi ètò náà pamọ́: ẹ fi pamọ́ láti parí.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <location filename="../core/supportbundle.cpp" line="52"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="54"/>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="56"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="57"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="67"/>
        <source>(this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="247"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="248"/>
        <source>The commissioning plan, as saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="254"/>
        <source>cannot read the recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="261"/>
        <source>The session recording, byte for byte (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="268"/>
        <source>Findings, each pack&apos;s condition, events and alarms with their freeze-frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="272"/>
        <source>Events and alarms, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="273"/>
        <source>Freeze-frames: every value before and when each alarm appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="274"/>
        <source>Firmware table: pack, model, address, role, serial, firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="275"/>
        <source>Every pack&apos;s last cell voltages (mV), with their time and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="276"/>
        <source>The bank: what the inverter should see, can see and is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="278"/>
        <source>Firmware table from the plan: pack, model, address, role, serial, firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/supportbundle.cpp" line="284"/>
        <source>The checks by hand the diagnosis assistant asked for, with what was found, the note and the time (%n recorded)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="288"/>
        <source>nothing to put in the bundle: no plan, recording or bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="293"/>
        <source>BankScope support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="294"/>
        <source>Made by %1 on %2 UTC, on %3 (%4, Qt %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="297"/>
        <source>Nothing in it was sent anywhere: whoever has this file chose whom to give it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="299"/>
        <source>The bank&apos;s state was read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="301"/>
        <source>No readings: the bundle was made from a plan alone (no recording, no connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="303"/>
        <source>This list, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="304"/>
        <source>This list, for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="328"/>
        <location filename="../core/supportbundle.cpp" line="351"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="340"/>
        <source>cannot read the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="346"/>
        <source>the recording %1 became shorter while it was copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundleDialog</name>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="33"/>
        <location filename="../ui/supportbundledialog.cpp" line="149"/>
        <location filename="../ui/supportbundledialog.cpp" line="207"/>
        <source>Save a support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="36"/>
        <source>One ZIP file with what a battery or inverter maker&apos;s service desk asks for. It is saved on this computer only: nothing is sent anywhere, you choose whom to give it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="47"/>
        <source>none (optional: the site&apos;s commissioning plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="47"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="48"/>
        <source>Commissioning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="49"/>
        <source>&amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="50"/>
        <source>Add the site&apos;s commissioning plan: its serial numbers and firmware go into the firmware table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="53"/>
        <source>&amp;No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="67"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="68"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="75"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="76"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="79"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="106"/>
        <source>Add a commissioning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="106"/>
        <source>Commissioning plans (*.json)</source>
        <translation type="unfinished">Àwọn ètò ìfisíṣẹ́ (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="107"/>
        <source>Save the support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="107"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="137"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="147"/>
        <source>This plan cannot be opened:
%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supportbundledialog.cpp" line="165"/>
        <source>The bank as it is now (%1): findings, every pack&apos;s condition, %n event(s) and alarm(s) with their freeze-frames, the firmware table, each pack&apos;s cell voltages, what the inverter is told.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="168"/>
        <source>the window&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="170"/>
        <source>No recording: nothing is being recorded or replayed (File &gt; Record… makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="173"/>
        <source>The recording %1 (%2), byte for byte, as far as it is written now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="176"/>
        <source>The commissioning plan of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="177"/>
        <source>No commissioning plan (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="178"/>
        <source>BankScope&apos;s version, the date and the operating system; no user or computer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="179"/>
        <source>It will hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="208"/>
        <source>The support bundle was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="218"/>
        <source>Support bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="219"/>
        <source>%1 is saved (%2). Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="223"/>
        <source>It holds:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="38"/>
        <source>one cable from the inverter to the master</source>
        <translation>wáyà kan láti inverter sí master</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="39"/>
        <source>the inverter polls every BMS on one bus</source>
        <translation>inverter ń béèrè lọ́wọ́ gbogbo BMS lórí bus kan</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="40"/>
        <source>every BMS on its own port of the GX</source>
        <translation>BMS kọ̀ọ̀kan lórí port tirẹ̀ ní GX</translation>
    </message>
</context>
<context>
    <name>TrafficDirection</name>
    <message>
        <location filename="../core/trafficlog.cpp" line="16"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="17"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="18"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="19"/>
        <source>Other master</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>ADR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="127"/>
        <source>%1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="129"/>
        <source>Local time the unit was received or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="154"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="156"/>
        <source>Link</source>
        <translation type="unfinished">Ìsopọ̀</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="158"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="160"/>
        <source>Address / id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="162"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="164"/>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="166"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficStatus</name>
    <message>
        <location filename="../core/trafficlog.cpp" line="23"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="24"/>
        <source>Checksum error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="25"/>
        <source>Framing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="26"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="27"/>
        <source>Module not answering (RTN 0x91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="28"/>
        <source>Not decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../ui/trendchart.cpp" line="29"/>
        <source>Range of merged samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trendchart.cpp" line="47"/>
        <source>Trend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trendchart.cpp" line="48"/>
        <source>%1 in %2 over time, from BankScope&apos;s readings of the pack (one sample a second; long windows show the mean with the range of merged samples).
Zoom: wheel, drag a band, + / −. Pan: middle-drag or arrow keys. Back to live: right click or Home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendQuantity</name>
    <message>
        <location filename="../core/trendhistory.cpp" line="21"/>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="22"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="23"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="25"/>
        <source>Cell spread (highest − lowest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unknown</name>
    <message>
        <location filename="../core/catalogue.cpp" line="57"/>
        <source>no maker figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="58"/>
        <location filename="../core/catalogue.cpp" line="59"/>
        <source>unknown — see its manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="27"/>
        <source>&amp;Run the checks</source>
        <translation>Ṣe àwọn àyẹ̀&amp;wò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="28"/>
        <source>S&amp;top</source>
        <translation>Dú&amp;ró</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="34"/>
        <source>Record &amp;by hand…</source>
        <translation>Kọ ọ́ pẹ̀lú &amp;ọwọ́…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="35"/>
        <source>Take serial &amp;numbers from the scan</source>
        <translation>Mú àwọn nọ́mbà &amp;serial láti inú àyẹ̀wò bus</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="37"/>
        <source>Live verification</source>
        <translation>Ìjẹ́rìísí ní tààràtà</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="38"/>
        <source>BankScope listens to the bank and checks what it hears against the plan. What it cannot measure, you check by hand.</source>
        <translation>BankScope ń fetí sí bank, ó sì ń fi ohun tí ó gbọ́ wé ètò. Ohun tí kò lè wọ̀n, ẹ yẹ̀ ẹ́ wò pẹ̀lú ọwọ́.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="45"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="46"/>
        <source>How long to listen: the inverter acceptance check needs at least %1 s, and three cycles of every frame.</source>
        <translation>Bí ẹ ó ṣe fetí sílẹ̀ pẹ́ tó: àyẹ̀wò ìgbàwọlé inverter nílò ó kéré tán %1 s, àti àyípo mẹ́ta ti frame kọ̀ọ̀kan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="54"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="60"/>
        <source>Record a check you did on the unit for the selected row: a note and a photo reference</source>
        <translation>Kọ àyẹ̀wò tí ẹ ṣe lórí bátìrì ìlà tí a yàn sílẹ̀: àkọsílẹ̀ àti nọ́mbà fọ́tò</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="62"/>
        <source>Copy the serial numbers read at each address into the plan&apos;s units that have none; check them against the labels</source>
        <translation>Da àwọn nọ́mbà serial tí a kà ní àdírẹ́sì kọ̀ọ̀kan kọ sínú àwọn bátìrì ètò tí kò ní wọn; ẹ fi wọ́n wé àwọn àmì orúkọ</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="72"/>
        <source>Findings of the verification</source>
        <translation>Ohun tí ìjẹ́rìísí rí</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/verificationpage.cpp" line="85"/>
        <source>%n serial number(s) taken from the scan into the plan: check them against the labels, then run the checks again.</source>
        <translation>
            <numerusform>Nọ́mbà serial %n láti inú àyẹ̀wò bus ti wọ inú ètò: ẹ fi wọ́n wé àwọn àmì orúkọ, lẹ́yìn náà ẹ tún ṣe àwọn àyẹ̀wò.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="95"/>
        <source>&amp;Listen for:</source>
        <translation>Fetí &amp;sílẹ̀ fún:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="122"/>
        <source>No live bank in reach: verification needs the window connected to the bank. The report will say the bank was not verified.</source>
        <translation>Kò sí bank tààràtà nítòsí: ìjẹ́rìísí nílò kí fèrèsé so mọ́ bank náà. Ìjábọ̀ yóò sọ pé a kò jẹ́rìí sí bank náà.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="126"/>
        <source>Evidence from: %1</source>
        <translation>Ẹ̀rí láti: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="146"/>
        <source>Results recorded in the plan on %1; run the checks again to renew them.</source>
        <translation>A kọ àbájáde sínú ètò ní %1; ẹ tún ṣe àwọn àyẹ̀wò láti sọ wọ́n di tuntun.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="173"/>
        <source>No live bank in reach.</source>
        <translation>Kò sí bank tààràtà nítòsí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/verificationpage.cpp" line="176"/>
        <source>Listening for %n s…</source>
        <translation>
            <numerusform>Ó ń fetí sílẹ̀ fún %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="187"/>
        <source>Stopped: nothing recorded.</source>
        <translation>Ó ti dúró: a kò kọ nǹkankan sílẹ̀.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="196"/>
        <source>Listening: %1 of %2 s…</source>
        <translation>Ó ń fetí sílẹ̀: %1 nínú %2 s…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="201"/>
        <source>Verification could not run: %1</source>
        <translation>Ìjẹ́rìísí kò lè ṣiṣẹ́: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="251"/>
        <source>✘ Checks failed: see the next step of each, put it right and run the checks again.</source>
        <translation>✘ Àwọn àyẹ̀wò kan kùnà: ẹ wo ìgbésẹ̀ tó kàn fún ọ̀kọ̀ọ̀kan, ẹ tún un ṣe kí ẹ sì tún ṣe àwọn àyẹ̀wò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="252"/>
        <source>✔ No check failed. Results recorded in the plan.</source>
        <translation>✔ Kò sí àyẹ̀wò tó kùnà. A kọ àbájáde sínú ètò.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="263"/>
        <source>%1 (photo %2)</source>
        <translation>%1 (fọ́tò %2)</translation>
    </message>
</context>
<context>
    <name>ViewField</name>
    <message>
        <location filename="../core/inverterview.cpp" line="118"/>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="120"/>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="122"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="124"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="126"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="128"/>
        <source>Charge voltage limit (CVL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="130"/>
        <source>Charge current limit (CCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="132"/>
        <source>Discharge current limit (DCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="134"/>
        <source>Highest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="136"/>
        <source>Lowest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="138"/>
        <source>Lowest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="140"/>
        <source>Highest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="142"/>
        <source>Packs online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowWiring</name>
    <message>
        <location filename="../app/gui/windowwiring.cpp" line="25"/>
        <source>BankScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/windowwiring.cpp" line="43"/>
        <location filename="../app/gui/windowwiring.cpp" line="89"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../core/zipwriter.cpp" line="115"/>
        <location filename="../core/zipwriter.cpp" line="190"/>
        <location filename="../core/zipwriter.cpp" line="249"/>
        <source>cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="137"/>
        <location filename="../core/zipwriter.cpp" line="278"/>
        <source>the archive is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="139"/>
        <source>the archive&apos;s file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="146"/>
        <source>&apos;%1&apos; is not a name a ZIP archive can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="149"/>
        <source>&apos;%1&apos; is in the archive twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="151"/>
        <source>more than 65535 files in one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="156"/>
        <location filename="../core/zipwriter.cpp" line="305"/>
        <source>the archive is larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="183"/>
        <source>&apos;%1&apos; is 4 GiB or larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="218"/>
        <source>cannot read what goes into &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="226"/>
        <source>cannot start compressing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="243"/>
        <source>cannot compress &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="28"/>
        <source>bankscope-cli aggregate: expected one FILE or &apos;-&apos;, got %1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="36"/>
        <source>bankscope-cli aggregate: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="44"/>
        <source>bankscope-cli aggregate: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="52"/>
        <source>bankscope-cli aggregate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cataloguecommand.cpp" line="37"/>
        <source>takes no arguments (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="15"/>
        <location filename="../app/cli/linkoptions.cpp" line="21"/>
        <source>bankscope-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="24"/>
        <source>bankscope-cli: catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="48"/>
        <location filename="../app/cli/commissioningcommon.cpp" line="65"/>
        <location filename="../app/cli/decodecommand.cpp" line="375"/>
        <location filename="../app/cli/linkoptions.cpp" line="96"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="56"/>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="60"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="132"/>
        <location filename="../app/cli/drillcommand.cpp" line="112"/>
        <location filename="../app/cli/linkoptions.cpp" line="35"/>
        <location filename="../app/cli/verifycommand.cpp" line="137"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="55"/>
        <source>--output FILE.zip (or -o) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="58"/>
        <source>--output names a .zip file, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="60"/>
        <source>give a plan (--plan PLAN.json), a recording (--session FILE) or both: the bundle is made from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="62"/>
        <source>%1 already exists; --force replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="80"/>
        <location filename="../app/cli/commissioningcommon.cpp" line="75"/>
        <location filename="../app/cli/decodecommand.cpp" line="235"/>
        <location filename="../app/cli/decodecommand.cpp" line="309"/>
        <location filename="../app/cli/decodecommand.cpp" line="407"/>
        <location filename="../app/cli/decodecommand.cpp" line="419"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="49"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="63"/>
        <location filename="../app/cli/linkoptions.cpp" line="276"/>
        <location filename="../app/cli/replaycommand.cpp" line="276"/>
        <location filename="../app/cli/replaycommand.cpp" line="330"/>
        <location filename="../app/cli/reportcommand.cpp" line="48"/>
        <location filename="../app/cli/reportcommand.cpp" line="82"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="80"/>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="80"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="111"/>
        <source>bankscope-cli bundle: %1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="114"/>
        <source>the recording cannot be replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="139"/>
        <source>bankscope-cli bundle: %1: no pack reading in the recording (the bundle has its bytes, but no cell voltages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/bundlecommand.cpp" line="141"/>
        <source>bankscope-cli bundle: %1: %n line(s) could not be read; the recording goes into the bundle as it is</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="152"/>
        <source>replay of %1, to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="165"/>
        <source>bankscope-cli bundle: %1 holds:
%2
Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="103"/>
        <location filename="../app/cli/replaycommand.cpp" line="290"/>
        <location filename="../app/cli/replaycommand.cpp" line="342"/>
        <location filename="../app/cli/reportcommand.cpp" line="198"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="34"/>
        <source>bankscope-cli decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="86"/>
        <source>%n frame(s) failed to decode (the first on line %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="88"/>
        <source>%n line(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="90"/>
        <location filename="../app/cli/replaycommand.cpp" line="121"/>
        <source>%n fragment(s) (capture started or stopped mid-frame)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="92"/>
        <location filename="../app/cli/replaycommand.cpp" line="123"/>
        <source>%n frame(s) of other devices (ids the protocol does not define)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="94"/>
        <location filename="../app/cli/replaycommand.cpp" line="125"/>
        <source>%n frame(s) of undocumented ids (kept raw)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="96"/>
        <location filename="../app/cli/replaycommand.cpp" line="127"/>
        <source>%n event(s) not of the chosen protocol (left undecoded)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="98"/>
        <location filename="../app/cli/replaycommand.cpp" line="111"/>
        <source>%n bus error frame(s) in the log (not data)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="103"/>
        <location filename="../app/cli/replaycommand.cpp" line="113"/>
        <source>%n line(s) with no frame passed over (%1: shell prompts pasted with the output?)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="108"/>
        <source>%n frame(s) read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="126"/>
        <location filename="../app/cli/replaycommand.cpp" line="182"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="147"/>
        <location filename="../app/cli/replaycommand.cpp" line="217"/>
        <source>%1: no protocol finds a valid frame in the serial traffic of its first part; give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="153"/>
        <source>bankscope-cli decode: %1: %2 (inferred; --protocol chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="210"/>
        <source>%1: line %2 is longer than %3 bytes: stopped (is it the right input?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="252"/>
        <source>%1: cannot tell what it holds: no log format reads its first lines, and no protocol (%2) decodes them as frames; give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="273"/>
        <source>bankscope-cli decode: %1: frames written one per line, read as %2 (%3 of its first lines decode; inferred, --protocol chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="303"/>
        <source>%1: line %2 is longer than %3 bytes: not a line of frames (is it the right input?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="319"/>
        <source>%1: stopped after %2 lines: none is a %3 frame (is it the right input, or the right --protocol?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="346"/>
        <source>--protocol needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="352"/>
        <source>unknown protocol &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="358"/>
        <source>--can-id needs an 11-bit hex ID such as 351</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="362"/>
        <source>--dialect needs one of pylon-v1.2, pylontech-v1.3, sma-victron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="367"/>
        <source>--register needs a hex register address such as 0x1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="371"/>
        <source>--file needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="382"/>
        <source>give the frame as DATA, or --file FILE, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="388"/>
        <source>--protocol is required for a frame given on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="421"/>
        <source>%1: line 1 is longer than %2 bytes: not frames or a log (is it the right input?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="431"/>
        <location filename="../app/cli/replaycommand.cpp" line="286"/>
        <location filename="../app/cli/replaycommand.cpp" line="337"/>
        <source>no frames in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="434"/>
        <source>bankscope-cli decode: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="39"/>
        <source>usage: detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S] [--baud B | --bitrate N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="43"/>
        <source>CAN is never probed: detect listens at each bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="69"/>
        <source>bankscope-cli detect: %1: the bit rate is searched only on an SLCAN adapter (it can be made silent at each rate); listening at %2 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="75"/>
        <source>bankscope-cli detect: %1: listening at %2 %3 for %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="100"/>
        <source>bankscope-cli detect: %1: silent at every speed; will send at %2 baud to %3 (%4 %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="132"/>
        <source>bankscope-cli detect: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="46"/>
        <source>%1 needs a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="59"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="67"/>
        <source>--listen and --poll exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="73"/>
        <source>--window cannot be shorter than %1 s: a master may poll only every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="179"/>
        <location filename="../app/cli/linkoptions.cpp" line="194"/>
        <source>bankscope-cli %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="53"/>
        <location filename="../app/cli/failovercardcommand.cpp" line="45"/>
        <location filename="../app/cli/plancommand.cpp" line="96"/>
        <location filename="../app/cli/reportcommand.cpp" line="156"/>
        <location filename="../app/cli/verifycommand.cpp" line="159"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="47"/>
        <location filename="../app/cli/reportcommand.cpp" line="158"/>
        <source>--plan PLAN.json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="49"/>
        <location filename="../app/cli/reportcommand.cpp" line="160"/>
        <source>--output FILE.pdf or FILE.html (or -o) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="53"/>
        <location filename="../app/cli/reportcommand.cpp" line="164"/>
        <source>--output names a .pdf or an .html file, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="56"/>
        <location filename="../app/cli/reportcommand.cpp" line="167"/>
        <source>--paper is a4 or letter, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="63"/>
        <location filename="../app/cli/reportcommand.cpp" line="174"/>
        <source>no translation for &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="75"/>
        <source>%1: the card cannot be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="137"/>
        <location filename="../app/cli/failovercardcommand.cpp" line="105"/>
        <location filename="../app/cli/linkoptions.cpp" line="283"/>
        <location filename="../app/cli/linkoptions.cpp" line="288"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1; %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="24"/>
        <source>Usage: bankscope-cli COMMAND [ARGS]

Commands:
  aggregate [FILE|-]   Read a bank as JSON (file or standard input) and print what the
                       inverter should see, what it can see, the gaps and the findings.
  decode [--protocol P] [--can-id ID] [--dialect D] [--register R] (DATA | --file F | -)
                       Decode frames and print one JSON object per frame as its line is read.
                       P is one of pylontech-rs485, pylon-can, jk-modbus, jk-pb, jk-legacy.
                       DATA is one frame as text (needs --protocol): the Pylontech ASCII frame
                       (&apos;~&apos; and CR optional), hex bytes (spaces allowed), CAN as ID#DATA or DATA
                       with --can-id. A file or standard input holds a log (BankScope or candump
                       log, candump&apos;s screen output, SavvyCAN CSV, Vector ASC) or one frame per
                       line (&apos;#&apos; starts a comment); without --protocol the format, protocol and
                       CAN dialect are inferred from its first part and said (first JSON line
                       {&quot;inferred&quot;: ...}). D: pylon-v1.2, pylontech-v1.3, sma-victron. R: the
                       start register of a JK FC03 reply given without its request.
  ports                Serial ports (with the USB adapter recognised: CH340, FTDI, CP210x,
                       PL2303, CANable...) and CAN interfaces, one JSON object each.
  detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S]
                       Listen at each candidate speed (RS485: 115200 and 9600 baud, the
                       listen window each; SLCAN: 500k, 250k, 125k, 1M bit/s in silent
                       mode) and report what was heard and decoded per protocol. With
                       --probe, and only on an RS485 bus silent at every speed, it prints
                       the identity reads it will send, then sends them. CAN is never probed.
  scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B]
       [--attempts N] [--timeout MS]
                       Listen first; on a silent bus probe the protocol&apos;s address range,
                       one JSON object per address: answering, silent or suspect, with
                       reasons and statistics. Beside another master nothing is probed:
                       the addresses heard are reported instead.
  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P
          [--listen | --poll] [--window S] [--duration S] [--record FILE] [--baud B]
          [--bitrate N] [--bank FILE]
                       One JSON line per decoded message, then one line of statistics.
                       RS485 roles: auto (default) listens for the listen window (10 s, or
                       --window S, never less) and polls only a bus that stayed silent;
                       any byte heard keeps it listening, and it says who polls. A request
                       it did not send while polling stops it before its next request.
                       --listen never transmits. --poll keeps the window and the guard and
                       exits 2 beside another master, having sent nothing. CAN links only
                       listen (an SLCAN adapter is opened silent). --duration counts from
                       the end of the window.
  diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FILE) [--protocol P]
           [--baud B] [--listen | --poll] [--plan PLAN] [--bank FILE] [--duration S]
                       The &quot;BMS communication fault&quot; assistant: listens (and on a silent
                       RS485 bus polls) for --duration (30 s) or reads a recording, then
                       prints the likely causes ranked as one JSON object, each with its
                       evidence, confidence, next step and the check by hand that separates
                       it from causes the wire cannot tell apart. Never polls beside another
                       master (even with --poll): it reports that master instead.
  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S]
                       Record every byte and frame, listening only.
  replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]
                       Play a log (any format decode reads) through the same decoding path as
                       live data, streaming; print the messages, a statistics line and the final
                       aggregation. Silences longer than a few seconds are announced; --skip-gaps S
                       skips those longer than S seconds.
  export-asc LOG OUTPUT.asc   Write a log&apos;s CAN frames as Vector ASC (streaming).
  catalogue            Every battery and inverter BankScope knows, one JSON object per line,
                       each fact with its source and confidence; the ids are what plan takes.
  plan --battery MODEL:COUNT [--battery MODEL:COUNT ...] --inverter MODEL
       [--inverter-firmware V [--release-notes-checked]] [--site NAME] [--installer NAME]
       [--phone NUMBER] [--isolation-order &quot;STEP [LABEL]; STEP; ...&quot;]
       [--power-up-order &quot;STEP; ...&quot;] --output|-o PLAN.json
                       Plan a bank: architecture, master, addresses, DIP switches, stand-in,
                       cabling and the inverter&apos;s setting. A model outside the catalogue is
                       other:NAME. --battery MODEL --packs N is MODEL:N.
  plan --check PLAN.json   Validate a plan; the field is named when it is wrong.
  report --plan PLAN.json [--session FILE] [--lang CODE] [--paper a4|letter]
         --output|-o FILE.pdf|FILE.html
                       The commissioning report to hand to the customer, in the language
                       asked for; readings at hand-over from the plan or a recording.
  failover-card --plan PLAN.json [--lang CODE] [--paper a4|letter] --output|-o FILE.pdf
                       The site&apos;s failover card for the battery enclosure: one sheet, in the
                       language asked for (the English beside each step until a translation
                       is reviewed); refused, naming the field, for a plan without the contact,
                       the isolation order or the stand-in, and when it does not fit two sides.
  bundle --output|-o FILE.zip [--plan PLAN.json] [--session FILE] [--force]
                       A support bundle for a vendor&apos;s service desk: one ZIP with the plan, the
                       recording, findings and freeze-frames, the firmware table and each pack&apos;s
                       cell voltages (the recording replayed to its end); lists what it holds.
                       Nothing is sent anywhere. An existing file is replaced only with --force.
  verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]
         [--baud B] [--bitrate N] [--listen | --poll] [--duration S]
                       Live verification against the plan, one JSON finding per line; exit 1
                       when a check fails. Same safe role as monitor; beside another master
                       the scan is passive (even with --poll). No BMS setting is written.
  drill --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]
        [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]
                       The failover drill: BankScope only listens while you switch the master
                       off and follow the steps it gives, until one master is heard again;
                       the timeline goes into the plan. A live site needs --confirm-live-site.
  help                 Show this text.

Exit status: 0 done, 2 bad input, a frame that failed to decode, usage, or --poll refused
beside another master. No command writes a BMS setting.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="200"/>
        <source>bankscope-cli: unknown command &apos;%1&apos; (try &apos;bankscope-cli help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="148"/>
        <source>bankscope-cli monitor: %1: listening for %2 s before polling; nothing is sent meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="83"/>
        <source>usage: monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen | --poll] [--window S] [--duration S] [--record FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="39"/>
        <source>usage: diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FILE) [--protocol P] [--baud B] [--listen | --poll] [--plan PLAN] [--bank FILE] [--duration S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="54"/>
        <source>%1: not a recording (a BankScope recording, candump log, Vector ASC ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="149"/>
        <location filename="../app/cli/monitorcommand.cpp" line="88"/>
        <location filename="../app/cli/verifycommand.cpp" line="174"/>
        <source>%1 is a CAN protocol: use --can or --slcan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="151"/>
        <location filename="../app/cli/monitorcommand.cpp" line="90"/>
        <location filename="../app/cli/verifycommand.cpp" line="176"/>
        <source>%1 runs on RS485: use --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="153"/>
        <location filename="../app/cli/verifycommand.cpp" line="169"/>
        <source>CAN links only listen: nothing polls on CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="176"/>
        <source>cannot create a temporary folder for the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="204"/>
        <source>bankscope-cli diagnose: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="221"/>
        <source>bankscope-cli diagnose: %1: listening for %2 s first; nothing is sent meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="92"/>
        <source>CAN links only listen: nothing polls on CAN (sending is emulation: bankscope-sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/portscommand.cpp" line="20"/>
        <source>usage: ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="27"/>
        <source>usage: record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S] [--baud B] [--bitrate N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="29"/>
        <source>record only listens: it records what the bus carries (to poll and record: monitor --record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="52"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="57"/>
        <location filename="../app/cli/replaycommand.cpp" line="65"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="83"/>
        <source>--skip-gaps needs a number of seconds greater than 0, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="100"/>
        <source>, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="117"/>
        <source>%n line(s) could not be read (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="119"/>
        <source>%n frame(s) failed to decode</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="141"/>
        <source>usage: replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="229"/>
        <source>bankscope-cli replay: %1: %2 (inferred; --protocol chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="186"/>
        <location filename="../app/cli/replaycommand.cpp" line="266"/>
        <source>bankscope-cli replay: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="197"/>
        <source>bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4): skipped (--skip-gaps %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="203"/>
        <source>bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4); waiting it out. --skip-gaps 5 skips silences longer than 5 s, --fast plays without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="220"/>
        <source>--speed needs a finite number of at least 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="273"/>
        <source>usage: export-asc LOG OUTPUT.asc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="280"/>
        <source>%1: line 1 is longer than %2 bytes: not a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="284"/>
        <source>%1 is not a log BankScope reads (a BankScope or candump log, candump&apos;s screen output, SavvyCAN CSV or Vector ASC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="320"/>
        <location filename="../app/cli/replaycommand.cpp" line="325"/>
        <source>bankscope-cli export-asc: %1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="336"/>
        <source>%1 holds serial traffic only (%2): Vector ASC holds CAN frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="344"/>
        <source>bankscope-cli export-asc: %1: %n serial event(s) left out (Vector ASC holds CAN frames only)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="346"/>
        <source>bankscope-cli export-asc: %1: %n line(s) could not be read; %2 holds the %3 frames around them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="83"/>
        <source>usage: scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B] [--attempts N] [--timeout MS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="87"/>
        <source>a CAN bus has no addresses to scan: use monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="157"/>
        <source>bankscope-cli scan: %1: listening for %2 s before probing; nothing is sent meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="92"/>
        <source>--check PLAN.json takes no other option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="99"/>
        <source>--battery MODEL:COUNT is required (`bankscope-cli catalogue` lists the models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="101"/>
        <source>--inverter MODEL is required (`bankscope-cli catalogue` lists the models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="103"/>
        <source>--output PLAN.json (or -o) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="109"/>
        <source>--packs N goes with a single --battery MODEL; for a mixed bank write --battery MODEL:COUNT for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="122"/>
        <source>give the count once: --battery %1 or --packs N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="126"/>
        <source>--packs needs a whole number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="128"/>
        <source>--battery %1: write MODEL:COUNT, e.g. pylontech-us3000c:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="131"/>
        <source>--battery %1: the count must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="144"/>
        <source>--release-notes-checked confirms the notes of a firmware version: give --inverter-firmware V too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="151"/>
        <source>--isolation-order needs steps separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="156"/>
        <source>--power-up-order needs steps separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <source>%1: not a recording (a BankScope recording, candump log, Vector ASC ...): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="56"/>
        <source>a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="57"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="58"/>
        <source>its first lines are none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="67"/>
        <location filename="../app/cli/reportcommand.cpp" line="76"/>
        <location filename="../app/cli/reportcommand.cpp" line="86"/>
        <source>%1: line %2: %3</source>
        <translation type="unfinished">%1, ìlà %2: %3 {1:?} {2:?}</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="95"/>
        <source>%1: the recording has serial traffic, but the plan names no serial protocol to decode it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="137"/>
        <source>%1: no reading of any planned pack in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/inputdevice.h" line="95"/>
        <source>more than %1 MiB: not a document this command reads (is it the right input?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="120"/>
        <source>--limit needs seconds from 30 to 86400, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="131"/>
        <source>usage: drill --plan PLAN (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P] [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="137"/>
        <source>the drill only listens: --poll is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="148"/>
        <source>%1: no failover procedure to drill: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="162"/>
        <source>the plan names no protocol BankScope decodes for the inverter link: give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="165"/>
        <source>%1 is a CAN protocol: use --can or --slcan, or give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="167"/>
        <source>%1 runs on RS485: use --serial, or give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="190"/>
        <source>a GX bank is heard on CAN: give --can PLUGIN:IFACE,IFACE... or --slcan PORT,PORT..., one per BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="197"/>
        <source>this bank has %1 BMSs, each on its own GX port: give one interface per BMS in the plan&apos;s order (%2), e.g. --can socketcan:can0,can1 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="219"/>
        <source>bankscope-cli drill: the BMS %1 will be switched off by hand while BankScope listens on every BMS&apos;s GX port; it never transmits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="223"/>
        <source>bankscope-cli drill: the master %1 will be switched off and %2 made master by hand; BankScope only listens and never transmits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="226"/>
        <source>bankscope-cli drill: for this site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="235"/>
        <source>bankscope-cli drill: the drill would ask you to switch off the BMS %1, listen while the others carry on, then ask for it back until every BMS is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="239"/>
        <source>bankscope-cli drill: the drill would ask you to switch off %1, then walk the failover steps (%2) and the restore until one master is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="243"/>
        <source>bankscope-cli drill: this is a live site: nothing was done and nothing was transmitted. Add --confirm-live-site to run the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="301"/>
        <source>(not yet verified on this site: this drill tests it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="303"/>
        <source>[type done when done, abort to stop]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="316"/>
        <source>bankscope-cli drill: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="331"/>
        <source>bankscope-cli drill: listening on %1 (%2); answer on standard input: done, abort, saw WHAT (what the inverter shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="346"/>
        <source>bankscope-cli drill: aborting: follow the restore steps; BankScope listens until one master is heard (interrupt again to quit at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="349"/>
        <source>bankscope-cli drill: stopped before one master was heard again: check the bank by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="371"/>
        <source>expected: done | abort | saw WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="372"/>
        <source>bankscope-cli drill: &apos;%1&apos; is not an answer: type done, abort or saw WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="423"/>
        <source>cannot keep a backup of %1 as %2: the plan was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="434"/>
        <source>bankscope-cli drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="43"/>
        <source>bankscope-cli verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="157"/>
        <source>%1 is not an option of verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="207"/>
        <source>the plan names no protocol for an RS485 link: give --protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="236"/>
        <source>cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="275"/>
        <source>another master polls this bus: the scan is passive; an address it does not poll is reported &quot;not polled&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="264"/>
        <source>gathering evidence for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="50"/>
        <source>usage: verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT)... [--protocol P] [--baud B] [--bitrate N] [--listen | --poll] [--duration S] [--max-age S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="148"/>
        <source>%1 needs a number of seconds (1 or more), got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="165"/>
        <source>%1 is given twice: one link per port or interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/verifycommand.cpp" line="308"/>
        <source>plan %1: %n pack(s), checking on %2 (%3 at %4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="313"/>
        <source>%1: listening for %2 s before anything is sent; nothing is sent beside another master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="328"/>
        <source>%1 s: %2, %3 frame(s) decoded, %4 pack(s) identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/verifycommand.cpp" line="359"/>
        <source>%n finding(s): %1 failed, %2 not measured%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="362"/>
        <source> (passive scan beside another master)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="24"/>
        <source>bankscope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>every remembered setting forgotten: %1 starts with the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="49"/>
        <source>Commissioning and diagnostics for parallel lithium battery banks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="52"/>
        <source>Open on a simulated four-pack bank (no hardware needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="54"/>
        <source>Play a simulator scenario (resources/scenarios/) instead of the demo bank: a Pylontech bank, JK-B packs or Victron CAN BMSs, with its faults on schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="56"/>
        <location filename="../app/gui/guistart.cpp" line="80"/>
        <location filename="../app/gui/guistart.cpp" line="84"/>
        <location filename="../app/gui/guistart.cpp" line="86"/>
        <location filename="../app/gui/guistart.cpp" line="88"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="58"/>
        <source>Open connected to a serial port (USB-RS485 stick). Listens first and polls only a silent bus, unless --listen or --poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="60"/>
        <location filename="../app/gui/guistart.cpp" line="76"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="62"/>
        <source>The protocol on the link: pylontech-rs485, jk-modbus, jk-pb, jk-legacy, pylon-can, victron-can, ... (default pylontech-rs485 on serial, pylon-can on CAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="64"/>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="65"/>
        <source>Serial speed (default: the protocol&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="65"/>
        <source>baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="66"/>
        <source>Serial: only listen, never transmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="68"/>
        <source>Serial: poll the bank, still only after the listen window found the bus silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="70"/>
        <source>Open connected to a CAN interface through a Qt plugin (socketcan:can0, peakcan:usb0, virtualcan:can0); CAN links only listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="72"/>
        <source>plugin:interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="73"/>
        <source>CAN bit rate (default: the protocol&apos;s, 500000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="73"/>
        <source>bits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="74"/>
        <source>Open connected to an SLCAN adapter (CANable, USBtin) on a serial port, in silent mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="78"/>
        <source>Replay a recording (BankScope session, candump log, SavvyCAN CSV, Vector ASC) into every view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="82"/>
        <source>Replay speed: 1 real time (default), 10, or 0 as fast as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="82"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="83"/>
        <source>Record every live link&apos;s traffic into a BankScope session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="85"/>
        <source>The bank configuration (BankConfig JSON) the links are read with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="87"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;seconds&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="90"/>
        <source>Forget every remembered setting (window layout, languages, plan folder, recent files, last connection) and start with the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="92"/>
        <source>Seconds to run before --screenshot (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="93"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="115"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="118"/>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="131"/>
        <source>--screenshot-after needs a number of seconds, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="135"/>
        <source>--demo and --scenario play a simulated bank: they do not go with --serial, --can, --slcan or --replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="139"/>
        <source>--%1 needs a link: --serial, --can, --slcan or --replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="149"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="152"/>
        <source>--listen and --poll exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="154"/>
        <source>--listen and --poll are for a serial link (--serial): CAN links only listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="156"/>
        <source>--baud is for a serial link (--serial, or the adapter of --slcan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="161"/>
        <source>--baud needs a whole number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="165"/>
        <source>--bitrate is for a CAN link (--can or --slcan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="167"/>
        <source>--replay-speed is for --replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="169"/>
        <source>--record records live links: a replay is a recording already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="172"/>
        <source>%1 is a CAN protocol: use --can or --slcan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="174"/>
        <source>%1 runs on RS485: use --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="181"/>
        <source>--serial %1: no such port (plugged in? bankscope-cli ports lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="198"/>
        <source>--can %1: Qt has no CAN plugin &apos;%2&apos; here (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="202"/>
        <source>--slcan %1: no such port (plugged in? bankscope-cli ports lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="211"/>
        <source>--bitrate needs a whole number of bits per second, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="224"/>
        <source>--replay %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="230"/>
        <source>--replay-speed needs 0 (as fast as possible) or a factor up to 10000, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="247"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="248"/>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="252"/>
        <source>%1 on %2 (listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="255"/>
        <source>Replay of %1 (the recording&apos;s time, not the clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="258"/>
        <source>Simulated bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="264"/>
        <source>; recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="311"/>
        <source>cannot start: see above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="321"/>
        <source>Demo bank: 4 × US3000C simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="326"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="342"/>
        <source>%1: the window plays Pylontech banks (protocol &quot;pylontech-rs485&quot; or &quot;pylon-can&quot;), JK-B single-master banks (&quot;jk-legacy&quot;) and Victron CAN BMSs (&quot;victron-can&quot;); play &quot;%2&quot; with bankscope-sim and read it with bankscope-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="350"/>
        <source>Scenario “%1”: %2 CAN-bus BMSs simulated, one CAN loopback each (peer-to-peer), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="353"/>
        <source>Scenario “%1”: %2 packs simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="365"/>
        <source>cannot start the simulated bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <location filename="../app/sim/main.cpp" line="111"/>
        <source>a peer-to-peer bank has no master: there is nobody to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="112"/>
        <source>expected: promote PACK, a pack of this bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="125"/>
        <source>expected: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="134"/>
        <source>no pack &apos;%1&apos; in this bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="229"/>
        <source>a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="230"/>
        <source>an inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="231"/>
        <source>a GX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="233"/>
        <source>%1 is a real port, not a pseudo-terminal or virtualcan: playing %2 there transmits on a live bus. If no inverter or other master is connected to it, add --confirm-no-inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="240"/>
        <source>bankscope-sim: listening on %1 for %2 s before playing %3; nothing is sent meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="262"/>
        <source>stopped before the bus was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="264"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="280"/>
        <source>another master on %1 (%2): stopped sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="288"/>
        <source>Usage: bankscope-sim --scenario FILE (--pty | --serial PORT | --can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...])
                     [--baud B] [--dialect pylon-v1.2|pylontech-v1.3] [--confirm-no-inverter]
       bankscope-sim --inverter (--can PLUGIN:IFACE | --slcan PORT | --serial PORT [--adr A]) [--want A] [--confirm-no-inverter]
       bankscope-sim --gx (--can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...]) [--want A] [--confirm-no-inverter]

Plays the bank a scenario describes (resources/scenarios/README.md) as its master&apos;s
RS485 port. --pty creates a pseudo-terminal and prints its path on the first line of
standard output; --serial plays it on a real port (a second USB-RS485 stick); --can and
--slcan make its master broadcast Pylon CAN once a second and report inverter heartbeats.
Events (faults firing, commands) follow as JSON lines.
Commands on standard input: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit
(promote PACK: the stand-in takes over as master; clear promote demotes it again)
--inverter plays the inverter instead: 0x305 heartbeats on CAN, or polling a Pylontech
master on RS485 (9600 baud unless --baud), printing each second what it would charge and
discharge at (--want A: what it would like) given what the BMS told it.
A &quot;victron-can&quot; scenario is a GX-style peer-to-peer bank: every pack&apos;s BMS broadcasts its
own Victron-dialect frames on its own CAN interface, so give one interface per pack, in
bank order (--can socketcan:can0,can1,can2). --gx plays the Victron GX on those interfaces:
it sends 0x305/0x307, drops a BMS that goes quiet, aggregates the rest with the shared core
and prints each second what it would let the inverter charge and discharge at.

On anything but a pseudo-terminal or virtualcan (a USB-RS485 stick, socketcan, an SLCAN
adapter) emulation transmits on a real bus: it needs --confirm-no-inverter, then listens
for 10 s and is refused while another master or keep-alive is heard. Silence alone is
never consent: some inverters send no keep-alive. An inverter or GX being played stops
(exit 2) when another master or keep-alive appears.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="338"/>
        <source>--inverter listens on one CAN interface (a GX on several: --gx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="369"/>
        <source>bytes outside an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="375"/>
        <source>--inverter needs --can, --slcan or --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="420"/>
        <source>--gx needs --can or --slcan: one CAN interface per BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="510"/>
        <source>this bank has %1 BMSs, each on its own CAN interface: give %1 interfaces, e.g. --can socketcan:can0,can1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="625"/>
        <source>--adr needs an address from 0 to 255 (0x12 or 18), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="653"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">a kò lè ka %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="675"/>
        <source>a victron-can bank talks CAN: give --can or --slcan, one interface per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="682"/>
        <source>--dialect must be pylon-v1.2 or pylontech-v1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="685"/>
        <source>the master broadcasts on one CAN interface (several are for a victron-can bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="733"/>
        <source>cannot create a pseudo-terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
