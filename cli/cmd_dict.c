/*
 * cmd_dict.c — `rensa dict`: what the dictionary and rule tables know.
 *   rensa dict check WORD...   known? and what fixup would make of it
 *   rensa dict rules           the rule tables in use and where they are
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dict.h"
#include "fixup.h"
#include "md_write.h"
#include "textin.h"

static const char *dict_help =
    "usage: rensa dict check WORD...   is it known, what would fixup make of it\n"
    "       rensa dict rules           list the rule tables and where they are\n";

int cmd_dict(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "--help") == 0) {
    fputs(dict_help, argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_USAGE : EXIT_OK;
  }
  RensaErr e;
  rensa_err_clear(&e);
  const char *dir = dict_data_dir(NULL);
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
    dict_rules_free(r);
    return EXIT_OK;
  }
  if (strcmp(argv[1], "check") == 0) {
    if (argc < 3) {
      fputs(dict_help, stderr);
      return EXIT_USAGE;
    }
    Fixer *f = fix_new(NULL, &e);
    if (!f) {
      cli_error(&e);
      return cli_exit_code(e.code);
    }
    int rc = EXIT_OK;
    for (int i = 2; i < argc; i++) {
      Doc *d = textin_read_buffer(argv[i], argv[i], strlen(argv[i]), &e);
      if (!d) {
        cli_error(&e);
        rc = EXIT_INPUT;
        continue;
      }
      FixReport *r = fix_report_new();
      if (!r || fix_doc(f, d, r, &e)) {
        cli_error(&e);
        rc = cli_exit_code(e.code);
      } else {
        printf("%s\t-> ", argv[i]);
        md_write(d, stdout);
        fix_report_write_json(r, argv[i], stdout);
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
