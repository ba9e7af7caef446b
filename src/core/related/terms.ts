import type { TermKey } from './types';

/**
 * The term vocabulary and its postings: per term, (capture id, count) pairs in one Int32Array
 * that doubles as it fills. Typed arrays keep millions of postings out of the garbage
 * collector's way and take half the memory of JS arrays.
 */
export class TermPostings {
  private readonly ids = new Map<TermKey, number>();
  private readonly names: TermKey[] = [];
  private readonly pairs: Int32Array[] = [];
  private readonly sizes: number[] = [];
  private readonly freeIds: number[] = [];

  /** The id of a term, creating it. */
  intern(term: TermKey): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.freeIds.pop() ?? this.names.length;
      this.ids.set(term, id);
      this.names[id] = term;
      this.pairs[id] = new Int32Array(4);
      this.sizes[id] = 0;
    }
    return id;
  }

  idOf(term: TermKey): number | undefined {
    return this.ids.get(term);
  }

  name(id: number): TermKey {
    return this.names[id];
  }

  add(id: number, doc: number, count: number): void {
    let pairs = this.pairs[id];
    const n = this.sizes[id];
    if (2 * n + 2 > pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      this.pairs[id] = pairs = grown;
    }
    pairs[2 * n] = doc;
    pairs[2 * n + 1] = count;
    this.sizes[id] = n + 1;
  }

  /** Removes a capture from a term's postings; a term no capture has any more is forgotten. */
  remove(id: number, doc: number): void {
    const pairs = this.pairs[id];
    const last = this.sizes[id] - 1;
    let i = last;
    while (i >= 0 && pairs[2 * i] !== doc) i--;
    if (i === -1) return;
    pairs[2 * i] = pairs[2 * last];
    pairs[2 * i + 1] = pairs[2 * last + 1];
    this.sizes[id] = last;
    if (last === 0) {
      this.ids.delete(this.names[id]);
      this.names[id] = '';
      this.pairs[id] = EMPTY;
      this.freeIds.push(id);
    }
  }

  /** Number of captures with the term. */
  df(id: number): number {
    return this.sizes[id];
  }

  /** The term's (capture id, count) pairs: entries 2i and 2i + 1 for i below df(id). */
  postings(id: number): Int32Array {
    return this.pairs[id];
  }

  get size(): number {
    return this.ids.size;
  }
}

const EMPTY = new Int32Array(0);
