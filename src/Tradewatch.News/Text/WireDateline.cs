using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// The dateline that opens a wire story: a place in capitals, a month and day (the year is usually
/// left out), an agency in brackets and a dash: "WASHINGTON, Aug 12 (Reuters) -", "LONDON, June 9
/// (AP) —", "NEW DELHI, Sept. 3, 2025 —", "June 9 (Reuters) -", "BEIJING, March 3 (Xinhua) --",
/// "Washington DC, July 30 (UNI) Top officials ...", and a press release's, its wire between slashes:
/// "NEW YORK, Feb. 4, 2025 /PRNewswire/ --", "OTTAWA, ON, Feb. 4, 2025 /CNW/ -"; or a full date and a dash
/// alone, as pages pasted as text open: "Tuesday, February 4, 2025 — ". The date is the day the story was filed.
/// </summary>
public static partial class WireDateline
{
    /// <summary>Only the opening paragraphs are searched: a dateline starts the story.</summary>
    public const int MaxParagraphs = 12;

    /// <summary>A dateline's month and day, its year when it gives one, and its text.</summary>
    public readonly record struct Found(int Month, int Day, int? Year, string Evidence);

    public static Found? Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var paragraphs = 0;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (++paragraphs > MaxParagraphs)
            {
                break;
            }

            if (Opening(line) is not { } m)
            {
                continue;
            }

            var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
            if (year is { } y ? CalendarDay.Of(y, month, day) is null : !CalendarDay.Exists(month, day))
            {
                continue;
            }

            return new Found(month, day, year, m.Value.Trim());
        }

        return null;
    }

    /// <summary>
    /// How many characters of <paramref name="line"/> a dateline takes before the story's first word
    /// ("BEIJING, July 14 (Reuters) - " of "BEIJING, July 14 (Reuters) - China's exports fell ..."), 0 when
    /// the line opens with none. Claims are read after it: its date is the filing day, not the event's.
    /// </summary>
    public static int OpeningLength(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Opening(line) is not { } m)
        {
            return 0;
        }

        var end = m.Index + m.Length;
        while (end < line.Length && char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The dateline match that opens <paramref name="line"/>, or null. Without a place or an agency, only a full
    /// date and a dash before the story's words open it ("February 4, 2025 — The ..."); a date line with a time
    /// after the dash ("Jan 5, 2026 - 10:15") is none.
    /// </summary>
    private static Match? Opening(string line)
    {
        var m = Pattern().Match(line);
        return !m.Success || (!m.Groups["place"].Success && !m.Groups["tplace"].Success && !m.Groups["agency"].Success
            && !(m.Groups["y"].Success && m.Groups["dash"].Success && StoryWords().IsMatch(line.AsSpan(m.Length))))
            ? null
            : m;
    }

    /// <summary>
    /// The dateline's date in the year that puts it nearest <paramref name="reference"/> (another date
    /// the page or its story gives), or in its own year when it writes one.
    /// </summary>
    public static DateOnly? Resolve(Found found, DateOnly reference)
    {
        if (found.Year is { } year)
        {
            return new DateOnly(year, found.Month, found.Day);
        }

        DateOnly? best = null;
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (CalendarDay.Of(y, found.Month, found.Day) is not { } date)
            {
                continue;
            }

            if (best is null || Math.Abs(date.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = date;
            }
        }

        return best;
    }

    /// <summary>The words of a story after a dateline: a capital, then a few words.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\S+){3}", RegexOptions.CultureInvariant)]
    private static partial Regex StoryWords();

    // The place is in capitals ("WASHINGTON", "NEW DELHI, India"), or in title case when an agency in
    // brackets (or a press wire between slashes) follows the date ("Washington DC, July 30 (UNI)") or when a comma, a date with its year
    // and a dash do ("Ottawa, March 3, 2026 - ", "Geneva, 12 August 2025 - "); the date is month first or day
    // first ("LONDON, 12 August (Agency) -"), its month in any case ("AUG 12"); the dash after the agency may be
    // doubled ("--"), set against the story's first word, or, after an agency, left out.
    [GeneratedRegex(@"^(?:(?:(?<place>\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?)|(?<tplace>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?(?=,?\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s*\d{4})?\s*(?:\([^()]{2,30}\)|/[^/\s][^/]{1,29}/)|,\s+(?:\p{L}+\.?\s+\d{1,2},|\d{1,2}\s+\p{L}+\.?,?)\s*\d{4}\s*(?:--|[-—–])\s)))\s*,?\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?<mon>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?\s+(?<d>[0-3]?\d)(?:,\s*(?<y>(?:19|20)\d\d))?|(?<d>[0-3]?\d)\s+(?<mon>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\b\.?(?:,?\s+(?<y>(?:19|20)\d\d))?)\s*(?:\((?<agency>[^()]{2,30})\)|/(?<agency>[^/\s][^/]{1,29})/)?\s*(?:(?<dash>--|[-—–:])(?:\s|(?<=\)\s*(?:--|[-—–]))(?=\p{Lu}))|(?<=[)/])\s*(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
