using Tradewatch.Core.Products;

namespace Tradewatch.Core.Schedule;

/// <summary>
/// A footnote on a row of the schedule, e.g. "See 9903.88.15." on the general column: it ties the
/// line to a Chapter 99 provision (a Section 301 list, a Section 232 heading...).
/// </summary>
/// <param name="Columns">The columns it is attached to ("general", "special", "other").</param>
/// <param name="Text">The footnote's text, markup removed.</param>
/// <param name="Chapter99">The Chapter 99 headings it names (9903.88.15...), in order, without repeats.</param>
public sealed record Footnote(IReadOnlyList<string> Columns, string Text, IReadOnlyList<HsCode> Chapter99)
{
    /// <summary>Reads the Chapter 99 headings a footnote names: 8-digit codes written 99xx.xx.xx.</summary>
    public static IReadOnlyList<HsCode> FindChapter99(string text)
    {
        var found = new List<HsCode>();
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if (text[i] == '9' && text[i + 1] == '9' && (i == 0 || !char.IsAsciiDigit(text[i - 1]))
                && IsCode(text.AsSpan(i, 10)) && (i + 10 == text.Length || !char.IsAsciiDigit(text[i + 10]))
                && HsCode.TryParse(text.Substring(i, 10), out var code) && !found.Contains(code))
            {
                found.Add(code);
            }
        }

        return found;
    }

    // 99xx.xx.xx
    private static bool IsCode(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[4] == '.' && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6])
        && s[7] == '.' && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9]);
}

/// <summary>
/// A preferential rate in the special column and the programmes that earn it: "Free (A+,AU,BH)"
/// is Free for the programme codes A+, AU and BH. A programme applies only when the goods qualify
/// under it (origin rules, claims at entry): the schedule alone does not say they do.
/// </summary>
public sealed record SpecialRate(DutyRate Rate, IReadOnlyList<string> Programmes)
{
    /// <summary>Reads the special column: rates each followed by their programme codes in parentheses.</summary>
    public static IReadOnlyList<SpecialRate> ParseColumn(string text)
    {
        var result = new List<SpecialRate>();
        var s = DutyRate.Normalize(text);
        var start = 0;
        while (start < s.Length)
        {
            var open = s.IndexOf('(', start);
            if (open < 0)
            {
                break;
            }

            var close = s.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            var rate = s[start..open].Trim();
            var programmes = s[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            result.Add(new SpecialRate(DutyRate.Parse(rate), programmes));
            start = close + 1;
        }

        return result;
    }
}

/// <summary>A row of the product tree: a numbered row (heading, subheading, tariff line) or a description-only row.</summary>
/// <param name="Code">The row's number, or null for a description-only row whose words its children continue.</param>
public sealed record ScheduleNode(HsCode? Code, int Indent, string Description);

/// <summary>
/// A numbered row of one revision of the Harmonized Tariff Schedule of the United States: a
/// heading (4 digits), subheading (6), tariff line (8: the legal level, where rates are set) or
/// statistical line (10: the reporting level, whose rates are usually those of its 8-digit line).
/// Rates are as written on the row itself; <see cref="TariffSchedule.RatesOf"/> finds the rates
/// that apply to a statistical line.
/// </summary>
/// <param name="Code">The row's number.</param>
/// <param name="Indent">Its depth in the product tree.</param>
/// <param name="Description">Its own words; its ancestors' words are in <see cref="TariffSchedule.Path"/>.</param>
/// <param name="Units">The units of quantity reported ("No.", "kg").</param>
/// <param name="General">Column 1 general: the normal trade relations (MFN) rate.</param>
/// <param name="Special">Column 1 special: preferential rates with their programmes, as written.</param>
/// <param name="Column2">Column 2: the rate for countries without normal trade relations.</param>
/// <param name="Footnotes">The row's footnotes, with the Chapter 99 headings they name.</param>
public sealed record TariffLine(
    HsCode Code,
    int Indent,
    string Description,
    IReadOnlyList<string> Units,
    DutyRate General,
    string Special,
    DutyRate Column2,
    IReadOnlyList<Footnote> Footnotes)
{
    /// <summary>True for an 8-digit tariff line, the level at which the law sets rates.</summary>
    public bool IsTariffLine => Code.Length == 8;

    /// <summary>True for a 10-digit statistical line.</summary>
    public bool IsStatisticalLine => Code.Length == 10;

    /// <summary>True for a Chapter 99 provision (9903.xx.xx: the temporary additional duties).</summary>
    public bool IsChapter99 => Code.Length >= 4 && Code.Truncate(4).Digits is "9903";

    /// <summary>The special column read into rates and programmes.</summary>
    public IReadOnlyList<SpecialRate> SpecialRates => SpecialRate.ParseColumn(Special);

    /// <summary>Every Chapter 99 heading the row's footnotes name, in order, without repeats.</summary>
    public IReadOnlyList<HsCode> Chapter99References => Footnotes.SelectMany(f => f.Chapter99).Distinct().ToList();
}

/// <summary>The rates that apply to a line: its own where it has them, else those of the nearest numbered ancestor that has them.</summary>
/// <param name="RatedAt">The row whose general rate applies (the 8-digit line for most statistical lines).</param>
public sealed record LineRates(TariffLine RatedAt, DutyRate General, string Special, DutyRate Column2);
