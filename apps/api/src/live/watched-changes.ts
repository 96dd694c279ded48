/**
 * The events of `source` for as long as `mayStillWatch` holds: checked before each event is
 * delivered, so someone removed from a program stops hearing of it with the next change, not the
 * next reconnect. A class, not an async generator: a generator's `return()` waits for the pending
 * event, so an unsubscribed client would hold its listener until the program next changed.
 */
export class WatchedEvents<T> implements AsyncIterableIterator<T> {
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly mayStillWatch: () => Promise<boolean>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    while (!this.finished) {
      const result = await this.source.next();
      if (result.done || this.finished) break;
      if (await this.mayStillWatch()) return result;
      return this.return();
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<T>> {
    this.finished = true;
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
