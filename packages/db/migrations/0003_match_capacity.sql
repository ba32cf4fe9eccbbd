-- A mentor's open matches (proposed, active, paused) never exceed the capacity on their profile
-- in that program; a mentor without a stated capacity takes none. Drizzle has no DSL for this.
-- The mentor's participant row is locked first, so concurrent confirmations queue up instead of
-- both seeing room for one more.
CREATE OR REPLACE FUNCTION matches_check_mentor_capacity() RETURNS trigger AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  IF NEW.status NOT IN ('proposed', 'active', 'paused') THEN
    RETURN NEW;
  END IF;
  SELECT pr.capacity INTO cap
    FROM participants p
    LEFT JOIN profiles pr ON pr.participant_id = p.id
    WHERE p.program_id = NEW.program_id AND p.user_id = NEW.mentor_id AND p.role = 'mentor' AND p.removed_at IS NULL
    FOR UPDATE OF p;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'user % is not a mentor of program %', NEW.mentor_id, NEW.program_id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'matches_mentor_participant';
  END IF;
  SELECT count(*) INTO taken FROM matches
    WHERE program_id = NEW.program_id AND mentor_id = NEW.mentor_id
      AND status IN ('proposed', 'active', 'paused') AND id <> NEW.id;
  IF taken + 1 > coalesce(cap, 0) THEN
    RAISE EXCEPTION 'mentor % is at capacity (%)', NEW.mentor_id, coalesce(cap, 0)
      USING ERRCODE = 'check_violation', CONSTRAINT = 'matches_mentor_capacity';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER matches_mentor_capacity
  BEFORE INSERT OR UPDATE OF status, mentor_id ON matches
  FOR EACH ROW EXECUTE FUNCTION matches_check_mentor_capacity();
--> statement-breakpoint
-- The actor must be an actor of the same program.
CREATE OR REPLACE FUNCTION matches_check_actor() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM participants WHERE program_id = NEW.program_id AND user_id = NEW.actor_id AND role = 'actor') THEN
    RAISE EXCEPTION 'user % is not an actor of program %', NEW.actor_id, NEW.program_id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'matches_actor_participant';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER matches_actor_participant
  BEFORE INSERT OR UPDATE OF actor_id ON matches
  FOR EACH ROW EXECUTE FUNCTION matches_check_actor();
