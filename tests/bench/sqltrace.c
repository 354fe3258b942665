/* sqltrace: a library to preload into tend (LD_PRELOAD) that appends the
 * text of every SQL statement tend prepares or executes to the file named
 * by TEND_SQLTRACE, one per line, so that a test can ask SQLite how it
 * would answer each (EXPLAIN QUERY PLAN). Only the statements' text is
 * written: values are bound as parameters and never appear in it. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Append sql (its first nbyte bytes when nbyte >= 0) as one line. */
static void trace(const char *sql, int nbyte)
{
	const char *name = getenv("TEND_SQLTRACE");
	if (!name || !sql)
		return;
	FILE *f = fopen(name, "a");
	if (!f)
		return;
	size_t n = nbyte >= 0 ? strnlen(sql, (size_t)nbyte) : strlen(sql);
	for (size_t i = 0; i < n; i++)
		fputc(sql[i] == '\n' ? ' ' : sql[i], f);
	fputc('\n', f);
	fclose(f);
}

int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int nbyte, sqlite3_stmt **stmt,
                       const char **tail)
{
	static int (*real)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "sqlite3_prepare_v2");
	trace(sql, nbyte);
	return real(db, sql, nbyte, stmt, tail);
}

int sqlite3_exec(sqlite3 *db, const char *sql, int (*cb)(void *, int, char **, char **),
                 void *arg, char **errmsg)
{
	static int (*real)(sqlite3 *, const char *, int (*)(void *, int, char **, char **),
	                   void *, char **);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "sqlite3_exec");
	trace(sql, -1);
	return real(db, sql, cb, arg, errmsg);
}
