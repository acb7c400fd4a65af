// The no-secrets check of the API and Zoom suites (tests/support/secrets.ts) must be able
// to fail: a log holding one recorded secret is caught, a clean one is not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { countLeakedSecrets, cookieValues, secretFieldsOf } from "../support/secrets";

test("countLeakedSecrets finds a recorded secret in a log, and ignores short strings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-check-"));
  const secretsPath = path.join(dir, "secrets.txt");
  fs.writeFileSync(secretsPath, ["correct horse battery", "eyJhbGciOiJIUzI1NiJ9.payload.signature", "short"].join("\n"));
  const clean = '{"level":"info","request_id":"abc","route":"/api/v1/users/me","status":200,"msg":"request"}\n';
  expect(countLeakedSecrets(clean, secretsPath)).toMatchObject({ checked: 2, leaked: 0 });
  const leaky = clean + '{"level":"error","msg":"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature"}\n';
  expect(countLeakedSecrets(leaky, secretsPath)).toMatchObject({ checked: 2, leaked: 1, hints: ["eyJh… (38 characters)"] });
  expect(countLeakedSecrets(leaky, secretsPath, ["fake-client-secret-do-not-log"])).toMatchObject({ checked: 3, leaked: 1 });
  fs.rmSync(dir, { recursive: true, force: true });
});

test("secret fields are collected from bodies and cookie headers", () => {
  expect(secretFieldsOf({ email: "a@example.test", password: "p", nested: { token: "t", meeting: { join_url: "u" } } })).toEqual(["p", "t", "u"]);
  expect(cookieValues("next-auth.csrf-token=c1%7Cc2; next-auth.callback-url=http%3A%2F%2Fapp; next-auth.session-token=eyJ.x=")).toEqual(["c1%7Cc2", "eyJ.x="]);
});
