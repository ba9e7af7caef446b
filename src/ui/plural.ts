/** A count with its noun: "1 note", "3 notes", "2 promoted replies" (pass `many` when not `one` + "s"). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
