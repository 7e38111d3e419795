# Install.cmake — what `cmake --install` and `cpack -G DEB` add to the
# binary and data the top CMakeLists.txt, dict/ and tables/ install:
#
#   bin/rensa                          (top file)
#   share/rensa/{rules,data,tables}/   (top file, dict/, tables/)
#   share/man/man1/rensa.1             doc/rensa.1
#   share/doc/rensa/copyright          LICENSE (GPL-3.0-or-later)
#   lib/librensa.a                     the static library
#   include/rensa.h                    the one public header, which includes
#   include/rensa/*.h                  the module headers it is made of
#   lib/pkgconfig/rensa.pc             from cmake/rensa.pc.in
#
# Module headers include each other as "doc.h"; installed side by side in
# include/rensa/ they still find each other (a quoted include looks in the
# including file's directory first), so rensa.h includes "rensa/doc.h" and
# users need only -I${includedir}, with no short names like doc.h on it.
#
# The data directory is compiled in (RENSA_DATADIR_INSTALL, from
# CMAKE_INSTALL_PREFIX): configure with the prefix the files will live in.
# The .deb therefore takes its prefix from CMAKE_INSTALL_PREFIX:
#
#   cmake -S . -B build-pkg -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-pkg && (cd build-pkg && cpack -G DEB)
#
# Test install_tree (label slow) configures, builds and installs a copy of
# the tree into a scratch prefix and checks the result (tests/install/).

get_filename_component(RENSA_TOP ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

# ------------------------------------------------------------ install set

install(FILES ${RENSA_TOP}/doc/rensa.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The licence, where Debian looks for it (share/doc/rensa/copyright).
install(FILES ${RENSA_TOP}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

install(TARGETS rensa_lib ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${RENSA_TOP}/include/rensa.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES
  ${RENSA_TOP}/core/doc.h ${RENSA_TOP}/core/rensa_err.h ${RENSA_TOP}/core/textin.h
  ${RENSA_TOP}/fixup/fixup.h ${RENSA_TOP}/write/md_write.h
  ${RENSA_TOP}/write/csv_write.h ${RENSA_TOP}/tables/tables.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rensa)

# pkg-config: paths under ${prefix} when they are, absolute otherwise.
foreach(v LIBDIR INCLUDEDIR DATADIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${v}}")
    set(RENSA_PC_${v} "${CMAKE_INSTALL_${v}}")
  else()
    set(RENSA_PC_${v} "\${prefix}/${CMAKE_INSTALL_${v}}")
  endif()
endforeach()
set(RENSA_PC_DL "")
if(CMAKE_DL_LIBS)
  set(RENSA_PC_DL "-l${CMAKE_DL_LIBS}")
endif()
configure_file(${RENSA_TOP}/cmake/rensa.pc.in ${CMAKE_CURRENT_BINARY_DIR}/rensa.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/rensa.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# ------------------------------------------------------------ .deb (CPack)

set(CPACK_PACKAGE_NAME rensa)
set(CPACK_PACKAGE_VENDOR "rensa")
set(CPACK_PACKAGE_CONTACT "rensa maintainers <maintainers@rensa.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "repair Swedish OCR text, convert report pages to Markdown and CSV")
set(CPACK_PACKAGE_DESCRIPTION
  "rensa restores the å/ä/ö and OCR confusions of old Swedish OCR text\n\
('for' for 'för', '6verskott') using the Hunspell dictionary and word-pair\n\
statistics, never inventing words, and converts scanned pages and PDFs\n\
(Tesseract, poppler) to Markdown with GFM tables, one CSV per table and a\n\
JSON report of every change.  Includes the static library and its header.")
set(CPACK_RESOURCE_FILE_LICENSE ${RENSA_TOP}/LICENSE)
set(CPACK_GENERATOR DEB)
# The files go where the binary looks for its data: the configured prefix.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # rensa_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3.0-or-later)
# Run time: the data the program reads (Swedish Hunspell dictionary and
# Tesseract model) and the libraries it links (Debian 12 names).  With
# dpkg-shlibdeps (package dpkg-dev) the libraries and their minimum
# versions are taken from the binary itself; without it, listed here.
set(RENSA_DEB_DATA "hunspell-sv, tesseract-ocr-swe")
find_program(RENSA_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(RENSA_DPKG_SHLIBDEPS)
if(RENSA_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${RENSA_DEB_DATA}")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${RENSA_DEB_DATA}, libc6 (>= 2.34), \
libtesseract5 (>= 5.3.0), liblept5 (>= 1.82.0), libhunspell-1.7-0, \
libpoppler-glib8 (>= 22.02.0), libcairo2 (>= 1.10.0), libglib2.0-0 (>= 2.40.0)")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "tesseract-ocr-osd")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tesseract-ocr-eng, hunspell")
if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  message(STATUS "rensa: a .deb from this tree installs under "
    "${CMAKE_INSTALL_PREFIX}; configure with -DCMAKE_INSTALL_PREFIX=/usr for "
    "a Debian package")
endif()
include(CPack)

# ------------------------------------------------------------ test

if(BUILD_TESTING OR NOT DEFINED BUILD_TESTING)
  add_test(NAME install_tree
    COMMAND ${RENSA_TOP}/tests/install/check_install.sh
      ${RENSA_TOP} ${CMAKE_CURRENT_BINARY_DIR}/install-tree
      ${CMAKE_C_COMPILER} ${PROJECT_VERSION})
  # A second configure + build of the tree: not worth repeating under the
  # sanitizers (scripts/test.sh runs those with -LE slow).
  # Like every test, it must not see the developer's own user words.
  set_tests_properties(install_tree PROPERTIES LABELS slow TIMEOUT 900
    ENVIRONMENT "RENSA_USER_DATA=${CMAKE_CURRENT_BINARY_DIR}/install-tree/no-user-data")
endif()
