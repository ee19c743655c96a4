using Tradewatch.News.Text;

namespace Tradewatch.Server.Search;

/// <summary>
/// The words of a search, read as report text is (<see cref="TextNormal.Words"/>: case folded,
/// "U.S." as "us", "8505.11" one word). A text matches when every word of the search starts a word
/// of the text, so "tariff" finds "tariffs"; a search of no words matches everything.
/// </summary>
public sealed class SearchWords
{
    private readonly IReadOnlyList<string> words;

    private SearchWords(IReadOnlyList<string> words) => this.words = words;

    public bool IsEmpty => words.Count == 0;

    public static SearchWords Of(string? query) =>
        new(TextNormal.Words(query ?? string.Empty).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>True when every word starts a word of one of the texts (null texts are skipped).</summary>
    public bool AllIn(params string?[] texts)
    {
        if (words.Count == 0)
        {
            return true;
        }

        var found = texts.Where(t => !string.IsNullOrEmpty(t)).SelectMany(t => TextNormal.Words(t!)).ToList();
        return words.All(w => found.Exists(f => f.StartsWith(w, StringComparison.Ordinal)));
    }
}
