-- PostgreSQL only (H2 reads classpath:db/vendor/h2, where advising has nothing): a trigram index on the
-- lower-cased search text, which PostgreSQL uses for the free-text search's LIKE '%word%' conditions, so that a
-- search for a rare word or name reads the rows that contain it instead of every row of its dates. The rows found
-- are the same with or without the index. pg_trgm ships with PostgreSQL and may be installed by the database's
-- owner; if it cannot be installed (or another schema already holds it, which is then used), the migration says so
-- in a notice and free-text search works as before, without the index.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
            CREATE EXTENSION pg_trgm SCHEMA public;
        END IF;
    EXCEPTION WHEN insufficient_privilege OR undefined_file OR invalid_schema_name OR unique_violation
            OR duplicate_object THEN
        RAISE NOTICE 'pg_trgm could not be installed (%); free-text search runs without its index', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
     WHERE x.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX advising_engagement_text ON advising_engagement '
            || 'USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
