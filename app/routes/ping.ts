/**
 * A route that does no work: no session, no database, no rendering. It exists
 * for `npm run bench` (scripts/bench.ts), which reports every page's throughput
 * as a ratio of this route's, measured in the same run on the same machine, so
 * the figures do not depend on how fast the machine happens to be.
 */
export function loader() {
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }; // i18n-ignore: a header
  return new Response("ok", { headers });
}
