/**
 * Times are entered and shown in Danish local time (CET/CEST) and stored as UTC.
 *
 * The two Danish date-time formatters stay separate on purpose: coordination cards use the short
 * `da-DK` form ("3. dec. 2026 14.30", threads/time.ts), knowledge updates spell the month out with
 * "kl." ("3. marts 2026 kl. 07.30", updates/time.ts). Merging them would change what users see.
 */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';
