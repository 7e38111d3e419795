/*
 * rensa_err.h — status codes and the error record every library call fills.
 *
 * The library never prints and never exits: a failing call returns a
 * non-zero RensaStatus and, when given a RensaErr, fills it with the code,
 * a message, and the file and page it concerns.  The CLI turns that into
 * "rensa: FILE: page N: message" and an exit code (see cli/main.c).
 */
#ifndef RENSA_ERR_H
#define RENSA_ERR_H

#include <stdarg.h>
#include <stddef.h>

typedef enum RensaStatus {
  RENSA_OK = 0,
  RENSA_E_USAGE = 2,      /* bad command line or option value */
  RENSA_E_INPUT = 3,      /* input unreadable, empty, binary, bad encoding */
  RENSA_E_OUTPUT = 4,     /* output cannot be written */
  RENSA_E_RESOURCE = 5,   /* dictionary, model or rule table missing/bad */
  RENSA_E_NOMEM = 6,      /* out of memory */
  RENSA_E_INTERNAL = 7    /* a bug: should not happen */
} RensaStatus;

typedef struct RensaErr {
  RensaStatus code;
  char file[512];         /* file the error concerns, "" if none */
  int page;               /* 1-based page, 0 if not page-specific */
  int line;               /* 1-based line (rule tables, text), 0 if none */
  char msg[512];
} RensaErr;

/* Fill *e (if e is non-NULL) and return code.  file may be NULL. */
RensaStatus rensa_err_set(RensaErr *e, RensaStatus code, const char *file,
                          int page, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Clear *e to RENSA_OK.  Accepts NULL. */
void rensa_err_clear(RensaErr *e);

/* Format "FILE: page N: line L: msg" into buf (size n). */
void rensa_err_format(const RensaErr *e, char *buf, size_t n);

#endif
