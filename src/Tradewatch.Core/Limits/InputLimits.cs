using System.Globalization;

namespace Tradewatch.Core.Limits;

/// <summary>
/// The caps every reader checks before it hands input to a parser: how deep a document may nest, how
/// many nodes it may hold, how long a line may be, how large a file may be before and after
/// decompression, how many items a feed may carry and how long one document may take. Each cap can be
/// raised with the environment variable its message names (the nesting depth only up to
/// <see cref="DepthCeiling"/>, past which the parsers' recursion would exhaust the stack).
/// </summary>
public sealed record InputLimits
{
    /// <summary>No document may nest deeper than this, whatever the environment says.</summary>
    public const int DepthCeiling = 500;

    public int MaxDepth { get; init; } = 64;

    public int MaxNodes { get; init; } = 2_000_000;

    public int MaxLineLength { get; init; } = 1 << 20;

    public long MaxFileBytes { get; init; } = 64L << 20;

    public long MaxDecompressedBytes { get; init; } = 256L << 20;

    public int MaxFeedItems { get; init; } = 50_000;

    public TimeSpan DocumentBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The defaults, with any raised by the environment of this process.</summary>
    public static InputLimits Default { get; } = FromEnvironment(Environment.GetEnvironmentVariable);

    public const string DepthVariable = "TRADEWATCH_MAX_DEPTH";
    public const string NodesVariable = "TRADEWATCH_MAX_NODES";
    public const string LineVariable = "TRADEWATCH_MAX_LINE";
    public const string FileVariable = "TRADEWATCH_MAX_FILE_MB";
    public const string DecompressedVariable = "TRADEWATCH_MAX_DECOMPRESSED_MB";
    public const string FeedItemsVariable = "TRADEWATCH_MAX_FEED_ITEMS";
    public const string BudgetVariable = "TRADEWATCH_DOCUMENT_SECONDS";

    /// <summary>The defaults, each replaced by a positive whole number found under its variable name.</summary>
    public static InputLimits FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var limits = new InputLimits();
        long? Get(string name) => long.TryParse(variable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        return limits with
        {
            MaxDepth = (int)Math.Min(Get(DepthVariable) ?? limits.MaxDepth, DepthCeiling),
            MaxNodes = (int)Math.Min(Get(NodesVariable) ?? limits.MaxNodes, int.MaxValue),
            MaxLineLength = (int)Math.Min(Get(LineVariable) ?? limits.MaxLineLength, int.MaxValue),
            MaxFileBytes = Math.Min(Get(FileVariable) ?? (limits.MaxFileBytes >> 20), 1L << 20) << 20,
            MaxDecompressedBytes = Math.Min(Get(DecompressedVariable) ?? (limits.MaxDecompressedBytes >> 20), 1L << 20) << 20,
            MaxFeedItems = (int)Math.Min(Get(FeedItemsVariable) ?? limits.MaxFeedItems, int.MaxValue),
            DocumentBudget = TimeSpan.FromSeconds(Math.Min(Get(BudgetVariable) ?? (long)limits.DocumentBudget.TotalSeconds, 86_400)),
        };
    }

    /// <summary>"the limit is 64 MB (set TRADEWATCH_MAX_FILE_MB to raise it)": the tail of every limit's message.</summary>
    public static string Raise(string limit, string variable) => $"the limit is {limit} (set {variable} to raise it)";

    public string FileTooLarge(long bytes) =>
        $"the file is {Size(bytes)}; {Raise(Size(MaxFileBytes), FileVariable)}";

    public string DecompressesTooLarge() =>
        $"the file decompresses to more than {Size(MaxDecompressedBytes)}; {Raise(Size(MaxDecompressedBytes), DecompressedVariable)}";

    public string TooManyFeedItems(int items) =>
        $"the feed holds {items.ToString("N0", CultureInfo.InvariantCulture)} items or more; {Raise(MaxFeedItems.ToString("N0", CultureInfo.InvariantCulture), FeedItemsVariable)}";

    public string OverBudget() =>
        $"reading it took longer than {DocumentBudget.TotalSeconds:0} s; {Raise($"{DocumentBudget.TotalSeconds:0} s", BudgetVariable)}";

    /// <summary>A byte count as people read it: 812 bytes, 35 KB, 50 MB, 1.2 GB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.#} GB",
    };
}
