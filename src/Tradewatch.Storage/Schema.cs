using Dapper;
using Microsoft.Data.Sqlite;

namespace Tradewatch.Storage;

/// <summary>The database schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many have run.</summary>
internal static class Schema
{
    private static readonly string[] Migrations =
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
    ];

    public static void Migrate(SqliteConnection connection)
    {
        var version = connection.ExecuteScalar<long>("PRAGMA user_version");
        for (var v = (int)version; v < Migrations.Length; v++)
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(Migrations[v], transaction: tx);
            connection.Execute($"PRAGMA user_version = {v + 1}", transaction: tx);
            tx.Commit();
        }
    }
}
