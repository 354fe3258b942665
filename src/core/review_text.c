/* review_text: the weekly review's agenda as plain text, at most 80
 * columns, for the terminal or the printer (`tend review --week`). */
#include <stdlib.h>
#include <string.h>

#include "tend/review.h"
#include "tend/text.h"

#define NAME_COLS 14   /* a name column wider than this is cut */

struct out {
	FILE *f;
	bool ascii;
	char *name[2];     /* safe, cut to NAME_COLS */
	int name_cols;
};

/* s made safe for a terminal, line breaks and tabs turned into spaces. */
static char *flat_safe(const char *s, bool ascii)
{
	char *copy = strdup(s);
	if (!copy)
		return NULL;
	for (char *p = copy; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	char *safe = text_safe(copy, ascii);
	free(copy);
	return safe;
}

/* Write safe text from column `at` (the cursor is there already), wrapped
 * at REVIEW_TEXT_COLS with later lines indented to `indent`. */
static void put_wrapped(FILE *f, const char *s, int at, int indent)
{
	int col = at;
	bool first = true;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		size_t len = strcspn(s, " ");
		char *word = strndup(s, len);
		if (!word)
			return;
		int w = text_width(word);
		int room = REVIEW_TEXT_COLS - col - (first ? 0 : 1);
		if (!first && w > room) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
			first = true;
			room = REVIEW_TEXT_COLS - col;
		}
		if (w > room) {
			/* A word longer than the line: cut it where it must. */
			size_t fit = text_prefix_for_width(word, room);
			if (fit == 0)
				fit = text_cluster_len(word);
			fprintf(f, "%s%.*s", first ? "" : " ", (int)fit, word);
			s += fit;
			free(word);
			fprintf(f, "\n%*s", indent, "");
			col = indent;
			first = true;
			continue;
		}
		fprintf(f, "%s%s", first ? "" : " ", word);
		col += w + (first ? 0 : 1);
		first = false;
		s += len;
		free(word);
	}
	fputc('\n', f);
}

/* One item: "  Tue 15 Sep  Alex   the words", or tend's words alone. */
static int put_item(struct out *o, const struct review_item *it)
{
	char day[16] = "";
	int at = 2;
	fputs("  ", o->f);
	if (it->day != DAY_INVALID) {
		day_format_column(it->day, day);
		fprintf(o->f, "%s  ", day);
		at += text_width(day) + 2;
	}
	if (it->partner == 1 || it->partner == 2) {
		const char *n = o->name[it->partner - 1];
		fprintf(o->f, "%s%*s", n, o->name_cols - text_width(n) + 2, "");
		at += o->name_cols + 2;
	}
	const char *raw = it->text ? it->text : it->words;
	char *safe = flat_safe(raw, o->ascii);
	if (!safe)
		return -1;
	put_wrapped(o->f, safe, at, at);
	free(safe);
	return 0;
}

/* A section's heading and its sources' items; none: the note, or nothing. */
static int put_section(struct out *o, const struct review_agenda *a, bool table,
                       bool discreet)
{
	char head[64];
	review_section_caps(table, head, sizeof head);
	fprintf(o->f, "\n%s\n", head);
	if (!table && !review_agenda_has_kind(a)) {
		fputs("\n  ", o->f);
		put_wrapped(o->f, review_no_kind_words, 2, 2);
	}
	int from = table ? REVIEW_SRC_TABLE : 0, to = table ? REVIEW_SRC_COUNT : REVIEW_SRC_TABLE;
	for (int src = from; src < to; src++) {
		bool titled = false;
		for (size_t i = 0; i < a->n; i++) {
			if (a->v[i].source != src)
				continue;
			if (!titled)
				fprintf(o->f, "\n%s\n", review_source_title(src, discreet));
			titled = true;
			if (put_item(o, &a->v[i]))
				return -1;
		}
	}
	return 0;
}

static void put_title(struct out *o, const struct review_agenda *a)
{
	char from[16], to[16];
	int y, m, d;
	day_format_short(a->from, from);
	day_format_short(a->to, to);
	day_to_ymd(a->to, &y, &m, &d);
	if (a->week > 0)
		fprintf(o->f, "Weekly review, week %d: %s to %s %d\n", a->week, from, to, y);
	else
		fprintf(o->f, "Weekly review: %s to %s %d\n", from, to, y);
	fprintf(o->f, "%s & %s\n", o->name[0], o->name[1]);
}

int review_text_write(FILE *f, const struct review_agenda *a, const struct config *cfg,
                      bool ascii, struct tend_err *err)
{
	struct out o = { .f = f, .ascii = ascii };
	int rc = 0;
	for (int i = 0; i < 2; i++) {
		const char *n = cfg->partner[i] && cfg->partner[i][0] ? cfg->partner[i]
		                : (i ? "Partner 2" : "Partner 1");
		char *safe = flat_safe(n, ascii);
		o.name[i] = safe ? text_fit(safe, NAME_COLS, ascii) : NULL;
		free(safe);
		if (!o.name[i])
			rc = -1;
		else if (text_width(o.name[i]) > o.name_cols)
			o.name_cols = text_width(o.name[i]);
	}
	if (rc == 0) {
		put_title(&o, a);
		rc = put_section(&o, a, false, cfg->discreet);
	}
	if (rc == 0)
		rc = put_section(&o, a, true, cfg->discreet);
	free(o.name[0]);
	free(o.name[1]);
	if (rc)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (ferror(f))
		return err_set(err, TEND_E_RUNTIME, "cannot write the review");
	return TEND_OK;
}

/* One partner's three answers, each question then its words indented. */
static int put_answer(struct out *o, const struct review_answer *a)
{
	char day[16];
	int y, m, d;
	day_format_short(a->day, day);
	day_to_ymd(a->day, &y, &m, &d);
	fprintf(o->f, "\n  %s, on %s %d\n", o->name[a->partner == 2 ? 1 : 0], day, y);
	for (int q = 0; q < REVIEW_QUESTIONS; q++) {
		fprintf(o->f, "    %s\n      ", review_questions[q]);
		char *safe = flat_safe(a->text[q] ? a->text[q] : "", o->ascii);
		if (!safe)
			return -1;
		put_wrapped(o->f, safe, 6, 6);
		free(safe);
	}
	return 0;
}

int review_history_write(FILE *f, const struct review_answer_list *l,
                         const struct config *cfg, bool ascii, struct tend_err *err)
{
	struct out o = { .f = f, .ascii = ascii };
	int rc = 0;
	for (int i = 0; i < 2; i++) {
		const char *n = cfg->partner[i] && cfg->partner[i][0] ? cfg->partner[i]
		                : (i ? "Partner 2" : "Partner 1");
		o.name[i] = flat_safe(n, ascii);
		if (!o.name[i])
			rc = -1;
	}
	if (rc == 0 && l->n == 0)
		fprintf(f, "No review answered yet.\n");
	for (size_t i = 0; rc == 0 && i < l->n; i++) {
		const struct review_answer *a = &l->v[i];
		if (i == 0 || a->which != l->v[i - 1].which) {
			char name[48], opens[16];
			int y, m, d;
			review_name(a->which, name, sizeof name);
			name[0] = (char)(name[0] - 'a' + 'A');
			day_format_short(a->opens, opens);
			day_to_ymd(a->opens, &y, &m, &d);
			fprintf(f, "%s%s, opened %s %d\n", i ? "\n" : "", name, opens, y);
		}
		rc = put_answer(&o, a);
	}
	free(o.name[0]);
	free(o.name[1]);
	if (rc)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (ferror(f))
		return err_set(err, TEND_E_RUNTIME, "cannot write the reviews");
	return TEND_OK;
}
