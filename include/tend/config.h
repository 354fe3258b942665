/* config: the couple's preferences, read from a libconfuse file. */
#ifndef TEND_CONFIG_H
#define TEND_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/day.h"
#include "tend/err.h"

struct config {
	char *path;              /* the file it was read from */
	char *partner[2];        /* names, UTF-8, distinct, non-empty */
	char *color[2];          /* "cyan", ... (see config_color_names) */
	tend_day start_date;
	int checkin_time;        /* minutes after midnight */
	int checkin_minutes;
	int day_starts_at;       /* minutes after midnight */
	int gestures_min, gestures_max;
	int repairs_per_day;
	char *stop_phrase[2];
	char **red_lines;
	size_t n_red_lines;
	char **invitations;      /* the couple's coded invitations (window.h) */
	size_t n_invitations;
	int pause_minutes;
	int return_within_hours;
	int no_talks_after;      /* minutes after midnight: no talk suggested later */
	char *database;          /* absolute path, "~" expanded */
	bool discreet;
	char *plan_file;         /* NULL: the installed plan */
	char *menu_file;         /* NULL: the installed two-tier menu */
	bool invite_rotation;    /* word whose turn it is to invite */
	char *wishes_file;       /* NULL: the installed wish list */
	int stabilization_days;  /* length of the first phase, default 14 */
	bool stabilization_given; /* the file sets stabilization-days */
	bool print_objectives;   /* the two sentences on the printed plan */
	bool print_windows;      /* the open windows on the printed plan */
	bool print_invitations;  /* the invitation phrases on the printed plan */
	bool calendar_plain;     /* tend ical: plain titles instead of neutral ones */
	char *therapist;         /* the couple's own contact line, NULL if unset */
	char *emergency;         /* who to call when someone is not safe, NULL if unset */
	bool numbers;            /* false: marks instead of counts (see figure.h) */
	/* A key the file sets that no longer matters (touch-per-week,
	 * week-starts-on): "FILE:LINE: KEY: why", for the caller to show as a
	 * note; "" when none. The file still loads. */
	char note[1024];
};

/* Coded invitations a config may hold. */
#define CONFIG_MAX_INVITATIONS 6

/* The colour names a partner may have. NULL-terminated. */
extern const char *const config_color_names[];

/* $XDG_CONFIG_HOME/tend/tend.conf, else ~/.config/tend/tend.conf (malloc'd). */
char *config_default_path(void);
/* $XDG_DATA_HOME/tend/tend.db, else ~/.local/share/tend/tend.db (malloc'd). */
char *config_default_database(void);

/* Read and validate path into cfg. A missing file is TEND_E_RUNTIME with
 * errno ENOENT kept in *missing (when not NULL) so callers can suggest
 * `tend init`; every invalid value (and a key given twice) is TEND_E_USAGE
 * with a message of the form "FILE:LINE: KEY: what is wrong (valid form)".
 * Partner names follow name_problem and name_same (tend/name.h). */
int config_load(const char *path, struct config *cfg, bool *missing,
                struct tend_err *err);
/* Accepts a zeroed or loaded cfg. */
void config_free(struct config *cfg);

/* Write a new config (0600, directories 0700) with the two names, the start
 * day and the check-in time; every other key commented with its default.
 * Refuses to overwrite an existing file. */
int config_write_initial(const char *path, const char *name1, const char *name2,
                         tend_day start, int checkin_time, struct tend_err *err);

/* Set the list key ("stop-phrases", "red-lines" or "invitations") of the existing config
 * at path to the n values, keeping every other byte of the file as it is
 * (comments, blank lines, the other keys): the key's value is replaced
 * where it is written (a further "key += {...}" is removed), or, when the
 * file does not set it, written under its commented default (else at the
 * end). The new file is read back as a config first, so a value the config
 * would refuse is refused (the file is left as it was), then written to a
 * temporary file (0600) beside it and renamed over it; through a symbolic
 * link, the file it points at is replaced. */
int config_set_list(const char *path, const char *key, const char *const *values,
                    size_t n, struct tend_err *err);

/* A config file's bytes, kept so that a change tend made can be taken
 * back exactly (the ground rules' undo). */
struct config_copy {
	char *text;
	size_t len;
};
/* Read the bytes of the config at path into out (free with
 * config_copy_free, which accepts a zeroed copy). */
int config_copy_read(const char *path, struct config_copy *out, struct tend_err *err);
void config_copy_free(struct config_copy *c);
/* Put the bytes of was back into the config at path, when it still holds
 * exactly the bytes of now (else TEND_E_CONFLICT and the file is left as
 * it is): checked to be a config first, written to a temporary 0600 file
 * beside it and renamed over it, as config_set_list writes. */
int config_copy_restore(const char *path, const struct config_copy *was,
                        const struct config_copy *now, struct tend_err *err);

/* Whether key is one tend still accepts but no longer uses (new configs
 * leave it out). */
bool config_key_retired(const char *key);

/* A partner named by name (case and accents ignored, as name_same does)
 * or by "1"/"2": returns 1 or 2, or 0 when it names neither. */
int config_partner_lookup(const struct config *cfg, const char *name);

#endif
