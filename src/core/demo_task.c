/* demo_task: the demo couple's shared load, listed in week 3 of their plan
 * (two weeks after it started), with one job changing hands since. */
#include "tend/demo.h"
#include "tend/task.h"

static const struct {
	const char *name, *done, *every;
	int owner;
} jobs[] = {
	{ "Groceries", "The fridge has the week's basics; the list on the door is empty",
	  "weekly", 1 },
	{ "Laundry", "Washed, dried, folded and put away the same day", "2 per week", 2 },
	{ "Dinners on weekdays", "Something warm on the table by 7, no takeaway more than once",
	  "daily", 1 },
	{ "Bills and bank", "Paid before they are due; a short word when money is tight",
	  "monthly", 2 },
	{ "Birthdays and gifts", "Cards sent and gifts bought a week ahead", "monthly", 2 },
	{ "Bathroom", "Clean sink, shower and floor; fresh towels", "weekly", 1 },
	{ "Bins and recycling", "Out on the evening before collection", "weekly", 1 },
	{ "Appointments", "Dentist, doctor and car booked and in the shared calendar",
	  "monthly", 2 },
	{ "Plants and balcony", "Watered; nothing left to wilt", "2 per week", 2 },
	{ "Holidays", "Dates agreed and booked, bags list shared", "quarterly", 1 },
};

int demo_fill_tasks(struct store *st, tend_day start, struct tend_err *err)
{
	tend_day made = start + 14; /* day 15: the first day of week 3 */
	struct store_task dinners = { 0 };
	for (size_t i = 0; i < sizeof jobs / sizeof *jobs; i++) {
		char every[TASK_CADENCE_MAX + 1];
		task_cadence_parse(jobs[i].every, every, sizeof every);
		/* The demo's texts are static: saved as they are, never freed. */
		struct store_task copy = {
			.owner = jobs[i].owner, .day = made,
			.created_at = (int64_t)day_time_at(made, 20 * 60 + 30),
			.name = (char *)jobs[i].name, .done = (char *)jobs[i].done,
			.cadence = every,
		};
		if (task_check(&copy, err) || store_task_add(st, &copy, NULL, err))
			return err->code;
		if (i == 2)
			dinners = copy;
	}
	/* Three days later, weekday dinners change hands. */
	int64_t change;
	return task_give(st, &dinners, 2, made + 3, &change, err);
}
