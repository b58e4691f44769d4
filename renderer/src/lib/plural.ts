/** "1 link", "3 links", "1 entity", "2 entities": a count with its noun in the right number (English UI). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
