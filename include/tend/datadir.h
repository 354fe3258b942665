/* datadir: where tend's own files are, the data files (the plan and those
 * beside it in data/) and the PDF module. A tend run from its build tree
 * takes them from the source tree; an installed tend only from the prefix
 * it was installed to, found from where the program is, so that a prefix
 * staged with DESTDIR or moved elsewhere works too. An installed tend
 * never falls back on the source tree. */
#ifndef TEND_DATADIR_H
#define TEND_DATADIR_H

#include "tend/err.h"

/* The path of data file name (e.g. "plan.conf"), malloc'd; NULL with err
 * set when it cannot be read there (naming where it was looked for). */
char *datadir_file(const char *name, struct tend_err *err);

/* The path the module file name should be at (beside the program in a
 * build tree, else in the installed module folder), malloc'd; NULL with
 * err set when the program's own place cannot be found. */
char *datadir_module(const char *name, struct tend_err *err);

#endif
