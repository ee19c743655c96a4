using System.Text;
using Tradewatch.News.Text;

namespace Tradewatch.Server.Search;

/// <summary>
/// The words of a search, read as report text is (<see cref="TextNormal.Words"/>: case folded,
/// "U.S." as "us", "8505.11" one word). A text matches when every word of the search starts a word
/// of the text, so "tariff" finds "tariffs"; a search of no words matches everything. Accents are
/// folded on both sides, so "Sao Paulo" finds "São Paulo" and "Zürich" finds "Zurich".
/// </summary>
public sealed class SearchWords
{
    private readonly IReadOnlyList<string> words;

    private SearchWords(IReadOnlyList<string> words) => this.words = words;

    public bool IsEmpty => words.Count == 0;

    public static SearchWords Of(string? query) =>
        new(TextNormal.Words(Fold(query ?? string.Empty)).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>True when every word starts a word of one of the texts (null texts are skipped).</summary>
    public bool AllIn(params string?[] texts)
    {
        if (words.Count == 0)
        {
            return true;
        }

        var found = texts.Where(t => !string.IsNullOrEmpty(t)).SelectMany(t => TextNormal.Words(Fold(t!))).ToList();
        return words.All(w => found.Exists(f => f.StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The text with accents taken off its letters (é as e, ü as u) and the letters that do not decompose
    /// spelled in plain Latin (ß as ss, ø as o, ł as l); text without such letters is returned as it is.
    /// The product runs with invariant globalization, whose Unicode normalization leaves accented letters
    /// whole, so the Latin-1 and Latin Extended-A letters are mapped here (<see cref="Accented"/>).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                folded.Append(Plain[at]);
                continue;
            }

            folded.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'œ' => "oe",
                'Œ' => "OE",
                'ø' => "o",
                'Ø' => "O",
                'ł' => "l",
                'Ł' => "L",
                'đ' or 'ð' => "d",
                'Đ' or 'Ð' => "D",
                'þ' => "th",
                'Þ' => "Th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return folded.ToString();
    }

    /// <summary>The letters of U+00C0 to U+017F that are a Latin letter and accents (their canonical decomposition), and that letter in <see cref="Plain"/>.</summary>
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊ" +
        "ċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚś" +
        "ŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcC" +
        "cCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSs" +
        "SsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";
}
