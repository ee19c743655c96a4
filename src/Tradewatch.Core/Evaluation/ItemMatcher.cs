namespace Tradewatch.Core.Evaluation;

/// <summary>
/// Matches an item as a user names it ("samarium", "Rare earth magnets", "EDA") against a measure's item list,
/// by its words or by class (<see cref="ItemClasses"/>: "rare earths" covers the elements a measure lists).
/// </summary>
internal static class ItemMatcher
{
    /// <summary>The listed item the query names, or null. Compares words case-insensitively, singular and plural alike.</summary>
    public static string? Find(IReadOnlyList<string> items, string query)
    {
        var wanted = Words(query);
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var item in items)
        {
            var words = Words(item);
            if (ContainsRun(words, wanted) || ContainsRun(wanted, words))
            {
                return item;
            }
        }

        // "rare earths" names the class whose members a measure lists ("samarium"), and "samarium" is in a measure on "rare earths".
        if (ItemClasses.Members(wanted) is { } members)
        {
            return items.FirstOrDefault(i => Words(i) is [var one] && members.Contains(one));
        }

        return wanted is [var element]
            ? items.FirstOrDefault(i => ItemClasses.Members(Words(i)) is { } listed && listed.Contains(element))
            : null;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', '-', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Singular)
            .ToArray();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        if (needle.Length == 0 || needle.Length > haystack.Length)
        {
            return false;
        }

        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }
}
