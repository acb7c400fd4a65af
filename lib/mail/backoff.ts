/** Seconds to wait after the `attempts`-th failed try: base, 2×base, 4×base, ... up to the cap. */
export function backoffSeconds(attempts: number, { base, cap }: { base: number; cap: number }): number {
  return Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
}
