using System.CommandLine;
using Tradewatch.Storage;

namespace Tradewatch.Cli.Commands;

/// <summary>The <c>--db</c> option the news commands share, and opening the store it names.</summary>
internal static class NewsDatabase
{
    public static Option<string?> Option() =>
        new("--db") { Description = $"The news database file (default: {NewsStore.DefaultPath()})." };

    /// <summary>The <c>--db</c> option of the ledger answers: the store whose accepted review records are added to the ledger.</summary>
    public static Option<string?> LedgerOption() =>
        new("--db") { Description = "Add the ledger records accepted in this news database's review queue (default: the default database, when it exists and no --ledger is given)." };

    public static NewsStore Open(string? path, CliContext context) => NewsStore.Open(path ?? context.DefaultDatabase, context.Clock);
}
