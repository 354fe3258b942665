/* store_mark: a note beside the database ("FILE-checked") saying that the
 * file passed SQLite's full check (quick_check), and what the file looked
 * like then. That check reads every page, which on a long history is most
 * of what a command costs; it runs again when the file is no longer the
 * one that was checked (another inode, size or modification time). A
 * missing, unreadable or odd note only means the check runs again. The
 * reading and writing of such notes (store_glance keeps one too) is here. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_priv.h"

/* File times are kept in coarse ticks: a change made in the same tick as
 * the check would leave the time as it was. A note made this soon after
 * the file's last change is not trusted. */
enum { MARK_RACY_SECONDS = 2 };

struct mark {
	uint64_t dev, ino;
	int64_t size, mtime_s, mtime_ns, marked_at;
};

static bool mark_path(const char *path, char *out, size_t size)
{
	return snprintf(out, size, "%s-checked", path) < (int)size;
}

static void mark_of(const struct stat *sb, struct mark *m)
{
	m->dev = (uint64_t)sb->st_dev;
	m->ino = (uint64_t)sb->st_ino;
	m->size = (int64_t)sb->st_size;
	m->mtime_s = (int64_t)sb->st_mtim.tv_sec;
	m->mtime_ns = (int64_t)sb->st_mtim.tv_nsec;
}

bool store_note_read(const char *name, char *buf, size_t size, struct stat *sb)
{
	int fd = open(name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return false;
	ssize_t n = fstat(fd, sb) == 0 && S_ISREG(sb->st_mode) ? read(fd, buf, size - 1) : -1;
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	return true;
}

void store_note_write(const char *name, const char *buf, size_t n)
{
	/* Never through a link; a short write leaves a note that does not parse. */
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	if (write(fd, buf, n) != (ssize_t)n)
		(void)ftruncate(fd, 0);
	close(fd);
}

static bool mark_read(const char *path, struct mark *m)
{
	char name[4096], buf[256];
	struct stat sb;
	if (!mark_path(path, name, sizeof name) || !store_note_read(name, buf, sizeof buf, &sb))
		return false;
	return sscanf(buf, "tend-checked 1 %" SCNu64 " %" SCNu64 " %" SCNd64 " %" SCNd64
	              " %" SCNd64 " %" SCNd64, &m->dev, &m->ino, &m->size, &m->mtime_s,
	              &m->mtime_ns, &m->marked_at) == 6;
}

bool store_mark_valid(const char *path, const struct stat *sb)
{
	struct mark now, kept;
	if (!mark_read(path, &kept))
		return false;
	mark_of(sb, &now);
	return now.dev == kept.dev && now.ino == kept.ino && now.size == kept.size &&
	       now.mtime_s == kept.mtime_s && now.mtime_ns == kept.mtime_ns &&
	       kept.marked_at >= kept.mtime_s + MARK_RACY_SECONDS;
}

void store_mark_write(const char *path, const struct stat *checked)
{
	struct mark m;
	char name[4096], buf[256];
	mark_of(checked, &m);
	m.marked_at = (int64_t)time(NULL);
	if (m.marked_at < m.mtime_s + MARK_RACY_SECONDS || !mark_path(path, name, sizeof name))
		return; /* it would not be trusted: leave whatever is there */
	int n = snprintf(buf, sizeof buf, "tend-checked 1 %" PRIu64 " %" PRIu64 " %" PRId64
	                 " %" PRId64 " %" PRId64 " %" PRId64 "\n", m.dev, m.ino, m.size,
	                 m.mtime_s, m.mtime_ns, m.marked_at);
	store_note_write(name, buf, (size_t)n);
}

void store_mark_remove(const char *path)
{
	char name[4096];
	if (mark_path(path, name, sizeof name))
		unlink(name);
}
