/* fuzz_file: a private scratch file for targets whose API reads a path. */
#ifndef TEND_FUZZ_FILE_H
#define TEND_FUZZ_FILE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Write data to a new temporary file; its name goes to path. */
static inline bool fuzz_file_write(char *path, size_t n, const uint8_t *data, size_t size)
{
	const char *dir = getenv("TMPDIR");
	snprintf(path, n, "%s/tend-fuzz-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0)
		return false;
	bool ok = write(fd, data, size) == (ssize_t)size;
	close(fd);
	if (!ok)
		unlink(path);
	return ok;
}

#endif
