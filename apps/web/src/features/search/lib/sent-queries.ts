/**
 * The queries a search box has put in the URL, for telling its own echo from a real change.
 *
 * The router applies a search a moment after it is sent, and on a busy device that moment can
 * outlast the pause that sends the next one: typing "vakmans", pausing, then "c", the URL can
 * still come back with "vakmans" after "vakmansc" went out. That is an echo, and taking it as a
 * change (a back button, a shared link) would put the old query in the box and eat the "c".
 */
export class SentQueries {
  private inFlight: string[] = [];

  /** The last query sent, or the last one the URL brought from outside. */
  latest: string;

  constructor(urlQuery: string) {
    this.latest = urlQuery;
  }

  send(query: string): void {
    this.inFlight.push(query);
    this.latest = query;
  }

  /**
   * Whether the URL's query is one this box sent, so the box should keep what is typed in it.
   * Navigations land in order, and a later one may overtake an earlier one, so a query landing
   * settles every query sent before it.
   */
  isEcho(urlQuery: string): boolean {
    if (this.inFlight.length === 0 && urlQuery === this.latest) return true;
    // The newest first: sent twice ("a", "ab", "a"), the last "a" settles all three.
    const landed = this.inFlight.at(-1) === urlQuery ? this.inFlight.length - 1 : this.inFlight.indexOf(urlQuery);
    if (landed === -1) {
      this.inFlight = [];
      this.latest = urlQuery;
      return false;
    }
    this.inFlight.splice(0, landed + 1);
    return true;
  }
}
