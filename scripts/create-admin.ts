// npm run create-admin -- --email E --password P [--name N]   (or --password=P when P starts with "-")
// Creates an admin, or promotes an existing user (their password is then reset to P).
import "./load-env";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/lib/db";
import { registerBody } from "@/lib/accounts/schemas";
import { hashPassword } from "@/lib/accounts/passwords";
import { judgePassword } from "@/lib/accounts/password-strength";

const USAGE = "Usage: npm run create-admin -- --email E --password P [--name N]\n  (a value starting with \"-\" needs the --password=P form)";

function readOptions() {
  try {
    return parseArgs({ options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } } }).values;
  } catch (error) {
    console.error(USAGE);
    console.error(`  ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(2);
  }
}

async function main() {
  const values = readOptions();
  const parsed = registerBody.safeParse({ email: values.email, password: values.password, name: values.name ?? "Admin" });
  if (!parsed.success) {
    console.error(USAGE);
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  const { email, password, name } = parsed.data;
  const verdict = judgePassword(password, { email, name });
  if (!verdict.ok) {
    console.error(`password: ${verdict.reason}`);
    process.exit(2);
  }
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const user = await db.user.upsert({
    where: { email },
    update: { role: "admin", passwordHash },
    create: { email, name, passwordHash, role: "admin" },
    select: { id: true, email: true },
  });
  console.log(`${existing ? "Promoted" : "Created"} admin ${user.email} (id ${user.id}).`);
}

/** PGlite is one process at a time: while the demo serves, say exactly what to do instead. */
function lockedHint(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== "DatabaseLockedError" || !/in use by process/.test(error.message)) return null;
  return [
    error.message,
    "",
    "The app (npm run demo or npm start) has the embedded database open. Either:",
    "  - sign in as the demo admin, admin@example.com (npm run demo prints its password), or",
    "  - stop the app (Ctrl+C in its terminal), run this command again, then start it again:",
    "    npm run demo serves the existing build without rebuilding when nothing changed.",
  ].join("\n");
}

main()
  .catch((error: unknown) => {
    console.error(lockedHint(error) ?? (error instanceof Error ? error.message : error));
    process.exitCode = 1;
  })
  .finally(closeDb);
