# Read by cpack before it packs (CPACK_PROJECT_CONFIG_FILE): stops a .deb
# that would be wrong rather than let it out.
if(CPACK_GENERATOR STREQUAL "DEB")
  # Debian keeps /usr/local for the administrator; and the paths compiled
  # into the binary follow CMAKE_INSTALL_PREFIX, so it is that which must
  # change, not the package's prefix alone.
  if(CPACK_PACKAGING_INSTALL_PREFIX MATCHES "^/usr/local(/|$)")
    message(FATAL_ERROR "mbo: a .deb installs under /usr: configure with -DCMAKE_INSTALL_PREFIX=/usr "
                        "(scripts/deb does), not ${CPACK_PACKAGING_INSTALL_PREFIX}")
  endif()
  # Without these CPack writes no Depends line at all, and the package
  # would install where it cannot run.
  find_program(MBO_SHLIBDEPS dpkg-shlibdeps)
  find_program(MBO_FILE file)
  if(NOT MBO_SHLIBDEPS OR NOT MBO_FILE)
    message(FATAL_ERROR "mbo: the .deb's dependencies need dpkg-shlibdeps (dpkg-dev) and file; "
                        "run scripts/deps")
  endif()
endif()
