// A strict reader of the Prometheus text exposition format, for the metrics test (which
// checks the server's output with it) and the mixed-load benchmark (which reads the
// server's own request durations, event-loop delay and GC time from it).

export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Family = { name: string; type: string; help: string; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\["\\n])*)"(,|$)/y;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);

function parseValue(text: string, line: string): number {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`bad value in: ${line}`);
  return Number(text);
}

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4): every line is
 * a HELP, a TYPE or a sample; every sample belongs to a family declared before it.
 */
export function parsePrometheus(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  if (!text.endsWith("\n")) throw new Error("the exposition must end with a newline");
  for (const line of text.slice(0, -1).split("\n")) {
    if (line === "") continue;
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta;
      if (!NAME.test(name!)) throw new Error(`bad metric name: ${line}`);
      const family = families.get(name!) ?? { name: name!, type: "untyped", help: "", samples: [] };
      if (kind === "TYPE") {
        if (!TYPES.has(rest!)) throw new Error(`bad type: ${line}`);
        if (family.samples.length) throw new Error(`TYPE after samples: ${line}`);
        family.type = rest!;
      } else family.help = rest!;
      families.set(name!, family);
      continue;
    }
    if (line.startsWith("#")) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)( -?\d+)?$/.exec(line);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const [, name, labelText = "", value] = sample;
    const labels: Record<string, string> = {};
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < labelText.length) {
      const match = LABEL.exec(labelText);
      if (!match) throw new Error(`bad labels: ${line}`);
      labels[match[1]!] = match[2]!.replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1");
    }
    const base = families.get(name!) ? name! : name!.replace(/_(bucket|sum|count|total|created)$/, "");
    const family = families.get(base);
    if (!family) throw new Error(`sample of an undeclared family: ${line}`);
    if (base !== name && !["histogram", "summary", "counter"].includes(family.type)) throw new Error(`suffix on a ${family.type}: ${line}`);
    family.samples.push({ name: name!, labels, value: parseValue(value!, line) });
  }
  return families;
}

/** The value of one sample (undefined when absent). */
export function valueOf(families: Map<string, Family>, family: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return families
    .get(family)
    ?.samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))?.value;
}

