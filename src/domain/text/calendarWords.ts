/**
 * Weekdays and months in Danish and English, lower case, as a regular-expression alternation:
 * capitalised in English ("on Monday") and after a note's name ("Fredag 13"), they date things and
 * name nobody.
 */
export const CALENDAR_WORDS =
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar|january|februar|february|marts|march|april|maj|may|juni|june|juli|july|august|september|oktober|october|november|december';
