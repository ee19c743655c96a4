using System.CommandLine;
using Tradewatch.Storage;

namespace Tradewatch.Cli.Commands;

/// <summary>The <c>--db</c> option the news commands share, and opening the store it names.</summary>
internal static class NewsDatabase
{
    public static Option<string?> Option() =>
        new("--db") { Description = $"The news database file (default: {NewsStore.DefaultPath()})." };

    public static NewsStore Open(string? path, CliContext context)
    {
        try
        {
            return NewsStore.Open(path ?? NewsStore.DefaultPath(), context.Clock);
        }
        catch (StorageException e)
        {
            throw new BadDataException(e.Message);
        }
    }
}
