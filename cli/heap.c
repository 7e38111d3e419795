/*
 * heap.c — the heap in huge pages (glibc on Linux), asked for once at
 * start-up by main() for the text commands (fixup, dict).
 *
 * Why: Hunspell loads sv_SE as about 150 000 small blocks, 15 MB of heap,
 * that every later look-up walks; in 4 KB pages loading them is 4 000 page
 * faults and the look-ups miss the TLB.  In 2 MB pages `rensa fixup` of a
 * one-line file took 70 ms instead of 80, of all.txt 161 instead of 174.
 * glibc does the same with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a
 * program cannot set for itself once started: here the heap is grown once
 * by HEAP_PAD (malloc's M_TOP_PAD, which also makes each later growth that
 * large) and the stretch advised as huge-page memory.  Where the kernel
 * gives no transparent huge pages the advice is ignored; nothing the
 * program computes depends on it.
 */
#include "cli.h"

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define HEAP_PAD (64u << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)
#define STEP (120u << 10) /* below malloc's first mmap threshold, 128 KB */

void cli_heap_huge_pages(void) {
  if (!mallopt(M_TOP_PAD, HEAP_PAD)) return;
  /* The heap's free top is about 128 KB at most: a few blocks of STEP
   * outgrow it, and malloc grows the heap by HEAP_PAD more. */
  uintptr_t before = (uintptr_t)sbrk(0);
  void *block[4];
  int n = 0;
  while (n < 4 && (uintptr_t)sbrk(0) == before)
    if (!(block[n++] = malloc(STEP))) break;
  uintptr_t after = (uintptr_t)sbrk(0);
  while (n) free(block[--n]);
  uintptr_t b = (before + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1), e = after & ~(HUGE_PAGE - 1);
  if (e > b) (void)madvise((void *)b, e - b, MADV_HUGEPAGE);
}
#else
void cli_heap_huge_pages(void) {}
#endif
