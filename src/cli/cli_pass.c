/* cli_pass: passphrases for the wish list. They never come from the
 * command line (shell history, ps): from the terminal with echo off, or
 * one line at a time from a file descriptor for scripts. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/wishes.h"

/* Read one line from fd a byte at a time (nothing beyond it is taken, so
 * the next partner's line stays for the next read). Bytes past size - 1
 * are read and dropped, *len counting them all. 0 on a line, 1 at the end
 * of the input with nothing read, -1 on an error. */
static int line_read(int fd, char *buf, size_t size, size_t *len)
{
	*len = 0;
	for (;;) {
		char c;
		ssize_t n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			return *len == 0 ? 1 : 0;
		if (c == '\n')
			break;
		if (*len < size - 1)
			buf[*len] = c;
		(*len)++;
	}
	if (*len > 0 && *len < size && buf[*len - 1] == '\r')
		(*len)--;
	buf[*len < size - 1 ? *len : size - 1] = '\0';
	return 0;
}

/* The line typed on the terminal tty, with echo and the signal keys off
 * (Ctrl-C arrives as a byte and cancels), the settings put back after. */
static int tty_read(int tty, const char *prompt, char *buf, size_t size, size_t *len,
                    struct tend_err *err)
{
	struct termios before, quiet;
	if (tcgetattr(tty, &before) != 0)
		return err_set(err, TEND_E_USAGE, "cannot turn the terminal's echo off "
		               "for the passphrase; use --passphrase-fd");
	quiet = before;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ISIG);
	quiet.c_lflag |= ICANON;
	if (write(tty, prompt, strlen(prompt)) < 0 ||
	    tcsetattr(tty, TCSAFLUSH, &quiet) != 0)
		return err_set(err, TEND_E_RUNTIME, "cannot ask for the passphrase on the "
		               "terminal");
	int r = line_read(tty, buf, size, len);
	tcsetattr(tty, TCSAFLUSH, &before);
	ssize_t nl = write(tty, "\n", 1); /* the Enter typed was not echoed */
	(void)nl;
	if (r == 0 && memchr(buf, 0x03, *len < size ? *len : size - 1))
		r = 2;
	if (r != 0)
		wishes_wipe(buf, size);
	if (r == 2)
		return err_set(err, TEND_E_USAGE, "cancelled; nothing was changed");
	if (r != 0)
		return err_set(err, TEND_E_USAGE, "no passphrase was typed; nothing was changed");
	return TEND_OK;
}

int cli_pass_read(int fd, const char *prompt, char *buf, size_t size, size_t *len,
                  struct tend_err *err)
{
	int rc;
	if (fd >= 0) {
		int r = line_read(fd, buf, size, len);
		if (r < 0)
			rc = err_set(err, TEND_E_USAGE, "--passphrase-fd %d cannot be read: %s",
			             fd, strerror(errno));
		else if (r > 0)
			rc = err_set(err, TEND_E_USAGE, "--passphrase-fd %d ended before every "
			             "passphrase was read (one line each)", fd);
		else
			rc = TEND_OK;
	} else {
		int tty = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
		if (tty < 0)
			return err_set(err, TEND_E_USAGE, "no terminal to ask the passphrase "
			               "on; use --passphrase-fd N");
		rc = tty_read(tty, prompt, buf, size, len, err);
		close(tty);
	}
	/* Too long is refused before the bytes are looked at: *len counts
	 * what did not fit in buf too. */
	if (rc == TEND_OK && *len >= size - 1 && *len <= WISHES_PASS_MAX)
		rc = err_set(err, TEND_E_RUNTIME, "the passphrase buffer is too small");
	if (rc == TEND_OK)
		rc = wishes_pass_check(buf, *len, err);
	if (rc != TEND_OK)
		wishes_wipe(buf, size);
	return rc;
}
