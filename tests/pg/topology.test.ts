// The production topology (README, "Going to production"; deploy/): Debian's nginx with
// deploy/nginx.conf, changed only where ports and paths differ, in front of two standalone
// servers (`npm start`, the Dockerfile's command) on one PostgreSQL database. Checks that an
// event crosses instances and nginx within 1 s, that a client-chosen X-Forwarded-For does
// not move the per-address limits, and that a rolling restart under steady mixed traffic
// fails no request, loses and duplicates no message, and every stream reconnects and resyncs.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { freePort } from "../support/ports";
import { withSql } from "../support/sql";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NGINX = "/usr/sbin/nginx";
const METRICS_TOKEN = "topology-metrics-token-0123456789";
const DATABASE = `pairline_topology_${process.pid}`;

type Reply = { status: number; body: any };
type User = { id: number; token: string };

/** One request; a network error becomes status 0 (every caller counts it as a failure). */
async function http(url: string, { method = "GET", token, body, headers = {} }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> {
  try {
    const response = await fetch(url, {
      method,
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

/** deploy/nginx.conf with this machine's ports and a private directory for nginx's files; nothing else changes. */
function nginxConfig(listenPort: number, upstreamPorts: number[], dir: string): string {
  const source = fs.readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8");
  const replace = (conf: string, pattern: RegExp, by: (match: string, ...groups: string[]) => string) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf no longer has ${pattern}: update the topology test's template`);
    return conf.replace(pattern, by);
  };
  let conf = replace(source, /^(\s*)listen 80;$/m, (_, indent) => `${indent}listen 127.0.0.1:${listenPort};`);
  conf = replace(conf, /^(\s*)server app1:3000 ([^;\n]*);\n\s*server app2:3000 [^;\n]*;$/m, (_, indent, params) =>
    upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port} ${params};`).join("\n"),
  );
  conf = replace(conf, /^(\s*)access_log \/dev\/stdout;$/m, (_, indent) => `${indent}access_log ${dir}/access.log;`);
  conf = replace(conf, /^(\s*)(\w+)_temp_path \S+;$/gm, (_, indent, kind) => `${indent}${kind}_temp_path ${dir}/${kind};`);
  return conf;
}

async function startNginx(conf: string, dir: string, port: number): Promise<ChildProcess> {
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const log = fs.openSync(path.join(dir, "nginx.out"), "a");
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", `daemon off; pid ${dir}/nginx.pid;`], { stdio: ["ignore", log, log] });
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`nginx exited at start:\n${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    if ((await http(`http://127.0.0.1:${port}/api/health`)).status === 200) return child;
    if (Date.now() > deadline) throw new Error("nginx did not answer in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The instance's metrics as {series line without value → value}. */
async function metricsOf(server: AppServer): Promise<Map<string, number>> {
  const response = await fetch(`${server.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  const values = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    const match = /^(\S+(?:\{.*\})?) (\S+)$/.exec(line);
    if (match && !line.startsWith("#")) values.set(match[1]!, Number(match[2]));
  }
  return values;
}

const openStreams = async (server: AppServer) => (await metricsOf(server)).get("pairline_event_streams_open") ?? 0;

/** Requests to a route this instance answered with 200 since it started. */
async function answered(server: AppServer, route: string): Promise<number> {
  let total = 0;
  for (const [series, value] of await metricsOf(server)) {
    if (series.startsWith("pairline_http_request_duration_seconds_count{") && series.includes(`route="${route}"`) && series.includes('status="200"')) total += value;
  }
  return total;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A live-update client as the app's pages keep one: it reconnects whenever the stream ends
 * and, once the new stream is open (its first event), resyncs by fetching the conversation
 * past the last message it fetched. Every message the friend sends must reach it, by event
 * or by resync.
 */
class StreamClient {
  connects = 0;
  seen = new Set<number>();
  private cursor = 0;
  private controller: AbortController | undefined;
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly user: User,
    private readonly friendId: number,
    private readonly fail: (what: string) => void,
  ) {
    this.done = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        const response = await fetch(`${this.url}/api/v1/events`, { headers: { authorization: `Bearer ${this.user.token}`, accept: "text/event-stream" }, signal: this.controller.signal });
        if (response.status !== 200) {
          this.fail(`stream open → ${response.status} ${await response.text()}`);
          await response.body?.cancel();
        } else {
          this.connects += 1;
          await this.read(response);
        }
      } catch (error) {
        if (!this.stopped) this.fail(`stream open failed: ${String(error)}`);
      }
      // A browser's EventSource waits a moment before reconnecting; so does this client.
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async read(response: Response): Promise<void> {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let resynced = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const name = /^event: ?(.*)$/m.exec(block)?.[1]?.trim();
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (!name || data === undefined) continue;
          if (!resynced) {
            // Connected (the first event is the counts): whatever happened meanwhile is fetched now.
            resynced = true;
            await this.resync();
          }
          const parsed = JSON.parse(data);
          if (name === "message.created" && parsed.friend_id === this.friendId) this.seen.add(parsed.message_id);
        }
      }
    } catch {
      // Cut (the instance stopped, or stop() aborted it): reconnect.
    }
  }

  private async resync(): Promise<void> {
    for (;;) {
      const reply = await http(`${this.url}/api/v1/chats/${this.friendId}/messages?after=${this.cursor}`, { token: this.user.token });
      if (reply.status !== 200) {
        this.fail(`resync → ${reply.status} ${JSON.stringify(reply.body)}`);
        return;
      }
      for (const message of reply.body as { id: number; sender: { id: number } | null }[]) {
        this.cursor = Math.max(this.cursor, message.id);
        if (message.sender?.id === this.friendId) this.seen.add(message.id);
      }
      if (reply.body.length < 100) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.done;
  }
}

describe("deploy/: nginx in front of two standalone instances on one PostgreSQL", () => {
  let dir: string;
  let databaseUrl: string;
  let nginxPort: number;
  let nginx: ChildProcess | undefined;
  const instances: AppServer[] = [];
  let proxy: string;

  const instanceEnv = () => ({
    METRICS_TOKEN,
    APP_URL: `http://127.0.0.1:${nginxPort}`,
    // The per-address limit the X-Forwarded-For check pushes against; the chat limit out of the traffic's way.
    REGISTRATIONS_MAX_PER_ADDRESS: "3",
    CHAT_MESSAGES_MAX_PER_USER: "100000",
    LOGIN_MAX_FAILURES_PER_ADDRESS: "1000",
  });

  async function startInstance(name: string, port?: number): Promise<AppServer> {
    const server = await startAppServer({ name, databaseUrl, extraEnv: { ...instanceEnv(), ...(port ? { PORT: String(port) } : {}) } });
    if (port && new URL(server.baseUrl).port !== String(port)) {
      await server.stop();
      throw new Error(`instance ${name} could not get its port ${port} back`);
    }
    return server;
  }

  /** Registered directly on an instance, from an address of its own (the setup is not what the limits test measures). */
  async function signUp(name: string): Promise<User> {
    const email = `${name.toLowerCase().replace(/[^a-z0-9]/g, "")}-${crypto.randomBytes(4).toString("hex")}@example.test`;
    const password = "topology test passphrase";
    const headers = { "x-forwarded-for": `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}` };
    const registered = await http(`${instances[0]!.baseUrl}/api/v1/auth/register`, { method: "POST", body: { email, password, name }, headers });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const issued = await http(`${instances[0]!.baseUrl}/api/v1/auth/token`, { method: "POST", body: { email, password }, headers });
    expect(issued.status).toBe(200);
    return { id: registered.body.user.id, token: issued.body.access_token };
  }

  async function befriend(a: User, b: User): Promise<void> {
    const asked = await http(`${proxy}/api/v1/friends/requests`, { method: "POST", token: a.token, body: { user_id: b.id } });
    expect(asked.status).toBe(201);
    expect((await http(`${proxy}/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: b.token })).status).toBe(200);
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-nginx-"));
    // nginx's worker processes (an unprivileged user when started as root) use this directory too.
    fs.chmodSync(dir, 0o755);
    await withSql((client) => client.query(`CREATE DATABASE ${DATABASE}`), inject("postgresAdminUrl"));
    const url = new URL(inject("postgresAdminUrl"));
    url.pathname = `/${DATABASE}`;
    databaseUrl = url.toString();
    nginxPort = await freePort();
    proxy = `http://127.0.0.1:${nginxPort}`;
    // One after the other: the machine is small, and the second finds the migrations done.
    instances.push(await startInstance("topology-a"));
    instances.push(await startInstance("topology-b"));
    const ports = instances.map((server) => Number(new URL(server.baseUrl).port));
    nginx = await startNginx(nginxConfig(nginxPort, ports, dir), dir, nginxPort);
  }, 180_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once("exit", resolve));
      nginx.kill("SIGTERM");
      await exited;
    }
    await Promise.all(instances.map((server) => server.stop()));
    if (databaseUrl) await withSql((client) => client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`), inject("postgresAdminUrl"));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the config is deploy/nginx.conf with only the listen port, the upstream servers and nginx's own paths changed", () => {
    const source = fs.readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8");
    const used = fs.readFileSync(path.join(dir, "nginx.conf"), "utf8");
    const significant = (text: string) =>
      text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("#") && !/^(listen |server (app\d+|127\.0\.0\.1):|access_log |\w+_temp_path )/.test(line));
    expect(significant(used)).toEqual(significant(source));
  });

  it("an event crosses instances and nginx within 1 s", async () => {
    const [alice, bob] = [await signUp("Cross Alice"), await signUp("Cross Bob")];
    await befriend(alice, bob);
    const failures: string[] = [];
    const stream = new StreamClient(proxy, bob, alice.id, (what) => failures.push(what));
    try {
      await waitUntil(async () => stream.connects === 1, 10_000, "Bob's stream through nginx");
      // Post on the instance that does not hold Bob's stream, straight to it.
      const counts = await Promise.all(instances.map(openStreams));
      const other = instances[counts.indexOf(Math.min(...counts))]!;
      expect(Math.max(...counts)).toBe(1);
      const sent = await http(`${other.baseUrl}/api/v1/chats/${bob.id}/messages`, { method: "POST", token: alice.token, body: { text: "across instances and nginx" } });
      expect(sent.status).toBe(201);
      const sentAt = Date.now();
      await waitUntil(async () => stream.seen.has(sent.body.id), 3_000, "the message event");
      expect(Date.now() - sentAt).toBeLessThan(1_000);
      expect(failures).toEqual([]);
    } finally {
      await stream.stop();
    }
  });

  it("a client-supplied X-Forwarded-For does not move the per-address limits", async () => {
    // Three registrations per address (REGISTRATIONS_MAX_PER_ADDRESS), each claiming another address.
    const register = (i: number, via: string) =>
      http(`${via}/api/v1/auth/register`, {
        method: "POST",
        body: { email: `xff-${i}-${crypto.randomBytes(4).toString("hex")}@example.test`, password: "topology test passphrase", name: `Forwarded ${i}` },
        headers: { "x-forwarded-for": `198.51.100.${i}` },
      });
    for (let i = 1; i <= 3; i++) expect((await register(i, proxy)).status).toBe(201);
    const fourth = await register(4, proxy);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("rate_limited");
    // The same claimed address sent straight to an instance is believed (no proxy in front):
    // so the header alone would have moved the limit, and nginx is what stops it.
    expect((await register(5, instances[0]!.baseUrl)).status).toBe(201);
  });

  it("a rolling restart under steady mixed traffic fails no request, loses or duplicates no message, and every stream reconnects and resyncs", async () => {
    const failures: string[] = [];
    const fail = (what: string) => failures.push(what);
    const pairs: [User, User][] = [];
    for (let i = 0; i < 5; i++) {
      const pair: [User, User] = [await signUp(`Roll ${i}a`), await signUp(`Roll ${i}b`)];
      await befriend(...pair);
      pairs.push(pair);
    }
    // A waiting room per pair, polled by its first member (half of the users).
    const sessions: number[] = [];
    for (const [a, b] of pairs) {
      const created = await http(`${proxy}/api/v1/sessions/create/`, { method: "POST", token: a.token, body: { participant_id: b.id } });
      expect(created.status).toBe(201);
      sessions.push(created.body.id);
    }
    const streams = pairs.flatMap(([a, b]) => [new StreamClient(proxy, a, b.id, fail), new StreamClient(proxy, b, a.id, fail)]);
    await waitUntil(async () => streams.every((stream) => stream.connects === 1), 15_000, "every stream open");

    const sent: { id: number; text: string; to: number }[] = [];
    let running = true;
    const loops: Promise<void>[] = [];
    pairs.forEach(([a, b], index) => {
      // Polls every 500 ms.
      loops.push(
        (async () => {
          while (running) {
            const reply = await http(`${proxy}/api/v1/sessions/${sessions[index]}/join-eligibility`, { token: a.token });
            if (reply.status !== 200) fail(`poll → ${reply.status} ${JSON.stringify(reply.body)}`);
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        })(),
      );
      // Each member posts about once a second.
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        loops.push(
          (async () => {
            for (let n = 0; running; n++) {
              const text = `roll ${from.id}→${to.id} #${n}`;
              const reply = await http(`${proxy}/api/v1/chats/${to.id}/messages`, { method: "POST", token: from.token, body: { text } });
              if (reply.status === 201) sent.push({ id: reply.body.id, text, to: to.id });
              else fail(`chat post → ${reply.status} ${JSON.stringify(reply.body)}`);
              await new Promise((resolve) => setTimeout(resolve, 700 + Math.random() * 600));
            }
          })(),
        );
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const exits: number[] = [];
    for (const [index, name] of [
      [0, "topology-a"],
      [1, "topology-b"],
    ] as const) {
      const old = instances[index]!;
      const port = Number(new URL(old.baseUrl).port);
      const signalledAt = Date.now();
      await old.stop();
      const { code } = await old.exited;
      expect(code, `${name} exit code`).toBe(0);
      exits.push(Date.now() - signalledAt);
      // README, Operations: out within 10 s of SIGTERM, with streams open.
      expect(Date.now() - signalledAt).toBeLessThan(10_000);
      const fresh = await startInstance(name, port);
      instances[index] = fresh;
      // nginx sends traffic to it again (it skipped the instance while it was down).
      await waitUntil(async () => (await answered(fresh, "/api/v1/sessions/[id]/join-eligibility")) > 0, 20_000, `nginx routing to the restarted ${name}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await Promise.all(loops);

    expect(failures).toEqual([]);
    expect(sent.length).toBeGreaterThan(50);

    // Stored exactly once each, and nothing else stored.
    const ids = pairs.flatMap((pair) => pair.map((user) => user.id));
    const stored = await withSql(
      async (client) =>
        (await client.query<{ text: string; copies: number }>("SELECT text, count(*)::int AS copies FROM messages WHERE sender_id = ANY($1::int[]) GROUP BY text", [ids])).rows,
      databaseUrl,
    );
    expect(stored.filter((row) => row.copies !== 1)).toEqual([]);
    expect(stored.map((row) => row.text).sort()).toEqual(sent.map((message) => message.text).sort());

    // Every stream was cut by one of the restarts and came back; by events and resyncs it has every message sent to it.
    await waitUntil(
      async () => streams.every((stream, index) => sent.filter((message) => message.to === pairs[Math.floor(index / 2)]![index % 2]!.id).every((message) => stream.seen.has(message.id))),
      5_000,
      "every message at its recipient's stream",
    );
    for (const stream of streams) expect(stream.connects).toBeGreaterThanOrEqual(2);
    console.log(
      `[topology] rolling restart: ${sent.length} messages each stored once, ${streams.length} streams reconnected ` +
        `(${streams.map((stream) => stream.connects - 1).join(", ")} times), instances out ${exits.join(" and ")} ms after SIGTERM, 0 failed requests`,
    );
    await Promise.all(streams.map((stream) => stream.stop()));
    expect(failures).toEqual([]);
  }, 150_000);
});
