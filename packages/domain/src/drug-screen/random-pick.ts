/**
 * Random screening: each week a share of the program's clients is picked for an unannounced
 * screen. The pick must be fair (every client picked at the same long-run rate, the share) and
 * unpredictable (nobody can tell from past weeks whether they are next: no rotation, no "owed"
 * picks). Each week is therefore an independent uniform draw without replacement from that
 * week's clients, of share × n clients rounded up or down at random so that the expected count is
 * exactly share × n. Every client then has probability exactly `share` each week, whatever the
 * roster's size; a weighting by past picks would make the next pick guessable.
 */

/** A source of uniform random numbers in [0, 1). Defaults to the platform's cryptographic one. */
export type RandomSource = () => number;

/** Web Crypto, present in browsers and Node ≥ 19 (the domain's lib has no DOM types). */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(a: Uint32Array): void } })
  .crypto;

export const cryptoRandom: RandomSource = () => {
  const buf = new Uint32Array(2);
  webCrypto.getRandomValues(buf);
  // 53 random bits → a double in [0, 1).
  return ((buf[0]! >>> 5) * 67_108_864 + (buf[1]! >>> 6)) / 9_007_199_254_740_992;
};

/** A whole number in [0, n) without modulo bias. */
function below(n: number, random: RandomSource): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** How many to pick this week: share × n, rounded up with probability equal to the fraction. */
export function pickCount(
  clients: number,
  share: number,
  random: RandomSource = cryptoRandom,
): number {
  if (!(share >= 0 && share <= 1)) throw new RangeError('share must be between 0 and 1');
  const exact = clients * share;
  const floor = Math.floor(exact);
  return floor + (random() < exact - floor ? 1 : 0);
}

/** This week's pick: a uniform sample without replacement (partial Fisher–Yates), in roster order. */
export function randomScreeningPick<T>(
  clients: readonly T[],
  share: number,
  random: RandomSource = cryptoRandom,
): T[] {
  const k = pickCount(clients.length, share, random);
  const pool = [...clients];
  for (let i = 0; i < k; i++) {
    const j = i + below(pool.length - i, random);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const chosen = new Set(pool.slice(0, k));
  return clients.filter((c) => chosen.has(c));
}

/** A share entered as a percentage (the director's form) is valid from 1 to 100. */
export function screeningShareProblem(percent: number): string | null {
  return Number.isInteger(percent) && percent >= 1 && percent <= 100
    ? null
    : 'must be a whole percentage from 1 to 100';
}
