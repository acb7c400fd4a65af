import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { signJaasPayload, verifyJaasSignature } from "@/lib/jaas-webhooks/verify-signature";

const secret = "whsec-test";
const rawBody = '{"eventType":"PARTICIPANT_JOINED"}';
const now = 1_632_490_060_000;
const t = String(now / 1000);
const codeOf = (run: () => void) => {
  try {
    run();
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

describe("verifyJaasSignature", () => {
  it("accepts JaaS's format, also with a second v1 signature (secret rotation)", () => {
    const v1 = signJaasPayload({ secret, timestamp: t, rawBody });
    expect(codeOf(() => verifyJaasSignature({ secret, rawBody, header: `t=${t},v1=${v1}`, now }))).toBe("ok");
    expect(codeOf(() => verifyJaasSignature({ secret, rawBody, header: `t=${t},v1=AAAA,v1=${v1}`, now }))).toBe("ok");
  });

  it.each([
    ["no header", null],
    ["another scheme only (downgrade)", `t=${t},v0=${signJaasPayload({ secret, timestamp: t, rawBody })}`],
    ["a changed body", `t=${t},v1=${signJaasPayload({ secret, timestamp: t, rawBody: rawBody + " " })}`],
    ["the wrong secret", `t=${t},v1=${signJaasPayload({ secret: "other", timestamp: t, rawBody })}`],
    ["an old timestamp", `t=${Number(t) - 301},v1=${signJaasPayload({ secret, timestamp: String(Number(t) - 301), rawBody })}`],
    ["no timestamp", `v1=${signJaasPayload({ secret, timestamp: t, rawBody })}`],
  ])("refuses %s", (_label, header) => {
    expect(codeOf(() => verifyJaasSignature({ secret, rawBody, header, now }))).toBe("invalid_signature");
  });
});
