/** LIKE treats `%` and `_` as wildcards, and Prisma passes `contains` through as is. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
