/*
 * out.c — exit codes, error printing and atomic output files (see cli.h).
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* The temporary files being written, so an interrupt (Ctrl-C, a batch
 * system's SIGTERM) can remove them: a killed run leaves no half-written
 * output and no litter.  Fixed slots: signal handlers cannot allocate. */
#define MAX_OPEN 8
static char open_tmp[MAX_OPEN][4096];
static volatile sig_atomic_t open_used[MAX_OPEN];

static void on_signal(int sig) {
  for (int i = 0; i < MAX_OPEN; i++)
    if (open_used[i]) unlink(open_tmp[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

void cli_install_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
}

/* Block / restore the signals on_signal handles, so a temporary is never
 * created or renamed without the handler knowing. */
static void hold_signals(int hold, sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  if (hold) sigprocmask(SIG_BLOCK, &set, old);
  else sigprocmask(SIG_SETMASK, old, NULL);
}

static void track(const char *tmp, int on) {
  for (int i = 0; i < MAX_OPEN; i++) {
    if (on && !open_used[i]) {
      snprintf(open_tmp[i], sizeof open_tmp[i], "%s", tmp);
      open_used[i] = 1;
      return;
    }
    if (!on && open_used[i] && strcmp(open_tmp[i], tmp) == 0) {
      open_used[i] = 0;
      return;
    }
  }
}

int cli_exit_code(RensaStatus st) {
  switch (st) {
    case RENSA_OK: return EXIT_OK;
    case RENSA_E_USAGE: return EXIT_USAGE;
    case RENSA_E_INPUT: return EXIT_INPUT;
    case RENSA_E_OUTPUT: return EXIT_OUTPUT;
    case RENSA_E_RESOURCE: return EXIT_RESOURCE;
    case RENSA_E_NOMEM: return EXIT_NOMEM;
    default: return EXIT_INTERNAL;
  }
}

void cli_error(const RensaErr *e) {
  char buf[1200];
  rensa_err_format(e, buf, sizeof buf);
  fprintf(stderr, "rensa: %s\n", buf);
}

int cli_out_open(CliOut *o, const char *path, RensaErr *e) {
  memset(o, 0, sizeof *o);
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    return 0;
  }
  snprintf(o->path, sizeof o->path, "%s", path);
  int n = snprintf(o->tmp, sizeof o->tmp, "%s.tmp-XXXXXX", path);
  if (n < 0 || (size_t)n >= sizeof o->tmp) {
    rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "output path too long");
    return -1;
  }
  sigset_t old;
  hold_signals(1, &old);
  int fd = mkstemp(o->tmp);
  if (fd >= 0) track(o->tmp, 1);
  hold_signals(0, &old);
  if (fd < 0) {
    rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "cannot write: %s", strerror(errno));
    return -1;
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    track(o->tmp, 0);
    close(fd);
    unlink(o->tmp);
    rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "cannot write: %s", strerror(errno));
    return -1;
  }
  return 0;
}

int cli_out_commit(CliOut *o, RensaErr *e) {
  if (o->f == stdout) {
    if (fflush(stdout) || ferror(stdout)) {
      rensa_err_set(e, RENSA_E_OUTPUT, "<stdout>", 0, "write error");
      return -1;
    }
    return 0;
  }
  int bad = ferror(o->f) != 0;
  if (fflush(o->f) || fsync(fileno(o->f))) bad = 1;
  if (fclose(o->f)) bad = 1;
  o->f = NULL;
  sigset_t old;
  hold_signals(1, &old);
  int renamed = !bad && rename(o->tmp, o->path) == 0;
  int err = errno;
  track(o->tmp, 0);
  hold_signals(0, &old);
  if (!renamed) {
    unlink(o->tmp);
    rensa_err_set(e, RENSA_E_OUTPUT, o->path, 0, "cannot write: %s",
                  bad ? "write error (disk full?)" : strerror(err));
    return -1;
  }
  return 0;
}

void cli_out_abort(CliOut *o) {
  if (o->f && o->f != stdout) {
    fclose(o->f);
    unlink(o->tmp);
    track(o->tmp, 0);
  }
  o->f = NULL;
}
