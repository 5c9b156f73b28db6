// How long the lists inside a page's own query are. Numbers the queries are written with (a
// constant TypeGen can read), so that a page fetches no more cards than it shows.

/** How many related posts a post or treatment page shows; lib/publishing names as many neighbours a publish changes. */
export const RELATED_POSTS_LIMIT = 3

/**
 * How many of a person's newest posts their page lists, written and reviewed each, beside how
 * many there are in all: every card of a prolific reviewer would weigh megabytes on a phone
 * (1,252 cards, 1.3 MB of JSON, at 5,000 posts).
 */
export const PERSON_POSTS_SHOWN = 9
