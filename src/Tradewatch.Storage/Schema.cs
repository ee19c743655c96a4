using System.Data.Common;
using Dapper;
using Tradewatch.Core;

namespace Tradewatch.Storage;

/// <summary>The database schema as an ordered list of migrations per provider, the same versions on both.</summary>
internal static class Schema
{
    // Migrations written the same on both providers, listed in both.

    // A new report was checked for retelling the held reports close in time, whatever their story: each
    // kept the date stories go by (the date the page prints; reports stored before keep their own), and a
    // story counted its undated reports. That check was taken back (docs/scaling.md, "Order of arrival");
    // the columns stay, unread, so the versions of stores made meanwhile keep their meaning.
    private const string StoryDates =
        """
        ALTER TABLE reports ADD COLUMN story_date TEXT;
        UPDATE reports SET story_date = own_date;
        ALTER TABLE stories ADD COLUMN undated BIGINT NOT NULL DEFAULT 0;
        UPDATE stories SET undated = (SELECT COUNT(*) FROM reports r WHERE r.story_id = stories.id AND r.story_date IS NULL);
        """;

    // A report's copies are found from either side of a duplicate link: the primary key leads with first_id, so a walk
    // of a copy group by second_id read the whole index at each step (239 ms for a group of 2,772 reports at 11,000
    // links, 10 ms with this index; bench/results/ingest-team.md).
    private const string DuplicateSecondIndex =
        """
        CREATE INDEX duplicates_second ON duplicates(second_id);
        """;

    // A report's copy group, named by its first report's id and kept as links are added
    // (NewsStore.JoinCopyGroups): finding whether two reports carry one text was a walk of the links.
    // Stores made before get their groups from the links they hold.
    private const string CopyGroups =
        """
        ALTER TABLE reports ADD COLUMN copy_group BIGINT;
        CREATE TEMP TABLE copy_roots AS
            WITH RECURSIVE reach(id, root) AS (
                SELECT id, id FROM reports
                UNION
                SELECT CASE WHEN d.first_id = r.id THEN d.second_id ELSE d.first_id END, r.root
                FROM reach r JOIN duplicates d ON d.first_id = r.id OR d.second_id = r.id)
            SELECT id, MIN(root) AS root FROM reach GROUP BY id;
        UPDATE reports SET copy_group = (SELECT root FROM copy_roots c WHERE c.id = reports.id);
        DROP TABLE copy_roots;
        CREATE INDEX reports_copy_group ON reports(copy_group);
        """;

    // The keys a report is found under as a candidate rewrite of another (SentenceKeys), so that the same pairs are
    // compared whatever arrived first. Reports stored before are keyed by the next ingest (NewsStore.CatchUpSentenceKeys),
    // which marks each report keyed: a report with no sentence long enough has no keys and is not read again.
    private const string SentenceKeyTable =
        """
        CREATE TABLE report_sentence_keys (
            sentence_key  BIGINT NOT NULL,
            report_id     BIGINT NOT NULL REFERENCES reports(id)
        );
        CREATE INDEX report_sentence_keys_key ON report_sentence_keys(sentence_key);
        ALTER TABLE reports ADD COLUMN sentence_keyed BIGINT NOT NULL DEFAULT 0;
        """;

    // A full LSH bucket kept its first members, so which earlier reports a new one was compared with depended on the
    // order they came in. Members now go by rank, the report's content hash, as NearDuplicateIndex keeps them in memory.
    private const string BandRanks =
        """
        ALTER TABLE report_bands ADD COLUMN member_rank TEXT;
        UPDATE report_bands SET member_rank = (SELECT content_hash FROM reports r WHERE r.id = report_bands.report_id);
        DROP INDEX report_bands_key;
        CREATE INDEX report_bands_key ON report_bands(band_key, member_rank);
        """;

    // A copy group was the closure of the duplicate links, named by its first report, so each version link could join two
    // groups whole. A group is now its anchor and the reports linked to it (CopyGroups), named by the anchor's id. The
    // groups of the reports held are named again from their links as soon as the store is opened to write, right after
    // this migration (NewsStore.CatchUpCopyGroups); a reader before that makes them from the links (NewsStore.DuplicateGroups).
    private const string AnchoredCopyGroups =
        """
        UPDATE reports SET copy_group = NULL;
        """;

    private static readonly string[] SqliteMigrations =
    [
        """
        CREATE TABLE stories (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            first_date  TEXT,
            last_date   TEXT,
            size        INTEGER NOT NULL,
            centroid    TEXT NOT NULL,
            economies   TEXT NOT NULL
        );
        CREATE TABLE reports (
            id             INTEGER PRIMARY KEY,
            content_hash   TEXT NOT NULL UNIQUE,
            source_id      TEXT NOT NULL,
            title          TEXT,
            url            TEXT,
            outlet         TEXT,
            published      TEXT,
            published_from TEXT NOT NULL,
            text           TEXT NOT NULL,
            story_id       INTEGER NOT NULL REFERENCES stories(id),
            ingested_at    TEXT NOT NULL
        );
        CREATE INDEX reports_story ON reports(story_id);
        CREATE TABLE report_bands (
            band_key   INTEGER NOT NULL,
            report_id  INTEGER NOT NULL REFERENCES reports(id)
        );
        CREATE INDEX report_bands_key ON report_bands(band_key);
        CREATE TABLE duplicates (
            first_id   INTEGER NOT NULL REFERENCES reports(id),
            second_id  INTEGER NOT NULL REFERENCES reports(id),
            relation   TEXT NOT NULL,
            jaccard    REAL NOT NULL,
            containment REAL NOT NULL,
            PRIMARY KEY (first_id, second_id)
        );
        CREATE TABLE term_frequencies (
            term  TEXT PRIMARY KEY,
            df    INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
        // The review queue. Append-only: the triggers refuse updates and deletes, so a proposal, a
        // decision and an accepted ledger record, once written, stay as written.
        """
        CREATE TABLE proposals (
            id           INTEGER PRIMARY KEY,
            claim_key    TEXT NOT NULL UNIQUE,
            kind         TEXT NOT NULL,
            claim        TEXT NOT NULL,
            summary      TEXT NOT NULL,
            verdict      TEXT NOT NULL,
            explanation  TEXT NOT NULL,
            change       TEXT NOT NULL,
            proposed_at  TEXT NOT NULL
        );
        CREATE TABLE proposal_sources (
            proposal_id  INTEGER NOT NULL REFERENCES proposals(id),
            document     TEXT NOT NULL,
            url          TEXT,
            outlet       TEXT,
            PRIMARY KEY (proposal_id, document)
        );
        CREATE TABLE review_decisions (
            proposal_id  INTEGER PRIMARY KEY REFERENCES proposals(id),
            decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            reviewer     TEXT NOT NULL,
            reason       TEXT,
            decided_at   TEXT NOT NULL
        );
        CREATE TABLE ledger_records (
            id           INTEGER PRIMARY KEY,
            proposal_id  INTEGER NOT NULL UNIQUE REFERENCES review_decisions(proposal_id),
            record_id    TEXT NOT NULL UNIQUE,
            change       TEXT NOT NULL,
            sources      TEXT NOT NULL,
            note         TEXT NOT NULL,
            yaml         TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            recorded_by  TEXT NOT NULL
        );
        CREATE TRIGGER proposals_append_only_u BEFORE UPDATE ON proposals BEGIN SELECT RAISE(ABORT, 'proposals are append-only'); END;
        CREATE TRIGGER proposals_append_only_d BEFORE DELETE ON proposals BEGIN SELECT RAISE(ABORT, 'proposals are append-only'); END;
        CREATE TRIGGER proposal_sources_append_only_u BEFORE UPDATE ON proposal_sources BEGIN SELECT RAISE(ABORT, 'proposal sources are append-only'); END;
        CREATE TRIGGER proposal_sources_append_only_d BEFORE DELETE ON proposal_sources BEGIN SELECT RAISE(ABORT, 'proposal sources are append-only'); END;
        CREATE TRIGGER review_decisions_append_only_u BEFORE UPDATE ON review_decisions BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
        CREATE TRIGGER review_decisions_append_only_d BEFORE DELETE ON review_decisions BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
        CREATE TRIGGER ledger_records_append_only_u BEFORE UPDATE ON ledger_records BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
        CREATE TRIGGER ledger_records_append_only_d BEFORE DELETE ON ledger_records BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
        """,
        // Narrowing an open proposal and revoking an accepted one: appended like the rest, so the
        // trail of a ledger record shows every step that made and unmade it.
        """
        CREATE TABLE proposal_amendments (
            id           INTEGER PRIMARY KEY,
            proposal_id  INTEGER NOT NULL REFERENCES proposals(id),
            change       TEXT NOT NULL,
            reviewer     TEXT NOT NULL,
            reason       TEXT NOT NULL,
            amended_at   TEXT NOT NULL
        );
        CREATE INDEX proposal_amendments_proposal ON proposal_amendments(proposal_id);
        CREATE TABLE review_revocations (
            proposal_id  INTEGER PRIMARY KEY REFERENCES ledger_records(proposal_id),
            reviewer     TEXT NOT NULL,
            reason       TEXT NOT NULL,
            revoked_at   TEXT NOT NULL
        );
        CREATE TRIGGER proposal_amendments_append_only_u BEFORE UPDATE ON proposal_amendments BEGIN SELECT RAISE(ABORT, 'proposal amendments are append-only'); END;
        CREATE TRIGGER proposal_amendments_append_only_d BEFORE DELETE ON proposal_amendments BEGIN SELECT RAISE(ABORT, 'proposal amendments are append-only'); END;
        CREATE TRIGGER review_revocations_append_only_u BEFORE UPDATE ON review_revocations BEGIN SELECT RAISE(ABORT, 'revocations are append-only'); END;
        CREATE TRIGGER review_revocations_append_only_d BEFORE DELETE ON review_revocations BEGIN SELECT RAISE(ABORT, 'revocations are append-only'); END;
        """,
        // Claims are extracted once per report, at ingest, and kept with their spans; a story records the
        // last report that changed it, so a writer in another process reloads only what changed.
        """
        CREATE TABLE report_claims (
            report_id  BIGINT PRIMARY KEY REFERENCES reports(id),
            datelines  TEXT NOT NULL,
            claims     TEXT NOT NULL,
            gaps       TEXT NOT NULL
        );
        ALTER TABLE stories ADD COLUMN last_report BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX stories_last_report ON stories(last_report);
        """,
        // A story's undated reports are dated again as the story grows, from what each report was read
        // as (its source) and the date it gives itself. Reports stored before keep the date they have as
        // their own; those without one are dated again from their stored text.
        """
        ALTER TABLE reports ADD COLUMN own_date TEXT;
        ALTER TABLE reports ADD COLUMN own_from TEXT NOT NULL DEFAULT 'declared';
        ALTER TABLE reports ADD COLUMN source TEXT;
        UPDATE reports SET own_date = published, own_from = CASE WHEN published IS NULL THEN 'none' ELSE 'declared' END;
        """,
        // A proposal carries how far its reading can be trusted and the sentence it was read from, so a
        // reviewer judges the words, not only the numbers; proposals made before have neither.
        """
        ALTER TABLE proposals ADD COLUMN confidence REAL;
        ALTER TABLE proposals ADD COLUMN sentence TEXT;
        """,
        // The accounts that may sign in and their API tokens, in the store every server shares. Stores
        // made before this migration may have the two tables already (they were made on first use).
        """
        CREATE TABLE IF NOT EXISTS accounts (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role           TEXT NOT NULL,
            password_hash  TEXT NOT NULL,
            created_at     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS api_tokens (
            token_hash  TEXT PRIMARY KEY,
            account_id  INTEGER NOT NULL REFERENCES accounts(id),
            label       TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        StoryDates,
        DuplicateSecondIndex,
        CopyGroups,
        SentenceKeyTable,
        BandRanks,
        // What the stored reports now say of an open proposal's claim, appended at each propose run that
        // finds it changed: read differently (or no longer read) as more reports arrived, held by the
        // ledger now, or read so again. The latest row stands; a proposal read differently is not
        // accepted as it stands.
        """
        CREATE TABLE proposal_readings (
            id           INTEGER PRIMARY KEY,
            proposal_id  INTEGER NOT NULL REFERENCES proposals(id),
            standing     TEXT NOT NULL,
            claim        TEXT,
            words        TEXT,
            explanation  TEXT NOT NULL,
            read_at      TEXT NOT NULL
        );
        CREATE INDEX proposal_readings_proposal ON proposal_readings(proposal_id);
        CREATE TRIGGER proposal_readings_append_only_u BEFORE UPDATE ON proposal_readings BEGIN SELECT RAISE(ABORT, 'proposal readings are append-only'); END;
        CREATE TRIGGER proposal_readings_append_only_d BEFORE DELETE ON proposal_readings BEGIN SELECT RAISE(ABORT, 'proposal readings are append-only'); END;
        """,
        AnchoredCopyGroups,
    ];

    private static readonly string[] PostgresMigrations =
    [
        """
        CREATE TABLE stories (
            id          BIGINT PRIMARY KEY,
            title       TEXT NOT NULL,
            first_date  TEXT,
            last_date   TEXT,
            size        BIGINT NOT NULL,
            centroid    TEXT NOT NULL,
            economies   TEXT NOT NULL
        );
        CREATE TABLE reports (
            id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            content_hash   TEXT NOT NULL UNIQUE,
            source_id      TEXT NOT NULL,
            title          TEXT,
            url            TEXT,
            outlet         TEXT,
            published      TEXT,
            published_from TEXT NOT NULL,
            text           TEXT NOT NULL,
            story_id       BIGINT NOT NULL REFERENCES stories(id),
            ingested_at    TEXT NOT NULL
        );
        CREATE INDEX reports_story ON reports(story_id);
        CREATE TABLE report_bands (
            band_key   BIGINT NOT NULL,
            report_id  BIGINT NOT NULL REFERENCES reports(id)
        );
        CREATE INDEX report_bands_key ON report_bands(band_key);
        CREATE TABLE duplicates (
            first_id    BIGINT NOT NULL REFERENCES reports(id),
            second_id   BIGINT NOT NULL REFERENCES reports(id),
            relation    TEXT NOT NULL,
            jaccard     DOUBLE PRECISION NOT NULL,
            containment DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (first_id, second_id)
        );
        CREATE TABLE term_frequencies (
            term  TEXT PRIMARY KEY,
            df    BIGINT NOT NULL
        );
        """,
        // The review queue, append-only as on SQLite: the triggers refuse updates, deletes and truncation.
        """
        CREATE TABLE proposals (
            id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            claim_key    TEXT NOT NULL UNIQUE,
            kind         TEXT NOT NULL,
            claim        TEXT NOT NULL,
            summary      TEXT NOT NULL,
            verdict      TEXT NOT NULL,
            explanation  TEXT NOT NULL,
            change       TEXT NOT NULL,
            proposed_at  TEXT NOT NULL
        );
        CREATE TABLE proposal_sources (
            proposal_id  BIGINT NOT NULL REFERENCES proposals(id),
            document     TEXT NOT NULL,
            url          TEXT,
            outlet       TEXT,
            PRIMARY KEY (proposal_id, document)
        );
        CREATE TABLE review_decisions (
            proposal_id  BIGINT PRIMARY KEY REFERENCES proposals(id),
            decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            reviewer     TEXT NOT NULL,
            reason       TEXT,
            decided_at   TEXT NOT NULL
        );
        CREATE TABLE ledger_records (
            id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            proposal_id  BIGINT NOT NULL UNIQUE REFERENCES review_decisions(proposal_id),
            record_id    TEXT NOT NULL UNIQUE,
            change       TEXT NOT NULL,
            sources      TEXT NOT NULL,
            note         TEXT NOT NULL,
            yaml         TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            recorded_by  TEXT NOT NULL
        );
        CREATE FUNCTION tradewatch_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% are append-only', TG_TABLE_NAME;
        END
        $$;
        CREATE TRIGGER proposals_append_only BEFORE UPDATE OR DELETE ON proposals FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER proposals_no_truncate BEFORE TRUNCATE ON proposals FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER proposal_sources_append_only BEFORE UPDATE OR DELETE ON proposal_sources FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER proposal_sources_no_truncate BEFORE TRUNCATE ON proposal_sources FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER review_decisions_append_only BEFORE UPDATE OR DELETE ON review_decisions FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER review_decisions_no_truncate BEFORE TRUNCATE ON review_decisions FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER ledger_records_append_only BEFORE UPDATE OR DELETE ON ledger_records FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER ledger_records_no_truncate BEFORE TRUNCATE ON ledger_records FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        """,
        // Narrowing and revoking, appended like the rest (as on SQLite).
        """
        CREATE TABLE proposal_amendments (
            id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            proposal_id  BIGINT NOT NULL REFERENCES proposals(id),
            change       TEXT NOT NULL,
            reviewer     TEXT NOT NULL,
            reason       TEXT NOT NULL,
            amended_at   TEXT NOT NULL
        );
        CREATE INDEX proposal_amendments_proposal ON proposal_amendments(proposal_id);
        CREATE TABLE review_revocations (
            proposal_id  BIGINT PRIMARY KEY REFERENCES ledger_records(proposal_id),
            reviewer     TEXT NOT NULL,
            reason       TEXT NOT NULL,
            revoked_at   TEXT NOT NULL
        );
        CREATE TRIGGER proposal_amendments_append_only BEFORE UPDATE OR DELETE ON proposal_amendments FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER proposal_amendments_no_truncate BEFORE TRUNCATE ON proposal_amendments FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER review_revocations_append_only BEFORE UPDATE OR DELETE ON review_revocations FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER review_revocations_no_truncate BEFORE TRUNCATE ON review_revocations FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        """,
        // Claims are extracted once per report, at ingest, and kept with their spans; a story records the
        // last report that changed it, so a writer in another process reloads only what changed.
        """
        CREATE TABLE report_claims (
            report_id  BIGINT PRIMARY KEY REFERENCES reports(id),
            datelines  TEXT NOT NULL,
            claims     TEXT NOT NULL,
            gaps       TEXT NOT NULL
        );
        ALTER TABLE stories ADD COLUMN last_report BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX stories_last_report ON stories(last_report);
        """,
        // A story's undated reports are dated again as the story grows, from what each report was read
        // as (its source) and the date it gives itself. Reports stored before keep the date they have as
        // their own; those without one are dated again from their stored text.
        """
        ALTER TABLE reports ADD COLUMN own_date TEXT;
        ALTER TABLE reports ADD COLUMN own_from TEXT NOT NULL DEFAULT 'declared';
        ALTER TABLE reports ADD COLUMN source TEXT;
        UPDATE reports SET own_date = published, own_from = CASE WHEN published IS NULL THEN 'none' ELSE 'declared' END;
        """,
        // A proposal carries how far its reading can be trusted and the sentence it was read from, so a
        // reviewer judges the words, not only the numbers; proposals made before have neither.
        """
        ALTER TABLE proposals ADD COLUMN confidence DOUBLE PRECISION;
        ALTER TABLE proposals ADD COLUMN sentence TEXT;
        """,
        // The accounts that may sign in and their API tokens; names are unique without case (ASCII, as on SQLite).
        """
        CREATE TABLE accounts (
            id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name           TEXT NOT NULL,
            role           TEXT NOT NULL,
            password_hash  TEXT NOT NULL,
            created_at     TEXT NOT NULL
        );
        CREATE UNIQUE INDEX accounts_name ON accounts (lower(name));
        CREATE TABLE api_tokens (
            token_hash  TEXT PRIMARY KEY,
            account_id  BIGINT NOT NULL REFERENCES accounts(id),
            label       TEXT NOT NULL,
            created_at  TEXT NOT NULL
        );
        """,
        StoryDates,
        DuplicateSecondIndex,
        CopyGroups,
        SentenceKeyTable,
        BandRanks,
        // An open proposal's current reading, appended like the rest (as on SQLite).
        """
        CREATE TABLE proposal_readings (
            id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            proposal_id  BIGINT NOT NULL REFERENCES proposals(id),
            standing     TEXT NOT NULL,
            claim        TEXT,
            words        TEXT,
            explanation  TEXT NOT NULL,
            read_at      TEXT NOT NULL
        );
        CREATE INDEX proposal_readings_proposal ON proposal_readings(proposal_id);
        CREATE TRIGGER proposal_readings_append_only BEFORE UPDATE OR DELETE ON proposal_readings FOR EACH ROW EXECUTE FUNCTION tradewatch_append_only();
        CREATE TRIGGER proposal_readings_no_truncate BEFORE TRUNCATE ON proposal_readings FOR EACH STATEMENT EXECUTE FUNCTION tradewatch_append_only();
        """,
        AnchoredCopyGroups,
    ];

    /// <summary>
    /// The version since which the accepted ledger records and their revocations (<c>ledger_records</c>,
    /// <c>review_revocations</c>) read as this version reads them: a ledger answer adding them may read a store
    /// made by an older Tradewatch from that version on. Raise it with a migration that changes either table.
    /// </summary>
    public const long AcceptedRecordsSince = 3;

    /// <summary>
    /// Runs the migrations not yet applied, the same way on both providers: each version once, recorded
    /// in <c>schema_migrations</c>. The check is made again under the store's write lock, so two processes
    /// creating one store take turns and the second finds the work done.
    /// </summary>
    /// <param name="db">The store's database.</param>
    /// <param name="oldestReadable">
    /// For a reader: the oldest version it reads as this one does (<see cref="AcceptedRecordsSince"/>); a store at
    /// that version or later is read as it is. By default only a store at this version is read.
    /// </param>
    public static void Migrate(Database db, long oldestReadable = long.MaxValue)
    {
        var migrations = db.Provider == StoreProvider.Postgres ? PostgresMigrations : SqliteMigrations;
        var current = Applied(db, null);
        if (current >= migrations.Length || (db.ReadOnly && current >= oldestReadable))
        {
            return;
        }

        if (db.ReadOnly)
        {
            // A reader never changes the schema, on either provider: a question must not migrate a store under the servers sharing it.
            throw new StorageException(current == 0
                ? $"'{db.Location.Display}' holds no news store, and it is opened here only to be read, so none is made in it: ingest reports into it first."
                : $"the news database '{db.Location.Display}' was made by an older Tradewatch (schema version {current}, this one needs {migrations.Length}) and is opened here only to be read, so it is not brought up to date: run a command that writes to it (such as ingest) where it can be written, then read it.");
        }

        using var tx = db.BeginWrite();
        db.Connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)", transaction: tx);
        var applied = Applied(db, tx);
        if (applied == 0 && db.Provider == StoreProvider.Sqlite)
        {
            // Stores made before schema_migrations counted their migrations in user_version.
            applied = db.Connection.ExecuteScalar<long>("PRAGMA user_version", transaction: tx);
            Record(db, tx, 1, applied);
        }

        for (var v = applied; v < migrations.Length; v++)
        {
            db.Connection.Execute(migrations[v], transaction: tx);
            Record(db, tx, v + 1, v + 1);
        }

        tx.Commit();
    }

    /// <summary>The schema version the store's database is at; 0 when it holds no store.</summary>
    public static long Version(Database db) => Applied(db, null);

    private static long Applied(Database db, DbTransaction? tx)
    {
        var exists = db.Provider == StoreProvider.Postgres
            ? db.Connection.ExecuteScalar<bool>("SELECT to_regclass('schema_migrations') IS NOT NULL", transaction: tx)
            : db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", transaction: tx) > 0;
        return exists ? db.Connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_migrations", transaction: tx) ?? 0 : 0;
    }

    private static void Record(Database db, DbTransaction tx, long from, long to)
    {
        for (var v = from; v <= to; v++)
        {
            db.Connection.Execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @at)",
                new { v, at = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                tx);
        }
    }
}
