/*
 * main.c — the rensa command's front end: dispatches to the subcommands and
 * prints help and versions.  Nothing else lives here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <hunspell/hunspell.h>
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include "cli.h"

static const char *usage =
    "usage: rensa COMMAND [OPTIONS] ...\n"
    "\n"
    "Commands:\n"
    "  fixup [FILE|-]          repair existing OCR text, write Markdown\n"
    "  convert INPUT... -o DIR scanned pages, PDFs, images, text to Markdown + CSV\n"
    "  dict check|rules ...    inspect the dictionary and rule tables\n"
    "\n"
    "  rensa COMMAND --help    options of one command\n"
    "  rensa --version         versions of rensa and the libraries in use\n"
    "\n"
    "Exit codes:\n"
    "  0 success             1 a batch finished but some inputs failed\n"
    "  2 usage error         3 bad input (unreadable, empty, binary, encoding)\n"
    "  4 output not writable 5 dictionary, model or rule table missing or bad\n"
    "  6 out of memory       7 internal error\n";

/* Print "label path (N bytes)" or "label path (missing)". */
static void file_line(const char *label, const char *path) {
  struct stat st;
  if (stat(path, &st) == 0)
    printf("%s %s (%lld bytes)\n", label, path, (long long)st.st_size);
  else
    printf("%s %s (missing)\n", label, path);
}

static void version(void) {
  char *lept = getLeptonicaVersion();
  printf("rensa %s\n", RENSA_VERSION);
  printf("tesseract %s\n", TessVersion());
  printf("%s\n", lept ? lept : "leptonica (unknown)");
  lept_free(lept);
  printf("hunspell %s\n", RENSA_HUNSPELL_VERSION);
  printf("poppler-glib %s\n", RENSA_POPPLER_VERSION);
  const char *td = getenv("TESSDATA_PREFIX");
  char model[1024];
  snprintf(model, sizeof model, "%s/swe.traineddata",
           td && *td ? td : "/usr/share/tesseract-ocr/5/tessdata");
  file_line("model swe:", model);
  file_line("dictionary sv_SE:", "/usr/share/hunspell/sv_SE.dic");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  /* (not for convert: page images it frees would stay resident in the
   * heap's 64 MB pad) */
  if (strcmp(cmd, "fixup") == 0 || strcmp(cmd, "dict") == 0) cli_heap_huge_pages();
  cli_install_signals();
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    fputs(usage, stdout);
    return EXIT_OK;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
    version();
    return EXIT_OK;
  }
  if (strcmp(cmd, "fixup") == 0) return cmd_fixup(argc - 1, argv + 1);
  if (strcmp(cmd, "convert") == 0) return cmd_convert(argc - 1, argv + 1);
  if (strcmp(cmd, "dict") == 0) return cmd_dict(argc - 1, argv + 1);
  fprintf(stderr, "rensa: unknown command '%s' (try rensa --help)\n", cmd);
  return EXIT_USAGE;
}
