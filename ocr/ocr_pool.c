/*
 * ocr_pool.c — worker threads that OCR page images, one engine each.
 *
 * The producer (ocr_read.c) submits page images into a bounded queue (as
 * many slots as workers, so at most about 2 × workers page images exist at
 * once) and takes finished pages back by sequence number, so it can append
 * them in page order whatever order they finish in.  Each worker takes its
 * Tesseract engine once, when it starts (a kept one or a new one:
 * ocr_engine_get), and keeps it until the pool is freed, when it is kept
 * for the next pool.  A worker whose engine failed to load answers every
 * job with that error.  Provides: ocr_pool_new, ocr_pool_submit,
 * ocr_pool_take, ocr_pool_free.
 */
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocr_int.h"

typedef struct Job {
  OcrImage *img;
  size_t seq;
  const char *path;         /* input file, for messages (borrowed) */
  int page;
  struct Job *next;
} Job;

typedef struct Result {
  size_t seq;
  Doc *doc;                 /* one page, or NULL on error */
  RensaStatus st;
  RensaErr err;
  struct Result *next;
} Result;

struct OcrPool {
  pthread_mutex_t mu;
  pthread_cond_t cv_job;    /* a job was queued, or stop */
  pthread_cond_t cv_space;  /* a queue slot came free, or stop */
  pthread_cond_t cv_done;   /* a result arrived */
  Job *head, *tail;
  int queued, cap;
  Result *results;
  int stop;
  pthread_t *threads;
  int nthreads;
  OcrOptions opt;           /* strings borrowed from the caller's options */
};

/* OCR one job into a result (never NULL unless out of memory). */
static Result *run_job(OcrPool *pool, OcrEngine *eng, const RensaErr *init_err,
                       Job *job) {
  Result *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->seq = job->seq;
  if (!eng) {
    r->err = *init_err;
    r->st = init_err->code;
  } else if (!(r->doc = doc_new(NULL)) || !doc_page_add(r->doc)) {
    r->st = rensa_err_set(&r->err, RENSA_E_NOMEM, NULL, 0, "out of memory");
  } else {
    DocPage *p = &r->doc->pages[0];
    p->number = job->page;
    r->st = ocr_engine_page(eng, job->img, pool->opt.skip,
                            pool->opt.max_pixels, p, &r->err);
    if (r->st == RENSA_OK && !(pool->opt.skip & OCR_SKIP_LAYOUT))
      r->st = ocr_layout_page(p, &r->err);
  }
  if (r->st != RENSA_OK) {
    doc_free(r->doc);
    r->doc = NULL;
    snprintf(r->err.file, sizeof r->err.file, "%s", job->path);
    r->err.page = job->page;
  }
  return r;
}

/* A worker: load an engine, then serve jobs until stop. */
static void *worker(void *arg) {
  OcrPool *pool = arg;
  RensaErr init_err;
  rensa_err_clear(&init_err);
  OcrEngine *eng = ocr_engine_get(pool->opt.tessdata, pool->opt.lang,
                                  !(pool->opt.skip & OCR_SKIP_OSD), &init_err);
  for (;;) {
    pthread_mutex_lock(&pool->mu);
    while (!pool->stop && !pool->head) pthread_cond_wait(&pool->cv_job, &pool->mu);
    if (pool->stop) {
      pthread_mutex_unlock(&pool->mu);
      break;
    }
    Job *job = pool->head;
    pool->head = job->next;
    if (!pool->head) pool->tail = NULL;
    pool->queued--;
    pthread_cond_signal(&pool->cv_space);
    pthread_mutex_unlock(&pool->mu);

    Result *r = run_job(pool, eng, &init_err, job);
    ocr_image_free(job->img);
    free(job);
    pthread_mutex_lock(&pool->mu);
    if (r) {
      r->next = pool->results;
      pool->results = r;
    } else {                        /* out of memory: stop everything */
      pool->stop = 1;
      pthread_cond_broadcast(&pool->cv_job);
      pthread_cond_broadcast(&pool->cv_space);
    }
    pthread_cond_broadcast(&pool->cv_done);
    pthread_mutex_unlock(&pool->mu);
  }
  ocr_engine_put(eng);
  return NULL;
}

/* Keep freed memory for the next page.  A page image is 9 MB (gray) to
 * 35 MB (the rendered colour surface), and Tesseract allocates and frees
 * buffers of megabytes per page.  With glibc's defaults each of them is a
 * fresh mmap, zero-filled page by page through page faults and unmapped
 * again with a TLB flush on every core: measured 1.8 s of system time for
 * six pages, and up to 13 s when other processes churn memory.  Blocks up
 * to 32 MB (glibc's upper limit) now come from the heap and up to 128 MB of
 * free heap is kept.  Peak memory: six pages 0.40 GB (0.58-0.61 GB
 * before); 100 pages 480 MB (418 MB before, the bar is 600 MB).
 * Larger blocks come from the heap too (no mmap at all; glibc still maps
 * memory when the heap cannot grow): poppler decodes a 300 dpi scan into
 * a 35 MB surface twice a page (once to learn its resolution; since a
 * page that is one upright image is taken as decoded, once).  A
 * 100-page PDF of 003's pages on two workers: system time 7.4 -> 3.1 s,
 * CPU 282 -> 274 s, peak 488 -> 520 MB. */
static void malloc_setup(void) {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  mallopt(M_MMAP_MAX, 0);
}

static pthread_once_t malloc_once = PTHREAD_ONCE_INIT;

OcrPool *ocr_pool_new(const OcrOptions *o, int n) {
  pthread_once(&malloc_once, malloc_setup);
  OcrPool *pool = calloc(1, sizeof *pool);
  if (!pool) return NULL;
  pool->threads = calloc((size_t)n, sizeof *pool->threads);
  if (!pool->threads) {
    free(pool);
    return NULL;
  }
  pthread_mutex_init(&pool->mu, NULL);
  pthread_cond_init(&pool->cv_job, NULL);
  pthread_cond_init(&pool->cv_space, NULL);
  pthread_cond_init(&pool->cv_done, NULL);
  pool->opt = *o;
  pool->cap = n;
  for (int i = 0; i < n; i++) {
    if (pthread_create(&pool->threads[i], NULL, worker, pool) != 0) break;
    pool->nthreads++;
  }
  if (pool->nthreads == 0) {
    ocr_pool_free(pool);
    return NULL;
  }
  return pool;
}

int ocr_pool_submit(OcrPool *pool, OcrImage *img, size_t seq,
                    const char *path, int page) {
  Job *job = calloc(1, sizeof *job);
  if (!job) {
    ocr_image_free(img);
    return -1;
  }
  job->img = img;
  job->seq = seq;
  job->path = path;
  job->page = page;
  pthread_mutex_lock(&pool->mu);
  while (!pool->stop && pool->queued >= pool->cap)
    pthread_cond_wait(&pool->cv_space, &pool->mu);
  if (pool->stop) {
    pthread_mutex_unlock(&pool->mu);
    ocr_image_free(img);
    free(job);
    return -1;
  }
  if (pool->tail) pool->tail->next = job;
  else pool->head = job;
  pool->tail = job;
  pool->queued++;
  pthread_cond_signal(&pool->cv_job);
  pthread_mutex_unlock(&pool->mu);
  return 0;
}

int ocr_pool_take(OcrPool *pool, size_t seq, int wait, Doc **doc,
                  RensaStatus *st, RensaErr *e) {
  pthread_mutex_lock(&pool->mu);
  for (;;) {
    for (Result **pp = &pool->results; *pp; pp = &(*pp)->next) {
      Result *r = *pp;
      if (r->seq != seq) continue;
      *pp = r->next;
      pthread_mutex_unlock(&pool->mu);
      *doc = r->doc;
      *st = r->st;
      if (r->st != RENSA_OK && e) *e = r->err;
      free(r);
      return 1;
    }
    if (pool->stop) {                /* a worker ran out of memory */
      pthread_mutex_unlock(&pool->mu);
      *doc = NULL;
      *st = rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
      return 1;
    }
    if (!wait) {
      pthread_mutex_unlock(&pool->mu);
      return 0;
    }
    pthread_cond_wait(&pool->cv_done, &pool->mu);
  }
}

void ocr_pool_free(OcrPool *pool) {
  if (!pool) return;
  pthread_mutex_lock(&pool->mu);
  pool->stop = 1;
  pthread_cond_broadcast(&pool->cv_job);
  pthread_cond_broadcast(&pool->cv_space);
  pthread_mutex_unlock(&pool->mu);
  for (int i = 0; i < pool->nthreads; i++) pthread_join(pool->threads[i], NULL);
  while (pool->head) {
    Job *j = pool->head;
    pool->head = j->next;
    ocr_image_free(j->img);
    free(j);
  }
  while (pool->results) {
    Result *r = pool->results;
    pool->results = r->next;
    doc_free(r->doc);
    free(r);
  }
  pthread_mutex_destroy(&pool->mu);
  pthread_cond_destroy(&pool->cv_job);
  pthread_cond_destroy(&pool->cv_space);
  pthread_cond_destroy(&pool->cv_done);
  free(pool->threads);
  free(pool);
}
