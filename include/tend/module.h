/* module: the parts of tend kept in modules of their own (the PDF code,
 * the wish list's sealing), opened with dlopen only by what needs them, so
 * that no other command loads their libraries. */
#ifndef TEND_MODULE_H
#define TEND_MODULE_H

#include "tend/err.h"

/* How to find and check one module. Every module's table starts with an
 * int, the version of the table it holds. */
struct module_spec {
	const char *file;    /* "tend-pdf.so" */
	const char *symbol;  /* its table */
	int abi;             /* the table's version this tend expects */
	const char *what;    /* "PDF", for the messages */
	const char *hint;    /* what to do without it, for the message */
};

/* The table of the module spec names (opened once in a run: a second
 * dlopen of the same file returns the same handle, and it stays open);
 * NULL with err saying why it could not be loaded. */
const void *module_load(const struct module_spec *spec, struct tend_err *err);

#endif
