CREATE TABLE "pair_activity" (
	"match_id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"sessions_held" integer DEFAULT 0 NOT NULL,
	"last_session_at" timestamp with time zone,
	"latest_actor_rating" smallint
);
--> statement-breakpoint
ALTER TABLE "pair_activity" ADD CONSTRAINT "pair_activity_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_activity" ADD CONSTRAINT "pair_activity_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pair_activity_program_idx" ON "pair_activity" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "bookings_match_idx" ON "bookings" USING btree ("match_id","starts_at") WHERE "bookings"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "action_items_open_idx" ON "action_items" USING btree ("match_id","due_on") WHERE "action_items"."done_at" is null;--> statement-breakpoint
-- Keeps pair_activity true to session_logs and check_ins. The pair's row is taken (and locked)
-- first, then the totals are recounted: a concurrent writer for the same pair waits for the lock,
-- and the recount that follows, a new statement, sees its committed rows. So no count is lost
-- however writes interleave, and a recount (unlike +1/-1) also mends any earlier drift.
CREATE OR REPLACE FUNCTION pair_activity_refresh(p_match uuid) RETURNS void AS $$
BEGIN
  INSERT INTO pair_activity (match_id, program_id)
    SELECT id, program_id FROM matches WHERE id = p_match
    ON CONFLICT (match_id) DO UPDATE SET match_id = excluded.match_id;
  UPDATE pair_activity pa SET
    sessions_held = s.n,
    last_session_at = s.last,
    latest_actor_rating = (
      SELECT c.rating FROM check_ins c JOIN goals g ON g.id = c.goal_id
      WHERE g.match_id = p_match AND c.rated_by = 'actor'
      ORDER BY c.created_at DESC, c.id DESC LIMIT 1)
  FROM (SELECT count(*)::int AS n, max(held_at) AS last FROM session_logs WHERE match_id = p_match) s
  WHERE pa.match_id = p_match;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION session_logs_pair_activity() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM pair_activity_refresh(OLD.match_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.match_id <> OLD.match_id) THEN
    PERFORM pair_activity_refresh(NEW.match_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER session_logs_pair_activity
  AFTER INSERT OR DELETE OR UPDATE OF match_id, held_at ON session_logs
  FOR EACH ROW EXECUTE FUNCTION session_logs_pair_activity();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION check_ins_pair_activity() RETURNS trigger AS $$
DECLARE
  pair uuid;
BEGIN
  SELECT match_id INTO pair FROM goals WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.goal_id ELSE NEW.goal_id END);
  -- A check-in deleted with its goal finds no goal: the goal's own trigger recounts the pair.
  IF pair IS NOT NULL THEN PERFORM pair_activity_refresh(pair); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER check_ins_pair_activity
  AFTER INSERT OR DELETE OR UPDATE OF rating, rated_by, goal_id ON check_ins
  FOR EACH ROW EXECUTE FUNCTION check_ins_pair_activity();
--> statement-breakpoint
-- A goal deleted on its own takes its check-ins along, and those check-ins no longer find their
-- goal to say which pair they counted for, so the goal recounts its pair itself.
CREATE OR REPLACE FUNCTION goals_pair_activity() RETURNS trigger AS $$
BEGIN
  PERFORM pair_activity_refresh(OLD.match_id);
  IF TG_OP = 'UPDATE' THEN PERFORM pair_activity_refresh(NEW.match_id); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER goals_pair_activity
  AFTER DELETE OR UPDATE OF match_id ON goals
  FOR EACH ROW EXECUTE FUNCTION goals_pair_activity();
--> statement-breakpoint
-- Pairs that already have sessions or check-ins.
INSERT INTO pair_activity (match_id, program_id) SELECT id, program_id FROM matches;
--> statement-breakpoint
SELECT pair_activity_refresh(match_id) FROM pair_activity;
