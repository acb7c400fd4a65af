-- The change feed (lib/changes/): every committed change to a session, message, friend
-- request, friendship, or a user's role, token version, name or email announces
-- {"kind", "id", "users"} on the channel pairline_changes. pg_notify runs inside the
-- writing transaction, so a change is announced exactly when (and only if) it commits,
-- whichever code path or SQL console made it. Ids only: readers re-read what they need.

CREATE FUNCTION pairline_announce(kind text, id json, users integer[]) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('pairline_changes', json_build_object('kind', kind, 'id', id, 'users', array_remove(users, NULL))::text);
$$;

CREATE FUNCTION pairline_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r sessions%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pairline_announce('session', to_json(r.id), ARRAY[r.initiator_id, r.participant_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_announce AFTER INSERT OR UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION pairline_session_changed();

CREATE FUNCTION pairline_message_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r messages%ROWTYPE; c conversations%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT * INTO c FROM conversations WHERE conversations.id = r.conversation_id;
  PERFORM pairline_announce('message', to_json(r.id), ARRAY[c.user_low_id, c.user_high_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER messages_announce AFTER INSERT OR UPDATE OR DELETE ON messages
  FOR EACH ROW EXECUTE FUNCTION pairline_message_changed();

CREATE FUNCTION pairline_friend_request_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r friend_requests%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pairline_announce('friend_request', to_json(r.id), ARRAY[r.from_user_id, r.to_user_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER friend_requests_announce AFTER INSERT OR UPDATE OR DELETE ON friend_requests
  FOR EACH ROW EXECUTE FUNCTION pairline_friend_request_changed();

CREATE FUNCTION pairline_friendship_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r friendships%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pairline_announce('friendship', to_json(r.user_low_id || ':' || r.user_high_id), ARRAY[r.user_low_id, r.user_high_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER friendships_announce AFTER INSERT OR UPDATE OR DELETE ON friendships
  FOR EACH ROW EXECUTE FUNCTION pairline_friendship_changed();

-- Users: only what a cache may hold (authorization facts and the names shown to others).
CREATE FUNCTION pairline_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r users%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pairline_announce('user', to_json(r.id), ARRAY[r.id]);
  RETURN NULL;
END $$;

CREATE TRIGGER users_announce AFTER UPDATE OF role, token_version, name, email ON users
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.token_version IS DISTINCT FROM NEW.token_version
                     OR OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION pairline_user_changed();

CREATE TRIGGER users_announce_delete AFTER DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION pairline_user_changed();
