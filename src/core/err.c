#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tend/err.h"

int err_set(struct tend_err *err, int code, const char *fmt, ...)
{
	if (!err)
		return code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->code = code;
	return code;
}

void err_clear(struct tend_err *err)
{
	if (!err)
		return;
	err->code = TEND_OK;
	err->msg[0] = '\0';
}

int err_exit_status(const struct tend_err *err)
{
	if (!err || err->code == TEND_OK)
		return 0;
	return err->code == TEND_E_USAGE ? 2 : 1;
}
