/**
 * Each event of `source` through `map`, with `return()` passed straight on (an async generator's
 * would wait for the pending event, holding an unsubscribed client's listener until the next one).
 */
export class MappedEvents<S, T> implements AsyncIterableIterator<T> {
  constructor(
    private readonly source: AsyncIterator<S>,
    private readonly map: (event: S) => Promise<T>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    const result = await this.source.next();
    if (result.done) return { done: true, value: undefined };
    return { done: false, value: await this.map(result.value) };
  }

  async return(): Promise<IteratorResult<T>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
