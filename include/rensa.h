/*
 * rensa.h — the public API of librensa, the library behind the rensa
 * command: read OCR text into a document model, repair it (å/ä/ö and OCR
 * confusions, hyphenation, noise), rebuild its tables, and write Markdown
 * and CSV.  What is not declared through this header is not API.
 *
 * Installed as PREFIX/include/rensa.h, with the module headers it includes
 * in PREFIX/include/rensa/.  Build against it with pkg-config (the library
 * is static; rensa.pc lists what it links against):
 *
 *   cc prog.c $(pkg-config --cflags --libs rensa)
 *
 *   #include <rensa.h>
 *   RensaErr e;
 *   Doc *d = textin_read_file("report.txt", &e);
 *   Fixer *f = fix_new(NULL, &e);            // installed data, sv_SE
 *   fix_doc(f, d, NULL, &e);
 *   tab_build_text(d, &e);
 *   md_write(d, stdout);
 *   fix_free(f);
 *   doc_free(d);
 *
 * Every call that can fail returns a RensaStatus (RENSA_OK == 0) or NULL
 * and fills the RensaErr; the library never prints and never exits.
 */
#ifndef RENSA_H
#define RENSA_H

#include <stddef.h>            /* size_t (rensa_err.h uses it unincluded) */
#include <stdio.h>             /* FILE, for the writers and the report */

#include "rensa/rensa_err.h"   /* RensaStatus, RensaErr */
#include "rensa/doc.h"         /* Doc: pages, blocks, lines, words, tables */
#include "rensa/textin.h"      /* textin_read_file/_buffer, textin_decode */
#include "rensa/fixup.h"       /* Fixer, fix_doc, FixReport */
#include "rensa/tables.h"      /* tab_build_text, tab_build_geom */
#include "rensa/md_write.h"    /* md_write */
#include "rensa/csv_write.h"   /* csv_write_table */

#endif
