// Server-Sent Events wire format (the WHATWG HTML "server-sent events" section): named
// events with one JSON data line, and comment lines that keep proxies from timing out.
const encoder = new TextEncoder();

export function sseEvent(name: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function sseComment(text: string): Uint8Array {
  return encoder.encode(`: ${text.replace(/[\r\n]+/g, " ")}\n\n`);
}

/** Tells EventSource how long to wait before reconnecting on its own. */
export function sseRetry(milliseconds: number): Uint8Array {
  return encoder.encode(`retry: ${Math.round(milliseconds)}\n\n`);
}
