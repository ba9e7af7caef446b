/** The term vocabulary and its postings (capture id and count per capture), with removal. */
export class TermPostings {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly docs: number[][] = [];
  private readonly counts: number[][] = [];
  private readonly freeIds: number[] = [];

  /** The id of a term, creating it. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.freeIds.pop() ?? this.names.length;
      this.ids.set(term, id);
      this.names[id] = term;
      this.docs[id] = [];
      this.counts[id] = [];
    }
    return id;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  name(id: number): string {
    return this.names[id];
  }

  add(id: number, doc: number, count: number): void {
    this.docs[id].push(doc);
    this.counts[id].push(count);
  }

  /** Removes a capture from a term's postings; a term no capture has any more is forgotten. */
  remove(id: number, doc: number): void {
    const docs = this.docs[id];
    const counts = this.counts[id];
    const i = docs.lastIndexOf(doc);
    if (i === -1) return;
    const last = docs.length - 1;
    docs[i] = docs[last];
    counts[i] = counts[last];
    docs.pop();
    counts.pop();
    if (last === 0) {
      this.ids.delete(this.names[id]);
      this.names[id] = '';
      this.freeIds.push(id);
    }
  }

  df(id: number): number {
    return this.docs[id].length;
  }

  postings(id: number): { docs: readonly number[]; counts: readonly number[] } {
    return { docs: this.docs[id], counts: this.counts[id] };
  }

  get size(): number {
    return this.ids.size;
  }
}
