/* export: every record as CSV or JSON, for the couple's own keeping. */
#ifndef TEND_EXPORT_H
#define TEND_EXPORT_H

#include <stdio.h>

#include "tend/config.h"
#include "tend/entry.h"
#include "tend/err.h"

/* One row per entry with a header line. Text fields are quoted; control
 * characters in them are neutralised so the file is safe to print. */
int export_csv(FILE *f, const struct entry_list *l, const struct config *cfg,
               struct tend_err *err);
/* An object {"partners": [...], "entries": [...]}; text kept exactly, with
 * JSON escapes for control characters (invalid UTF-8 becomes U+FFFD). */
int export_json(FILE *f, const struct entry_list *l, const struct config *cfg,
                struct tend_err *err);

#endif
