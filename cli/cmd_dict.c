/*
 * cmd_dict.c — `rensa dict`: what the dictionary and rule tables know.
 *   rensa dict check WORD...   known? and what fixup would make of it
 *   rensa dict rules           the rule tables in use and where they are
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <errno.h>
#include <sys/stat.h>

#include "cli.h"
#include "dict.h"
#include "strmap.h"
#include "fixup.h"
#include "md_write.h"
#include "textin.h"

static const char *dict_help =
    "usage: rensa dict check WORD...   is it known, what would fixup make of it\n"
    "       rensa dict add WORD...     add words (names, places) to your user words\n"
    "       rensa dict learn FILE...   learn word statistics from clean Swedish text\n"
    "       rensa dict rules           list the rule tables and where they are\n"
    "  --user-dir DIR (before the subcommand) overrides where user words and\n"
    "  learned statistics live (default $XDG_DATA_HOME/rensa, else\n"
    "  ~/.local/share/rensa; also $RENSA_USER_DATA).\n";

/* rensa dict add WORD...: append to user-words.txt (created). */
static int dict_add(const char *dir, int n, char **words) {
  char path[1100];
  if (cli_mkdirs(dir)) {
    fprintf(stderr, "rensa: %s: cannot create: %s\n", dir, strerror(errno));
    return EXIT_OUTPUT;
  }
  snprintf(path, sizeof path, "%s/user-words.txt", dir);
  FILE *f = fopen(path, "a");
  if (!f) {
    fprintf(stderr, "rensa: %s: cannot write: %s\n", path, strerror(errno));
    return EXIT_OUTPUT;
  }
  for (int i = 0; i < n; i++) {
    if (strpbrk(words[i], " \t\r\n") || !words[i][0]) {
      fprintf(stderr, "rensa: dict add: '%s' is not one word\n", words[i]);
      fclose(f);
      return EXIT_USAGE;
    }
    fprintf(f, "%s\n", words[i]);
  }
  if (fclose(f)) {
    fprintf(stderr, "rensa: %s: write error\n", path);
    return EXIT_OUTPUT;
  }
  printf("added %d word(s) to %s\n", n, path);
  return EXIT_OK;
}

/* rensa dict learn FILE...: add the files' word and pair counts to the
 * learned tables (created or merged). */
static int dict_learn(const char *dir, int n, char **files) {
  char uni_p[1100], bi_p[1100];
  if (cli_mkdirs(dir)) {
    fprintf(stderr, "rensa: %s: cannot create: %s\n", dir, strerror(errno));
    return EXIT_OUTPUT;
  }
  snprintf(uni_p, sizeof uni_p, "%s/learned-unigrams.tsv", dir);
  snprintf(bi_p, sizeof bi_p, "%s/learned-bigrams.tsv", dir);
  StrMap *uni = strmap_new(1 << 14), *bi = strmap_new(1 << 15);
  int rc = EXIT_OK;
  if (!uni || !bi || dict_learn_read(uni, uni_p) || dict_learn_read(bi, bi_p)) {
    fprintf(stderr, "rensa: %s: cannot read the learned statistics\n", dir);
    rc = EXIT_RESOURCE;
    goto done;
  }
  for (int i = 0; i < n; i++) {
    RensaErr e;
    rensa_err_clear(&e);
    FILE *f = fopen(files[i], "rb");
    if (!f) {
      fprintf(stderr, "rensa: %s: cannot open: %s\n", files[i], strerror(errno));
      rc = EXIT_INPUT;
      continue;
    }
    size_t cap = 1 << 16, len = 0, r;
    char *buf = malloc(cap);
    while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
      len += r;
      if (len == cap) {
        char *nb = realloc(buf, cap *= 2);
        if (!nb) {
          free(buf);
          buf = NULL;
        }
        buf = nb;
      }
    }
    fclose(f);
    size_t tl;
    char *text = buf ? textin_decode(files[i], buf, len, &tl, NULL, &e) : NULL;
    free(buf);
    if (!text) {
      if (e.code) cli_error(&e);
      rc = e.code ? cli_exit_code(e.code) : EXIT_NOMEM;
      continue;
    }
    if (dict_learn_text(uni, bi, text, tl)) rc = EXIT_NOMEM;
    free(text);
  }
  if (dict_learn_write(uni, uni_p, "learned by rensa dict learn: word<TAB>count") ||
      dict_learn_write(bi, bi_p, "learned by rensa dict learn: word<TAB>word<TAB>count")) {
    fprintf(stderr, "rensa: %s: cannot write the learned statistics\n", dir);
    rc = EXIT_OUTPUT;
  } else {
    printf("%s: %zu words, %zu word pairs\n", dir, strmap_size(uni), strmap_size(bi));
  }
done:
  strmap_free(uni);
  strmap_free(bi);
  return rc;
}

static int access_ok(const char *dir, const char *name) {
  char p[1100];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return access(p, R_OK) == 0;
}

int cmd_dict(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "--help") == 0) {
    fputs(dict_help, argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_USAGE : EXIT_OK;
  }
  const char *user_dir = NULL;
  if (argc >= 3 && strcmp(argv[1], "--user-dir") == 0) {
    user_dir = argv[2];
    argc -= 2;
    argv += 2;
    if (argc < 2) {
      fputs(dict_help, stderr);
      return EXIT_USAGE;
    }
  }
  RensaErr e;
  rensa_err_clear(&e);
  const char *dir = dict_data_dir(NULL);
  if (strcmp(argv[1], "add") == 0 || strcmp(argv[1], "learn") == 0) {
    if (argc < 3) {
      fputs(dict_help, stderr);
      return EXIT_USAGE;
    }
    const char *ud = dict_user_dir(user_dir);
    return argv[1][0] == 'a' ? dict_add(ud, argc - 2, argv + 2)
                             : dict_learn(ud, argc - 2, argv + 2);
  }
  if (strcmp(argv[1], "rules") == 0) {
    char p[1024];
    snprintf(p, sizeof p, "%s/rules/confusions.rules", dir);
    DictRules *r = dict_rules_load(p, &e);
    if (!r) {
      cli_error(&e);
      return cli_exit_code(e.code);
    }
    printf("%s\t%zu substitution rules, %zu word rules\n", p, r->nsubs, r->nwords);
    printf("%s/data/sv-unigrams.tsv\tword counts\n", dir);
    printf("%s/data/sv-bigrams.tsv\tword-pair counts\n", dir);
    printf("%s/data/sv-abbrev.txt\tabbreviations\n", dir);
    const char *ud = dict_user_dir(user_dir);
    printf("%s/user-words.txt\tyour words (rensa dict add)%s\n", ud,
           access_ok(ud, "user-words.txt") ? "" : " [none yet]");
    printf("%s/learned-unigrams.tsv\tlearned statistics (rensa dict learn)%s\n", ud,
           access_ok(ud, "learned-unigrams.tsv") ? "" : " [none yet]");
    dict_rules_free(r);
    return EXIT_OK;
  }
  if (strcmp(argv[1], "check") == 0) {
    if (argc < 3) {
      fputs(dict_help, stderr);
      return EXIT_USAGE;
    }
    FixOptions fo;
    fix_options_default(&fo);
    fo.user_dir = user_dir;
    Fixer *f = fix_new(&fo, &e);
    if (!f) {
      cli_error(&e);
      return cli_exit_code(e.code);
    }
    int rc = EXIT_OK;
    for (int i = 2; i < argc; i++) {
      FixFacts ff;
      fix_word_facts(f, argv[i], &ff);
      printf("%s\n  lexicon: %s, seen %u time%s in the statistics%s\n  Hunspell: %s\n", argv[i],
             ff.listed ? "listed" : "not listed", ff.count, ff.count == 1 ? "" : "s",
             ff.name ? "; a name" : "", ff.hunspell ? "correct (compounds included)" : "misspelt");
      /* The word repaired on its own, as a paragraph (a lone line would
       * be laid out as a heading). */
      Doc *d = textin_read_buffer(argv[i], argv[i], strlen(argv[i]), &e);
      if (!d) {
        cli_error(&e);
        rc = EXIT_INPUT;
        continue;
      }
      for (size_t p = 0; p < d->npages; p++)
        for (size_t b = 0; b < d->pages[p].nblocks; b++) d->pages[p].blocks[b].kind = DOC_PARA;
      FixReport *r = fix_report_new();
      if (!r || fix_doc(f, d, r, &e)) {
        cli_error(&e);
        rc = cli_exit_code(e.code);
      } else {
        size_t nr = fix_report_size(r);
        if (nr == 0) printf("  fixup: left as it is\n");
        for (size_t k = 0; k < nr; k++) {
          const char *bf, *af, *ru, *ev;
          fix_report_entry(r, k, &bf, &af, &ru, &ev);
          if (af) printf("  fixup: %s -> %s (%s; %s)\n", bf, af, ru, ev);
          else printf("  fixup: %s left, doubtful (%s; %s)\n", bf, ru, ev);
        }
      }
      fix_report_free(r);
      doc_free(d);
    }
    fix_free(f);
    return rc;
  }
  fprintf(stderr, "rensa: dict: unknown subcommand '%s'\n", argv[1]);
  return EXIT_USAGE;
}
