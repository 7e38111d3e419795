/*
 * cli.h — what the rensa command's files share: exit codes and the atomic
 * output helper.  The library returns statuses; only cli/ prints and exits.
 */
#ifndef RENSA_CLI_H
#define RENSA_CLI_H

#include <stdio.h>
#include "rensa_err.h"

/* Exit codes (documented in README.md and --help). */
enum {
  EXIT_OK = 0,
  EXIT_SOME_FAILED = 1,   /* a batch finished but some inputs failed */
  EXIT_USAGE = 2,
  EXIT_INPUT = 3,
  EXIT_OUTPUT = 4,
  EXIT_RESOURCE = 5,
  EXIT_NOMEM = 6,
  EXIT_INTERNAL = 7
};

/* Map a library status to the exit code. */
int cli_exit_code(RensaStatus st);
/* Print "rensa: FILE: page N: message" to stderr. */
void cli_error(const RensaErr *e);

/* An output file written atomically: data goes to a temporary file in the
 * same directory and is renamed over the target only on cli_out_commit, so
 * a reader never sees half a file.  cli_out_abort removes the temporary. */
typedef struct CliOut {
  FILE *f;
  char path[4096];
  char tmp[4096];
} CliOut;

int cli_out_open(CliOut *o, const char *path, RensaErr *e);
/* Remove open temporaries on SIGINT/SIGTERM/SIGHUP, then die of the signal. */
void cli_install_signals(void);
int cli_out_commit(CliOut *o, RensaErr *e);
void cli_out_abort(CliOut *o);

/* mkdir -p: 0, or -1 with errno set. */
int cli_mkdirs(const char *path);

/* Point o at PREFIX.aff / PREFIX.dic (--hunspell-dict); the buffers (1024
 * bytes each) must live as long as o is used.  prefix may be NULL. */
void cli_hunspell_paths(const char *prefix, char *aff, char *dic, const char **o_aff,
                        const char **o_dic);

/* Ask for the heap in huge pages (heap.c); call first thing in main. */
void cli_heap_huge_pages(void);

int cmd_fixup(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_dict(int argc, char **argv);

#endif
