/* store_vfs: SQLite's own file layer with one difference. SQLite opens a
 * database's WAL asking to create it, and a file it was asked to create has
 * its folder synced on its first sync: a second sync for every command
 * that adds an entry, though the WAL is kept between commands and was made
 * long before. Here a WAL that already exists is opened without that
 * request, so only a WAL made now costs the folder's sync. */
#include <stdlib.h>
#include <unistd.h>

#include "store_priv.h"

#define STORE_VFS_NAME "tend-unix"

struct vfs_state {
	sqlite3_vfs vfs;
	sqlite3_vfs *base;
};

static int open_file(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
                     int *out)
{
	sqlite3_vfs *base = ((struct vfs_state *)vfs->pAppData)->base;
	int want = flags;
	if (name && (flags & SQLITE_OPEN_WAL) && (flags & SQLITE_OPEN_CREATE) &&
	    access(name, F_OK) == 0)
		want &= ~SQLITE_OPEN_CREATE;
	int rc = base->xOpen(base, name, f, want, out);
	/* Removed in between by another tend's last close: create it after all. */
	if (rc == SQLITE_CANTOPEN && want != flags)
		rc = base->xOpen(base, name, f, flags, out);
	return rc;
}

/* Every other call goes to SQLite's own layer, given the layer it expects. */
#define BASE(vfs) (((struct vfs_state *)(vfs)->pAppData)->base)
static int delete_file(sqlite3_vfs *v, const char *n, int sync)
{
	return BASE(v)->xDelete(BASE(v), n, sync);
}
static int access_file(sqlite3_vfs *v, const char *n, int flags, int *out)
{
	return BASE(v)->xAccess(BASE(v), n, flags, out);
}
static int full_name(sqlite3_vfs *v, const char *n, int size, char *out)
{
	return BASE(v)->xFullPathname(BASE(v), n, size, out);
}
static int randomness(sqlite3_vfs *v, int n, char *out)
{
	return BASE(v)->xRandomness(BASE(v), n, out);
}
static int sleep_for(sqlite3_vfs *v, int us)
{
	return BASE(v)->xSleep(BASE(v), us);
}
static int now(sqlite3_vfs *v, double *out)
{
	return BASE(v)->xCurrentTime(BASE(v), out);
}
static int last_error(sqlite3_vfs *v, int n, char *out)
{
	return BASE(v)->xGetLastError(BASE(v), n, out);
}
static int now_ms(sqlite3_vfs *v, sqlite3_int64 *out)
{
	return BASE(v)->xCurrentTimeInt64(BASE(v), out);
}

/* Registered once per process, on first use; SQLite keeps it from then on
 * (in its own list, which is why it is never freed). */
const char *store_vfs(void)
{
	if (sqlite3_vfs_find(STORE_VFS_NAME))
		return STORE_VFS_NAME;
	sqlite3_vfs *base = sqlite3_vfs_find(NULL);
	struct vfs_state *s = base && base->iVersion >= 2 ? calloc(1, sizeof *s) : NULL;
	if (!s)
		return NULL; /* SQLite's own layer, with its extra sync */
	s->base = base;
	s->vfs = (sqlite3_vfs){
		.iVersion = 2,
		.szOsFile = base->szOsFile,
		.mxPathname = base->mxPathname,
		.zName = STORE_VFS_NAME,
		.pAppData = s,
		.xOpen = open_file,
		.xDelete = delete_file,
		.xAccess = access_file,
		.xFullPathname = full_name,
		.xRandomness = randomness,
		.xSleep = sleep_for,
		.xCurrentTime = now,
		.xGetLastError = last_error,
		.xCurrentTimeInt64 = now_ms,
	};
	if (sqlite3_vfs_register(&s->vfs, 0) != SQLITE_OK) {
		free(s);
		return NULL;
	}
	return STORE_VFS_NAME;
}
