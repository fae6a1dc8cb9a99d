/**
 * The checks `astro dev` runs as content is saved, and what a page request waits for. A save is
 * checked at once, with no quiet period first: the editor is waiting for the page that shows it,
 * and a check from the last one's results takes less time than a debounce would (about 80 ms at
 * 1,000 briefings). Saves that arrive while a check runs are checked together right after it, so
 * a burst of them (a `git checkout`, an editor's temporary file) costs one more check rather than
 * one each, and the last check to finish has always seen the last save.
 */
export class SaveChecks {
  readonly #check: (changed: readonly string[]) => Promise<void>;
  /** Files saved since the running check read the disk, in the order first saved. */
  readonly #saved: string[] = [];
  readonly #waiting: (() => void)[] = [];
  #running = false;

  /** `check` checks the project after `changed` (project paths) were saved; it must not reject. */
  constructor(check: (changed: readonly string[]) => Promise<void>) {
    this.#check = check;
  }

  /** A content file was saved, added or deleted. */
  saved(path: string): void {
    if (!this.#saved.includes(path)) this.#saved.push(path);
    if (!this.#running) void this.#run();
  }

  /** Settles once every save so far has been checked: a page asked for after a save is judged by its check. */
  settled(): Promise<void> {
    return this.#running ? new Promise((resolve) => this.#waiting.push(resolve)) : Promise.resolve();
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      while (this.#saved.length > 0) await this.#check(this.#saved.splice(0));
    } finally {
      // Even if a check broke its promise not to reject, no page is left waiting forever.
      this.#running = false;
      for (const resolve of this.#waiting.splice(0)) resolve();
    }
  }
}
