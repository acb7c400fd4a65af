// Zoom's endpoint.url_validation challenge: prove we hold the secret token by returning
// hex HMAC-SHA256(secret, plainToken). The challenge is signature-checked like every
// other event first: answered for anyone, it would be an oracle that signs any string,
// including "v0:{timestamp}:{forged body}".
import crypto from "node:crypto";

export function answerUrlValidation({ secret, plainToken }: { secret: string; plainToken: string }) {
  return { plainToken, encryptedToken: crypto.createHmac("sha256", secret).update(plainToken).digest("hex") };
}
