CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"phase_id" uuid,
	"rated_by" text NOT NULL,
	"rating" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_goal_phase_rater_key" UNIQUE("goal_id","phase_id","rated_by"),
	CONSTRAINT "check_ins_rating_check" CHECK ("check_ins"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"success_criteria" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"mentor_comment" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_closures" (
	"match_id" uuid PRIMARY KEY NOT NULL,
	"actor_reflection" text,
	"mentor_reflection" text,
	"continue_meeting" boolean,
	"closed_by" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"booking_id" uuid,
	"author_id" uuid,
	"held_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"format" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"shared_summary" text DEFAULT '' NOT NULL,
	"private_note" text DEFAULT '' NOT NULL,
	"reflection" text,
	"reflected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_logs_booking_id_unique" UNIQUE("booking_id"),
	CONSTRAINT "session_logs_duration_check" CHECK ("session_logs"."duration_minutes" between 5 and 600)
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "health_quiet_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "health_at_risk_days" integer DEFAULT 42 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "health_first_meeting_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_session_id_session_logs_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_phase_id_program_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."program_phases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_closures" ADD CONSTRAINT "match_closures_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_closures" ADD CONSTRAINT "match_closures_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_match_idx" ON "action_items" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "goals_match_idx" ON "goals" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "session_logs_match_idx" ON "session_logs" USING btree ("match_id","held_at");--> statement-breakpoint
CREATE INDEX "session_logs_program_idx" ON "session_logs" USING btree ("program_id","held_at");