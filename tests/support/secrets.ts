// The no-secrets check (README, Browser security and privacy; Operations): the API test clients note every password,
// bearer token, cookie, join token and meeting link they send or receive in a file
// (one per line); the project's global teardown then asserts that none of them appears in
// the server's captured output.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

/** Shorter strings could match by chance (inside a uuid, a word in a message). */
const MIN_LENGTH = 10;

const SECRET_FIELDS = new Set(["password", "current_password", "new_password", "token", "access_token", "join_url", "zoom_meeting_url", "zoom_meeting_password"]);

export function recordSecrets(...values: unknown[]): void {
  const file = inject("secretsPath");
  if (!file) return;
  const found = values.filter((value): value is string => typeof value === "string" && value.length >= MIN_LENGTH);
  if (found.length > 0) fs.appendFileSync(file, found.map((value) => value.replaceAll("\n", " ")).join("\n") + "\n");
}

/** The secret-looking fields of a request or response body, two levels deep. */
export function secretFieldsOf(body: unknown, depth = 0): string[] {
  if (body === null || typeof body !== "object" || depth > 2) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (SECRET_FIELDS.has(key) && typeof value === "string") found.push(value);
    else found.push(...secretFieldsOf(value, depth + 1));
  }
  return found;
}

/**
 * The secret cookie values of a Cookie header (`a=1; b=2`): next-auth's session and CSRF
 * tokens. (Its callback-url cookie only holds the app's own address.)
 */
export function cookieValues(header: string): string[] {
  return header
    .split(";")
    .map((pair) => pair.trim().split("="))
    .filter(([name]) => /session-token|csrf-token/.test(name ?? ""))
    .map(([, ...value]) => value.join("="));
}

/** How many of the recorded secrets (and `extra`) occur in `logText`; never prints them. */
export function countLeakedSecrets(logText: string, secretsPath: string, extra: string[] = []): { checked: number; leaked: number; hints: string[] } {
  const recorded = fs.existsSync(secretsPath) ? fs.readFileSync(secretsPath, "utf8").split("\n") : [];
  const secrets = new Set([...recorded, ...extra].filter((value) => value.length >= MIN_LENGTH));
  let leaked = 0;
  const hints: string[] = [];
  for (const secret of secrets) {
    if (!logText.includes(secret)) continue;
    leaked += 1;
    // Enough to find it in the log, not enough to reuse it.
    hints.push(`${secret.slice(0, 4)}… (${secret.length} characters)`);
  }
  return { checked: secrets.size, leaked, hints };
}

/**
 * For global teardown, after every test file of the project: fails the run when the
 * server printed any secret the tests used. Vitest only reports an error thrown from a
 * teardown and still exits 0, so this sets the exit code itself (measured with vitest 4.1).
 */
export function checkNoSecretsLogged(label: string, logPath: string, secretsPath: string, extra: string[] = []): void {
  const { checked, leaked, hints } = countLeakedSecrets(fs.readFileSync(logPath, "utf8"), secretsPath, extra);
  let problem: string | undefined;
  if (checked === 0) problem = "no secrets were recorded: the no-secrets check would prove nothing";
  else if (leaked > 0) problem = `the server log contains ${leaked} of the ${checked} secrets the tests used (passwords, tokens, cookies, join links): ${hints.join(", ")}`;
  if (problem) {
    console.error(`\n[${label}] FAILED no-secrets check: ${problem}\n`);
    process.exitCode = 1;
    return;
  }
  console.log(`[${label}] server log checked: none of the ${checked} secrets the tests used appears in it`);
}

/** A fresh file for one project run's secrets. */
export function secretsFilePath(project: string): string {
  const dir = path.resolve(import.meta.dirname, "../../.tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `secrets-${project}-${process.pid}-${Date.now()}.txt`);
  fs.writeFileSync(file, "");
  return file;
}
