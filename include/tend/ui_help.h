/* ui_help: the keys, and what each part of the dashboard means. */
#ifndef TEND_UI_HELP_H
#define TEND_UI_HELP_H

#include "tend/ui_ctx.h"

extern const struct ui_view ui_help_view;

#endif
