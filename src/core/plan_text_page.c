/* plan_text_page: the printable plan's blocks laid out on pages of at most
 * 60 lines, each after the first opening with a running header ("Zoë and
 * Đức: our 60 days ... page 2 of 3") behind a form feed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_priv.h"
#include "tend/text.h"

static void write_header(FILE *f, struct text_ctx *c, int page, int pages)
{
	char *n1 = text_fit(c->cfg->partner[0], 24, false);
	char *n2 = text_fit(c->cfg->partner[1], 24, false);
	char left[160], right[32];

	snprintf(left, sizeof left, "%s and %s: our %d days", n1 ? n1 : "",
	         n2 ? n2 : "", c->p->length);
	snprintf(right, sizeof right, "page %d of %d", page, pages);
	fprintf(f, "\f%s%*s%s\n\n", left,
	        PLAN_TEXT_COLS - text_width(left) - (int)strlen(right), "", right);
	free(n1);
	free(n2);
}

/* Where the layout is. It runs once to count the pages (f NULL), then
 * again to write them with "page N of pages" in each header. */
struct pager {
	struct text_ctx *c;
	FILE *f;
	int page, pages, used;
	bool fresh;        /* nothing but headers on this page yet */
};

#define PAGE PLAN_TEXT_PAGE_LINES
#define PAGE_HEADER 2  /* the running header and a blank line */

static void pager_line(struct pager *pg, const char *s)
{
	if (pg->f)
		fprintf(pg->f, "%s\n", s);
	pg->used++;
}

/* Start a page; head (may be NULL) is repeated under the running header. */
static void pager_new_page(struct pager *pg, const struct lines *head)
{
	pg->page++;
	if (pg->f)
		write_header(pg->f, pg->c, pg->page, pg->pages);
	pg->used = PAGE_HEADER;
	for (size_t i = 0; head && i < head->n; i++)
		pager_line(pg, head->v[i]);
	pg->fresh = true;
}

/* Whether a page may break before line i of b: a marked line whose line
 * before is no heading, and inside a week only when that week is too long
 * for a page of its own. */
static bool can_break(const struct block *b, size_t i)
{
	unsigned char mark = b->l.mark[i];
	int part = mark & LINE_PART;

	if (i == 0 || !(mark & LINE_BREAK) || (b->l.mark[i - 1] & LINE_KEEP))
		return false;
	if (part >= PART_WEEK && b->week_at != SIZE_MAX)
		return PAGE_HEADER + (int)(b->l.n - b->week_at) > PAGE;
	return true;
}

/* The part a page is in when it must break inside the lines from i: a
 * piece too long for any page, which the limits on plan files rule out. */
static enum part part_at(const struct block *b, size_t i)
{
	if (i == 0)
		return b->first;
	if (i == b->week_at)
		return PART_WEEK;
	return (enum part)(b->l.mark[i] & LINE_PART);
}

/* Lines from..to-1 of b, breaking the page only when it is full. */
static void pager_lines(struct pager *pg, const struct block *b, size_t from,
                        size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (pg->used >= PAGE)
			pager_new_page(pg, &b->head[part_at(b, from)]);
		pager_line(pg, b->l.v[i]);
		pg->fresh = false;
	}
}

/* A block too long for the room it has: piece by piece, each piece running
 * to the next place a page may break, the page breaking before a piece that
 * does not fit. */
static void pager_split(struct pager *pg, const struct block *b)
{
	for (size_t i = 0, j; i < b->l.n; i = j) {
		for (j = i + 1; j < b->l.n && !can_break(b, j); j++)
			;
		if (pg->used + (int)(j - i) > PAGE && !pg->fresh)
			pager_new_page(pg, &b->head[i == 0 ? PART_NONE :
			                            b->l.mark[i] & LINE_PART]);
		pager_lines(pg, b, i, j);
	}
}

static int pager_run(struct pager *pg)
{
	struct text_ctx *c = pg->c;

	pg->page = 1;
	pg->used = 0;
	pg->fresh = true;
	for (size_t i = 0; i < c->n_blocks; i++) {
		const struct block *b = &c->blocks[i];
		int need = (int)b->l.n;
		bool after_keep = i > 0 && c->blocks[i - 1].keep_next;
		if (pg->used + need <= PAGE) {
			pager_lines(pg, b, 0, b->l.n);
		} else if (PAGE_HEADER + need <= PAGE && !after_keep) {
			pager_new_page(pg, NULL);
			pager_lines(pg, b, 0, b->l.n);
		} else {
			pager_split(pg, b);
		}
	}
	return pg->page;
}

void plan_text_pages(struct text_ctx *c, FILE *f)
{
	struct pager pg = { .c = c };

	pg.pages = pager_run(&pg);
	pg.f = f;
	pager_run(&pg);
}
