using Tradewatch.News.Text;

namespace Tradewatch.App.Search;

/// <summary>
/// The stems of a text's words (read as <see cref="SearchWords"/> reads a search), made once to be
/// matched against many searches: a set for whole stems and a sorted list for stems a word starts.
/// </summary>
public sealed class SearchText
{
    private readonly HashSet<string> stems;
    private readonly HashSet<string> forms;
    private readonly string[] sorted;

    private SearchText(HashSet<string> stems, HashSet<string> forms, string[] sequence)
    {
        this.stems = stems;
        this.forms = forms;
        sorted = [.. stems.Order(StringComparer.Ordinal)];
        Sequence = sequence;
    }

    /// <summary>
    /// The stems of the words in the order the text has them, stop words left out (as a search leaves them out),
    /// for finding a search's words side by side; empty for a union of texts, which has no one order.
    /// </summary>
    public IReadOnlyList<string> Sequence { get; }

    /// <summary>The stems of the texts together (null texts are skipped).</summary>
    public static SearchText Of(params IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<string>();
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                foreach (var word in TextNormal.Words(SearchWords.Fold(text)))
                {
                    var stem = SearchLexicon.Stem(word);
                    stems.Add(stem);
                    forms.Add(SearchLexicon.Singular(word));
                    if (!SearchLexicon.IsStopWord(word))
                    {
                        sequence.Add(stem);
                    }
                }
            }
        }

        return new SearchText(stems, forms, [.. sequence]);
    }

    /// <summary>The stems of several texts together.</summary>
    public static SearchText Union(IEnumerable<SearchText> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            stems.UnionWith(part.stems);
            forms.UnionWith(part.forms);
        }

        return new SearchText(stems, forms, []);
    }

    /// <summary>How many different stems the text has.</summary>
    public int Count => stems.Count;

    /// <summary>Whether <paramref name="stem"/> is a stem of the text.</summary>
    public bool Has(string stem) => stems.Contains(stem);

    /// <summary>Whether the text has a word whose plain singular (<see cref="SearchLexicon.Singular"/>) is <paramref name="form"/>.</summary>
    public bool HasForm(string form) => forms.Contains(form);

    /// <summary>Whether a stem of the text starts with <paramref name="prefix"/>.</summary>
    public bool HasPrefix(string prefix) => StemStarting(prefix) is not null;

    /// <summary>The stem itself when the text has it, else the first stem (in ordinal order) that <paramref name="prefix"/> starts; null when none does.</summary>
    public string? StemStarting(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (stems.Contains(prefix))
        {
            return prefix;
        }

        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        var next = at >= 0 ? at : ~at;
        return next < sorted.Length && sorted[next].StartsWith(prefix, StringComparison.Ordinal) ? sorted[next] : null;
    }
}
