/**
 * Asking a pulling client to pull again (`workspace/diagnostic/refresh`), at most once per
 * `REFRESH_MS`. The client then pulls every open document and the workspace: on each keystroke
 * that is as much work again for an editor that already pulls the document on every change.
 *
 * So a refresh asked only because an open document's edit has settled (its debounce ran out) is
 * not sent if, by then, the client has pulled that document as it now is: VS Code's pull of a
 * version often waits behind another request that analysed it first, and the debounce runs out in
 * between. A refresh asked for anything else (files on disk, settings, another document's
 * findings) is always sent.
 */

export const REFRESH_MS = 50;

export class RefreshRequests {
  private timer?: NodeJS.Timeout;
  /** Something other than a settled edit asked for the refresh. */
  private always = false;
  /** The documents whose settled edit asked for it, with the state of their report then. */
  private readonly settled = new Map<string, string>();
  /** The state of the report of each open document last answered to a pull. */
  private readonly answered = new Map<string, string>();

  /** `stateOf`: what the report of an open document is made from now. */
  constructor(
    private readonly send: () => void,
    private readonly stateOf: (uri: string) => string,
    private readonly delayMs = REFRESH_MS,
  ) {}

  /** A refresh for any reason but a settled edit. */
  request(): void {
    this.always = true;
    this.arm();
  }

  /** A refresh because the edit of `uri` settled. */
  requestFor(uri: string): void {
    this.settled.set(uri, this.stateOf(uri));
    this.arm();
  }

  /** The client pulled `uri` and was answered its report as it is now. */
  pulled(uri: string): void {
    this.answered.set(uri, this.stateOf(uri));
  }

  closed(uri: string): void {
    this.answered.delete(uri);
    this.settled.delete(uri);
  }

  private arm(): void {
    this.timer ??= setTimeout(() => this.fire(), this.delayMs);
  }

  private fire(): void {
    this.timer = undefined;
    let needed = this.always;
    for (const [uri, state] of this.settled) if (this.answered.get(uri) !== state) needed = true;
    this.always = false;
    this.settled.clear();
    if (needed) this.send();
  }
}
