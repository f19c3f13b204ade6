-- The login role OpenHall runs as (应用账户). Flyway runs as the database owner; the application
-- connects as openhall_app, which may read and write rows but not change the schema, and (see
-- V10_3) never update, delete or truncate audit records. Roles belong to the whole server, so the
-- role may exist already (another database of the same server, or another migration running at
-- the same time): create it only when missing, and take a concurrent creation for success.
-- The role has no password here: set one with ALTER ROLE openhall_app PASSWORD '…' where the
-- server asks for passwords (docs/security.md, "Audit trail").
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'openhall_app') THEN
        BEGIN
            CREATE ROLE openhall_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END IF;
END
$$;

-- Everything that exists now, and (default privileges) every table and sequence later migrations
-- create as the same owner: rows may be read and written, nothing else.
DO $$
DECLARE
    target text := quote_ident(current_schema());
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO openhall_app', current_database());
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO openhall_app', target);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s TO openhall_app', target);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO openhall_app', target);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO openhall_app',
                   target);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO openhall_app',
                   target);
END
$$;
