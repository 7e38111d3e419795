/*
 * cmd_fixup.c — `rensa fixup`: existing OCR text in, repaired Markdown out,
 * with an optional JSON report of every change and CSV files of its tables.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csv_write.h"
#include "fixup.h"
#include "table_json.h"
#include "md_write.h"
#include "tables.h"
#include "textin.h"

static const char *fixup_help =
    "usage: rensa fixup [OPTIONS] [FILE|-]\n"
    "Repair OCR text (UTF-8, or CP1252/Latin-1) and write Markdown.\n"
    "  -o, --output FILE       write Markdown to FILE (default: stdout)\n"
    "  -r, --report FILE.json  write every change and doubtful word as JSON\n"
    "  -t, --tables-dir DIR    write each table as DIR/NAME-table-NN.csv\n"
    "      --decimal . | ,     decimal mark in CSV numbers (default , as in Swedish)\n"
    "      --user-words FILE   extra known words (names, places), one a line\n"
    "      --data-dir DIR      rule tables and statistics (default: installed)\n"
    "      --hunspell-dict P   Hunspell dictionary path prefix (P.aff, P.dic)\n"
    "  -q, --quiet             no summary on stderr\n"
    "  -h, --help              this help\n"
    "Exit codes: 0 ok, 2 usage, 3 bad input, 4 output not writable,\n"
    "5 dictionary/rules missing, 6 out of memory, 7 internal error.\n";

/* Basename without extension, for NAME-table-NN.csv. */
static void stem(const char *path, char *out, size_t cap) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  if (strcmp(path, "-") == 0) b = "stdin";
  snprintf(out, cap, "%s", b);
  char *dot = strrchr(out, '.');
  if (dot && dot != out) *dot = '\0';
}

/* Write every DOC_TABLE of d as DIR/STEM-table-NN.csv (DIR made if missing,
 * as `convert -o` does). */
int cli_write_tables(const Doc *d, const char *dir, const char *name, char decimal,
                     RensaErr *e) {
  int k = 0;
  if (cli_mkdirs(dir)) {
    rensa_err_set(e, RENSA_E_OUTPUT, dir, 0, "cannot create: %s", strerror(errno));
    return -1;
  }
  for (size_t p = 0; p < d->npages; p++)
    for (size_t b = 0; b < d->pages[p].nblocks; b++) {
      const DocBlock *bl = &d->pages[p].blocks[b];
      if (bl->kind != DOC_TABLE || !bl->table) continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s-table-%02d.csv", dir, name, ++k);
      CliOut o;
      if (cli_out_open(&o, path, e)) return -1;
      if (csv_write_table(bl->table, o.f, decimal)) {
        cli_out_abort(&o);
        rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "write error");
        return -1;
      }
      if (cli_out_commit(&o, e)) return -1;
    }
  return k;
}

static int same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

int cmd_fixup(int argc, char **argv) {
  static const struct option opts[] = {
      {"output", required_argument, 0, 'o'},   {"report", required_argument, 0, 'r'},
      {"tables-dir", required_argument, 0, 't'}, {"decimal", required_argument, 0, 'D'},
      {"user-words", required_argument, 0, 'u'}, {"data-dir", required_argument, 0, 'd'},
      {"hunspell-dict", required_argument, 0, 'H'}, {"quiet", no_argument, 0, 'q'},
      {"help", no_argument, 0, 'h'},           {0, 0, 0, 0}};
  const char *out = "-", *report = NULL, *tables = NULL, *hdict = NULL;
  char decimal = ',';
  int quiet = 0, c;
  FixOptions fo;
  fix_options_default(&fo);
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:r:t:qh", opts, NULL)) != -1) {
    switch (c) {
      case 'o': out = optarg; break;
      case 'r': report = optarg; break;
      case 't': tables = optarg; break;
      case 'D':
        if (strcmp(optarg, ".") && strcmp(optarg, ",")) {
          fprintf(stderr, "rensa: --decimal takes '.' or ','\n");
          return EXIT_USAGE;
        }
        decimal = optarg[0];
        break;
      case 'u': fo.user_words = optarg; break;
      case 'd': fo.data_dir = optarg; break;
      case 'H': hdict = optarg; break;
      case 'q': quiet = 1; break;
      case 'h': fputs(fixup_help, stdout); return EXIT_OK;
      default: fputs(fixup_help, stderr); return EXIT_USAGE;
    }
  }
  if (argc - optind > 1) {
    fprintf(stderr, "rensa: fixup takes one input file (use convert for many)\n");
    return EXIT_USAGE;
  }
  const char *in = optind < argc ? argv[optind] : "-";
  if (strcmp(out, "-") && strcmp(in, "-") && same_file(in, out)) {
    fprintf(stderr, "rensa: %s: output would overwrite the input\n", out);
    return EXIT_USAGE;
  }
  char aff[1024], dic[1024];
  cli_hunspell_paths(hdict, aff, dic, &fo.hunspell_aff, &fo.hunspell_dic);
  RensaErr e;
  rensa_err_clear(&e);
  Doc *d = NULL;
  Fixer *f = NULL;
  FixReport *r = NULL;
  CliOut mo = {0}, ro = {0};
  int rc = EXIT_OK;
  if (!(d = textin_read_file(in, &e)) || !(f = fix_new(&fo, &e))) goto fail;
  if (!(r = fix_report_new())) {
    rensa_err_set(&e, RENSA_E_NOMEM, in, 0, "out of memory");
    goto fail;
  }
  if (fix_doc(f, d, r, &e) || tab_build_text(d, &e)) goto fail;
  /* All outputs are complete in temporaries before any is renamed. */
  if (cli_out_open(&mo, out, &e)) goto fail;
  if (md_write(d, mo.f)) {
    rensa_err_set(&e, RENSA_E_OUTPUT, out, 0, "write error");
    goto fail;
  }
  if (report) {
    if (cli_out_open(&ro, report, &e)) goto fail;
    /* the fixup report's members, then the tables (CSV names as written
     * with --tables-dir) */
    char name[1024];
    stem(in, name, sizeof name);
    fputc('{', ro.f);
    fix_report_write_members(r, d->source, ro.f);
    fputs(",\n  \"tables\": ", ro.f);
    table_json_write(d, tables ? name : NULL, ro.f);
    fputs("\n}\n", ro.f);
    if (ferror(ro.f)) {
      rensa_err_set(&e, RENSA_E_OUTPUT, report, 0, "write error");
      goto fail;
    }
  }
  if (tables) {
    char name[1024];
    stem(in, name, sizeof name);
    if (cli_write_tables(d, tables, name, decimal, &e) < 0) goto fail;
  }
  if (cli_out_commit(&mo, &e) || (report && cli_out_commit(&ro, &e))) goto fail;
  if (!quiet)
    fprintf(stderr, "rensa: %s: %zu changes, %zu doubtful words%s\n", d->source,
            fix_report_changes(r), fix_report_suspects(r),
            report ? "" : " (see --report)");
  goto done;
fail:
  cli_error(&e);
  rc = cli_exit_code(e.code ? e.code : RENSA_E_INTERNAL);
  cli_out_abort(&mo);
  cli_out_abort(&ro);
done:
  fix_report_free(r);
  fix_free_at_exit(f);
  doc_free(d);
  return rc;
}
