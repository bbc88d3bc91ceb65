<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdapterGuide</name>
    <message>
        <location filename="../ui/adapterguide.cpp" line="36"/>
        <location filename="../ui/adapterguide.cpp" line="38"/>
        <source>Adapters in the field</source>
        <translation>Adaptateurs sur le terrain</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="54"/>
        <source>What to do when an adapter will not open or a bus stays silent. The same advice is in BankScope&apos;s error messages and in the README.</source>
        <translation>Que faire quand un adaptateur refuse de s&apos;ouvrir ou qu&apos;un bus reste muet. Les mêmes conseils figurent dans les messages d&apos;erreur de BankScope et dans le README.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="56"/>
        <source>Linux: permission denied on /dev/ttyUSB0 or /dev/ttyACM0</source>
        <translation>Linux : permission refusée sur /dev/ttyUSB0 ou /dev/ttyACM0</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="57"/>
        <source>Serial ports belong to the &lt;b&gt;dialout&lt;/b&gt; group. Add yourself once, then log out and back in:</source>
        <translation>Les ports série appartiennent au groupe &lt;b&gt;dialout&lt;/b&gt;. Ajoutez-vous-y une fois, puis fermez la session et rouvrez-la :</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="59"/>
        <source>Linux: the port is busy, or the first bytes vanish</source>
        <translation>Linux : le port est occupé, ou les premiers octets disparaissent</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="60"/>
        <source>ModemManager probes new CH340 and ttyACM devices as if they were modems for a few seconds after they are plugged in. Stop it (&lt;tt&gt;sudo systemctl stop ModemManager&lt;/tt&gt;; &lt;tt&gt;disable&lt;/tt&gt; to keep it off) or tell it to leave the adapter alone with the udev rule below (&lt;tt&gt;ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot;&lt;/tt&gt;). &lt;tt&gt;fuser -v /dev/ttyUSB0&lt;/tt&gt; names any other program that holds the port.</source>
        <translation>ModemManager sonde les nouveaux appareils CH340 et ttyACM comme s&apos;il s&apos;agissait de modems pendant quelques secondes après leur branchement. Arrêtez-le (&lt;tt&gt;sudo systemctl stop ModemManager&lt;/tt&gt; ; &lt;tt&gt;disable&lt;/tt&gt; pour qu&apos;il ne redémarre pas) ou demandez-lui de laisser l&apos;adaptateur tranquille avec la règle udev ci-dessous (&lt;tt&gt;ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot;&lt;/tt&gt;). &lt;tt&gt;fuser -v /dev/ttyUSB0&lt;/tt&gt; nomme tout autre programme qui tient le port.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="65"/>
        <source>Linux: stable names</source>
        <translation>Linux : des noms stables</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="66"/>
        <source>/dev/ttyUSB0 may become /dev/ttyUSB1 after a replug. Use the /dev/serial/by-id/… name (BankScope offers it and finds a replugged stick by it), or give the adapter your own name with a rule in /etc/udev/rules.d/99-bankscope.rules, e.g. for a CH340 stick:</source>
        <translation>/dev/ttyUSB0 peut devenir /dev/ttyUSB1 après un rebranchement. Utilisez le nom /dev/serial/by-id/… (BankScope le propose et retrouve par lui une clé rebranchée), ou donnez à l&apos;adaptateur votre propre nom par une règle dans /etc/udev/rules.d/99-bankscope.rules, par exemple pour une clé CH340 :</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="71"/>
        <source>then &lt;tt&gt;sudo udevadm control --reload &amp;amp;&amp;amp; sudo udevadm trigger&lt;/tt&gt;. Common IDs: CH340 1a86:7523, FTDI FT232R 0403:6001, CP210x 10c4:ea60, PL2303 067b:2303. Two identical sticks without serial numbers cannot be told apart by a rule: label them, or match on KERNELS (the USB port). BankScope says “identical adapter: check which port” for them.</source>
        <translation>puis &lt;tt&gt;sudo udevadm control --reload &amp;amp;&amp;amp; sudo udevadm trigger&lt;/tt&gt;. Identifiants courants : CH340 1a86:7523, FTDI FT232R 0403:6001, CP210x 10c4:ea60, PL2303 067b:2303. Deux clés identiques sans numéro de série ne se distinguent pas par une règle : étiquetez-les, ou utilisez KERNELS (le port USB). BankScope les signale par « adaptateur identique : vérifiez quel port ».</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="76"/>
        <source>Windows: COM ports and drivers</source>
        <translation>Windows : ports COM et pilotes</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="77"/>
        <source>The adapter appears in Device Manager under “Ports (COM &amp;amp; LPT)” as COMn. CH340/CH341 and CP210x sticks need the chip maker&apos;s driver (WCH, Silicon Labs) if Windows Update does not install one; FTDI usually works out of the box. Select the COM port by name in BankScope.</source>
        <translation>L&apos;adaptateur apparaît dans le Gestionnaire de périphériques sous « Ports (COM et LPT) » comme COMn. Les clés CH340/CH341 et CP210x ont besoin du pilote du fabricant de la puce (WCH, Silicon Labs) si Windows Update n&apos;en installe pas ; FTDI fonctionne en général tel quel. Choisissez le port COM par son nom dans BankScope.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="80"/>
        <source>CAN: SLCAN adapters (CANable with slcan firmware, USBtin, clones)</source>
        <translation>CAN : adaptateurs SLCAN (CANable avec le firmware slcan, USBtin, clones)</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="81"/>
        <source>They appear as a serial port: choose “SLCAN adapter” in Connect (or &lt;tt&gt;--slcan PORT&lt;/tt&gt;). BankScope opens them silent (listen-only) and refuses to open them otherwise.</source>
        <translation>Ils apparaissent comme un port série : choisissez « Adaptateur SLCAN » dans Connexion (ou &lt;tt&gt;--slcan PORT&lt;/tt&gt;). BankScope les ouvre en mode silencieux (écoute seule) et refuse de les ouvrir autrement.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="83"/>
        <source>CAN: candleLight / gs_usb (CANable 2 with candleLight firmware) and other socketcan adapters</source>
        <translation>CAN : candleLight / gs_usb (CANable 2 avec le firmware candleLight) et autres adaptateurs socketcan</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="84"/>
        <source>They are network interfaces on Linux. Bring the interface up in listen-only mode before sniffing a live bus (the bit rate belongs to the interface, not to BankScope):</source>
        <translation>Sous Linux, ce sont des interfaces réseau. Activez l&apos;interface en mode écoute seule avant d&apos;écouter un bus en service (le débit appartient à l&apos;interface, pas à BankScope) :</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="87"/>
        <source>Without &lt;tt&gt;listen-only on&lt;/tt&gt; the adapter acknowledges frames on the bus: harmless on a healthy bus, but it is transmitting. Then choose the socketcan plugin and can0 in Connect (&lt;tt&gt;--can socketcan:can0&lt;/tt&gt;).</source>
        <translation>Sans &lt;tt&gt;listen-only on&lt;/tt&gt;, l&apos;adaptateur acquitte les trames sur le bus : sans danger sur un bus sain, mais il émet. Choisissez ensuite le plugin socketcan et can0 dans Connexion (&lt;tt&gt;--can socketcan:can0&lt;/tt&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="90"/>
        <source>CAN: PEAK PCAN-USB</source>
        <translation>CAN : PEAK PCAN-USB</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="91"/>
        <source>On Linux through socketcan (the peak_usb driver, as above); on Windows through Qt&apos;s peakcan plugin, which needs PEAK&apos;s PCAN-Basic driver installed.</source>
        <translation>Sous Linux via socketcan (le pilote peak_usb, comme ci-dessus) ; sous Windows via le plugin peakcan de Qt, qui demande le pilote PCAN-Basic de PEAK.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="93"/>
        <source>RS485: A and B</source>
        <translation>RS485 : A et B</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="94"/>
        <source>Vendors disagree on which wire is A: some label the non-inverting line A, others B, and some adapters print D+/D−, T/R+ and T/R−. If bytes arrive but no frame decodes, or nothing arrives at all, swap A and B — it does no harm. Connect GND too where the BMS port has one (Pylontech RJ45 pins 7 = RS485-A, 8 = RS485-B on the battery side; check your adapter).</source>
        <translation>Les fabricants ne s&apos;accordent pas sur le fil A : certains appellent A la ligne non inversée, d&apos;autres B, et certains adaptateurs impriment D+/D−, T/R+ et T/R−. Si des octets arrivent mais qu&apos;aucune trame ne se décode, ou que rien n&apos;arrive, inversez A et B — c&apos;est sans risque. Branchez aussi GND quand le port BMS en a un (Pylontech RJ45 : broche 7 = RS485-A, broche 8 = RS485-B côté batterie ; vérifiez votre adaptateur).</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="98"/>
        <source>Termination</source>
        <translation>Terminaison</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="99"/>
        <source>A long RS485 or CAN run needs a 120 Ω terminator at each end and nowhere else. A laptop adapter tapped into the middle of a terminated bus must not add its own terminator (many CAN adapters have a jumper or switch for it). A short bench cable usually works without.</source>
        <translation>Une longue liaison RS485 ou CAN demande une résistance de terminaison de 120 Ω à chaque extrémité et nulle part ailleurs. Un adaptateur de PC branché au milieu d&apos;un bus déjà terminé ne doit pas ajouter sa propre terminaison (beaucoup d&apos;adaptateurs CAN ont un cavalier ou un interrupteur pour cela). Un câble court sur l&apos;établi fonctionne en général sans.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="102"/>
        <source>Baud rate</source>
        <translation>Débit en bauds</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="103"/>
        <source>Pylontech RS485: 115200 (DIP 1 off) or 9600 (DIP 1 on); JK RS485: 115200; Pylon CAN and most CAN BMSs: 500 kbit/s. A wrong baud rate shows as “bytes arrive but no valid frames”. Connection › Auto-detect listens at each speed and never transmits.</source>
        <translation>Pylontech RS485 : 115200 (DIP 1 sur off) ou 9600 (DIP 1 sur on) ; JK RS485 : 115200 ; Pylon CAN et la plupart des BMS CAN : 500 kbit/s. Un mauvais débit se voit par « des octets arrivent mais aucune trame valide ». Connexion › Détection automatique écoute à chaque vitesse et n&apos;émet jamais.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="123"/>
        <source>Commissioning and diagnostics for parallel lithium battery banks: Pylontech, JK BMS and CAN BMSs on one inverter, over RS485 and CAN.</source>
        <translation>Mise en service et diagnostic des parcs de batteries lithium en parallèle : Pylontech, JK BMS et BMS CAN sur un même onduleur, par RS485 et CAN.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="125"/>
        <source>Qt %1 (built with Qt %2).</source>
        <translation>Qt %1 (compilé avec Qt %2).</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="126"/>
        <source>Licences: Qt Core, Gui, Widgets, PrintSupport, SerialPort and SerialBus under the GNU LGPL version 3; Qt Charts under the GNU GPL version 3. Help › About Qt has Qt&apos;s licence texts.</source>
        <translation>Licences : Qt Core, Gui, Widgets, PrintSupport, SerialPort et SerialBus sous GNU LGPL version 3 ; Qt Charts sous GNU GPL version 3. Aide › À propos de Qt contient les textes de licence de Qt.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="128"/>
        <source>BankScope&apos;s own licence is the one its package states; the protocol facts it carries name their public sources in the catalogue.</source>
        <translation>La licence de BankScope lui-même est celle qu&apos;indique son paquet ; les données de protocole qu&apos;il contient citent leurs sources publiques dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="136"/>
        <source>About BankScope</source>
        <translation>À propos de BankScope</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="106"/>
        <source>When a port will not open</source>
        <translation>Quand un port refuse de s&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="108"/>
        <source>Is it there? Unplug and replug, then press Refresh in Connect: the adapter is named (CH340, FTDI, CP210x, PL2303, CANable).</source>
        <translation>Est-il là ? Débranchez et rebranchez, puis appuyez sur Actualiser dans Connexion : l&apos;adaptateur est nommé (CH340, FTDI, CP210x, PL2303, CANable).</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="110"/>
        <source>Permission denied: the dialout group (above), then log out and back in.</source>
        <translation>Permission refusée : le groupe dialout (ci-dessus), puis fermez la session et rouvrez-la.</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="111"/>
        <source>Busy: another program holds it (fuser -v PORT; a terminal program, ModemManager, another BankScope).</source>
        <translation>Occupé : un autre programme le tient (fuser -v PORT ; un programme de terminal, ModemManager, un autre BankScope).</translation>
    </message>
    <message>
        <location filename="../ui/adapterguide.cpp" line="113"/>
        <source>Opens but silent: check A/B, GND, termination and the speed; let Auto-detect listen.</source>
        <translation>S&apos;ouvre mais reste muet : vérifiez A/B, GND, la terminaison et la vitesse ; laissez la détection automatique écouter.</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="75"/>
        <source>Master and addresses</source>
        <translation>Maître et adresses</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="76"/>
        <source>Which unit is master and how, every unit&apos;s address and switches as drawn here, and what you find on each unit.</source>
        <translation>Quelle unité est maître et comment, l&apos;adresse et les interrupteurs de chaque unité tels que dessinés ici, et ce que vous trouvez sur chaque unité.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="79"/>
        <source>Who is master</source>
        <translation>Qui est maître</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="98"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="99"/>
        <source>Units of the bank</source>
        <translation>Unités du parc</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="127"/>
        <source>Record what I found on this unit</source>
        <translation>Noter ce que j&apos;ai trouvé sur cette unité</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="148"/>
        <source>As planned</source>
        <translation>Comme prévu</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="150"/>
        <source>As &amp;found on the unit (click or use the keys)</source>
        <translation>Comme &amp;trouvé sur l&apos;unité (cliquez ou utilisez les touches)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="175"/>
        <source>This unit has no address switches: nothing to set on it.</source>
        <translation>Cette unité n&apos;a pas d&apos;interrupteurs d&apos;adresse : rien à régler dessus.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="184"/>
        <source>from the unit&apos;s label</source>
        <translation>d&apos;après l&apos;étiquette de l&apos;unité</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="185"/>
        <source>Verification matches readings to units by serial number, never by address.</source>
        <translation>La vérification associe les mesures aux unités par numéro de série, jamais par adresse.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="187"/>
        <source>if known; verification reads it where the protocol carries it</source>
        <translation>si connu ; la vérification le lit là où le protocole le transmet</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="197"/>
        <source>Serial &amp;number:</source>
        <translation>&amp;Numéro de série :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="198"/>
        <source>F&amp;irmware:</source>
        <translation>F&amp;irmware :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="200"/>
        <source>The unit</source>
        <translation>L&apos;unité</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>RS485 rate: OFF 115200, ON 9600 (every unit alike)</source>
        <translation>Débit RS485 : OFF 115200, ON 9600 (identique sur chaque unité)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>group, bit 1 (the master&apos;s)</source>
        <translation>groupe, bit 1 (celui du maître)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="228"/>
        <source>group, bit 2 (the master&apos;s)</source>
        <translation>groupe, bit 2 (celui du maître)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="229"/>
        <source>group, bit 3 (the master&apos;s)</source>
        <translation>groupe, bit 3 (celui du maître)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 1</source>
        <translation>adresse, ajoute 1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 2</source>
        <translation>adresse, ajoute 2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 4</source>
        <translation>adresse, ajoute 4</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="231"/>
        <source>address, adds 8</source>
        <translation>adresse, ajoute 8</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="248"/>
        <source>Switch 1 is set on site to the inverter&apos;s RS485 rate (OFF 115200, ON 9600), the same on every module: record what you set.</source>
        <translation>L&apos;interrupteur 1 se règle sur site au débit RS485 de l&apos;onduleur (OFF 115200, ON 9600), identique sur chaque module : notez ce que vous avez réglé.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="250"/>
        <source>Switch 1 %1: RS485 at %2 baud. Set every module alike, to the inverter&apos;s rate.</source>
        <translation>Interrupteur 1 %1 : RS485 à %2 bauds. Réglez chaque module pareil, au débit de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="254"/>
        <source>Switch 1 is %1 here, %2 in the plan: on CAN it does nothing, but on RS485 this module would talk at %3 baud.</source>
        <translation>L&apos;interrupteur 1 est %1 ici, %2 dans le plan : en CAN il n&apos;a aucun effet, mais en RS485 ce module parlerait à %3 bauds.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="256"/>
        <source>Switch 1 is %1 here, %2 in the plan: on RS485 this module would talk at %3 baud, not at the bank&apos;s rate.</source>
        <translation>L&apos;interrupteur 1 est %1 ici, %2 dans le plan : en RS485 ce module parlerait à %3 bauds, pas au débit du parc.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="263"/>
        <source>Switches 2-4 differ from the plan (group %1 here, %2 planned): in a single group a slave&apos;s switches 2-4 are ignored, so this does no harm.</source>
        <translation>Les interrupteurs 2-4 diffèrent du plan (groupe %1 ici, %2 prévu) : dans un groupe unique, les interrupteurs 2-4 d&apos;un esclave sont ignorés, ce n&apos;est donc pas grave.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="267"/>
        <source>Switches 2-4 set group %1 here, the plan has group %2: this master would answer at %3 instead of %4.</source>
        <translation>Les interrupteurs 2-4 donnent le groupe %1 ici, le plan prévoit le groupe %2 : ce maître répondrait à %3 au lieu de %4.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="278"/>
        <source>0000 makes this pack a master too: two masters on one pack bus collide. The plan has address %1.</source>
        <translation>0000 fait aussi de ce pack un maître : deux maîtres sur un même bus de packs entrent en collision. Le plan prévoit l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="279"/>
        <source>These switches make address %1; the plan has %2.</source>
        <translation>Ces interrupteurs donnent l&apos;adresse %1 ; le plan prévoit %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="283"/>
        <source>The switches differ from the plan.</source>
        <translation>Les interrupteurs diffèrent du plan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="286"/>
        <source>As planned.</source>
        <translation>Comme prévu.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="340"/>
        <source>⚠ Another reading — a conflict between sources</source>
        <translation>⚠ Autre lecture — conflit entre les sources</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="358"/>
        <source>Checked on the units: each group&apos;s master (%1) heads its link chain with its Link 0 empty</source>
        <translation>Vérifié sur les unités : le maître de chaque groupe (%1) est en tête de sa chaîne de liaison, son Link 0 libre</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="360"/>
        <source>Checked on the units: %1 carries the inverter cable and its Link 0 is empty</source>
        <translation>Vérifié sur les unités : %1 porte le câble de l&apos;onduleur et son Link 0 est libre</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="362"/>
        <source>Checked on every pack: only %1 is at DIP 0000</source>
        <translation>Vérifié sur chaque pack : seul %1 est en DIP 0000</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="379"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="434"/>
        <source>%1 of group %2</source>
        <translation>%1 du groupe %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="435"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="438"/>
        <source>RS485 address %1</source>
        <translation>Adresse RS485 %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="438"/>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="440"/>
        <source>at the head of its link chain (Link 0 empty)</source>
        <translation>en tête de sa chaîne de liaison (Link 0 libre)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="440"/>
        <source>position %1 in its link chain</source>
        <translation>position %1 dans sa chaîne de liaison</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="448"/>
        <source>%1, as planned</source>
        <translation>%1, comme prévu</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="451"/>
        <source>%1, as found on the unit</source>
        <translation>%1, comme trouvé sur l&apos;unité</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="463"/>
        <source>Switch %1: %2</source>
        <translation>Interrupteur %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="472"/>
        <source>No switches: set address %1 in the vendor&apos;s app (JK: “Device Addr”, once the port runs JK Modbus). BankScope never writes it.</source>
        <translation>Pas d&apos;interrupteurs : réglez l&apos;adresse %1 dans l&apos;application du fabricant (JK : « Device Addr », une fois le port en JK Modbus). BankScope ne l&apos;écrit jamais.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="474"/>
        <source>Address %1 set in the app on %2</source>
        <translation>Adresse %1 réglée dans l&apos;application le %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/addresspage.cpp" line="512"/>
        <source>%1: switches found %2 (switch 1 first, 1 = ON); planned %3. %4</source>
        <translation>%1 : interrupteurs trouvés %2 (interrupteur 1 en premier, 1 = ON) ; prévus %3. %4</translation>
    </message>
</context>
<context>
    <name>Aggregator</name>
    <message>
        <location filename="../core/aggregator.cpp" line="177"/>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="179"/>
        <source>stale (last reading %1 s ago, limit %2 s)</source>
        <translation>périmé (dernière mesure il y a %1 s, limite %2 s)</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="182"/>
        <source>silent (no reading received)</source>
        <translation>muet (aucune mesure reçue)</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="186"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="442"/>
        <location filename="../core/aggregator.cpp" line="448"/>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="443"/>
        <source>No pack is set as master. In a %1 bank the inverter gets its data from the master.</source>
        <translation>Aucun pack n&apos;est réglé comme maître. Dans un parc %1, l&apos;onduleur reçoit ses données du maître.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="445"/>
        <source>In the bank setup, mark the pack whose communication cable goes to the inverter as master.</source>
        <translation>Dans la configuration du parc, marquez comme maître le pack dont le câble de communication va à l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="449"/>
        <source>%1 are all set as master. Two masters on one bus collide and the inverter sees neither reliably.</source>
        <translation>%1 sont tous réglés comme maître. Deux maîtres sur un même bus entrent en collision et l&apos;onduleur ne voit aucun des deux de façon fiable.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="451"/>
        <source>Keep one master (the pack wired to the inverter) and set the others to slave addresses.</source>
        <translation>Gardez un seul maître (le pack relié à l&apos;onduleur) et donnez aux autres des adresses d&apos;esclave.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="465"/>
        <source>%1 is %2. The aggregator drops it and carries on: bank capacity falls to %3 Ah and the current limits shrink with it.</source>
        <translation>%1 est %2. L&apos;agrégateur l&apos;écarte et continue : la capacité du parc tombe à %3 Ah et les limites de courant diminuent d&apos;autant.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="467"/>
        <source>Check %1&apos;s CAN cable, termination and power; the aggregator adds it back when it reports again.</source>
        <translation>Vérifiez le câble CAN, la terminaison et l&apos;alimentation de %1 ; l&apos;agrégateur le réintègre dès qu&apos;il émet de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="472"/>
        <source> It falls back to a voltage-only SOC of about %1 % while the packs hold %2 %.</source>
        <translation> Il se rabat sur un SOC estimé à la seule tension, d&apos;environ %1 %, alors que les packs sont à %2 %.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="476"/>
        <source>Check the master&apos;s power and its cable to the inverter. If the master has failed, follow the failover card: make another pack the master and move the inverter cable to it.</source>
        <translation>Vérifiez l&apos;alimentation du maître et son câble vers l&apos;onduleur. Si le maître est en panne, suivez la fiche de secours : faites d&apos;un autre pack le maître et déplacez-y le câble de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="477"/>
        <source>Check the master&apos;s power and its cable to the inverter. If it has failed, promote another pack by hand: move the inverter cable to it and give it the master address.</source>
        <translation>Vérifiez l&apos;alimentation du maître et son câble vers l&apos;onduleur. S&apos;il est en panne, promouvez un autre pack à la main : déplacez-y le câble de l&apos;onduleur et donnez-lui l&apos;adresse du maître.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="479"/>
        <source>The master %1 is %2: the inverter receives no BMS data.</source>
        <translation>Le maître %1 est %2 : l&apos;onduleur ne reçoit aucune donnée BMS.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="486"/>
        <source>%1 is %2, and so is the master: nothing about it reaches the inverter, and a slave read through the master cannot be checked until the master is back.</source>
        <translation>%1 est %2, et le maître aussi : rien de ce pack n&apos;arrive à l&apos;onduleur, et un esclave lu à travers le maître ne peut pas être vérifié avant le retour du maître.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="488"/>
        <source>Restore the master first (see its finding); then check %1 if it still does not answer.</source>
        <translation>Rétablissez d&apos;abord le maître (voir son constat) ; vérifiez ensuite %1 s&apos;il ne répond toujours pas.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="492"/>
        <source>%1 is %2. The master reports a communication fault to the inverter, and the bank&apos;s capacity and limits no longer include this pack.</source>
        <translation>%1 est %2. Le maître signale un défaut de communication à l&apos;onduleur, et la capacité et les limites du parc n&apos;incluent plus ce pack.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="494"/>
        <source>Check the link cable between %1 and its neighbour, its address switches, and that it is switched on.</source>
        <translation>Vérifiez le câble de liaison entre %1 et son voisin, ses interrupteurs d&apos;adresse, et qu&apos;il est bien allumé.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="499"/>
        <source>%1 is %2. The inverter never sees this pack in a single-master bank, and now BankScope cannot check it either.</source>
        <translation>%1 est %2. Dans un parc à maître unique, l&apos;onduleur ne voit jamais ce pack, et BankScope ne peut plus le vérifier non plus.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="501"/>
        <source>Check BankScope&apos;s cable to %1 and the pack&apos;s RS485 address.</source>
        <translation>Vérifiez le câble de BankScope vers %1 et l&apos;adresse RS485 du pack.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="513"/>
        <source>Two BMSs send on %1&apos;s link (%2): %3 send the same frame ids, so %1&apos;s values jump between them and the GX or inverter cannot tell which is which.</source>
        <translation>Deux BMS émettent sur la liaison de %1 (%2) : %3 envoient les mêmes identifiants de trame, si bien que les valeurs de %1 sautent de l&apos;un à l&apos;autre et que le GX ou l&apos;onduleur ne peut pas les distinguer.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="514"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="515"/>
        <source>Leave one BMS on this port: each BMS needs its own CAN port on the GX, or one master that speaks for the others. Check the cable and any splitter on %1&apos;s port.</source>
        <translation>Ne laissez qu&apos;un BMS sur ce port : chaque BMS a besoin de son propre port CAN sur le GX, ou d&apos;un maître qui parle pour les autres. Vérifiez le câble et tout répartiteur sur le port de %1.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="519"/>
        <location filename="../core/aggregator.cpp" line="527"/>
        <source>bank</source>
        <translation>parc</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="520"/>
        <source>No pack is online: the inverter has no battery data.</source>
        <translation>Aucun pack n&apos;est en ligne : l&apos;onduleur n&apos;a aucune donnée batterie.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="521"/>
        <source>Check the bus cable, termination, bit rate, and that the packs are switched on.</source>
        <translation>Vérifiez le câble du bus, la terminaison, le débit et que les packs sont allumés.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="528"/>
        <source>The inverter sees %1 % SOC but the bank holds %2 % (%3 points apart): it will start the generator or cut off at the wrong moment.</source>
        <translation>L&apos;onduleur voit un SOC de %1 % mais le parc est à %2 % (%3 points d&apos;écart) : il démarrera le groupe électrogène ou coupera au mauvais moment.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="531"/>
        <source>The inverter sees only the master&apos;s own count. Make the pack cables to the busbar equal so the packs share current evenly, and set the inverter&apos;s cut-off SOC with this gap in mind.</source>
        <translation>L&apos;onduleur ne voit que le comptage du maître. Rendez égaux les câbles des packs vers le jeu de barres pour que les packs se partagent le courant, et réglez le SOC de coupure de l&apos;onduleur en tenant compte de cet écart.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="532"/>
        <source>Compare the packs&apos; SOC in the pack table and check the master&apos;s aggregation settings.</source>
        <translation>Comparez les SOC des packs dans le tableau des packs et vérifiez les réglages d&apos;agrégation du maître.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="547"/>
        <source>%1 reports %2, but the inverter cannot see it and will go on charging and discharging.</source>
        <translation>%1 signale %2, mais l&apos;onduleur ne le voit pas et continuera de charger et de décharger.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="549"/>
        <source>Check %1 now. Only what reaches the inverter protects the bank: lower the inverter&apos;s limits until the fault is cleared.</source>
        <translation>Vérifiez %1 maintenant. Seul ce qui parvient à l&apos;onduleur protège le parc : baissez les limites de l&apos;onduleur jusqu&apos;à ce que le défaut soit levé.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="555"/>
        <source>%1 reports %2; the inverter sees it as a fault.</source>
        <translation>%1 signale %2 ; l&apos;onduleur le voit comme un défaut.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="556"/>
        <source>%1 reports %2; under the &quot;all packs&quot; rule the inverter sees only a warning.</source>
        <translation>%1 signale %2 ; avec la règle « tous les packs », l&apos;onduleur ne voit qu&apos;un avertissement.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="558"/>
        <source>Find the cause in %1&apos;s cell and temperature readings before resetting anything.</source>
        <translation>Trouvez la cause dans les tensions de cellules et les températures de %1 avant de réinitialiser quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="569"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees %4 mV.</source>
        <translation>La cellule la plus basse du parc est la cellule %2 de %1 à %3 mV ; l&apos;onduleur voit %4 mV.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="571"/>
        <source>The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees no cell voltages.</source>
        <translation>La cellule la plus basse du parc est la cellule %2 de %1 à %3 mV ; l&apos;onduleur ne voit aucune tension de cellule.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="573"/>
        <source>The inverter cannot protect this cell. Check the pack&apos;s balance and the cell&apos;s connections.</source>
        <translation>L&apos;onduleur ne peut pas protéger cette cellule. Vérifiez l&apos;équilibrage du pack et les connexions de la cellule.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="585"/>
        <source>When the bank charges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation>Quand le parc charge à sa limite de %1 A, %2 porterait %3 A (%4 % du courant), au-dessus de sa propre limite de %5 A.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="586"/>
        <source>When the bank discharges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.</source>
        <translation>Quand le parc décharge à sa limite de %1 A, %2 porterait %3 A (%4 % du courant), au-dessus de sa propre limite de %5 A.</translation>
    </message>
    <message>
        <location filename="../core/aggregator.cpp" line="588"/>
        <source>Unequal cable lengths or connections split the current unevenly. Make the pack cables to the busbar equal, or use the &quot;smallest pack limit&quot; rule.</source>
        <translation>Des longueurs de câble ou des connexions inégales répartissent mal le courant. Rendez égaux les câbles des packs vers le jeu de barres, ou utilisez la règle « plus petite limite de pack ».</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/appsettings.cpp" line="74"/>
        <source>it is %1 bytes long, more than a settings file can be</source>
        <translation>il fait %1 octets, plus qu&apos;un fichier de réglages ne peut faire</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="81"/>
        <source>it is not a text file</source>
        <translation>ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="97"/>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="99"/>
        <source>it is not a settings file</source>
        <translation>ce n&apos;est pas un fichier de réglages</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="126"/>
        <source>it holds an entry BankScope does not write (%1)</source>
        <translation>il contient une entrée que BankScope n&apos;écrit pas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="129"/>
        <source>the value of %1 is not a saved window state</source>
        <translation>la valeur de %1 n&apos;est pas un état de fenêtre enregistré</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="132"/>
        <source>the value of %1 is not a saved widget state</source>
        <translation>la valeur de %1 n&apos;est pas un état de widget enregistré</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="135"/>
        <source>the value of %1 is not a language code</source>
        <translation>la valeur de %1 n&apos;est pas un code de langue</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="137"/>
        <source>the value of %1 is not a name or a path</source>
        <translation>la valeur de %1 n&apos;est ni un nom ni un chemin</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="139"/>
        <source>the value of %1 is not a page of the window</source>
        <translation>la valeur de %1 n&apos;est pas une page de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="141"/>
        <source>the value of %1 is not true or false</source>
        <translation>la valeur de %1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="146"/>
        <source>the value of %1 is not a connection</source>
        <translation>la valeur de %1 n&apos;est pas une connexion</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="148"/>
        <source>the value of %1 is not a connection (%2)</source>
        <translation>la valeur de %1 n&apos;est pas une connexion (%2)</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="158"/>
        <source>the value of %1 is not a list of files</source>
        <translation>la valeur de %1 n&apos;est pas une liste de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="169"/>
        <source>The settings file %1 was set aside as %2 (%3); BankScope starts with its defaults.</source>
        <translation>Le fichier de réglages %1 a été mis de côté sous %2 (%3) ; BankScope démarre avec ses réglages par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/appsettings.cpp" line="180"/>
        <source>The settings file %1 cannot be used (%2) and cannot be moved aside; this session&apos;s settings are kept in %3.</source>
        <translation>Le fichier de réglages %1 est inutilisable (%2) et ne peut pas être mis de côté ; les réglages de cette session sont gardés dans %3.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../ui/appearance.cpp" line="195"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="197"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/appearance.cpp" line="198"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <location filename="../core/bankconfig.cpp" line="57"/>
        <source>True master-slave</source>
        <translation>Vrai maître-esclave</translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="59"/>
        <source>Peer-to-peer (GX aggregator)</source>
        <translation>Pair à pair (agrégateur GX)</translation>
    </message>
    <message>
        <location filename="../core/bankconfig.cpp" line="61"/>
        <source>Single master, no inter-BMS link</source>
        <translation>Maître unique, sans liaison entre BMS</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="33"/>
        <source>The architecture</source>
        <translation>L&apos;architecture</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="34"/>
        <source>Derived from the batteries and the inverter: who talks to the inverter, and what it will and will not know.</source>
        <translation>Déduite des batteries et de l&apos;onduleur : qui parle à l&apos;onduleur, et ce qu&apos;il saura et ne saura pas.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="47"/>
        <source>Why, and what to know</source>
        <translation>Pourquoi, et ce qu&apos;il faut savoir</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="83"/>
        <source>One cable from the inverter to the master; the other units behind it on their own link, or monitored separately.</source>
        <translation>Un câble de l&apos;onduleur vers le maître ; les autres unités derrière lui sur leur propre liaison, ou surveillées séparément.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="86"/>
        <source>Every BMS on the inverter&apos;s bus, each at its own address: the inverter polls them all.</source>
        <translation>Chaque BMS sur le bus de l&apos;onduleur, chacun à sa propre adresse : l&apos;onduleur les interroge tous.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="89"/>
        <source>Every BMS on its own CAN port of the GX; the GX combines them and talks to the inverter.</source>
        <translation>Chaque BMS sur son propre port CAN du GX ; le GX les combine et parle à l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="92"/>
        <source>Cabling: %1</source>
        <translation>Câblage : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="95"/>
        <source>for %1: %2</source>
        <translation>pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="96"/>
        <source>for %1: %2, %3</source>
        <translation>pour %1 : %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="97"/>
        <source>Stand-in master: none needed, every BMS talks to the GX itself.</source>
        <translation>Maître de secours : aucun n&apos;est nécessaire, chaque BMS parle lui-même au GX.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="98"/>
        <source>Stand-in master if the master fails: %1.</source>
        <translation>Maître de secours si le maître tombe en panne : %1.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="116"/>
        <source>To plan every BMS on the inverter&apos;s bus instead, go Back to the firmware step: enter the version and confirm that its release notes were checked.</source>
        <translation>Pour prévoir plutôt chaque BMS sur le bus de l&apos;onduleur, revenez à l&apos;étape du firmware : saisissez la version et confirmez que ses notes de version ont été vérifiées.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/architecturepage.cpp" line="124"/>
        <source>No further notes on the architecture; the master and its switches are on the next step.</source>
        <translation>Pas d&apos;autre remarque sur l&apos;architecture ; le maître et ses interrupteurs sont à l&apos;étape suivante.</translation>
    </message>
</context>
<context>
    <name>BankJson</name>
    <message>
        <location filename="../core/bankjson.cpp" line="32"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="51"/>
        <location filename="../core/bankjson.cpp" line="109"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="54"/>
        <location filename="../core/bankjson.cpp" line="112"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors plage (%2 à %3)</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="64"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="75"/>
        <source>expected a list of fault names</source>
        <translation>liste de noms de défauts attendue</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="81"/>
        <source>expected a fault name</source>
        <translation>nom de défaut attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="84"/>
        <source>unknown fault name &apos;%1&apos; (known: %2)</source>
        <translation>nom de défaut inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="103"/>
        <source>expected a list of numbers</source>
        <translation>liste de nombres attendue</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="116"/>
        <location filename="../core/bankjson.cpp" line="250"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="150"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="155"/>
        <source>expected a JSON object describing the bank</source>
        <translation>objet JSON décrivant le parc attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="167"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation>« master-slave », « peer-to-peer » ou « single-master » attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="176"/>
        <location filename="../core/bankjson.cpp" line="213"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="185"/>
        <source>expected &quot;weakest-times-count&quot;, &quot;sum&quot; or &quot;min&quot;</source>
        <translation>« weakest-times-count », « sum » ou « min » attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="193"/>
        <source>expected &quot;any&quot; or &quot;all&quot;</source>
        <translation>« any » ou « all » attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="207"/>
        <source>expected a non-empty list of packs</source>
        <translation>liste de packs non vide attendue</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="228"/>
        <source>expected a non-empty string</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="230"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation>identifiant de pack en double « %1 »</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="236"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="245"/>
        <source>expected &quot;master&quot; or &quot;slave&quot;</source>
        <translation>« master » ou « slave » attendu</translation>
    </message>
    <message>
        <location filename="../core/bankjson.cpp" line="261"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
</context>
<context>
    <name>BankSession</name>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="184"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="222"/>
        <source>a scan needs a serial link and a protocol with addresses to scan (a CAN bus has none)</source>
        <translation>un balayage demande une liaison série et un protocole avec des adresses à balayer (un bus CAN n’en a pas)</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="236"/>
        <source>nothing to connect to: the plan has no source</source>
        <translation>rien à quoi se connecter : le plan n&apos;a aucune source</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="241"/>
        <source>a simulated bank was asked for, but none was handed to the session</source>
        <translation>un parc simulé a été demandé, mais aucun n&apos;a été confié à la session</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="484"/>
        <source>%1 is a CAN protocol: it does not run on a serial port</source>
        <translation>%1 est un protocole CAN : il ne fonctionne pas sur un port série</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="500"/>
        <source>two identical adapters without serial numbers: %1</source>
        <translation>deux adaptateurs identiques sans numéro de série : %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="592"/>
        <source>Another master polls this bus: BankScope only listens here. To poll, unplug the inverter&apos;s BMS cable first.</source>
        <translation>Un autre maître interroge ce bus : BankScope ne fait qu&apos;écouter ici. Pour interroger, débranchez d&apos;abord le câble BMS de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="682"/>
        <source>%1 runs on RS485, not on CAN</source>
        <translation>%1 fonctionne en RS485, pas en CAN</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="779"/>
        <source>no protocol finds a valid frame in the serial traffic of its first part: choose the protocol</source>
        <translation>aucun protocole ne trouve de trame valide dans le début du trafic série : choisissez le protocole</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="817"/>
        <source>line %1 of the recording cannot be read: %2</source>
        <translation>la ligne %1 de l&apos;enregistrement est illisible : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="818"/>
        <source>The line is skipped and the rest plays; the recording may have been cut or edited.</source>
        <translation>La ligne est sautée et le reste est relu ; l&apos;enregistrement a peut-être été coupé ou modifié.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="828"/>
        <source>the replay speed must be a finite number of at least 0</source>
        <translation>la vitesse de relecture doit être un nombre fini supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="934"/>
        <location filename="../protocols/links/banksession.cpp" line="1189"/>
        <source>two identical adapters: pick one</source>
        <translation>deux adaptateurs identiques : choisissez-en un</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="935"/>
        <location filename="../protocols/links/banksession.cpp" line="1190"/>
        <source>Two adapters of the same kind without serial numbers are plugged in (%1): BankScope cannot tell them apart. Pick the one to use by its device name, or unplug the other.</source>
        <translation>Deux adaptateurs du même type sans numéro de série sont branchés (%1) : BankScope ne peut pas les distinguer. Choisissez celui à utiliser par son nom de périphérique, ou débranchez l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="945"/>
        <source>permission denied on %1</source>
        <translation>permission refusée sur %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="947"/>
        <source>Add yourself to the dialout group: sudo usermod -aG dialout $USER, then log out and in again.</source>
        <translation>Ajoutez-vous au groupe dialout : sudo usermod -aG dialout $USER, puis fermez la session et rouvrez-la.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="949"/>
        <source>Ask the administrator of this computer for access to serial ports.</source>
        <translation>Demandez à l&apos;administrateur de cet ordinateur l&apos;accès aux ports série.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="953"/>
        <source>%1 is in use by another program</source>
        <translation>%1 est utilisé par un autre programme</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="955"/>
        <source>Close the program that holds it: ModemManager (sudo systemctl stop ModemManager), another BankScope, or a terminal program (minicom, screen, PuTTY).</source>
        <translation>Fermez le programme qui le tient : ModemManager (sudo systemctl stop ModemManager), un autre BankScope ou un programme de terminal (minicom, screen, PuTTY).</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="957"/>
        <source>It is held by %1: close that program (ModemManager: sudo systemctl stop ModemManager).</source>
        <translation>Il est tenu par %1 : fermez ce programme (ModemManager : sudo systemctl stop ModemManager).</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="961"/>
        <source>%1 is not there</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="962"/>
        <source>Check the cable and the adapter, then pick the port again (it may have another name now).</source>
        <translation>Vérifiez le câble et l&apos;adaptateur, puis choisissez à nouveau le port (il a peut-être changé de nom).</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="966"/>
        <source>Unplug the adapter, plug it in again and pick the port again.</source>
        <translation>Débranchez l&apos;adaptateur, rebranchez-le et choisissez à nouveau le port.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="972"/>
        <source>Check the speed and the protocol chosen for this link.</source>
        <translation>Vérifiez la vitesse et le protocole choisis pour cette liaison.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="975"/>
        <source>Choose the protocol the recording holds.</source>
        <translation>Choisissez le protocole que contient l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="976"/>
        <source>Check the adapter&apos;s firmware (SLCAN silent mode) and the cable.</source>
        <translation>Vérifiez le firmware de l&apos;adaptateur (mode silencieux SLCAN) et le câble.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="980"/>
        <source>Pick a BankScope recording, a candump log, SavvyCAN CSV or a Vector ASC file.</source>
        <translation>Choisissez un enregistrement BankScope, un journal candump, un CSV SavvyCAN ou un fichier ASC Vector.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="981"/>
        <source>Check that the CAN interface exists and is up (ip link show), then connect again.</source>
        <translation>Vérifiez que l&apos;interface CAN existe et qu&apos;elle est activée (ip link show), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="984"/>
        <source>Check the adapter and its cable, then connect again.</source>
        <translation>Vérifiez l&apos;adaptateur et son câble, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1127"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1185"/>
        <source>the adapter went away: reconnecting</source>
        <translation>l&apos;adaptateur a disparu : reconnexion</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1186"/>
        <source>Plug it in again: BankScope finds it again under the same name.</source>
        <translation>Rebranchez-le : BankScope le retrouve sous le même nom.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1187"/>
        <source>Plug it in again: BankScope finds it again, even under another device name.</source>
        <translation>Rebranchez-le : BankScope le retrouve, même sous un autre nom de périphérique.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1208"/>
        <source>bytes arrive but no valid frames: wrong baud or protocol?</source>
        <translation>des octets arrivent mais aucune trame valide : mauvais débit ou mauvais protocole ?</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1210"/>
        <source>Check the speed (%1 baud now) and the protocol, and that A and B are not swapped.</source>
        <translation>Vérifiez la vitesse (%1 bauds actuellement) et le protocole, et que A et B ne sont pas inversés.</translation>
    </message>
    <message>
        <location filename="../protocols/links/banksession.cpp" line="1211"/>
        <source>Check the protocol chosen for this link.</source>
        <translation>Vérifiez le protocole choisi pour cette liaison.</translation>
    </message>
</context>
<context>
    <name>BatteryPage</name>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="26"/>
        <source>the unit at the head of the link chain, carrying the inverter cable</source>
        <translation>l&apos;unité en tête de la chaîne de liaison, qui porte le câble de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="28"/>
        <source>the pack whose DIP switches are all OFF (0000)</source>
        <translation>le pack dont les interrupteurs DIP sont tous sur OFF (0000)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="30"/>
        <source>no master: each pack is its own BMS, its address set in the vendor&apos;s app</source>
        <translation>pas de maître : chaque pack est son propre BMS, son adresse réglée dans l&apos;application du fabricant</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="32"/>
        <source>a separate BMU box</source>
        <translation>un boîtier BMU séparé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="34"/>
        <source>elected by the units themselves</source>
        <translation>élu par les unités elles-mêmes</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="36"/>
        <source>no master: each BMS talks for itself</source>
        <translation>pas de maître : chaque BMS parle pour lui-même</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="47"/>
        <source>&amp;Add another model (mixed bank)</source>
        <translation>&amp;Ajouter un autre modèle (parc mixte)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="53"/>
        <source>Battery models and number of units</source>
        <translation>Modèles de batterie et nombre d&apos;unités</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="54"/>
        <source>Which batteries, and how many of each. Models of one family can share a bank; the planner puts the newest or largest at the head.</source>
        <translation>Quelles batteries, et combien de chaque. Des modèles d&apos;une même famille peuvent partager un parc ; le planificateur met le plus récent ou le plus gros en tête.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="61"/>
        <source>Batteries in this bank</source>
        <translation>Batteries de ce parc</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="75"/>
        <source>What the catalogue knows of the chosen models:</source>
        <translation>Ce que le catalogue sait des modèles choisis :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="88"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="95"/>
        <source>Not in the catalogue…</source>
        <translation>Absent du catalogue…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="97"/>
        <source>Choose the battery model</source>
        <translation>Choisissez le modèle de batterie</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="98"/>
        <source>Battery model %1</source>
        <translation>Modèle de batterie %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="99"/>
        <source>Maker and model as on its label</source>
        <translation>Fabricant et modèle comme sur l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="100"/>
        <source>Name of battery model %1</source>
        <translation>Nom du modèle de batterie %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="104"/>
        <source> unit(s)</source>
        <translation> unité(s)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="105"/>
        <source>Number of units of model %1</source>
        <translation>Nombre d&apos;unités du modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="106"/>
        <source>Remove battery model %1</source>
        <translation>Retirer le modèle de batterie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/batterypage.cpp" line="208"/>
        <source>%n unit(s) in all</source>
        <translation>
            <numerusform>%n unité au total</numerusform>
            <numerusform>%n unités au total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="220"/>
        <source>(unnamed model)</source>
        <translation>(modèle sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="229"/>
        <source>Everything:</source>
        <translation>Tout :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="233"/>
        <source>Master:</source>
        <translation>Maître :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="234"/>
        <source>Units per group:</source>
        <translation>Unités par groupe :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="234"/>
        <source>Units at most:</source>
        <translation>Unités au plus :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="236"/>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="237"/>
        <source>Cells:</source>
        <translation>Cellules :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="253"/>
        <source>Choose a model on every row, or remove the row.</source>
        <translation>Choisissez un modèle sur chaque ligne, ou retirez la ligne.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="256"/>
        <source>Name the battery that is not in the catalogue.</source>
        <translation>Nommez la batterie absente du catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/batterypage.cpp" line="259"/>
        <source>%1 is listed twice: give it one row with the total number of units.</source>
        <translation>%1 figure deux fois : donnez-lui une seule ligne avec le nombre total d&apos;unités.</translation>
    </message>
</context>
<context>
    <name>BusScanner</name>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="135"/>
        <source>%1 checksum or framing errors on this address only</source>
        <translation>%1 erreurs de somme de contrôle ou de trame sur cette adresse seulement</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="136"/>
        <source>%1 checksum or framing errors (seen on %2 addresses: check baud rate and A/B wiring)</source>
        <translation>%1 erreurs de somme de contrôle ou de trame (vues sur %2 adresses : vérifiez le débit et le câblage A/B)</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="141"/>
        <source>two answers to one request (%1 times): two packs share this address</source>
        <translation>deux réponses à une même requête (%1 fois) : deux packs partagent cette adresse</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="143"/>
        <source>%1 answers came from another address</source>
        <translation>%1 réponses sont venues d&apos;une autre adresse</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="151"/>
        <source>identical data from address %1: a duplicate address or a pack answering for another</source>
        <translation>données identiques depuis l&apos;adresse %1 : adresse en double ou pack répondant pour un autre</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="157"/>
        <source>the master cannot reach this module (RTN 0x91): check its link cable and power</source>
        <translation>le maître n&apos;atteint pas ce module (RTN 0x91) : vérifiez son câble de liaison et son alimentation</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="160"/>
        <source>not probed: another master appeared on the bus</source>
        <translation>non sondé : un autre maître est apparu sur le bus</translation>
    </message>
    <message>
        <location filename="../protocols/links/busscanner.cpp" line="165"/>
        <source>the master answers that no module has this address (RTN 0x90)</source>
        <translation>le maître répond qu&apos;aucun module n&apos;a cette adresse (RTN 0x90)</translation>
    </message>
</context>
<context>
    <name>CablingPage</name>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="23"/>
        <source>To the inverter</source>
        <translation>Vers l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="25"/>
        <source>Between units</source>
        <translation>Entre unités</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="26"/>
        <source>BankScope (polls)</source>
        <translation>BankScope (interroge)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="27"/>
        <source>BankScope (listens only)</source>
        <translation>BankScope (écoute seulement)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="42"/>
        <source>Cabling</source>
        <translation>Câblage</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="43"/>
        <source>Which port to which, the termination, and battery cables of equal length.</source>
        <translation>Quel port vers lequel, la terminaison, et des câbles batterie de même longueur.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="49"/>
        <source>Links of the plan</source>
        <translation>Liaisons du plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="51"/>
        <source>Ports, pin-outs and termination</source>
        <translation>Ports, brochages et terminaison</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="54"/>
        <source>Battery cables</source>
        <translation>Câbles batterie</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="56"/>
        <source>Packs in parallel share the current in inverse proportion to the resistance of their cable runs: a longer or thinner cable, or a loose lug, makes its pack carry less, so the packs drift apart in charge. Where the inverter hears one master, that drift becomes an error in the charge it acts on. Cut every pack&apos;s cables to the same length and cross-section, and torque every lug.</source>
        <translation>Des packs en parallèle se partagent le courant en proportion inverse de la résistance de leurs câbles : un câble plus long ou plus fin, ou une cosse mal serrée, fait porter moins de courant à son pack, et les packs dérivent en charge. Là où l&apos;onduleur n&apos;entend qu&apos;un maître, cette dérive devient une erreur dans la charge sur laquelle il agit. Coupez les câbles de chaque pack à la même longueur et à la même section, et serrez chaque cosse au couple.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="70"/>
        <source>Termination checked on every bus as above</source>
        <translation>Terminaison vérifiée sur chaque bus comme ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="109"/>
        <source>Medium, protocol, speed</source>
        <translation>Support, protocole, vitesse</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="135"/>
        <source>to the inverter</source>
        <translation>vers l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="136"/>
        <source>between units</source>
        <translation>entre unités</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="137"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="138"/>
        <source>%1 port %2 (%3)</source>
        <translation>%1 port %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="140"/>
        <source>Termination</source>
        <translation>Terminaison</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="141"/>
        <source>Longest inverter cable (m)</source>
        <translation>Câble onduleur le plus long (m)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="143"/>
        <source>Battery ports</source>
        <translation>Ports de la batterie</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="146"/>
        <source>%1 pins</source>
        <translation>Broches %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="148"/>
        <source>Inverter pins</source>
        <translation>Broches de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="156"/>
        <source>Cable type checked: the GX&apos;s cable matches the battery&apos;s generation (ground pin)</source>
        <translation>Type de câble vérifié : le câble du GX correspond à la génération de la batterie (broche de masse)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="157"/>
        <source>Cable checked against the pins above</source>
        <translation>Câble vérifié d&apos;après les broches ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="173"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="174"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="176"/>
        <source>Cable length of %1</source>
        <translation>Longueur de câble de %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="178"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="196"/>
        <source>Enter each pack&apos;s cable length to compare them.</source>
        <translation>Saisissez la longueur de câble de chaque pack pour les comparer.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="214"/>
        <source>✔ Equal: every measured cable is %1 m.</source>
        <translation>✔ Égaux : chaque câble mesuré fait %1 m.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/cablingpage.cpp" line="216"/>
        <source>⚠ Not equal: %1 has %2 m, %3 has %4 m. The pack on the longer run will carry less current.</source>
        <translation>⚠ Inégaux : %1 a %2 m, %3 a %4 m. Le pack au câble le plus long portera moins de courant.</translation>
    </message>
</context>
<context>
    <name>CanLink</name>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="134"/>
        <source>cannot create CAN device %1:%2: %3</source>
        <translation>impossible de créer le périphérique CAN %1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="157"/>
        <source>%1:%2 went away; retrying</source>
        <translation>%1:%2 a disparu ; nouvel essai</translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="180"/>
        <source>cannot connect %1:%2: %3</source>
        <translation>impossible de connecter %1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="212"/>
        <source>SLCAN adapter %1: %2</source>
        <translation>Adaptateur SLCAN %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="41"/>
        <source>SLCAN adapter %1 went away (%2)</source>
        <translation>L&apos;adaptateur SLCAN %1 a disparu (%2)</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="150"/>
        <source>SLCAN adapters have no setting for %1 bit/s</source>
        <translation>Les adaptateurs SLCAN n&apos;ont pas de réglage pour %1 bit/s</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="155"/>
        <source>cannot open SLCAN adapter %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;adaptateur SLCAN %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="162"/>
        <source>%1 refused the serial settings: %2</source>
        <translation>%1 a refusé les réglages série : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="222"/>
        <source>the adapter refused &apos;%1&apos;</source>
        <translation>l&apos;adaptateur a refusé « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="223"/>
        <source>the adapter did not answer &apos;%1&apos;</source>
        <translation>l&apos;adaptateur n&apos;a pas répondu à « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="255"/>
        <source>%1; silent mode could not be set, so the adapter was not opened</source>
        <translation>%1 ; le mode silencieux n&apos;a pas pu être réglé, l&apos;adaptateur n&apos;a donc pas été ouvert</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="260"/>
        <source>the adapter refused listen-only &apos;L&apos; and %1: it cannot be made silent, so it was not opened</source>
        <translation>l&apos;adaptateur a refusé l&apos;écoute seule « L » et %1 : il ne peut pas être rendu silencieux, il n&apos;a donc pas été ouvert</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="262"/>
        <source>silent mode &apos;M1&apos;</source>
        <translation>le mode silencieux « M1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/slcanadapter.cpp" line="263"/>
        <source>did not answer &apos;M1&apos;</source>
        <translation>n&apos;a pas répondu à « M1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/canlink.cpp" line="285"/>
        <source>the frame could not be sent</source>
        <translation>la trame n&apos;a pas pu être envoyée</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="196"/>
        <source>the card does not fit: one of its blocks (a step, the STOP box or the isolation order) is longer than a side of %1 at 12 pt, and the card never cuts or shrinks them; shorten the site&apos;s order or its step texts</source>
        <translation>la fiche ne tient pas : un de ses blocs (une étape, l&apos;encadré STOP ou l&apos;ordre d&apos;isolement) est plus long qu&apos;une face de %1 en 12 pt, et la fiche ne les coupe ni ne les réduit jamais ; raccourcissez l&apos;ordre du site ou les textes de ses étapes</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="201"/>
        <source>the card does not fit on one sheet: it needs %1 sides of %2 at 12 pt, and the card never cuts or shrinks the STOP box, the isolation order, the steps or the contact; shorten the site&apos;s isolation or power-up order</source>
        <translation>la fiche ne tient pas sur une feuille : il lui faut %1 faces de %2 en 12 pt, et la fiche ne coupe ni ne réduit jamais l&apos;encadré STOP, l&apos;ordre d&apos;isolement, les étapes ou le contact ; raccourcissez l&apos;ordre d&apos;isolement ou de remise sous tension du site</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue.cpp" line="147"/>
        <location filename="../core/catalogue.cpp" line="349"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="151"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="160"/>
        <location filename="../core/catalogue.cpp" line="177"/>
        <location filename="../core/catalogue.cpp" line="227"/>
        <source>expected a non-empty text</source>
        <translation>texte non vide attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="171"/>
        <location filename="../core/catalogue.cpp" line="231"/>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="219"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="223"/>
        <source>expected a list of numbers</source>
        <translation>liste de nombres attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="236"/>
        <source>expected &quot;no&quot;, &quot;yes&quot; or &quot;firmware-dependent&quot;</source>
        <translation>« no », « yes » ou « firmware-dependent » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="240"/>
        <source>expected &quot;required&quot; or &quot;advised&quot;</source>
        <translation>« required » ou « advised » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="245"/>
        <source>expected a frame requirement object</source>
        <translation>objet d&apos;exigence de trame attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="247"/>
        <location filename="../core/catalogue.cpp" line="249"/>
        <source>expected a list of CAN ids written &quot;0x351&quot;</source>
        <translation>liste d&apos;identifiants CAN écrits « 0x351 » attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="251"/>
        <location filename="../core/catalogue.cpp" line="253"/>
        <location filename="../core/catalogue.cpp" line="268"/>
        <source>expected a positive number or null</source>
        <translation>nombre positif ou null attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="261"/>
        <source>expected &quot;none&quot; or a keep-alive object</source>
        <translation>« none » ou un objet keep-alive attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="263"/>
        <source>expected a CAN id written &quot;0x305&quot;</source>
        <translation>identifiant CAN écrit « 0x305 » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="266"/>
        <source>expected &quot;periodic&quot; or &quot;answers-0x356&quot;</source>
        <translation>« periodic » ou « answers-0x356 » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="270"/>
        <source>expected a list of CAN ids written &quot;0x305&quot;</source>
        <translation>liste d&apos;identifiants CAN écrits « 0x305 » attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="276"/>
        <source>expected a polls object</source>
        <translation>objet polls attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="279"/>
        <source>expected an address 1 to 254</source>
        <translation>adresse de 1 à 254 attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="281"/>
        <source>expected a list of commands</source>
        <translation>liste de commandes attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="301"/>
        <source>unknown mark &apos;%1&apos; (known: %2)</source>
        <translation>marque inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="307"/>
        <source>expected &quot;documented&quot;, &quot;observed&quot; or &quot;uncertain&quot;</source>
        <translation>« documented », « observed » ou « uncertain » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="309"/>
        <source>&apos;%1&apos; does not match the mark [%2], which stands for &apos;%3&apos;</source>
        <translation>« %1 » ne correspond pas à la marque [%2], qui signifie « %3 »</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="317"/>
        <source>a fact needs at least one source</source>
        <translation>un fait doit avoir au moins une source</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="320"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="330"/>
        <source>another reading needs a value</source>
        <translation>une autre lecture doit avoir une valeur</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="337"/>
        <source>a fact without a value says why: &quot;no-maker-figure&quot; or &quot;not-found&quot;</source>
        <translation>un fait sans valeur dit pourquoi : « no-maker-figure » ou « not-found »</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="339"/>
        <source>a fact with a value cannot be unknown</source>
        <translation>un fait avec une valeur ne peut pas être inconnu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="360"/>
        <source>expected a fact object {value, mark, confidence, sources}</source>
        <translation>objet fait {value, mark, confidence, sources} attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="379"/>
        <source>expected a list of readings</source>
        <translation>liste de lectures attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="386"/>
        <source>expected a reading object</source>
        <translation>objet lecture attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="411"/>
        <source>not a BankScope catalogue file (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un fichier catalogue BankScope (« format »: « %1 » attendu)</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="415"/>
        <source>unsupported version %1 (this BankScope reads version 1)</source>
        <translation>version %1 non prise en charge (ce BankScope lit la version 1)</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="420"/>
        <source>&apos;%1&apos; is missing or not a list</source>
        <translation>« %1 » manque ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="426"/>
        <source>not an object; entry skipped</source>
        <translation>pas un objet ; entrée ignorée</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="440"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="732"/>
        <location filename="../core/catalogue.cpp" line="874"/>
        <location filename="../core/catalogue.cpp" line="1017"/>
        <source>; entry skipped</source>
        <translation> ; entrée ignorée</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="736"/>
        <source>duplicate id; entry skipped</source>
        <translation>identifiant en double ; entrée ignorée</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="783"/>
        <location filename="../core/catalogue.cpp" line="901"/>
        <source>ids are lower-case letters, digits and &apos;-&apos; (and never &quot;other&quot;)</source>
        <translation>les identifiants sont en minuscules, chiffres et « - » (et jamais « other »)</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="794"/>
        <source>unknown master kind</source>
        <translation>type de maître inconnu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="799"/>
        <source>unknown address scheme</source>
        <translation>schéma d&apos;adressage inconnu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="826"/>
        <location filename="../core/catalogue.cpp" line="855"/>
        <location filename="../core/catalogue.cpp" line="936"/>
        <location filename="../core/catalogue.cpp" line="954"/>
        <location filename="../core/catalogue.cpp" line="986"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="839"/>
        <source>expected a non-empty list</source>
        <translation>liste non vide attendue</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="848"/>
        <source>expected &quot;inverter&quot;, &quot;pack-bus&quot; or &quot;service&quot;</source>
        <translation>« inverter », « pack-bus » ou « service » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="864"/>
        <location filename="../core/catalogue.cpp" line="947"/>
        <location filename="../core/catalogue.cpp" line="965"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="871"/>
        <location filename="../core/catalogue.cpp" line="1014"/>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="908"/>
        <source>expected &quot;inverter&quot; or &quot;aggregator&quot;</source>
        <translation>« inverter » ou « aggregator » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="945"/>
        <source>expected &quot;can&quot; or &quot;rs485&quot;</source>
        <translation>« can » ou « rs485 » attendu</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="994"/>
        <source>a frame requirement needs a value</source>
        <translation>une exigence de trame doit avoir une valeur</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="1039"/>
        <source>settings name the battery &apos;%1&apos;, which is not in the catalogue; entry skipped</source>
        <translation>les réglages nomment la batterie « %1 », absente du catalogue ; entrée ignorée</translation>
    </message>
</context>
<context>
    <name>CellMapModel</name>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="154"/>
        <source>%1 reports only its lowest (%2 mV) and highest (%3 mV) cell, not each cell.</source>
        <translation>%1 ne signale que sa cellule la plus basse (%2 mV) et la plus haute (%3 mV), pas chaque cellule.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="157"/>
        <source>%1 cell %2: no value.</source>
        <translation>%1 cellule %2 : pas de valeur.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="159"/>
        <source>%1 cell %2: %3 mV</source>
        <translation>%1 cellule %2 : %3 mV</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="161"/>
        <source>%1 from the bank mean of %2 mV (over %3 cells of the online packs)</source>
        <translation>%1 par rapport à la moyenne du parc de %2 mV (sur %3 cellules des packs en ligne)</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="166"/>
        <source>%1 is not online: this is its last value, not compared with the bank.</source>
        <translation>%1 n&apos;est pas en ligne : c&apos;est sa dernière valeur, non comparée au parc.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="168"/>
        <source>▼ The lowest cell of the bank (what the inverter view&apos;s &quot;Lowest cell&quot; comes from).</source>
        <translation>▼ La cellule la plus basse du parc (d&apos;où vient la « Cellule la plus basse » de la vue onduleur).</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="170"/>
        <source>▲ The highest cell of the bank.</source>
        <translation>▲ La cellule la plus haute du parc.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="172"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation>Source : %1 (%2), à %3.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="188"/>
        <source>Cell %1 (cell voltages in mV)</source>
        <translation>Cellule %1 (tensions de cellule en mV)</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="197"/>
        <source>%1 (not online)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="201"/>
        <source>%1: no cell voltages received.</source>
        <translation>%1 : aucune tension de cellule reçue.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="203"/>
        <source>%1 reports only its lowest and highest cell.</source>
        <translation>%1 ne signale que sa cellule la plus basse et la plus haute.</translation>
    </message>
    <message>
        <location filename="../ui/cellmapmodel.cpp" line="204"/>
        <source>%1: %2 cells</source>
        <translation>%1 : %2 cellules</translation>
    </message>
</context>
<context>
    <name>CellsPage</name>
    <message>
        <location filename="../ui/cellspage.cpp" line="24"/>
        <source>Colour legend of the cell map</source>
        <translation>Légende des couleurs de la carte des cellules</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="29"/>
        <source>Colour of a cell by its deviation from the bank mean: orange-red below, blue above; full colour at %1 mV or more. Symbols ▼ and ▲ mark the bank&apos;s lowest and highest cell.</source>
        <translation>Couleur d&apos;une cellule selon son écart à la moyenne du parc : rouge orangé en dessous, bleu au-dessus ; couleur pleine à %1 mV ou plus. Les symboles ▼ et ▲ marquent la cellule la plus basse et la plus haute du parc.</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="52"/>
        <source>bank mean</source>
        <translation>moyenne du parc</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="80"/>
        <source>Bank cell map</source>
        <translation>Carte des cellules du parc</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="81"/>
        <source>Every cell of every pack in millivolts; packs as rows, cells as columns.</source>
        <translation>Chaque cellule de chaque pack en millivolts ; les packs en lignes, les cellules en colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="102"/>
        <source>Deviation from the bank mean:</source>
        <translation>Écart à la moyenne du parc :</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="118"/>
        <source>%1 %2: —</source>
        <translation>%1 %2 : —</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="119"/>
        <source>%1 %2: &lt;b&gt;%3 cell %4&lt;/b&gt;, %5 mV</source>
        <translation>%1 %2 : &lt;b&gt;%3 cellule %4&lt;/b&gt;, %5 mV</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="124"/>
        <source> (%1 from the mean)</source>
        <translation> (%1 de la moyenne)</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="127"/>
        <source>Weakest cell of the bank</source>
        <translation>Cellule la plus faible du parc</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="128"/>
        <source>Strongest cell</source>
        <translation>Cellule la plus forte</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="129"/>
        <source>Mean %1 mV over %2 cells</source>
        <translation>Moyenne %1 mV sur %2 cellules</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="132"/>
        <source>No cell voltages from online packs</source>
        <translation>Aucune tension de cellule des packs en ligne</translation>
    </message>
    <message>
        <location filename="../ui/cellspage.cpp" line="133"/>
        <source>The cell the aggregation core reports as the bank&apos;s lowest (the inverter view&apos;s &quot;Lowest cell&quot;).</source>
        <translation>La cellule que le cœur d&apos;agrégation signale comme la plus basse du parc (la « Cellule la plus basse » de la vue onduleur).</translation>
    </message>
</context>
<context>
    <name>CheckFindingsModel</name>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="85"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure</source>
        <translation>%1 conformes, %2 en échec, %3 avertissements, %4 non mesurés, %5 mesurés sans valeur du fabricant</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="124"/>
        <source>%1, checked by hand</source>
        <translation>%1, vérifié à la main</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="129"/>
        <source>bank</source>
        <translation>parc</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="131"/>
        <source>%1 By hand: %2</source>
        <translation>%1 À la main : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="154"/>
        <source>Next step: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="155"/>
        <source>Confidence: %1</source>
        <translation>Confiance : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="157"/>
        <source>Measured: %1 %2</source>
        <translation>Mesuré : %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="159"/>
        <source>Limit: %1 %2</source>
        <translation>Limite : %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="161"/>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="163"/>
        <source>Checked by hand: %1</source>
        <translation>Vérifié à la main : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="186"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="188"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="190"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="192"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="194"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkfindingsmodel.cpp" line="196"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="50"/>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="51"/>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="52"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="53"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="54"/>
        <source>MEASURED</source>
        <translation>MESURÉ</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="55"/>
        <source>NOT MEASURED</source>
        <translation>NON MESURÉ</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="56"/>
        <source>CHECKED BY HAND</source>
        <translation>VÉRIFIÉ À LA MAIN</translation>
    </message>
</context>
<context>
    <name>CommissioningChecks</name>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="143"/>
        <source>charge and discharge limits</source>
        <translation>limites de charge et de décharge</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="145"/>
        <location filename="../core/commissioningchecks.cpp" line="472"/>
        <source>state of charge</source>
        <translation>état de charge</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="147"/>
        <source>voltage, current, temperature</source>
        <translation>tension, courant, température</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="149"/>
        <source>protection and alarm flags</source>
        <translation>indicateurs de protection et d&apos;alarme</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="151"/>
        <source>alarms and warnings</source>
        <translation>alarmes et avertissements</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="153"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="155"/>
        <source>charge and discharge requests</source>
        <translation>demandes de charge et de décharge</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="157"/>
        <source>manufacturer name</source>
        <translation>nom du fabricant</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="159"/>
        <source>battery information</source>
        <translation>informations de la batterie</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="162"/>
        <source>the inverter&apos;s keep-alive</source>
        <translation>le keep-alive de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="471"/>
        <source>voltage</source>
        <translation>tension</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="528"/>
        <source>%1 %2 (%3, not a maker figure)</source>
        <translation>%1 %2 (%3, pas une valeur du fabricant)</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="882"/>
        <source>Bus scan against the plan</source>
        <translation>Scan du bus comparé au plan</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="884"/>
        <source>Protocol and speed</source>
        <translation>Protocole et vitesse</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="886"/>
        <source>One master per bus</source>
        <translation>Un seul maître par bus</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="888"/>
        <source>Firmware across packs</source>
        <translation>Firmware des packs</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="890"/>
        <source>Voltage spread before paralleling</source>
        <translation>Écart de tension avant la mise en parallèle</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="892"/>
        <source>SOC spread before paralleling</source>
        <translation>Écart de SOC avant la mise en parallèle</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="894"/>
        <source>Current sharing under load</source>
        <translation>Partage du courant en charge</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="896"/>
        <source>Inverter acceptance</source>
        <translation>Acceptation par l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="898"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="918"/>
        <source>%1 answers at %2.</source>
        <translation>%1 répond à %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="920"/>
        <source>%1&apos;s address %2 answers, but with serial %4 where the plan has %3.</source>
        <translation>L&apos;adresse %2 de %1 répond, mais avec le numéro de série %4 là où le plan indique %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="922"/>
        <source>Two units answer at %2 (%3): %1&apos;s address is not unique.</source>
        <translation>Deux unités répondent à %2 (%3) : l&apos;adresse de %1 n&apos;est pas unique.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="924"/>
        <source>%1 at %2: %3 garbled answers beside %4 good ones, as when two units share an address (or the line is noisy).</source>
        <translation>%1 à %2 : %3 réponses brouillées à côté de %4 bonnes, comme quand deux unités partagent une adresse (ou que la ligne est parasitée).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="926"/>
        <source>%1 at %2: only garbled answers (%3 to %4 requests), as when two units share an address (or the line is noisy).</source>
        <translation>%1 à %2 : uniquement des réponses brouillées (%3 pour %4 requêtes), comme quand deux unités partagent une adresse (ou que la ligne est parasitée).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="928"/>
        <source>%1 does not answer at %2 (%3 requests).</source>
        <translation>%1 ne répond pas à %2 (%3 requêtes).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="930"/>
        <source>The master on this bus polls %2 (%3 times) and nothing answers: %1 is missing.</source>
        <translation>Le maître de ce bus interroge %2 (%3 fois) et rien ne répond : %1 manque.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="932"/>
        <source>%1 (%2): not polled. Another master owns this bus and does not ask for this address, so BankScope cannot tell whether it is there.</source>
        <translation>%1 (%2) : non interrogé. Un autre maître tient ce bus et ne demande pas cette adresse, BankScope ne peut donc pas savoir s&apos;il est là.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="934"/>
        <source>%1 (%2) was not scanned on %3.</source>
        <translation>%1 (%2) n&apos;a pas été scanné sur %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="936"/>
        <source>A unit answers at %1, where the plan has none%2.</source>
        <translation>Une unité répond à %1, là où le plan n&apos;en prévoit aucune%2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="936"/>
        <source> (serial %1)</source>
        <translation> (numéro de série %1)</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="938"/>
        <source>The master answers at %1 instead of %2: its switches 2-4 set a group the plan does not have.</source>
        <translation>Le maître répond à %1 au lieu de %2 : ses interrupteurs 2-4 donnent un groupe que le plan ne prévoit pas.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="940"/>
        <source>The master reports %2 modules on %1; the plan has %3.</source>
        <translation>Le maître signale %2 modules sur %1 ; le plan en prévoit %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="942"/>
        <source>The module count was not heard on %1 (the plan has %2).</source>
        <translation>Le nombre de modules n&apos;a pas été entendu sur %1 (le plan en prévoit %2).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="945"/>
        <source>Nothing was heard on %1: protocol and speed not measured.</source>
        <translation>Rien n&apos;a été entendu sur %1 : protocole et vitesse non mesurés.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="947"/>
        <source>%1 carries bytes (%2 bad frames) but no valid frame: a wrong baud rate, A and B swapped, or another protocol.</source>
        <translation>%1 transporte des octets (%2 trames mauvaises) mais aucune trame valide : mauvais débit en bauds, A et B inversés, ou autre protocole.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="949"/>
        <source>%1 speaks %2; the plan has %3.</source>
        <translation>%1 parle %2 ; le plan prévoit %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="951"/>
        <source>%1 runs at %2 %4; the plan has %3 %4.</source>
        <translation>%1 fonctionne à %2 %4 ; le plan prévoit %3 %4.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="953"/>
        <source>The bank answers on %1 at %2 baud (switch 1 %4); the plan has %3 baud.</source>
        <translation>Le parc répond sur %1 à %2 bauds (interrupteur 1 %4) ; le plan prévoit %3 bauds.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="955"/>
        <source>The bank answers on %1 at %2 baud: switch 1 is %3 on the master.</source>
        <translation>Le parc répond sur %1 à %2 bauds : l&apos;interrupteur 1 est %3 sur le maître.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="957"/>
        <source>%1 speaks %2 as planned.</source>
        <translation>%1 parle %2 comme prévu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="958"/>
        <source>%1 speaks %2 at %3 %4 as planned.</source>
        <translation>%1 parle %2 à %3 %4 comme prévu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="961"/>
        <source>Two masters on %1: %2. Their requests collide.</source>
        <translation>Deux maîtres sur %1 : %2. Leurs requêtes entrent en collision.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="963"/>
        <source>One master on %1: %2.</source>
        <translation>Un seul maître sur %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="965"/>
        <source>No other master heard on %1 while BankScope polled.</source>
        <translation>Aucun autre maître entendu sur %1 pendant que BankScope interrogeait.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="967"/>
        <source>No master heard on %1.</source>
        <translation>Aucun maître entendu sur %1.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="970"/>
        <source>Every %1 runs firmware %2 (%3 units read).</source>
        <translation>Chaque %1 a le firmware %2 (%3 unités lues).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="972"/>
        <source>The %1 units run different firmware: %2. The maker gives no rule on it; a mixed-firmware bank may not behave like a uniform one.</source>
        <translation>Les unités %1 ont des firmwares différents : %2. Le fabricant ne donne aucune règle à ce sujet ; un parc aux firmwares mélangés peut ne pas se comporter comme un parc homogène.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="974"/>
        <source>The %1 units run different firmware: %2. %3</source>
        <translation>Les unités %1 ont des firmwares différents : %2. %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="976"/>
        <source>Firmware of the %1 units: not measured (%n read).</source>
        <translation>
            <numerusform>Firmware des unités %1 : non mesuré (%n lu).</numerusform>
            <numerusform>Firmware des unités %1 : non mesuré (%n lus).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="978"/>
        <source>%1 reports firmware %3; the plan records %2.</source>
        <translation>%1 signale le firmware %3 ; le plan indique %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="981"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7): within the maker&apos;s %8 %3.</source>
        <translation>Écart de %1 %2 %3 (%4 %5, %6 %7) : dans la limite du fabricant de %8 %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="983"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7): over the maker&apos;s %8 %3.</source>
        <translation>Écart de %1 %2 %3 (%4 %5, %6 %7) : au-delà de la limite du fabricant de %8 %3.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="986"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by.</source>
        <translation>Écart de %1 %2 %3 (%4 %5, %6 %7). Aucune valeur du fabricant pour en juger.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="987"/>
        <source>%1 spread %2 %3 (%4 %5, %6 %7). No maker figure to judge it by; for reference only: %8.</source>
        <translation>Écart de %1 %2 %3 (%4 %5, %6 %7). Aucune valeur du fabricant pour en juger ; pour information seulement : %8.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="991"/>
        <source>%1 spread %2 %3 over %8 of %9 packs (%4 %5, %6 %7): not judged until every pack has a fresh reading matched by serial number.</source>
        <translation>écart de %1 %2 %3 sur %8 des %9 packs (%4 %5, %6 %7) : non jugé tant que chaque pack n&apos;a pas une lecture récente associée par numéro de série.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="994"/>
        <source>%1 spread: not measured (%n pack(s) with a reading fresher than %2 s, matched by serial number).</source>
        <translation>
            <numerusform>Écart de %1 : non mesuré (%n pack avec une mesure de moins de %2 s, associé par numéro de série).</numerusform>
            <numerusform>Écart de %1 : non mesuré (%n packs avec une mesure de moins de %2 s, associés par numéro de série).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="997"/>
        <source>%1: not measured, its serial number is not in the plan (readings are matched by serial, never by address).</source>
        <translation>%1 : non mesuré, son numéro de série n&apos;est pas dans le plan (les mesures sont associées par numéro de série, jamais par adresse).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="999"/>
        <source>%1: not measured, no pack with serial %2 was heard.</source>
        <translation>%1 : non mesuré, aucun pack de numéro de série %2 n&apos;a été entendu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1001"/>
        <source>%1: not measured, its reading lacks the value.</source>
        <translation>%1 : non mesuré, sa mesure ne contient pas la valeur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1003"/>
        <source>%1: not measured, its reading is %2 s old (fresh means under %3 s).</source>
        <translation>%1 : non mesuré, sa mesure date de %2 s (récente veut dire moins de %3 s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commissioningchecks.cpp" line="1006"/>
        <source>Current sharing: not measured (%n pack(s) with a fresh current reading).</source>
        <translation>
            <numerusform>Partage du courant : non mesuré (%n pack avec une mesure de courant récente).</numerusform>
            <numerusform>Partage du courant : non mesuré (%n packs avec une mesure de courant récente).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1008"/>
        <source>Current sharing: not measured, the bank carries %1 A (BankScope measures sharing from %2 A).</source>
        <translation>Partage du courant : non mesuré, le parc porte %1 A (BankScope mesure le partage à partir de %2 A).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1011"/>
        <source>Discharging at %1 A, the packs carry %2.</source>
        <translation>En décharge à %1 A, les packs portent %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1011"/>
        <source>Charging at %1 A, the packs carry %2.</source>
        <translation>En charge à %1 A, les packs portent %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1015"/>
        <source>%1 carries %2 % of the current where its capacity gives %3 %.</source>
        <translation>%1 porte %2 % du courant là où sa capacité donne %3 %.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1018"/>
        <source>With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank still holds %3 %: it reads %1 points low (BankScope warns from %5 points; %2 % stands for a generator-start setting).</source>
        <translation>Avec ce partage, l&apos;onduleur, qui ne regarde que le maître, afficherait %2 % après %4 h alors que le parc contient encore %3 % : il lit %1 points trop bas (BankScope avertit à partir de %5 points ; %2 % représente un réglage de démarrage du groupe électrogène).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1019"/>
        <source>With this sharing the inverter, watching the master alone, would show %2 % after %4 h while the bank holds only %3 %: it reads %1 points high (BankScope warns from %5 points; %2 % stands for a generator-start setting).</source>
        <translation>Avec ce partage, l&apos;onduleur, qui ne regarde que le maître, afficherait %2 % après %4 h alors que le parc ne contient plus que %3 % : il lit %1 points trop haut (BankScope avertit à partir de %5 points ; %2 % représente un réglage de démarrage du groupe électrogène).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1023"/>
        <source>The SOC error of this sharing could not be computed: %1</source>
        <translation>L&apos;erreur de SOC de ce partage n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1026"/>
        <source>Inverter acceptance: not measured on %1, it needs a listen link on the inverter&apos;s BMS port.</source>
        <translation>Acceptation par l&apos;onduleur : non mesurée sur %1, il faut une liaison en écoute sur le port BMS de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1028"/>
        <source>Inverter acceptance: %1 is not in the catalogue, what it needs on the wire is unknown — see its manual.</source>
        <translation>Acceptation par l&apos;onduleur : %1 n&apos;est pas dans le catalogue, ce qu&apos;il attend sur le fil est inconnu — voir son manuel.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1030"/>
        <source>Inverter acceptance: the catalogue has no wire requirements of %1 for %2.</source>
        <translation>Acceptation par l&apos;onduleur : le catalogue n&apos;a aucune exigence de %1 sur le fil pour %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1032"/>
        <source>Inverter acceptance: listened %1 s, at least %2 s are needed.</source>
        <translation>Acceptation par l&apos;onduleur : écouté %1 s, il faut au moins %2 s.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1034"/>
        <source>%1 (%3) present, %2 frames.</source>
        <translation>%1 (%3) présent, %2 trames.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1035"/>
        <source>%1 (%4) present, %2 frames, never more than %3 s apart.</source>
        <translation>%1 (%4) présent, %2 trames, jamais plus de %3 s d&apos;écart.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1037"/>
        <source>%1 (%2) is missing: %3 expects it.</source>
        <translation>%1 (%2) manque : %3 l&apos;attend.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1039"/>
        <source>%2 is sent in place of %1 (Pylontech&apos;s newer layout): whether %3 accepts it is not in the sources.</source>
        <translation>%2 est envoyé à la place de %1 (la disposition plus récente de Pylontech) : les sources ne disent pas si %3 l&apos;accepte.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1041"/>
        <source>%1 (%4) came %2 s apart; the inverter expects it within %3 s.</source>
        <translation>%1 (%4) est arrivé à %2 s d&apos;écart ; l&apos;onduleur l&apos;attend dans les %3 s.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1043"/>
        <source>%1 comes every %2 s; the inverter wants it no faster than every %3 s.</source>
        <translation>%1 arrive toutes les %2 s ; l&apos;onduleur le veut au plus toutes les %3 s.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1045"/>
        <source>%2 sends its keep-alive %1 (%3 heard).</source>
        <translation>%2 envoie son keep-alive %1 (%3 entendus).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1047"/>
        <source>%2&apos;s keep-alive %1 was never heard.</source>
        <translation>Le keep-alive %1 de %2 n&apos;a jamais été entendu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1049"/>
        <source>%1 sends no keep-alive on this link.</source>
        <translation>%1 n&apos;envoie aucun keep-alive sur cette liaison.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1051"/>
        <source>Whether %1 sends a keep-alive is not in the sources: not judged.</source>
        <translation>Les sources ne disent pas si %1 envoie un keep-alive : non jugé.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1053"/>
        <source>%2 polls %1, where the plan has no unit.</source>
        <translation>%2 interroge %1, là où le plan ne prévoit aucune unité.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1055"/>
        <source>The inverter polls %1 (%2 times) and gets no answer.</source>
        <translation>L&apos;onduleur interroge %1 (%2 fois) et n&apos;obtient aucune réponse.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1057"/>
        <source>The inverter polls %1 and the bank answers (%2 of %3).</source>
        <translation>L&apos;onduleur interroge %1 et le parc répond (%2 sur %3).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1059"/>
        <source>%1 sent nothing in %2 s.</source>
        <translation>%1 n&apos;a rien envoyé en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1062"/>
        <source>%1 reports: %2.</source>
        <translation>%1 signale : %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1064"/>
        <source>%1 warns: %2.</source>
        <translation>%1 avertit : %2.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1066"/>
        <source>No alarm on the %1 packs read.</source>
        <translation>Aucune alarme sur les %1 packs lus.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1068"/>
        <source>Alarms: not measured (no fresh reading).</source>
        <translation>Alarmes : non mesurées (aucune mesure récente).</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1081"/>
        <location filename="../core/commissioningchecks.cpp" line="1138"/>
        <location filename="../core/commissioningchecks.cpp" line="1156"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1083"/>
        <source>Check which unit sits where: update the plan&apos;s serial numbers, or move the units to their planned places.</source>
        <translation>Vérifiez quelle unité est à quelle place : mettez à jour les numéros de série du plan, ou déplacez les unités à leur place prévue.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1085"/>
        <source>Give each unit its own address (DIP switch or app setting, then restart it); on Pylontech, make sure only one module carries the inverter cable and heads the chain.</source>
        <translation>Donnez à chaque unité sa propre adresse (interrupteur DIP ou réglage dans l&apos;application, puis redémarrez-la) ; sur Pylontech, assurez-vous qu&apos;un seul module porte le câble de l&apos;onduleur et est en tête de chaîne.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1087"/>
        <source>Check for two units at one address, then the termination (120 Ω at both ends), the A/B wiring and the cable.</source>
        <translation>Cherchez deux unités à la même adresse, puis vérifiez la terminaison (120 Ω aux deux extrémités), le câblage A/B et le câble.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1089"/>
        <source>Check %1: powered on, its link cable seated, its address as planned.</source>
        <translation>Vérifiez %1 : allumé, son câble de liaison bien enfoncé, son adresse comme prévu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1091"/>
        <source>Unplug the inverter cable to check it (the inverter loses battery data meanwhile), scan again, then plug it back; or check %1&apos;s LEDs by hand.</source>
        <translation>Débranchez le câble de l&apos;onduleur pour le vérifier (l&apos;onduleur perd alors les données batterie), scannez à nouveau, puis rebranchez-le ; ou vérifiez les voyants de %1 à la main.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1093"/>
        <source>Run the bus scan on this link.</source>
        <translation>Lancez le scan du bus sur cette liaison.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1095"/>
        <source>Find the unit at %1: a module set to another address or group, or one the plan does not list.</source>
        <translation>Trouvez l&apos;unité à %1 : un module réglé sur une autre adresse ou un autre groupe, ou un module que le plan ne liste pas.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1097"/>
        <source>Set the master&apos;s switches 2-4 to the plan&apos;s group and restart it, or re-plan if the inverter polls %1.</source>
        <translation>Réglez les interrupteurs 2-4 du maître sur le groupe du plan et redémarrez-le, ou refaites le plan si l&apos;onduleur interroge %1.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1099"/>
        <source>Check every module is powered and its link cable seated, and that the plan&apos;s count is right.</source>
        <translation>Vérifiez que chaque module est alimenté et son câble de liaison bien enfoncé, et que le nombre du plan est juste.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1101"/>
        <source>Check the adapter, its cable and the link settings, then listen again.</source>
        <translation>Vérifiez l&apos;adaptateur, son câble et les réglages de la liaison, puis écoutez à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1103"/>
        <source>Set the planned speed on both ends, swap A and B if it stays, and check that the port is the one the plan names.</source>
        <translation>Réglez la vitesse prévue aux deux extrémités, inversez A et B si cela persiste, et vérifiez que le port est bien celui que nomme le plan.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1105"/>
        <source>Set the battery port&apos;s protocol and the inverter&apos;s battery type as the plan says.</source>
        <translation>Réglez le protocole du port batterie et le type de batterie de l&apos;onduleur comme l&apos;indique le plan.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1107"/>
        <source>Set the planned speed on both ends.</source>
        <translation>Réglez la vitesse prévue aux deux extrémités.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1109"/>
        <source>Set switch 1 the same on every module for the inverter&apos;s rate (OFF 115200, ON 9600) and restart the modules.</source>
        <translation>Réglez l&apos;interrupteur 1 pareil sur chaque module pour le débit de l&apos;onduleur (OFF 115200, ON 9600) et redémarrez les modules.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1111"/>
        <source>Set switch 1 to %1 on every module and record the rate in the plan.</source>
        <translation>Réglez l&apos;interrupteur 1 sur %1 sur chaque module et notez le débit dans le plan.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1113"/>
        <source>Leave exactly one master: on Pylontech the inverter cable on one module only; on JK-PB one pack at DIP 0000; and no tool polling beside an inverter.</source>
        <translation>Ne laissez qu&apos;un seul maître : sur Pylontech, le câble de l&apos;onduleur sur un seul module ; sur JK-PB, un seul pack en DIP 0000 ; et aucun outil qui interroge à côté d&apos;un onduleur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1115"/>
        <source>Check that the master is on and its cable is on this bus.</source>
        <translation>Vérifiez que le maître est allumé et que son câble est sur ce bus.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1117"/>
        <source>Bring every unit of the model to the same firmware with the maker&apos;s tool before handing over.</source>
        <translation>Mettez toutes les unités du modèle au même firmware avec l&apos;outil du fabricant avant la remise au client.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1119"/>
        <source>Read each unit&apos;s firmware (BankScope reads it where the protocol carries it) or record it by hand.</source>
        <translation>Lisez le firmware de chaque unité (BankScope le lit là où le protocole le transmet) ou notez-le à la main.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1121"/>
        <source>Update the plan, or the unit.</source>
        <translation>Mettez à jour le plan, ou l&apos;unité.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1123"/>
        <source>Do not close the breakers: charge or discharge the packs separately until the spread is within the maker&apos;s figure.</source>
        <translation>Ne fermez pas les disjoncteurs : chargez ou déchargez les packs séparément jusqu&apos;à ce que l&apos;écart soit dans la limite du fabricant.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1125"/>
        <source>Bring the packs as close as you can (same charger, same rest time) and decide by the maker&apos;s instructions; BankScope does not decide without a maker figure.</source>
        <translation>Rapprochez les packs autant que possible (même chargeur, même temps de repos) et décidez selon les instructions du fabricant ; BankScope ne décide pas sans valeur du fabricant.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1128"/>
        <source>Read every pack again (fresh readings, matched by serial) before the breakers close.</source>
        <translation>Relisez chaque pack (mesures récentes, associées par numéro de série) avant de fermer les disjoncteurs.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1130"/>
        <source>Record the serial numbers in the plan: the bus scan reads them where BankScope gets them from the protocol (it gets none from a JK-B); otherwise type them from the labels.</source>
        <translation>Inscrivez les numéros de série dans le plan : le balayage du bus les lit là où BankScope les obtient du protocole (il n&apos;en obtient aucun d&apos;un JK-B) ; sinon, recopiez-les depuis les étiquettes.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1132"/>
        <source>Repeat under load, with every pack read.</source>
        <translation>Recommencez en charge, avec chaque pack lu.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1134"/>
        <source>Check %1&apos;s cable length, lugs and torque: equal cable lengths share current equally.</source>
        <translation>Vérifiez la longueur de câble, les cosses et le serrage de %1 : des câbles de même longueur partagent le courant à parts égales.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1135"/>
        <source>Check %1&apos;s cable length, lugs and torque (recorded: %2): equal cable lengths share current equally.</source>
        <translation>Vérifiez la longueur de câble, les cosses et le serrage de %1 (noté : %2) : des câbles de même longueur partagent le courant à parts égales.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1137"/>
        <source>Equalise the cable lengths and lugs, or set the inverter&apos;s low-battery levels with this error in mind.</source>
        <translation>Égalisez les longueurs de câble et les cosses, ou réglez les seuils de batterie faible de l&apos;onduleur en tenant compte de cette erreur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1140"/>
        <source>Repeat under a steady discharge.</source>
        <translation>Recommencez pendant une décharge stable.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1142"/>
        <source>Listen on the inverter&apos;s BMS cable (a tap), without polling.</source>
        <translation>Écoutez sur le câble BMS de l&apos;onduleur (une dérivation), sans interroger.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1144"/>
        <source>Check the inverter&apos;s manual for what it needs on its BMS port.</source>
        <translation>Consultez le manuel de l&apos;onduleur pour savoir ce qu&apos;il attend sur son port BMS.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1146"/>
        <source>Listen for at least %1 s.</source>
        <translation>Écoutez pendant au moins %1 s.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1148"/>
        <source>Select the protocol this inverter needs on the battery&apos;s port (see the plan), or update the battery&apos;s firmware.</source>
        <translation>Choisissez sur le port de la batterie le protocole dont cet onduleur a besoin (voir le plan), ou mettez à jour le firmware de la batterie.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1150"/>
        <source>Check the bus load and the termination; if the battery sends this slowly by design, check the inverter&apos;s manual.</source>
        <translation>Vérifiez la charge du bus et la terminaison ; si la batterie émet aussi lentement par conception, consultez le manuel de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1152"/>
        <source>Set the BMS to send less often if it allows; otherwise note it for the inverter&apos;s maker.</source>
        <translation>Réglez le BMS pour qu&apos;il émette moins souvent s&apos;il le permet ; sinon signalez-le au fabricant de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1154"/>
        <source>Check the inverter&apos;s battery type (the plan: %1) and that its BMS cable goes to the master&apos;s port.</source>
        <translation>Vérifiez le type de batterie de l&apos;onduleur (le plan : %1) et que son câble BMS va au port du maître.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1158"/>
        <source>Check the inverter&apos;s battery type (the plan: %1) and the master&apos;s group switches.</source>
        <translation>Vérifiez le type de batterie de l&apos;onduleur (le plan : %1) et les interrupteurs de groupe du maître.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1160"/>
        <source>Check the master&apos;s address, its RS485 rate (switch 1) and the A/B wiring.</source>
        <translation>Vérifiez l&apos;adresse du maître, son débit RS485 (interrupteur 1) et le câblage A/B.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1162"/>
        <source>Set the inverter&apos;s battery type (the plan: %1) and check its BMS cable.</source>
        <translation>Réglez le type de batterie de l&apos;onduleur (le plan : %1) et vérifiez son câble BMS.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1164"/>
        <source>Find the cause before handing over; note it in the report.</source>
        <translation>Trouvez la cause avant la remise au client ; notez-la dans le rapport.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1166"/>
        <source>Read the packs.</source>
        <translation>Lisez les packs.</translation>
    </message>
    <message>
        <location filename="../core/commissioningchecks.cpp" line="1167"/>
        <source>See the plan.</source>
        <translation>Voir le plan.</translation>
    </message>
</context>
<context>
    <name>CommissioningReport</name>
    <message>
        <location filename="../core/reportbuilder.cpp" line="89"/>
        <source>Another reading:</source>
        <translation>Autre lecture :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="142"/>
        <source>all OFF</source>
        <translation>tous sur OFF</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="142"/>
        <source>%1 ON</source>
        <translation>%1 sur ON</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="159"/>
        <source>master (BMU)</source>
        <translation>maître (BMU)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="168"/>
        <source>This site&apos;s own order, entered by the installer.</source>
        <translation>L&apos;ordre propre à ce site, saisi par l&apos;installateur.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="171"/>
        <source>The maker&apos;s order from the catalogue:</source>
        <translation>L&apos;ordre du fabricant, d&apos;après le catalogue :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="175"/>
        <source>NOT ENTERED. No maker gives one for this bank: the installer writes this site&apos;s order here, with the breaker labels.</source>
        <translation>NON SAISI. Aucun fabricant n&apos;en donne pour ce parc : l&apos;installateur écrit ici l&apos;ordre de ce site, avec les repères des disjoncteurs.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="193"/>
        <source>unknown — see its manual</source>
        <translation>inconnu — voir son manuel</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="244"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured, %5 measured without a maker figure.</source>
        <translation>%1 conformes, %2 en échec, %3 avertissements, %4 non mesurés, %5 mesurés sans valeur du fabricant.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="263"/>
        <source>Failover</source>
        <translation>Secours en cas de panne du maître</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="267"/>
        <source>The failover card cannot be printed yet:</source>
        <translation>La fiche de secours ne peut pas encore être imprimée :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="276"/>
        <source>If the master %1 fails, %2 takes over as master. The owner&apos;s card prints the steps below up to the first one that rests on a fact nobody confirmed on this site.</source>
        <translation>Si le maître %1 tombe en panne, %2 prend le relais comme maître. La fiche du propriétaire imprime les étapes ci-dessous jusqu&apos;à la première qui repose sur un fait que personne n&apos;a confirmé sur ce site.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="280"/>
        <source>Every BMS talks to the aggregator itself: no master to replace. The card says what the owner sees and whether the system carries on.</source>
        <translation>Chaque BMS parle lui-même à l&apos;agrégateur : pas de maître à remplacer. La fiche dit ce que voit le propriétaire et si l&apos;installation continue de fonctionner.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="284"/>
        <source>No steps for the owner on this bank: the card tells them to call the installer.</source>
        <translation>Aucune étape pour le propriétaire sur ce parc : la fiche lui dit d&apos;appeler l&apos;installateur.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="289"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="289"/>
        <source>On the card as</source>
        <translation>Sur la fiche comme</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="302"/>
        <source>not printed: the card says &quot;ask your installer&quot; and stops here</source>
        <translation>non imprimée : la fiche dit « demandez à votre installateur » et s&apos;arrête ici</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="303"/>
        <source>not printed</source>
        <translation>non imprimée</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="309"/>
        <source>The owner&apos;s procedure</source>
        <translation>La procédure du propriétaire</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="314"/>
        <source>Restore (the installer: the stand-in is demoted first)</source>
        <translation>Remise en état (l&apos;installateur : le maître de secours est rétrogradé d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="316"/>
        <source>Both procedures were checked step by step: at no step do two units act as master on one bus or towards the inverter, and the failed unit stays off every bus until the installer reconnects it.</source>
        <translation>Les deux procédures ont été vérifiées étape par étape : à aucune étape deux unités n&apos;agissent comme maître sur un même bus ou envers l&apos;onduleur, et l&apos;unité en panne reste hors de tout bus jusqu&apos;à ce que l&apos;installateur la reconnecte.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="319"/>
        <source>While the master is gone:</source>
        <translation>Tant que le maître est absent :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="324"/>
        <source>Confirmed on this site</source>
        <translation>Confirmé sur ce site</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="367"/>
        <source>Failover drill</source>
        <translation>Exercice de secours</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="370"/>
        <source>No failover drill was recorded on this site.</source>
        <translation>Aucun exercice de secours n&apos;a été enregistré sur ce site.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="384"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="391"/>
        <source>aborted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="391"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="472"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="486"/>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="486"/>
        <source>Commissioning report — %1</source>
        <translation>Rapport de mise en service — %1</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="495"/>
        <source>Battery bank commissioning report</source>
        <translation>Rapport de mise en service du parc de batteries</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="497"/>
        <source>Site not named</source>
        <translation>Site sans nom</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="503"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="504"/>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="505"/>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="506"/>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="507"/>
        <source>Planned</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="508"/>
        <source>Report made</source>
        <translation>Rapport établi le</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="516"/>
        <source>not verified with BankScope</source>
        <translation>non vérifié avec BankScope</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="518"/>
        <source>checks failed:</source>
        <translation>contrôles en échec :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="520"/>
        <source>passed with warnings:</source>
        <translation>conforme avec avertissements :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="522"/>
        <source>no check failed:</source>
        <translation>aucun contrôle en échec :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="523"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="528"/>
        <source>System</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="534"/>
        <source>Inverter</source>
        <translation>Onduleur</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="534"/>
        <source>not in the catalogue</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="535"/>
        <source>Inverter firmware</source>
        <translation>Firmware de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="535"/>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>Release notes checked</source>
        <translation>Notes de version vérifiées</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>yes, confirmed by the installer</source>
        <translation>oui, confirmé par l&apos;installateur</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="536"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="537"/>
        <source>Batteries</source>
        <translation>Batteries</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="538"/>
        <source>BMS link</source>
        <translation>Liaison BMS</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="539"/>
        <source>Battery-type menu</source>
        <translation>Menu du type de batterie</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="540"/>
        <source>Battery-type setting</source>
        <translation>Réglage du type de batterie</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="541"/>
        <source>On the battery&apos;s port</source>
        <translation>Sur le port de la batterie</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="542"/>
        <source>If BMS data stops</source>
        <translation>Si les données BMS s&apos;arrêtent</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="395"/>
        <location filename="../core/reportbuilder.cpp" line="545"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="313"/>
        <source>Restore (the installer)</source>
        <translation>Remise en état (l&apos;installateur)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="319"/>
        <source>While a BMS is gone:</source>
        <translation>Tant qu&apos;un BMS manque :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="344"/>
        <source>no BMS</source>
        <translation>aucun BMS</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="344"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="346"/>
        <source>BMS %1</source>
        <translation>BMS %1</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="351"/>
        <source>one master (%1)</source>
        <translation>un seul maître (%1)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="353"/>
        <source>%1 masters (%2)</source>
        <translation>%1 maîtres (%2)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="355"/>
        <source>garbled answers at the master&apos;s address</source>
        <translation>réponses brouillées à l&apos;adresse du maître</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="395"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="399"/>
        <source>the BMS %1, switched off (or its CAN cable pulled); the others stayed on their own GX ports</source>
        <translation>le BMS %1, éteint (ou son câble CAN débranché) ; les autres sont restés sur leurs propres ports du GX</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="401"/>
        <source>the master %1, switched off (or its inverter cable pulled); stand-in %2</source>
        <translation>le maître %1, éteint (ou son câble onduleur débranché) ; maître de secours %2</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="404"/>
        <source>Unit taken off</source>
        <translation>Unité retirée</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="407"/>
        <source>Stand-in heard alone</source>
        <translation>Maître de secours entendu seul</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="407"/>
        <source>%1 s after the master went silent</source>
        <translation>%1 s après le silence du maître</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="411"/>
        <source>Proved on this site</source>
        <translation>Prouvé sur ce site</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="412"/>
        <source>nothing: only a drill that passed proves a fact</source>
        <translation>rien : seul un exercice réussi prouve un fait</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="418"/>
        <source>The bank with %1 off</source>
        <translation>Le parc avec %1 éteint</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="420"/>
        <source>Offered to the GX</source>
        <translation>Proposé au GX</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="420"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="421"/>
        <source>With %1 off</source>
        <translation>Avec %1 éteint</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="421"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="430"/>
        <source>(from %1)</source>
        <translation>(par %1)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="441"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="445"/>
        <location filename="../core/reportbuilder.cpp" line="473"/>
        <source>BMSs heard</source>
        <translation>BMS entendus</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="446"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="447"/>
        <source>Charge voltage limit</source>
        <translation>Limite de tension de charge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="448"/>
        <source>Charge current limit</source>
        <translation>Limite de courant de charge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="449"/>
        <source>Discharge current limit</source>
        <translation>Limite de courant de décharge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="453"/>
        <source>the charge voltage limit</source>
        <translation>la limite de tension de charge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="455"/>
        <source>the charge current limit</source>
        <translation>la limite de courant de charge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="457"/>
        <source>the discharge current limit</source>
        <translation>la limite de courant de décharge</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="459"/>
        <source>%1 did not set any of the bank&apos;s limits before it was taken off.</source>
        <translation>%1 ne fixait aucune des limites du parc avant d&apos;être retiré.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="460"/>
        <source>%1 set %2 before it was taken off: while it is off, the other BMSs set them.</source>
        <translation>%1 fixait %2 avant d&apos;être retiré : tant qu&apos;il est éteint, ce sont les autres BMS qui les fixent.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="464"/>
        <source>Values from BankScope&apos;s aggregation core over the BMSs heard (capacity summed, the lowest charge voltage, current limits as the weakest BMS times the BMSs online). How a GX combines several BMSs is not in the sources: check the GX&apos;s own screen.</source>
        <translation>Valeurs du cœur d&apos;agrégation de BankScope sur les BMS entendus (capacités additionnées, la plus basse tension de charge, limites de courant égales au BMS le plus faible multiplié par le nombre de BMS en ligne). La façon dont un GX combine plusieurs BMS ne figure pas dans les sources : vérifiez l&apos;écran du GX lui-même.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="470"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="472"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="473"/>
        <source>Masters heard</source>
        <translation>Maîtres entendus</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="547"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="548"/>
        <location filename="../core/reportbuilder.cpp" line="588"/>
        <source>Cabling</source>
        <translation>Câblage</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="551"/>
        <source>for %1: %2</source>
        <translation>pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="552"/>
        <source>for %1: %2 (%3)</source>
        <translation>pour %1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="554"/>
        <source>Stand-in master</source>
        <translation>Maître de secours</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="554"/>
        <source>none: every BMS talks to the GX itself</source>
        <translation>aucun : chaque BMS parle lui-même au GX</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="558"/>
        <source>Bank map</source>
        <translation>Plan du parc</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="567"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="569"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>DIP switches</source>
        <translation>Interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="571"/>
        <source>Cable</source>
        <translation>Câble</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="580"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="585"/>
        <source>DIP switches drawn switch 1 on the left: ■ ON (up), □ OFF (down), ? to set on site. A change takes effect after the unit restarts.</source>
        <translation>Interrupteurs DIP dessinés avec l&apos;interrupteur 1 à gauche : ■ ON (haut), □ OFF (bas), ? à régler sur site. Un changement prend effet après le redémarrage de l&apos;unité.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="590"/>
        <source>Medium, protocol, speed</source>
        <translation>Support, protocole, vitesse</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="592"/>
        <source>inverter</source>
        <translation>onduleur</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="592"/>
        <source>between units</source>
        <translation>entre unités</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="593"/>
        <source>BankScope (polls)</source>
        <translation>BankScope (interroge)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="594"/>
        <source>BankScope (listens)</source>
        <translation>BankScope (écoute)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="601"/>
        <source>Isolation order</source>
        <translation>Ordre d&apos;isolement</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="602"/>
        <source>Switching the inverter off does not make the battery safe: isolate the battery.</source>
        <translation>Éteindre l&apos;onduleur ne met pas la batterie en sécurité : isolez la batterie.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="604"/>
        <source>Power-up order</source>
        <translation>Ordre de remise sous tension</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="609"/>
        <source>To confirm on site</source>
        <translation>À confirmer sur site</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="619"/>
        <source>Readings at hand-over</source>
        <translation>Mesures à la remise</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="621"/>
        <source>No readings were recorded at hand-over.</source>
        <translation>Aucune mesure n&apos;a été enregistrée à la remise.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="624"/>
        <source>Read %1 from %2.</source>
        <translation>%1 lu(s) à %2.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>SOC %</source>
        <translation>SOC %</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Voltage V</source>
        <translation>Tension V</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="626"/>
        <source>Current A</source>
        <translation>Courant A</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell min mV</source>
        <translation>Cellule min mV</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell max mV</source>
        <translation>Cellule max mV</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="627"/>
        <source>Cell delta mV</source>
        <translation>Écart cellules mV</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="628"/>
        <source>Temp °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="628"/>
        <source>Matched by</source>
        <translation>Associé par</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="651"/>
        <source>serial</source>
        <translation>n° de série</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="651"/>
        <source>address*</source>
        <translation>adresse*</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="661"/>
        <source>SOC spread %1 points</source>
        <translation>écart de SOC %1 points</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="663"/>
        <source>voltage spread %1 V</source>
        <translation>écart de tension %1 V</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="665"/>
        <source>largest cell delta %1 mV (%2)</source>
        <translation>plus grand écart de cellules %1 mV (%2)</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="670"/>
        <source>* matched to the plan by bus address: the reading carried no serial number to match.</source>
        <translation>* associé au plan par l&apos;adresse sur le bus : la mesure ne portait pas de numéro de série.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="674"/>
        <source>Checks and results</source>
        <translation>Contrôles et résultats</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="676"/>
        <source>No check was recorded: this bank was not verified with BankScope.</source>
        <translation>Aucun contrôle n&apos;a été enregistré : ce parc n&apos;a pas été vérifié avec BankScope.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="405"/>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="687"/>
        <source>Passed</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="711"/>
        <source>Results to note</source>
        <translation>Résultats à noter</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="713"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="724"/>
        <source>Checked by hand</source>
        <translation>Vérifié à la main</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="726"/>
        <source>By, when</source>
        <translation>Par, quand</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="736"/>
        <source>Alarms seen</source>
        <translation>Alarmes vues</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="738"/>
        <source>No alarm was recorded during commissioning.</source>
        <translation>Aucune alarme n&apos;a été enregistrée pendant la mise en service.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="756"/>
        <source>Hand-over</source>
        <translation>Remise au client</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="757"/>
        <source>The installer confirms that the bank was installed and commissioned as recorded in this report. The customer received this report and the site&apos;s isolation order.</source>
        <translation>L&apos;installateur confirme que le parc a été installé et mis en service comme consigné dans ce rapport. Le client a reçu ce rapport et l&apos;ordre d&apos;isolement du site.</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="762"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="763"/>
        <source>Customer / site owner</source>
        <translation>Client / propriétaire du site</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="766"/>
        <source>Sources and confidence</source>
        <translation>Sources et confiance</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="768"/>
        <source>Every fact above is marked with its confidence: documented (a maker&apos;s document), observed or second-hand (captures, integrators, user reports), uncertain (unverified, by analogy, or the sources disagree). Where no maker gives a figure the report says so instead of giving one. Numbers in brackets refer to:</source>
        <translation>Chaque fait ci-dessus est marqué de sa confiance : documenté (un document du fabricant), observé ou de seconde main (captures, intégrateurs, retours d&apos;utilisateurs), incertain (non vérifié, par analogie, ou les sources divergent). Là où aucun fabricant ne donne de valeur, le rapport le dit au lieu d&apos;en inventer une. Les numéros entre crochets renvoient à :</translation>
    </message>
    <message>
        <location filename="../core/reportbuilder.cpp" line="778"/>
        <source>Made with %1. BankScope reads batteries and listens to inverters; it writes no BMS setting.</source>
        <translation>Établi avec %1. BankScope lit les batteries et écoute les onduleurs ; il n&apos;écrit aucun réglage BMS.</translation>
    </message>
</context>
<context>
    <name>CommissioningWizard</name>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="98"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="100"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="101"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="102"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="103"/>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="104"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="105"/>
        <source>Open a plan saved earlier (or made with bankscope-cli plan) to go on with it</source>
        <translation>Ouvrir un plan enregistré auparavant (ou créé avec bankscope-cli plan) pour le poursuivre</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="106"/>
        <source>Save the plan as it stands (%1)</source>
        <translation>Enregistrer le plan tel quel (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="108"/>
        <source>Preview, print or export the commissioning report of the plan as it stands</source>
        <translation>Aperçu, impression ou export du rapport de mise en service du plan tel quel</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="195"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="200"/>
        <source>Commission a bank</source>
        <translation>Mettre en service un parc</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="200"/>
        <source>Commission a bank — %1</source>
        <translation>Mettre en service un parc — %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="287"/>
        <source>the plan is not complete yet: %1</source>
        <translation>le plan n&apos;est pas encore complet : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="313"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="334"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="343"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="357"/>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="334"/>
        <source>The plan was not saved: %1</source>
        <translation>Le plan n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="344"/>
        <source>The plan can be saved once the batteries are chosen.

%1</source>
        <translation>Le plan pourra être enregistré une fois les batteries choisies.

%1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="351"/>
        <source>plan.json</source>
        <translation>plan.json</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="351"/>
        <source>%1 plan.json</source>
        <translation>%1 plan.json</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="352"/>
        <source>Save the commissioning plan</source>
        <translation>Enregistrer le plan de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="352"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="371"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Plans de mise en service (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="357"/>
        <source>The plan was not saved to %1: %2</source>
        <translation>Le plan n&apos;a pas été enregistré dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="366"/>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="376"/>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="366"/>
        <source>The plan has changes that are not saved. Open another plan anyway?</source>
        <translation>Le plan a des modifications non enregistrées. Ouvrir quand même un autre plan ?</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="371"/>
        <source>Open a commissioning plan</source>
        <translation>Ouvrir un plan de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="376"/>
        <source>This plan cannot be opened:
%1</source>
        <translation>Ce plan ne peut pas être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="382"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="382"/>
        <source>The report can be made once the batteries are chosen.</source>
        <translation>Le rapport pourra être établi une fois les batteries choisies.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="394"/>
        <source>Close the wizard</source>
        <translation>Fermer l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../ui/wizards/commissioningwizard.cpp" line="394"/>
        <source>Save the changes to this plan before closing?</source>
        <translation>Enregistrer les modifications de ce plan avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../core/catalogue.cpp" line="22"/>
        <source>documented</source>
        <translation>documenté</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="23"/>
        <source>observed or second-hand</source>
        <translation>observé ou de seconde main</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="24"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Serial port (USB-RS485 / RS232 adapter)</source>
        <translation>Port série (adaptateur USB-RS485 / RS232)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>CAN adapter (socketcan, PEAK, virtual CAN, …)</source>
        <translation>Adaptateur CAN (socketcan, PEAK, CAN virtuel, …)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="47"/>
        <source>SLCAN adapter on a serial port (CANable, USBtin)</source>
        <translation>Adaptateur SLCAN sur un port série (CANable, USBtin)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="48"/>
        <source>Recording (replay a file)</source>
        <translation>Enregistrement (relire un fichier)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>Simulated bank (scenario file, no hardware)</source>
        <translation>Parc simulé (fichier de scénario, sans matériel)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>%1 baud</source>
        <translation>%1 bauds</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="72"/>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>Offered again: the connection you used last (%1).</source>
        <translation>Proposée à nouveau : la dernière connexion utilisée (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="93"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="133"/>
        <location filename="../ui/connectiondialog.cpp" line="142"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="134"/>
        <source>Every link this connection opens; select one to edit it.</source>
        <translation>Chaque liaison qu&apos;ouvre cette connexion ; sélectionnez-en une pour la modifier.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>&amp;Add source</source>
        <translation>A&amp;jouter une source</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="139"/>
        <source>Read one more link at the same time, e.g. the inverter&apos;s CAN link beside the pack bus.</source>
        <translation>Lire une liaison de plus en même temps, par exemple la liaison CAN de l&apos;onduleur à côté du bus des packs.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="160"/>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="162"/>
        <source>Look for adapters again (plugged in since the dialog opened).</source>
        <translation>Rechercher à nouveau les adaptateurs (branchés depuis l&apos;ouverture de la fenêtre).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="163"/>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="186"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="188"/>
        <source>&amp;Device:</source>
        <translation>Appare&amp;il :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="190"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="192"/>
        <location filename="../ui/connectiondialog.cpp" line="673"/>
        <location filename="../ui/connectiondialog.cpp" line="677"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="206"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="207"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="208"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="211"/>
        <source>Role on the bus</source>
        <translation>Rôle sur le bus</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="219"/>
        <source>A&amp;uto (safe default)</source>
        <translation>&amp;Auto (choix sûr par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="220"/>
        <source>&amp;Listen only</source>
        <translation>Écoute &amp;seule</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="221"/>
        <source>P&amp;oll the bank</source>
        <translation>Interro&amp;ger le parc</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>Auto-detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <location filename="../ui/connectiondialog.cpp" line="938"/>
        <location filename="../ui/connectiondialog.cpp" line="964"/>
        <source>Auto-de&amp;tect (listens only)</source>
        <translation>&amp;Détection auto (écoute seule)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>Listens at each speed the protocols use and fills in the protocol and speed it hears. It never transmits: a silent bus stays silent.</source>
        <translation>Écoute à chaque vitesse qu&apos;utilisent les protocoles et remplit le protocole et la vitesse entendus. N&apos;émet jamais : un bus muet reste muet.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="245"/>
        <source>Auto-detect progress</source>
        <translation>Progression de la détection automatique</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="255"/>
        <source>Not run. It listens for %1 s at each speed.</source>
        <translation>Pas encore lancée. Elle écoute %1 s à chaque vitesse.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="263"/>
        <source>Selected source</source>
        <translation>Source sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="270"/>
        <source>Re&amp;cord everything to:</source>
        <translation>Tout &amp;enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="274"/>
        <source>Recording file</source>
        <translation>Fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="276"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="290"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="363"/>
        <source>Record to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="363"/>
        <source>BankScope recordings (*.log)</source>
        <translation>Enregistrements BankScope (*.log)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="380"/>
        <source>Auto: listens first for %1 s and polls only if nobody else is talking; stops the moment another master is heard. The safe choice on a live site.</source>
        <translation>Auto : écoute d&apos;abord %1 s et n&apos;interroge que si personne d&apos;autre ne parle ; s&apos;arrête dès qu&apos;un autre maître est entendu. Le choix sûr sur un site en service.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="384"/>
        <source>Listen only: never transmits. Reads what the inverter (or the bank&apos;s master) asks and the packs answer. Use it beside a running inverter.</source>
        <translation>Écoute seule : n&apos;émet jamais. Lit ce que demande l&apos;onduleur (ou le maître du parc) et ce que répondent les packs. À utiliser à côté d&apos;un onduleur en marche.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="387"/>
        <source>Poll: BankScope asks the packs itself (inverter unplugged, or a console port). It still listens for %1 s first and refuses to transmit if another master is heard.</source>
        <translation>Interroger : BankScope interroge lui-même les packs (onduleur débranché, ou port console). Il écoute quand même %1 s d&apos;abord et refuse d&apos;émettre si un autre maître est entendu.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="396"/>
        <source> — identical adapter: check which port</source>
        <translation> — adaptateur identique : vérifiez quel port</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="423"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="425"/>
        <location filename="../ui/connectiondialog.cpp" line="582"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="485"/>
        <source>no device chosen</source>
        <translation>aucun appareil choisi</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="504"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="566"/>
        <source>%1
Stable identity: %2</source>
        <translation>%1
Identité stable : %2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="566"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="569"/>
        <source>a port: /dev/ttyUSB0, COM5, /dev/serial/by-id/…</source>
        <translation>un port : /dev/ttyUSB0, COM5, /dev/serial/by-id/…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="580"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="592"/>
        <source>%1: not available (%2)</source>
        <translation>%1 : non disponible (%2)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="596"/>
        <source>plugin:interface, e.g. socketcan:can0</source>
        <translation>plugin:interface, par ex. socketcan:can0</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="600"/>
        <source>a BankScope recording, candump log, Vector ASC or SavvyCAN CSV</source>
        <translation>un enregistrement BankScope, un journal candump, un ASC Vector ou un CSV SavvyCAN</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="603"/>
        <source>a scenario file (resources/scenarios/)</source>
        <translation>un fichier de scénario (resources/scenarios/)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="621"/>
        <source>Stable identity: %1 — a replugged adapter is found again by it.</source>
        <translation>Identité stable : %1 — un adaptateur rebranché est retrouvé par elle.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="623"/>
        <source>Identical adapter without a serial number: check which port it is (unplug one, press Refresh). A replug is looked for under this port name only.</source>
        <translation>Adaptateur identique sans numéro de série : vérifiez de quel port il s&apos;agit (débranchez-en un, appuyez sur Actualiser). Après un rebranchement, il n&apos;est recherché que sous ce nom de port.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="626"/>
        <source>No stable identity: a replug is looked for under the same port name only.</source>
        <translation>Pas d&apos;identité stable : après un rebranchement, l&apos;adaptateur n&apos;est recherché que sous le même nom de port.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="629"/>
        <source>CAN adapters only listen here: BankScope never transmits on a CAN bus.</source>
        <translation>Les adaptateurs CAN ne font qu&apos;écouter ici : BankScope n&apos;émet jamais sur un bus CAN.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="643"/>
        <source>From the file</source>
        <translation>D&apos;après le fichier</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="661"/>
        <source>Replay &amp;speed:</source>
        <translation>&amp;Vitesse de relecture :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="663"/>
        <source>1× (real time)</source>
        <translation>1× (temps réel)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="664"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="665"/>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="683"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="695"/>
        <source>Most CAN plugins take the bit rate from the interface (Linux: sudo ip link set can0 up type can bitrate %1 listen-only on); BankScope says so when it cannot apply it.</source>
        <translation>La plupart des plugins CAN prennent le débit de l&apos;interface (Linux : sudo ip link set can0 up type can bitrate %1 listen-only on) ; BankScope le signale quand il ne peut pas l&apos;appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="699"/>
        <source>Pylontech: 115200 baud with DIP 1 off, 9600 with DIP 1 on.</source>
        <translation>Pylontech : 115200 bauds avec DIP 1 sur off, 9600 avec DIP 1 sur on.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="717"/>
        <source>CAN and SLCAN adapters only listen: BankScope never transmits on a CAN bus (sending an inverter&apos;s keep-alive would be emulation).</source>
        <translation>Les adaptateurs CAN et SLCAN ne font qu&apos;écouter : BankScope n&apos;émet jamais sur un bus CAN (envoyer le signal de vie d&apos;un onduleur serait de l&apos;émulation).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="720"/>
        <source>A recording is replayed into every view; nothing is sent anywhere.</source>
        <translation>Un enregistrement est relu dans toutes les vues ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="722"/>
        <source>A simulated bank runs inside BankScope; nothing is sent on any wire.</source>
        <translation>Un parc simulé tourne dans BankScope ; rien n&apos;est envoyé sur aucun fil.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="853"/>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="854"/>
        <source>Recordings (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation>Enregistrements (*.log *.asc *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="855"/>
        <source>Open a scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="855"/>
        <source>Scenarios (*.json)</source>
        <translation>Scénarios (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="892"/>
        <source>Listening at %1 (%2 of %3) for %4 s…</source>
        <translation>Écoute à %1 (%2 sur %3) pendant %4 s…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="902"/>
        <source>%1: could not listen (%2)</source>
        <translation>%1 : écoute impossible (%2)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="904"/>
        <source>%1: silent</source>
        <translation>%1 : muet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="907"/>
        <source>%n frames</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="908"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="911"/>
        <source>%1: %2, decodes as %3 — %4</source>
        <translation>%1 : %2, se décode en %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="913"/>
        <source>%1: %2 that no protocol decodes</source>
        <translation>%1 : %2 qu&apos;aucun protocole ne décode</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="922"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="933"/>
        <source>Filled in: %1 at %2.</source>
        <translation>Rempli : %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="944"/>
        <source>Stop de&amp;tecting</source>
        <translation>Arrêter la &amp;détection</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="962"/>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="976"/>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
</context>
<context>
    <name>CurrentSharing</name>
    <message>
        <location filename="../core/currentsharing.cpp" line="30"/>
        <source>no packs</source>
        <translation>aucun pack</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="32"/>
        <source>the load must be a positive discharge current</source>
        <translation>la charge doit être un courant de décharge positif</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="34"/>
        <source>the generator-start SOC must be between 0 and 100 %</source>
        <translation>le SOC de démarrage du groupe électrogène doit être entre 0 et 100 %</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="40"/>
        <source>every pack needs a positive capacity</source>
        <translation>chaque pack doit avoir une capacité positive</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="42"/>
        <source>SOC must be 0..100 % and shares non-negative</source>
        <translation>le SOC doit être de 0 à 100 % et les parts non négatives</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="48"/>
        <source>the sharing ratios must add up to 1</source>
        <translation>la somme des parts de courant doit faire 1</translation>
    </message>
    <message>
        <location filename="../core/currentsharing.cpp" line="50"/>
        <source>a single-master bank needs a master pack</source>
        <translation>un parc à maître unique a besoin d&apos;un pack maître</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../core/diagnosis.cpp" line="414"/>
        <source>Are the adapter&apos;s plug, the RJ45 or screw terminals and the cable to the BMS port seated and whole?</source>
        <translation>La fiche de l&apos;adaptateur, le RJ45 ou les borniers à vis et le câble vers le port BMS sont-ils bien en place et intacts ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="416"/>
        <source>What do the LEDs (RUN, ALM, SOC) of the silent pack show, or of the master if the whole bank is silent? All off, standby (RUN a short flash every 4 s), running, or protection (ALM steady red)?</source>
        <translation>Que montrent les LED (RUN, ALM, SOC) du pack muet, ou du maître si tout le parc est muet ? Toutes éteintes, veille (RUN clignote brièvement toutes les 4 s), en marche, ou protection (ALM rouge fixe) ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="419"/>
        <source>Follow the wires: does the adapter&apos;s A go to the BMS port&apos;s A, B to B, and is GND connected?</source>
        <translation>Suivez les fils : le A de l&apos;adaptateur va-t-il au A du port BMS, le B au B, et la GND est-elle raccordée ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="421"/>
        <source>What speed is the bank set to (Pylontech: DIP switch 1 of the master; JK: in the app), and does it match BankScope&apos;s?</source>
        <translation>Quel débit est réglé sur le parc (Pylontech : interrupteur DIP 1 du maître ; JK : dans l&apos;application), et correspond-il à celui de BankScope ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="424"/>
        <source>Is there 120 Ω at both ends of the bus and nowhere else (terminator plug or switch)?</source>
        <translation>Y a-t-il 120 Ω aux deux extrémités du bus et nulle part ailleurs (bouchon de terminaison ou interrupteur) ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="426"/>
        <source>Do two packs share an address (DIP switches, or the address set in the app)?</source>
        <translation>Deux packs partagent-ils une adresse (interrupteurs DIP, ou adresse réglée dans l&apos;application) ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="428"/>
        <source>With a clamp meter on the silent pack&apos;s power cable: does it still carry current?</source>
        <translation>Avec une pince ampèremétrique sur le câble de puissance du pack muet : est-il toujours parcouru par un courant ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="430"/>
        <source>Press the silent pack&apos;s power or wake button briefly: does it answer again?</source>
        <translation>Appuyez brièvement sur le bouton marche ou réveil du pack muet : répond-il de nouveau ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="432"/>
        <source>Does the silent BMS still connect over Bluetooth (JK app)?</source>
        <translation>Le BMS muet se connecte-t-il encore en Bluetooth (application JK) ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="434"/>
        <source>Is another device polling on this bus (an inverter, a second adapter, a monitoring box)?</source>
        <translation>Un autre appareil interroge-t-il ce bus (un onduleur, un second adaptateur, un boîtier de supervision) ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="436"/>
        <source>In the inverter&apos;s menu: is the battery type (and the protocol of its BMS port) what the plan or the battery&apos;s maker says, and is the cable in its BMS port?</source>
        <translation>Dans le menu de l&apos;onduleur : le type de batterie (et le protocole de son port BMS) est-il celui que donnent le plan ou le fabricant de la batterie, et le câble est-il bien dans son port BMS ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="439"/>
        <source>In the BMS app or on its DIP switches: is the protocol set on the port the inverter cable is in the one this inverter takes?</source>
        <translation>Dans l&apos;application du BMS ou sur ses interrupteurs DIP : le protocole réglé sur le port où est branché le câble de l&apos;onduleur est-il celui que cet onduleur accepte ?</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="448"/>
        <source>seated and whole</source>
        <translation>en place et intacts</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="449"/>
        <source>loose, unplugged or damaged</source>
        <translation>desserrés, débranchés ou endommagés</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="450"/>
        <source>all off</source>
        <translation>toutes éteintes</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="451"/>
        <source>standby (RUN flashes briefly)</source>
        <translation>veille (RUN clignote brièvement)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="452"/>
        <source>running (charging or discharging)</source>
        <translation>en marche (charge ou décharge)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="453"/>
        <source>protection (ALM steady)</source>
        <translation>protection (ALM fixe)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="454"/>
        <source>as it should be</source>
        <translation>comme il faut</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="455"/>
        <source>A and B swapped</source>
        <translation>A et B inversés</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="456"/>
        <source>GND not connected</source>
        <translation>GND non raccordée</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="457"/>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="458"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="459"/>
        <source>missing or in the wrong place</source>
        <translation>absente ou mal placée</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="460"/>
        <source>all different</source>
        <translation>toutes différentes</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="461"/>
        <source>two packs share one</source>
        <translation>deux packs en partagent une</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="462"/>
        <source>it carries current</source>
        <translation>il est parcouru par un courant</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="463"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="464"/>
        <source>it answers again</source>
        <translation>il répond de nouveau</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="465"/>
        <source>still silent</source>
        <translation>toujours muet</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="466"/>
        <source>it connects</source>
        <translation>il se connecte</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="467"/>
        <source>it does not</source>
        <translation>il ne se connecte pas</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="468"/>
        <source>yes, found one</source>
        <translation>oui, il y en a un</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="618"/>
        <source>The adapter, its cable or the terminals are not connected to the bus</source>
        <translation>L&apos;adaptateur, son câble ou les bornes ne sont pas reliés au bus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="620"/>
        <source>The bank (its master BMS) is switched off</source>
        <translation>Le parc (son BMS maître) est éteint</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="622"/>
        <source>Nobody polls the bus: the BMS only speak when asked</source>
        <translation>Personne n&apos;interroge le bus : les BMS ne parlent que lorsqu&apos;on les interroge</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="624"/>
        <source>The bus speaks another protocol than the one chosen</source>
        <translation>Le bus parle un autre protocole que celui choisi</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="626"/>
        <source>Speed (baud rate) mismatch</source>
        <translation>Débit (vitesse en bauds) différent</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="628"/>
        <source>RS485 A and B swapped</source>
        <translation>A et B du RS485 inversés</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="630"/>
        <source>Noise on the line: termination, bias or a missing GND</source>
        <translation>Parasites sur la ligne : terminaison, polarisation ou GND manquante</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="632"/>
        <source>Two packs answer at one address (duplicate address)</source>
        <translation>Deux packs répondent à une même adresse (adresse en double)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="634"/>
        <source>A second master polls the bus</source>
        <translation>Un second maître interroge le bus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="636"/>
        <source>The master BMS stopped answering</source>
        <translation>Le BMS maître ne répond plus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="638"/>
        <source>BankScope&apos;s own adapter or cable came off</source>
        <translation>L&apos;adaptateur ou le câble de BankScope lui-même s&apos;est débranché</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="640"/>
        <source>The master answers for its slaves, but its own data is gone</source>
        <translation>Le maître répond pour ses esclaves, mais ses propres données ont disparu</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="642"/>
        <source>A slave BMS is off and has left the bank</source>
        <translation>Un BMS esclave est éteint et a quitté le parc</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="644"/>
        <source>The link cable to a slave is cut (the pack still carries current)</source>
        <translation>Le câble de liaison vers un esclave est coupé (le pack est toujours parcouru par un courant)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="646"/>
        <source>A BMS went to sleep after an idle time</source>
        <translation>Un BMS s&apos;est mis en veille après un temps d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="648"/>
        <source>Packs run different firmware versions</source>
        <translation>Les packs ont des versions de firmware différentes</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="650"/>
        <source>The inverter does not take the bank&apos;s data: its battery type setting (it can reset) or its BMS port</source>
        <translation>L&apos;onduleur ne prend pas les données du parc : son réglage de type de batterie (il peut se réinitialiser) ou son port BMS</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="652"/>
        <source>The bank&apos;s port speaks a protocol the inverter does not take (the protocol set on the wrong port)</source>
        <translation>Le port du parc parle un protocole que l&apos;onduleur n&apos;accepte pas (protocole réglé sur le mauvais port)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="675"/>
        <source>%1: BankScope sent %2 bytes of requests over %3 s and received not one byte</source>
        <translation>%1 : BankScope a envoyé %2 octets de requêtes en %3 s et n&apos;a pas reçu un seul octet</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="677"/>
        <source>%1: not one byte in %2 s of listening</source>
        <translation>%1 : pas un seul octet en %2 s d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="679"/>
        <source>%1: another master (the inverter?) sent %2 requests in %3 s and not one was answered</source>
        <translation>%1 : un autre maître (l&apos;onduleur ?) a envoyé %2 requêtes en %3 s et aucune n&apos;a reçu de réponse</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="681"/>
        <source>%1: no battery frame in %3 s (%2 frames from an inverter or GX)</source>
        <translation>%1 : aucune trame de batterie en %3 s (%2 trames d&apos;un onduleur ou d&apos;un GX)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="683"/>
        <source>%1: %2 bytes received in %3 s and not one valid frame</source>
        <translation>%1 : %2 octets reçus en %3 s et pas une seule trame valide</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="685"/>
        <source>%1: the bytes decode as %2</source>
        <translation>%1 : les octets se décodent comme %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="687"/>
        <source>%1: %2 frames decode once every byte is inverted, as A and B swapped make them</source>
        <translation>%1 : %2 trames se décodent une fois chaque octet inversé, comme lorsque A et B sont inversés</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="689"/>
        <source>%1: %2 of the bytes are NUL (line breaks), as a line read with A and B swapped shows</source>
        <translation>%1 : %2 des octets sont NUL (coupures de ligne), comme le montre une ligne lue avec A et B inversés</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="691"/>
        <source>%1: %2 bursts of bytes at a steady cadence, as a poller&apos;s requests read at the wrong speed</source>
        <translation>%1 : %2 salves d&apos;octets à cadence régulière, comme les requêtes d&apos;un interrogateur lues au mauvais débit</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="693"/>
        <source>%1: %2 bursts of bytes that formed no frame</source>
        <translation>%1 : %2 salves d&apos;octets qui n&apos;ont formé aucune trame</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="695"/>
        <source>%1: inverting the bytes does not make frames either</source>
        <translation>%1 : inverser les octets ne donne pas de trames non plus</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="697"/>
        <source>%1: %3 corrupt answers at address %2 (of %4 requests to it)</source>
        <translation>%1 : %3 réponses corrompues à l&apos;adresse %2 (sur %4 requêtes à cette adresse)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="699"/>
        <source>%1: %2 other addresses answer cleanly, so the line itself is sound</source>
        <translation>%1 : %2 autres adresses répondent proprement, la ligne elle-même est donc saine</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="701"/>
        <source>%1: %2 of %3 frames corrupt (%4 %), spread over %5 addresses</source>
        <translation>%1 : %2 trames sur %3 corrompues (%4 %), réparties sur %5 adresses</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="703"/>
        <source>%1: %2 requests BankScope did not send were heard while it polled</source>
        <translation>%1 : %2 requêtes que BankScope n&apos;a pas envoyées ont été entendues pendant qu&apos;il interrogeait</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="705"/>
        <source>%1: %2 times one CAN identifier came twice within half a cycle with other data: two senders</source>
        <translation>%1 : %2 fois, un même identifiant CAN est arrivé deux fois en moins d&apos;un demi-cycle avec d&apos;autres données : deux émetteurs</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="707"/>
        <source>%1: the bank answered until %2 s, then not once to the end (%3 s) while still asked</source>
        <translation>%1 : le parc a répondu jusqu&apos;à %2 s, puis plus une seule fois jusqu&apos;à la fin (%3 s) alors qu&apos;il était toujours interrogé</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="709"/>
        <source>%1: the battery broadcast until %2 s, then nothing to the end (%3 s)</source>
        <translation>%1 : la batterie a émis jusqu&apos;à %2 s, puis plus rien jusqu&apos;à la fin (%3 s)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="711"/>
        <source>%1: the bank&apos;s current had been below 1 A for %2 s before it went quiet</source>
        <translation>%1 : le courant du parc était inférieur à 1 A depuis %2 s avant qu&apos;il se taise</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="713"/>
        <source>%1: the bank was carrying current when it went quiet (a BMS does not go to sleep under load)</source>
        <translation>%1 : le parc était parcouru par un courant quand il s&apos;est tu (un BMS ne se met pas en veille en charge)</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="715"/>
        <source>%1: the master at %2 no longer answers for its own address, yet %3 whole-group answers still carry its slaves</source>
        <translation>%1 : le maître à %2 ne répond plus pour sa propre adresse, mais %3 réponses de groupe contiennent encore ses esclaves</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="717"/>
        <source>%1: the master answered &quot;cannot reach it&quot; (RTN 0x91) %3 times for address %2</source>
        <translation>%1 : le maître a répondu « injoignable » (RTN 0x91) %3 fois pour l&apos;adresse %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="719"/>
        <source>%1: address %2 answered until %3 s, then no more</source>
        <translation>%1 : l&apos;adresse %2 a répondu jusqu&apos;à %3 s, puis plus du tout</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="721"/>
        <source>the pack at %1 had carried less than 1 A for %2 s before it went quiet</source>
        <translation>le pack à %1 était parcouru par moins de 1 A depuis %2 s avant qu&apos;il se taise</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="723"/>
        <source>the pack at %1 carried %2 A; the rest of the bank %3 A before and %4 A after</source>
        <translation>le pack à %1 était parcouru par %2 A ; le reste du parc par %3 A avant et %4 A après</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="725"/>
        <source>the pack at %1: its share (%2 A) moved to the other packs: it left the bank</source>
        <translation>le pack à %1 : sa part (%2 A) est passée aux autres packs : il a quitté le parc</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="727"/>
        <source>the pack at %1: the other packs did not take its share (%2 A): it still carries current</source>
        <translation>le pack à %1 : les autres packs n&apos;ont pas repris sa part (%2 A) : il est toujours parcouru par un courant</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="729"/>
        <source>firmware %1 at %2</source>
        <translation>firmware %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="731"/>
        <source>%1: %3 requests in %2 and not one answer: a master asks in a protocol nobody here answers</source>
        <translation>%1 : %3 requêtes en %2 et pas une réponse : un maître interroge dans un protocole auquel personne ici ne répond</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="733"/>
        <source>%1: the bank refused %2 of %3 requests it heard with an error code: it is on and connected, and is asked for something it does not serve</source>
        <translation>%1 : le parc a refusé %2 des %3 requêtes entendues avec un code d&apos;erreur : il est allumé et raccordé, mais on lui demande quelque chose qu&apos;il ne fournit pas</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="740"/>
        <source>%1, by the inverter&apos;s profile: %2</source>
        <translation>%1, d&apos;après le profil de l&apos;onduleur : %2</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="745"/>
        <source>checked by hand: %1</source>
        <translation>vérifié à la main : %1</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="748"/>
        <source>told apart by a check by hand</source>
        <translation>départagé par une vérification à la main</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="757"/>
        <source>Check the adapter is plugged in, the cable reaches the BMS port (not the inverter or console port) and the terminals are tight.</source>
        <translation>Vérifiez que l&apos;adaptateur est branché, que le câble arrive au port BMS (pas au port onduleur ni au port console) et que les bornes sont serrées.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="760"/>
        <source>Look at the master&apos;s LEDs; if all are off, switch the bank on in the site&apos;s power-up order.</source>
        <translation>Regardez les LED du maître ; si toutes sont éteintes, mettez le parc en marche en suivant l&apos;ordre de mise en marche du site.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="762"/>
        <source>Nothing asks the bank: run diagnose again with polling allowed (the default on a silent bus), or check that the inverter&apos;s BMS port is cabled to this bus.</source>
        <translation>Rien n&apos;interroge le parc : relancez diagnose en autorisant l&apos;interrogation (le comportement par défaut sur un bus muet), ou vérifiez que le port BMS de l&apos;onduleur est câblé sur ce bus.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="765"/>
        <source>Run diagnose again with --protocol %1, or set the bank or inverter port to the protocol intended.</source>
        <translation>Relancez diagnose avec --protocol %1, ou réglez le port du parc ou de l&apos;onduleur sur le protocole prévu.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="767"/>
        <source>Compare the bank&apos;s speed (Pylontech: DIP switch 1; JK: the app) with BankScope&apos;s and the inverter&apos;s; try the other speed with --baud.</source>
        <translation>Comparez le débit du parc (Pylontech : interrupteur DIP 1 ; JK : l&apos;application) avec celui de BankScope et de l&apos;onduleur ; essayez l&apos;autre débit avec --baud.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="770"/>
        <source>Swap the A and B wires at the adapter (or the RJ45 pin-out), keep GND connected, and try again.</source>
        <translation>Inversez les fils A et B sur l&apos;adaptateur (ou le brochage RJ45), gardez la GND raccordée, et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="772"/>
        <source>Check 120 Ω termination at both ends only, a GND wire, and a cable run away from inverter power cables.</source>
        <translation>Vérifiez la terminaison de 120 Ω aux deux extrémités seulement, un fil de GND, et un câble qui passe loin des câbles de puissance de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="774"/>
        <source>Two packs answer at %1: check the address DIP switches (or the app) of every pack; each must be different.</source>
        <translation>Deux packs répondent à %1 : vérifiez les interrupteurs DIP d&apos;adresse (ou l&apos;application) de chaque pack ; chacun doit être différent.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="776"/>
        <source>Find the other device polling (a second adapter, a monitoring box, the inverter on the same bus) and take one master off.</source>
        <translation>Trouvez l&apos;autre appareil qui interroge (un second adaptateur, un boîtier de supervision, l&apos;onduleur sur le même bus) et retirez l&apos;un des maîtres.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="778"/>
        <source>Look at the master pack: LEDs, breaker, and whether it answers over Bluetooth; follow the site&apos;s failover card.</source>
        <translation>Examinez le pack maître : LED, disjoncteur, et s&apos;il répond en Bluetooth ; suivez la fiche de secours du site.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="780"/>
        <source>Check BankScope&apos;s own adapter and cable (USB seated, RJ45 clicked in).</source>
        <translation>Vérifiez l&apos;adaptateur et le câble de BankScope lui-même (USB bien enfoncé, RJ45 bien clipsé).</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="782"/>
        <source>The master at %1 still relays its slaves: restart the master as the maker&apos;s manual says and check its LEDs for protection.</source>
        <translation>Le maître à %1 relaie toujours ses esclaves : redémarrez le maître comme l&apos;indique le manuel du fabricant et vérifiez sur ses LED s&apos;il est en protection.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="784"/>
        <source>The pack at %1 is off: check its breaker and LEDs, then switch it back on only within its maker&apos;s limits.</source>
        <translation>Le pack à %1 est éteint : vérifiez son disjoncteur et ses LED, puis remettez-le en marche uniquement dans les limites de son fabricant.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="786"/>
        <source>The master cannot reach the pack at %1 while it still carries current: check the link cable into and out of it.</source>
        <translation>Le maître ne joint plus le pack à %1 alors que celui-ci est toujours parcouru par un courant : vérifiez le câble de liaison qui y entre et qui en sort.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="788"/>
        <source>Wake the BMS (%1) as its maker says (a short press of its button; JK: command 0x01) and check its sleep settings.</source>
        <translation>Réveillez le BMS (%1) comme l&apos;indique son fabricant (un appui bref sur son bouton ; JK : commande 0x01) et vérifiez ses réglages de veille.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="789"/>
        <source>the bank</source>
        <translation>le parc</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="791"/>
        <source>On the inverter, set the battery type the plan or the battery&apos;s maker gives (it can reset after an update or a power loss) and check the cable is in its BMS port, not the console or parallel port.</source>
        <translation>Sur l&apos;onduleur, réglez le type de batterie que donnent le plan ou le fabricant de la batterie (il peut se réinitialiser après une mise à jour ou une coupure de courant) et vérifiez que le câble est dans son port BMS, pas dans le port console ou parallèle.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="794"/>
        <source>Set the protocol this inverter takes on the bank port its cable is in (JK: per port in the app; Pylontech: the master&apos;s CAN or RS485 port), or move the cable to the port that speaks it.</source>
        <translation>Réglez le protocole que cet onduleur accepte sur le port du parc où est son câble (JK : port par port dans l&apos;application ; Pylontech : le port CAN ou RS485 du maître), ou déplacez le câble sur le port qui le parle.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="797"/>
        <source>Bring every pack to one firmware version (the odd one: %1) through the maker&apos;s service; BankScope never writes firmware.</source>
        <translation>Mettez tous les packs sur une même version de firmware (celui qui diffère : %1) par le service du fabricant ; BankScope n&apos;écrit jamais de firmware.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="805"/>
        <source>No fault seen: the bank answers cleanly. If the inverter still shows &quot;BMS communication fault&quot;, check its battery type setting (it can reset after a firmware update or a power loss) and that the cable is on its BMS port with the protocol that port expects.</source>
        <translation>Aucun défaut constaté : le parc répond proprement. Si l&apos;onduleur affiche toujours « BMS communication fault », vérifiez son réglage de type de batterie (il peut se réinitialiser après une mise à jour du firmware ou une coupure de courant) et que le câble est sur son port BMS avec le protocole qu&apos;attend ce port.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="808"/>
        <source>No fault seen.</source>
        <translation>Aucun défaut constaté.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="812"/>
        <source>Most likely: %1.</source>
        <translation>Le plus probable : %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="814"/>
        <source>The wire cannot tell these apart: %1. A check by hand decides.</source>
        <translation>Ce qu&apos;on lit sur la ligne ne permet pas de les distinguer : %1. Une vérification à la main tranche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnosis.cpp" line="821"/>
        <source>Likely: %1 (%n cause(s) listed).</source>
        <translation>
            <numerusform>Probable : %1 (%n cause listée).</numerusform>
            <numerusform>Probable : %1 (%n causes listées).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="836"/>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="908"/>
        <source>Give the site&apos;s plan (--plan) to see the inverter&apos;s setting to check, or read it from the inverter&apos;s manual.</source>
        <translation>Donnez le plan du site (--plan) pour voir le réglage de l&apos;onduleur à vérifier, ou lisez-le dans le manuel de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="913"/>
        <source>On the %1, check the battery type is set to %2 and the cable is on its BMS port.</source>
        <translation>Sur le %1, vérifiez que le type de batterie est réglé sur %2 et que le câble est sur son port BMS.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis.cpp" line="914"/>
        <source>the plan&apos;s value</source>
        <translation>la valeur du plan</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="40"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="42"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="46"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="54"/>
        <source>Diagnose a communication fault</source>
        <translation>Diagnostiquer un défaut de communication</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="59"/>
        <source>No recording read yet.</source>
        <translation>Aucun enregistrement lu pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="63"/>
        <source>RS485 protocol:</source>
        <translation>Protocole RS485 :</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="67"/>
        <source>What the RS485 traffic is decoded as; CAN is always read as Pylon CAN</source>
        <translation>Comment le trafic RS485 est décodé ; le CAN est toujours lu comme du Pylon CAN</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="69"/>
        <source>Open recording…</source>
        <translation>Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="75"/>
        <source>No plan open: what is found by hand is kept in this window only.</source>
        <translation>Aucun plan ouvert : ce qui est constaté à la main n&apos;est gardé que dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="79"/>
        <source>Plan…</source>
        <translation>Plan du site…</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="81"/>
        <source>Open the site&apos;s commissioning plan: the checks it holds are used, and each new one is saved into it</source>
        <translation>Ouvrir le plan de mise en service du site : les vérifications qu&apos;il contient sont prises en compte, et chaque nouvelle y est enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="105"/>
        <source>Likely cause, with the evidence</source>
        <translation>Cause probable, avec les indices</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="105"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="111"/>
        <source>Check by hand</source>
        <translation>Vérification à la main</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="122"/>
        <source>Note (optional): what you saw, where</source>
        <translation>Note (facultative) : ce que vous avez vu, et où</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="124"/>
        <source>What was found:</source>
        <translation>Ce qui a été trouvé :</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="137"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="138"/>
        <source>The causes, their evidence and what was found by hand, for a service desk</source>
        <translation>Les causes, leurs indices et ce qui a été trouvé à la main, pour un support technique</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="164"/>
        <location filename="../ui/diagnosisdialog.cpp" line="181"/>
        <location filename="../ui/diagnosisdialog.cpp" line="251"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="169"/>
        <source>%1 is not a recording (a BankScope recording, candump log, Vector ASC …).</source>
        <translation>%1 n&apos;est pas un enregistrement (enregistrement BankScope, journal candump, Vector ASC …).</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="180"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosisdialog.cpp" line="192"/>
        <source>Evidence from %1 (%n event(s) on the wire)</source>
        <translation>
            <numerusform>Indices tirés de %1 (%n événement sur la ligne)</numerusform>
            <numerusform>Indices tirés de %1 (%n événements sur la ligne)</numerusform>
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
        <translation>vérification impossible</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="234"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="247"/>
        <source>Cannot read %1: the catalogue is not loaded.</source>
        <translation>Impossible de lire %1 : le catalogue n&apos;est pas chargé.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="255"/>
        <source>%1 is not a plan BankScope can use: %2</source>
        <translation>%1 n&apos;est pas un plan que BankScope peut utiliser : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosisdialog.cpp" line="280"/>
        <location filename="../ui/diagnosisdialog.cpp" line="301"/>
        <source>Plan of %1: %n check(s) by hand recorded in it; each new answer is saved into it.</source>
        <translation>
            <numerusform>Plan de %1 : %n vérification(s) à la main enregistrée(s) ; chaque nouvelle réponse y est enregistrée.</numerusform>
            <numerusform>Plan de %1 : %n vérification(s) à la main enregistrée(s) ; chaque nouvelle réponse y est enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="295"/>
        <source>Could not save the checks into %1: %2. They are kept in this window; copy them as JSON.</source>
        <translation>Impossible d&apos;enregistrer les vérifications dans %1 : %2. Elles sont gardées dans cette fenêtre ; copiez-les en JSON.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="310"/>
        <source>Open the site&apos;s commissioning plan</source>
        <translation>Ouvrir le plan de mise en service du site</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="311"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Plans de mise en service (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="330"/>
        <source>Open a recording of the link (File › Record… while the fault shows, or any log) to diagnose it.</source>
        <translation>Ouvrez un enregistrement de la liaison (Fichier › Enregistrer le trafic… pendant que le défaut apparaît, ou n&apos;importe quel journal) pour le diagnostiquer.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="347"/>
        <source>The wire cannot tell it from: %1</source>
        <translation>Ce qu&apos;on lit sur la ligne ne permet pas de la distinguer de : %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="349"/>
        <source>Next step: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="376"/>
        <source>The checks by hand follow once the wire has been read.</source>
        <translation>Les vérifications à la main suivent une fois la ligne lue.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="377"/>
        <source>Every check by hand that would tell the causes above apart has been asked. What is still open needs the installer or the maker&apos;s service: copy the result as JSON for them.</source>
        <translation>Toutes les vérifications à la main qui départageraient les causes ci-dessus ont été demandées. Ce qui reste ouvert demande l&apos;installateur ou le service du fabricant : copiez-leur le résultat en JSON.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="379"/>
        <source>No check by hand is needed to tell the causes above apart.</source>
        <translation>Aucune vérification à la main n&apos;est nécessaire pour distinguer les causes ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="393"/>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="395"/>
        <source>Recorded as not done (say why in the note); the next check is asked</source>
        <translation>Enregistrée comme non faite (dites pourquoi dans la note) ; la vérification suivante est demandée</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="406"/>
        <source>Open a recording to diagnose</source>
        <translation>Ouvrir un enregistrement à diagnostiquer</translation>
    </message>
    <message>
        <location filename="../ui/diagnosisdialog.cpp" line="407"/>
        <source>Recordings and CAN logs (*.log *.txt *.asc *.csv);;All files (*)</source>
        <translation>Enregistrements et journaux CAN (*.log *.txt *.asc *.csv);;Tous les fichiers (*)</translation>
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
        <translation>à régler sur site</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="123"/>
        <source>switch %1 %2</source>
        <translation>interrupteur %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="124"/>
        <source>switch %1 %2 (%3)</source>
        <translation>interrupteur %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="134"/>
        <source>DIP switches</source>
        <translation>Interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="134"/>
        <source>DIP switches of %1</source>
        <translation>Interrupteurs DIP de %1</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="137"/>
        <source>Left and Right pick a switch, Space toggles it, Up sets ON, Down sets OFF.</source>
        <translation>Gauche et Droite choisissent un interrupteur, Espace le bascule, Haut le met sur ON, Bas sur OFF.</translation>
    </message>
    <message>
        <location filename="../ui/dipswitchwidget.cpp" line="329"/>
        <source>Switch %1: %2</source>
        <translation>Interrupteur %1 : %2</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="36"/>
        <source>&amp;Start the drill</source>
        <translation>&amp;Lancer l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="37"/>
        <source>&amp;Abort and restore</source>
        <translation>&amp;Interrompre et rétablir</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="38"/>
        <source>&amp;Done: next step</source>
        <translation>&amp;Fait : étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="39"/>
        <source>Inverter &amp;stopped</source>
        <translation>Onduleur &amp;arrêté</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="40"/>
        <source>Inverter still &amp;running</source>
        <translation>Onduleur toujours en &amp;marche</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="46"/>
        <source>Failover drill</source>
        <translation>Exercice de secours</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="47"/>
        <source>Prove on this site that the stand-in takes over and the master comes back, with one master on the bus at every step. BankScope only listens. Optional: skip it with Next.</source>
        <translation>Prouvez sur ce site que le maître de secours prend le relais et que le maître revient, avec un seul maître sur le bus à chaque étape. BankScope ne fait qu&apos;écouter. Facultatif : passez-le avec Suivant.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="55"/>
        <source>I am at the bank, the site owner knows, and I accept what the drill does to this site (above).</source>
        <translation>Je suis devant le parc, le propriétaire du site est prévenu, et j&apos;accepte ce que l&apos;exercice fait à ce site (ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="59"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="60"/>
        <source>Past this time without one master again, the drill gives the restore steps</source>
        <translation>Passé ce délai sans qu&apos;un seul maître soit revenu, l&apos;exercice donne les étapes de remise en état</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="74"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="78"/>
        <source>Drill timeline</source>
        <translation>Déroulement de l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="83"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="87"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Durée limite :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="103"/>
        <source>Timeline:</source>
        <translation>Déroulement :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="119"/>
        <source>Not started.</source>
        <translation>Pas commencé.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="137"/>
        <source>The BMS %1 will be switched off by hand while BankScope listens on every BMS&apos;s GX port. %2</source>
        <translation>Le BMS %1 sera éteint à la main pendant que BankScope écoute sur le port GX de chaque BMS. %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="139"/>
        <source>The master %1 will be switched off by hand and %2 made master, following the failover card&apos;s steps. %3</source>
        <translation>Le maître %1 sera éteint à la main et %2 deviendra maître, en suivant les étapes de la fiche de secours. %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="156"/>
        <source>No failover procedure for this plan yet: %1</source>
        <translation>Pas encore de procédure de secours pour ce plan : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="161"/>
        <source>Prove on this site that the system carries on with one BMS off, and that every BMS is heard again when it is back. BankScope only listens. Optional: skip it with Next.</source>
        <translation>Prouvez sur ce site que le système continue avec un BMS éteint, et que chaque BMS est de nouveau entendu une fois rallumé. BankScope ne fait qu&apos;écouter. Facultatif : passez avec Suivant.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="174"/>
        <source>No live link: connect BankScope to the inverter link (Connection → Connect…), then come back. The drill listens to the master&apos;s broadcasts and never transmits.</source>
        <translation>Pas de liaison active : reliez BankScope à la liaison de l&apos;onduleur (Connexion → Se connecter…), puis revenez. L&apos;exercice écoute les émissions du maître et n&apos;émet jamais.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="179"/>
        <source>A GX bank is drilled on one CAN link per BMS, in the plan&apos;s order: this session has %1 link(s) for %2 BMSs. Connect one interface per BMS (Connection → Connect…), or run bankscope-cli drill.</source>
        <translation>Un parc GX s&apos;exerce sur une liaison CAN par BMS, dans l&apos;ordre du plan : cette session a %1 liaison(s) pour %2 BMS. Branchez une interface par BMS (Connexion → Se connecter…), ou lancez bankscope-cli drill.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="190"/>
        <source>Listening on %1: a live site.</source>
        <translation>Écoute sur %1 : un site réel.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="190"/>
        <source>Listening on %1: a simulated bus, not a live site.</source>
        <translation>Écoute sur %1 : un bus simulé, pas un site réel.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="211"/>
        <source>Tick the confirmation first</source>
        <translation>Cochez d&apos;abord la confirmation</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="305"/>
        <source>Restore step %1 of %2.</source>
        <translation>Étape de remise en état %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="306"/>
        <source>Step %1 of %2.</source>
        <translation>Étape %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="310"/>
        <source>Not yet verified on this site: this drill tests it.</source>
        <translation>Pas encore vérifié sur ce site : cet exercice le teste.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="311"/>
        <location filename="../ui/wizards/drillpage.cpp" line="314"/>
        <source>Press Done when it is done.</source>
        <translation>Appuyez sur Fait quand c&apos;est fait.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="331"/>
        <source>Recorded in the plan: passed. The steps it proved now print as instructions on the failover card.</source>
        <translation>Enregistré dans le plan : réussi. Les étapes qu&apos;il a prouvées s&apos;impriment maintenant comme des consignes sur la fiche de secours.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="332"/>
        <source>Recorded in the plan: %1. It proves nothing; the card keeps “ask your installer” where it did.</source>
        <translation>Enregistré dans le plan : %1. Il ne prouve rien ; la fiche garde « demandez à votre installateur » là où elle l&apos;indiquait.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/drillpage.cpp" line="335"/>
        <source>The drill did not start; the plan is unchanged.</source>
        <translation>L&apos;exercice n&apos;a pas commencé ; le plan est inchangé.</translation>
    </message>
</context>
<context>
    <name>EmulationGate</name>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="101"/>
        <source>CAN frames are on %1 (%2): another BMS master or an inverter is on this bus</source>
        <translation>Des trames CAN circulent sur %1 (%2) : un autre maître BMS ou un onduleur est sur ce bus</translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="105"/>
        <source>an inverter keep-alive</source>
        <translation>un keep-alive d&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="108"/>
        <source>another inverter or GX sends keep-alives (0x305-0x307) on %1</source>
        <translation>un autre onduleur ou GX envoie des keep-alive (0x305-0x307) sur %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="134"/>
        <source>%1 is not silent: %2</source>
        <translation>%1 n&apos;est pas silencieux : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/emulationgate.cpp" line="140"/>
        <source>silent for %1 s</source>
        <translation>silencieux depuis %1 s</translation>
    </message>
</context>
<context>
    <name>EndpointStatsModel</name>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="12"/>
        <source>ADR %1</source>
        <translation>ADR %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="147"/>
        <source>Corrupt answers</source>
        <translation>Réponses corrompues</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="149"/>
        <source>Not answering (RTN 0x91)</source>
        <translation>Ne répond pas (RTN 0x91)</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="151"/>
        <source>Silent</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="153"/>
        <source>OK, %1 problems earlier</source>
        <translation>OK, %1 problèmes auparavant</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="155"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="160"/>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="160"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="198"/>
        <source>Nothing is sent on a CAN link BankScope listens to.</source>
        <translation>Rien n&apos;est envoyé sur une liaison CAN que BankScope écoute.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="199"/>
        <source>Requests BankScope sent to this address.</source>
        <translation>Requêtes que BankScope a envoyées à cette adresse.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="201"/>
        <source>Frames received with this CAN id.</source>
        <translation>Trames reçues avec cet identifiant CAN.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="201"/>
        <source>Valid answers from this address.</source>
        <translation>Réponses valides de cette adresse.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="206"/>
        <source>Milliseconds between two frames of this id (its period), over the last 256.</source>
        <translation>Millisecondes entre deux trames de cet identifiant (sa période), sur les 256 dernières.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="207"/>
        <source>Milliseconds from the request to the end of its answer, over the last 256 answers. On the in-process loopback this is the time the exchange would take on the wire at the scenario&apos;s baud rate.</source>
        <translation>Millisecondes entre la requête et la fin de sa réponse, sur les 256 dernières réponses. Sur le bouclage interne, c&apos;est le temps que l&apos;échange prendrait sur le fil au débit du scénario.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="210"/>
        <source>Answers in which the master says it cannot reach this module (RTN 0x91).</source>
        <translation>Réponses dans lesquelles le maître dit qu&apos;il n&apos;atteint pas ce module (RTN 0x91).</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="212"/>
        <source>Time since the last valid answer or frame.</source>
        <translation>Temps écoulé depuis la dernière réponse ou trame valide.</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="227"/>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="229"/>
        <source>Address /
CAN id</source>
        <translation>Adresse /
ident. CAN</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="231"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="233"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="235"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="237"/>
        <source>Answers /
frames</source>
        <translation>Réponses /
trames</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="239"/>
        <source>Time-
outs</source>
        <translation>Délais
dépassés</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="241"/>
        <source>Checksum
errors</source>
        <translation>Erreurs de
somme ctrl</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="243"/>
        <source>Framing
errors</source>
        <translation>Erreurs de
trame</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="245"/>
        <source>RTN 0x91</source>
        <translation>RTN 0x91</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="247"/>
        <source>Latency
min ms</source>
        <translation>Latence
min ms</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="249"/>
        <source>Latency
median ms</source>
        <translation>Latence
médiane ms</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="251"/>
        <source>Latency
max ms</source>
        <translation>Latence
max ms</translation>
    </message>
    <message>
        <location filename="../ui/endpointstatsmodel.cpp" line="253"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>EventCsv</name>
    <message>
        <location filename="../core/eventcsv.cpp" line="122"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="123"/>
        <source>Age of the reading</source>
        <translation>Âge de la mesure</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="133"/>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="134"/>
        <source>State of health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="135"/>
        <source>Voltage</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="136"/>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="137"/>
        <source>Remaining capacity</source>
        <translation>Capacité restante</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="138"/>
        <source>Full capacity</source>
        <translation>Capacité pleine</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="139"/>
        <source>Charge voltage limit (CVL)</source>
        <translation>Tension limite de charge (CVL)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="140"/>
        <source>Discharge voltage limit</source>
        <translation>Tension limite de décharge</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="141"/>
        <source>Charge current limit (CCL)</source>
        <translation>Courant limite de charge (CCL)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="142"/>
        <source>Discharge current limit (DCL)</source>
        <translation>Courant limite de décharge (DCL)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="143"/>
        <source>Lowest cell (reported)</source>
        <translation>Cellule la plus basse (signalée)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="144"/>
        <source>Highest cell (reported)</source>
        <translation>Cellule la plus haute (signalée)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="145"/>
        <source>Lowest temperature (reported)</source>
        <translation>Température la plus basse (signalée)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="146"/>
        <source>Highest temperature (reported)</source>
        <translation>Température la plus haute (signalée)</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="165"/>
        <source>Cell %1</source>
        <translation>Cellule %1</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="176"/>
        <source>Temperature sensor %1</source>
        <translation>Capteur de température %1</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="187"/>
        <location filename="../core/eventcsv.cpp" line="227"/>
        <source>Protections</source>
        <translation>Protections</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="188"/>
        <location filename="../core/eventcsv.cpp" line="229"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="199"/>
        <source>Inverter should see</source>
        <translation>Ce que l&apos;onduleur devrait voir</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="200"/>
        <source>Inverter can see</source>
        <translation>Ce que l&apos;onduleur peut voir</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="202"/>
        <source>Inverter is told</source>
        <translation>Ce qui est transmis à l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="236"/>
        <source>Inverter&apos;s voltage-only guess</source>
        <translation>Estimation de l&apos;onduleur à la seule tension</translation>
    </message>
    <message>
        <location filename="../core/eventcsv.cpp" line="237"/>
        <source>State of charge from voltage alone</source>
        <translation>État de charge d&apos;après la seule tension</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <location filename="../core/eventlog.cpp" line="160"/>
        <source>Requests BankScope did not send were heard on the bus of %1.</source>
        <translation>Des requêtes que BankScope n&apos;a pas envoyées ont été entendues sur le bus de %1.</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="167"/>
        <source>It falls back to a voltage-only SOC of about %1 %.</source>
        <translation>Il se rabat sur un SOC estimé à la seule tension, d&apos;environ %1 %.</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="175"/>
        <source>The master&apos;s broadcast to the inverter has stopped.</source>
        <translation>La diffusion du maître vers l&apos;onduleur s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="73"/>
        <source>Bank</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="79"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="79"/>
        <source>Cleared %1</source>
        <translation>Levé %1</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="87"/>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="87"/>
        <source>Discarded</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="123"/>
        <source>Raised at %1 (local time).</source>
        <translation>Apparu à %1 (heure locale).</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="125"/>
        <source>Still present.</source>
        <translation>Toujours présent.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="125"/>
        <source>Cleared at %1 (local time).</source>
        <translation>Levé à %1 (heure locale).</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="127"/>
        <source>From raised to cleared, or to now while active.</source>
        <translation>De l&apos;apparition à la levée, ou jusqu&apos;à maintenant s&apos;il est actif.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="130"/>
        <source>No freeze-frame: this condition took one less than a minute earlier (it flaps).</source>
        <translation>Pas d&apos;instantané : cet état en a pris un il y a moins d&apos;une minute (il oscille).</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="132"/>
        <source>The state of every pack and of the inverter view just before and at this moment. Select the row to see it.</source>
        <translation>L&apos;état de chaque pack et de la vue onduleur juste avant et à cet instant. Sélectionnez la ligne pour le voir.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="133"/>
        <source>Discarded: only the newest %1 freeze-frames are kept.</source>
        <translation>Supprimé : seuls les %1 instantanés les plus récents sont gardés.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="148"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="150"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="152"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="154"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="156"/>
        <source>Raised / cleared</source>
        <translation>Apparu / levé</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="158"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="160"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="162"/>
        <source>Freeze-frame</source>
        <translation>Instantané</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../core/eventlog.cpp" line="15"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="16"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="17"/>
        <source>Communication lost</source>
        <translation>Communication perdue</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="18"/>
        <source>Corrupt answers</source>
        <translation>Réponses corrompues</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="19"/>
        <source>Another master on the bus</source>
        <translation>Un autre maître sur le bus</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="20"/>
        <source>Inverter receives no BMS data</source>
        <translation>L&apos;onduleur ne reçoit aucune donnée BMS</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="22"/>
        <source>Nothing is told to the inverter any more</source>
        <translation>Plus rien n&apos;est transmis à l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="61"/>
        <source>%1 (protection)</source>
        <translation>%1 (protection)</translation>
    </message>
    <message>
        <location filename="../core/eventlog.cpp" line="63"/>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../ui/eventspage.cpp" line="68"/>
        <source>Only what &amp;changed</source>
        <translation>Seulement ce qui a &amp;changé</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="79"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="80"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="81"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="84"/>
        <source>&amp;Export events (CSV)…</source>
        <translation>&amp;Exporter les événements (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="86"/>
        <source>The events shown (with the filters) as CSV: UTC times, durations, severities.</source>
        <translation>Les événements affichés (avec les filtres) en CSV : heures UTC, durées, gravités.</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="87"/>
        <source>Export &amp;freeze-frame (CSV)…</source>
        <translation>Exporter l&apos;&amp;instantané (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="89"/>
        <source>The selected event&apos;s freeze-frame: every value of every pack and of the inverter view, before and at the moment (what a vendor&apos;s service desk asks for).</source>
        <translation>L&apos;instantané de l&apos;événement sélectionné : chaque valeur de chaque pack et de la vue onduleur, avant et à l&apos;instant (ce que demande le service après-vente d&apos;un fabricant).</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="93"/>
        <source>&amp;Pack:</source>
        <translation>&amp;Pack :</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="95"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="106"/>
        <source>Alarms and events</source>
        <translation>Alarmes et événements</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="122"/>
        <source>Freeze-frame of the selected event</source>
        <translation>Instantané de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="167"/>
        <source>All packs and the bank</source>
        <translation>Tous les packs et le parc</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="168"/>
        <source>Bank-wide only</source>
        <translation>Parc seulement</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="184"/>
        <source>Events: %1 · active: %2</source>
        <translation>Événements : %1 · actifs : %2</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="186"/>
        <source>older events no longer kept: %1</source>
        <translation>événements anciens qui ne sont plus gardés : %1</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="214"/>
        <source>Select an event to see its freeze-frame: every pack and the inverter view just before and at the moment it appeared.</source>
        <translation>Sélectionnez un événement pour voir son instantané : chaque pack et la vue onduleur juste avant et à l&apos;instant où il est apparu.</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="218"/>
        <source>%1 at %2: no freeze-frame (the same condition took one less than a minute before).</source>
        <translation>%1 à %2 : pas d&apos;instantané (le même état en a pris un moins d&apos;une minute avant).</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="220"/>
        <source>%1 at %2: its freeze-frame was discarded (only the newest %3 are kept).</source>
        <translation>%1 à %2 : son instantané a été supprimé (seuls les %3 plus récents sont gardés).</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="224"/>
        <source>Freeze-frame of “%1” (%2) at %3: before = the last refresh without it, at = the first with it.</source>
        <translation>Instantané de « %1 » (%2) à %3 : avant = le dernier rafraîchissement sans lui, à = le premier avec lui.</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="226"/>
        <source>bank</source>
        <translation>parc</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="248"/>
        <source>The selected event has no freeze-frame.</source>
        <translation>L&apos;événement sélectionné n&apos;a pas d&apos;instantané.</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="257"/>
        <location filename="../ui/eventspage.cpp" line="262"/>
        <source>Export freeze-frame</source>
        <translation>Exporter l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="257"/>
        <source>Select an event that kept a freeze-frame first.</source>
        <translation>Sélectionnez d&apos;abord un événement qui a gardé un instantané.</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="262"/>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="267"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/eventspage.cpp" line="267"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FactLabel</name>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="72"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="79"/>
        <source>No source: BankScope&apos;s own rule or what the installer entered.</source>
        <translation>Aucune source : règle propre à BankScope ou saisie de l&apos;installateur.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="87"/>
        <source>Sources of this fact</source>
        <translation>Sources de ce fait</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="103"/>
        <source>sources (%1)</source>
        <translation>sources (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="106"/>
        <source>Confidence: %1</source>
        <translation>Confiance : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="127"/>
        <source>Another reading:</source>
        <translation>Autre lecture :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/factlabel.cpp" line="138"/>
        <source>Not in the catalogue: see its manual.</source>
        <translation>Absent du catalogue : voir son manuel.</translation>
    </message>
</context>
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="83"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (celui du fabricant)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="91"/>
        <source>Battery failover card</source>
        <translation>Fiche de secours batterie</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="114"/>
        <source>Your installer:</source>
        <translation>Votre installateur :</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="119"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="120"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Couper l&apos;onduleur ne sécurise PAS la batterie : isolez-la (ordre ci-dessous).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="130"/>
        <source>Isolation order</source>
        <translation>Ordre d&apos;isolement</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Not entered: ask your installer.</source>
        <translation>Non saisi : demandez à votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="134"/>
        <source>Bank map</source>
        <translation>Plan du parc</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="146"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="148"/>
        <source>inverter cable</source>
        <translation>câble onduleur</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If a battery fails</source>
        <translation>Si une batterie tombe en panne</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the battery fails</source>
        <translation>Si la batterie tombe en panne</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="167"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Si le maître %1 tombe en panne : faites de %2 le maître</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="174"/>
        <source>This translation has not been reviewed: the English is under each step.</source>
        <translation>Cette traduction n&apos;a pas été relue : l&apos;anglais est sous chaque étape.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="200"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Non confirmé sur ce site : %1. Arrêtez-vous ici, demandez à %2 au %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="214"/>
        <source>A failover drill on this site passed.</source>
        <translation>Un exercice de secours a réussi sur ce site.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="215"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Aucun exercice de secours n&apos;a encore réussi sur ce site.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="222"/>
        <source>What you see → what to do</source>
        <translation>Vous voyez → vous faites</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="228"/>
        <source>what the lights mean: %1</source>
        <translation>voyants : %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="245"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>Non saisi : demandez à votre installateur avant de rallumer.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="257"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Réglage batterie de l&apos;onduleur : voir votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="279"/>
        <source>Power-up order</source>
        <translation>Ordre de mise en marche</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="282"/>
        <source>What the inverter does meanwhile</source>
        <translation>L&apos;onduleur pendant ce temps</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="263"/>
        <source>the lights on each unit</source>
        <translation>les voyants de chaque unité</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the SOC on the inverter</source>
        <translation>le SOC de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>son code d&apos;alarme</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>when you first noticed it</source>
        <translation>quand vous l&apos;avez vu</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>what you did from this card</source>
        <translation>ce que vous avez fait</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="269"/>
        <source>Have ready when you call</source>
        <translation>Ayez sous la main pour l&apos;appel</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Ne pas</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="283"/>
        <source>Stop and call your installer when</source>
        <translation>Arrêtez et appelez votre installateur si</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>face %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>tournez la page</translation>
    </message>
</context>
<context>
    <name>FailoverCardDialog</name>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="34"/>
        <source>Failover card</source>
        <translation>Fiche de secours</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="48"/>
        <source>Failover card preview</source>
        <translation>Aperçu de la fiche de secours</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="49"/>
        <source>The card&apos;s front and back as they will print.</source>
        <translation>Le recto et le verso de la fiche tels qu&apos;ils seront imprimés.</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="58"/>
        <source>Card &amp;language:</source>
        <translation>&amp;Langue de la fiche :</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="60"/>
        <source>The card is printed in the site owner&apos;s language, apart from the window&apos;s.</source>
        <translation>La fiche est imprimée dans la langue du propriétaire du site, indépendamment de celle de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="65"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="66"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="67"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="80"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="81"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="82"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="82"/>
        <source>Fit the sheet in view</source>
        <translation>Afficher la feuille entière</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="108"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="111"/>
        <source>Print the card on a printer, both sides of one sheet (%1)</source>
        <translation>Imprimer la fiche sur une imprimante, recto verso sur une seule feuille (%1)</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="113"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="115"/>
        <source>Save the card as a PDF file</source>
        <translation>Enregistrer la fiche dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="199"/>
        <source>&lt;b&gt;No card for this plan:&lt;/b&gt; %1. Enter it in the commissioning wizard (Workflows › Commission a bank…) and save the plan again.</source>
        <translation>&lt;b&gt;Pas de fiche pour ce plan :&lt;/b&gt; %1. Saisissez-le dans l&apos;assistant de mise en service (Procédures › Mettre en service un parc…) et enregistrez de nouveau le plan.</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="205"/>
        <source>Steps %1 to %2 print as “ask your installer”: they are neither documented nor confirmed on this site (confirm them in the wizard, or prove them with the failover drill).</source>
        <translation>Les étapes %1 à %2 s&apos;impriment comme « demandez à votre installateur » : elles ne sont ni documentées ni confirmées sur ce site (confirmez-les dans l&apos;assistant, ou prouvez-les par l&apos;exercice de secours).</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="210"/>
        <source>This translation is not reviewed yet (translations/REVIEWED): the English prints under each step.</source>
        <translation>Cette traduction n&apos;est pas encore relue (translations/REVIEWED) : l&apos;anglais est imprimé sous chaque étape.</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="225"/>
        <source>No card</source>
        <translation>Pas de fiche</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="234"/>
        <source>One side</source>
        <translation>Recto seul</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="234"/>
        <source>Front and back</source>
        <translation>Recto verso</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="236"/>
        <source>&lt;b&gt;Does not fit on one sheet&lt;/b&gt;: it needs %1 sides at 12 pt; nothing is cut or shrunk, so it is not printed (shorten the site&apos;s orders, or print it in English)</source>
        <translation>&lt;b&gt;Ne tient pas sur une feuille&lt;/b&gt; : il lui faut %1 faces en 12 pt ; rien n&apos;est coupé ni réduit, elle n&apos;est donc pas imprimée (raccourcissez les ordres du site, ou imprimez-la en anglais)</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="252"/>
        <location filename="../ui/failovercarddialog.cpp" line="260"/>
        <source>Print the failover card</source>
        <translation>Imprimer la fiche de secours</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="261"/>
        <source>The card does not fit on one sheet (front and back) on this printer&apos;s paper; nothing was printed.</source>
        <translation>La fiche ne tient pas sur une feuille (recto verso) au format de papier de cette imprimante ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="270"/>
        <source>failover card (%1).pdf</source>
        <translation>fiche de secours (%1).pdf</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="270"/>
        <source>%1 failover card (%2).pdf</source>
        <translation>fiche de secours %1 (%2).pdf</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="289"/>
        <source>Export the failover card as PDF</source>
        <translation>Exporter la fiche de secours en PDF</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="294"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="294"/>
        <source>The card could not be written to %1: %2</source>
        <translation>La fiche n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/failovercarddialog.cpp" line="297"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <location filename="../core/failoverdrill.cpp" line="802"/>
        <source>The inverter will lose battery data for up to a minute (the drill&apos;s limit) while the master %1 is off.</source>
        <translation>L&apos;onduleur perdra les données de la batterie pendant une minute au plus (la limite de l&apos;exercice) tant que le maître %1 sera éteint.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="804"/>
        <source>The inverter will lose battery data for up to %1 minutes (the drill&apos;s limit) while the master %2 is off.</source>
        <translation>L&apos;onduleur perdra les données de la batterie pendant %1 minutes au plus (la limite de l&apos;exercice) tant que le maître %2 sera éteint.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="800"/>
        <location filename="../core/failoverdrill.cpp" line="809"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="759"/>
        <source> (from %1)</source>
        <translation> (par %1)</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="760"/>
        <source>BMSs heard: %1; %2 Ah, CVL %3 V, CCL %4 A%5, DCL %6 A%7</source>
        <translation>BMS entendus : %1 ; %2 Ah, CVL %3 V, CCL %4 A%5, DCL %6 A%7</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="793"/>
        <source>The GX will lose the BMS %1 for up to a minute (the drill&apos;s limit) while it is off; whether the others keep the system running is what the drill tests.</source>
        <translation>Le GX perdra le BMS %1 pendant au plus une minute (la limite de l&apos;exercice) tant qu&apos;il est éteint ; que les autres fassent tourner le système, c&apos;est ce que l&apos;exercice vérifie.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="796"/>
        <source>The GX will lose the BMS %1 for up to %2 minutes (the drill&apos;s limit) while it is off; whether the others keep the system running is what the drill tests.</source>
        <translation>Le GX perdra le BMS %1 pendant au plus %2 minutes (la limite de l&apos;exercice) tant qu&apos;il est éteint ; que les autres fassent tourner le système, c&apos;est ce que l&apos;exercice vérifie.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="818"/>
        <source>Listening: waiting to hear the master %1 alone on the bus before the drill starts.</source>
        <translation>Écoute : on attend d&apos;entendre le maître %1 seul sur le bus avant que l&apos;exercice commence.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="820"/>
        <source>Listening on every BMS&apos;s GX port: waiting to hear all %1 BMSs (%2) before the drill starts.</source>
        <translation>Écoute sur le port GX de chaque BMS : attente d&apos;entendre les %1 BMS (%2) avant le début de l&apos;exercice.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="822"/>
        <source>Switch off the BMS %1 now (or pull its CAN cable from the GX). BankScope listens on every port and never transmits.</source>
        <translation>Éteignez maintenant le BMS %1 (ou débranchez son câble CAN du GX). BankScope écoute sur chaque port et n&apos;émet jamais.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="824"/>
        <source>%1 is off. Listening: every other BMS must keep sending and the GX keep talking to them. Note what the GX screen shows.</source>
        <translation>%1 est éteint. Écoute : chaque autre BMS doit continuer à émettre et le GX à leur parler. Notez ce qu&apos;affiche l&apos;écran du GX.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="828"/>
        <source>Listening until every BMS is heard again, %1 too.</source>
        <translation>Écoute jusqu&apos;à ce que chaque BMS soit de nouveau entendu, %1 compris.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="830"/>
        <source>Switch off the master %1 now (or pull its inverter cable). BankScope listens for the bus to go silent.</source>
        <translation>Éteignez maintenant le maître %1 (ou débranchez son câble vers l&apos;onduleur). BankScope écoute jusqu&apos;à ce que le bus se taise.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="832"/>
        <source>Wait: a master is still heard on the bus. %1 must be off every bus before the next step.</source>
        <translation>Attendez : un maître est encore entendu sur le bus. %1 doit être retiré de tous les bus avant l&apos;étape suivante.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="834"/>
        <source>Listening for exactly one master: %1 taking over.</source>
        <translation>Écoute jusqu&apos;à entendre exactement un maître : %1 qui prend le relais.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="836"/>
        <source>Listening for exactly one master again: %1 back as the master.</source>
        <translation>Écoute jusqu&apos;à entendre de nouveau exactement un maître : %1 redevenu maître.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="838"/>
        <source>Two masters are heard on one bus. Unplug the inverter cable from %1 now.</source>
        <translation>Deux maîtres sont entendus sur un même bus. Débranchez maintenant le câble onduleur de %1.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="841"/>
        <source>Switch the master %1 back on (or plug its inverter cable back in).</source>
        <translation>Rallumez le maître %1 (ou rebranchez son câble vers l&apos;onduleur).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="843"/>
        <source>Switch the BMS %1 back on (or plug its CAN cable back into its own GX port).</source>
        <translation>Rallumez le BMS %1 (ou rebranchez son câble CAN sur son propre port du GX).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="849"/>
        <source>Drill passed: the system carried on without one BMS, and every BMS is heard again.</source>
        <translation>Exercice réussi : le système a continué sans un BMS, et chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="851"/>
        <source>Drill stopped at its time limit; every BMS is heard again.</source>
        <translation>Exercice arrêté à sa limite de temps ; chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="852"/>
        <source>Drill aborted; every BMS is heard again.</source>
        <translation>Exercice interrompu ; chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="854"/>
        <source>Drill passed: the stand-in took over with one master on the bus, and the master is back.</source>
        <translation>Exercice réussi : le maître de secours a pris le relais avec un seul maître sur le bus, et le maître est revenu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="856"/>
        <source>Drill stopped at its time limit; one master is heard again.</source>
        <translation>Exercice arrêté à sa durée limite ; un maître est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="857"/>
        <source>Drill aborted; one master is heard again.</source>
        <translation>Exercice interrompu ; un maître est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="860"/>
        <source>No drill: two masters are heard on the bus already. Find the second master first.</source>
        <translation>Pas d&apos;exercice : deux maîtres sont déjà entendus sur le bus. Trouvez d&apos;abord le second maître.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="862"/>
        <source>No drill: no master is heard. Check BankScope&apos;s connection to the bus.</source>
        <translation>Pas d&apos;exercice : aucun maître n&apos;est entendu. Vérifiez la connexion de BankScope au bus.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="864"/>
        <source>No drill: this bank has no procedure for the owner (call the installer).</source>
        <translation>Pas d&apos;exercice : ce parc n&apos;a pas de procédure pour le propriétaire (appelez l&apos;installateur).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="866"/>
        <source>No drill: a bank without a master needs at least two BMSs, each on its own port, to drill.</source>
        <translation>Pas d&apos;exercice : un parc sans maître a besoin d&apos;au moins deux BMS, chacun sur son propre port, pour s&apos;exercer.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="868"/>
        <source>No drill: no BMS is heard. Check BankScope&apos;s connection to each BMS&apos;s GX port (one CAN interface per BMS, in the plan&apos;s order).</source>
        <translation>Pas d&apos;exercice : aucun BMS n&apos;est entendu. Vérifiez la connexion de BankScope au port GX de chaque BMS (une interface CAN par BMS, dans l&apos;ordre du plan).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="871"/>
        <source>No drill: not every BMS is heard (missing: %1). Each BMS must be heard on its own port first.</source>
        <translation>Pas d&apos;exercice : tous les BMS ne sont pas entendus (manquants : %1). Chaque BMS doit d&apos;abord être entendu sur son propre port.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="873"/>
        <source>No drill: two senders are heard on one BMS&apos;s port. Find the second BMS on that port first.</source>
        <translation>Pas d&apos;exercice : deux émetteurs sont entendus sur le port d&apos;un BMS. Trouvez d&apos;abord le second BMS sur ce port.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="875"/>
        <source>Drill failed: two senders were heard on one BMS&apos;s port. Every BMS is heard again.</source>
        <translation>Exercice échoué : deux émetteurs ont été entendus sur le port d&apos;un BMS. Chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="877"/>
        <source>Drill failed: another BMS went silent while one was off, so the system did not carry on as planned. Every BMS is heard again.</source>
        <translation>Exercice échoué : un autre BMS s&apos;est tu pendant qu&apos;un BMS était éteint, donc le système n&apos;a pas continué comme prévu. Chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="880"/>
        <source>Drill failed: the GX stopped talking to the other BMSs while one was off. Every BMS is heard again.</source>
        <translation>Exercice échoué : le GX a cessé de parler aux autres BMS pendant qu&apos;un BMS était éteint. Chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="882"/>
        <source>Drill failed: with one BMS off, the bank&apos;s charge or discharge limit fell to zero (a Multi in island mode switches off at a discharge limit of 0). Every BMS is heard again.</source>
        <translation>Exercice échoué : avec un BMS éteint, la limite de charge ou de décharge du parc est tombée à zéro (un Multi en mode îlotage s&apos;arrête avec une limite de décharge de 0). Chaque BMS est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="885"/>
        <source>No drill: the plan names no stand-in.</source>
        <translation>Pas d&apos;exercice : le plan ne désigne aucun maître de secours.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="887"/>
        <source>Drill failed: two masters were heard on one bus. One master is heard again.</source>
        <translation>Exercice échoué : deux maîtres ont été entendus sur un même bus. Un maître est de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="888"/>
        <location filename="../core/failoverdrill.cpp" line="971"/>
        <source>Drill failed (%1).</source>
        <translation>Exercice échoué (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="897"/>
        <source>Drill started: the BMS %1 is the one taken off.</source>
        <translation>Exercice commencé : le BMS %1 est celui qui est retiré.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="899"/>
        <source>Drill started: master %1, stand-in %2.</source>
        <translation>Exercice commencé : maître %1, maître de secours %2.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="901"/>
        <source>Every BMS heard on its own port (%1).</source>
        <translation>Chaque BMS est entendu sur son propre port (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="903"/>
        <source>One master heard (%1).</source>
        <translation>Un maître entendu (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="912"/>
        <location filename="../core/failoverdrill.cpp" line="914"/>
        <source>Told: %1</source>
        <translation>Consigne donnée : %1</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="917"/>
        <source>BMS %1 heard again.</source>
        <translation>BMS %1 de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="919"/>
        <source>BMS %1 went silent (%2).</source>
        <translation>Le BMS %1 s&apos;est tu (%2).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="921"/>
        <source>BMS %1 is no longer heard (%2).</source>
        <translation>Le BMS %1 n&apos;est plus entendu (%2).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="923"/>
        <source>The bank before: %1.</source>
        <translation>Le parc avant : %1.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="925"/>
        <source>The bank with %1 off: %2.</source>
        <translation>Le parc avec %1 éteint : %2.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="927"/>
        <source>The system carries on without %1 (%2).</source>
        <translation>Le système continue sans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="929"/>
        <source>Two senders heard on %1&apos;s port.</source>
        <translation>Deux émetteurs entendus sur le port de %1.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="931"/>
        <source>Every BMS heard again (%1).</source>
        <translation>Chaque BMS est de nouveau entendu (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="933"/>
        <source>The bus went silent (%1).</source>
        <translation>Le bus s&apos;est tu (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="935"/>
        <source>The inverter&apos;s keep-alive stopped (%1).</source>
        <translation>Le keep-alive de l&apos;onduleur s&apos;est arrêté (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="937"/>
        <source>The inverter&apos;s keep-alive is back.</source>
        <translation>Le keep-alive de l&apos;onduleur est revenu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="939"/>
        <source>Charge and discharge limits went to zero.</source>
        <translation>Les limites de charge et de décharge sont tombées à zéro.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="941"/>
        <source>Charge and discharge limits are back above zero.</source>
        <translation>Les limites de charge et de décharge sont revenues au-dessus de zéro.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="943"/>
        <source>A master is heard again (%1).</source>
        <translation>Un maître est de nouveau entendu (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="945"/>
        <source>Step %1 held: a master is still heard.</source>
        <translation>Étape %1 en attente : un maître est encore entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="947"/>
        <source>Step %1 not given: it would put two masters on one bus.</source>
        <translation>Étape %1 non donnée : elle mettrait deux maîtres sur un même bus.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="949"/>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="951"/>
        <source>Seen on the inverter: %1</source>
        <translation>Vu sur l&apos;onduleur : %1</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="953"/>
        <location filename="../core/failoverdrill.cpp" line="965"/>
        <source>One master again: %1 (%2).</source>
        <translation>De nouveau un seul maître : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="955"/>
        <source>Two masters heard on one bus.</source>
        <translation>Deux maîtres entendus sur un même bus.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="957"/>
        <source>Aborted by the installer.</source>
        <translation>Interrompu par l&apos;installateur.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="959"/>
        <source>Abort asked during the restore: the restore goes on until one master is heard.</source>
        <translation>Interruption demandée pendant la remise en état : la remise en état continue jusqu&apos;à ce qu&apos;un maître soit entendu.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="961"/>
        <source>The drill&apos;s time limit passed (%1).</source>
        <translation>La durée limite de l&apos;exercice est dépassée (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="963"/>
        <source>Restore started.</source>
        <translation>Remise en état commencée.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="967"/>
        <source>Drill passed.</source>
        <translation>Exercice réussi.</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="969"/>
        <source>Drill aborted (%1).</source>
        <translation>Exercice interrompu (%1).</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="985"/>
        <source>This site&apos;s isolation order: %1</source>
        <translation>Ordre d&apos;isolement de ce site : %1</translation>
    </message>
    <message>
        <location filename="../core/failoverdrill.cpp" line="987"/>
        <source>This site&apos;s power-up order: %1</source>
        <translation>Ordre de mise en marche de ce site : %1</translation>
    </message>
</context>
<context>
    <name>FailoverFacts</name>
    <message>
        <location filename="../core/failoverrecord.cpp" line="20"/>
        <source>the master is the unit that carries the inverter cable, at the head of the link chain (its Link 0 empty)</source>
        <translation>le maître est l&apos;unité qui porte le câble de l&apos;onduleur, en tête de la chaîne de liaison (son Link 0 libre)</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="21"/>
        <source>DIP 0000 makes a pack the master, and only that pack talks to the inverter</source>
        <translation>DIP 0000 fait d&apos;un pack le maître, et seul ce pack parle à l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="22"/>
        <source>a pack reads its DIP switches when it starts: restart it after a change</source>
        <translation>un pack lit ses interrupteurs DIP au démarrage : redémarrez-le après un changement</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="24"/>
        <source>the stand-in&apos;s inverter port already runs the protocol the master&apos;s runs</source>
        <translation>le port onduleur du maître de secours utilise déjà le protocole de celui du maître</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="25"/>
        <source>an address, protocol and speed set in the JK app take effect on the pack&apos;s port</source>
        <translation>une adresse, un protocole et une vitesse réglés dans l&apos;application JK prennent effet sur le port du pack</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="27"/>
        <source>the stand-in was set ahead with the master&apos;s address, protocol and speed</source>
        <translation>le maître de secours a été réglé à l&apos;avance avec l&apos;adresse, le protocole et la vitesse du maître</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="28"/>
        <source>the inverter&apos;s battery-type menu and value are the ones set on this site</source>
        <translation>le menu et la valeur du type de batterie de l&apos;onduleur sont ceux réglés sur ce site</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="29"/>
        <source>the system carries on without one battery</source>
        <translation>l&apos;installation continue de fonctionner sans une batterie</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="30"/>
        <source>the stand-in takes over as master and one master is heard again</source>
        <translation>le maître de secours prend le relais et un seul maître est de nouveau entendu</translation>
    </message>
</context>
<context>
    <name>FailoverPlanner</name>
    <message>
        <location filename="../core/failoverplanner.cpp" line="296"/>
        <source>the card says who to call: enter the installer&apos;s name</source>
        <translation>la fiche dit qui appeler : saisissez le nom de l&apos;installateur</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="298"/>
        <source>the card says who to call: enter the installer&apos;s phone number</source>
        <translation>la fiche dit qui appeler : saisissez le numéro de téléphone de l&apos;installateur</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="300"/>
        <source>no isolation order: enter this site&apos;s own, with the breaker labels (switching the inverter off does not make the battery safe)</source>
        <translation>pas d&apos;ordre d&apos;isolement : saisissez celui de ce site, avec les repères des disjoncteurs (éteindre l&apos;onduleur ne met pas la batterie en sécurité)</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="302"/>
        <source>the catalogue&apos;s isolation order is not documented for this model: enter this site&apos;s own, with the breaker labels</source>
        <translation>l&apos;ordre d&apos;isolement du catalogue n&apos;est pas documenté pour ce modèle : saisissez celui de ce site, avec les repères des disjoncteurs</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="334"/>
        <source>no stand-in planned for the master %1: choose the unit that takes over when it fails</source>
        <translation>aucun maître de secours prévu pour le maître %1 : choisissez l&apos;unité qui prend le relais en cas de panne</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="342"/>
        <source>no stand-in for the master %1 (%2): choose the unit that takes over when it fails</source>
        <translation>aucun maître de secours pour le maître %1 (%2) : choisissez l&apos;unité qui prend le relais en cas de panne</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="364"/>
        <source>the stand-in shares a bus with the master: set ahead, it would answer at the master&apos;s address beside it</source>
        <translation>le maître de secours partage un bus avec le maître : réglé à l&apos;avance, il répondrait à l&apos;adresse du maître à côté de lui</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="728"/>
        <source>the %1 procedure breaks the two-masters rule: %2</source>
        <translation>la procédure de %1 enfreint la règle des deux maîtres : %2</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="729"/>
        <source>restore</source>
        <translation>remise en état</translation>
    </message>
    <message>
        <location filename="../core/failoverplanner.cpp" line="729"/>
        <source>failover</source>
        <translation>secours</translation>
    </message>
</context>
<context>
    <name>FailoverRecord</name>
    <message>
        <location filename="../core/failoverrecord.cpp" line="57"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="60"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="69"/>
        <location filename="../core/failoverrecord.cpp" line="75"/>
        <location filename="../core/failoverrecord.cpp" line="259"/>
        <location filename="../core/failoverrecord.cpp" line="266"/>
        <location filename="../core/failoverrecord.cpp" line="280"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="79"/>
        <source>unknown fact &apos;%1&apos; (known: %2)</source>
        <translation>fait inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="85"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="91"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="100"/>
        <source>expected a number from 0 to 1000000</source>
        <translation>un nombre de 0 à 1000000 était attendu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="115"/>
        <source>expected a whole number from 0 to 1000</source>
        <translation>un nombre entier de 0 à 1000 était attendu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="212"/>
        <source>&apos;%1&apos; is confirmed twice</source>
        <translation>« %1 » est confirmé deux fois</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="226"/>
        <source>expected &quot;passed&quot;, &quot;aborted&quot; or &quot;failed&quot;</source>
        <translation>« passed », « aborted » ou « failed » attendu</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="234"/>
        <source>only a drill that passed proves a fact (this one %1)</source>
        <translation>seul un exercice réussi prouve un fait (celui-ci %1)</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="237"/>
        <source>expected seconds from 0 to 86400</source>
        <translation>secondes de 0 à 86400 attendues</translation>
    </message>
    <message>
        <location filename="../core/failoverrecord.cpp" line="253"/>
        <source>expected seconds, in order</source>
        <translation>secondes attendues, dans l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Notez l&apos;heure, le code d&apos;alarme de l&apos;onduleur et les voyants de chaque unité.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Isolez la batterie dans l&apos;ordre du site (cadre ci-dessus).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Éteignez %1 par son interrupteur ; laissez-la éteinte.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Débranchez le câble de liaison du Link 1 de %1 (il va au Link 0 de %2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Débranchez le câble onduleur de %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Débranchez le câble onduleur de la prise %2 de %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Branchez ce câble onduleur sur %1, dans la prise qu&apos;il avait sur le maître : %1 est maintenant le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Branchez ce câble onduleur sur la prise %2 de %1 : %1 est maintenant le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>Sur %1, mettez l&apos;interrupteur 1 sur %2 (vitesse RS485 %3), comme sur %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>Sur %1, mettez les interrupteurs 2, 3, 4 sur %2 (groupe %3), comme sur %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Rallumez dans l&apos;ordre de mise en marche du site, %1 restant éteinte. Là où l&apos;ordre nomme %1, utilisez %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Rallumez la batterie dans l&apos;ordre de mise en marche du site, toutes les unités comprises.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Vérifiez que l&apos;onduleur affiche de nouveau la charge de la batterie (SOC), sans alarme batterie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Vérifiez que l&apos;onduleur affiche de nouveau la charge de la batterie (SOC) en moins de %1 minutes, sans alarme batterie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Débranchez les deux câbles du bus des packs de %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Débranchez les deux câbles du bus des packs de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Reliez %1 et %2 avec l&apos;un de ces câbles, pour refermer la chaîne sans %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>Sur %1, mettez les quatre interrupteurs DIP sur OFF (0000). %1 devient le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Éteignez puis rallumez %1, pour qu&apos;il lise ses nouveaux interrupteurs DIP.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Branchez le câble onduleur sur %1, dans la prise qu&apos;il avait sur le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Branchez le câble onduleur sur la prise %2 de %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>Dans l&apos;application JK, vérifiez que la prise %2 de %1 utilise le même protocole que celle de %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>Dans l&apos;application JK, vérifiez que le protocole de la prise %2 de %1 est : %3 (comme sur %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Vérifiez que la prise %2 de %1 envoie le même protocole que celle de %3 (voir le manuel de la batterie).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Débranchez %1 du câble RS485 commun.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>%1 a été préparé à l&apos;avance avec l&apos;adresse, le protocole et la vitesse de %2 : n&apos;y changez rien.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>Dans l&apos;application JK, sur %1, réglez Device Addr %2, et le protocole et la vitesse qu&apos;utilisait %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>Dans l&apos;application JK, sur %1, réglez Device Addr %2, le protocole %3 et la vitesse %4 bauds, comme %5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Si le type de batterie de l&apos;onduleur a été remis à zéro, réglez-le de nouveau : %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Si le type de batterie de l&apos;onduleur a été remis à zéro, ne le devinez pas : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>Sur l&apos;écran du GX, notez l&apos;alarme et la batterie qui manque.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>Sur l&apos;onduleur, notez l&apos;alarme et la batterie qui manque.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the batteries that are still on (%1), with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Le système continue avec les batteries restées allumées (%1), avec environ %2 % de capacité en moins et des limites de charge et de décharge plus basses. Laissez-le marcher et appelez votre installateur aux heures ouvrables.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>N&apos;essayez pas de redémarrer ou de réparer la batterie vous-même. Appelez %1 maintenant au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Débranchez le câble onduleur de %1 : le remplaçant cesse d&apos;être le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Débranchez le câble onduleur de la prise %2 de %1 : le remplaçant cesse d&apos;être le maître.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Reliez le Link 1 de %1 au Link 0 de %2 ; le Link 0 de %1 reste vide.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Branchez le câble onduleur sur %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Remettez les interrupteurs de %1 sur %2, comme prévu.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Remettez les interrupteurs DIP de %1 sur %2 (adresse %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Rebranchez %1 sur le bus des packs comme avant.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Rebranchez %1 sur le bus des packs (%2) comme avant.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>Dans l&apos;application JK, remettez %1 sur Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Remettez la prise onduleur de %1 comme elle était.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Rebranchez %1 sur le câble RS485 commun.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Branchez le câble de la batterie réparée sur son propre port du GX, jamais sur un port qu&apos;utilise une autre batterie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Vérifiez sur le GX que la batterie apparaît de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Vérifiez sur l&apos;onduleur que la batterie est de nouveau comptée.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Seul l&apos;installateur remet la batterie en service.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>quelle unité devient maître avec le câble onduleur</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>l&apos;interrupteur de vitesse RS485 (interrupteur 1) de %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>les interrupteurs de %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>l&apos;ordre de mise en marche de la batterie</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>l&apos;ordre d&apos;isolement de la batterie</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>le passage de %1 en maître par ses interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>le redémarrage de %1 pour qu&apos;il lise ses interrupteurs DIP</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>le protocole de la prise onduleur de %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>l&apos;adresse, le protocole et la vitesse à régler sur %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>si le système continue sans une batterie</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Disjoncteur bloqué, chaleur, odeur, fumée ? Éloignez-vous, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Sinon : arrêtez, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Différent ? Ne touchez plus à rien, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Différent ? Ne touchez à rien, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 ne démarre pas, ou s&apos;allume en rouge ? Isolez de nouveau, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Sinon : isolez de nouveau et appelez votre installateur. N&apos;essayez rien d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Le système s&apos;est arrêté ? Isolez la batterie, appelez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Avec %1 sur on (réglé ici), il s&apos;arrête en défaut : les charges s&apos;éteignent, sauf si le réseau les alimente.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Avec %1 sur off (réglé ici), il continue sans données batterie, limites non documentées ; SOC estimé d&apos;après la tension.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>S&apos;il s&apos;arrête dépend de son réglage %1, non noté pour ce site : demandez à votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>L&apos;onduleur coupe sa sortie : les charges s&apos;éteignent.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>Le GX affiche « BMS connection lost ». S&apos;il n&apos;envoie plus les limites de la batterie, l&apos;onduleur s&apos;arrête après environ 5 minutes.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>L&apos;onduleur peut perdre la charge de la batterie (SOC), la croire vide et la recharger entièrement sur le réseau.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>L&apos;onduleur affiche l&apos;événement 9308 « Battery error » ; on ne sait pas ce qu&apos;il fait ensuite.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Du catalogue, en anglais : %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>On ne sait pas ce que fait %1 sans données de la batterie. Ne supposez pas qu&apos;il protège la batterie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Estimation par la tension parfois très fausse : à la mise en service (%1 V), %2 % au lieu de %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Sous-tension : rechargez sous %1 h (limite fabricant). Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Un module sous 40 V : éteignez tout jusqu&apos;à ce que l&apos;onduleur puisse le charger (règle du fabricant). Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Sous-tension : aucun fabricant ne donne de délai, appelez votre installateur tout de suite. Notez l&apos;heure :</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Réglage batterie de l&apos;onduleur : %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Ne rebranchez pas %1 : seul votre installateur le fait.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Ne déplacez ni câbles ni interrupteurs batterie allumée.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Aucun interrupteur ne fait un maître : n&apos;en changez aucun autre.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>N&apos;utilisez jamais le démarrage à froid (Start maintenu plus de 10 secondes).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Ne changez aucun autre réglage dans l&apos;application JK.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Ne laissez pas l&apos;onduleur sur la batterie sans surveillance.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>une étape ne se passe pas comme écrit ;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>une unité est chaude, gonflée, sent ou fume (éloignez-vous) ;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>une unité affiche un voyant de protection ;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>une deuxième unité tombe en panne ;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>le maître d&apos;un autre groupe tombe en panne (%1) ;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>toujours ensuite : faire contrôler le parc.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>L&apos;onduleur affiche un défaut de communication BMS ou aucune donnée batterie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Tous les voyants d&apos;une unité sont éteints.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Le voyant rouge ALM est allumé sans clignoter.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Le voyant rouge ALM clignote.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Les packs JK n&apos;ont pas de voyant de défaut.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Le voyant d&apos;état est orange et fixe.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Tous les voyants sont bleus et il n&apos;y a pas de sortie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Un voyant bleu clignote.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>Le GX affiche une batterie manquante, ou « BMS connection lost ».</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Suivez les étapes de cette fiche.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Isolez la batterie si elle est dangereuse, et appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Unité éteinte ou en panne. Si c&apos;est %1 (le maître), suivez les étapes.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Protection : l&apos;unité ne charge ni ne décharge plus. Notez laquelle et l&apos;heure ; appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Une alarme, mais l&apos;unité fonctionne encore : notez-la et prévenez votre installateur.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Leur état n&apos;apparaît que dans l&apos;application JK ou dans BankScope.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Protection. Ne la redémarrez pas vous-même : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Un fusible a fondu : appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Comptez les éclairs blancs, puis les bleus (le code d&apos;événement), notez-le et appelez %1 au %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MAÎTRE</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>REMPLAÇANT</translation>
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
        <translation>document du fabricant</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>de seconde main</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>action sans risque</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>confirmé sur ce site</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>prouvé par l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>non confirmé : demandez à votre installateur</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <location filename="../core/fault.cpp" line="18"/>
        <source>Cell over-voltage</source>
        <translation>Surtension de cellule</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="19"/>
        <source>Cell under-voltage</source>
        <translation>Sous-tension de cellule</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="20"/>
        <source>Pack over-voltage</source>
        <translation>Surtension du pack</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="21"/>
        <source>Pack under-voltage</source>
        <translation>Sous-tension du pack</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="22"/>
        <source>Charge over-current</source>
        <translation>Surintensité de charge</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="24"/>
        <source>Discharge over-current</source>
        <translation>Surintensité de décharge</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="25"/>
        <source>Over-temperature</source>
        <translation>Surchauffe</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="26"/>
        <source>Under-temperature</source>
        <translation>Température trop basse</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="28"/>
        <source>MOSFET over-temperature</source>
        <translation>Surchauffe des MOSFET</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="29"/>
        <source>Short circuit</source>
        <translation>Court-circuit</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="30"/>
        <source>Cell imbalance</source>
        <translation>Déséquilibre des cellules</translation>
    </message>
    <message>
        <location filename="../core/fault.cpp" line="31"/>
        <source>Communication fault</source>
        <translation>Défaut de communication</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="91"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="93"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="95"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="97"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="25"/>
        <source>Inverter firmware</source>
        <translation>Firmware de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="26"/>
        <source>Read the version on the inverter&apos;s display. Some features depend on it; BankScope plans them only on your confirmation.</source>
        <translation>Lisez la version sur l&apos;écran de l&apos;onduleur. Certaines fonctions en dépendent ; BankScope ne les prévoit que sur votre confirmation.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="29"/>
        <source>as shown on the inverter, e.g. MAIN 1.0.2 / HMI 1.5.3</source>
        <translation>comme affiché sur l&apos;onduleur, p. ex. MAIN 1.0.2 / HMI 1.5.3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="31"/>
        <source>I have checked the release notes of this firmware version for what it does with several BMSs</source>
        <translation>J&apos;ai vérifié dans les notes de version de ce firmware ce qu&apos;il fait avec plusieurs BMS</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="32"/>
        <source>Only after this confirmation does BankScope plan every BMS on the inverter&apos;s bus where that depends on the firmware.</source>
        <translation>Ce n&apos;est qu&apos;après cette confirmation que BankScope prévoit chaque BMS sur le bus de l&apos;onduleur, là où cela dépend du firmware.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="39"/>
        <source>What the catalogue says</source>
        <translation>Ce que dit le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="41"/>
        <source>Several BMSs on one bus:</source>
        <translation>Plusieurs BMS sur un bus :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="42"/>
        <source>From which firmware:</source>
        <translation>À partir de quel firmware :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="43"/>
        <source>Firmware notes:</source>
        <translation>Remarques sur le firmware :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="46"/>
        <source>Inverter:</source>
        <translation>Onduleur :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="47"/>
        <source>Firmware &amp;version:</source>
        <translation>&amp;Version du firmware :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="71"/>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (absent du catalogue)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="77"/>
        <source>polls or takes several BMSs</source>
        <translation>interroge ou accepte plusieurs BMS</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="78"/>
        <source>takes one BMS</source>
        <translation>accepte un seul BMS</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="79"/>
        <source>polls several BMS addresses only with some firmware versions</source>
        <translation>n&apos;interroge plusieurs adresses BMS qu&apos;avec certaines versions de firmware</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="109"/>
        <source>Confirmed: where the batteries allow it (packs with their own bus addresses), BankScope plans every BMS on the inverter&apos;s bus, on your word that firmware %1 of the %2 polls several addresses. The report records the version and your confirmation.</source>
        <translation>Confirmé : là où les batteries le permettent (packs ayant leur propre adresse de bus), BankScope prévoit chaque BMS sur le bus de l&apos;onduleur, sur votre parole que le firmware %1 du %2 interroge plusieurs adresses. Le rapport consigne la version et votre confirmation.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="113"/>
        <source>Without the version and the release notes checked, BankScope plans the safe topology: one cable from the inverter to the master, the other BMSs monitored separately. The %1 polls several BMS addresses only with some firmware, and no source says from which.</source>
        <translation>Sans la version et sans vérification des notes de version, BankScope prévoit la topologie sûre : un câble de l&apos;onduleur vers le maître, les autres BMS surveillés séparément. Le %1 n&apos;interroge plusieurs adresses BMS qu&apos;avec certains firmwares, et aucune source ne dit à partir duquel.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="117"/>
        <source>Nothing in this plan depends on the %1&apos;s firmware in the catalogue; the version is recorded in the report.</source>
        <translation>Rien dans ce plan ne dépend du firmware du %1 dans le catalogue ; la version est consignée dans le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="119"/>
        <source>Whether a feature of this inverter depends on its firmware is unknown — see its manual. The version is recorded in the report; BankScope plans the safe topology.</source>
        <translation>On ne sait pas si une fonction de cet onduleur dépend de son firmware — voir son manuel. La version est consignée dans le rapport ; BankScope prévoit la topologie sûre.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/firmwarepage.cpp" line="129"/>
        <source>Enter the firmware version: for the %1 the catalogue says what it can do with several BMSs depends on it.</source>
        <translation>Saisissez la version du firmware : pour le %1, le catalogue dit que ce qu&apos;il peut faire avec plusieurs BMS en dépend.</translation>
    </message>
</context>
<context>
    <name>FreezeFrameModel</name>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="54"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="82"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="104"/>
        <source>%1 (unit: %2)</source>
        <translation>%1 (unité : %2)</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="106"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="120"/>
        <source>Pack / view</source>
        <translation>Pack / vue</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="122"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="124"/>
        <source>Before (%1)</source>
        <translation>Avant (%1)</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="124"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="126"/>
        <source>At (%1)</source>
        <translation>À (%1)</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="126"/>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/freezeframemodel.cpp" line="128"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>HeadlineBar</name>
    <message>
        <location filename="../ui/headlinebar.cpp" line="19"/>
        <source>Bank headline</source>
        <translation>Résumé du parc</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="63"/>
        <location filename="../ui/headlinebar.cpp" line="113"/>
        <location filename="../ui/headlinebar.cpp" line="144"/>
        <source>SOC %1</source>
        <translation>SOC %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="65"/>
        <location filename="../ui/headlinebar.cpp" line="124"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="65"/>
        <location filename="../ui/headlinebar.cpp" line="122"/>
        <source>discharging</source>
        <translation>en décharge</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="66"/>
        <location filename="../ui/headlinebar.cpp" line="130"/>
        <source>%1 of %2 packs online</source>
        <translation>%1 packs sur %2 en ligne</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="67"/>
        <location filename="../ui/headlinebar.cpp" line="204"/>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Erreurs : %1 · Avertissements : %2</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="114"/>
        <source>Bank state of charge in %: the capacity-weighted mean of the online packs&apos; own SOC, from BankScope&apos;s readings (%1).</source>
        <translation>État de charge du parc en % : la moyenne pondérée par la capacité des SOC propres des packs en ligne, d&apos;après les mesures de BankScope (%1).</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="118"/>
        <source>Bank voltage in V: the mean of the online packs (they share one bus).</source>
        <translation>Tension du parc en V : la moyenne des packs en ligne (ils partagent un même bus).</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="121"/>
        <source>charging</source>
        <translation>en charge</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="123"/>
        <source>idle</source>
        <translation>au repos</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="126"/>
        <source>Bank current in A: the sum of the online packs&apos; currents (+ charge, − discharge).</source>
        <translation>Courant du parc en A : la somme des courants des packs en ligne (+ charge, − décharge).</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="130"/>
        <source>No pack heard yet</source>
        <translation>Aucun pack entendu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="135"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="136"/>
        <source>No pack has answered or been heard on the links yet.</source>
        <translation>Aucun pack n&apos;a encore répondu ni été entendu sur les liaisons.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="137"/>
        <source>Every configured pack reports fresh data.</source>
        <translation>Chaque pack configuré envoie des données récentes.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="146"/>
        <source>CVL %1</source>
        <translation>CVL %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="148"/>
        <source>CCL %1</source>
        <translation>CCL %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="150"/>
        <source>DCL %1</source>
        <translation>DCL %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="155"/>
        <source>Inverter: nothing known yet</source>
        <translation>Onduleur : rien de connu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="156"/>
        <source>No pack and no inverter link has been heard yet: see the link&apos;s state in the status bar.</source>
        <translation>Aucun pack ni aucune liaison onduleur n&apos;a encore été entendu : voyez l&apos;état de la liaison dans la barre d&apos;état.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="161"/>
        <source>&lt;b&gt;No BMS data&lt;/b&gt; — inverter guesses &lt;b&gt;%1&lt;/b&gt; from voltage</source>
        <translation>&lt;b&gt;Aucune donnée BMS&lt;/b&gt; — l&apos;onduleur estime &lt;b&gt;%1&lt;/b&gt; d&apos;après la tension</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="164"/>
        <source> (packs hold %1, %2 points off)</source>
        <translation> (les packs sont à %1, %2 points d&apos;écart)</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="169"/>
        <source>&lt;b&gt;No BMS data&lt;/b&gt; reaches the inverter</source>
        <translation>&lt;b&gt;Aucune donnée BMS&lt;/b&gt; n&apos;arrive à l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="171"/>
        <source>The master (or aggregator) is lost or its link to the inverter is silent: the inverter runs on its own voltage reading. See the Inverter page.</source>
        <translation>Le maître (ou l&apos;agrégateur) est perdu ou sa liaison vers l&apos;onduleur est muette : l&apos;onduleur fonctionne sur sa propre mesure de tension. Voir la page Onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="185"/>
        <source>Inverter is told: %1</source>
        <translation>Transmis à l&apos;onduleur : %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="185"/>
        <source> — ≠ differs from the bank</source>
        <translation> — ≠ diffère du parc</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="186"/>
        <source>Decoded from what the master sends the inverter (%1). The Inverter page compares it field by field with what it should see.</source>
        <translation>Décodé de ce que le maître envoie à l&apos;onduleur (%1). La page Onduleur le compare champ par champ avec ce qu&apos;il devrait voir.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="191"/>
        <source>Inverter can see: %1</source>
        <translation>Visible par l&apos;onduleur : %1</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="192"/>
        <source>No link to the inverter is decoded: this is what the architecture (%1) lets it see.</source>
        <translation>Aucune liaison vers l&apos;onduleur n&apos;est décodée : voici ce que l&apos;architecture (%1) lui laisse voir.</translation>
    </message>
    <message>
        <location filename="../ui/headlinebar.cpp" line="205"/>
        <source>Findings of the aggregation; all of them are on the Overview page.</source>
        <translation>Constats de l&apos;agrégation ; ils sont tous sur la page Vue d&apos;ensemble.</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="44"/>
        <source>a lone hex digit before position %1</source>
        <translation>un chiffre hexadécimal isolé avant la position %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="51"/>
        <source>not a hex digit at position %1: &apos;%2&apos;</source>
        <translation>pas un chiffre hexadécimal à la position %1 : « %2 »</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/hex.cpp" line="64"/>
        <source>odd number of hex digits</source>
        <translation>nombre impair de chiffres hexadécimaux</translation>
    </message>
</context>
<context>
    <name>InverterEmulator</name>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="21"/>
        <source>no BMS data: battery not used (communication fault)</source>
        <translation>aucune donnée BMS : batterie non utilisée (défaut de communication)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="29"/>
        <source>charge limited to %1 A by the BMS</source>
        <translation>charge limitée à %1 A par le BMS</translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="33"/>
        <source>discharge limited to %1 A by the BMS</source>
        <translation>décharge limitée à %1 A par le BMS</translation>
    </message>
    <message>
        <location filename="../protocols/sim/inverteremulator.cpp" line="38"/>
        <source>protection: %1</source>
        <translation>protection : %1</translation>
    </message>
</context>
<context>
    <name>InverterPage</name>
    <message>
        <location filename="../ui/inverterpage.cpp" line="49"/>
        <source>When the inverter receives nothing</source>
        <translation>Quand l&apos;onduleur ne reçoit rien</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="52"/>
        <source>What a single master hides</source>
        <translation>Ce qu&apos;un maître unique cache</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="63"/>
        <source>How the packs reach the inverter. Decides what the inverter can see.</source>
        <translation>Comment les packs atteignent l&apos;onduleur. Détermine ce que l&apos;onduleur peut voir.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="68"/>
        <source>How the bank&apos;s CCL and DCL are made from the packs&apos; own limits.</source>
        <translation>Comment le CCL et le DCL du parc sont formés à partir des limites propres des packs.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="73"/>
        <source>When a pack&apos;s protection becomes a protection of the bank.</source>
        <translation>Quand la protection d&apos;un pack devient une protection du parc.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="82"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architecture :</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="83"/>
        <source>&amp;Current limits:</source>
        <translation>&amp;Limites de courant :</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="84"/>
        <source>&amp;Faults:</source>
        <translation>&amp;Défauts :</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="89"/>
        <source>What the inverter should see, can see and is told</source>
        <translation>Ce que l&apos;onduleur devrait voir, peut voir et ce qui lui est transmis</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="112"/>
        <source>Current sharing: when the generator starts</source>
        <translation>Partage du courant : quand le groupe électrogène démarre</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="119"/>
        <source>A constant discharge current of the whole bank, in A (the evening load).</source>
        <translation>Un courant de décharge constant de tout le parc, en A (la consommation du soir).</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="125"/>
        <source>The SOC at which the inverter starts the generator (its setting), in %.</source>
        <translation>Le SOC auquel l&apos;onduleur démarre le groupe électrogène (son réglage), en %.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="127"/>
        <source>&amp;Load:</source>
        <translation>&amp;Charge :</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="128"/>
        <source>&amp;Generator starts at:</source>
        <translation>Démarrage du &amp;groupe à :</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="218"/>
        <source>&lt;b&gt;The inverter receives no BMS data.&lt;/b&gt; BankScope has no voltage from any pack either, so it cannot say what the inverter guesses.</source>
        <translation>&lt;b&gt;L&apos;onduleur ne reçoit aucune donnée BMS.&lt;/b&gt; BankScope n&apos;a non plus aucune tension d&apos;aucun pack, il ne peut donc pas dire ce que l&apos;onduleur estime.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="220"/>
        <source>No pack has reported a voltage yet.</source>
        <translation>Aucun pack n&apos;a encore signalé de tension.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="223"/>
        <source>%1 cells in series</source>
        <translation>%1 cellules en série</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="223"/>
        <source>cell count guessed from the voltage</source>
        <translation>nombre de cellules déduit de la tension</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="224"/>
        <source>bus %1 V, %2, LiFePO4 rest curve</source>
        <translation>bus %1 V, %2, courbe de repos LiFePO4</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="227"/>
        <source> BankScope has lost the packs too: these are their last readings, %1 old.</source>
        <translation> BankScope a aussi perdu les packs : ce sont leurs dernières mesures, datant de %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="232"/>
        <source>The packs hold %1: the guess happens to be right now.</source>
        <translation>Les packs sont à %1 : l&apos;estimation est juste en ce moment.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="233"/>
        <source>The packs hold %1 (coulomb-counted): the guess is &lt;b&gt;%2 points %3&lt;/b&gt;.</source>
        <translation>Les packs sont à %1 (comptage coulométrique) : l&apos;estimation est &lt;b&gt;%2 points %3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="235"/>
        <source>too high</source>
        <translation>trop haut</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="235"/>
        <source>too low</source>
        <translation>trop bas</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="238"/>
        <source>&lt;b&gt;The inverter receives no BMS data.&lt;/b&gt; It guesses the SOC from the battery voltage alone: &lt;b&gt;about %1&lt;/b&gt; (%2). %3%4 Under load or charge the voltage is off by I×R, so the inverter may cut off or start the generator at the wrong moment.</source>
        <translation>&lt;b&gt;L&apos;onduleur ne reçoit aucune donnée BMS.&lt;/b&gt; Il estime le SOC d&apos;après la seule tension de la batterie : &lt;b&gt;environ %1&lt;/b&gt; (%2). %3%4 En charge ou en décharge, la tension est faussée de I×R, l&apos;onduleur peut donc couper ou démarrer le groupe électrogène au mauvais moment.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="243"/>
        <source>The inverter receives BMS data. If it lost it now, it would guess about %1 from the voltage (%2). %3</source>
        <translation>L&apos;onduleur reçoit des données BMS. S&apos;il les perdait maintenant, il estimerait environ %1 d&apos;après la tension (%2). %3</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="254"/>
        <source>Not a single-master bank: the inverter&apos;s values come from an aggregate (the master&apos;s or the GX&apos;s). Any difference shows in the table above.</source>
        <translation>Pas un parc à maître unique : les valeurs de l&apos;onduleur viennent d&apos;un agrégat (celui du maître ou du GX). Toute différence apparaît dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="262"/>
        <source>&lt;b&gt;The master %1 is not online:&lt;/b&gt; the inverter sees nothing at all.</source>
        <translation>&lt;b&gt;Le maître %1 n&apos;est pas en ligne :&lt;/b&gt; l&apos;onduleur ne voit rien du tout.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="265"/>
        <source>SOC: the inverter sees &lt;b&gt;%1&lt;/b&gt; (%2&apos;s own count); the bank holds %3 — %4 points apart.</source>
        <translation>SOC : l&apos;onduleur voit &lt;b&gt;%1&lt;/b&gt; (le comptage propre de %2) ; le parc est à %3 — %4 points d&apos;écart.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="271"/>
        <source>Weakest cell it cannot see: &lt;b&gt;%1 cell %2 at %3 mV&lt;/b&gt;; it sees %4 mV.</source>
        <translation>Cellule la plus faible qu&apos;il ne voit pas : &lt;b&gt;%1 cellule %2 à %3 mV&lt;/b&gt; ; il voit %4 mV.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="275"/>
        <source>Weakest cell it cannot see: &lt;b&gt;%1 cell %2 at %3 mV&lt;/b&gt;; it sees no cell voltages.</source>
        <translation>Cellule la plus faible qu&apos;il ne voit pas : &lt;b&gt;%1 cellule %2 à %3 mV&lt;/b&gt; ; il ne voit aucune tension de cellule.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="280"/>
        <source>Weakest cell: the inverter sees it (it is in the master).</source>
        <translation>Cellule la plus faible : l&apos;onduleur la voit (elle est dans le maître).</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="286"/>
        <source>Faults it cannot see: none.</source>
        <translation>Défauts qu&apos;il ne voit pas : aucun.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="287"/>
        <source>&lt;b&gt;Faults it cannot see: %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Défauts qu&apos;il ne voit pas : %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="338"/>
        <source>No prediction: no online pack reports its SOC now.</source>
        <translation>Pas de prévision : aucun pack en ligne ne signale son SOC en ce moment.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="344"/>
        <source>No prediction: %1.</source>
        <translation>Pas de prévision : %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="351"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="352"/>
        <source>Measured sharing: %1.</source>
        <translation>Partage mesuré : %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="353"/>
        <source>Sharing not measurable now (the bank current is under 1 A or packs push current into each other); assumed by capacity: %1.</source>
        <translation>Partage non mesurable en ce moment (le courant du parc est sous 1 A ou les packs se renvoient du courant) ; supposé selon la capacité : %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="357"/>
        <source>the master&apos;s own SOC</source>
        <translation>le SOC propre du maître</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="358"/>
        <source>the bank&apos;s SOC</source>
        <translation>le SOC du parc</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="361"/>
        <source>At %1 the inverter starts the generator &lt;b&gt;in %2&lt;/b&gt;, when %3 reads %4; the bank then still holds &lt;b&gt;%5&lt;/b&gt; (%6 Ah, &lt;b&gt;%7 kWh&lt;/b&gt;).</source>
        <translation>À %1, l&apos;onduleur démarre le groupe électrogène &lt;b&gt;dans %2&lt;/b&gt;, quand %3 indique %4 ; le parc contient alors encore &lt;b&gt;%5&lt;/b&gt; (%6 Ah, &lt;b&gt;%7 kWh&lt;/b&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="367"/>
        <source>At %1 the bank &lt;b&gt;empties in %2&lt;/b&gt; before %3 reaches %4: &lt;b&gt;the generator never starts in time&lt;/b&gt;.</source>
        <translation>À %1, le parc &lt;b&gt;se vide en %2&lt;/b&gt; avant que %3 atteigne %4 : &lt;b&gt;le groupe électrogène ne démarre jamais à temps&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/inverterpage.cpp" line="372"/>
        <source>On the way %1 cut off (their BMS disconnects) and the others carry the load.</source>
        <translation>En route, %1 coupent (leur BMS se déconnecte) et les autres portent la charge.</translation>
    </message>
</context>
<context>
    <name>InverterSettingsPage</name>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="37"/>
        <source>Inverter settings</source>
        <translation>Réglages de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="38"/>
        <source>Where to go in the inverter&apos;s menu and what to select, and what to set on the battery&apos;s port.</source>
        <translation>Où aller dans le menu de l&apos;onduleur et quoi choisir, et quoi régler sur le port de la batterie.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="47"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="48"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="49"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="51"/>
        <source>Set on the inverter (and on the battery&apos;s port in the vendor&apos;s app) as above</source>
        <translation>Réglé sur l&apos;onduleur (et sur le port de la batterie dans l&apos;application du fabricant) comme ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="59"/>
        <source>On the inverter</source>
        <translation>Sur l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="61"/>
        <source>Menu path:</source>
        <translation>Chemin du menu :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="62"/>
        <source>Select:</source>
        <translation>Choisir :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="63"/>
        <source>Link:</source>
        <translation>Liaison :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="64"/>
        <source>It expects:</source>
        <translation>Il attend :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="66"/>
        <source>On the battery&apos;s port</source>
        <translation>Sur le port de la batterie</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="69"/>
        <source>BankScope writes no BMS setting: what this asks for on the battery, set in the vendor&apos;s app.</source>
        <translation>BankScope n&apos;écrit aucun réglage BMS : ce que cela demande côté batterie se règle dans l&apos;application du fabricant.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="73"/>
        <source>When BMS data stops</source>
        <translation>Quand les données BMS s&apos;arrêtent</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="75"/>
        <source>The inverter:</source>
        <translation>L&apos;onduleur :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="77"/>
        <source>Set on this site to:</source>
        <translation>Réglé sur ce site à :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="107"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="108"/>
        <source>unknown — see the inverter&apos;s manual</source>
        <translation>inconnu — voir le manuel de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="126"/>
        <source> every %1 s</source>
        <translation> toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="138"/>
        <source>whether it sends a keep-alive is not in the sources</source>
        <translation>les sources ne disent pas s&apos;il envoie un keep-alive</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="140"/>
        <source>it sends no keep-alive</source>
        <translation>il n&apos;envoie pas de keep-alive</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="142"/>
        <source>its keep-alive %1 answers each 0x356</source>
        <translation>son keep-alive %1 répond à chaque 0x356</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="144"/>
        <source>its keep-alive %1 is periodic</source>
        <translation>son keep-alive %1 est périodique</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="145"/>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/invertersettingspage.cpp" line="157"/>
        <source>%1. %2 Decide it deliberately: it decides whether losing the master stops this site.</source>
        <translation>%1. %2 Décidez-le en connaissance de cause : cela détermine si la perte du maître arrête ce site.</translation>
    </message>
</context>
<context>
    <name>InverterViewModel</name>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="53"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="103"/>
        <source>%1 cell %2</source>
        <translation>%1 cellule %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="104"/>
        <source>%1 sensor %2</source>
        <translation>%1 capteur %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="108"/>
        <source>%1 (highest of %2)</source>
        <translation>%1 (le plus haut de %2)</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="109"/>
        <source>%1 (lowest of %2)</source>
        <translation>%1 (le plus bas de %2)</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="116"/>
        <source>No online pack reports it.</source>
        <translation>Aucun pack en ligne ne le signale.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="125"/>
        <source>%1 = capacity-weighted mean of %2 (%3 Ah)</source>
        <translation>%1 = moyenne pondérée par la capacité de %2 (%3 Ah)</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="127"/>
        <source>%1 = capacity-weighted mean of %2</source>
        <translation>%1 = moyenne pondérée par la capacité de %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="130"/>
        <source>%1 = mean of %2</source>
        <translation>%1 = moyenne de %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="132"/>
        <source>%1 = sum of %2</source>
        <translation>%1 = somme de %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="145"/>
        <source>%1 = %2 cell %3, lowest of %4 cells</source>
        <translation>%1 = %2 cellule %3, la plus basse de %4 cellules</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="146"/>
        <source>%1 = %2 cell %3, highest of %4 cells</source>
        <translation>%1 = %2 cellule %3, la plus haute de %4 cellules</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="147"/>
        <source>%1 = %2 sensor %3, lowest of %4 sensors</source>
        <translation>%1 = %2 capteur %3, le plus bas de %4 capteurs</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="148"/>
        <source>%1 = %2 sensor %3, highest of %4 sensors</source>
        <translation>%1 = %2 capteur %3, le plus haut de %4 capteurs</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="150"/>
        <source>%1 = %2, lowest of %3 packs</source>
        <translation>%1 = %2, le plus bas de %3 packs</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="151"/>
        <source>%1 = %2, highest of %3 packs</source>
        <translation>%1 = %2, le plus haut de %3 packs</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="157"/>
        <source>%1 = %2 packs × %3, weakest %4</source>
        <translation>%1 = %2 packs × %3, le plus faible %4</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="163"/>
        <source>No pack is online.</source>
        <translation>Aucun pack n&apos;est en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="163"/>
        <source>%1 = %2 online</source>
        <translation>%1 = %2 en ligne</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="165"/>
        <source>%1 = %2&apos;s own value (the master&apos;s, nothing aggregated)</source>
        <translation>%1 = la valeur propre de %2 (celle du maître, rien d&apos;agrégé)</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="170"/>
        <source>%1 as reported on %2</source>
        <translation>%1 tel que signalé sur %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="221"/>
        <source>✗ receives nothing</source>
        <translation>✗ ne reçoit rien</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="224"/>
        <source>≠ can see</source>
        <translation>≠ peut voir</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="226"/>
        <source>≠ is told</source>
        <translation>≠ est transmis</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="227"/>
        <source>✓ matches</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="234"/>
        <source>The inverter receives no BMS data (the master or aggregator is offline). It falls back to its own voltage reading; see the fallback panel.</source>
        <translation>L&apos;onduleur ne reçoit aucune donnée BMS (le maître ou l&apos;agrégateur est hors ligne). Il se rabat sur sa propre mesure de tension ; voir le panneau de repli.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="239"/>
        <source>The inverter can see other alarms than the packs raise.</source>
        <translation>L&apos;onduleur peut voir d&apos;autres alarmes que celles des packs.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="241"/>
        <source>The master tells the inverter other protections than the packs raise.</source>
        <translation>Le maître transmet à l&apos;onduleur d&apos;autres protections que celles des packs.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="242"/>
        <source>What the inverter can see and is told matches the packs.</source>
        <translation>Ce que l&apos;onduleur peut voir et ce qui lui est transmis concordent avec les packs.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="249"/>
        <source>It can see %1 but should see %2 (%3): %4.</source>
        <translation>Il peut voir %1 mais devrait voir %2 (%3) : %4.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="253"/>
        <source>It cannot see this value at all in a %1 bank.</source>
        <translation>Il ne peut pas du tout voir cette valeur dans un parc %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="258"/>
        <source>It is told %1 but should see %2 (%3); compared at the wire&apos;s resolution of %4.</source>
        <translation>On lui transmet %1 mais il devrait voir %2 (%3) ; comparé à la résolution du fil de %4.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="264"/>
        <source>Should see, can see and is told agree.</source>
        <translation>Devrait voir, peut voir et transmis concordent.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="265"/>
        <source>Should see and can see agree; nothing told to the inverter is decoded.</source>
        <translation>Devrait voir et peut voir concordent ; rien de ce qui est transmis à l&apos;onduleur n&apos;est décodé.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="309"/>
        <source>From the packs&apos; own alarm flags under the rule &quot;%1&quot;.</source>
        <translation>D&apos;après les indicateurs d&apos;alarme propres des packs, avec la règle « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="311"/>
        <source>What the inverter can see given the architecture.</source>
        <translation>Ce que l&apos;onduleur peut voir compte tenu de l&apos;architecture.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="313"/>
        <source>Decoded from the master&apos;s messages to the inverter.</source>
        <translation>Décodé des messages du maître à l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="313"/>
        <source>No inverter link is decoded.</source>
        <translation>Aucune liaison vers l&apos;onduleur n&apos;est décodée.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="326"/>
        <source>%1 from %2</source>
        <translation>%1 d&apos;après %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="329"/>
        <source>No pack raises any (rule: %1)</source>
        <translation>Aucun pack n&apos;en lève (règle : %1)</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="331"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="376"/>
        <source>Unit: %1. </source>
        <translation>Unité : %1. </translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="381"/>
        <source>Computed by BankScope from the packs&apos; own readings (rule: %1).</source>
        <translation>Calculé par BankScope d&apos;après les mesures propres des packs (règle : %1).</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="385"/>
        <source>The inverter receives no BMS data and guesses the SOC from the bus voltage alone (%1 on a LiFePO4 rest curve%2). %3</source>
        <translation>L&apos;onduleur ne reçoit aucune donnée BMS et estime le SOC d&apos;après la seule tension du bus (%1 sur une courbe de repos LiFePO4%2). %3</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="388"/>
        <source>, the last voltage BankScope heard</source>
        <translation>, la dernière tension entendue par BankScope</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="389"/>
        <source>The packs hold %1: the guess is %2 points off.</source>
        <translation>Les packs sont à %1 : l&apos;estimation a %2 points d&apos;écart.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="396"/>
        <source>What a %1 bank lets the inverter see. Rule: %2. From: %3.</source>
        <translation>Ce qu&apos;un parc %1 laisse voir à l&apos;onduleur. Règle : %2. D&apos;après : %3.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="402"/>
        <source>No link to the inverter is decoded (or it has been silent for 5 s).</source>
        <translation>Aucune liaison vers l&apos;onduleur n&apos;est décodée (ou elle est muette depuis 5 s).</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="403"/>
        <source>Decoded from what the master sends the inverter on %1.</source>
        <translation>Décodé de ce que le maître envoie à l&apos;onduleur sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="405"/>
        <source>The master&apos;s messages do not carry this field.</source>
        <translation>Les messages du maître ne portent pas ce champ.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="409"/>
        <source>Rule: %1. Set by: %2.</source>
        <translation>Règle : %1. Réglée par : %2.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="425"/>
        <source>≈ %1 from voltage</source>
        <translation>≈ %1 d&apos;après la tension</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="445"/>
        <source>What the core computes from every online pack under the current rules.</source>
        <translation>Ce que le cœur calcule d&apos;après chaque pack en ligne avec les règles actuelles.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="447"/>
        <source>What the inverter can see given how the bank is wired (the architecture).</source>
        <translation>Ce que l&apos;onduleur peut voir compte tenu du câblage du parc (l&apos;architecture).</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="449"/>
        <source>What the master actually sends the inverter, decoded from its link.</source>
        <translation>Ce que le maître envoie réellement à l&apos;onduleur, décodé depuis sa liaison.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="451"/>
        <source>✓ matches, ≠ differs, ✗ nothing reaches the inverter.</source>
        <translation>✓ concorde, ≠ diffère, ✗ rien n&apos;atteint l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="468"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="470"/>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="395"/>
        <source>The inverter receives no BMS data (master or aggregator offline).</source>
        <translation>L&apos;onduleur ne reçoit aucune donnée BMS (maître ou agrégateur hors ligne).</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="337"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="337"/>
        <source>Protections</source>
        <translation>Protections</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="344"/>
        <location filename="../ui/inverterviewmodel.cpp" line="426"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="460"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="462"/>
        <source>Inverter should see</source>
        <translation>Ce que l&apos;onduleur devrait voir</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="464"/>
        <source>Inverter can see</source>
        <translation>Ce que l&apos;onduleur peut voir</translation>
    </message>
    <message>
        <location filename="../ui/inverterviewmodel.cpp" line="466"/>
        <source>Inverter is told</source>
        <translation>Ce qui est transmis à l&apos;onduleur</translation>
    </message>
</context>
<context>
    <name>JkLegacy</name>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="62"/>
        <source>a JK-B frame starts 4E 57</source>
        <translation>une trame JK-B commence par 4E 57</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="64"/>
        <source>a JK-B frame has at least %1 bytes, got %2</source>
        <translation>une trame JK-B a au moins %1 octets, reçu %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="68"/>
        <source>length mismatch: LEN says %1 bytes in all, frame has %2</source>
        <translation>longueur incohérente : LEN indique %1 octets en tout, la trame en a %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="71"/>
        <source>end mark 0x68 missing before the checksum</source>
        <translation>marque de fin 0x68 absente avant la somme de contrôle</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="76"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation>somme de contrôle incohérente : la trame indique %1, calculé %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="127"/>
        <source>cell list 0x79 without its length byte</source>
        <translation>liste de cellules 0x79 sans son octet de longueur</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="131"/>
        <source>cell list length %1 is not a multiple of 3</source>
        <translation>la longueur %1 de la liste de cellules n&apos;est pas un multiple de 3</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="135"/>
        <source>unknown data ID 0x%1 at INFO offset %2: its size is not known</source>
        <translation>identifiant de donnée 0x%1 inconnu à la position INFO %2 : sa taille n&apos;est pas connue</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jklegacy.cpp" line="139"/>
        <source>data ID 0x%1 needs %2 bytes, %3 left</source>
        <translation>l&apos;identifiant de donnée 0x%1 demande %2 octets, il en reste %3</translation>
    </message>
</context>
<context>
    <name>JkPb</name>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="42"/>
        <source>CRC mismatch: frame says %1, computed %2</source>
        <translation>CRC incohérent : la trame indique %1, calculé %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="63"/>
        <source>fragment: a record cut short after %1 of its 300 bytes (capture stopped mid-frame)</source>
        <translation>fragment : un enregistrement coupé après %1 de ses 300 octets (capture arrêtée en pleine trame)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="74"/>
        <location filename="../protocols/codecs/streamdecoder.cpp" line="48"/>
        <source>fragment: no record header (capture started or stopped mid-frame)</source>
        <translation>fragment : pas d&apos;en-tête d&apos;enregistrement (capture commencée ou arrêtée en pleine trame)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="80"/>
        <source>a Modbus RTU frame has at least 5 bytes, got %1</source>
        <translation>une trame Modbus RTU a au moins 5 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="85"/>
        <source>an exception reply has 5 bytes, got %1</source>
        <translation>une réponse d&apos;exception a 5 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="105"/>
        <source>FC03 frame of %1 bytes is neither a request (8) nor a reply (5 + byte count %2)</source>
        <translation>une trame FC03 de %1 octets n&apos;est ni une requête (8) ni une réponse (5 + nombre d&apos;octets %2)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="120"/>
        <source>FC16 request says %1 data bytes, frame has %2</source>
        <translation>une requête FC16 indique %1 octets de données, la trame en a %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="131"/>
        <source>FC16 writes %1 registers but carries %2 bytes</source>
        <translation>FC16 écrit %1 registres mais porte %2 octets</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="135"/>
        <source>FC16 frame of %1 bytes is cut short</source>
        <translation>une trame FC16 de %1 octets est tronquée</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="138"/>
        <source>Modbus function 0x%1 is not used by JK-PB (only 0x03 and 0x10)</source>
        <translation>La fonction Modbus 0x%1 n&apos;est pas utilisée par JK-PB (seulement 0x03 et 0x10)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="180"/>
        <source>a JK record starts 55 AA EB 90</source>
        <translation>un enregistrement JK commence par 55 AA EB 90</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="182"/>
        <location filename="../protocols/codecs/jkpb.cpp" line="184"/>
        <source>a JK record has 300 bytes, got %1</source>
        <translation>un enregistrement JK fait 300 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="189"/>
        <source>checksum mismatch: record says %1, computed %2</source>
        <translation>somme de contrôle incohérente : l&apos;enregistrement indique %1, calculé %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="195"/>
        <source>record type %1 is not 1 (settings), 2 (status) or 3 (about)</source>
        <translation>le type d&apos;enregistrement %1 n&apos;est ni 1 (réglages), ni 2 (état), ni 3 (à propos)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="215"/>
        <source>a record reply has 310 bytes, got %1</source>
        <translation>une réponse d&apos;enregistrement fait 310 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="227"/>
        <source>expected the 8-byte FC16 ACK after the record, got %1 bytes</source>
        <translation>ACK FC16 de 8 octets attendu après l&apos;enregistrement, reçu %1 octets</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/jkpb.cpp" line="232"/>
        <source>the bytes after the record are not an FC16 ACK</source>
        <translation>les octets après l&apos;enregistrement ne sont pas un ACK FC16</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../protocols/links/link.cpp" line="39"/>
        <source>the SLCAN adapter did not tell its version</source>
        <translation>l&apos;adaptateur SLCAN n&apos;a pas indiqué sa version</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="40"/>
        <source>SLCAN adapter version %1</source>
        <translation>Adaptateur SLCAN version %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="42"/>
        <source>the SLCAN adapter refused &apos;L&apos; (listen-only); it took the CANable 2.0 silent mode &apos;M1&apos; instead</source>
        <translation>l&apos;adaptateur SLCAN a refusé « L » (écoute seule) ; il a accepté à la place le mode silencieux « M1 » du CANable 2.0</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="45"/>
        <source>%1 is not in listen-only mode: its controller acknowledges frames and may send error frames on the bus. To listen strictly: %2</source>
        <translation>%1 n&apos;est pas en écoute seule : son contrôleur acquitte les trames et peut envoyer des trames d&apos;erreur sur le bus. Pour écouter strictement : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="49"/>
        <source>%1 runs at %2 bit/s, not the %3 asked for: the bit rate belongs to the interface (ip link), BankScope does not change it</source>
        <translation>%1 fonctionne à %2 bit/s, pas aux %3 demandés : le débit appartient à l&apos;interface (ip link), BankScope ne le change pas</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="53"/>
        <source>cannot read the state of %1 (%2): check that it is listen-only (ip -details link show %1)</source>
        <translation>impossible de lire l&apos;état de %1 (%2) : vérifiez qu&apos;il est en écoute seule (ip -details link show %1)</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="57"/>
        <source>%1 is a virtual CAN interface: no controller, nothing to set</source>
        <translation>%1 est une interface CAN virtuelle : pas de contrôleur, rien à régler</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="59"/>
        <source>the %1 plugin&apos;s interface owns its bit rate: %2 bit/s is not applied</source>
        <translation>l&apos;interface du plugin %1 gère son propre débit : %2 bit/s n&apos;est pas appliqué</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="62"/>
        <source>the %1 plugin has no listen-only setting: BankScope sends nothing, but the adapter&apos;s controller acknowledges frames</source>
        <translation>le plugin %1 n&apos;a pas de réglage d&apos;écoute seule : BankScope n&apos;envoie rien, mais le contrôleur de l&apos;adaptateur acquitte les trames</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="126"/>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="128"/>
        <source>Cannot open the adapter</source>
        <translation>Impossible d&apos;ouvrir l&apos;adaptateur</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="130"/>
        <source>The adapter refused a setting</source>
        <translation>L&apos;adaptateur a refusé un réglage</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="132"/>
        <source>Reading from the adapter failed</source>
        <translation>La lecture depuis l&apos;adaptateur a échoué</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="134"/>
        <source>Writing to the adapter failed</source>
        <translation>L&apos;écriture vers l&apos;adaptateur a échoué</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="136"/>
        <source>The adapter was unplugged</source>
        <translation>L&apos;adaptateur a été débranché</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="138"/>
        <source>The adapter reported an error</source>
        <translation>L&apos;adaptateur a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../protocols/links/link.cpp" line="140"/>
        <source>Unknown adapter error</source>
        <translation>Erreur inconnue de l&apos;adaptateur</translation>
    </message>
</context>
<context>
    <name>LinkChip</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="217"/>
        <source>Link %1</source>
        <translation>Liaison %1</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="30"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="31"/>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="32"/>
        <source>listening first</source>
        <translation>écoute d&apos;abord</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="33"/>
        <source>listening only</source>
        <translation>écoute seule</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="34"/>
        <source>polling</source>
        <translation>interrogation</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="35"/>
        <source>replaying</source>
        <translation>relecture</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="36"/>
        <source>replay paused</source>
        <translation>relecture en pause</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="37"/>
        <source>replay ended</source>
        <translation>relecture terminée</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="38"/>
        <source>simulated</source>
        <translation>simulée</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="39"/>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionplan.cpp" line="40"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
</context>
<context>
    <name>LinkStatusBar</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="256"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
</context>
<context>
    <name>LinkStatusText</name>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="39"/>
        <source>listen</source>
        <translation>écoute</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="41"/>
        <source>poll</source>
        <translation>interrogation</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="43"/>
        <source>emulate</source>
        <translation>émulation</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="54"/>
        <source>%1 baud</source>
        <translation>%1 bauds</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="56"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="57"/>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="64"/>
        <source>listening first, %1 s left</source>
        <translation>écoute d&apos;abord, encore %1 s</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="66"/>
        <source>reconnecting in %1 s</source>
        <translation>reconnexion dans %1 s</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="69"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="78"/>
        <source>link</source>
        <translation>liaison</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="82"/>
        <source>%1 frames/s</source>
        <translation>%1 trames/s</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="83"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="83"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="96"/>
        <source>the adapter went away</source>
        <translation>l&apos;adaptateur a disparu</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="97"/>
        <source>%1: %2 — reconnecting in %3 s; plug it back in and BankScope carries on.</source>
        <translation>%1 : %2 — reconnexion dans %3 s ; rebranchez-le et BankScope continue.</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="105"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="106"/>
        <source>no protocol chosen</source>
        <translation>aucun protocole choisi</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="107"/>
        <source>%1: bytes arrive but no valid frames: wrong baud or protocol?%2 Check the speed and the protocol, or swap the A and B wires.</source>
        <translation>%1 : des octets arrivent mais aucune trame valide : mauvais débit ou mauvais protocole ?%2 Vérifiez la vitesse et le protocole, ou inversez les fils A et B.</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="123"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="124"/>
        <source>Role: %1 — %2</source>
        <translation>Rôle : %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="126"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="128"/>
        <source>Listening before it may poll: %1 s left; BankScope stays silent if anyone else talks.</source>
        <translation>Écoute avant de pouvoir interroger : encore %1 s ; BankScope reste muet si quelqu&apos;un d&apos;autre parle.</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="131"/>
        <source>Heard: %1</source>
        <translation>Entendu : %1</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="132"/>
        <source>%1 frames (%2 frames/s), %3 bytes received, %4 bytes sent, %5 errors</source>
        <translation>%1 trames (%2 trames/s), %3 octets reçus, %4 octets envoyés, %5 erreurs</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="140"/>
        <source>File time: %1</source>
        <translation>Heure du fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="142"/>
        <source>%1 unreadable lines, the first on line %2</source>
        <translation>%1 lignes illisibles, la première à la ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="181"/>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <location filename="../ui/linkstatusbar.cpp" line="183"/>
        <source>%1:%2:%3.%4 from the file&apos;s start</source>
        <translation>%1:%2:%3.%4 depuis le début du fichier</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../ui/linkspage.cpp" line="31"/>
        <source>Problems &amp;only</source>
        <translation>Problèmes &amp;seulement</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="32"/>
        <location filename="../ui/linkspage.cpp" line="122"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="37"/>
        <source>Statistics per address and CAN id</source>
        <translation>Statistiques par adresse et identifiant CAN</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="47"/>
        <location filename="../ui/linkspage.cpp" line="90"/>
        <source>Raw traffic</source>
        <translation>Trafic brut</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="71"/>
        <source>Filter: link, address, CAN id, bytes or decoded text</source>
        <translation>Filtre : liaison, adresse, identifiant CAN, octets ou texte décodé</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="73"/>
        <source>Traffic filter</source>
        <translation>Filtre du trafic</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="76"/>
        <source>Stop adding rows to look at them. Traffic is still counted and decoded; what the log no longer holds when you resume is counted as not shown.</source>
        <translation>Arrête d&apos;ajouter des lignes pour pouvoir les lire. Le trafic reste compté et décodé ; ce que le journal ne contient plus à la reprise est compté comme non affiché.</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="80"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="81"/>
        <source>Empty the view (the statistics above are kept).</source>
        <translation>Vider la vue (les statistiques ci-dessus sont gardées).</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="94"/>
        <source>Per address and CAN id</source>
        <translation>Par adresse et identifiant CAN</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="105"/>
        <source>This source reports no link statistics.</source>
        <translation>Cette source ne fournit aucune statistique de liaison.</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="122"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="134"/>
        <source>Paused. </source>
        <translation>En pause. </translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="136"/>
        <source>Every row shown (%1).</source>
        <translation>Chaque ligne est affichée (%1).</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="138"/>
        <source>%1 rows not shown: they came faster than the view shows them, or while it was paused (%2 shown).</source>
        <translation>%1 lignes non affichées : elles arrivaient plus vite que la vue ne les affiche, ou pendant la pause (%2 affichées).</translation>
    </message>
    <message>
        <location filename="../ui/linkspage.cpp" line="141"/>
        <source>The statistics above count every unit; only the raw view skips rows.</source>
        <translation>Les statistiques ci-dessus comptent chaque unité ; seule la vue brute saute des lignes.</translation>
    </message>
</context>
<context>
    <name>LogInference::Verdict</name>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="48"/>
        <source>a BankScope recording</source>
        <translation>un enregistrement BankScope</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="48"/>
        <source>a candump log</source>
        <translation>un journal candump</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="51"/>
        <source>candump screen output without time stamps (every frame at time 0)</source>
        <translation>une sortie écran de candump sans horodatage (chaque trame au temps 0)</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="52"/>
        <source>candump screen output (time stamps: %1)</source>
        <translation>une sortie écran de candump (horodatage : %1)</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="55"/>
        <source>a SavvyCAN CSV log</source>
        <translation>un journal CSV SavvyCAN</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="58"/>
        <source>a Vector ASC log</source>
        <translation>un journal Vector ASC</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="61"/>
        <source>frames written one per line</source>
        <translation>des trames écrites une par ligne</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="66"/>
        <source>serial traffic read as %1 (%2 valid frames in its first part)</source>
        <translation>trafic série lu comme %1 (%2 trames valides dans sa première partie)</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="69"/>
        <source>serial traffic in which no protocol finds a valid frame</source>
        <translation>trafic série dans lequel aucun protocole ne trouve de trame valide</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="73"/>
        <source>CAN frames read as %1 (dialect not told by the first frames)</source>
        <translation>trames CAN lues comme %1 (dialecte non déterminé par les premières trames)</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="74"/>
        <source>CAN frames read as %1, dialect %2</source>
        <translation>trames CAN lues comme %1, dialecte %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/loginference.cpp" line="76"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="118"/>
        <source>longer than %1 bytes: not a line of a log</source>
        <translation>plus long que %1 octets : pas une ligne de journal</translation>
    </message>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="135"/>
        <source>%1 (the file ends inside this line: cut short?)</source>
        <translation>%1 (le fichier se termine au milieu de cette ligne : tronqué ?)</translation>
    </message>
</context>
<context>
    <name>LoopbackBank</name>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="23"/>
        <location filename="../protocols/sim/loopbackbank.cpp" line="138"/>
        <source>ADR %1</source>
        <translation>ADR %1</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="25"/>
        <source>RTN 0x%1</source>
        <translation>RTN 0x%1</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="27"/>
        <source>%1 modules</source>
        <translation>%1 modules</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="29"/>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="31"/>
        <source>SOC %1 %</source>
        <translation>SOC %1 %</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="33"/>
        <source>CCL %1 A</source>
        <translation>CCL %1 A</translation>
    </message>
    <message>
        <location filename="../protocols/sim/loopbackbank.cpp" line="35"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>BankScope — %1</source>
        <translation>BankScope — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Procédures</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Commission a bank…</source>
        <translation>&amp;Mettre en service un parc…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Link problems</source>
        <translation>Problèmes de liaison</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Open recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Replay a BankScope recording, a candump log, a Vector ASC or a SavvyCAN CSV into every view</source>
        <translation>Relire dans toutes les vues un enregistrement BankScope, un journal candump, un ASC Vector ou un CSV SavvyCAN</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un enregistrement &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer le trafic…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Record every link&apos;s traffic to a file, to replay or send later</source>
        <translation>Enregistrer le trafic de chaque liaison dans un fichier, pour le relire ou l&apos;envoyer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Stop recording</source>
        <translation>&amp;Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Pause replay</source>
        <translation>Mettre la relecture en &amp;pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Print a commissioning report…</source>
        <translation>&amp;Imprimer un rapport de mise en service…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Open a saved commissioning plan and preview, print or export its report</source>
        <translation>Ouvrir un plan de mise en service enregistré et prévisualiser, imprimer ou exporter son rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Save a support &amp;bundle…</source>
        <translation>Enregistrer une archive de &amp;support…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>One ZIP for a vendor&apos;s service desk: plan, recording, findings, freeze-frames, firmware, cell voltages; nothing is sent anywhere</source>
        <translation>Un seul ZIP pour le support technique d&apos;un fabricant : plan, enregistrement, constats, instantanés, firmware, tensions des cellules ; rien n&apos;est envoyé nulle part</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>The Events page: filter by pack; every other page: the raw traffic filter of the Links page</source>
        <translation>Page Événements : filtrer par pack ; toute autre page : le filtre du trafic brut de la page Liaisons</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Pick the adapters, protocol, speed and role; the last connection is offered again</source>
        <translation>Choisir les adaptateurs, le protocole, la vitesse et le rôle ; la dernière connexion est proposée à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Auto-detect…</source>
        <translation>Détection &amp;automatique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Listen to an adapter at every speed and find the protocol; never transmits</source>
        <translation>Écouter un adaptateur à chaque vitesse et trouver le protocole ; n&apos;émet jamais</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Print a &amp;failover card…</source>
        <translation>Imprimer une &amp;fiche de secours…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Open a saved commissioning plan and preview, print or export the site&apos;s failover card, in the site owner&apos;s language</source>
        <translation>Ouvrir un plan de mise en service enregistré et prévisualiser, imprimer ou exporter la fiche de secours du site, dans la langue du propriétaire du site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Diagnose a communication fault…</source>
        <translation>&amp;Diagnostiquer un défaut de communication…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Why does the inverter say &quot;BMS communication fault&quot;? Reads a recording of the link; never transmits</source>
        <translation>Pourquoi l&apos;onduleur affiche-t-il « BMS communication fault » ? Lit un enregistrement de la liaison ; n&apos;émet jamais</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Adapters in the field</source>
        <translation>&amp;Adaptateurs sur le terrain</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;About BankScope</source>
        <translation>À &amp;propos de BankScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Every pack and the bank&apos;s findings</source>
        <translation>Chaque pack et les constats du parc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>One pack: cells, temperatures, trends</source>
        <translation>Un pack : cellules, températures, tendances</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Every cell of the bank in one map</source>
        <translation>Chaque cellule du parc sur une seule carte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Inverter</source>
        <translation>Onduleur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>What the inverter should see, can see and is told</source>
        <translation>Ce que l&apos;onduleur devrait voir, peut voir et ce qui lui est transmis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Alarms and events with freeze-frames</source>
        <translation>Alarmes et événements avec instantanés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Link health and raw traffic</source>
        <translation>État des liaisons et trafic brut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>REPLAY of %1 — no event read yet</source>
        <translation>RELECTURE de %1 — aucun événement lu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>REPLAY of %1 — file time %2</source>
        <translation>RELECTURE de %1 — heure du fichier %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source> (ended)</source>
        <translation> (terminée)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>More in Help › Adapters in the field (F1).</source>
        <translation>Plus d&apos;informations dans Aide › Adaptateurs sur le terrain (F1).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>&amp;Resume replay</source>
        <translation>Re&amp;prendre la relecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>File time —</source>
        <translation>Heure du fichier —</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>File time %1</source>
        <translation>Heure du fichier %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>● Recording to %1</source>
        <translation>● Enregistrement dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="531"/>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="561"/>
        <source>%1 — BankScope</source>
        <translation>%1 — BankScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>BankScope</source>
        <translation>BankScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source> — recording</source>
        <translation> — enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>Recordings (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation>Enregistrements (*.log *.asc *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>Record to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>BankScope recordings (*.log)</source>
        <translation>Enregistrements BankScope (*.log)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Open a commissioning plan</source>
        <translation>Ouvrir un plan de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Plans de mise en service (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>Open a recording to diagnose</source>
        <translation>Ouvrir un enregistrement à diagnostiquer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>Recordings and CAN logs (*.log *.asc *.csv *.txt);;All files (*)</source>
        <translation>Enregistrements et journaux CAN (*.log *.asc *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="664"/>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>Print a commissioning report</source>
        <translation>Imprimer un rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="665"/>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>This plan cannot be opened:
%1: %2</source>
        <translation>Ce plan ne peut pas être ouvert :
%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>Print a failover card</source>
        <translation>Imprimer une fiche de secours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>The window&apos;s language changes at the next start of BankScope.</source>
        <translation>La langue de la fenêtre change au prochain démarrage de BankScope.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Dark palette</source>
        <translation>Palette &amp;sombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>A dark palette for a dim plant room; the light one reads better in sunlight.</source>
        <translation>Une palette sombre pour un local technique peu éclairé ; la claire se lit mieux au soleil.</translation>
    </message>
</context>
<context>
    <name>ManualCheckDialog</name>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="18"/>
        <source>Record a check by hand</source>
        <translation>Noter un contrôle fait à la main</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="20"/>
        <source>Next step: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="24"/>
        <source>Checked by hand: as it should be</source>
        <translation>Vérifié à la main : conforme</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="25"/>
        <source>Checked by hand: a problem was found</source>
        <translation>Vérifié à la main : un problème a été trouvé</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="28"/>
        <source>What you looked at and what you found, e.g. “ALM LED off on all units, RUN flashing”</source>
        <translation>Ce que vous avez regardé et ce que vous avez trouvé, p. ex. « voyant ALM éteint sur toutes les unités, RUN clignote »</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="29"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="31"/>
        <source>e.g. IMG_2041.jpg</source>
        <translation>p. ex. IMG_2041.jpg</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="34"/>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="35"/>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="36"/>
        <source>&amp;Photo reference:</source>
        <translation>Référence de la &amp;photo :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="38"/>
        <source>Record</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/manualcheckdialog.cpp" line="42"/>
        <source>A note is needed: what did you check, and what did you find?</source>
        <translation>Une remarque est nécessaire : qu&apos;avez-vous vérifié, et qu&apos;avez-vous trouvé ?</translation>
    </message>
</context>
<context>
    <name>MonitorVerificationSource</name>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="33"/>
        <source>%1 (BankScope polls)</source>
        <translation>%1 (BankScope interroge)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="33"/>
        <source>%1 (BankScope listens)</source>
        <translation>%1 (BankScope écoute)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="35"/>
        <source>The bank in this window: %n pack(s) configured</source>
        <translation>
            <numerusform>Le parc de cette fenêtre : %n pack configuré</numerusform>
            <numerusform>Le parc de cette fenêtre : %n packs configurés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="37"/>
        <source>, heard on %1</source>
        <translation>, entendu sur %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="40"/>
        <source>This source reads no serial numbers, so the checks that match readings by serial say &quot;not measured&quot;.</source>
        <translation>Cette source ne lit aucun numéro de série, donc les contrôles qui associent les mesures par numéro de série indiquent « non mesuré ».</translation>
    </message>
    <message>
        <location filename="../ui/wizards/monitorverificationsource.cpp" line="48"/>
        <source>The window shows no bank: connect to one first.</source>
        <translation>La fenêtre n&apos;affiche aucun parc : connectez-vous d&apos;abord à un parc.</translation>
    </message>
    <message>
        <location filename="../core/verificationcollector.cpp" line="242"/>
        <source>the BMS on %1</source>
        <translation>le BMS sur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verificationcollector.cpp" line="249"/>
        <source>another master (%n request(s) BankScope did not send)</source>
        <translation>
            <numerusform>un autre maître (%n requête que BankScope n&apos;a pas envoyée)</numerusform>
            <numerusform>un autre maître (%n requêtes que BankScope n&apos;a pas envoyées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="13"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="14"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="15"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="16"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="18"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="18"/>
        <source>Breaker or switch label</source>
        <translation>Repère du disjoncteur ou de l&apos;interrupteur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="23"/>
        <source>One step per row, in order; the second column is the label on the breaker or switch the step names. Insert adds a step, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Une étape par ligne, dans l&apos;ordre ; la deuxième colonne est le repère du disjoncteur ou de l&apos;interrupteur que nomme l&apos;étape. Inser ajoute une étape, Suppr la retire, Alt+Haut et Alt+Bas la déplacent.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="29"/>
        <source>Add a step after the selected one (Insert)</source>
        <translation>Ajouter une étape après celle sélectionnée (Inser)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="30"/>
        <source>Remove the selected step (Delete)</source>
        <translation>Retirer l&apos;étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="31"/>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Monter l&apos;étape sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ordereditor.cpp" line="32"/>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape sélectionnée (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="53"/>
        <source>Packs of the bank</source>
        <translation>Packs du parc</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="59"/>
        <source>Click a column&apos;s header to sort by it.</source>
        <translation>Cliquez sur l&apos;en-tête d&apos;une colonne pour trier.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="66"/>
        <location filename="../ui/overviewpage.cpp" line="76"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="75"/>
        <source>Packs (double-click or Enter for cells and trends)</source>
        <translation>Packs (double-clic ou Entrée pour les cellules et les tendances)</translation>
    </message>
</context>
<context>
    <name>PackCondition</name>
    <message>
        <location filename="../core/packstate.cpp" line="17"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="18"/>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="19"/>
        <source>Asleep</source>
        <translation>En veille</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="21"/>
        <source>Not answering (master reports RTN 0x91)</source>
        <translation>Ne répond pas (le maître signale RTN 0x91)</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="22"/>
        <source>No answer (time-outs)</source>
        <translation>Pas de réponse (délais dépassés)</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="23"/>
        <source>Checksum errors</source>
        <translation>Erreurs de somme de contrôle</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="24"/>
        <source>Another master on the bus</source>
        <translation>Un autre maître sur le bus</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="25"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../ui/packpage.cpp" line="62"/>
        <location filename="../ui/packpage.cpp" line="123"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="63"/>
        <source>Lowest of this pack</source>
        <translation>La plus basse de ce pack</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="64"/>
        <source>Highest of this pack</source>
        <translation>La plus haute de ce pack</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="68"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="82"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="85"/>
        <source>Trend time window</source>
        <translation>Fenêtre de tendance</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="86"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="87"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="88"/>
        <source>Whole session</source>
        <translation>Toute la session</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="89"/>
        <source>The history is kept in fixed memory: the last hour sample by sample (one a second), the whole session merged into 2048 spans that keep each span&apos;s lowest and highest value.</source>
        <translation>L&apos;historique tient dans une mémoire fixe : la dernière heure échantillon par échantillon (un par seconde), toute la session fusionnée en 2048 tranches qui gardent la valeur la plus basse et la plus haute de chacune.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="98"/>
        <source>&amp;Pack:</source>
        <translation>&amp;Pack :</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="103"/>
        <source>&amp;Trend window:</source>
        <translation>Fenêtre de &amp;tendance :</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="122"/>
        <source>mV</source>
        <translation>mV</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="130"/>
        <source>Cell voltages of the pack</source>
        <translation>Tensions des cellules du pack</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="146"/>
        <source>Cell %1: %2 mV (%3 from the pack mean)</source>
        <translation>Cellule %1 : %2 mV (%3 par rapport à la moyenne du pack)</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="151"/>
        <source>The lowest cell of this pack.</source>
        <translation>La cellule la plus basse de ce pack.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="153"/>
        <source>The highest cell of this pack.</source>
        <translation>La cellule la plus haute de ce pack.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="154"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation>Source : %1 (%2), à %3.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="180"/>
        <source>Temperatures of the pack by sensor</source>
        <translation>Températures du pack par capteur</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="181"/>
        <source>Every temperature sensor the BMS reports, in °C, in its own order (sensor 1 first).</source>
        <translation>Chaque capteur de température que le BMS signale, en °C, dans son propre ordre (capteur 1 en premier).</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="189"/>
        <source>Cell voltages</source>
        <translation>Tensions des cellules</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="190"/>
        <source>Temperatures by sensor</source>
        <translation>Températures par capteur</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="211"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="335"/>
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="336"/>
        <source>master</source>
        <translation>maître</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="337"/>
        <source>slave</source>
        <translation>esclave</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="338"/>
        <source>%1, %2, %3 Ah, address %4</source>
        <translation>%1, %2, %3 Ah, adresse %4</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="342"/>
        <source>state: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>état : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="344"/>
        <source>SOC %1</source>
        <translation>SOC %1</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="356"/>
        <source>alarms: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>alarmes : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="359"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="415"/>
        <source>▼ Lowest: cell %1, %2 mV · ▲ Highest: cell %3, %4 mV · spread %5 mV</source>
        <translation>▼ Plus basse : cellule %1, %2 mV · ▲ Plus haute : cellule %3, %4 mV · écart %5 mV</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="422"/>
        <source>This BMS reports only its lowest (%1 mV) and highest (%2 mV) cell, not each cell.</source>
        <translation>Ce BMS ne signale que sa cellule la plus basse (%1 mV) et la plus haute (%2 mV), pas chaque cellule.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="426"/>
        <source>No cell voltages received from this pack.</source>
        <translation>Aucune tension de cellule reçue de ce pack.</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="430"/>
        <source>Balancer: active</source>
        <translation>Équilibreur : actif</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="430"/>
        <source>Balancer: idle</source>
        <translation>Équilibreur : au repos</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="433"/>
        <source>Balancing: not carried by %1</source>
        <translation>Équilibrage : non transmis par %1</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="452"/>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="457"/>
        <source>lowest</source>
        <translation>plus basse</translation>
    </message>
    <message>
        <location filename="../ui/packpage.cpp" line="461"/>
        <source>highest</source>
        <translation>plus haute</translation>
    </message>
</context>
<context>
    <name>PackStateClassifier</name>
    <message>
        <location filename="../core/packstate.cpp" line="118"/>
        <source>Last reading %1 s ago (stale after %2 s).</source>
        <translation>Dernière mesure il y a %1 s (périmée après %2 s).</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="120"/>
        <source>No reading received yet.</source>
        <translation>Aucune mesure reçue pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="123"/>
        <source>Link: %1.</source>
        <translation>Liaison : %1.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="125"/>
        <source>Requests %1, answers %2, time-outs %3.</source>
        <translation>Requêtes %1, réponses %2, délais dépassés %3.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="130"/>
        <source>Frames received: %1 (nothing is sent to it).</source>
        <translation>Trames reçues : %1 (rien ne lui est envoyé).</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="132"/>
        <source>Checksum errors %1, framing errors %2; the last %3 s ago.</source>
        <translation>Erreurs de somme de contrôle %1, erreurs de trame %2 ; la dernière il y a %3 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="137"/>
        <source>The master answered RTN 0x91 (cannot reach this module) %1 times; the last %2 s ago.</source>
        <translation>Le maître a répondu RTN 0x91 (n&apos;atteint pas ce module) %1 fois ; la dernière il y a %2 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="141"/>
        <source>Another master was heard on this bus: %1 requests BankScope did not send; the last %2 s ago.</source>
        <translation>Un autre maître a été entendu sur ce bus : %1 requêtes que BankScope n&apos;a pas envoyées ; la dernière il y a %2 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="146"/>
        <source>The link marked it offline.</source>
        <translation>La liaison l&apos;a marqué hors ligne.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="152"/>
        <source>%1 requests BankScope did not send were heard on %2; the last %3 s ago.</source>
        <translation>%1 requêtes que BankScope n&apos;a pas envoyées ont été entendues sur %2 ; la dernière il y a %3 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="158"/>
        <source>%1 checksum and %2 framing errors on %3; the last %4 s ago.</source>
        <translation>%1 erreurs de somme de contrôle et %2 erreurs de trame sur %3 ; la dernière il y a %4 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="169"/>
        <source>Reporting; last reading %1 s ago.</source>
        <translation>Émet ; dernière mesure il y a %1 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="175"/>
        <source>Nothing received from it yet.</source>
        <translation>Rien reçu de lui pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="182"/>
        <source>The master answers for it with RTN 0x91 (cannot reach this module): check its link cable, address switches and power.</source>
        <translation>Le maître répond pour lui avec RTN 0x91 (n&apos;atteint pas ce module) : vérifiez son câble de liaison, ses interrupteurs d&apos;adresse et son alimentation.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="193"/>
        <source>Its last current was %1 A: idle, and a BMS sleeps after a long idle. Over the bus a sleeping BMS cannot be told from one switched off: wake it (its button, or charge current) and watch it return.</source>
        <translation>Son dernier courant était de %1 A : au repos, et un BMS se met en veille après un long repos. Sur le bus, un BMS en veille ne se distingue pas d&apos;un BMS éteint : réveillez-le (son bouton, ou un courant de charge) et regardez-le revenir.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="197"/>
        <source>Silent for %1 s after answering while idle (%2 A).</source>
        <translation>Muet depuis %1 s après avoir répondu au repos (%2 A).</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="204"/>
        <source>It was carrying %1 A when it went quiet, so it was not asleep.</source>
        <translation>Il portait %1 A quand il s&apos;est tu, il n&apos;était donc pas en veille.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="208"/>
        <source>Its requests time out (%1 so far); last reading %2 s ago.</source>
        <translation>Ses requêtes dépassent le délai (%1 jusqu&apos;ici) ; dernière mesure il y a %2 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="211"/>
        <source>The link marked it offline; last reading %1 s ago.</source>
        <translation>La liaison l&apos;a marqué hors ligne ; dernière mesure il y a %1 s.</translation>
    </message>
    <message>
        <location filename="../core/packstate.cpp" line="215"/>
        <source>Nothing fresh for %1 s (stale after %2 s).</source>
        <translation>Rien de récent depuis %1 s (périmé après %2 s).</translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="185"/>
        <source>Master</source>
        <translation>Maître</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="187"/>
        <source>Slave</source>
        <translation>Esclave</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="189"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="113"/>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="178"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="197"/>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="221"/>
        <source>Source: %1 (%2), at %3.</source>
        <translation>Source : %1 (%2), à %3.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="231"/>
        <source>Peer-to-peer bank: every BMS reports to the aggregator itself.</source>
        <translation>Parc pair à pair : chaque BMS rend compte lui-même à l&apos;agrégateur.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="232"/>
        <source>From the bank configuration: the master is the pack wired to the inverter.</source>
        <translation>D&apos;après la configuration du parc : le maître est le pack relié à l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="234"/>
        <source>Bus address from the bank configuration (Pylontech ADR, JK DIP address).</source>
        <translation>Adresse de bus d&apos;après la configuration du parc (ADR Pylontech, adresse DIP JK).</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="236"/>
        <source>Firmware as the pack reports it (Pylontech 0x96, JK device info, CAN 0x35F); empty until read.</source>
        <translation>Firmware tel que le pack le signale (Pylontech 0x96, infos appareil JK, CAN 0x35F) ; vide tant qu&apos;il n&apos;est pas lu.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="238"/>
        <source>Time since the newest value of this pack arrived; stale after %1 s.</source>
        <translation>Temps écoulé depuis l&apos;arrivée de la valeur la plus récente de ce pack ; périmée après %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="242"/>
        <source>No alarm information received from this pack.</source>
        <translation>Aucune information d&apos;alarme reçue de ce pack.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="243"/>
        <source>Protections and warnings the pack&apos;s BMS reports. %1</source>
        <translation>Protections et avertissements que signale le BMS du pack. %1</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="251"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="253"/>
        <source>Double-click (or Enter) for the pack&apos;s cells and trends.</source>
        <translation>Double-clic (ou Entrée) pour les cellules et les tendances du pack.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="260"/>
        <source>%1: no reading from this pack yet.</source>
        <translation>%1 : aucune mesure de ce pack pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="263"/>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="269"/>
        <location filename="../ui/packtablemodel.cpp" line="270"/>
        <source>cell %1 of %2</source>
        <translation>cellule %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="271"/>
        <source>highest minus lowest of %1 cells</source>
        <translation>la plus haute moins la plus basse de %1 cellules</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="273"/>
        <source>the BMS reports only its lowest and highest cell</source>
        <translation>le BMS ne signale que sa cellule la plus basse et la plus haute</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="276"/>
        <location filename="../ui/packtablemodel.cpp" line="288"/>
        <source>%1: %2 (%3). %4</source>
        <translation>%1 : %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="281"/>
        <source>▼ The lowest cell of the whole bank.</source>
        <translation>▼ La cellule la plus basse de tout le parc.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="283"/>
        <source>▲ The highest cell of the whole bank.</source>
        <translation>▲ La cellule la plus haute de tout le parc.</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="290"/>
        <source>highest of %1 sensors</source>
        <translation>le plus haut de %1 capteurs</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="290"/>
        <source>as the BMS reports it</source>
        <translation>tel que le BMS le signale</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="378"/>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="384"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="386"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="388"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="390"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="392"/>
        <source>SOC
%</source>
        <translation>SOC
%</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="394"/>
        <source>Voltage
V</source>
        <translation>Tension
V</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="396"/>
        <source>Current
A</source>
        <translation>Courant
A</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="398"/>
        <source>Cell min
mV</source>
        <translation>Cellule min
mV</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="400"/>
        <source>Cell max
mV</source>
        <translation>Cellule max
mV</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="402"/>
        <source>Spread
mV</source>
        <translation>Écart
mV</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="404"/>
        <source>Temp max
°C</source>
        <translation>Temp. max
°C</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="406"/>
        <source>CVL
V</source>
        <translation>CVL
V</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="408"/>
        <source>CCL
A</source>
        <translation>CCL
A</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="410"/>
        <source>DCL
A</source>
        <translation>DCL
A</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="414"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="416"/>
        <source>Last
seen</source>
        <translation>Vu pour la
dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/packtablemodel.cpp" line="412"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
</context>
<context>
    <name>PassiveDetector</name>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="12"/>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="13"/>
        <source>%1 baud</source>
        <translation>%1 bauds</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="263"/>
        <source>could not listen: %1</source>
        <translation>écoute impossible : %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="269"/>
        <source>%1 heard at %2; nothing was sent</source>
        <translation>%1 entendu à %2 ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="272"/>
        <source>traffic heard that no protocol decodes (at %1): check the A/B wiring and the device&apos;s protocol setting; nothing was sent</source>
        <translation>trafic entendu qu&apos;aucun protocole ne décode (à %1) : vérifiez le câblage A/B et le protocole réglé sur l&apos;appareil ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="277"/>
        <source>silent at %1: nothing heard and nothing sent (--probe asks the bus, once it is known to be silent)</source>
        <translation>silencieux à %1 : rien entendu et rien envoyé (--probe interroge le bus, une fois qu&apos;on le sait silencieux)</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="281"/>
        <source>someone started talking while probing: probing stopped</source>
        <translation>quelqu&apos;un a commencé à parler pendant le sondage : sondage arrêté</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="284"/>
        <source>silent bus; %1 answered a probe at %2 baud (address %3)</source>
        <translation>bus silencieux ; %1 a répondu à un sondage à %2 bauds (adresse %3)</translation>
    </message>
    <message>
        <location filename="../protocols/links/passivedetector.cpp" line="288"/>
        <source>silent bus, and no probe was answered: check power, wiring and the device&apos;s address</source>
        <translation>bus silencieux, et aucun sondage n&apos;a reçu de réponse : vérifiez l&apos;alimentation, le câblage et l&apos;adresse de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="128"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="131"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="138"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="147"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="159"/>
        <location filename="../core/commissioningplan.cpp" line="222"/>
        <source>expected a text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="163"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="175"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="186"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="191"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors plage (%2 à %3)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="195"/>
        <location filename="../core/commissioningplan.cpp" line="705"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="207"/>
        <source>expected one of %1</source>
        <translation>une valeur parmi %1 attendue</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="251"/>
        <source>expected &quot;documented&quot;, &quot;observed&quot; or &quot;uncertain&quot;</source>
        <translation>« documented », « observed » ou « uncertain » attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="266"/>
        <source>unknown mark &apos;%1&apos;</source>
        <translation>marque inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="268"/>
        <source>does not match the mark [%1]</source>
        <translation>ne correspond pas à la marque [%1]</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="292"/>
        <source>expected &quot;no-maker-figure&quot;, &quot;not-found&quot; or &quot;not-in-catalogue&quot;</source>
        <translation>« no-maker-figure », « not-found » ou « not-in-catalogue » attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="296"/>
        <source>a known fact needs its text</source>
        <translation>un fait connu doit avoir son texte</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="307"/>
        <source>a fact needs at least one source</source>
        <translation>un fait doit avoir au moins une source</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="337"/>
        <source>a model outside the catalogue needs its name</source>
        <translation>un modèle hors catalogue doit avoir son nom</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="343"/>
        <source>unknown battery model &apos;%1&apos; (see `bankscope-cli catalogue`; a battery outside the catalogue is &quot;other&quot; with its name)</source>
        <translation>modèle de batterie inconnu « %1 » (voir `bankscope-cli catalogue` ; une batterie hors catalogue s&apos;écrit « other » avec son nom)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="344"/>
        <source>unknown inverter model &apos;%1&apos; (see `bankscope-cli catalogue`; an inverter outside the catalogue is &quot;other&quot; with its name)</source>
        <translation>modèle d&apos;onduleur inconnu « %1 » (voir `bankscope-cli catalogue` ; un onduleur hors catalogue s&apos;écrit « other » avec son nom)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="370"/>
        <source>an order with steps says where it comes from: &quot;installer&quot; or &quot;catalogue&quot;</source>
        <translation>un ordre avec des étapes dit d&apos;où il vient : « installer » ou « catalogue »</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="372"/>
        <source>an order needs at least one step</source>
        <translation>un ordre doit avoir au moins une étape</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="694"/>
        <source>not a complete JSON document (%1 at offset %2): is the file truncated?</source>
        <translation>document JSON incomplet (%1 à la position %2) : le fichier est-il tronqué ?</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="699"/>
        <source>expected a JSON object (a BankScope commissioning plan)</source>
        <translation>objet JSON attendu (un plan de mise en service BankScope)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="702"/>
        <source>not a BankScope commissioning plan (expected &quot;%1&quot;)</source>
        <translation>pas un plan de mise en service BankScope (« %1 » attendu)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="707"/>
        <source>written by a newer BankScope (plan version %1); this one reads version %2</source>
        <translation>écrit par un BankScope plus récent (plan version %1) ; celui-ci lit la version %2</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="758"/>
        <source>expected &quot;can&quot;, &quot;rs485&quot; or empty</source>
        <translation>« can », « rs485 » ou vide attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="761"/>
        <location filename="../core/commissioningplan.cpp" line="864"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="798"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation>« master-slave », « peer-to-peer » ou « single-master » attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="860"/>
        <source>expected &quot;inverter&quot;, &quot;pack-bus&quot; or &quot;bankscope&quot;</source>
        <translation>« inverter », « pack-bus » ou « bankscope » attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="870"/>
        <source>expected &quot;listen&quot; or &quot;poll&quot;</source>
        <translation>« listen » ou « poll » attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1009"/>
        <source>unknown check &apos;%1&apos; (expected one of %2)</source>
        <translation>vérification « %1 » inconnue (attendu : l&apos;une de %2)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1018"/>
        <source>a check that was done needs its outcome (one of %1)</source>
        <translation>une vérification faite a besoin de son résultat (l&apos;un de %1)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1019"/>
        <source>&apos;%1&apos; is not an outcome of %2 (expected one of %3)</source>
        <translation>« %1 » n&apos;est pas un résultat de %2 (attendu : l&apos;un de %3)</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1023"/>
        <source>a check that was not done has no outcome</source>
        <translation>une vérification non faite n&apos;a pas de résultat</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1033"/>
        <source>expected an object or null</source>
        <translation>objet ou null attendu</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1052"/>
        <source>a plan needs at least one battery model</source>
        <translation>un plan doit avoir au moins un modèle de batterie</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1054"/>
        <source>a plan needs at least one pack</source>
        <translation>un plan doit avoir au moins un pack</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1056"/>
        <source>release notes can only be checked for a firmware version: enter the inverter&apos;s firmware</source>
        <translation>les notes de version ne peuvent être vérifiées que pour une version de firmware : saisissez le firmware de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1063"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1072"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation>identifiant de pack en double « %1 »</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1078"/>
        <source>&apos;%1&apos; is not one of the plan&apos;s batteries</source>
        <translation>« %1 » n&apos;est pas une des batteries du plan</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1082"/>
        <source>switch positions are written with 1 (ON), 0 (OFF) or ? (to match on site), switch 1 first</source>
        <translation>les positions des interrupteurs s&apos;écrivent 1 (ON), 0 (OFF) ou ? (à relever sur site), interrupteur 1 en premier</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1085"/>
        <source>this model has four DIP switches: expected four positions</source>
        <translation>ce modèle a quatre interrupteurs DIP : quatre positions attendues</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1090"/>
        <source>the batteries list %1 × %2 but the packs hold %3</source>
        <translation>les batteries totalisent %1 × %2 mais les packs en comptent %3</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1103"/>
        <source>a peer-to-peer bank has no master: every BMS talks to the aggregator</source>
        <translation>un parc pair à pair n&apos;a pas de maître : chaque BMS parle à l&apos;agrégateur</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1105"/>
        <source>two masters in one group: %1 and %2</source>
        <translation>deux maîtres dans un même groupe : %1 et %2</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1110"/>
        <source>a single-master bank has one master</source>
        <translation>un parc à maître unique a un seul maître</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1114"/>
        <source>group %1 has no master</source>
        <translation>le groupe %1 n&apos;a pas de maître</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1126"/>
        <source>address %1 is also %2&apos;s: two units on one bus cannot share an address</source>
        <translation>l&apos;adresse %1 est aussi celle de %2 : deux unités sur un même bus ne peuvent pas partager une adresse</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1136"/>
        <source>&apos;%1&apos; is not a master of this plan</source>
        <translation>« %1 » n&apos;est pas un maître de ce plan</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1141"/>
        <source>&apos;%1&apos; is not a pack of this plan</source>
        <translation>« %1 » n&apos;est pas un pack de ce plan</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1143"/>
        <source>the stand-in &apos;%1&apos; is a master itself</source>
        <translation>le maître de secours « %1 » est lui-même un maître</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1153"/>
        <source>the catalogue says %1 takes one BMS: a multi-drop topology is not possible</source>
        <translation>le catalogue dit que %1 accepte un seul BMS : une topologie multipoint n&apos;est pas possible</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="1155"/>
        <source>a multi-drop topology needs the inverter&apos;s firmware version and the confirmation that its release notes were checked</source>
        <translation>une topologie multipoint demande la version du firmware de l&apos;onduleur et la confirmation que ses notes de version ont été vérifiées</translation>
    </message>
</context>
<context>
    <name>PlanRole</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="31"/>
        <source>master</source>
        <translation>maître</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="32"/>
        <source>slave</source>
        <translation>esclave</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="33"/>
        <source>monitored separately</source>
        <translation>surveillé séparément</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="34"/>
        <source>own link</source>
        <translation>liaison propre</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../core/planner.cpp" line="92"/>
        <source>%1 (the port: see the inverter&apos;s manual)</source>
        <translation>%1 (le port : voir le manuel de l&apos;onduleur)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="162"/>
        <source>&apos;other:&apos; needs the model&apos;s name, e.g. other:&quot;Felicity LPBF48100&quot;</source>
        <translation>« other: » demande le nom du modèle, p. ex. other:&quot;Felicity LPBF48100&quot;</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="171"/>
        <source>unknown battery &apos;%1&apos;</source>
        <translation>batterie inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="173"/>
        <location filename="../core/planner.cpp" line="193"/>
        <source> (did you mean %1?)</source>
        <translation> (vouliez-vous dire %1 ?)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="174"/>
        <source>; `bankscope-cli catalogue` lists the ids, and a battery outside the catalogue is written other:NAME</source>
        <translation> ; `bankscope-cli catalogue` liste les identifiants, et une batterie hors catalogue s&apos;écrit other:NOM</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="182"/>
        <source>&apos;other:&apos; needs the model&apos;s name, e.g. other:&quot;Must PV1800&quot;</source>
        <translation>« other: » demande le nom du modèle, p. ex. other:&quot;Must PV1800&quot;</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="191"/>
        <source>unknown inverter &apos;%1&apos;</source>
        <translation>onduleur inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="194"/>
        <source>; `bankscope-cli catalogue` lists the ids, and an inverter outside the catalogue is written other:NAME</source>
        <translation> ; `bankscope-cli catalogue` liste les identifiants, et un onduleur hors catalogue s&apos;écrit other:NOM</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="219"/>
        <source>name at least one battery model and its count</source>
        <translation>nommez au moins un modèle de batterie et son nombre</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="221"/>
        <source>release notes can only be checked for a firmware version: enter the inverter&apos;s firmware</source>
        <translation>les notes de version ne peuvent être vérifiées que pour une version de firmware : saisissez le firmware de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="231"/>
        <source>a count of at least 1</source>
        <translation>un nombre d&apos;au moins 1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="240"/>
        <source>unknown battery model &apos;%1&apos;</source>
        <translation>modèle de batterie inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="243"/>
        <source>%1 cannot share a bank with %2: they are different families and do not talk to each other</source>
        <translation>%1 ne peut pas partager un parc avec %2 : ce sont des familles différentes qui ne se parlent pas</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="250"/>
        <source>a bank cannot mix catalogued batteries with one outside the catalogue: BankScope cannot tell whether they share a bus</source>
        <translation>un parc ne peut pas mélanger des batteries du catalogue avec une batterie hors catalogue : BankScope ne peut pas savoir si elles partagent un bus</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="252"/>
        <source>%1 packs: BankScope plans banks of up to 64 units</source>
        <translation>%1 packs : BankScope prévoit des parcs d&apos;au plus 64 unités</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="258"/>
        <source>unknown inverter model &apos;%1&apos;</source>
        <translation>modèle d&apos;onduleur inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="261"/>
        <source>an inverter outside the catalogue needs its name</source>
        <translation>un onduleur hors catalogue doit avoir son nom</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="413"/>
        <source>%1 BMS port</source>
        <translation>port BMS du %1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="445"/>
        <source>%1 modules need %2 groups of at most %3; the ADD switch sets groups 1 to %4</source>
        <translation>%1 modules demandent %2 groupes d&apos;au plus %3 ; l&apos;interrupteur ADD règle les groupes 1 à %4</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="497"/>
        <source>%1 Link 1</source>
        <translation>Link 1 de %1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="497"/>
        <source>%1 Link 0, then each Link 1 to the next Link 0</source>
        <translation>Link 0 de %1, puis chaque Link 1 vers le Link 0 suivant</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="516"/>
        <location filename="../core/planner.cpp" line="522"/>
        <location filename="../core/planner.cpp" line="550"/>
        <source>laptop (USB-RS485 adapter)</source>
        <translation>ordinateur portable (adaptateur USB-RS485)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="516"/>
        <location filename="../core/planner.cpp" line="634"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="519"/>
        <location filename="../core/planner.cpp" line="554"/>
        <location filename="../core/planner.cpp" line="583"/>
        <location filename="../core/planner.cpp" line="637"/>
        <source>laptop (USB-CAN adapter)</source>
        <translation>ordinateur portable (adaptateur USB-CAN)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="519"/>
        <location filename="../core/planner.cpp" line="522"/>
        <location filename="../core/planner.cpp" line="554"/>
        <location filename="../core/planner.cpp" line="583"/>
        <source>the inverter link (a tap)</source>
        <translation>la liaison de l&apos;onduleur (une dérivation)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="528"/>
        <source>%1 packs: the DIP switch gives addresses 0 to %2</source>
        <translation>%1 packs : l&apos;interrupteur DIP donne les adresses 0 à %2</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="548"/>
        <source>P1 %1</source>
        <translation>P1 %1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="548"/>
        <source>every pack&apos;s RS485-2, chained</source>
        <translation>le RS485-2 de chaque pack, en chaîne</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="550"/>
        <source>the pack bus (RS485-2): listen only, the DIP-0 master polls there</source>
        <translation>le bus des packs (RS485-2) : écoute seule, le maître en DIP 0 y interroge</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="558"/>
        <source>%1 modules: one BMU takes up to %2</source>
        <translation>%1 modules : un BMU en prend jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="579"/>
        <source>BMU %1</source>
        <translation>BMU %1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="580"/>
        <source>the battery modules</source>
        <translation>les modules de batterie</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="634"/>
        <source>its own CAN port of the %1, profile set to CAN-bus BMS</source>
        <translation>son propre port CAN du %1, profil réglé sur CAN-bus BMS</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="637"/>
        <source>%1&apos;s link to the GX (a tap)</source>
        <translation>la liaison de %1 vers le GX (une dérivation)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="642"/>
        <source>every pack, on one bus (the port: see the inverter&apos;s manual)</source>
        <translation>chaque pack, sur un même bus (le port : voir le manuel de l&apos;onduleur)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="642"/>
        <source>every pack&apos;s %1, on one bus</source>
        <translation>le %1 de chaque pack, sur un même bus</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="645"/>
        <location filename="../core/planner.cpp" line="650"/>
        <location filename="../core/planner.cpp" line="654"/>
        <source>laptop</source>
        <translation>ordinateur portable</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="645"/>
        <source>the inverter&apos;s bus: listen only, the inverter polls there</source>
        <translation>le bus de l&apos;onduleur : écoute seule, l&apos;onduleur y interroge</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="650"/>
        <source>the inverter link (a tap): listen only</source>
        <translation>la liaison de l&apos;onduleur (une dérivation) : écoute seule</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="655"/>
        <source>each other pack&apos;s own port, one at a time (or on a shared JK Modbus bus at its address)</source>
        <translation>le port propre de chaque autre pack, un à la fois (ou sur un bus JK Modbus partagé, à son adresse)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="656"/>
        <source>each other BMS&apos;s own CAN port</source>
        <translation>le port CAN propre de chaque autre BMS</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="696"/>
        <source>%1 is not in the catalogue: every value BankScope would fill in for it says &quot;unknown — see its manual&quot;. BankScope plans the safe topology: one cable from the inverter to one BMS, the others monitored separately.</source>
        <translation>%1 n&apos;est pas dans le catalogue : chaque valeur que BankScope remplirait pour lui indique « inconnu — voir son manuel ». BankScope prévoit la topologie sûre : un câble de l&apos;onduleur vers un seul BMS, les autres surveillés séparément.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="699"/>
        <source>%1 is not in the catalogue: its battery-type menu, the setting, what it expects on the wire and what it does when the BMS goes quiet are &quot;unknown — see its manual&quot;.</source>
        <translation>%1 n&apos;est pas dans le catalogue : son menu de type de batterie, le réglage, ce qu&apos;il attend sur le fil et ce qu&apos;il fait quand le BMS se tait sont « inconnus — voir son manuel ».</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="702"/>
        <source>The catalogue has no battery-type setting of %1 for %2: see the inverter&apos;s manual and its approved-battery list.</source>
        <translation>Le catalogue n&apos;a pas de réglage de type de batterie de %1 pour %2 : voir le manuel de l&apos;onduleur et sa liste de batteries homologuées.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="704"/>
        <source>Decide %1 (%2) deliberately and record it: it decides whether losing the master stops this site.</source>
        <translation>Décidez %1 (%2) en connaissance de cause et notez-le : cela détermine si la perte du maître arrête ce site.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="706"/>
        <source>Mixed models: the newest or largest model goes at the head of the chain as master; here a %1.</source>
        <translation>Modèles mélangés : le modèle le plus récent ou le plus gros va en tête de chaîne comme maître ; ici un %1.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="708"/>
        <source>Mixed models (%1): no source says which goes at the head. The plan keeps the order given (%2 first); confirm with the maker before cabling.</source>
        <translation>Modèles mélangés (%1) : aucune source ne dit lequel va en tête. Le plan garde l&apos;ordre donné (%2 en premier) ; confirmez auprès du fabricant avant de câbler.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="711"/>
        <source>How many %1 modules one group takes is not in the sources: see its manual before cabling more than a few.</source>
        <translation>Les sources ne disent pas combien de modules %1 un groupe accepte : voir son manuel avant d&apos;en câbler plus de quelques-uns.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="713"/>
        <source>The plan keeps at most %1 modules per group, a figure not confirmed for the %2: check its manual.</source>
        <translation>Le plan garde au plus %1 modules par groupe, une valeur non confirmée pour le %2 : vérifiez son manuel.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="715"/>
        <source>The bank is split into %1 groups of at most %2 modules; each group has its own master, set to its group number on switches 2-4.</source>
        <translation>Le parc est divisé en %1 groupes d&apos;au plus %2 modules ; chaque groupe a son propre maître, réglé sur son numéro de groupe avec les interrupteurs 2-4.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="717"/>
        <source>How several groups reach one inverter (a hub, or the inverter polling each group&apos;s master) is not in the sources: follow Pylontech&apos;s multi-group instructions.</source>
        <translation>Les sources ne disent pas comment plusieurs groupes atteignent un même onduleur (un hub, ou l&apos;onduleur qui interroge le maître de chaque groupe) : suivez les instructions multi-groupes de Pylontech.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="720"/>
        <source>Slaves are set like their group&apos;s master. Only the master&apos;s switches 2-4 are documented; what a slave&apos;s switches do in a multi-group bank is not.</source>
        <translation>Les esclaves se règlent comme le maître de leur groupe. Seuls les interrupteurs 2-4 du maître sont documentés ; ce que font ceux d&apos;un esclave dans un parc multi-groupes ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="722"/>
        <source>%1 polls the master at %2: the master is set to group 1 (switches 2-4 = 100) even for one tower.</source>
        <translation>%1 interroge le maître à %2 : le maître est réglé sur le groupe 1 (interrupteurs 2-4 = 100), même pour une seule tour.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="724"/>
        <source>Switch 1 sets the RS485 rate (OFF 115200, ON 9600; on CAN it does nothing). On RS485 it must match the inverter&apos;s rate, which the catalogue does not give, so it is drawn as ? — set it on every module to the rate in the inverter&apos;s manual.</source>
        <translation>L&apos;interrupteur 1 règle le débit RS485 (OFF 115200, ON 9600 ; en CAN il n&apos;a aucun effet). En RS485 il doit correspondre au débit de l&apos;onduleur, que le catalogue ne donne pas, il est donc dessiné « ? » — réglez-le sur chaque module au débit indiqué dans le manuel de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="728"/>
        <source>No switch makes a module master: the master (%1) is the module that carries the inverter cable, at the head of the link chain with its Link 0 empty. For US/UP modules this comes from integrators, not Pylontech: confirm it on the unit.</source>
        <translation>Aucun interrupteur ne fait d&apos;un module le maître : le maître (%1) est le module qui porte le câble de l&apos;onduleur, en tête de la chaîne de liaison avec son Link 0 libre. Pour les modules US/UP, cela vient d&apos;intégrateurs, pas de Pylontech : confirmez-le sur l&apos;unité.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="731"/>
        <source>Another reading says &quot;%1&quot;. No Pylontech document says so: switch 1 sets the RS485 rate. A bank set that way still runs on CAN (slave switches are ignored in one group and CAN ignores switch 1) but on RS485 the master and slaves run at different rates. Confirm the master by the inverter cable and the empty Link 0.</source>
        <translation>Une autre lecture dit « %1 ». Aucun document Pylontech ne le dit : l&apos;interrupteur 1 règle le débit RS485. Un parc réglé ainsi fonctionne encore en CAN (les interrupteurs des esclaves sont ignorés dans un groupe unique et le CAN ignore l&apos;interrupteur 1), mais en RS485 le maître et les esclaves tournent à des débits différents. Confirmez le maître par le câble de l&apos;onduleur et le Link 0 libre.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="735"/>
        <source>The DIP switch sets the pack address in binary, switch 1 first; 0000 makes the master. No JK document describes it (integrators do): restart a pack after changing it.</source>
        <translation>L&apos;interrupteur DIP règle l&apos;adresse du pack en binaire, interrupteur 1 en premier ; 0000 en fait le maître. Aucun document JK ne le décrit (les intégrateurs le font) : redémarrez le pack après l&apos;avoir changé.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="738"/>
        <source>Select the inverter protocol in the JK app on the master: %1. BankScope writes no BMS setting (JK registers 0x1108 and 0x14B2 included): what the plan wants changed, change in the vendor&apos;s app.</source>
        <translation>Choisissez le protocole onduleur dans l&apos;application JK sur le maître : %1. BankScope n&apos;écrit aucun réglage BMS (registres JK 0x1108 et 0x14B2 compris) : ce que le plan demande de changer se change dans l&apos;application du fabricant.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="741"/>
        <source>Set each pack&apos;s address in the vendor&apos;s app (JK: &quot;Device Addr&quot;, once the port runs JK Modbus): P1 = 1, P2 = 2 … BankScope never writes it.</source>
        <translation>Réglez l&apos;adresse de chaque pack dans l&apos;application du fabricant (JK : « Device Addr », une fois le port en JK Modbus) : P1 = 1, P2 = 2 … BankScope ne l&apos;écrit jamais.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="744"/>
        <source>Whether %1 polls several BMS addresses depends on its firmware, and the catalogue has no version for it. Without the firmware version entered and its release notes confirmed, BankScope plans the safe topology: one cable from the inverter to the master, the other BMSs monitored separately.</source>
        <translation>Le fait que %1 interroge plusieurs adresses BMS dépend de son firmware, et le catalogue n&apos;a pas de version pour lui. Sans la version du firmware saisie et ses notes de version confirmées, BankScope prévoit la topologie sûre : un câble de l&apos;onduleur vers le maître, les autres BMS surveillés séparément.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="748"/>
        <source>Every BMS on the inverter&apos;s bus: planned on the installer&apos;s confirmation that firmware %2 of %1 polls several BMS addresses (release notes checked). The catalogue cannot confirm it.</source>
        <translation>Chaque BMS sur le bus de l&apos;onduleur : prévu sur la confirmation de l&apos;installateur que le firmware %2 de %1 interroge plusieurs adresses BMS (notes de version vérifiées). Le catalogue ne peut pas le confirmer.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="751"/>
        <source>%1 takes one BMS: one cable from the inverter to the master, the other BMSs monitored separately.</source>
        <translation>%1 accepte un seul BMS : un câble de l&apos;onduleur vers le maître, les autres BMS surveillés séparément.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="753"/>
        <source>Commissioning is complete only after the system is configured in BYD&apos;s Be Connect app with the newest firmware and fully restarted (BMU button 5 s); the BMU updates the module BMSs itself (up to 30 min).</source>
        <translation>La mise en service n&apos;est terminée qu&apos;après configuration de l&apos;installation dans l&apos;application Be Connect de BYD avec le firmware le plus récent et un redémarrage complet (bouton du BMU 5 s) ; le BMU met lui-même à jour les BMS des modules (jusqu&apos;à 30 min).</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="756"/>
        <source>A high-voltage bank: the master string is the one whose Link Port 0 is empty. Failover and service are for the installer only.</source>
        <translation>Un parc haute tension : la chaîne maître est celle dont le Link Port 0 est libre. Le secours et l&apos;entretien sont réservés à l&apos;installateur.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="758"/>
        <source>%1 units is more than the %2 the sources give for the %3 (a figure not confirmed for this model): check its manual.</source>
        <translation>%1 unités, c&apos;est plus que les %2 que les sources donnent pour le %3 (une valeur non confirmée pour ce modèle) : vérifiez son manuel.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="760"/>
        <source>Each BMS on its own CAN port of the GX, every port&apos;s profile set to &quot;CAN-bus BMS LV (500 kbit/s)&quot;.</source>
        <translation>Chaque BMS sur son propre port CAN du GX, le profil de chaque port réglé sur « CAN-bus BMS LV (500 kbit/s) ».</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="762"/>
        <source>No maker gives an isolation order for this bank: enter this site&apos;s own, with the breaker labels (the failover card is not printed without one).</source>
        <translation>Aucun fabricant ne donne d&apos;ordre d&apos;isolement pour ce parc : saisissez celui de ce site, avec les repères des disjoncteurs (la fiche de secours n&apos;est pas imprimée sans lui).</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="765"/>
        <source>No maker gives a power-up order for this bank: enter this site&apos;s own, with the breaker labels.</source>
        <translation>Aucun fabricant ne donne d&apos;ordre de remise sous tension pour ce parc : saisissez celui de ce site, avec les repères des disjoncteurs.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="776"/>
        <source>The inverter talks to the BMU only; the BMU collects every module and reports the whole bank: its state of charge, limits and alarms. The inverter will not know which module is weak or why, and if the BMU fails it loses battery data altogether.</source>
        <translation>L&apos;onduleur ne parle qu&apos;au BMU ; le BMU rassemble chaque module et rend compte de tout le parc : son état de charge, ses limites et ses alarmes. L&apos;onduleur ne saura pas quel module est faible ni pourquoi, et si le BMU tombe en panne, il perd toutes les données batterie.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="778"/>
        <source>The inverter talks to the master (%1) only; the master collects every unit of its group and reports the whole bank: its state of charge, limits and alarms. The inverter will not know which unit is weak or why, and if the master fails it loses battery data altogether.</source>
        <translation>L&apos;onduleur ne parle qu&apos;au maître (%1) ; le maître rassemble chaque unité de son groupe et rend compte de tout le parc : son état de charge, ses limites et ses alarmes. L&apos;onduleur ne saura pas quelle unité est faible ni pourquoi, et si le maître tombe en panne, il perd toutes les données batterie.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="783"/>
        <source>The inverter polls every BMS at its own address and combines them itself. It will know each pack&apos;s figures, but a BMS that stops answering simply drops out of its sums.</source>
        <translation>L&apos;onduleur interroge chaque BMS à sa propre adresse et les combine lui-même. Il connaîtra les valeurs de chaque pack, mais un BMS qui cesse de répondre disparaît simplement de ses sommes.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="785"/>
        <source>Every BMS reports to the GX itself and the GX tells the inverter the combined figures. If one BMS goes quiet the GX loses that battery&apos;s data and capacity; it does not know why it went quiet.</source>
        <translation>Chaque BMS rend compte lui-même au GX et le GX transmet à l&apos;onduleur les valeurs combinées. Si un BMS se tait, le GX perd les données et la capacité de cette batterie ; il ne sait pas pourquoi elle s&apos;est tue.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="788"/>
        <source>The inverter hears only the master pack (%1) and takes its state of charge, limits and alarms for the whole bank. It will not know the other packs&apos; state: their charge, a weak cell or an alarm stays hidden unless BankScope or the vendor&apos;s app looks at them.</source>
        <translation>L&apos;onduleur n&apos;entend que le pack maître (%1) et prend son état de charge, ses limites et ses alarmes pour celles de tout le parc. Il ne connaîtra pas l&apos;état des autres packs : leur charge, une cellule faible ou une alarme restent cachées, sauf si BankScope ou l&apos;application du fabricant les regarde.</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="799"/>
        <source>the unit cabled next in the chain</source>
        <translation>l&apos;unité câblée juste après dans la chaîne</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="801"/>
        <source>the pack at DIP address 1</source>
        <translation>le pack à l&apos;adresse DIP 1</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="803"/>
        <source>the next pack</source>
        <translation>le pack suivant</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="805"/>
        <source>none: a single unit</source>
        <translation>aucun : une seule unité</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="807"/>
        <source>none: the BMU is a separate box no module can replace</source>
        <translation>aucun : le BMU est un boîtier séparé qu&apos;aucun module ne peut remplacer</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="809"/>
        <source>none planned: the battery is not in the catalogue (see its manual)</source>
        <translation>aucun de prévu : la batterie n&apos;est pas dans le catalogue (voir son manuel)</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="817"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="817"/>
        <source>%1 baud</source>
        <translation>%1 bauds</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="819"/>
        <source>speed to match on site</source>
        <translation>vitesse à régler sur site</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="821"/>
        <source>unknown — see the inverter&apos;s manual</source>
        <translation>inconnu — voir le manuel de l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../core/planner.cpp" line="830"/>
        <source>undocumented protocol: BankScope never talks there</source>
        <translation>protocole non documenté : BankScope n&apos;y parle jamais</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="34"/>
        <source>Weakest pack x online packs</source>
        <translation>Pack le plus faible × packs en ligne</translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="36"/>
        <source>Sum of pack limits</source>
        <translation>Somme des limites des packs</translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="38"/>
        <source>Smallest pack limit</source>
        <translation>Plus petite limite de pack</translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="60"/>
        <source>Any pack faulted</source>
        <translation>Un pack en défaut</translation>
    </message>
    <message>
        <location filename="../core/aggregationpolicy.cpp" line="61"/>
        <source>Only when all packs fault</source>
        <translation>Seulement quand tous les packs sont en défaut</translation>
    </message>
</context>
<context>
    <name>PollProtocol</name>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="79"/>
        <location filename="../protocols/links/pollprotocol.cpp" line="141"/>
        <source>%1 bytes without a frame start</source>
        <translation>%1 octets sans début de trame</translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="98"/>
        <location filename="../protocols/links/pollprotocol.cpp" line="261"/>
        <source>answer from address %1, expected %2</source>
        <translation>réponse de l&apos;adresse %1, %2 attendue</translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="151"/>
        <source>impossible frame length %1</source>
        <translation>longueur de trame impossible %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="194"/>
        <source>%1 bytes without a record header</source>
        <translation>%1 octets sans en-tête d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="219"/>
        <source>record from address %1, expected %2</source>
        <translation>enregistrement de l&apos;adresse %1, %2 attendue</translation>
    </message>
    <message>
        <location filename="../protocols/links/pollprotocol.cpp" line="246"/>
        <source>function 0x%1 in an answer to a read</source>
        <translation>fonction 0x%1 dans une réponse à une lecture</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="43"/>
        <source>%1 (not in this build)</source>
        <translation>%1 (absente de cette version)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="51"/>
        <source>The window&apos;s language changes at the next start of BankScope. Reports and failover cards are printed in the print language, whatever the window&apos;s.</source>
        <translation>La langue de la fenêtre change au prochain démarrage de BankScope. Les rapports et les fiches de secours sont imprimés dans la langue d&apos;impression, quelle que soit celle de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="55"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="56"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>Folder for commissioning plans</source>
        <translation>Dossier des plans de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>&amp;Window language:</source>
        <translation>Langue de la &amp;fenêtre :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>&amp;Print language:</source>
        <translation>Langue d&apos;&amp;impression :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>Plan &amp;folder:</source>
        <translation>Dossier des &amp;plans :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="74"/>
        <source>Window language</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>Print language</source>
        <translation>Langue d&apos;impression</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="19"/>
        <source>Pylontech RS485</source>
        <translation>Pylontech RS485</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="20"/>
        <source>Pylon / SMA / Victron CAN</source>
        <translation>Pylon / SMA / Victron CAN</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="21"/>
        <source>JK-PB Modbus RTU</source>
        <translation>JK-PB Modbus RTU</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="22"/>
        <source>JK-PB bus master (0x55AA)</source>
        <translation>JK-PB maître de bus (0x55AA)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/protocolid.cpp" line="23"/>
        <source>JK-B 4E57</source>
        <translation>JK-B 4E57</translation>
    </message>
</context>
<context>
    <name>PylonCan</name>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="146"/>
        <location filename="../protocols/codecs/pyloncan.cpp" line="689"/>
        <source>CAN data of %1 bytes; a classic CAN frame holds at most 8</source>
        <translation>données CAN de %1 octets ; une trame CAN classique en contient au plus 8</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="150"/>
        <source>%1 needs at least %2 data bytes, got %3</source>
        <translation>%1 demande au moins %2 octets de données, reçu %3</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="283"/>
        <source>CAN ID %1 is not part of the Pylon/SMA/Victron BMS protocol</source>
        <translation>l&apos;identifiant CAN %1 ne fait pas partie du protocole BMS Pylon/SMA/Victron</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="658"/>
        <source>&apos;%1&apos; is not a hex CAN ID</source>
        <translation>« %1 » n&apos;est pas un identifiant CAN hexadécimal</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="144"/>
        <source>remote frames carry no data</source>
        <translation>les trames distantes ne portent pas de données</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="664"/>
        <source>CAN ID %1 is beyond 29 bits</source>
        <translation>l&apos;identifiant CAN %1 dépasse 29 bits</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="673"/>
        <source>a remote request is written ID#R or ID#R0 to ID#R8</source>
        <translation>une requête distante s&apos;écrit ID#R ou de ID#R0 à ID#R8</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="682"/>
        <source>no CAN ID: write ID#DATA or pass --can-id</source>
        <translation>pas d&apos;identifiant CAN : écrivez ID#DONNÉES ou passez --can-id</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pyloncan.cpp" line="142"/>
        <source>CAN ID 0x%1 is extended (29-bit); the BMS protocol uses 11-bit IDs</source>
        <translation>l&apos;identifiant CAN 0x%1 est étendu (29 bits) ; le protocole BMS utilise des identifiants de 11 bits</translation>
    </message>
</context>
<context>
    <name>Pylontech</name>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="30"/>
        <source>cell count %1 is not 1..%2</source>
        <translation>le nombre de cellules %1 n&apos;est pas entre 1 et %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="37"/>
        <source>temperature count %1 is more than %2</source>
        <translation>le nombre de températures %1 dépasse %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="49"/>
        <source>user-defined item count %1 is neither 2 nor 4</source>
        <translation>le nombre d&apos;éléments définis par l&apos;utilisateur %1 n&apos;est ni 2 ni 4</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="57"/>
        <source>module block cut short</source>
        <translation>bloc de module tronqué</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="91"/>
        <source>analog values need at least 2 bytes, got %1</source>
        <translation>les valeurs analogiques demandent au moins 2 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="96"/>
        <source>module %1: %2</source>
        <translation>module %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="100"/>
        <source>analog values without a module block</source>
        <translation>valeurs analogiques sans bloc de module</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="103"/>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="155"/>
        <source>module count mismatch: the count byte says %1, the frame holds %2 module blocks</source>
        <translation>nombre de modules incohérent : l&apos;octet de comptage indique %1, la trame contient %2 blocs de module</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="108"/>
        <source>a single-module answer holds %1 module blocks</source>
        <translation>une réponse d&apos;un seul module contient %1 blocs de module</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="121"/>
        <source>alarm info needs at least 2 bytes, got %1</source>
        <translation>les infos d&apos;alarme demandent au moins 2 octets, reçu %1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="130"/>
        <source>module %1: cell count %2 is not 1..%3</source>
        <translation>module %1 : le nombre de cellules %2 n&apos;est pas entre 1 et %3</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="134"/>
        <source>module %1: temperature count %2 is more than %3</source>
        <translation>module %1 : le nombre de températures %2 dépasse %3</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="145"/>
        <source>module %1: alarm block cut short</source>
        <translation>module %1 : bloc d&apos;alarme tronqué</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="149"/>
        <source>alarm info without a module block</source>
        <translation>infos d&apos;alarme sans bloc de module</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="152"/>
        <source>%1 bytes left after the last module block</source>
        <translation>%1 octets restants après le dernier bloc de module</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="167"/>
        <source>%1 needs %2 bytes of INFO, got %3</source>
        <translation>%1 demande %2 octets d&apos;INFO, reçu %3</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="432"/>
        <source>no response layout for command 0x%1</source>
        <translation>pas de format de réponse pour la commande 0x%1</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="840"/>
        <source>CID1 0x%1 is not Pylontech lithium battery data (0x46); the frame verifies but its payload scales are unknown</source>
        <translation>CID1 0x%1 n&apos;est pas une donnée de batterie lithium Pylontech (0x46) ; la trame est valide mais les échelles de ses données sont inconnues</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="848"/>
        <source>unknown command CID2 0x%1</source>
        <translation>commande CID2 0x%1 inconnue</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechmessages.cpp" line="891"/>
        <source>INFO of %1 bytes fits no known response layout</source>
        <translation>un INFO de %1 octets ne correspond à aucun format de réponse connu</translation>
    </message>
</context>
<context>
    <name>PylontechFrame</name>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="28"/>
        <source>empty frame</source>
        <translation>trame vide</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="30"/>
        <source>frame does not start with &apos;~&apos;</source>
        <translation>la trame ne commence pas par « ~ »</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="39"/>
        <source>not a hex character at position %1 (0x%2)</source>
        <translation>pas un caractère hexadécimal à la position %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="45"/>
        <source>odd number of hex characters (%1)</source>
        <translation>nombre impair de caractères hexadécimaux (%1)</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="48"/>
        <source>frame too short: %1 characters, a frame has at least 16 between ~ and CR</source>
        <translation>trame trop courte : %1 caractères, une trame en a au moins 16 entre ~ et CR</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="64"/>
        <source>length mismatch: LENID says %1 INFO characters, frame has %2</source>
        <translation>longueur incohérente : LENID indique %1 caractères INFO, la trame en a %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="70"/>
        <source>length checksum mismatch: frame says %1, computed %2</source>
        <translation>somme de contrôle de longueur incohérente : la trame indique %1, calculé %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="82"/>
        <source>checksum mismatch: frame says %1, computed %2</source>
        <translation>somme de contrôle incohérente : la trame indique %1, calculé %2</translation>
    </message>
    <message>
        <location filename="../protocols/codecs/pylontechframe.cpp" line="97"/>
        <source>mixed upper- and lower-case hex in one frame</source>
        <translation>hexadécimal en majuscules et minuscules mélangées dans une même trame</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../ui/replaybar.cpp" line="26"/>
        <source>Replay controls</source>
        <translation>Commandes de relecture</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="44"/>
        <source>Replay speed</source>
        <translation>Vitesse de relecture</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="45"/>
        <source>1× (real time)</source>
        <translation>1× (temps réel)</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="46"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="47"/>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="53"/>
        <source>Position in the recording</source>
        <translation>Position dans l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="59"/>
        <source>Where the replay is in the file. Seeking needs the file&apos;s time span, not known yet.</source>
        <translation>Où en est la relecture dans le fichier. Pour s&apos;y déplacer, il faut connaître la durée du fichier, pas encore connue.</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="88"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="88"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="89"/>
        <source>Pause the replay</source>
        <translation>Mettre la relecture en pause</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="89"/>
        <source>Play the replay</source>
        <translation>Lancer la relecture</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="95"/>
        <source>REPLAY of %1</source>
        <translation>RELECTURE de %1</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="106"/>
        <source>File time: —</source>
        <translation>Heure du fichier : —</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="106"/>
        <source>File time: %1</source>
        <translation>Heure du fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="108"/>
        <source>%1 (the replay has ended)</source>
        <translation>%1 (la relecture est terminée)</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="116"/>
        <source>1 unreadable line: line %1</source>
        <translation>1 ligne illisible : ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="117"/>
        <source>%1 unreadable lines, the first: line %2</source>
        <translation>%1 lignes illisibles, la première : ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="120"/>
        <source>Lines of the file that are not a frame of any format it is read as; they are counted, not replayed. Open the file at line %1 to see what is there.</source>
        <translation>Lignes du fichier qui ne sont une trame d&apos;aucun des formats lus ; elles sont comptées, pas relues. Ouvrez le fichier à la ligne %1 pour voir ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <location filename="../ui/replaybar.cpp" line="138"/>
        <source>Where the replay is in the file, from %1 to %2. Drag, click or use the arrow keys to go elsewhere.</source>
        <translation>Où en est la relecture dans le fichier, de %1 à %2. Faites glisser, cliquez ou utilisez les flèches pour aller ailleurs.</translation>
    </message>
</context>
<context>
    <name>ReplayLink</name>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="33"/>
        <location filename="../protocols/links/replaylink.cpp" line="68"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="37"/>
        <source>%1: line 1 is longer than %2 bytes: not a log</source>
        <translation>%1 : la ligne 1 fait plus de %2 octets : pas un journal</translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="48"/>
        <source>%1 is not a log BankScope reads (a BankScope or candump log, candump&apos;s screen output, SavvyCAN CSV or Vector ASC): line %2: %3</source>
        <translation>%1 n&apos;est pas un journal que BankScope lit (un journal BankScope ou candump, la sortie écran de candump, un CSV SavvyCAN ou un Vector ASC) : ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="55"/>
        <location filename="../protocols/links/replaylink.cpp" line="76"/>
        <source>no frames in %1</source>
        <translation>aucune trame dans %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/replaylink.cpp" line="122"/>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="32"/>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="41"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="42"/>
        <source>The report&apos;s pages as they will print.</source>
        <translation>Les pages du rapport telles qu&apos;elles seront imprimées.</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="51"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="53"/>
        <source>The report is printed in its own language, apart from the window&apos;s: the customer&apos;s.</source>
        <translation>Le rapport s&apos;imprime dans sa propre langue, indépendamment de celle de la fenêtre : celle du client.</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="58"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="59"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="60"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="73"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="74"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="75"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="75"/>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="97"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="100"/>
        <source>Print the report on a printer (%1)</source>
        <translation>Imprimer le rapport sur une imprimante (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="101"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="103"/>
        <source>Save the report as a PDF file to hand to the customer</source>
        <translation>Enregistrer le rapport en fichier PDF à remettre au client</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportdialog.cpp" line="185"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="194"/>
        <source>Print the commissioning report</source>
        <translation>Imprimer le rapport de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="225"/>
        <source>commissioning report.pdf</source>
        <translation>rapport de mise en service.pdf</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="225"/>
        <source>%1 commissioning report.pdf</source>
        <translation>%1 rapport de mise en service.pdf</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="244"/>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="250"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../ui/reportdialog.cpp" line="250"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportdialog.cpp" line="253"/>
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 enregistré (%n page)</numerusform>
            <numerusform>%1 enregistré (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/printing/reportprinter.cpp" line="120"/>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RequestSafety</name>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="18"/>
        <source>not a Pylontech frame: %1</source>
        <translation>pas une trame Pylontech : %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="34"/>
        <source>Pylontech command 0x%1 is not a read (0x94 sets limits, 0x95 turns a module off)</source>
        <translation>la commande Pylontech 0x%1 n&apos;est pas une lecture (0x94 règle des limites, 0x95 éteint un module)</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="43"/>
        <source>not a Modbus RTU request: %1</source>
        <translation>pas une requête Modbus RTU : %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="49"/>
        <source>a write of %1 register(s) from 0x%2: BankScope never writes a BMS setting</source>
        <translation>une écriture de %1 registre(s) à partir de 0x%2 : BankScope n&apos;écrit jamais de réglage BMS</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="53"/>
        <source>not a read request</source>
        <translation>pas une requête de lecture</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="60"/>
        <source>not a JK-B frame: %1</source>
        <translation>pas une trame JK-B : %1</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="63"/>
        <source>JK-B command 0x%1 is not a read (0x02 writes, 0x05 sends the password)</source>
        <translation>la commande JK-B 0x%1 n&apos;est pas une lecture (0x02 écrit, 0x05 envoie le mot de passe)</translation>
    </message>
    <message>
        <location filename="../protocols/links/requestsafety.cpp" line="70"/>
        <source>BankScope sends no requests in %1</source>
        <translation>BankScope n&apos;envoie aucune requête en %1</translation>
    </message>
</context>
<context>
    <name>RoleDecision</name>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="43"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="103"/>
        <source>not polling (another master owns this bus)</source>
        <translation>n&apos;interroge pas (un autre maître tient ce bus)</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="104"/>
        <source>listening only</source>
        <translation>écoute seule</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="106"/>
        <source>%1: stopped polling, %2</source>
        <translation>%1 : interrogation arrêtée, %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="107"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="113"/>
        <source>the bus</source>
        <translation>le bus</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="114"/>
        <source> every %1 s</source>
        <translation> toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="118"/>
        <source>asked to listen: this link never transmits</source>
        <translation>écoute demandée : cette liaison n&apos;émet jamais</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="120"/>
        <source>CAN links only listen: nothing is sent on CAN</source>
        <translation>les liaisons CAN ne font qu&apos;écouter : rien n&apos;est envoyé en CAN</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="122"/>
        <source>silent for %1 s: polling</source>
        <translation>silencieux depuis %1 s : interrogation</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="124"/>
        <source>another master polls %1%2%3</source>
        <translation>un autre maître interroge %1%2%3</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="127"/>
        <source>another master polls %1%2%3 in %4, not the protocol chosen</source>
        <translation>un autre maître interroge %1%2%3 en %4, pas le protocole choisi</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="131"/>
        <source>answers from %1 heard in %2 without their requests</source>
        <translation>réponses de %1 entendues en %2 sans leurs requêtes</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="135"/>
        <source>bytes heard (%1) that decode as no known protocol (another baud rate, A and B swapped, or another device talking)</source>
        <translation>octets entendus (%1) qui ne se décodent en aucun protocole connu (autre débit en bauds, A et B inversés, ou un autre appareil qui parle)</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="140"/>
        <source>a request BankScope did not send%1 to %2 arrived while it polled</source>
        <translation>une requête que BankScope n&apos;a pas envoyée%1 vers %2 est arrivée pendant qu&apos;il interrogeait</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="144"/>
        <source>bytes (%1) arrived outside the answer slot of BankScope&apos;s request to %2 while it polled</source>
        <translation>des octets (%1) sont arrivés hors de la fenêtre de réponse de la requête de BankScope vers %2 pendant qu&apos;il interrogeait</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="148"/>
        <source>bytes (%1) arrived before BankScope&apos;s first request</source>
        <translation>des octets (%1) sont arrivés avant la première requête de BankScope</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="151"/>
        <source>silent, but the port cannot be opened for writing (%1)</source>
        <translation>silencieux, mais le port ne peut pas être ouvert en écriture (%1)</translation>
    </message>
</context>
<context>
    <name>RoleRequest</name>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="73"/>
        <source>auto</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="75"/>
        <source>listen</source>
        <translation>écoute seule</translation>
    </message>
    <message>
        <location filename="../protocols/links/roledecision.cpp" line="77"/>
        <source>poll</source>
        <translation>interrogation</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../core/inverterview.cpp" line="42"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="44"/>
        <source>capacity-weighted mean</source>
        <translation>moyenne pondérée par la capacité</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="46"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="48"/>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="50"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="52"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="54"/>
        <source>weakest pack x online packs</source>
        <translation>pack le plus faible × packs en ligne</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="56"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="58"/>
        <source>master pack only</source>
        <translation>pack maître seulement</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="60"/>
        <source>any pack</source>
        <translation>un pack</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="62"/>
        <source>all packs</source>
        <translation>tous les packs</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="64"/>
        <source>as reported on the wire</source>
        <translation>tel que signalé sur le fil</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="101"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="128"/>
        <location filename="../protocols/sim/scenario.cpp" line="143"/>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="82"/>
        <source>from %1 to %2%3</source>
        <translation>de %1 à %2%3</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="107"/>
        <source>expected a whole number %1</source>
        <translation>nombre entier attendu %1</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="108"/>
        <source>expected a number %1</source>
        <translation>nombre attendu %1</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="113"/>
        <source>%1 is not a whole number: expected %2</source>
        <translation>%1 n&apos;est pas un nombre entier : %2 attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="117"/>
        <source>%1 is out of range: expected %2</source>
        <translation>%1 est hors plage : %2 attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="147"/>
        <source>expected a non-empty string</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="159"/>
        <source>&apos;%1&apos; is not plain ASCII text</source>
        <translation>« %1 » n&apos;est pas du texte ASCII simple</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="164"/>
        <source>&apos;%1&apos; is longer than the %2 characters of %3</source>
        <translation>« %1 » dépasse les %2 caractères de %3</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="235"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="237"/>
        <source>expected a JSON object describing the scenario</source>
        <translation>objet JSON décrivant le scénario attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="247"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="253"/>
        <source>expected one of %1</source>
        <translation>une valeur parmi %1 attendue</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="260"/>
        <source>expected &quot;pylon-v1.2&quot; or &quot;pylontech-v1.3&quot;</source>
        <translation>« pylon-v1.2 » ou « pylontech-v1.3 » attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="268"/>
        <source>expected one of the serial rates %1</source>
        <translation>un des débits série %1 attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="281"/>
        <source>expected &quot;master-slave&quot;, &quot;peer-to-peer&quot; or &quot;single-master&quot;</source>
        <translation>« master-slave », « peer-to-peer » ou « single-master » attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="283"/>
        <source>a &quot;victron-can&quot; bank is peer-to-peer: every BMS talks to the GX</source>
        <translation>un parc « victron-can » est pair à pair : chaque BMS parle au GX</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="287"/>
        <source>expected a list of 1 to %1 packs (a master and up to %2 slaves)</source>
        <translation>liste de 1 à %1 packs attendue (un maître et jusqu&apos;à %2 esclaves)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="292"/>
        <source>expected an object describing a pack</source>
        <translation>objet décrivant un pack attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="302"/>
        <source>expected 1 to %1 ASCII letters, digits or signs, no spaces</source>
        <translation>1 à %1 lettres, chiffres ou signes ASCII attendus, sans espaces</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="306"/>
        <source>0x%1 is no module address: within a group modules are 2 to 15 (0x%2 to 0x%3)</source>
        <translation>0x%1 n&apos;est pas une adresse de module : dans un groupe, les modules vont de 2 à 15 (0x%2 à 0x%3)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="309"/>
        <source>the Pylontech device name (0x51)</source>
        <translation>le nom d&apos;appareil Pylontech (0x51)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="316"/>
        <source>the BMS name in 0x370/0x371</source>
        <translation>le nom du BMS dans 0x370/0x371</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="323"/>
        <source>the JK-B manufacturer id (0xBA)</source>
        <translation>l&apos;identifiant fabricant JK-B (0xBA)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="324"/>
        <source>the JK model (0x1400)</source>
        <translation>le modèle JK (0x1400)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="330"/>
        <source>the BMS name &apos;%1 %2&apos; is longer than the 16 characters of 0x370/0x371</source>
        <translation>le nom du BMS « %1 %2 » dépasse les 16 caractères de 0x370/0x371</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="361"/>
        <source>expected [seconds, amperes]</source>
        <translation>[secondes, ampères] attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="367"/>
        <source>%1 s comes before the previous point (%2 s): times must be in order</source>
        <translation>%1 s vient avant le point précédent (%2 s) : les temps doivent être dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="372"/>
        <source>expected &quot;demo-cycle&quot; or a list of up to %1 [seconds, amperes] points</source>
        <translation>« demo-cycle » ou une liste d&apos;au plus %1 points [secondes, ampères] attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="379"/>
        <source>expected a list of up to %1 faults</source>
        <translation>liste d&apos;au plus %1 défauts attendue</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="383"/>
        <source>expected an object describing a fault</source>
        <translation>objet décrivant un défaut attendu</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="392"/>
        <source>%1 s is after the end of the scenario (duration_s %2): the fault would never fire</source>
        <translation>%1 s est après la fin du scénario (duration_s %2) : le défaut ne se déclencherait jamais</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="424"/>
        <source>the JK-B software version (0xB7)</source>
        <translation>la version logicielle JK-B (0xB7)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="425"/>
        <source>the JK software version (0x1418)</source>
        <translation>la version logicielle JK (0x1418)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="429"/>
        <source>expected &quot;major.minor&quot; with each part 0 to 255 (0x35F bytes 2-3)</source>
        <translation>« majeur.mineur » attendu, chaque partie de 0 à 255 (octets 2-3 de 0x35F)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="430"/>
        <source>expected &quot;x.y.z&quot; with each part 0 to 255 (the three bytes of 0x96)</source>
        <translation>« x.y.z » attendu, chaque partie de 0 à 255 (les trois octets de 0x96)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="341"/>
        <source>duplicate pack id &apos;%1&apos;</source>
        <translation>identifiant de pack en double « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="343"/>
        <source>address %1 is used twice (use the duplicate-address fault to simulate that)</source>
        <translation>l&apos;adresse %1 est utilisée deux fois (utilisez le défaut duplicate-address pour le simuler)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="346"/>
        <source>every pack of a bank is in the master&apos;s group</source>
        <translation>chaque pack d&apos;un parc est dans le groupe du maître</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="399"/>
        <source>unknown fault &apos;%1&apos; (known: %2)</source>
        <translation>défaut inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="411"/>
        <source>no pack &apos;%1&apos; in this scenario</source>
        <translation>pas de pack « %1 » dans ce scénario</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="413"/>
        <source>a &quot;victron-can&quot; bank has no master: there is nobody to promote</source>
        <translation>un parc « victron-can » n&apos;a pas de maître : il n&apos;y a personne à promouvoir</translation>
    </message>
    <message>
        <location filename="../protocols/sim/scenario.cpp" line="416"/>
        <source>%1 concerns a slave, not the master</source>
        <translation>%1 concerne un esclave, pas le maître</translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="53"/>
        <source>%1 refused the settings %2 baud: %3</source>
        <translation>%1 a refusé les réglages %2 bauds : %3</translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="46"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="37"/>
        <source>cannot open %1: the adapter is not plugged in</source>
        <translation>impossible d&apos;ouvrir %1 : l&apos;adaptateur n&apos;est pas branché</translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="74"/>
        <source>writing to %1 failed: %2</source>
        <translation>l&apos;écriture vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/seriallink.cpp" line="107"/>
        <source>%1 went away (%2); retrying</source>
        <translation>%1 a disparu (%2) ; nouvel essai</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="217"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="335"/>
        <source>not a log format BankScope reads</source>
        <translation>pas un format de journal que BankScope lit</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="353"/>
        <source>expected &apos;(time) link ID#DATA&apos; or &apos;(time) link RX|TX HEX&apos;, got %1 fields</source>
        <translation>« (heure) liaison ID#DONNÉES » ou « (heure) liaison RX|TX HEX » attendu, reçu %1 champs</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="358"/>
        <source>bad time stamp &apos;%1&apos;</source>
        <translation>horodatage invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="370"/>
        <source>direction must be RX or TX, got &apos;%1&apos;</source>
        <translation>le sens doit être RX ou TX, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="375"/>
        <source>bad hex bytes</source>
        <translation>octets hexadécimaux invalides</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="382"/>
        <source>after a CAN frame only R or T (candump -x) may follow, got &apos;%1&apos;</source>
        <translation>après une trame CAN, seul R ou T (candump -x) peut suivre, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="386"/>
        <source>CAN frame without &apos;#&apos;</source>
        <translation>trame CAN sans « # »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="392"/>
        <location filename="../protocols/links/sessionformat.cpp" line="517"/>
        <source>CAN ID must be 3 (standard) or 8 (extended) hex digits, got &apos;%1&apos;</source>
        <translation>l&apos;identifiant CAN doit avoir 3 (standard) ou 8 (étendu) chiffres hexadécimaux, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="398"/>
        <location filename="../protocols/links/sessionformat.cpp" line="539"/>
        <location filename="../protocols/links/sessionformat.cpp" line="546"/>
        <source>CAN ID %1 out of range</source>
        <translation>identifiant CAN %1 hors plage</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="404"/>
        <location filename="../protocols/links/sessionformat.cpp" line="527"/>
        <source>CAN FD frames are not supported</source>
        <translation>les trames CAN FD ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="413"/>
        <source>CAN data must be 0 to 8 hex bytes</source>
        <translation>les données CAN doivent faire 0 à 8 octets hexadécimaux</translation>
    </message>
    <message>
        <location filename="../protocols/links/logreader.cpp" line="144"/>
        <location filename="../protocols/links/sessionformat.cpp" line="993"/>
        <source>time goes backwards</source>
        <translation>le temps recule</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1063"/>
        <source>serial traffic (%1) cannot be written as Vector ASC</source>
        <translation>le trafic série (%1) ne peut pas être écrit en Vector ASC</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="749"/>
        <source>&apos;base&apos; must be hex or dec</source>
        <translation>« base » doit être hex ou dec</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="768"/>
        <source>event outside &apos;Begin Triggerblock&apos; ... &apos;End TriggerBlock&apos;</source>
        <translation>événement hors de « Begin Triggerblock » ... « End TriggerBlock »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="774"/>
        <source>bad time &apos;%1&apos;</source>
        <translation>heure invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="786"/>
        <source>expected &apos;time channel id Rx|Tx d|r dlc bytes...&apos;</source>
        <translation>« heure canal id Rx|Tx d|r dlc octets... » attendu</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="791"/>
        <source>bad channel &apos;%1&apos;</source>
        <translation>canal invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="667"/>
        <location filename="../protocols/links/sessionformat.cpp" line="805"/>
        <source>bad CAN ID &apos;%1&apos;</source>
        <translation>identifiant CAN invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="445"/>
        <source>time stamp without &apos;)&apos;</source>
        <translation>horodatage sans « ) »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="469"/>
        <source>a time stamp where the lines before had none</source>
        <translation>un horodatage alors que les lignes précédentes n&apos;en avaient pas</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="473"/>
        <source>bad time stamp &apos;(%1)&apos;</source>
        <translation>horodatage invalide « (%1) »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="479"/>
        <source>no time stamp where the lines before had one</source>
        <translation>pas d&apos;horodatage alors que les lignes précédentes en avaient</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="498"/>
        <source>expected &apos;interface ID [DLC] bytes&apos; (candump&apos;s screen output), got %1 fields</source>
        <translation>« interface ID [DLC] octets » attendu (la sortie écran de candump), reçu %1 champs</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="505"/>
        <source>candump -x columns must read &apos;RX - -&apos; or &apos;TX B E&apos;</source>
        <translation>les colonnes de candump -x doivent indiquer « RX - - » ou « TX B E »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="511"/>
        <source>expected a CAN ID and a length after the interface</source>
        <translation>un identifiant CAN et une longueur attendus après l&apos;interface</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="531"/>
        <source>length must read [0] to [8], got &apos;%1&apos;</source>
        <translation>la longueur doit indiquer [0] à [8], reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="595"/>
        <source>length [%1] but %2 data bytes</source>
        <translation>longueur [%1] mais %2 octets de données</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="605"/>
        <source>more after the %1 data bytes than candump writes: &apos;%2&apos;</source>
        <translation>plus de choses après les %1 octets de données que candump n&apos;en écrit : « %2 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="624"/>
        <location filename="../protocols/links/sessionformat.cpp" line="638"/>
        <source>expected SavvyCAN&apos;s header &apos;Time Stamp,ID,Extended,Dir,Bus,LEN,D1,...&apos;</source>
        <translation>en-tête SavvyCAN « Time Stamp,ID,Extended,Dir,Bus,LEN,D1,... » attendu</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="657"/>
        <source>expected %1 columns before the data bytes, got %2</source>
        <translation>%1 colonnes attendues avant les octets de données, reçu %2</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="662"/>
        <source>bad time stamp &apos;%1&apos; (microseconds)</source>
        <translation>horodatage invalide « %1 » (microsecondes)</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="674"/>
        <source>Extended must be true or false, got &apos;%1&apos;</source>
        <translation>Extended doit être true ou false, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="680"/>
        <source>Dir must be Rx or Tx, got &apos;%1&apos;</source>
        <translation>Dir doit être Rx ou Tx, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="687"/>
        <source>bad bus number &apos;%1&apos;</source>
        <translation>numéro de bus invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="693"/>
        <source>LEN must be 0 to 8, got &apos;%1&apos;</source>
        <translation>LEN doit être de 0 à 8, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="698"/>
        <source>LEN %1 but %2 data columns</source>
        <translation>LEN %1 mais %2 colonnes de données</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="809"/>
        <source>direction must be Rx or Tx</source>
        <translation>le sens doit être Rx ou Tx</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="813"/>
        <source>frame type must be d or r</source>
        <translation>le type de trame doit être d ou r</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="818"/>
        <source>missing DLC</source>
        <translation>DLC manquant</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="823"/>
        <source>DLC must be 0 to 8</source>
        <translation>DLC doit être de 0 à 8</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="828"/>
        <source>DLC %1 but %2 data bytes</source>
        <translation>DLC %1 mais %2 octets de données</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="862"/>
        <source>not an event (a comment or an empty line)</source>
        <translation>pas un événement (un commentaire ou une ligne vide)</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1031"/>
        <source>not a CAN log or recording BankScope reads</source>
        <translation>pas un journal CAN ni un enregistrement que BankScope lit</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="1076"/>
        <source>a frame %1 s after the first one is beyond what Vector ASC holds</source>
        <translation>une trame %1 s après la première dépasse ce que Vector ASC peut contenir</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="564"/>
        <location filename="../protocols/links/sessionformat.cpp" line="579"/>
        <location filename="../protocols/links/sessionformat.cpp" line="589"/>
        <location filename="../protocols/links/sessionformat.cpp" line="705"/>
        <location filename="../protocols/links/sessionformat.cpp" line="835"/>
        <source>bad data byte &apos;%1&apos;</source>
        <translation>octet de données invalide « %1 »</translation>
    </message>
    <message>
        <location filename="../protocols/links/sessionformat.cpp" line="342"/>
        <source>the file ends without &apos;End TriggerBlock&apos; (cut short?)</source>
        <translation>le fichier se termine sans « End TriggerBlock » (tronqué ?)</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <location filename="../protocols/links/sessionrecorder.cpp" line="24"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SessionVerificationSource</name>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="28"/>
        <source>a recording</source>
        <translation>un enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="30"/>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="34"/>
        <source>BankScope listens</source>
        <translation>BankScope écoute</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="32"/>
        <source>BankScope polls</source>
        <translation>BankScope interroge</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="38"/>
        <source>The window&apos;s bank: %n pack(s) configured, no live link.</source>
        <translation>
            <numerusform>Le parc de la fenêtre : %n pack(s) configuré(s), aucune liaison en direct.</numerusform>
            <numerusform>Le parc de la fenêtre : %n pack(s) configuré(s), aucune liaison en direct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="39"/>
        <source>The live session: %1; %n pack(s) configured.</source>
        <translation>
            <numerusform>La session en direct : %1 ; %n pack(s) configuré(s).</numerusform>
            <numerusform>La session en direct : %1 ; %n pack(s) configuré(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="42"/>
        <source>%n unit(s) gave a serial number when the bus was scanned: readings are matched to the plan by serial number.</source>
        <translation>
            <numerusform>%n unité(s) ont donné un numéro de série lors du balayage du bus : les lectures sont associées au plan par numéro de série.</numerusform>
            <numerusform>%n unité(s) ont donné un numéro de série lors du balayage du bus : les lectures sont associées au plan par numéro de série.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="44"/>
        <source>No unit has given a serial number yet, so the checks that match readings by serial say &quot;not measured&quot;.</source>
        <translation>Aucune unité n&apos;a encore donné de numéro de série : les vérifications qui associent les lectures par numéro de série indiquent donc « non mesuré ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="45"/>
        <source>Readings older than %n s are not judged.</source>
        <translation>
            <numerusform>Les lectures de plus de %n s ne sont pas jugées.</numerusform>
            <numerusform>Les lectures de plus de %n s ne sont pas jugées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/sessionverificationsource.cpp" line="54"/>
        <source>The window shows no bank: connect to one first (File &gt; Connect).</source>
        <translation>La fenêtre n&apos;affiche aucun parc : connectez-vous d&apos;abord à un parc (Fichier &gt; Se connecter).</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../core/finding.cpp" line="24"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="26"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../core/finding.cpp" line="28"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="33"/>
        <source>Isolation order</source>
        <translation>Ordre d&apos;isolement</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="34"/>
        <location filename="../ui/wizards/sitepage.cpp" line="70"/>
        <source>Power-up order</source>
        <translation>Ordre de remise sous tension</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="37"/>
        <source>Site and inverter</source>
        <translation>Site et onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="38"/>
        <source>Who commissions which bank where, the inverter, and this site&apos;s own isolation and power-up order.</source>
        <translation>Qui met en service quel parc et où, l&apos;onduleur, et l&apos;ordre d&apos;isolement et de remise sous tension propre à ce site.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="41"/>
        <source>e.g. Adeyemi residence, Ibadan</source>
        <translation>p. ex. résidence Adeyemi, Ibadan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="46"/>
        <source>e.g. +234 803 555 0142</source>
        <translation>p. ex. +234 803 555 0142</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="47"/>
        <source>The number the site owner calls: it is printed on the report and the failover card.</source>
        <translation>Le numéro qu&apos;appelle le propriétaire du site : il est imprimé sur le rapport et sur la fiche de secours.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="51"/>
        <source>Not in the catalogue…</source>
        <translation>Absent du catalogue…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="53"/>
        <source>Choose the inverter</source>
        <translation>Choisissez l&apos;onduleur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="55"/>
        <source>Maker and model as on its label</source>
        <translation>Fabricant et modèle comme sur l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="59"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="60"/>
        <source>Site &amp;address:</source>
        <translation>&amp;Adresse du site :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="61"/>
        <source>&amp;Installer:</source>
        <translation>&amp;Installateur :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="62"/>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="63"/>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Téléphone de contact :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="64"/>
        <source>In&amp;verter:</source>
        <translation>On&amp;duleur :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="65"/>
        <source>Its &amp;name:</source>
        <translation>Son &amp;nom :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="69"/>
        <source>Isolation order (to make the battery safe)</source>
        <translation>Ordre d&apos;isolement (pour mettre la batterie en sécurité)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="78"/>
        <source>Write the steps as this site needs them, with the label on each breaker. Left empty, the plan takes the maker&apos;s order where the catalogue has one; for most banks none exists, and the failover card is not printed without this site&apos;s own.</source>
        <translation>Écrivez les étapes comme ce site les demande, avec le repère de chaque disjoncteur. Laissé vide, le plan prend l&apos;ordre du fabricant là où le catalogue en a un ; pour la plupart des parcs il n&apos;en existe pas, et la fiche de secours n&apos;est pas imprimée sans l&apos;ordre propre à ce site.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="146"/>
        <source>Not in the catalogue: every value BankScope would fill in for it says “unknown — see its manual”.</source>
        <translation>Absent du catalogue : chaque valeur que BankScope remplirait pour lui indique « inconnu — voir son manuel ».</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="156"/>
        <source>BMS links: %1</source>
        <translation>Liaisons BMS : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="159"/>
        <source>also sold as: %1</source>
        <translation>aussi vendu sous le nom : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="166"/>
        <source>Name the site.</source>
        <translation>Nommez le site.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="168"/>
        <source>Enter the installer&apos;s name: it goes on the report and its signature line.</source>
        <translation>Saisissez le nom de l&apos;installateur : il figure sur le rapport et sur sa ligne de signature.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="172"/>
        <source>The phone number holds characters a phone cannot dial: use digits, spaces and + ( ) - / . only.</source>
        <translation>Le numéro de téléphone contient des caractères qu&apos;un téléphone ne peut pas composer : utilisez uniquement des chiffres, des espaces et + ( ) - / .</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="174"/>
        <source>Choose the inverter, or “Not in the catalogue”.</source>
        <translation>Choisissez l&apos;onduleur, ou « Absent du catalogue ».</translation>
    </message>
    <message>
        <location filename="../ui/wizards/sitepage.cpp" line="176"/>
        <source>Name the inverter that is not in the catalogue.</source>
        <translation>Nommez l&apos;onduleur absent du catalogue.</translation>
    </message>
</context>
<context>
    <name>SocketCan</name>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="17"/>
        <source>ip printed no interface</source>
        <translation>ip n&apos;a affiché aucune interface</translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="44"/>
        <source>the ip command (iproute2) is not installed</source>
        <translation>la commande ip (iproute2) n&apos;est pas installée</translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="52"/>
        <source>ip did not answer</source>
        <translation>ip n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../protocols/links/socketcaninterface.cpp" line="58"/>
        <source>no interface %1</source>
        <translation>pas d&apos;interface %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="44"/>
        <source>&amp;Preview, print or export the report…</source>
        <translation>&amp;Aperçu, impression ou export du rapport…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="47"/>
        <source>Summary and sign-off</source>
        <translation>Résumé et signature</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="48"/>
        <source>Check what is still open, hand the bank over and print the signed report. Finish saves the plan.</source>
        <translation>Vérifiez ce qui reste ouvert, remettez le parc au client et imprimez le rapport signé. Terminer enregistre le plan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="52"/>
        <source>Summary of the plan</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="54"/>
        <source>the site owner or their representative</source>
        <translation>le propriétaire du site ou son représentant</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="66"/>
        <source>Hand-over</source>
        <translation>Remise au client</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="68"/>
        <source>Handed over &amp;to:</source>
        <translation>Remis &amp;à :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="69"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="71"/>
        <source>The report carries signature lines for the installer and the customer: sign the printed copy.</source>
        <translation>Le rapport porte des lignes de signature pour l&apos;installateur et le client : signez l&apos;exemplaire imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="91"/>
        <source>No isolation order: enter this site&apos;s own on the first step (the failover card is not printed without one).</source>
        <translation>Pas d&apos;ordre d&apos;isolement : saisissez celui de ce site à la première étape (la fiche de secours n&apos;est pas imprimée sans lui).</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="93"/>
        <source>No power-up order: enter this site&apos;s own on the first step.</source>
        <translation>Pas d&apos;ordre de remise sous tension : saisissez celui de ce site à la première étape.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="95"/>
        <source>No contact phone: the site owner needs a number to call.</source>
        <translation>Pas de téléphone de contact : le propriétaire du site a besoin d&apos;un numéro à appeler.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="97"/>
        <source>Not verified: the report will say the bank was not verified with BankScope.</source>
        <translation>Non vérifié : le rapport dira que le parc n&apos;a pas été vérifié avec BankScope.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="111"/>
        <source>%n check(s) failed: put them right and verify again before handing over.</source>
        <translation>
            <numerusform>%n contrôle en échec : corrigez-le et vérifiez à nouveau avant la remise au client.</numerusform>
            <numerusform>%n contrôles en échec : corrigez-les et vérifiez à nouveau avant la remise au client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="113"/>
        <source>%n warning(s): read their next steps on the verification step and note what you did.</source>
        <translation>
            <numerusform>%n avertissement : lisez son étape suivante à l&apos;étape de vérification et notez ce que vous avez fait.</numerusform>
            <numerusform>%n avertissements : lisez leurs étapes suivantes à l&apos;étape de vérification et notez ce que vous avez fait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="115"/>
        <source>%n check(s) not measured and not checked by hand.</source>
        <translation>
            <numerusform>%n contrôle ni mesuré ni vérifié à la main.</numerusform>
            <numerusform>%n contrôles ni mesurés ni vérifiés à la main.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="118"/>
        <source>%1 not recorded: decide it and record it on the inverter settings step.</source>
        <translation>%1 non noté : décidez-le et notez-le à l&apos;étape des réglages de l&apos;onduleur.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="130"/>
        <source>Site</source>
        <translation>Site</translation>
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
        <translation>Installateur</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="132"/>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="132"/>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="133"/>
        <source>firmware not entered</source>
        <translation>firmware non saisi</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="133"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="135"/>
        <source>, release notes checked</source>
        <translation>, notes de version vérifiées</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="136"/>
        <source>Inverter</source>
        <translation>Onduleur</translation>
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
        <translation>Batteries</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="141"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="141"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="142"/>
        <source>Master</source>
        <translation>Maître</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="142"/>
        <source>none (every BMS talks to the GX)</source>
        <translation>aucun (chaque BMS parle au GX)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="144"/>
        <location filename="../ui/wizards/summarypage.cpp" line="149"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="144"/>
        <source>not run</source>
        <translation>non lancée</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="149"/>
        <source>%1 passed, %2 failed, %3 warnings, %4 not measured (recorded %5)</source>
        <translation>%1 conformes, %2 en échec, %3 avertissements, %4 non mesurés (noté le %5)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="156"/>
        <source>Checked by hand</source>
        <translation>Vérifié à la main</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="156"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="158"/>
        <source>Readings at hand-over</source>
        <translation>Mesures à la remise</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/summarypage.cpp" line="158"/>
        <source>%n unit(s), read %1</source>
        <translation>
            <numerusform>%n unité, lue le %1</numerusform>
            <numerusform>%n unités, lues le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="162"/>
        <source>✔ Nothing open.</source>
        <translation>✔ Rien d&apos;ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="164"/>
        <source>Still open:</source>
        <translation>Reste ouvert :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="176"/>
        <source>The installer confirms the bank was installed and commissioned as recorded in the plan</source>
        <translation>L&apos;installateur confirme que le parc a été installé et mis en service comme consigné dans le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="177"/>
        <source>I, %1, confirm the bank was installed and commissioned as recorded in the plan</source>
        <translation>Je soussigné(e), %1, confirme que le parc a été installé et mis en service comme consigné dans le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="194"/>
        <source>Handed over on %1; the installer confirms the bank was installed and commissioned as recorded.</source>
        <translation>Remis le %1 ; l&apos;installateur confirme que le parc a été installé et mis en service comme consigné.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="195"/>
        <source>Handed over to %1 on %2; the installer confirms the bank was installed and commissioned as recorded.</source>
        <translation>Remis à %1 le %2 ; l&apos;installateur confirme que le parc a été installé et mis en service comme consigné.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/summarypage.cpp" line="203"/>
        <source>The plan is not saved yet: save it to finish.</source>
        <translation>Le plan n&apos;est pas encore enregistré : enregistrez-le pour terminer.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <location filename="../core/supportbundle.cpp" line="52"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="54"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="56"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="57"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="67"/>
        <source>(this list)</source>
        <translation>(cette liste)</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="247"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="248"/>
        <source>The commissioning plan, as saved (%1)</source>
        <translation>Le plan de mise en service, tel qu&apos;enregistré (%1)</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="254"/>
        <source>cannot read the recording %1</source>
        <translation>impossible de lire l&apos;enregistrement %1</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="261"/>
        <source>The session recording, byte for byte (%1)</source>
        <translation>L&apos;enregistrement de la session, octet pour octet (%1)</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="268"/>
        <source>Findings, each pack&apos;s condition, events and alarms with their freeze-frames</source>
        <translation>Constats, état de chaque pack, événements et alarmes avec leurs instantanés</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="272"/>
        <source>Events and alarms, for a spreadsheet</source>
        <translation>Événements et alarmes, pour un tableur</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="273"/>
        <source>Freeze-frames: every value before and when each alarm appeared</source>
        <translation>Instantanés : chaque valeur avant et au moment de l&apos;apparition de chaque alarme</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="274"/>
        <source>Firmware table: pack, model, address, role, serial, firmware</source>
        <translation>Tableau des firmwares : pack, modèle, adresse, rôle, numéro de série, firmware</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="275"/>
        <source>Every pack&apos;s last cell voltages (mV), with their time and source</source>
        <translation>Dernières tensions de cellules de chaque pack (mV), avec leur heure et leur source</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="276"/>
        <source>The bank: what the inverter should see, can see and is told</source>
        <translation>Le parc : ce que l&apos;onduleur devrait voir, ce qu&apos;il peut voir et ce qui lui est transmis</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="278"/>
        <source>Firmware table from the plan: pack, model, address, role, serial, firmware</source>
        <translation>Tableau des firmwares d&apos;après le plan : pack, modèle, adresse, rôle, numéro de série, firmware</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/supportbundle.cpp" line="284"/>
        <source>The checks by hand the diagnosis assistant asked for, with what was found, the note and the time (%n recorded)</source>
        <translation>
            <numerusform>Les vérifications à la main demandées par l&apos;assistant de diagnostic, avec ce qui a été constaté, la note et l&apos;heure (%n enregistrée(s))</numerusform>
            <numerusform>Les vérifications à la main demandées par l&apos;assistant de diagnostic, avec ce qui a été constaté, la note et l&apos;heure (%n enregistrée(s))</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="288"/>
        <source>nothing to put in the bundle: no plan, recording or bank</source>
        <translation>rien à mettre dans l&apos;archive : ni plan, ni enregistrement, ni parc</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="293"/>
        <source>BankScope support bundle</source>
        <translation>Archive de support BankScope</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="294"/>
        <source>Made by %1 on %2 UTC, on %3 (%4, Qt %5).</source>
        <translation>Créée par %1 le %2 UTC, sur %3 (%4, Qt %5).</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="297"/>
        <source>Nothing in it was sent anywhere: whoever has this file chose whom to give it to.</source>
        <translation>Rien de son contenu n&apos;a été envoyé nulle part : la personne qui détient ce fichier a choisi à qui le donner.</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="299"/>
        <source>The bank&apos;s state was read from: %1</source>
        <translation>L&apos;état du parc a été lu depuis : %1</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="301"/>
        <source>No readings: the bundle was made from a plan alone (no recording, no connection).</source>
        <translation>Aucune mesure : l&apos;archive a été créée à partir d&apos;un plan seul (ni enregistrement, ni connexion).</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="303"/>
        <source>This list, in words</source>
        <translation>Cette liste, en clair</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="304"/>
        <source>This list, for programs</source>
        <translation>Cette liste, pour les programmes</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="328"/>
        <location filename="../core/supportbundle.cpp" line="351"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="340"/>
        <source>cannot read the recording %1: %2</source>
        <translation>impossible de lire l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/supportbundle.cpp" line="346"/>
        <source>the recording %1 became shorter while it was copied</source>
        <translation>l&apos;enregistrement %1 a raccourci pendant sa copie</translation>
    </message>
</context>
<context>
    <name>SupportBundleDialog</name>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="33"/>
        <location filename="../ui/supportbundledialog.cpp" line="149"/>
        <location filename="../ui/supportbundledialog.cpp" line="207"/>
        <source>Save a support bundle</source>
        <translation>Enregistrer une archive de support</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="36"/>
        <source>One ZIP file with what a battery or inverter maker&apos;s service desk asks for. It is saved on this computer only: nothing is sent anywhere, you choose whom to give it to.</source>
        <translation>Un seul fichier ZIP avec ce que demande le support technique d&apos;un fabricant de batteries ou d&apos;onduleurs. Il est enregistré sur cet ordinateur uniquement : rien n&apos;est envoyé nulle part, vous choisissez à qui le donner.</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="47"/>
        <source>none (optional: the site&apos;s commissioning plan)</source>
        <translation>aucun (facultatif : le plan de mise en service du site)</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="47"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="48"/>
        <source>Commissioning plan</source>
        <translation>Plan de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="49"/>
        <source>&amp;Plan…</source>
        <translation>Choisir un &amp;plan…</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="50"/>
        <source>Add the site&apos;s commissioning plan: its serial numbers and firmware go into the firmware table</source>
        <translation>Ajouter le plan de mise en service du site : ses numéros de série et ses firmwares vont dans le tableau des firmwares</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="53"/>
        <source>&amp;No plan</source>
        <translation>&amp;Sans plan</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="67"/>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="68"/>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="75"/>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="76"/>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="79"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="106"/>
        <source>Add a commissioning plan</source>
        <translation>Ajouter un plan de mise en service</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="106"/>
        <source>Commissioning plans (*.json)</source>
        <translation>Plans de mise en service (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="107"/>
        <source>Save the support bundle</source>
        <translation>Enregistrer l&apos;archive de support</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="107"/>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="137"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="147"/>
        <source>This plan cannot be opened:
%1: %2</source>
        <translation>Ce plan ne peut pas être ouvert :
%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supportbundledialog.cpp" line="165"/>
        <source>The bank as it is now (%1): findings, every pack&apos;s condition, %n event(s) and alarm(s) with their freeze-frames, the firmware table, each pack&apos;s cell voltages, what the inverter is told.</source>
        <translation>
            <numerusform>Le parc tel qu&apos;il est maintenant (%1) : constats, état de chaque pack, %n événement ou alarme avec ses instantanés, le tableau des firmwares, les tensions des cellules de chaque pack, ce qui est transmis à l&apos;onduleur.</numerusform>
            <numerusform>Le parc tel qu&apos;il est maintenant (%1) : constats, état de chaque pack, %n événements et alarmes avec leurs instantanés, le tableau des firmwares, les tensions des cellules de chaque pack, ce qui est transmis à l&apos;onduleur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="168"/>
        <source>the window&apos;s bank</source>
        <translation>le parc de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="170"/>
        <source>No recording: nothing is being recorded or replayed (File &gt; Record… makes one).</source>
        <translation>Pas d&apos;enregistrement : rien n&apos;est enregistré ni relu en ce moment (Fichier &gt; Enregistrer le trafic… en crée un).</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="173"/>
        <source>The recording %1 (%2), byte for byte, as far as it is written now.</source>
        <translation>L&apos;enregistrement %1 (%2), octet pour octet, tel qu&apos;il est écrit à cet instant.</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="176"/>
        <source>The commissioning plan of %1.</source>
        <translation>Le plan de mise en service de %1.</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="177"/>
        <source>No commissioning plan (optional).</source>
        <translation>Pas de plan de mise en service (facultatif).</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="178"/>
        <source>BankScope&apos;s version, the date and the operating system; no user or computer name.</source>
        <translation>La version de BankScope, la date et le système d&apos;exploitation ; aucun nom d&apos;utilisateur ni d&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="179"/>
        <source>It will hold:</source>
        <translation>Elle contiendra :</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="208"/>
        <source>The support bundle was not saved: %1</source>
        <translation>L&apos;archive de support n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="218"/>
        <source>Support bundle saved</source>
        <translation>Archive de support enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="219"/>
        <source>%1 is saved (%2). Nothing was sent anywhere.</source>
        <translation>%1 est enregistré (%2). Rien n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../ui/supportbundledialog.cpp" line="223"/>
        <source>It holds:</source>
        <translation>Elle contient :</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <location filename="../core/commissioningplan.cpp" line="38"/>
        <source>one cable from the inverter to the master</source>
        <translation>un câble de l&apos;onduleur vers le maître</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="39"/>
        <source>the inverter polls every BMS on one bus</source>
        <translation>l&apos;onduleur interroge chaque BMS sur un même bus</translation>
    </message>
    <message>
        <location filename="../core/commissioningplan.cpp" line="40"/>
        <source>every BMS on its own port of the GX</source>
        <translation>chaque BMS sur son propre port du GX</translation>
    </message>
</context>
<context>
    <name>TrafficDirection</name>
    <message>
        <location filename="../core/trafficlog.cpp" line="16"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="17"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="18"/>
        <source>Broadcast</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="19"/>
        <source>Other master</source>
        <translation>Autre maître</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>ADR %1</source>
        <translation>ADR %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="127"/>
        <source>%1 bytes: %2</source>
        <translation>%1 octets : %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="129"/>
        <source>Local time the unit was received or sent.</source>
        <translation>Heure locale de réception ou d&apos;envoi de l&apos;unité.</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="154"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="156"/>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="158"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="160"/>
        <source>Address / id</source>
        <translation>Adresse / ident.</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="162"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="164"/>
        <source>Decoded</source>
        <translation>Décodé</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="166"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TrafficStatus</name>
    <message>
        <location filename="../core/trafficlog.cpp" line="23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="24"/>
        <source>Checksum error</source>
        <translation>Erreur de somme de contrôle</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="25"/>
        <source>Framing error</source>
        <translation>Erreur de trame</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="26"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="27"/>
        <source>Module not answering (RTN 0x91)</source>
        <translation>Le module ne répond pas (RTN 0x91)</translation>
    </message>
    <message>
        <location filename="../core/trafficlog.cpp" line="28"/>
        <source>Not decoded</source>
        <translation>Non décodé</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../ui/trendchart.cpp" line="29"/>
        <source>Range of merged samples</source>
        <translation>Plage des échantillons fusionnés</translation>
    </message>
    <message>
        <location filename="../ui/trendchart.cpp" line="47"/>
        <source>Trend of %1</source>
        <translation>Tendance de %1</translation>
    </message>
    <message>
        <location filename="../ui/trendchart.cpp" line="48"/>
        <source>%1 in %2 over time, from BankScope&apos;s readings of the pack (one sample a second; long windows show the mean with the range of merged samples).
Zoom: wheel, drag a band, + / −. Pan: middle-drag or arrow keys. Back to live: right click or Home.</source>
        <translation>%1 en %2 au fil du temps, d&apos;après les mesures du pack par BankScope (un échantillon par seconde ; les longues fenêtres montrent la moyenne avec la plage des échantillons fusionnés).
Zoom : molette, tracer une bande, + / −. Déplacement : glisser avec le bouton du milieu ou touches fléchées. Retour au direct : clic droit ou Début.</translation>
    </message>
</context>
<context>
    <name>TrendQuantity</name>
    <message>
        <location filename="../core/trendhistory.cpp" line="21"/>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="22"/>
        <source>Voltage</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="23"/>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../core/trendhistory.cpp" line="25"/>
        <source>Cell spread (highest − lowest)</source>
        <translation>Écart des cellules (plus haute − plus basse)</translation>
    </message>
</context>
<context>
    <name>Unknown</name>
    <message>
        <location filename="../core/catalogue.cpp" line="57"/>
        <source>no maker figure</source>
        <translation>pas de valeur du fabricant</translation>
    </message>
    <message>
        <location filename="../core/catalogue.cpp" line="58"/>
        <location filename="../core/catalogue.cpp" line="59"/>
        <source>unknown — see its manual</source>
        <translation>inconnu — voir son manuel</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="27"/>
        <source>&amp;Run the checks</source>
        <translation>&amp;Lancer les contrôles</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="28"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="34"/>
        <source>Record &amp;by hand…</source>
        <translation>Noter à la &amp;main…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="35"/>
        <source>Take serial &amp;numbers from the scan</source>
        <translation>Reprendre les &amp;numéros de série du scan</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="37"/>
        <source>Live verification</source>
        <translation>Vérification en direct</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="38"/>
        <source>BankScope listens to the bank and checks what it hears against the plan. What it cannot measure, you check by hand.</source>
        <translation>BankScope écoute le parc et compare ce qu&apos;il entend au plan. Ce qu&apos;il ne peut pas mesurer, vous le vérifiez à la main.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="45"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="46"/>
        <source>How long to listen: the inverter acceptance check needs at least %1 s, and three cycles of every frame.</source>
        <translation>Durée d&apos;écoute : le contrôle d&apos;acceptation par l&apos;onduleur demande au moins %1 s, et trois cycles de chaque trame.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="54"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="60"/>
        <source>Record a check you did on the unit for the selected row: a note and a photo reference</source>
        <translation>Noter un contrôle que vous avez fait sur l&apos;unité de la ligne sélectionnée : une remarque et une référence de photo</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="62"/>
        <source>Copy the serial numbers read at each address into the plan&apos;s units that have none; check them against the labels</source>
        <translation>Copier les numéros de série lus à chaque adresse dans les unités du plan qui n&apos;en ont pas ; vérifiez-les d&apos;après les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="72"/>
        <source>Findings of the verification</source>
        <translation>Constats de la vérification</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/verificationpage.cpp" line="85"/>
        <source>%n serial number(s) taken from the scan into the plan: check them against the labels, then run the checks again.</source>
        <translation>
            <numerusform>%n numéro de série repris du scan dans le plan : vérifiez-le d&apos;après l&apos;étiquette, puis relancez les contrôles.</numerusform>
            <numerusform>%n numéros de série repris du scan dans le plan : vérifiez-les d&apos;après les étiquettes, puis relancez les contrôles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="95"/>
        <source>&amp;Listen for:</source>
        <translation>&amp;Écouter pendant :</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="122"/>
        <source>No live bank in reach: verification needs the window connected to the bank. The report will say the bank was not verified.</source>
        <translation>Aucun parc en direct à portée : la vérification demande que la fenêtre soit connectée au parc. Le rapport dira que le parc n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="126"/>
        <source>Evidence from: %1</source>
        <translation>Preuves issues de : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="146"/>
        <source>Results recorded in the plan on %1; run the checks again to renew them.</source>
        <translation>Résultats notés dans le plan le %1 ; relancez les contrôles pour les renouveler.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="173"/>
        <source>No live bank in reach.</source>
        <translation>Aucun parc en direct à portée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/verificationpage.cpp" line="176"/>
        <source>Listening for %n s…</source>
        <translation>
            <numerusform>Écoute pendant %n s…</numerusform>
            <numerusform>Écoute pendant %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="187"/>
        <source>Stopped: nothing recorded.</source>
        <translation>Arrêté : rien n&apos;a été noté.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="196"/>
        <source>Listening: %1 of %2 s…</source>
        <translation>Écoute : %1 s sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="201"/>
        <source>Verification could not run: %1</source>
        <translation>La vérification n&apos;a pas pu se lancer : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="251"/>
        <source>✘ Checks failed: see the next step of each, put it right and run the checks again.</source>
        <translation>✘ Des contrôles ont échoué : voyez l&apos;étape suivante de chacun, corrigez et relancez les contrôles.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="252"/>
        <source>✔ No check failed. Results recorded in the plan.</source>
        <translation>✔ Aucun contrôle en échec. Résultats notés dans le plan.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/verificationpage.cpp" line="263"/>
        <source>%1 (photo %2)</source>
        <translation>%1 (photo %2)</translation>
    </message>
</context>
<context>
    <name>ViewField</name>
    <message>
        <location filename="../core/inverterview.cpp" line="118"/>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="120"/>
        <source>State of health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="122"/>
        <source>Voltage</source>
        <translation>Tension</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="124"/>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="126"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="128"/>
        <source>Charge voltage limit (CVL)</source>
        <translation>Tension limite de charge (CVL)</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="130"/>
        <source>Charge current limit (CCL)</source>
        <translation>Courant limite de charge (CCL)</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="132"/>
        <source>Discharge current limit (DCL)</source>
        <translation>Courant limite de décharge (DCL)</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="134"/>
        <source>Highest temperature</source>
        <translation>Température la plus haute</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="136"/>
        <source>Lowest temperature</source>
        <translation>Température la plus basse</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="138"/>
        <source>Lowest cell</source>
        <translation>Cellule la plus basse</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="140"/>
        <source>Highest cell</source>
        <translation>Cellule la plus haute</translation>
    </message>
    <message>
        <location filename="../core/inverterview.cpp" line="142"/>
        <source>Packs online</source>
        <translation>Packs en ligne</translation>
    </message>
</context>
<context>
    <name>WindowWiring</name>
    <message>
        <location filename="../app/gui/windowwiring.cpp" line="25"/>
        <source>BankScope</source>
        <translation>BankScope</translation>
    </message>
    <message>
        <location filename="../app/gui/windowwiring.cpp" line="43"/>
        <location filename="../app/gui/windowwiring.cpp" line="89"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../core/zipwriter.cpp" line="115"/>
        <location filename="../core/zipwriter.cpp" line="190"/>
        <location filename="../core/zipwriter.cpp" line="249"/>
        <source>cannot write the archive: %1</source>
        <translation>impossible d&apos;écrire l&apos;archive : %1</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="137"/>
        <location filename="../core/zipwriter.cpp" line="278"/>
        <source>the archive is already finished</source>
        <translation>l&apos;archive est déjà terminée</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="139"/>
        <source>the archive&apos;s file is not open for writing</source>
        <translation>le fichier de l&apos;archive n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="146"/>
        <source>&apos;%1&apos; is not a name a ZIP archive can hold</source>
        <translation>« %1 » n&apos;est pas un nom qu&apos;une archive ZIP peut contenir</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="149"/>
        <source>&apos;%1&apos; is in the archive twice</source>
        <translation>« %1 » figure deux fois dans l&apos;archive</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="151"/>
        <source>more than 65535 files in one archive</source>
        <translation>plus de 65535 fichiers dans une même archive</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="156"/>
        <location filename="../core/zipwriter.cpp" line="305"/>
        <source>the archive is larger than 4 GiB</source>
        <translation>l&apos;archive dépasse 4 Gio</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="183"/>
        <source>&apos;%1&apos; is 4 GiB or larger</source>
        <translation>« %1 » fait 4 Gio ou plus</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="218"/>
        <source>cannot read what goes into &apos;%1&apos;: %2</source>
        <translation>impossible de lire ce qui doit entrer dans « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="226"/>
        <source>cannot start compressing &apos;%1&apos;</source>
        <translation>impossible de commencer à compresser « %1 »</translation>
    </message>
    <message>
        <location filename="../core/zipwriter.cpp" line="243"/>
        <source>cannot compress &apos;%1&apos;</source>
        <translation>impossible de compresser « %1 »</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="28"/>
        <source>bankscope-cli aggregate: expected one FILE or &apos;-&apos;, got %1 arguments</source>
        <translation>bankscope-cli aggregate : un seul FICHIER ou « - » attendu, reçu %1 arguments</translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="36"/>
        <source>bankscope-cli aggregate: cannot read %1: %2</source>
        <translation>bankscope-cli aggregate : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="44"/>
        <source>bankscope-cli aggregate: %1: %2</source>
        <translation>bankscope-cli aggregate : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="52"/>
        <source>bankscope-cli aggregate: %1</source>
        <translation>bankscope-cli aggregate : %1</translation>
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
        <translation>Usage : bankscope-cli COMMANDE [ARGUMENTS]

Commandes :
  aggregate [FICHIER|-]
                       Lit un parc en JSON (fichier ou entrée standard) et affiche ce que
                       l&apos;onduleur devrait voir, ce qu&apos;il peut voir, les écarts et les constats.
  decode [--protocol P] [--can-id ID] [--dialect D] [--register R] (DONNÉES | --file F | -)
                       Décode des trames et affiche un objet JSON par trame, au fil de la lecture.
                       P vaut pylontech-rs485, pylon-can, jk-modbus, jk-pb ou jk-legacy.
                       DONNÉES est une trame en texte (demande --protocol) : la trame ASCII
                       Pylontech (« ~ » et CR facultatifs), des octets hexadécimaux (espaces
                       permis), du CAN en ID#DONNÉES ou DONNÉES avec --can-id. Un fichier ou
                       l&apos;entrée standard contient un journal (journal BankScope ou candump,
                       sortie écran de candump, CSV SavvyCAN, Vector ASC) ou une trame par
                       ligne (« # » commence un commentaire) ; sans --protocol, le format, le
                       protocole et le dialecte CAN sont déduits de sa première partie et
                       annoncés (première ligne JSON {&quot;inferred&quot;: ...}). D : pylon-v1.2,
                       pylontech-v1.3, sma-victron. R : le registre de départ d&apos;une réponse
                       JK FC03 donnée sans sa requête.
  ports                Ports série (avec l&apos;adaptateur USB reconnu : CH340, FTDI, CP210x,
                       PL2303, CANable...) et interfaces CAN, un objet JSON chacun.
  detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S]
                       Écoute à chaque vitesse candidate (RS485 : 115200 et 9600 bauds, la
                       fenêtre d&apos;écoute chacune ; SLCAN : 500k, 250k, 125k, 1M bit/s en mode
                       silencieux) et indique ce qui a été entendu et décodé par protocole.
                       Avec --probe, et seulement sur un bus RS485 silencieux à toutes les
                       vitesses, il affiche les lectures d&apos;identité qu&apos;il va envoyer, puis
                       les envoie. Le CAN n&apos;est jamais sondé.
  scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B]
       [--attempts N] [--timeout MS]
                       Écoute d&apos;abord ; sur un bus silencieux, sonde la plage d&apos;adresses du
                       protocole, un objet JSON par adresse : répond, muette ou suspecte, avec
                       les raisons et les statistiques. À côté d&apos;un autre maître rien n&apos;est
                       sondé : les adresses entendues sont indiquées à la place.
  monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P
          [--listen | --poll] [--window S] [--duration S] [--record FICHIER] [--baud B]
          [--bitrate N] [--bank FICHIER]
                       Une ligne JSON par message décodé, puis une ligne de statistiques.
                       Rôles RS485 : auto (par défaut) écoute pendant la fenêtre d&apos;écoute
                       (10 s, ou --window S, jamais moins) et n&apos;interroge qu&apos;un bus resté
                       silencieux ; tout octet entendu le maintient en écoute, et il dit qui
                       interroge. Une requête qu&apos;il n&apos;a pas envoyée pendant qu&apos;il interroge
                       l&apos;arrête avant sa requête suivante. --listen n&apos;émet jamais. --poll
                       garde la fenêtre et la garde, et sort avec 2 à côté d&apos;un autre maître,
                       sans avoir rien envoyé. Les liaisons CAN ne font qu&apos;écouter (un
                       adaptateur SLCAN est ouvert en silencieux). --duration compte à partir
                       de la fin de la fenêtre.
  diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FICHIER) [--protocol P]
           [--baud B] [--listen | --poll] [--plan PLAN] [--bank FICHIER] [--duration S]
                       L&apos;assistant « BMS communication fault » : écoute (et, sur un bus
                       RS485 silencieux, interroge) pendant --duration (30 s) ou lit un
                       enregistrement, puis affiche les causes probables classées en un objet
                       JSON, chacune avec ses indices, sa confiance, l&apos;étape suivante et la
                       vérification à la main qui la distingue des causes que la ligne ne
                       permet pas de départager. N&apos;interroge jamais à côté d&apos;un autre maître
                       (même avec --poll) : il signale ce maître à la place.
  record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FICHIER [--duration S]
                       Enregistre chaque octet et chaque trame, en écoute seule.
  replay FICHIER [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FICHIER]
                       Rejoue un journal (tout format que decode lit) par le même chemin de
                       décodage que les données en direct, au fil de l&apos;eau ; affiche les
                       messages, une ligne de statistiques et l&apos;agrégation finale. Les
                       silences de plus de quelques secondes sont annoncés ; --skip-gaps S
                       saute ceux de plus de S secondes.
  export-asc JOURNAL SORTIE.asc
                       Écrit les trames CAN d&apos;un journal en Vector ASC (au fil de l&apos;eau).
  catalogue            Chaque batterie et chaque onduleur que BankScope connaît, un objet JSON
                       par ligne, chaque fait avec sa source et sa confiance ; les
                       identifiants sont ceux que prend plan.
  plan --battery MODÈLE:NOMBRE [--battery MODÈLE:NOMBRE ...] --inverter MODÈLE
       [--inverter-firmware V [--release-notes-checked]] [--site NOM] [--installer NOM]
       [--phone NUMÉRO] [--isolation-order &quot;ÉTAPE [REPÈRE]; ÉTAPE; ...&quot;]
       [--power-up-order &quot;ÉTAPE; ...&quot;] --output|-o PLAN.json
                       Prévoit un parc : architecture, maître, adresses, interrupteurs DIP,
                       maître de secours, câblage et réglage de l&apos;onduleur. Un modèle hors
                       catalogue s&apos;écrit other:NOM. --battery MODÈLE --packs N équivaut à
                       MODÈLE:N.
  plan --check PLAN.json
                       Valide un plan ; le champ fautif est nommé.
  report --plan PLAN.json [--session FICHIER] [--lang CODE] [--paper a4|letter]
         --output|-o FICHIER.pdf|FICHIER.html
                       Le rapport de mise en service à remettre au client, dans la langue
                       demandée ; les mesures à la remise viennent du plan ou d&apos;un
                       enregistrement.
  failover-card --plan PLAN.json [--lang CODE] [--paper a4|letter] --output|-o FICHIER.pdf
                       La fiche de secours du site pour l&apos;armoire batterie : une feuille, dans
                       la langue demandée (l&apos;anglais à côté de chaque étape tant qu&apos;une
                       traduction n&apos;est pas relue) ; refusée, avec le champ nommé, pour un plan
                       sans contact, sans ordre d&apos;isolement ou sans maître de secours, et
                       quand elle ne tient pas sur deux faces.
  bundle --output|-o FICHIER.zip [--plan PLAN.json] [--session FICHIER] [--force]
                       Une archive de support pour le support technique d&apos;un fabricant : un
                       ZIP avec le plan, l&apos;enregistrement, les constats et les instantanés, le
                       tableau des firmwares et les tensions des cellules de chaque pack
                       (l&apos;enregistrement rejoué jusqu&apos;au bout) ; liste ce qu&apos;elle contient.
                       Rien n&apos;est envoyé nulle part. Un fichier existant n&apos;est remplacé
                       qu&apos;avec --force.
  verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]
         [--baud B] [--bitrate N] [--listen | --poll] [--duration S]
                       Vérification en direct par rapport au plan, un constat JSON par
                       ligne ; sortie 1 quand une vérification échoue. Même rôle sûr que
                       monitor ; à côté d&apos;un autre maître le scan est passif (même avec
                       --poll). Aucun réglage BMS n&apos;est écrit.
  drill --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P]
        [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_SORTIE]
                       L&apos;exercice de secours : BankScope ne fait qu&apos;écouter pendant que vous
                       éteignez le maître et suivez les étapes qu&apos;il donne, jusqu&apos;à ce qu&apos;un
                       maître soit de nouveau entendu ; le déroulement est inscrit dans le
                       plan. Un site réel demande --confirm-live-site.
  help                 Affiche ce texte.

Code de sortie : 0 terminé, 2 entrée invalide, une trame qui n&apos;a pas pu être décodée,
usage, ou --poll refusé à côté d&apos;un autre maître. Aucune commande n&apos;écrit de réglage BMS.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="200"/>
        <source>bankscope-cli: unknown command &apos;%1&apos; (try &apos;bankscope-cli help&apos;)</source>
        <translation>bankscope-cli : commande inconnue « %1 » (essayez « bankscope-cli help »)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="34"/>
        <source>bankscope-cli decode: %1</source>
        <translation>bankscope-cli decode : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="86"/>
        <source>%n frame(s) failed to decode (the first on line %1)</source>
        <translation>
            <numerusform>%n trame n&apos;a pas pu être décodée (la première à la ligne %1)</numerusform>
            <numerusform>%n trames n&apos;ont pas pu être décodées (la première à la ligne %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="88"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="90"/>
        <location filename="../app/cli/replaycommand.cpp" line="121"/>
        <source>%n fragment(s) (capture started or stopped mid-frame)</source>
        <translation>
            <numerusform>%n fragment (capture commencée ou arrêtée en pleine trame)</numerusform>
            <numerusform>%n fragments (capture commencée ou arrêtée en pleine trame)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="92"/>
        <location filename="../app/cli/replaycommand.cpp" line="123"/>
        <source>%n frame(s) of other devices (ids the protocol does not define)</source>
        <translation>
            <numerusform>%n trame d&apos;autres appareils (identifiants que le protocole ne définit pas)</numerusform>
            <numerusform>%n trames d&apos;autres appareils (identifiants que le protocole ne définit pas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="94"/>
        <location filename="../app/cli/replaycommand.cpp" line="125"/>
        <source>%n frame(s) of undocumented ids (kept raw)</source>
        <translation>
            <numerusform>%n trame d&apos;identifiant non documenté (gardée brute)</numerusform>
            <numerusform>%n trames d&apos;identifiants non documentés (gardées brutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="96"/>
        <location filename="../app/cli/replaycommand.cpp" line="127"/>
        <source>%n event(s) not of the chosen protocol (left undecoded)</source>
        <translation>
            <numerusform>%n événement hors du protocole choisi (non décodé)</numerusform>
            <numerusform>%n événements hors du protocole choisi (non décodés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="98"/>
        <location filename="../app/cli/replaycommand.cpp" line="111"/>
        <source>%n bus error frame(s) in the log (not data)</source>
        <translation>
            <numerusform>%n trame d&apos;erreur de bus dans le journal (pas des données)</numerusform>
            <numerusform>%n trames d&apos;erreur de bus dans le journal (pas des données)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="103"/>
        <location filename="../app/cli/replaycommand.cpp" line="113"/>
        <source>%n line(s) with no frame passed over (%1: shell prompts pasted with the output?)</source>
        <translation>
            <numerusform>%n ligne sans trame ignorée (%1 : invites du shell collées avec la sortie ?)</numerusform>
            <numerusform>%n lignes sans trame ignorées (%1 : invites du shell collées avec la sortie ?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="108"/>
        <source>%n frame(s) read: %1</source>
        <translation>
            <numerusform>%n trame lue : %1</numerusform>
            <numerusform>%n trames lues : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="126"/>
        <location filename="../app/cli/replaycommand.cpp" line="182"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="147"/>
        <location filename="../app/cli/replaycommand.cpp" line="217"/>
        <source>%1: no protocol finds a valid frame in the serial traffic of its first part; give --protocol</source>
        <translation>%1 : aucun protocole ne trouve de trame valide dans le trafic série de sa première partie ; indiquez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="153"/>
        <source>bankscope-cli decode: %1: %2 (inferred; --protocol chooses)</source>
        <translation>bankscope-cli decode : %1 : %2 (déduit ; --protocol permet de choisir)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="210"/>
        <source>%1: line %2 is longer than %3 bytes: stopped (is it the right input?)</source>
        <translation>%1 : la ligne %2 dépasse %3 octets : arrêt (est-ce la bonne entrée ?)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="252"/>
        <source>%1: cannot tell what it holds: no log format reads its first lines, and no protocol (%2) decodes them as frames; give --protocol</source>
        <translation>%1 : impossible de dire ce qu&apos;il contient : aucun format de journal ne lit ses premières lignes, et aucun protocole (%2) ne les décode en trames ; indiquez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="273"/>
        <source>bankscope-cli decode: %1: frames written one per line, read as %2 (%3 of its first lines decode; inferred, --protocol chooses)</source>
        <translation>bankscope-cli decode : %1 : trames écrites une par ligne, lues comme %2 (%3 de ses premières lignes se décodent ; déduit, --protocol permet de choisir)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="303"/>
        <source>%1: line %2 is longer than %3 bytes: not a line of frames (is it the right input?)</source>
        <translation>%1 : la ligne %2 dépasse %3 octets : pas une ligne de trames (est-ce la bonne entrée ?)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="319"/>
        <source>%1: stopped after %2 lines: none is a %3 frame (is it the right input, or the right --protocol?)</source>
        <translation>%1 : arrêt après %2 lignes : aucune n&apos;est une trame %3 (est-ce la bonne entrée, ou le bon --protocol ?)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="346"/>
        <source>--protocol needs a value</source>
        <translation>--protocol demande une valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="352"/>
        <source>unknown protocol &apos;%1&apos; (known: %2)</source>
        <translation>protocole inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="358"/>
        <source>--can-id needs an 11-bit hex ID such as 351</source>
        <translation>--can-id demande un identifiant hexadécimal de 11 bits, par exemple 351</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="362"/>
        <source>--dialect needs one of pylon-v1.2, pylontech-v1.3, sma-victron</source>
        <translation>--dialect demande une valeur parmi pylon-v1.2, pylontech-v1.3, sma-victron</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="367"/>
        <source>--register needs a hex register address such as 0x1200</source>
        <translation>--register demande une adresse de registre hexadécimale, par exemple 0x1200</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="371"/>
        <source>--file needs a path</source>
        <translation>--file demande un chemin</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="388"/>
        <source>--protocol is required for a frame given on the command line</source>
        <translation>--protocol est obligatoire pour une trame donnée sur la ligne de commande</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="421"/>
        <source>%1: line 1 is longer than %2 bytes: not frames or a log (is it the right input?)</source>
        <translation>%1 : la ligne 1 dépasse %2 octets : ni des trames ni un journal (est-ce la bonne entrée ?)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="431"/>
        <location filename="../app/cli/replaycommand.cpp" line="286"/>
        <location filename="../app/cli/replaycommand.cpp" line="337"/>
        <source>no frames in %1</source>
        <translation>aucune trame dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="434"/>
        <source>bankscope-cli decode: %1: %2</source>
        <translation>bankscope-cli decode : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="48"/>
        <location filename="../app/cli/commissioningcommon.cpp" line="65"/>
        <location filename="../app/cli/decodecommand.cpp" line="375"/>
        <location filename="../app/cli/linkoptions.cpp" line="96"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="382"/>
        <source>give the frame as DATA, or --file FILE, or - for standard input</source>
        <translation>donnez la trame comme DONNÉES, ou --file FICHIER, ou - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="55"/>
        <source>--output FILE.zip (or -o) is required</source>
        <translation>--output FICHIER.zip (ou -o) est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="58"/>
        <source>--output names a .zip file, got &apos;%1&apos;</source>
        <translation>--output nomme un fichier .zip, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="60"/>
        <source>give a plan (--plan PLAN.json), a recording (--session FILE) or both: the bundle is made from them</source>
        <translation>donnez un plan (--plan PLAN.json), un enregistrement (--session FICHIER) ou les deux : l&apos;archive est faite à partir d&apos;eux</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="62"/>
        <source>%1 already exists; --force replaces it</source>
        <translation>%1 existe déjà ; --force le remplace</translation>
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
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="80"/>
        <source>not a readable file</source>
        <translation>pas un fichier lisible</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="80"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="111"/>
        <source>bankscope-cli bundle: %1: line %2: %3</source>
        <translation>bankscope-cli bundle : %1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="114"/>
        <source>the recording cannot be replayed</source>
        <translation>l&apos;enregistrement ne peut pas être rejoué</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="139"/>
        <source>bankscope-cli bundle: %1: no pack reading in the recording (the bundle has its bytes, but no cell voltages)</source>
        <translation>bankscope-cli bundle : %1 : aucune mesure de pack dans l&apos;enregistrement (l&apos;archive en contient les octets, mais pas de tensions de cellules)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/bundlecommand.cpp" line="141"/>
        <source>bankscope-cli bundle: %1: %n line(s) could not be read; the recording goes into the bundle as it is</source>
        <translation>
            <numerusform>bankscope-cli bundle : %1 : %n ligne n&apos;a pas pu être lue ; l&apos;enregistrement entre tel quel dans l&apos;archive</numerusform>
            <numerusform>bankscope-cli bundle : %1 : %n lignes n&apos;ont pas pu être lues ; l&apos;enregistrement entre tel quel dans l&apos;archive</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="152"/>
        <source>replay of %1, to its end</source>
        <translation>relecture de %1, jusqu&apos;au bout</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="165"/>
        <source>bankscope-cli bundle: %1 holds:
%2
Nothing was sent anywhere.</source>
        <translation>bankscope-cli bundle : %1 contient :
%2
Rien n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="15"/>
        <location filename="../app/cli/linkoptions.cpp" line="21"/>
        <source>bankscope-cli %1: %2</source>
        <translation>bankscope-cli %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="24"/>
        <source>bankscope-cli: catalogue: %1</source>
        <translation>bankscope-cli : catalogue : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="56"/>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="60"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="132"/>
        <location filename="../app/cli/drillcommand.cpp" line="112"/>
        <location filename="../app/cli/linkoptions.cpp" line="35"/>
        <location filename="../app/cli/verifycommand.cpp" line="137"/>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="46"/>
        <source>%1 needs a number, got &apos;%2&apos;</source>
        <translation>%1 demande un nombre, reçu « %2 »</translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="59"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="67"/>
        <source>--listen and --poll exclude each other</source>
        <translation>--listen et --poll s&apos;excluent</translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="73"/>
        <source>--window cannot be shorter than %1 s: a master may poll only every few seconds</source>
        <translation>--window ne peut pas être plus court que %1 s : un maître peut n&apos;interroger que toutes les quelques secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/linkoptions.cpp" line="179"/>
        <location filename="../app/cli/linkoptions.cpp" line="194"/>
        <source>bankscope-cli %1: %2: %3</source>
        <translation>bankscope-cli %1 : %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="53"/>
        <location filename="../app/cli/failovercardcommand.cpp" line="45"/>
        <location filename="../app/cli/plancommand.cpp" line="96"/>
        <location filename="../app/cli/reportcommand.cpp" line="156"/>
        <location filename="../app/cli/verifycommand.cpp" line="159"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="47"/>
        <location filename="../app/cli/reportcommand.cpp" line="158"/>
        <source>--plan PLAN.json is required</source>
        <translation>--plan PLAN.json est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="49"/>
        <location filename="../app/cli/reportcommand.cpp" line="160"/>
        <source>--output FILE.pdf or FILE.html (or -o) is required</source>
        <translation>--output FICHIER.pdf ou FICHIER.html (ou -o) est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="53"/>
        <location filename="../app/cli/reportcommand.cpp" line="164"/>
        <source>--output names a .pdf or an .html file, got &apos;%1&apos;</source>
        <translation>--output nomme un fichier .pdf ou .html, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="56"/>
        <location filename="../app/cli/reportcommand.cpp" line="167"/>
        <source>--paper is a4 or letter, got &apos;%1&apos;</source>
        <translation>--paper vaut a4 ou letter, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="63"/>
        <location filename="../app/cli/reportcommand.cpp" line="174"/>
        <source>no translation for &apos;%1&apos; (available: %2)</source>
        <translation>pas de traduction pour « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/failovercardcommand.cpp" line="75"/>
        <source>%1: the card cannot be made: %2</source>
        <translation>%1 : la fiche ne peut pas être établie : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/bundlecommand.cpp" line="137"/>
        <location filename="../app/cli/failovercardcommand.cpp" line="105"/>
        <location filename="../app/cli/linkoptions.cpp" line="283"/>
        <location filename="../app/cli/linkoptions.cpp" line="288"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="83"/>
        <source>usage: scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B] [--attempts N] [--timeout MS]</source>
        <translation>usage : scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B] [--attempts N] [--timeout MS]</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="87"/>
        <source>a CAN bus has no addresses to scan: use monitor</source>
        <translation>un bus CAN n&apos;a pas d&apos;adresses à scanner : utilisez monitor</translation>
    </message>
    <message>
        <location filename="../app/cli/scancommand.cpp" line="157"/>
        <source>bankscope-cli scan: %1: listening for %2 s before probing; nothing is sent meanwhile</source>
        <translation>bankscope-cli scan : %1 : écoute pendant %2 s avant de sonder ; rien n&apos;est envoyé entre-temps</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="27"/>
        <source>usage: record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S] [--baud B] [--bitrate N]</source>
        <translation>usage : record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FICHIER [--duration S] [--baud B] [--bitrate N]</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="29"/>
        <source>record only listens: it records what the bus carries (to poll and record: monitor --record)</source>
        <translation>record ne fait qu&apos;écouter : il enregistre ce que transporte le bus (pour interroger et enregistrer : monitor --record)</translation>
    </message>
    <message>
        <location filename="../app/cli/commissioningcommon.cpp" line="103"/>
        <location filename="../app/cli/replaycommand.cpp" line="290"/>
        <location filename="../app/cli/replaycommand.cpp" line="342"/>
        <location filename="../app/cli/reportcommand.cpp" line="198"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/portscommand.cpp" line="20"/>
        <source>usage: ports</source>
        <translation>usage : ports</translation>
    </message>
    <message>
        <location filename="../app/cli/cataloguecommand.cpp" line="37"/>
        <source>takes no arguments (got &apos;%1&apos;)</source>
        <translation>ne prend pas d&apos;argument (reçu « %1 »)</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="39"/>
        <source>usage: detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S] [--baud B | --bitrate N]</source>
        <translation>usage : detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] [--window S] [--baud B | --bitrate N]</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="43"/>
        <source>CAN is never probed: detect listens at each bit rate</source>
        <translation>le CAN n&apos;est jamais sondé : detect écoute à chaque débit</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="69"/>
        <source>bankscope-cli detect: %1: the bit rate is searched only on an SLCAN adapter (it can be made silent at each rate); listening at %2 bit/s</source>
        <translation>bankscope-cli detect : %1 : le débit n&apos;est recherché que sur un adaptateur SLCAN (il peut être rendu silencieux à chaque débit) ; écoute à %2 bit/s</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="75"/>
        <source>bankscope-cli detect: %1: listening at %2 %3 for %4 s</source>
        <translation>bankscope-cli detect : %1 : écoute à %2 %3 pendant %4 s</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="100"/>
        <source>bankscope-cli detect: %1: silent at every speed; will send at %2 baud to %3 (%4 %5): %6</source>
        <translation>bankscope-cli detect : %1 : silencieux à toutes les vitesses ; va envoyer à %2 bauds vers %3 (%4 %5) : %6</translation>
    </message>
    <message>
        <location filename="../app/cli/detectcommand.cpp" line="132"/>
        <source>bankscope-cli detect: %1: %2</source>
        <translation>bankscope-cli detect : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="148"/>
        <source>bankscope-cli monitor: %1: listening for %2 s before polling; nothing is sent meanwhile</source>
        <translation>bankscope-cli monitor : %1 : écoute pendant %2 s avant d&apos;interroger ; rien n&apos;est envoyé entre-temps</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="83"/>
        <source>usage: monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen | --poll] [--window S] [--duration S] [--record FILE]</source>
        <translation>usage : monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen | --poll] [--window S] [--duration S] [--record FICHIER]</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="39"/>
        <source>usage: diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FILE) [--protocol P] [--baud B] [--listen | --poll] [--plan PLAN] [--bank FILE] [--duration S]</source>
        <translation>usage : diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FICHIER) [--protocol P] [--baud B] [--listen | --poll] [--plan PLAN] [--bank FICHIER] [--duration S]</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="54"/>
        <source>%1: not a recording (a BankScope recording, candump log, Vector ASC ...)</source>
        <translation>%1 : pas un enregistrement (enregistrement BankScope, journal candump, Vector ASC ...)</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="149"/>
        <location filename="../app/cli/monitorcommand.cpp" line="88"/>
        <location filename="../app/cli/verifycommand.cpp" line="174"/>
        <source>%1 is a CAN protocol: use --can or --slcan</source>
        <translation>%1 est un protocole CAN : utilisez --can ou --slcan</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="151"/>
        <location filename="../app/cli/monitorcommand.cpp" line="90"/>
        <location filename="../app/cli/verifycommand.cpp" line="176"/>
        <source>%1 runs on RS485: use --serial</source>
        <translation>%1 fonctionne en RS485 : utilisez --serial</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="153"/>
        <location filename="../app/cli/verifycommand.cpp" line="169"/>
        <source>CAN links only listen: nothing polls on CAN</source>
        <translation>les liaisons CAN ne font qu&apos;écouter : rien n&apos;interroge sur le CAN</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="176"/>
        <source>cannot create a temporary folder for the recording</source>
        <translation>impossible de créer un dossier temporaire pour l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="204"/>
        <source>bankscope-cli diagnose: %1: %2</source>
        <translation>bankscope-cli diagnose : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="221"/>
        <source>bankscope-cli diagnose: %1: listening for %2 s first; nothing is sent meanwhile</source>
        <translation>bankscope-cli diagnose : %1 : écoute d&apos;abord pendant %2 s ; rien n&apos;est envoyé entre-temps</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="92"/>
        <source>CAN links only listen: nothing polls on CAN (sending is emulation: bankscope-sim)</source>
        <translation>les liaisons CAN ne font qu&apos;écouter : rien n&apos;interroge en CAN (émettre, c&apos;est de l&apos;émulation : bankscope-sim)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="52"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="57"/>
        <location filename="../app/cli/replaycommand.cpp" line="65"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="83"/>
        <source>--skip-gaps needs a number of seconds greater than 0, got &apos;%1&apos;</source>
        <translation>--skip-gaps demande un nombre de secondes supérieur à 0, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="100"/>
        <source>, ...</source>
        <translation>, ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="117"/>
        <source>%n line(s) could not be read (%1)</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue (%1)</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="119"/>
        <source>%n frame(s) failed to decode</source>
        <translation>
            <numerusform>%n trame n&apos;a pas pu être décodée</numerusform>
            <numerusform>%n trames n&apos;ont pas pu être décodées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="141"/>
        <source>usage: replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]</source>
        <translation>usage : replay FICHIER [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FICHIER]</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="229"/>
        <source>bankscope-cli replay: %1: %2 (inferred; --protocol chooses)</source>
        <translation>bankscope-cli replay : %1 : %2 (déduit ; --protocol permet de choisir)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="186"/>
        <location filename="../app/cli/replaycommand.cpp" line="266"/>
        <source>bankscope-cli replay: %1: %2</source>
        <translation>bankscope-cli replay : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="197"/>
        <source>bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4): skipped (--skip-gaps %5)</source>
        <translation>bankscope-cli replay : %1 : l&apos;enregistrement est silencieux pendant %2 avant la ligne %3 (à %4) : sauté (--skip-gaps %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="203"/>
        <source>bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4); waiting it out. --skip-gaps 5 skips silences longer than 5 s, --fast plays without waiting.</source>
        <translation>bankscope-cli replay : %1 : l&apos;enregistrement est silencieux pendant %2 avant la ligne %3 (à %4) ; attente. --skip-gaps 5 saute les silences de plus de 5 s, --fast rejoue sans attendre.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="220"/>
        <source>--speed needs a finite number of at least 0.001</source>
        <translation>--speed demande un nombre fini d&apos;au moins 0.001</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="273"/>
        <source>usage: export-asc LOG OUTPUT.asc</source>
        <translation>usage : export-asc JOURNAL SORTIE.asc</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="280"/>
        <source>%1: line 1 is longer than %2 bytes: not a log</source>
        <translation>%1 : la ligne 1 dépasse %2 octets : pas un journal</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="284"/>
        <source>%1 is not a log BankScope reads (a BankScope or candump log, candump&apos;s screen output, SavvyCAN CSV or Vector ASC)</source>
        <translation>%1 n&apos;est pas un journal que BankScope lit (un journal BankScope ou candump, la sortie écran de candump, un CSV SavvyCAN ou un Vector ASC)</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="320"/>
        <location filename="../app/cli/replaycommand.cpp" line="325"/>
        <source>bankscope-cli export-asc: %1: line %2: %3</source>
        <translation>bankscope-cli export-asc : %1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="336"/>
        <source>%1 holds serial traffic only (%2): Vector ASC holds CAN frames</source>
        <translation>%1 ne contient que du trafic série (%2) : Vector ASC contient des trames CAN</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="344"/>
        <source>bankscope-cli export-asc: %1: %n serial event(s) left out (Vector ASC holds CAN frames only)</source>
        <translation>
            <numerusform>bankscope-cli export-asc : %1 : %n événement série laissé de côté (Vector ASC ne contient que des trames CAN)</numerusform>
            <numerusform>bankscope-cli export-asc : %1 : %n événements série laissés de côté (Vector ASC ne contient que des trames CAN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="346"/>
        <source>bankscope-cli export-asc: %1: %n line(s) could not be read; %2 holds the %3 frames around them</source>
        <translation>
            <numerusform>bankscope-cli export-asc : %1 : %n ligne n&apos;a pas pu être lue ; %2 contient les %3 trames qui l&apos;entourent</numerusform>
            <numerusform>bankscope-cli export-asc : %1 : %n lignes n&apos;ont pas pu être lues ; %2 contient les %3 trames qui les entourent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="92"/>
        <source>--check PLAN.json takes no other option</source>
        <translation>--check PLAN.json ne prend aucune autre option</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="99"/>
        <source>--battery MODEL:COUNT is required (`bankscope-cli catalogue` lists the models)</source>
        <translation>--battery MODÈLE:NOMBRE est obligatoire (`bankscope-cli catalogue` liste les modèles)</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="101"/>
        <source>--inverter MODEL is required (`bankscope-cli catalogue` lists the models)</source>
        <translation>--inverter MODÈLE est obligatoire (`bankscope-cli catalogue` liste les modèles)</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="103"/>
        <source>--output PLAN.json (or -o) is required</source>
        <translation>--output PLAN.json (ou -o) est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="109"/>
        <source>--packs N goes with a single --battery MODEL; for a mixed bank write --battery MODEL:COUNT for each</source>
        <translation>--packs N va avec un seul --battery MODÈLE ; pour un parc mixte, écrivez --battery MODÈLE:NOMBRE pour chacun</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="122"/>
        <source>give the count once: --battery %1 or --packs N</source>
        <translation>donnez le nombre une seule fois : --battery %1 ou --packs N</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="126"/>
        <source>--packs needs a whole number, got &apos;%1&apos;</source>
        <translation>--packs demande un nombre entier, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="128"/>
        <source>--battery %1: write MODEL:COUNT, e.g. pylontech-us3000c:3</source>
        <translation>--battery %1 : écrivez MODÈLE:NOMBRE, p. ex. pylontech-us3000c:3</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="131"/>
        <source>--battery %1: the count must be at least 1</source>
        <translation>--battery %1 : le nombre doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="144"/>
        <source>--release-notes-checked confirms the notes of a firmware version: give --inverter-firmware V too</source>
        <translation>--release-notes-checked confirme les notes d&apos;une version de firmware : donnez aussi --inverter-firmware V</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="151"/>
        <source>--isolation-order needs steps separated by &apos;;&apos;</source>
        <translation>--isolation-order demande des étapes séparées par « ; »</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="156"/>
        <source>--power-up-order needs steps separated by &apos;;&apos;</source>
        <translation>--power-up-order demande des étapes séparées par « ; »</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <source>%1: not a recording (a BankScope recording, candump log, Vector ASC ...): %2</source>
        <translation>%1 : pas un enregistrement (un enregistrement BankScope, un journal candump, un ASC Vector ...) : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="56"/>
        <source>a line longer than %1 bytes</source>
        <translation>une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="57"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="58"/>
        <source>its first lines are none of them</source>
        <translation>ses premières lignes ne sont d&apos;aucun de ces formats</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="67"/>
        <location filename="../app/cli/reportcommand.cpp" line="76"/>
        <location filename="../app/cli/reportcommand.cpp" line="86"/>
        <source>%1: line %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="95"/>
        <source>%1: the recording has serial traffic, but the plan names no serial protocol to decode it</source>
        <translation>%1 : l&apos;enregistrement contient du trafic série, mais le plan ne nomme aucun protocole série pour le décoder</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="137"/>
        <source>%1: no reading of any planned pack in the recording</source>
        <translation>%1 : aucune mesure d&apos;un pack prévu dans l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/common/inputdevice.h" line="95"/>
        <source>more than %1 MiB: not a document this command reads (is it the right input?)</source>
        <translation>plus de %1 Mio : pas un document que cette commande lit (est-ce la bonne entrée ?)</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="120"/>
        <source>--limit needs seconds from 30 to 86400, got &apos;%1&apos;</source>
        <translation>--limit demande un nombre de secondes de 30 à 86400, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="131"/>
        <source>usage: drill --plan PLAN (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P] [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]</source>
        <translation>usage : drill --plan PLAN (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P] [--baud B] [--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_SORTIE]</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="137"/>
        <source>the drill only listens: --poll is refused</source>
        <translation>l&apos;exercice ne fait qu&apos;écouter : --poll est refusé</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="148"/>
        <source>%1: no failover procedure to drill: %2</source>
        <translation>%1 : aucune procédure de secours à exercer : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="162"/>
        <source>the plan names no protocol BankScope decodes for the inverter link: give --protocol</source>
        <translation>le plan ne nomme aucun protocole que BankScope décode pour la liaison onduleur : donnez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="165"/>
        <source>%1 is a CAN protocol: use --can or --slcan, or give --protocol</source>
        <translation>%1 est un protocole CAN : utilisez --can ou --slcan, ou donnez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="167"/>
        <source>%1 runs on RS485: use --serial, or give --protocol</source>
        <translation>%1 fonctionne sur RS485 : utilisez --serial, ou donnez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="190"/>
        <source>a GX bank is heard on CAN: give --can PLUGIN:IFACE,IFACE... or --slcan PORT,PORT..., one per BMS</source>
        <translation>un parc GX s&apos;entend en CAN : donnez --can PLUGIN:IFACE,IFACE... ou --slcan PORT,PORT..., un par BMS</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="197"/>
        <source>this bank has %1 BMSs, each on its own GX port: give one interface per BMS in the plan&apos;s order (%2), e.g. --can socketcan:can0,can1 (got %3)</source>
        <translation>ce parc a %1 BMS, chacun sur son propre port GX : donnez une interface par BMS dans l&apos;ordre du plan (%2), p. ex. --can socketcan:can0,can1 (reçu : %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="219"/>
        <source>bankscope-cli drill: the BMS %1 will be switched off by hand while BankScope listens on every BMS&apos;s GX port; it never transmits.</source>
        <translation>bankscope-cli drill : le BMS %1 sera éteint à la main pendant que BankScope écoute sur le port GX de chaque BMS ; il n&apos;émet jamais.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="223"/>
        <source>bankscope-cli drill: the master %1 will be switched off and %2 made master by hand; BankScope only listens and never transmits.</source>
        <translation>bankscope-cli drill : le maître %1 sera éteint et %2 deviendra maître, à la main ; BankScope ne fait qu&apos;écouter et n&apos;émet jamais.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="226"/>
        <source>bankscope-cli drill: for this site: %1</source>
        <translation>bankscope-cli drill : pour ce site : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="235"/>
        <source>bankscope-cli drill: the drill would ask you to switch off the BMS %1, listen while the others carry on, then ask for it back until every BMS is heard again.</source>
        <translation>bankscope-cli drill : l&apos;exercice vous demanderait d&apos;éteindre le BMS %1, écouterait pendant que les autres continuent, puis le redemanderait jusqu&apos;à ce que chaque BMS soit de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="239"/>
        <source>bankscope-cli drill: the drill would ask you to switch off %1, then walk the failover steps (%2) and the restore until one master is heard again.</source>
        <translation>bankscope-cli drill : l&apos;exercice vous demanderait d&apos;éteindre %1, puis de suivre les étapes de secours (%2) et la remise en état jusqu&apos;à ce qu&apos;un maître soit de nouveau entendu.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="243"/>
        <source>bankscope-cli drill: this is a live site: nothing was done and nothing was transmitted. Add --confirm-live-site to run the drill.</source>
        <translation>bankscope-cli drill : ceci est un site réel : rien n&apos;a été fait et rien n&apos;a été émis. Ajoutez --confirm-live-site pour lancer l&apos;exercice.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="301"/>
        <source>(not yet verified on this site: this drill tests it)</source>
        <translation>(pas encore vérifié sur ce site : cet exercice le teste)</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="303"/>
        <source>[type done when done, abort to stop]</source>
        <translation>[tapez done quand c&apos;est fait, abort pour arrêter]</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="316"/>
        <source>bankscope-cli drill: %1: %2</source>
        <translation>bankscope-cli drill : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="331"/>
        <source>bankscope-cli drill: listening on %1 (%2); answer on standard input: done, abort, saw WHAT (what the inverter shows).</source>
        <translation>bankscope-cli drill : écoute sur %1 (%2) ; répondez sur l&apos;entrée standard : done, abort, saw QUOI (ce qu&apos;affiche l&apos;onduleur).</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="346"/>
        <source>bankscope-cli drill: aborting: follow the restore steps; BankScope listens until one master is heard (interrupt again to quit at once).</source>
        <translation>bankscope-cli drill : interruption : suivez les étapes de remise en état ; BankScope écoute jusqu&apos;à ce qu&apos;un maître soit entendu (interrompez de nouveau pour quitter immédiatement).</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="349"/>
        <source>bankscope-cli drill: stopped before one master was heard again: check the bank by hand.</source>
        <translation>bankscope-cli drill : arrêté avant qu&apos;un maître soit de nouveau entendu : vérifiez le parc à la main.</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="371"/>
        <source>expected: done | abort | saw WHAT</source>
        <translation>attendu : done | abort | saw QUOI</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="372"/>
        <source>bankscope-cli drill: &apos;%1&apos; is not an answer: type done, abort or saw WHAT</source>
        <translation>bankscope-cli drill : « %1 » n&apos;est pas une réponse : tapez done, abort ou saw QUOI</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="423"/>
        <source>cannot keep a backup of %1 as %2: the plan was not changed</source>
        <translation>impossible de garder une copie de sauvegarde de %1 sous %2 : le plan n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/drillcommand.cpp" line="434"/>
        <source>bankscope-cli drill: %1</source>
        <translation>bankscope-cli drill : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="43"/>
        <source>bankscope-cli verify: %1</source>
        <translation>bankscope-cli verify : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="157"/>
        <source>%1 is not an option of verify</source>
        <translation>%1 n&apos;est pas une option de verify</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="207"/>
        <source>the plan names no protocol for an RS485 link: give --protocol</source>
        <translation>le plan ne nomme aucun protocole pour une liaison RS485 : donnez --protocol</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="236"/>
        <source>cannot write a temporary file: %1</source>
        <translation>impossible d&apos;écrire un fichier temporaire : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="275"/>
        <source>another master polls this bus: the scan is passive; an address it does not poll is reported &quot;not polled&quot;</source>
        <translation>un autre maître interroge ce bus : le scan est passif ; une adresse qu&apos;il n&apos;interroge pas est signalée « non interrogée »</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="264"/>
        <source>gathering evidence for %1 s</source>
        <translation>collecte des indices pendant %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="50"/>
        <source>usage: verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT)... [--protocol P] [--baud B] [--bitrate N] [--listen | --poll] [--duration S] [--max-age S]</source>
        <translation>usage : verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | --slcan PORT)... [--protocol P] [--baud B] [--bitrate N] [--listen | --poll] [--duration S] [--max-age S]</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="148"/>
        <source>%1 needs a number of seconds (1 or more), got &apos;%2&apos;</source>
        <translation>%1 demande un nombre de secondes (1 ou plus), reçu « %2 »</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="165"/>
        <source>%1 is given twice: one link per port or interface</source>
        <translation>%1 est donné deux fois : une liaison par port ou interface</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/verifycommand.cpp" line="308"/>
        <source>plan %1: %n pack(s), checking on %2 (%3 at %4)</source>
        <translation>
            <numerusform>plan %1 : %n pack, vérification sur %2 (%3 à %4)</numerusform>
            <numerusform>plan %1 : %n packs, vérification sur %2 (%3 à %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="313"/>
        <source>%1: listening for %2 s before anything is sent; nothing is sent beside another master</source>
        <translation>%1 : écoute pendant %2 s avant tout envoi ; rien n&apos;est envoyé à côté d&apos;un autre maître</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="328"/>
        <source>%1 s: %2, %3 frame(s) decoded, %4 pack(s) identified</source>
        <translation>%1 s : %2, %3 trame(s) décodée(s), %4 pack(s) identifié(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/verifycommand.cpp" line="359"/>
        <source>%n finding(s): %1 failed, %2 not measured%3</source>
        <translation>
            <numerusform>%n constat : %1 en échec, %2 non mesuré(s)%3</numerusform>
            <numerusform>%n constats : %1 en échec, %2 non mesurés%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="362"/>
        <source> (passive scan beside another master)</source>
        <translation> (scan passif à côté d&apos;un autre maître)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="24"/>
        <source>bankscope: %1</source>
        <translation>bankscope : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>every remembered setting forgotten: %1 starts with the defaults</source>
        <translation>tous les réglages mémorisés sont oubliés : %1 démarre avec les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>catalogue: %1</source>
        <translation>catalogue : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>cannot save the screenshot to %1</source>
        <translation>impossible d&apos;enregistrer la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="49"/>
        <source>Commissioning and diagnostics for parallel lithium battery banks.</source>
        <translation>Mise en service et diagnostic des parcs de batteries lithium en parallèle.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="52"/>
        <source>Open on a simulated four-pack bank (no hardware needed).</source>
        <translation>Ouvrir sur un parc simulé de quatre packs (aucun matériel nécessaire).</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="54"/>
        <source>Play a simulator scenario (resources/scenarios/) instead of the demo bank: a Pylontech bank, JK-B packs or Victron CAN BMSs, with its faults on schedule.</source>
        <translation>Jouer un scénario du simulateur (resources/scenarios/) au lieu du parc de démonstration : un parc Pylontech, des packs JK-B ou des BMS Victron CAN, avec ses défauts programmés.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="56"/>
        <location filename="../app/gui/guistart.cpp" line="80"/>
        <location filename="../app/gui/guistart.cpp" line="84"/>
        <location filename="../app/gui/guistart.cpp" line="86"/>
        <location filename="../app/gui/guistart.cpp" line="88"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="58"/>
        <source>Open connected to a serial port (USB-RS485 stick). Listens first and polls only a silent bus, unless --listen or --poll.</source>
        <translation>Ouvrir connecté à un port série (clé USB-RS485). Écoute d&apos;abord et n&apos;interroge qu&apos;un bus muet, sauf avec --listen ou --poll.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="60"/>
        <location filename="../app/gui/guistart.cpp" line="76"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="62"/>
        <source>The protocol on the link: pylontech-rs485, jk-modbus, jk-pb, jk-legacy, pylon-can, victron-can, ... (default pylontech-rs485 on serial, pylon-can on CAN).</source>
        <translation>Le protocole de la liaison : pylontech-rs485, jk-modbus, jk-pb, jk-legacy, pylon-can, victron-can, ... (par défaut pylontech-rs485 en série, pylon-can en CAN).</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="64"/>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="65"/>
        <source>Serial speed (default: the protocol&apos;s).</source>
        <translation>Vitesse série (par défaut : celle du protocole).</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="65"/>
        <source>baud</source>
        <translation>bauds</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="66"/>
        <source>Serial: only listen, never transmit.</source>
        <translation>Série : écouter seulement, ne jamais émettre.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="68"/>
        <source>Serial: poll the bank, still only after the listen window found the bus silent.</source>
        <translation>Série : interroger le parc, toujours seulement après que la fenêtre d&apos;écoute a trouvé le bus muet.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="70"/>
        <source>Open connected to a CAN interface through a Qt plugin (socketcan:can0, peakcan:usb0, virtualcan:can0); CAN links only listen.</source>
        <translation>Ouvrir connecté à une interface CAN par un plugin Qt (socketcan:can0, peakcan:usb0, virtualcan:can0) ; les liaisons CAN ne font qu&apos;écouter.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="72"/>
        <source>plugin:interface</source>
        <translation>plugin:interface</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="73"/>
        <source>CAN bit rate (default: the protocol&apos;s, 500000).</source>
        <translation>Débit CAN (par défaut : celui du protocole, 500000).</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="73"/>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="74"/>
        <source>Open connected to an SLCAN adapter (CANable, USBtin) on a serial port, in silent mode.</source>
        <translation>Ouvrir connecté à un adaptateur SLCAN (CANable, USBtin) sur un port série, en mode silencieux.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="78"/>
        <source>Replay a recording (BankScope session, candump log, SavvyCAN CSV, Vector ASC) into every view.</source>
        <translation>Relire un enregistrement (session BankScope, journal candump, CSV SavvyCAN, ASC Vector) dans toutes les vues.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="82"/>
        <source>Replay speed: 1 real time (default), 10, or 0 as fast as possible.</source>
        <translation>Vitesse de relecture : 1 temps réel (par défaut), 10, ou 0 aussi vite que possible.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="82"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="83"/>
        <source>Record every live link&apos;s traffic into a BankScope session file.</source>
        <translation>Enregistrer le trafic de chaque liaison en direct dans un fichier de session BankScope.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="85"/>
        <source>The bank configuration (BankConfig JSON) the links are read with.</source>
        <translation>La configuration du parc (JSON BankConfig) avec laquelle les liaisons sont lues.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="87"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;seconds&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;fichier&gt; après &lt;secondes&gt; et quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="90"/>
        <source>Forget every remembered setting (window layout, languages, plan folder, recent files, last connection) and start with the defaults.</source>
        <translation>Oublier tous les réglages mémorisés (disposition de la fenêtre, langues, dossier des plans, fichiers récents, dernière connexion) et démarrer avec les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="92"/>
        <source>Seconds to run before --screenshot (default 3).</source>
        <translation>Secondes de fonctionnement avant --screenshot (3 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="93"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="115"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="118"/>
        <source>--%1 is given more than once</source>
        <translation>--%1 est donné plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="131"/>
        <source>--screenshot-after needs a number of seconds, got &apos;%1&apos;</source>
        <translation>--screenshot-after demande un nombre de secondes, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="135"/>
        <source>--demo and --scenario play a simulated bank: they do not go with --serial, --can, --slcan or --replay</source>
        <translation>--demo et --scenario jouent un parc simulé : ils ne vont pas avec --serial, --can, --slcan ou --replay</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="139"/>
        <source>--%1 needs a link: --serial, --can, --slcan or --replay</source>
        <translation>--%1 demande une liaison : --serial, --can, --slcan ou --replay</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="149"/>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="152"/>
        <source>--listen and --poll exclude each other</source>
        <translation>--listen et --poll s&apos;excluent</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="154"/>
        <source>--listen and --poll are for a serial link (--serial): CAN links only listen</source>
        <translation>--listen et --poll sont pour une liaison série (--serial) : les liaisons CAN ne font qu&apos;écouter</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="156"/>
        <source>--baud is for a serial link (--serial, or the adapter of --slcan)</source>
        <translation>--baud est pour une liaison série (--serial, ou l&apos;adaptateur de --slcan)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="161"/>
        <source>--baud needs a whole number, got &apos;%1&apos;</source>
        <translation>--baud demande un nombre entier, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="165"/>
        <source>--bitrate is for a CAN link (--can or --slcan)</source>
        <translation>--bitrate est pour une liaison CAN (--can ou --slcan)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="167"/>
        <source>--replay-speed is for --replay</source>
        <translation>--replay-speed est pour --replay</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="169"/>
        <source>--record records live links: a replay is a recording already</source>
        <translation>--record enregistre les liaisons en direct : une relecture est déjà un enregistrement</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="172"/>
        <source>%1 is a CAN protocol: use --can or --slcan</source>
        <translation>%1 est un protocole CAN : utilisez --can ou --slcan</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="174"/>
        <source>%1 runs on RS485: use --serial</source>
        <translation>%1 fonctionne en RS485 : utilisez --serial</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="181"/>
        <source>--serial %1: no such port (plugged in? bankscope-cli ports lists them)</source>
        <translation>--serial %1 : port introuvable (branché ? bankscope-cli ports les liste)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="198"/>
        <source>--can %1: Qt has no CAN plugin &apos;%2&apos; here (it has: %3)</source>
        <translation>--can %1 : Qt n&apos;a pas de plugin CAN « %2 » ici (il a : %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="202"/>
        <source>--slcan %1: no such port (plugged in? bankscope-cli ports lists them)</source>
        <translation>--slcan %1 : port introuvable (branché ? bankscope-cli ports les liste)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="211"/>
        <source>--bitrate needs a whole number of bits per second, got &apos;%1&apos;</source>
        <translation>--bitrate demande un nombre entier de bits par seconde, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="224"/>
        <source>--replay %1: %2</source>
        <translation>--replay %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="230"/>
        <source>--replay-speed needs 0 (as fast as possible) or a factor up to 10000, got &apos;%1&apos;</source>
        <translation>--replay-speed demande 0 (aussi vite que possible) ou un facteur jusqu&apos;à 10000, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="247"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="248"/>
        <source>serial</source>
        <translation>série</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="252"/>
        <source>%1 on %2 (listen)</source>
        <translation>%1 sur %2 (écoute)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="255"/>
        <source>Replay of %1 (the recording&apos;s time, not the clock)</source>
        <translation>Relecture de %1 (l&apos;heure de l&apos;enregistrement, pas celle de l&apos;horloge)</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="258"/>
        <source>Simulated bank</source>
        <translation>Parc simulé</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="264"/>
        <source>; recording to %1</source>
        <translation> ; enregistrement dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="311"/>
        <source>cannot start: see above</source>
        <translation>démarrage impossible : voir ci-dessus</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="321"/>
        <source>Demo bank: 4 × US3000C simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation>Parc de démonstration : 4 × US3000C simulés (bouclage RS485 et CAN), aucun matériel connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="326"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="342"/>
        <source>%1: the window plays Pylontech banks (protocol &quot;pylontech-rs485&quot; or &quot;pylon-can&quot;), JK-B single-master banks (&quot;jk-legacy&quot;) and Victron CAN BMSs (&quot;victron-can&quot;); play &quot;%2&quot; with bankscope-sim and read it with bankscope-cli</source>
        <translation>%1 : la fenêtre joue les parcs Pylontech (protocole « pylontech-rs485 » ou « pylon-can »), les parcs JK-B à maître unique (« jk-legacy ») et les BMS Victron CAN (« victron-can ») ; jouez « %2 » avec bankscope-sim et lisez-le avec bankscope-cli</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="350"/>
        <source>Scenario “%1”: %2 CAN-bus BMSs simulated, one CAN loopback each (peer-to-peer), no hardware connected</source>
        <translation>Scénario « %1 » : %2 BMS CAN simulés, un bouclage CAN chacun (pair à pair), aucun matériel connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="353"/>
        <source>Scenario “%1”: %2 packs simulated (RS485 and CAN loopback), no hardware connected</source>
        <translation>Scénario « %1 » : %2 packs simulés (bouclage RS485 et CAN), aucun matériel connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/guistart.cpp" line="365"/>
        <source>cannot start the simulated bank</source>
        <translation>impossible de démarrer le parc simulé</translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <location filename="../app/sim/main.cpp" line="111"/>
        <source>a peer-to-peer bank has no master: there is nobody to promote</source>
        <translation>un parc pair à pair n&apos;a pas de maître : il n&apos;y a personne à promouvoir</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="112"/>
        <source>expected: promote PACK, a pack of this bank</source>
        <translation>attendu : promote PACK, un pack de ce parc</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="125"/>
        <source>expected: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit</source>
        <translation>attendu : fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="229"/>
        <source>a bank</source>
        <translation>un parc</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="230"/>
        <source>an inverter</source>
        <translation>un onduleur</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="231"/>
        <source>a GX</source>
        <translation>un GX</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="233"/>
        <source>%1 is a real port, not a pseudo-terminal or virtualcan: playing %2 there transmits on a live bus. If no inverter or other master is connected to it, add --confirm-no-inverter</source>
        <translation>%1 est un vrai port, pas un pseudo-terminal ni virtualcan : y jouer %2 émet sur un bus en service. Si aucun onduleur ni autre maître n&apos;y est connecté, ajoutez --confirm-no-inverter</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="240"/>
        <source>bankscope-sim: listening on %1 for %2 s before playing %3; nothing is sent meanwhile</source>
        <translation>bankscope-sim : écoute sur %1 pendant %2 s avant de jouer %3 ; rien n&apos;est envoyé entre-temps</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="262"/>
        <source>stopped before the bus was checked</source>
        <translation>arrêté avant que le bus ait été vérifié</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="264"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="280"/>
        <source>another master on %1 (%2): stopped sending</source>
        <translation>un autre maître sur %1 (%2) : émission arrêtée</translation>
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
        <translation>Usage : bankscope-sim --scenario FICHIER (--pty | --serial PORT | --can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...])
                     [--baud B] [--dialect pylon-v1.2|pylontech-v1.3] [--confirm-no-inverter]
        bankscope-sim --inverter (--can PLUGIN:IFACE | --slcan PORT | --serial PORT [--adr A]) [--want A] [--confirm-no-inverter]
        bankscope-sim --gx (--can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...]) [--want A] [--confirm-no-inverter]

Joue le parc que décrit un scénario (resources/scenarios/README.md) comme le port RS485
de son maître. --pty crée un pseudo-terminal et affiche son chemin sur la première ligne
de la sortie standard ; --serial le joue sur un vrai port (une deuxième clé USB-RS485) ;
--can et --slcan font diffuser à son maître du Pylon CAN une fois par seconde et
signalent les battements de cœur de l&apos;onduleur.
Les événements (défauts déclenchés, commandes) suivent en lignes JSON.
Commandes sur l&apos;entrée standard : fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit
(promote PACK : le maître de secours prend le relais ; clear promote le rétrograde)
--inverter joue l&apos;onduleur à la place : battements de cœur 0x305 en CAN, ou interrogation
d&apos;un maître Pylontech en RS485 (9600 bauds sauf --baud), en affichant chaque seconde à
quel courant il chargerait et déchargerait (--want A : ce qu&apos;il voudrait) d&apos;après ce que
le BMS lui a dit.
Un scénario « victron-can » est un parc pair à pair façon GX : le BMS de chaque pack
diffuse ses propres trames au dialecte Victron sur sa propre interface CAN ; donnez donc
une interface par pack, dans l&apos;ordre du parc (--can socketcan:can0,can1,can2). --gx joue
le GX Victron sur ces interfaces : il envoie 0x305/0x307, écarte un BMS qui se tait,
agrège les autres avec le cœur commun et affiche chaque seconde à quel courant il
laisserait l&apos;onduleur charger et décharger.

Sur tout autre chose qu&apos;un pseudo-terminal ou virtualcan (une clé USB-RS485, socketcan,
un adaptateur SLCAN), l&apos;émulation émet sur un vrai bus : elle demande
--confirm-no-inverter, puis écoute pendant 10 s et est refusée tant qu&apos;un autre maître
ou un keep-alive est entendu. Le silence seul ne vaut jamais consentement : certains
onduleurs n&apos;envoient pas de keep-alive. Un onduleur ou un GX joué s&apos;arrête (code de
sortie 2) quand un autre maître ou un keep-alive apparaît.
</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="338"/>
        <source>--inverter listens on one CAN interface (a GX on several: --gx)</source>
        <translation>--inverter écoute sur une seule interface CAN (un GX sur plusieurs : --gx)</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="369"/>
        <source>bytes outside an answer</source>
        <translation>octets hors d&apos;une réponse</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="375"/>
        <source>--inverter needs --can, --slcan or --serial</source>
        <translation>--inverter demande --can, --slcan ou --serial</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="420"/>
        <source>--gx needs --can or --slcan: one CAN interface per BMS</source>
        <translation>--gx demande --can ou --slcan : une interface CAN par BMS</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="510"/>
        <source>this bank has %1 BMSs, each on its own CAN interface: give %1 interfaces, e.g. --can socketcan:can0,can1 (got %2)</source>
        <translation>ce parc a %1 BMS, chacun sur sa propre interface CAN : donnez %1 interfaces, p. ex. --can socketcan:can0,can1 (reçu %2)</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="625"/>
        <source>--adr needs an address from 0 to 255 (0x12 or 18), got &apos;%1&apos;</source>
        <translation>--adr demande une adresse de 0 à 255 (0x12 ou 18), reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="653"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="675"/>
        <source>a victron-can bank talks CAN: give --can or --slcan, one interface per pack</source>
        <translation>un parc victron-can parle CAN : donnez --can ou --slcan, une interface par pack</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="682"/>
        <source>--dialect must be pylon-v1.2 or pylontech-v1.3</source>
        <translation>--dialect doit valoir pylon-v1.2 ou pylontech-v1.3</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="685"/>
        <source>the master broadcasts on one CAN interface (several are for a victron-can bank)</source>
        <translation>le maître diffuse sur une seule interface CAN (plusieurs, c&apos;est pour un parc victron-can)</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="733"/>
        <source>cannot create a pseudo-terminal</source>
        <translation>impossible de créer un pseudo-terminal</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="134"/>
        <source>no pack &apos;%1&apos; in this bank</source>
        <translation>pas de pack « %1 » dans ce parc</translation>
    </message>
</context>
</TS>
