using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>What a percentage measures, read from the words around it.</summary>
internal enum PercentKind
{
    /// <summary>Nothing around the number says it is anything but the rate of the noun it goes with.</summary>
    Plain,

    /// <summary>"91% of the tariffs", "15 percent of their revenue": a part of a whole.</summary>
    Share,

    /// <summary>"suspend 24% of the 34% tariff": a part of a rate taken off or added, in points.</summary>
    PartOfRate,

    /// <summary>"an average tariff of 51.1%", "tariffs averaging 20%", "on average": a mean over many rates.</summary>
    Average,

    /// <summary>"estimated at 40%", "an estimated 40%": someone's reckoning, not a rate set by law.</summary>
    Estimate,

    /// <summary>"exports fell 21%", "rose by 5%": the size of a change in whatever the verb's subject is.</summary>
    Change,
}

/// <summary>
/// Reads what a percentage is from the syntax around it, so that only rates become tariff claims:
/// a number followed by "of" is a share (or, after a verb of removal, a part of a rate); a noun
/// phrase or verb of averaging or estimating makes it an average or an estimate; a verb of change
/// just before it makes it the size of a change. One home for the tariff and figure finders.
/// </summary>
internal static partial class PercentReading
{
    [GeneratedRegex(@"^[ \t]*of\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"\b(?:suspend\w*|remov\w*|lift\w*|cut\w*|reduc\w*|lower\w*|drop\w*|scrap\w*|waiv\w*|paus\w*|add\w*|rais\w*|restor\w*|reinstat\w*|keep\w*|kept|retain\w*|leav\w*|left)[ \t]+(?:(?:a|an|the|only|just|about|around|nearly|some|roughly)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RemovalBefore();

    [GeneratedRegex(@"\b(?:averag\w*|mean)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AverageWord();

    /// <summary>
    /// "the effective tariff rate", "a trade-weighted rate", "the overall rate": customs revenue over the value of imports,
    /// a mean over every rate an economy pays, never a rate any schedule sets.
    /// </summary>
    [GeneratedRegex(@"\b(?:effective|trade-weighted|weighted|implied|blended)[ \t]+(?:(?:US|U\.S\.|American|import|tariff|duty|customs)[ \t]+){0,2}(?:tariff|duty|customs)?[ \t]*rates?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeanRate();

    /// <summary>"the average US tariff on Chinese imports would still stand at": a mean rate named anywhere in the clause.</summary>
    [GeneratedRegex(@"\baverag\w*[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?(?:tariffs?|duty|duties|levy|levies|rates?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AverageRate();

    [GeneratedRegex(@"^[ \t]+on[ \t]+average\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnAverageAfter();

    [GeneratedRegex(@"\b(?:estimat\w*|reckon\w*)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EstimateWord();

    private static readonly Regex ChangeVerbBeforePattern = new(
        @"\b(?:" + ChangeVerbs.ChangePattern + @"|down|up)(?:[ \t]+(?:by|some|about|around|nearly|almost|roughly|more[ \t]+than|over|an[ \t]+estimated))*[ \t]+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex ChangeVerbBefore() => ChangeVerbBeforePattern;

    // A clause boundary: what lies before it is another phrase, whose words do not qualify the number.
    [GeneratedRegex(@"[,;:(“”""]|\b(?:and|but|while|which|that|after|when|as|because|since|said|says)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhraseBreak();

    /// <summary>What the percentage between <paramref name="before"/> and <paramref name="after"/> (its clause or sentence) is.</summary>
    public static PercentKind Read(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (OfAfter().IsMatch(after))
        {
            return RemovalBefore().IsMatch(before) ? PercentKind.PartOfRate : PercentKind.Share;
        }

        var phrase = OwnPhrase(before);
        var clause = OwnPhrase(before, int.MaxValue);
        if (OnAverageAfter().IsMatch(after) || MeanRate().IsMatch(clause) || AverageRate().IsMatch(clause))
        {
            return PercentKind.Average;
        }

        // "average fares fell 7%", "exports fell an estimated 3%": a verb of change just before the number makes it the size
        // of a change, whatever the subject is a mean of; only a mean of rates stays a mean (above).
        if (ChangeVerbBefore().IsMatch(before))
        {
            return PercentKind.Change;
        }

        if (AverageWord().IsMatch(phrase))
        {
            return PercentKind.Average;
        }

        return EstimateWord().IsMatch(phrase) ? PercentKind.Estimate : PercentKind.Plain;
    }

    /// <summary>
    /// Where, in <paramref name="before"/>, the phrase naming a mean rate begins ("the effective tariff rate on ...", "the average
    /// duty on ..."), within the number's own clause; -1 when there is none.
    /// </summary>
    public static int MeanPhraseStart(string before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var cut = 0;
        foreach (Match m in PhraseBreak().Matches(before))
        {
            cut = m.Index + m.Length;
        }

        var mean = MeanRate().Match(before, cut);
        if (mean.Success)
        {
            return mean.Index;
        }

        var average = AverageWord().Match(before, cut);
        return average.Success ? average.Index : -1;
    }

    /// <summary>The words before the number back to the last clause boundary, at most <paramref name="most"/>.</summary>
    public static string OwnPhrase(string before, int most = 10)
    {
        var cut = 0;
        foreach (Match m in PhraseBreak().Matches(before))
        {
            cut = m.Index + m.Length;
        }

        var phrase = before[cut..];
        var words = phrase.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(most));
    }

    /// <summary>True for an average or an estimate: figures about rates, never a rate to set beside the ledger's layers.</summary>
    public static bool IsReckoned(PercentKind kind) => kind is PercentKind.Average or PercentKind.Estimate;
}
