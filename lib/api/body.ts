// Request body and query parsing: 413 over 64 KiB, 415 for non-JSON, 400 with `fields`.
import { z } from "@/lib/zod";
import { AppError } from "@/lib/errors";
import { recordId } from "@/lib/record-id";

// "Required" reads better than zod's "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined),
});

const MAX_BODY_BYTES = 64 * 1024;

/** The raw body as text, refused with 413 past 64 KiB (also when sent chunked). */
export async function readLimitedText(req: Request): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return discardRest(reader, declared > DISCARD_LIMIT_BYTES ? declared : 0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) return discardRest(reader, total);
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** How much of a refused body is read and dropped to keep its connection usable. */
const DISCARD_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads the rest of a refused body and throws 413. Cancelling at once tears the
 * connection down under the answer, and the client's next request on that keep-alive
 * connection fails with ECONNRESET; past 1 MiB the connection is not worth saving.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, counted: number): Promise<never> {
  let total = counted;
  while (total <= DISCARD_LIMIT_BYTES) {
    const { done, value } = await reader.read();
    if (done) throw tooLarge();
    total += value.byteLength;
  }
  await reader.cancel();
  throw tooLarge();
}

function tooLarge() {
  return new AppError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
}

/** Turns zod issues into `{ field: message }`, one message per field. */
export function issuesToFields(issues: z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "Unknown field";
      continue;
    }
    const name = issue.path.length ? issue.path.join(".") : "body";
    fields[name] ??= issue.message;
  }
  return fields;
}

export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown, what = "request body"): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("validation_failed", `The ${what} is invalid.`, { fields: issuesToFields(parsed.error.issues) });
  }
  return parsed.data;
}

/** Reads a JSON body and validates it. An empty body counts as `{}`. */
export async function parseJsonBody<Schema extends z.ZodType>(req: Request, schema: Schema): Promise<z.infer<Schema>> {
  const text = await readLimitedText(req);
  let value: unknown = {};
  if (text.trim() !== "") {
    const contentType = req.headers.get("content-type") ?? "";
    if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(contentType)) {
      throw new AppError("unsupported_media_type");
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError("invalid_json");
    }
  }
  return validate(schema, value);
}

export const FORM_MEDIA_TYPE_MESSAGE = "Send the body as application/x-www-form-urlencoded (or multipart/form-data).";

/**
 * Reads a form body (RFC 8058's one-click POST: `application/x-www-form-urlencoded` or
 * `multipart/form-data`) into an object of its string fields and validates it.
 */
export async function parseFormBody<Schema extends z.ZodType>(req: Request, schema: Schema): Promise<z.infer<Schema>> {
  const text = await readLimitedText(req);
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i.test(contentType)) {
    throw new AppError("unsupported_media_type", FORM_MEDIA_TYPE_MESSAGE);
  }
  let form: FormData;
  try {
    form = await new Response(text, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("validation_failed", "The request body is not a valid form.");
  }
  const value = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return validate(schema, value);
}

/** Validates the query string against a schema of string fields. */
export function parseQuery<Schema extends z.ZodType>(req: Request, schema: Schema): z.infer<Schema> {
  const params = new URL(req.url).searchParams;
  return validate(schema, Object.fromEntries(params.entries()), "query string");
}

/** Path ids are positive integers; anything else names no resource, so 404. */
export function parseId(raw: string | undefined, what = "resource"): number {
  const id = recordId(raw);
  if (id === null) throw new AppError("not_found", `No such ${what}.`);
  return id;
}
