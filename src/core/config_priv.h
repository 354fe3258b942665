/* config_priv: what the config_*.c files share, and nothing else sees.
 *
 * config.c        the schema (one cfg_opt_t table) and config_load
 * config_msg.c    text checks, quoting for messages, libconfuse's errors
 * config_check.c  the parse callbacks that check each value as it is read
 * config_path.c   default paths, "~/" and relative paths in the file
 * config_take.c   from libconfuse's values to struct config
 * config_write.c  config_write_initial
 * config_edit.c   config_set_list: one key changed in place, the rest kept */
#ifndef TEND_CONFIG_PRIV_H
#define TEND_CONFIG_PRIV_H

#include <confuse.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "tend/config.h"
#include "tend/confread.h"

#define CONFIG_MAX_BYTES (64 * 1024)
#define CONFIG_MAX_RED_LINES 12
#define CONFIG_SHOW_MAX 48   /* bytes of a user's value quoted in a message */
#define CONFIG_QUOTE_SIZE (CONFIG_SHOW_MAX + 16)

/* config.c: the schema, for the writer. */
const cfg_opt_t *config_schema(void);
const cfg_opt_t *config_partner_schema(void);

/* config_msg.c */
void config_quote(char *out, size_t size, const char *s);
int config_casecmp(const char *a, const char *b);
bool config_blank(const char *s);
void config_note(cfg_t *cfg, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void config_on_error(cfg_t *cfg, const char *fmt, va_list ap);

/* config_check.c: libconfuse parse callbacks (cfg_opt_t.parsecb). */
int config_color_index(const char *s);
bool config_same_name(const char *a, const char *b);
int config_check_text(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_phrase(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_date(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_hhmm(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_weekday(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_color(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_bool(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_checkin(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_gestures(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_repairs(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_touch(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_pause(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_return(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result);
int config_check_stabilization(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                               void *result);

/* config_path.c */
int config_path_resolve(const char *path, cfg_t *cfg, const char *key,
                        const struct confread *scan, char **out,
                        struct tend_err *err);

/* config_write.c: s as a double-quoted string that reads back as written. */
void config_put_quoted(FILE *fp, const char *s);

/* config.c: the same as config_load, on bytes already read. */
int config_load_buf(const char *path, const char *buf, size_t len,
                    struct config *cfg, struct tend_err *err);

/* config_take.c */
int config_take(cfg_t *cfg, const char *path, const struct confread *scan,
                struct config *out, struct tend_err *err);

#endif
