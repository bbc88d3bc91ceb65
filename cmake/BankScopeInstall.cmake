# Installation for Linux desktops and the Debian package (cmake --install; cpack -G DEB).
# The programs and the translations are installed by app/CMakeLists.txt.
include(GNUInstallDirs)

set(_res ${PROJECT_SOURCE_DIR}/resources)
install(FILES ${_res}/desktop/io.github.bankscope.BankScope.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_res}/desktop/io.github.bankscope.BankScope.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_res}/icons/bankscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${_res}/icons/bankscope-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME bankscope.png)
endforeach()

# Debian package: `cpack -G DEB` in the build tree gives bankscope_<version>_<arch>.deb, which
# `apt install ./bankscope_*.deb` installs on Debian 12 with its dependencies.
set(CPACK_PACKAGE_NAME bankscope)
set(CPACK_PACKAGE_VENDOR "BankScope developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Commissioning and diagnostics for parallel lithium battery banks")
set(CPACK_PACKAGE_DESCRIPTION "BankScope shows every pack and every cell of a bank of lithium packs in parallel on one
inverter (Pylontech, JK BMS, Victron GX) over USB-RS485 and USB-CAN adapters, compares what
the inverter should see with what it is told, and helps commission the bank and find BMS
communication faults. Includes bankscope-cli (headless, JSON) and bankscope-sim (simulator).")
set(CPACK_PACKAGE_CONTACT "BankScope developers")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "BankScope developers")
set(CPACK_DEBIAN_PACKAGE_SECTION electronics)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies are read off the binaries (dpkg-shlibdeps). On Debian 12 Qt's platform
# plugins (xcb, offscreen) ship in libqt6gui6 and the CAN bus plugins (socketcan, peakcan,
# virtualcan ...) in libqt6serialbus6, both found that way. DejaVu fonts cover the letters of
# every language the reports and failover cards are printed in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
include(CPack)
