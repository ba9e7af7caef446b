/** Key -> capture ids lists with cheap removal (order inside a list never matters to a ranking). */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  add(key: string, doc: number): void {
    const list = this.lists.get(key);
    if (list) list.push(doc);
    else this.lists.set(key, [doc]);
  }

  remove(key: string, doc: number): void {
    const list = this.lists.get(key);
    if (!list) return;
    const i = list.lastIndexOf(doc);
    if (i === -1) return;
    list[i] = list[list.length - 1];
    list.pop();
    if (list.length === 0) this.lists.delete(key);
  }

  get(key: string): readonly number[] {
    return this.lists.get(key) ?? EMPTY;
  }

  count(key: string): number {
    return this.lists.get(key)?.length ?? 0;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);
