// Pairs of users are stored with the smaller id first (friendships, conversations).
export function orderedPair(a: number, b: number): { userLowId: number; userHighId: number } {
  return a < b ? { userLowId: a, userHighId: b } : { userLowId: b, userHighId: a };
}
