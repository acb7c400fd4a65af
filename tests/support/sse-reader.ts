// Reads a Server-Sent Events body as it arrives: each comment and each event (name and
// JSON data) with the time it arrived. Shared by the API tests' stream client
// (event-stream.ts) and the benchmarks, which must not load vitest.
export type ReceivedEvent = { name: string; data: any; at: number };

type Handlers = { onEvent: (event: ReceivedEvent) => void; onComment?: (text: string, at: number) => void };

/** Resolves when the body ends or is aborted. */
export async function readServerSentEvents(body: ReadableStream<Uint8Array>, { onEvent, onComment }: Handlers): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        let name = "message";
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) onComment?.(line.slice(1).trim(), Date.now());
          else if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).trim());
        }
        if (data.length) onEvent({ name, data: JSON.parse(data.join("\n")), at: Date.now() });
      }
    }
  } catch {
    // Aborted by the caller.
  }
}
