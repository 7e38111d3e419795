/* cmd_convert.c — placeholder until the convert front end lands. */
#include <stdio.h>
#include "cli.h"
int cmd_convert(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr, "rensa: convert is not available in this build yet\n");
  return EXIT_USAGE;
}
