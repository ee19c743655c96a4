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
