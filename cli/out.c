/*
 * out.c — exit codes, error printing and atomic output files (see cli.h).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* The temporary files being written, so an interrupt (Ctrl-C, a batch
 * system's SIGTERM) can remove them: a killed run leaves no half-written
 * output and no litter.  The signals are blocked in every thread and taken
 * by one thread with sigwait(), which removes the temporaries under the
 * same lock that creating and renaming one holds: no temporary can appear
 * or vanish while it cleans up. */
#define MAX_OPEN 64
static char open_tmp[MAX_OPEN][4096];
static int open_used[MAX_OPEN];
static pthread_mutex_t open_lock = PTHREAD_MUTEX_INITIALIZER;

static void *signal_thread(void *arg) {
  sigset_t *set = arg;
  int sig = 0;
  while (sigwait(set, &sig) != 0) {
  }
  pthread_mutex_lock(&open_lock);
  for (int i = 0; i < MAX_OPEN; i++)
    if (open_used[i]) unlink(open_tmp[i]);
  /* Die of the signal, as the shell and batch systems expect. */
  signal(sig, SIG_DFL);
  pthread_sigmask(SIG_UNBLOCK, set, NULL);
  raise(sig);
  _exit(128 + sig);
}

void cli_install_signals(void) {
  static sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  pthread_t t;
  if (pthread_create(&t, NULL, signal_thread, &set) == 0) pthread_detach(t);
  else pthread_sigmask(SIG_UNBLOCK, &set, NULL); /* no cleanup, but killable */
}

/* Record (on) or forget (off) a temporary; call with open_lock held. */
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
  pthread_mutex_lock(&open_lock);
  int fd = mkstemp(o->tmp);
  if (fd >= 0) track(o->tmp, 1);
  pthread_mutex_unlock(&open_lock);
  if (fd < 0) {
    rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "cannot write: %s", strerror(errno));
    return -1;
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    close(fd);
    pthread_mutex_lock(&open_lock);
    unlink(o->tmp);
    track(o->tmp, 0);
    pthread_mutex_unlock(&open_lock);
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
  pthread_mutex_lock(&open_lock);
  int renamed = !bad && rename(o->tmp, o->path) == 0;
  int err = errno;
  if (!renamed) unlink(o->tmp);
  track(o->tmp, 0);
  pthread_mutex_unlock(&open_lock);
  if (!renamed) {
    rensa_err_set(e, RENSA_E_OUTPUT, o->path, 0, "cannot write: %s",
                  bad ? "write error (disk full?)" : strerror(err));
    return -1;
  }
  return 0;
}

void cli_out_abort(CliOut *o) {
  if (o->f && o->f != stdout) {
    fclose(o->f);
    pthread_mutex_lock(&open_lock);
    unlink(o->tmp);
    track(o->tmp, 0);
    pthread_mutex_unlock(&open_lock);
  }
  o->f = NULL;
}

int cli_mkdirs(const char *path) {
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", path);
  for (char *p = buf + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(buf, 0777) && errno != EEXIST) return -1;
    *p = '/';
  }
  return mkdir(buf, 0777) && errno != EEXIST ? -1 : 0;
}

void cli_hunspell_paths(const char *prefix, char *aff, char *dic, const char **o_aff,
                        const char **o_dic) {
  if (!prefix) return;
  snprintf(aff, 1024, "%s.aff", prefix);
  snprintf(dic, 1024, "%s.dic", prefix);
  *o_aff = aff;
  *o_dic = dic;
}
