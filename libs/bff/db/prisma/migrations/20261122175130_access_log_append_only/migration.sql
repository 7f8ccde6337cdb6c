-- Hand-written: Prisma cannot express triggers or CHECK constraints.
-- The access log (käyttöloki) is append-only: once written, a row tells what happened and nobody,
-- the BFF included, may change or remove it. The triggers refuse UPDATE and DELETE row by row and
-- TRUNCATE for the whole table, on PostgreSQL and PGlite alike. (Removing the triggers needs the
-- table owner; in production the application's role should not own the table, see
-- docs/modules/privacy.md.) Prisma's diff reads neither triggers nor CHECK constraints, so the
-- drift check stays clean.
ALTER TABLE "access_log_entries"
  ADD CONSTRAINT "access_log_entries_action_check"
  CHECK ("action" IN ('read', 'create', 'update', 'delete', 'export', 'print'));

CREATE FUNCTION "access_log_entries_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log_entries is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "access_log_entries_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "access_log_entries"
  FOR EACH ROW EXECUTE FUNCTION "access_log_entries_refuse_change"();

CREATE TRIGGER "access_log_entries_no_truncate"
  BEFORE TRUNCATE ON "access_log_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_entries_refuse_change"();
