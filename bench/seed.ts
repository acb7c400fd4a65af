// Seeds the benchmark's population straight into the configured database (run before the
// server starts, so it also works on the embedded database): BENCH_ROOMS pairs of friends,
// each with an active session (a waiting room) and a conversation with one message.
import { loadEnv } from "../lib/env";
import { openSqlRunner } from "../lib/db/connect";

const rooms = Number(process.argv[2] ?? 500);
const runner = await openSqlRunner(loadEnv());
await runner.exec(`
  INSERT INTO users (id, email, name, password_hash, updated_at)
    SELECT g, 'bench-' || g || '@bench.test', 'Bench ' || g, 'not-a-hash', now() FROM generate_series(1, ${rooms * 2}) g;
  SELECT setval(pg_get_serial_sequence('users', 'id'), ${rooms * 2});
  INSERT INTO friendships (user_low_id, user_high_id) SELECT 2 * g - 1, 2 * g FROM generate_series(1, ${rooms}) g;
  INSERT INTO sessions (id, initiator_id, participant_id, status, started_by_id, video_provider, zoom_meeting_url, started_at, participant_ready, updated_at)
    SELECT g, 2 * g - 1, 2 * g, 'active', 2 * g - 1, 'jitsi', 'https://meet.example/bench-' || g, now(), g % 2 = 0, now() FROM generate_series(1, ${rooms}) g;
  SELECT setval(pg_get_serial_sequence('sessions', 'id'), ${rooms});
  INSERT INTO conversations (id, user_low_id, user_high_id, last_message_at) SELECT g, 2 * g - 1, 2 * g, now() FROM generate_series(1, ${rooms}) g;
  SELECT setval(pg_get_serial_sequence('conversations', 'id'), ${rooms});
  INSERT INTO messages (id, conversation_id, sender_id, text) SELECT g, g, 2 * g - 1, 'hello' FROM generate_series(1, ${rooms}) g;
  SELECT setval(pg_get_serial_sequence('messages', 'id'), ${rooms});
`);
await runner.close();
