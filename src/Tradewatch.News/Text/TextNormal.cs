using System.Text;

namespace Tradewatch.News.Text;

/// <summary>
/// The one normalisation that comparisons of report text go through: curly quotes and dashes
/// folded to ASCII, case folded, "U.S." read as "us", "%" as "percent", punctuation dropped.
/// </summary>
public static class TextNormal
{
    /// <summary>Quotes, apostrophes and dashes folded, lower case, whitespace collapsed.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var f = FoldChar(c);
            if (char.IsWhiteSpace(f))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(f));
        }

        return sb.ToString();
    }

    /// <summary>The words of a text for shingling and term counts.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 5);
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldChar(text[i]);
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }

            // "U.S." and "3.4" stay one word; "don't" too.
            if ((c == '.' || c == '\'') && sb.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                if (c == '.' && char.IsDigit(text[i + 1]))
                {
                    sb.Append('.');
                }

                continue;
            }

            Flush(sb, words);
            if (c == '%')
            {
                words.Add("percent");
            }
        }

        Flush(sb, words);
        return words;
    }

    private static void Flush(StringBuilder sb, List<string> words)
    {
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
            sb.Clear();
        }
    }

    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2009' or '\u202F' => ' ',
        _ => c,
    };
}
