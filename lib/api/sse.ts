// The response for a Server-Sent Events stream. `no-transform` keeps compression (Next's
// and a proxy's) off it, and X-Accel-Buffering stops nginx from holding events back.
export function sseResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
