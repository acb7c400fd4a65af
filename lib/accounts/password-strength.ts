// New passwords (register, change, create-admin) must be at least 12 characters (the
// schemas check that) and not easy to guess, as judged by zxcvbn-ts: its dictionaries
// of common passwords, words and names, keyboard patterns, dates and repeats, plus the
// account's own email and name.
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEn from "@zxcvbn-ts/language-en";
import { AppError } from "@/lib/errors";

/** zxcvbn's scores run 0..4; 3 is "safely unguessable" for an online attack with throttling. */
const MIN_PASSWORD_SCORE = 3;

// The estimator's matching grows steeply with length (several seconds for 256 random
// characters on this project's 2-core machine), and it runs on the request's thread.
// Only the first 64 characters are judged, with fewer l33t variants per word: a password
// whose first 64 characters are strong is strong.
const JUDGED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 16;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // Built on first use: building the dictionaries takes about half a second.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
    maxLength: JUDGED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  return estimator;
}

/** The email, its parts and the name's words: a password built from them is weak. */
export function personalWords({ email, name }: { email?: string; name?: string }): string[] {
  const words = new Set<string>();
  for (const value of [email, name]) {
    if (!value) continue;
    const lower = value.toLowerCase().trim();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  const local = email?.toLowerCase().split("@")[0];
  if (local) words.add(local);
  return [...words];
}

type PasswordVerdict = { ok: true } | { ok: false; reason: string };

function reasonFor(result: ZxcvbnResult): string {
  const { warning, suggestions } = result.feedback;
  const advice = suggestions.length ? suggestions.join(" ") : "Add another word or two that are not related to you.";
  return `This password is too easy to guess.${warning ? ` ${warning}` : ""} ${advice}`;
}

const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The whole name or the email's local part inside the password, however it is spaced or
 * punctuated. zxcvbn counts each of them as one cheap guess, but with a year or a word
 * added it can still score well ("erinexample2024" for Erin Example).
 */
function containsIdentity(password: string, { email, name }: { email?: string; name?: string }): boolean {
  const haystack = letters(password);
  const needles = [name, email?.split("@")[0]].map((value) => letters(value ?? "")).filter((value) => value.length >= 4);
  return needles.some((needle) => haystack.includes(needle));
}

/** Scores a password that already has the right length. */
export function judgePassword(password: string, user: { email?: string; name?: string }): PasswordVerdict {
  if (containsIdentity(password, user)) return { ok: false, reason: "Do not use your name or email in your password." };
  const result = zxcvbn().check(password, personalWords(user));
  return result.score >= MIN_PASSWORD_SCORE ? { ok: true } : { ok: false, reason: reasonFor(result) };
}

/** Throws 400 `validation_failed` with `fields[field]` saying why, when the password is weak. */
export function assertStrongPassword(password: string, user: { email?: string; name?: string }, field = "password"): void {
  const verdict = judgePassword(password, user);
  if (!verdict.ok) throw new AppError("validation_failed", { fields: { [field]: verdict.reason } });
}
