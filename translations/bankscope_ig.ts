<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ig_NG">
<context>
    <name>FailoverCard</name>
    <message>
        <location filename="../core/failovercard.cpp" line="80"/>
        <source>%1 (the maker&apos;s)</source>
        <translation>%1 (nke onye mepụtara ya)</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="88"/>
        <source>Battery failover card</source>
        <translation>Kaadị mberede batrị</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="111"/>
        <source>Your installer:</source>
        <translation>Installer gị:</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="116"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="117"/>
        <source>Switching the inverter off does NOT make the battery safe: isolate it (order below).</source>
        <translation>Ịgbanyụ inverter EMEGHỊ ka batrị dị nchebe: kewapụ ya (usoro dị n&apos;okpuru).</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="127"/>
        <source>Isolation order</source>
        <translation>Usoro ịkewapụ batrị</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="128"/>
        <source>Not entered: ask your installer.</source>
        <translation>Edeghị ya: jụọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="131"/>
        <source>Bank map</source>
        <translation>Maapụ batrị</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="143"/>
        <source>group %1</source>
        <translation>otu %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="145"/>
        <source>inverter cable</source>
        <translation>waya inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="158"/>
        <source>If a battery fails</source>
        <translation>Ọ bụrụ na otu batrị mebiri</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="161"/>
        <source>If the battery fails</source>
        <translation>Ọ bụrụ na batrị mebiri</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="164"/>
        <source>If the master %1 fails: make %2 the master</source>
        <translation>Ọ bụrụ na master %1 mebiri: mee %2 ka ọ bụrụ master</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="171"/>
        <source>This translation has not been reviewed: the English is beside each step.</source>
        <translation>Onweghị onye nyochara ntụgharị a: Bekee dị n&apos;akụkụ nzọụkwụ ọ bụla.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="197"/>
        <source>Ask your installer about %1: it is not confirmed on this site. Stop here and call %2 on %3.</source>
        <translation>Jụọ installer gị maka %1: akwadoghị ya n&apos;ebe a. Kwụsị ebe a ma kpọọ %2 na %3.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="211"/>
        <source>A failover drill on this site passed.</source>
        <translation>Ule mberede gara nke ọma n&apos;ebe a.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="212"/>
        <source>No failover drill has passed on this site yet.</source>
        <translation>Ọ dịbeghị ule mberede gara nke ọma n&apos;ebe a.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="219"/>
        <source>What you see → what to do</source>
        <translation>Ihe ị hụrụ → ihe ị ga-eme</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="225"/>
        <source>what the lights mean: %1</source>
        <translation>ihe ọkụ ndị ahụ pụtara: %1</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="239"/>
        <source>Not entered: ask your installer before switching on.</source>
        <translation>Edeghị ya: jụọ installer gị tupu ị gbanye ya.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="251"/>
        <source>Inverter battery setting: ask your installer.</source>
        <translation>Ntọala batrị na inverter: jụọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="253"/>
        <source>Power-up order</source>
        <translation>Usoro ịgbanye</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="254"/>
        <source>What the inverter does meanwhile</source>
        <translation>Ihe inverter na-eme n&apos;oge a</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="264"/>
        <source>the lights on each unit</source>
        <translation>ọkụ nke batrị ọ bụla</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="265"/>
        <source>the SOC on the inverter</source>
        <translation>SOC inverter na-egosi</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="266"/>
        <source>the inverter&apos;s alarm code</source>
        <translation>koodu alarm nke inverter</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="267"/>
        <source>when you first noticed it</source>
        <translation>mgbe ị buru ụzọ hụ ya</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="268"/>
        <source>what you did from this card</source>
        <translation>ihe i mere site na kaadị a</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="270"/>
        <source>Have ready when you call</source>
        <translation>Kwadobe ndị a tupu ị kpọọ</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="280"/>
        <source>Do not</source>
        <translation>Emela</translation>
    </message>
    <message>
        <location filename="../core/failovercard.cpp" line="281"/>
        <source>Stop and call your installer when</source>
        <translation>Kwụsị ma kpọọ installer gị ma ọ bụrụ</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="154"/>
        <source>side %1 of %2</source>
        <translation>akụkụ %1 n&apos;ime %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/cardprinter.cpp" line="156"/>
        <source>turn over</source>
        <translation>tụgharịa ya</translation>
    </message>
</context>
<context>
    <name>FailoverSteps</name>
    <message>
        <location filename="../core/failovertexts.cpp" line="38"/>
        <source>Note the time, the inverter&apos;s alarm code and the lights on each unit.</source>
        <translation>Dee oge, koodu alarm nke inverter na ọkụ nke batrị ọ bụla.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="40"/>
        <source>Isolate the battery in this site&apos;s order (box above).</source>
        <translation>Kewapụ batrị n&apos;usoro ebe a (igbe dị n&apos;elu).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="42"/>
        <source>Switch %1 off at its power switch. Leave it off.</source>
        <translation>Gbanyụọ %1 na switch ọkụ ya. Hapụ ya ka ọ nọrọ ọnọdụ anyụrụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="44"/>
        <source>Unplug the link cable from %1&apos;s Link 1 (it goes to %2&apos;s Link 0).</source>
        <translation>Wepụ waya njikọ na Link 1 nke %1 (ọ na-aga na Link 0 nke %2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="48"/>
        <source>Unplug the inverter cable from %1.</source>
        <translation>Wepụ waya inverter na %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="49"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket.</source>
        <translation>Wepụ waya inverter na socket %2 nke %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="53"/>
        <source>Plug that inverter cable into %1, in the socket it had on the master: %1 is now the master.</source>
        <translation>Tinye waya inverter ahụ na %1, n&apos;otu socket ahụ ọ nọ na master: %1 bụ master ugbu a.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="54"/>
        <source>Plug that inverter cable into %1&apos;s %2 socket: %1 is now the master.</source>
        <translation>Tinye waya inverter ahụ na socket %2 nke %1: %1 bụ master ugbu a.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="59"/>
        <source>On %1 set switch 1 to %2 (RS485 speed %3), as on %4.</source>
        <translation>Na %1 tọọ switch 1 na %2 (ọsọ RS485 %3), dị ka na %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="61"/>
        <source>On %1 set switches 2, 3, 4 to %2 (group %3), as on %4.</source>
        <translation>Na %1 tọọ switch 2, 3, 4 na %2 (otu %3), dị ka na %4.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="63"/>
        <source>Switch on in this site&apos;s power-up order, %1 left off. Where the order names %1, use %2.</source>
        <translation>Gbanye ya n&apos;usoro ịgbanye ebe a, hapụ %1 ka ọ nọrọ anyụrụ. Ebe usoro kpọrọ %1, jiri %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="67"/>
        <source>Switch the battery on in this site&apos;s power-up order, every unit included.</source>
        <translation>Gbanye batrị n&apos;usoro ịgbanye ebe a, batrị niile gụnyere.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="70"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again, with no battery alarm.</source>
        <translation>Lelee na inverter na-egosi ike batrị (SOC) ọzọ, na-enweghị alarm batrị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="71"/>
        <source>Check the inverter shows the battery&apos;s charge (SOC) again within %1 minutes, with no battery alarm.</source>
        <translation>Lelee na inverter na-egosi ike batrị (SOC) ọzọ n&apos;ime nkeji %1, na-enweghị alarm batrị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="76"/>
        <source>Unplug both pack-bus cables from %1.</source>
        <translation>Wepụ waya pack-bus abụọ ahụ na %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="77"/>
        <source>Unplug both pack-bus cables from %1 (%2).</source>
        <translation>Wepụ waya pack-bus abụọ ahụ na %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="80"/>
        <source>Join %1 and %2 with one of those cables, so the chain is closed without %3.</source>
        <translation>Jikọọ %1 na %2 site na otu n&apos;ime waya ndị ahụ, ka agbụ ahụ mechie na-enweghị %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="82"/>
        <source>On %1 set all four DIP switches OFF (0000). %1 becomes the master.</source>
        <translation>Na %1 tọọ switch DIP anọ niile na OFF (0000). %1 ga-abụ master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="84"/>
        <source>Switch %1 off and on again, so it reads its new DIP switches.</source>
        <translation>Gbanyụọ %1 ma gbanye ya ọzọ, ka ọ gụọ switch DIP ọhụrụ ya.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="87"/>
        <source>Plug the inverter cable into %1, in the socket it had on the master.</source>
        <translation>Tinye waya inverter na %1, n&apos;otu socket ahụ ọ nọ na master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="88"/>
        <location filename="../core/failovertexts.cpp" line="132"/>
        <source>Plug the inverter cable into %1&apos;s %2 socket.</source>
        <translation>Tinye waya inverter na socket %2 nke %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="92"/>
        <source>In the JK app, check that %1&apos;s %2 socket runs the same protocol as %3&apos;s.</source>
        <translation>Na JK app, lelee na socket %2 nke %1 na-eji otu protocol ahụ dị ka nke %3.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="93"/>
        <source>In the JK app, check that the protocol of %1&apos;s %2 socket is: %3 (as on %4).</source>
        <translation>Na JK app, lelee na protocol nke socket %2 nke %1 bụ: %3 (dị ka na %4).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="96"/>
        <source>Check that %1&apos;s %2 socket sends the same protocol as %3&apos;s (see the battery&apos;s manual).</source>
        <translation>Lelee na socket %2 nke %1 na-ezipụ otu protocol ahụ dị ka nke %3 (lee akwụkwọ ntụziaka batrị).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="98"/>
        <source>Unplug %1 from the shared RS485 cable.</source>
        <translation>Wepụ %1 na waya RS485 ha na-ekerịta.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="100"/>
        <source>%1 was set up ahead with the address, protocol and speed of %2: change nothing on it.</source>
        <translation>E tọbuola %1 na adreesị, protocol na ọsọ nke %2: agbanwela ihe ọ bụla na ya.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="102"/>
        <source>In the JK app on %1 set Device Addr %2, and the protocol and speed %3 used.</source>
        <translation>Na JK app na %1 tọọ Device Addr %2, na protocol na ọsọ %3 na-eji.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="104"/>
        <source>In the JK app on %1 set Device Addr %2, protocol %3 and speed %4 baud, as %5 had.</source>
        <translation>Na JK app na %1 tọọ Device Addr %2, protocol %3 na ọsọ %4 baud, dị ka %5 nwere.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="107"/>
        <source>If the inverter&apos;s battery type was reset, set it again: %1 → %2.</source>
        <translation>Ọ bụrụ na ụdị batrị nke inverter laghachiri na mbụ, tọọ ya ọzọ: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="109"/>
        <source>If the inverter&apos;s battery type was reset, do not guess it: call %1 on %2.</source>
        <translation>Ọ bụrụ na ụdị batrị nke inverter laghachiri na mbụ, echela ya: kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="111"/>
        <source>On the GX screen, note the alarm and which battery is missing.</source>
        <translation>Na ihuenyo GX, dee alarm ahụ na batrị nke na-adịghị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="113"/>
        <source>On the inverter, note the alarm and which battery is missing.</source>
        <translation>Na inverter, dee alarm ahụ na batrị nke na-adịghị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="115"/>
        <source>The system carries on with the other %1 batteries, with about %2 % less capacity and lower charge and discharge limits. Leave it running and call your installer in working hours.</source>
        <translation>Sistemụ ahụ na-aga n&apos;ihu na batrị %1 ndị ọzọ, ike nchekwa belatara ihe dị ka %2 % na oke ịchaji na iji ike dị ala. Hapụ ya ka ọ rụọ ọrụ ma kpọọ installer gị n&apos;oge ọrụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="120"/>
        <source>Do not try to restart or repair the battery yourself. Call %1 now on %2.</source>
        <translation>Anwala ịmalite ma ọ bụ ịrụzi batrị n&apos;onwe gị. Kpọọ %1 ugbu a na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="124"/>
        <source>Unplug the inverter cable from %1: the stand-in stops being master.</source>
        <translation>Wepụ waya inverter na %1: onye nnọchi akwụsịla ịbụ master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="125"/>
        <source>Unplug the inverter cable from %1&apos;s %2 socket: the stand-in stops being master.</source>
        <translation>Wepụ waya inverter na socket %2 nke %1: onye nnọchi akwụsịla ịbụ master.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="128"/>
        <source>Connect %1&apos;s Link 1 to %2&apos;s Link 0; %1&apos;s Link 0 stays empty.</source>
        <translation>Jikọọ Link 1 nke %1 na Link 0 nke %2; Link 0 nke %1 ga-anọ n&apos;efu.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="131"/>
        <source>Plug the inverter cable into %1.</source>
        <translation>Tinye waya inverter na %1.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="135"/>
        <source>Set %1&apos;s switches back to %2, as planned.</source>
        <translation>Laghachi switch nke %1 na %2, dị ka e zubere.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="137"/>
        <source>Set %1&apos;s DIP switches back to %2 (address %3).</source>
        <translation>Laghachi switch DIP nke %1 na %2 (adreesị %3).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="140"/>
        <source>Connect %1 to the pack bus as it was.</source>
        <translation>Jikọọ %1 na pack bus ọzọ dị ka ọ dị na mbụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="141"/>
        <source>Connect %1 to the pack bus (%2) as it was.</source>
        <translation>Jikọọ %1 na pack bus (%2) ọzọ dị ka ọ dị na mbụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="144"/>
        <source>In the JK app set %1 back to Device Addr %2.</source>
        <translation>Na JK app laghachi %1 na Device Addr %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="146"/>
        <source>Set the inverter socket of %1 back as it was before.</source>
        <translation>Laghachi socket inverter nke %1 dị ka ọ dị na mbụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="148"/>
        <source>Connect %1 to the shared RS485 cable again.</source>
        <translation>Jikọọ %1 na waya RS485 ha na-ekerịta ọzọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="150"/>
        <source>Plug the repaired battery&apos;s cable into its own GX port, never into a port another battery uses.</source>
        <translation>Tinye waya batrị a rụziri na port GX nke ya, ọ bụghị na port batrị ọzọ na-eji.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="152"/>
        <source>Check on the GX that the battery is listed again.</source>
        <translation>Lelee na GX na batrị ahụ pụtara ọzọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="154"/>
        <source>Check on the inverter that the battery is counted again.</source>
        <translation>Lelee na inverter na ọ na-agụ batrị ahụ ọzọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="156"/>
        <source>Only the installer brings the battery back into service.</source>
        <translation>Ọ bụ naanị installer ga-eweghachi batrị n&apos;ọrụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="165"/>
        <source>which unit becomes master when the inverter cable moves</source>
        <translation>batrị nke ga-abụ master ma e bugharịa waya inverter</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="167"/>
        <source>the RS485 speed switch (switch 1) on %1</source>
        <translation>switch ọsọ RS485 (switch 1) na %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="169"/>
        <source>the switches on %1</source>
        <translation>switch ndị dị na %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="171"/>
        <source>the order to switch the battery on</source>
        <translation>usoro ịgbanye batrị</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="173"/>
        <source>the order to isolate the battery</source>
        <translation>usoro ịkewapụ batrị</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="175"/>
        <source>making %1 the master with its DIP switches</source>
        <translation>ime %1 master site na switch DIP ya</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="177"/>
        <source>restarting %1 so it reads its DIP switches</source>
        <translation>ịmalitegharị %1 ka ọ gụọ switch DIP ya</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="179"/>
        <source>the protocol of %1&apos;s inverter socket</source>
        <translation>protocol nke socket inverter nke %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="181"/>
        <source>the address, protocol and speed to set on %1</source>
        <translation>adreesị, protocol na ọsọ a ga-atọ na %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="183"/>
        <source>whether the system carries on without one battery</source>
        <translation>ma sistemụ ahụ ga-aga n&apos;ihu na-enweghị otu batrị</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="184"/>
        <source>this step</source>
        <translation>nzọụkwụ a</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="194"/>
        <source>A breaker will not open, or heat, smell or smoke? Keep away, call your installer.</source>
        <translation>Breaker anaghị emeghe, ma ọ bụ okpomọkụ, isi ma ọ bụ anwụrụ ọkụ? Nọrọ anya, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="196"/>
        <source>If not: stop, call your installer.</source>
        <translation>Ọ bụrụ na ọ bụghị otú ahụ: kwụsị, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="198"/>
        <source>Looks different? Stop, change nothing more, call your installer.</source>
        <translation>Ọ dị iche? Kwụsị, agbanwekwala ihe ọ bụla, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="200"/>
        <source>Looks different? Stop, change nothing, call your installer.</source>
        <translation>Ọ dị iche? Kwụsị, agbanwela ihe ọ bụla, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="202"/>
        <source>%1 does not start, or shows red? Isolate again, call your installer.</source>
        <translation>%1 amaghị, ma ọ bụ ọ na-egosi uhie? Kewapụ ọzọ, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="204"/>
        <source>If not: isolate again and call your installer. Try nothing else.</source>
        <translation>Ọ bụrụ na ọ bụghị otú ahụ: kewapụ ọzọ ma kpọọ installer gị. Anwala ihe ọzọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="206"/>
        <source>The system has stopped? Isolate the battery, call your installer.</source>
        <translation>Sistemụ ahụ akwụsịla? Kewapụ batrị, kpọọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="216"/>
        <source>With %1 on (as set here) it stops with a fault: the loads go dark unless the grid feeds them.</source>
        <translation>Ebe %1 gbanyere (otú e si tọọ ya ebe a) ọ ga-akwụsị na njehie: ọkụ ga-anyụ ma ọ bụrụ na ọkụ grid adịghị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="219"/>
        <source>With %1 off (as set here) it keeps running without battery data, on limits no maker documents; its SOC is then a guess from the voltage.</source>
        <translation>Ebe %1 anyụrụ (otú e si tọọ ya ebe a) ọ ga-aga n&apos;ihu na-enweghị ozi batrị, na oke nke onye mepụtara ọ bụla edeghị; SOC ya bụ nkọ sitere na voltage.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="223"/>
        <source>Whether it stops depends on its %1 setting, not recorded for this site: ask your installer.</source>
        <translation>Ma ọ ga-akwụsị dabere na ntọala %1 ya, nke e deghị maka ebe a: jụọ installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="226"/>
        <source>The inverter cuts its output: the loads go dark.</source>
        <translation>Inverter ga-egbu ọkụ ọ na-enye: ọkụ ga-anyụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="228"/>
        <source>The GX shows “BMS connection lost”. If it stops sending battery limits, the inverter shuts down after about 5 minutes.</source>
        <translation>GX ga-egosi “BMS connection lost”. Ọ bụrụ na ọ kwụsị izipu oke batrị, inverter ga-anyụ mgbe ihe dị ka nkeji 5 gachara.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="231"/>
        <source>The inverter may lose the battery&apos;s charge (SOC), take the battery as empty and charge it fully from the grid.</source>
        <translation>Inverter nwere ike tufuo ike batrị (SOC), were batrị dị ka nke tọgbọrọ chakoo, ma chajie ya n&apos;ụzọ zuru ezu site na grid.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="233"/>
        <source>The inverter shows event 9308 “Battery error”; what it does next is not known.</source>
        <translation>Inverter ga-egosi event 9308 “Battery error”; a maghị ihe ọ ga-eme mgbe ahụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="235"/>
        <source>From the catalogue, in English: %1</source>
        <translation>Site na katalọgụ, na Bekee: %1</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="237"/>
        <source>What the %1 does without battery data is not known. Do not assume it protects the battery.</source>
        <translation>A maghị ihe %1 na-eme na-enweghị ozi batrị. Echela na ọ ga-echekwa batrị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="239"/>
        <source>A voltage guess can be far off: at hand-over (%1 V) about %2 %, while the packs said %3 %.</source>
        <translation>Nkọ site na voltage nwere ike ịdị anya: n&apos;oge nnyefe (%1 V) ihe dị ka %2 %, ebe batrị kwuru %3 %.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="243"/>
        <source>Under-voltage protection: recharge within %1 h (maker&apos;s limit). Note the time:</source>
        <translation>Nchekwa voltage dị ala: chajie ya n&apos;ime awa %1 (oke onye mepụtara). Dee oge:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="246"/>
        <source>A module below 40 V: switch everything off until the inverter can charge it (maker&apos;s rule). Note the time:</source>
        <translation>Module dị n&apos;okpuru 40 V: gbanyụọ ihe niile ruo mgbe inverter nwere ike ịchaji ya (iwu onye mepụtara). Dee oge:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="248"/>
        <source>Under-voltage protection: no maker gives a time limit, so call your installer at once. Note the time:</source>
        <translation>Nchekwa voltage dị ala: ọ dịghị onye mepụtara nyere oke oge, ya mere kpọọ installer gị ozugbo. Dee oge:</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="250"/>
        <source>Inverter battery setting: %1 → %2</source>
        <translation>Ntọala batrị na inverter: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="253"/>
        <source>Do not reconnect %1 yourself: only your installer does.</source>
        <translation>Ejikọtala %1 n&apos;onwe gị: ọ bụ naanị installer gị ga-eme ya.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="255"/>
        <source>Do not move cables or switches with the battery on.</source>
        <translation>Ebugharịla waya ma ọ bụ switch mgbe batrị gbanyere.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="257"/>
        <source>No switch makes a master: change no other switch.</source>
        <translation>Ọ dịghị switch na-eme master: agbanwela switch ọ bụla ọzọ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="259"/>
        <source>Never use the black start (holding Start for more than 10 seconds).</source>
        <translation>Ejila black start mgbe ọ bụla (ijide Start karịa sekọnd 10).</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="261"/>
        <source>Change no other setting in the JK app.</source>
        <translation>Agbanwela ntọala ọ bụla ọzọ na JK app.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="263"/>
        <source>Do not leave the inverter on the battery unattended.</source>
        <translation>Ahapụla inverter na batrị na-enweghị onye na-ele ya anya.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="266"/>
        <source>a step does not go as written;</source>
        <translation>otu nzọụkwụ agaghị dị ka e dere ya;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="268"/>
        <source>a unit is hot, swollen, smells or smokes (keep away);</source>
        <translation>otu batrị na-ekpo ọkụ, zaa aza, na-esi isi ma ọ bụ na-anwụ anwụrụ (nọrọ anya);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="270"/>
        <source>a unit shows a protection light;</source>
        <translation>otu batrị na-egosi ọkụ nchekwa;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="272"/>
        <source>a second unit fails;</source>
        <translation>batrị nke abụọ mebiri;</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="274"/>
        <source>the master of another group fails (%1);</source>
        <translation>master nke otu ọzọ mebiri (%1);</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="276"/>
        <source>always afterwards: the bank must be checked.</source>
        <translation>mgbe niile emesịa: a ga-enyocha batrị niile.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="284"/>
        <source>The inverter shows a BMS communication fault, or no battery data.</source>
        <translation>Inverter na-egosi BMS communication fault, ma ọ bụ enweghị ozi batrị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="286"/>
        <source>All lights are off on a unit.</source>
        <translation>Ọkụ niile nke otu batrị anyụọla.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="288"/>
        <source>The red ALM light is on and not blinking.</source>
        <translation>Ọkụ uhie ALM na-enwu ma ọ naghị amụpụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="290"/>
        <source>The red ALM light is blinking.</source>
        <translation>Ọkụ uhie ALM na-amụpụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="292"/>
        <source>JK packs have no fault light.</source>
        <translation>Batrị JK enweghị ọkụ njehie.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="294"/>
        <source>The status light is orange and steady.</source>
        <translation>Ọkụ ọnọdụ bụ oroma ma ọ naghị amụpụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="296"/>
        <source>All lights are blue and there is no output.</source>
        <translation>Ọkụ niile bụ acha anụnụ anụnụ ma ọkụ anaghị apụta.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="298"/>
        <source>A blue light flashes.</source>
        <translation>Ọkụ acha anụnụ anụnụ na-amụpụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="300"/>
        <source>The GX shows a battery missing, or “BMS connection lost”.</source>
        <translation>GX na-egosi na otu batrị adịghị, ma ọ bụ “BMS connection lost”.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="309"/>
        <source>Follow the steps on this card.</source>
        <translation>Soro nzọụkwụ dị na kaadị a.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="311"/>
        <source>Isolate the battery if it is unsafe, and call %1 on %2.</source>
        <translation>Kewapụ batrị ma ọ bụrụ na ọ dịghị nchebe, ma kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="313"/>
        <source>That unit is off or has failed. If it is %1, the master, follow the steps.</source>
        <translation>Batrị ahụ anyụọla ma ọ bụ mebiri. Ọ bụrụ na ọ bụ %1, master, soro nzọụkwụ ndị ahụ.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="315"/>
        <source>Protection: the unit stopped charging or discharging. Note which unit and the time; call %1 on %2.</source>
        <translation>Nchekwa: batrị ahụ akwụsịla ịchaji ma ọ bụ inye ike. Dee batrị ahụ na oge; kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="318"/>
        <source>An alarm, but the unit still works: note it and tell your installer.</source>
        <translation>Alarm, mana batrị ahụ ka na-arụ ọrụ: dee ya ma gwa installer gị.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="320"/>
        <source>Their state shows only in the JK app or in BankScope.</source>
        <translation>Ọnọdụ ha na-apụta naanị na JK app ma ọ bụ na BankScope.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="322"/>
        <source>Protection. Do not restart it yourself: call %1 on %2.</source>
        <translation>Nchekwa. Amalitegharịla ya n&apos;onwe gị: kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="324"/>
        <source>A fuse has blown: call %1 on %2.</source>
        <translation>Fiuz agbaala: kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="326"/>
        <source>Count the white flashes, then the blue ones (the event code), write it down and call %1 on %2.</source>
        <translation>Gụọ ọkụ ọcha na-amụpụ, mgbe ahụ nke acha anụnụ anụnụ (koodu event), dee ya ma kpọọ %1 na %2.</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="334"/>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="336"/>
        <source>STAND-IN</source>
        <translation>ONYE NNỌCHI</translation>
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
        <translation>akwụkwọ onye mepụtara</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="350"/>
        <source>second-hand</source>
        <translation>site n&apos;aka onye ọzọ</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="352"/>
        <source>uncertain</source>
        <translation>ejighị n&apos;aka</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="361"/>
        <source>safe action</source>
        <translation>omume enweghị ihe egwu</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="365"/>
        <source>confirmed on this site</source>
        <translation>akwadoro ya n&apos;ebe a</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="367"/>
        <source>proved by the drill</source>
        <translation>ule gosiri ya</translation>
    </message>
    <message>
        <location filename="../core/failovertexts.cpp" line="369"/>
        <source>not confirmed: ask your installer</source>
        <translation>akwadoghị ya: jụọ installer gị</translation>
    </message>
</context>
</TS>
