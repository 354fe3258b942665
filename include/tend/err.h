/* err: the error value every core function fills in instead of printing. */
#ifndef TEND_ERR_H
#define TEND_ERR_H

/* Exit statuses, and the code an error carries. */
enum tend_status {
	TEND_OK = 0,
	TEND_E_RUNTIME = 1, /* I/O, database, busy, damaged file */
	TEND_E_USAGE = 2,   /* bad command line, config or plan file */
	TEND_E_CONFLICT = 3, /* an edit lost a race with another writer; exits 1 */
	TEND_E_BUSY = 4      /* another process held the write lock too long; exits 1 */
};

struct tend_err {
	int code;       /* enum tend_status */
	char msg[1024]; /* one line, no "tend: " prefix, no newline */
};

/* Record an error; returns code so callers can write `return err_set(...)`. */
int err_set(struct tend_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clear an error value. */
void err_clear(struct tend_err *err);

/* Exit status to use for an error code (conflict maps to 1). */
int err_exit_status(const struct tend_err *err);

#endif
