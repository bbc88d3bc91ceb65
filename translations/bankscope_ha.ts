<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ha_NG">
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="80"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (na mai ƙera shi)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="88"/>
        <source>Battery failover card</source>
        <translation>Katin gaggawa na batir</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="111"/>
        <source>Your installer:</source>
        <translation>Mai girkawa naku:</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="116"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="117"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Kashe inverter BA ya sa batir lafiya ba: ku ware batir (tsari a ƙasa).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="127"/>
        <source>Isolation order</source>
        <translation>Tsarin ware batir</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="128"/>
        <source>Not entered: ask your installer.</source>
        <translation>Ba a rubuta ba: ku tambayi mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Bank map</source>
        <translation>Taswirar batura</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="143"/>
        <source>group %1</source>
        <translation>rukuni %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="145"/>
        <source>inverter cable</source>
        <translation>wayar inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="158"/>
        <source>If a battery fails</source>
        <translation>Idan wani batir ya lalace</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If the battery fails</source>
        <translation>Idan batir ya lalace</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Idan master %1 ya lalace: ku mai da %2 master</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="171"/>
        <source>This translation has not been reviewed: the English is beside each step.</source>
        <translation>Ba a duba wannan fassarar ba tukuna: Turanci yana gefen kowane mataki.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="197"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Ku tambayi mai girkawa naku game da %1: ba a tabbatar da shi a wannan wuri ba. Ku tsaya nan ku kira %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="211"/>
        <source>A failover drill on this site passed.</source>
        <translation>Gwajin gaggawa ya yi nasara a wannan wuri.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="212"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Babu gwajin gaggawa da ya yi nasara a wannan wuri tukuna.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="219"/>
        <source>What you see → what to do</source>
        <translation>Abin da kuka gani → abin da za ku yi</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="225"/>
        <source>what the lights mean: %1</source>
        <translation>ma&apos;anar fitilu: %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="239"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>Ba a rubuta ba: ku tambayi mai girkawa naku kafin ku kunna.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="251"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Saitin batir a inverter: ku tambayi mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="253"/>
        <source>Power-up order</source>
        <translation>Tsarin kunnawa</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="254"/>
        <source>What the inverter does meanwhile</source>
        <translation>Abin da inverter yake yi a wannan lokaci</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the lights on each unit</source>
        <translation>fitilun kowane batir</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the SOC on the inverter</source>
        <translation>SOC da inverter yake nunawa</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>lambar ƙararrawa ta inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>when you first noticed it</source>
        <translation>lokacin da kuka fara gani</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="268"/>
        <source>what you did from this card</source>
        <translation>abin da kuka yi daga wannan katin</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="270"/>
        <source>Have ready when you call</source>
        <translation>Ku shirya waɗannan kafin ku kira</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Kada ku</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="281"/>
        <source>Stop and call your installer when</source>
        <translation>Ku tsaya ku kira mai girkawa naku idan</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>gefe %1 na %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>ku juya</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Rubuta lokacin, lambar ƙararrawa ta inverter da fitilun kowane batir.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Ku ware batir bisa tsarin wannan wuri (akwatin sama).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Kashe %1 da makunnin wutarsa. Ku bar shi a kashe.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Cire wayar haɗi daga Link 1 na %1 (tana zuwa Link 0 na %2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Cire wayar inverter daga %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Cire wayar inverter daga soket ɗin %2 na %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Saka wayar inverter ɗin a %1, a soket ɗin da take a kan master: yanzu %1 ne master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Saka wayar inverter ɗin a soket ɗin %2 na %1: yanzu %1 ne master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>A kan %1 sa switch 1 zuwa %2 (saurin RS485 %3), kamar a %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>A kan %1 sa switch 2, 3, 4 zuwa %2 (rukuni %3), kamar a %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Kunna bisa tsarin kunnawa na wannan wuri, ku bar %1 a kashe. Inda tsarin ya ambaci %1, ku yi amfani da %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Kunna batir bisa tsarin kunnawa na wannan wuri, tare da dukan batura.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Ku duba inverter yana sake nuna cajin batir (SOC), babu ƙararrawar batir.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Ku duba inverter yana sake nuna cajin batir (SOC) cikin minti %1, babu ƙararrawar batir.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Cire wayoyin pack-bus guda biyu daga %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Cire wayoyin pack-bus guda biyu daga %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Haɗa %1 da %2 da ɗaya daga cikin waɗannan wayoyin, don sarƙar ta rufe ba tare da %3 ba.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>A kan %1 sa dukan DIP switch huɗu a OFF (0000). %1 zai zama master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Kashe %1 ku sake kunna shi, don ya karanta sabbin DIP switch ɗinsa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Saka wayar inverter a %1, a soket ɗin da take a kan master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Saka wayar inverter a soket ɗin %2 na %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>A cikin JK app, ku duba soket ɗin %2 na %1 yana amfani da protocol ɗaya da na %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>A cikin JK app, ku duba protocol na soket ɗin %2 na %1 shine: %3 (kamar a %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Ku duba soket ɗin %2 na %1 yana aika protocol ɗaya da na %3 (duba littafin batir).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Cire %1 daga wayar RS485 da ake amfani da ita tare.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>An riga an saita %1 da adireshi, protocol da saurin %2: kada ku canza komai a kansa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>A cikin JK app a kan %1 sa Device Addr %2, da protocol da saurin da %3 yake amfani da su.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>A cikin JK app a kan %1 sa Device Addr %2, protocol %3 da saurin %4 baud, kamar yadda %5 yake.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Idan an mayar da irin batir na inverter sabo, ku sake saita shi: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Idan an mayar da irin batir na inverter sabo, kada ku yi hasashe: ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>A allon GX, rubuta ƙararrawar da batir ɗin da ya ɓace.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>A kan inverter, rubuta ƙararrawar da batir ɗin da ya ɓace.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the other %1 batteries, with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Tsarin yana ci gaba da sauran batura %1, da kusan %2 % ƙasa da ƙarfin ajiya, da ƙananan iyakokin caji da amfani. Ku bar shi yana aiki ku kira mai girkawa naku a lokacin aiki.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>Kada ku gwada sake kunnawa ko gyara batir da kanku. Ku kira %1 yanzu a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Cire wayar inverter daga %1: mai maye gurbi ya daina zama master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Cire wayar inverter daga soket ɗin %2 na %1: mai maye gurbi ya daina zama master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Haɗa Link 1 na %1 zuwa Link 0 na %2; Link 0 na %1 ya zauna babu komai.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Saka wayar inverter a %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Mayar da switch ɗin %1 zuwa %2, kamar yadda aka tsara.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Mayar da DIP switch ɗin %1 zuwa %2 (adireshi %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Sake haɗa %1 da pack bus kamar yadda yake a da.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Sake haɗa %1 da pack bus (%2) kamar yadda yake a da.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>A cikin JK app mayar da %1 zuwa Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Mayar da soket ɗin inverter na %1 kamar yadda yake a da.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Sake haɗa %1 da wayar RS485 da ake amfani da ita tare.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Saka wayar batir da aka gyara a tashar GX ɗinta, kada a tashar da wani batir yake amfani da ita.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Ku duba a GX cewa batir ɗin ya sake bayyana.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Ku duba a inverter cewa ana sake ƙirga batir ɗin.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Mai girkawa ne kaɗai zai mayar da batir aiki.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>wanne batir zai zama master idan an matsar da wayar inverter</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>switch na saurin RS485 (switch 1) a kan %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>switch ɗin da ke kan %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>tsarin kunna batir</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>tsarin ware batir</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>mai da %1 master da DIP switch ɗinsa</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>sake kunna %1 don ya karanta DIP switch ɗinsa</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>protocol na soket ɗin inverter na %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>adireshi, protocol da saurin da za a saita a kan %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>ko tsarin zai ci gaba ba tare da batir ɗaya ba</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>wannan mataki</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Breaker ya ƙi buɗewa, ko akwai zafi, wari ko hayaƙi? Ku nisanta, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Idan ba haka ba: ku tsaya, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Ya bambanta? Ku tsaya, kada ku ƙara canza komai, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Ya bambanta? Ku tsaya, kada ku canza komai, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 bai tashi ba, ko yana nuna ja? Ku sake ware batir, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Idan ba haka ba: ku sake ware batir ku kira mai girkawa naku. Kada ku gwada wani abu.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Tsarin ya tsaya? Ku ware batir, ku kira mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Da %1 a kunne (haka aka saita a nan) zai tsaya da kuskure: wuta za ta ɗauke sai idan wutar grid tana nan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Da %1 a kashe (haka aka saita a nan) zai ci gaba da aiki ba tare da bayanin batir ba, a kan iyakokin da babu mai ƙera da ya rubuta; SOC ɗinsa hasashe ne daga voltage.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>Ko zai tsaya ya dogara da saitin %1, wanda ba a rubuta ba a wannan wuri: ku tambayi mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>Inverter zai yanke wutar da yake bayarwa: wuta za ta ɗauke.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>GX zai nuna “BMS connection lost”. Idan ya daina aika iyakokin batir, inverter zai kashe bayan kamar minti 5.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>Inverter zai iya rasa cajin batir (SOC), ya ɗauka batir ya ƙare, ya caje shi gaba ɗaya daga grid.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>Inverter zai nuna event 9308 “Battery error”; ba a san abin da zai yi bayan haka ba.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Daga kundin bayani, da Turanci: %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>Ba a san abin da %1 yake yi ba idan babu bayanin batir. Kada ku ɗauka zai kare batir.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Hasashe daga voltage zai iya yin nisa: a lokacin miƙa aiki (%1 V) kusan %2 %, alhali batura sun ce %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Ƙarancin voltage: ku sake caji cikin awa %1 (iyakar mai ƙera). Rubuta lokacin:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Module ƙasa da 40 V: kashe komai har inverter zai iya caje shi (dokar mai ƙera). Rubuta lokacin:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Ƙarancin voltage: babu mai ƙera da ya ba da iyakar lokaci, ku kira mai girkawa naku nan take. Rubuta lokacin:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Saitin batir a inverter: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Kada ku sake haɗa %1 da kanku: mai girkawa naku ne kaɗai zai yi.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Kada ku matsar da waya ko switch yayin da batir yake kunne.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Babu switch da yake mai da batir master: kada ku canza wani switch.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>Kada ku taɓa amfani da black start (riƙe Start fiye da daƙiƙa 10).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Kada ku canza wani saiti a cikin JK app.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Kada ku bar inverter a kan batir ba tare da kulawa ba.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>wani mataki bai tafi kamar yadda aka rubuta ba;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>wani batir yana da zafi, ya kumbura, yana wari ko hayaƙi (ku nisanta);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>wani batir yana nuna fitilar kariya;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>wani batir na biyu ya lalace;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>master na wani rukuni ya lalace (%1);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>kullum bayan haka: dole a duba batura.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>Inverter yana nuna BMS communication fault, ko babu bayanin batir.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Dukan fitilun wani batir sun mutu.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Jar fitilar ALM tana kunne ba ta ƙyaftawa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Jar fitilar ALM tana ƙyaftawa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Batir ɗin JK ba su da fitilar kuskure.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Fitilar yanayi ruwan lemu ce kuma ba ta ƙyaftawa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Dukan fitilun shuɗi ne kuma babu wuta da ke fita.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Shuɗiyar fitila tana ƙyaftawa.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>GX yana nuna batir ya ɓace, ko “BMS connection lost”.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Ku bi matakan wannan katin.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Ku ware batir idan ba shi da lafiya, ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Wannan batir a kashe yake ko ya lalace. Idan %1 ne, master, ku bi matakan.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Kariya: batir ɗin ya daina caji ko bayarwa. Rubuta wane batir da lokacin; ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Ƙararrawa, amma batir ɗin yana aiki: rubuta ta ku gaya wa mai girkawa naku.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Yanayinsu yana bayyana ne kawai a JK app ko a BankScope.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Kariya. Kada ku sake kunna shi da kanku: ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Fiyus ya ƙone: ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Ƙirga ƙyaftawar fari, sannan ta shuɗi (lambar event ce), rubuta ta ku kira %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>MAI MAYE GURBI</translation>
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
        <translation>takardar mai ƙera</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>daga na biyu</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>ba tabbas</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>aiki mara haɗari</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>an tabbatar a wannan wuri</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>gwaji ya tabbatar</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>ba a tabbatar ba: ku tambayi mai girkawa naku</translation>
    </message>
</context>
</TS>
