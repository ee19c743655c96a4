using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Tradewatch.News.Dates;
using Tradewatch.News.Text;

namespace Tradewatch.News.Claims;

/// <summary>
/// The days the US tariff schedule changed a rate, as anchors for a report that tells of a tariff's start
/// by its weekday only ("the 25% duties on Canadian goods begin Tuesday", "the 50% steel tariff took
/// effect on Wednesday"). The schedule is the one that ships (data/us-schedule/authority-rates.tsv.gz:
/// each partner's rate under each measure in every revision of the collection), read as the days a
/// partner's rate under a measure took a new value. A start the report names with a rate, and with the
/// partner or the product the measure is named for, is matched with the schedule's changes to that rate
/// that fall on the weekday told: one still to come puts the report in the week before the earliest such
/// day, a past one in the week after the latest (news names a day by its weekday only within a week).
/// It sits with the claims, whose lexicon of economies it reads; the date step passes it to
/// <see cref="MentionedDates.Infer"/>.
/// </summary>
public static partial class ScheduleDays
{
    private const string Resource = "Tradewatch.News.Claims.authority-rates.tsv.gz";

    private static readonly Lazy<IReadOnlyList<Change>> Shipped = new(() => Changes(EmbeddedTable.Rows(Resource)));

    /// <summary>A day the schedule set <see cref="Rate"/> under <see cref="Measure"/> (as "s232/steel") for <see cref="Partners"/> (ISO codes).</summary>
    public sealed record Change(DateOnly Day, string Measure, decimal Rate, FrozenSet<string> Partners)
    {
        /// <summary>The words of the measure's name that name its product: "steel" of s232/steel, "softwood lumber" of s232/softwood_lumber.</summary>
        public string Product => Measure[(Measure.IndexOf('/', StringComparison.Ordinal) + 1)..].Replace('_', ' ');
    }

    /// <summary>The changes of the schedule that ships.</summary>
    public static IReadOnlyList<Change> All => Shipped.Value;

    /// <summary>
    /// The changes a table of rates (<c>file</c>, <c>policy_date</c>, <c>partner</c>, <c>measure</c>,
    /// <c>rate_percent</c>, a header row allowed) records: for each partner and measure, the first day of
    /// each new rate above zero, in date order; those of one day, measure and rate are one change.
    /// </summary>
    public static IReadOnlyList<Change> Changes(IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var series = new Dictionary<(string Partner, string Measure), SortedDictionary<DateOnly, decimal>>();
        foreach (var row in rows)
        {
            if (row.Length < 5 || !DateOnly.TryParseExact(row[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !decimal.TryParse(row[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
            {
                continue;
            }

            if (!series.TryGetValue((row[2], row[3]), out var days))
            {
                series[(row[2], row[3])] = days = [];
            }

            days[day] = rate;
        }

        var changes = new Dictionary<(DateOnly, string, decimal), HashSet<string>>();
        foreach (var ((partner, measure), days) in series)
        {
            var previous = 0m;
            foreach (var (day, rate) in days)
            {
                if (rate != previous && rate > 0)
                {
                    if (!changes.TryGetValue((day, measure, rate), out var partners))
                    {
                        changes[(day, measure, rate)] = partners = new HashSet<string>(StringComparer.Ordinal);
                    }

                    partners.Add(partner);
                }

                previous = rate;
            }
        }

        return changes.Select(c => new Change(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.ToFrozenSet(StringComparer.Ordinal)))
            .OrderBy(c => c.Day).ThenBy(c => c.Measure, StringComparer.Ordinal).ThenBy(c => c.Rate).ToList();
    }

    /// <summary>
    /// The days a report may have appeared on, from a tariff's start it tells of by its weekday and no date,
    /// or by its distance from the report's day (<see cref="Starts"/>), matched with the schedule's <paramref name="changes"/> (the shipped ones by
    /// default) in <paramref name="year"/>: a change to a rate the report names beside a partner of the
    /// change or the product its measure is named for (<see cref="Matches"/>), on that weekday. A start still to come puts the
    /// report in the <see cref="MentionedDates.WeekdayReach"/> days before the earliest such change, a past
    /// one in those after the latest; one told as "today", "yesterday", "tomorrow" or "this week" puts it on
    /// that day or in that week (Monday to Sunday), when the schedule has a single matching day in the year.
    /// Null when no start is told or no change matches; when the starts
    /// disagree, the first in the text's order.
    /// </summary>
    public static MentionedDates.Week? WeekOf(string text, int year, IReadOnlyList<Change>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = Starts(text).ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var named = Named(text);
        if (named.Count == 0)
        {
            return null;
        }

        var inYear = (changes ?? All).Where(c => c.Day.Year == year && named.Any(n => n.Rate == c.Rate && Matches(c, n.Partner, n.Sentence))).ToList();
        foreach (var (day, relative, ahead, words) in starts)
        {
            var matching = inYear.Where(c => day is not { } d || c.Day.DayOfWeek == d).ToList();
            if (matching.Count == 0 || (relative is not null && matching.Select(c => c.Day).Distinct().Count() > 1))
            {
                // A start told by its distance from the report's day dates it only when the schedule has one such day.
                continue;
            }

            var change = ahead ? matching.MinBy(c => c.Day)! : matching.MaxBy(c => c.Day)!;
            var (from, to) = relative switch
            {
                "today" => (change.Day, change.Day),
                "yesterday" => (change.Day.AddDays(1), change.Day.AddDays(1)),
                "tomorrow" => (change.Day.AddDays(-1), change.Day.AddDays(-1)),
                // "this week": the report and the start fall in one week (Monday to Sunday), the report after a past start.
                not null when ahead => (change.Day.AddDays(-DaysFromMonday(change.Day)), change.Day),
                not null => (change.Day, change.Day.AddDays(6 - DaysFromMonday(change.Day))),
                null when ahead => (change.Day.AddDays(-MentionedDates.WeekdayReach), change.Day),
                null => (change.Day, change.Day.AddDays(MentionedDates.WeekdayReach)),
            };
            var how = ahead ? "still to come" : "past";
            var partners = change.Partners.Count <= 3 ? string.Join("/", change.Partners.Order(StringComparer.Ordinal)) : "its partners";
            return new MentionedDates.Week(from, to, $"of '{words}' ({how}), the schedule's {change.Rate.ToString(CultureInfo.InvariantCulture)}% {change.Measure} rate for {partners} from {change.Day:yyyy-MM-dd}");
        }

        return null;
    }

    /// <summary>
    /// Each sentence of the report's own words (not a quotation) that tells of a tariff's start by its
    /// weekday or by its distance from the report's day, and names no calendar day: a start verb ("take
    /// effect", "go into force", "kick in", "start", "begin") in a sentence that names a tariff or duty, and
    /// after it the first weekday (not "last" or "next" week's), or "today", "yesterday", "tomorrow",
    /// "this week"; whether the start is still to come (<see cref="Tense"/>).
    /// </summary>
    public static IEnumerable<Start> Starts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in Sentences.Split(text))
        {
            var reporting = Quotation().Replace(sentence, " ");
            if (!TariffWord().IsMatch(reporting) || DateText.Find(reporting).Count > 0 || MonthDay().IsMatch(reporting))
            {
                continue;
            }

            foreach (Match start in StartVerb().Matches(reporting))
            {
                if (When().Match(reporting, start.Index + start.Length) is { Success: true } w && w.Index - (start.Index + start.Length) <= MaxGap)
                {
                    var words = reporting[start.Index..(w.Index + w.Length)];
                    var ahead = Tense.IsFuture(reporting);
                    yield return w.Groups["wd"].Success
                        ? new Start(Enum.Parse<DayOfWeek>(w.Groups["wd"].Value, ignoreCase: true), null, ahead, words)
                        : new Start(null, w.Groups["rel"].Value.ToLowerInvariant(), ahead, words);
                    break;
                }
            }
        }
    }

    private static int DaysFromMonday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    /// <summary>A tariff's start as a report tells of it: by its weekday, or by its distance from the report's day ("today", "yesterday", "tomorrow", "this week").</summary>
    public readonly record struct Start(DayOfWeek? Day, string? Relative, bool Ahead, string Words);

    /// <summary>The characters a start verb and its weekday may stand apart: "begin at 12:01 a.m. EST on Tuesday".</summary>
    private const int MaxGap = 40;

    /// <summary>
    /// The rates the report names, each with the partner named in the same sentence (an ISO code, the US
    /// left out as the imposer) or none, and the sentence (for the product words).
    /// </summary>
    private static List<(decimal Rate, string? Partner, string Sentence)> Named(string text)
    {
        var gazetteer = Gazetteer.Default;
        var named = new List<(decimal, string?, string)>();
        foreach (var sentence in Sentences.Split(text))
        {
            var rates = Percent().Matches(sentence)
                .Select(m => decimal.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : -1)
                .Where(r => r > 0).Distinct().ToList();
            if (rates.Count == 0)
            {
                continue;
            }

            var partners = gazetteer.EconomyPattern.Matches(sentence).Select(m => gazetteer.EconomyOf(m.Value))
                .Where(c => c is not null && c != "US").Distinct().ToList();
            foreach (var rate in rates)
            {
                named.Add((rate, null, sentence));
                named.AddRange(partners.Select(p => (rate, p, sentence)));
            }
        }

        return named;
    }

    /// <summary>
    /// Whether a rate named in a sentence, beside a partner or none, is the change's: a measure on all goods of
    /// its partners (IEEPA duties, the Section 122 surcharge) by the partner; a measure on a product (Section
    /// 232 and the rest) by the product's words, and the partner when one is named.
    /// </summary>
    private static bool Matches(Change change, string? partner, string sentence) =>
        AllGoods(change.Measure)
            ? partner is not null && change.Partners.Contains(partner)
            : (partner is null || change.Partners.Contains(partner)) && Mentions(sentence, change.Product);

    /// <summary>Authorities whose duties fall on all goods of the partners they name.</summary>
    private static bool AllGoods(string measure) =>
        measure.StartsWith("ieepa/", StringComparison.Ordinal) || measure.StartsWith("s122/", StringComparison.Ordinal);

    /// <summary>Whether a sentence names a measure's product, each of its words ("autos" of auto, "aluminium" of aluminum).</summary>
    private static bool Mentions(string sentence, string product) =>
        product.Split(' ').All(word => Regex.IsMatch(
            sentence,
            @"\b" + Regex.Escape(word == "aluminum" ? "alumin" : word.TrimEnd('s')) + @"(?:s|es|ium|um)?\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
            TimeSpan.FromSeconds(1)));

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|taxes)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"\b(?:(?:take|takes|took|taken|taking)\s+effect|(?:go|goes|went|gone|going|come|comes|came|enter|enters|entered)\s+into\s+(?:effect|force)|kick(?:s|ed)?\s+in|(?:start|starts|started|begin|begins|began|begun|apply|applies|applied)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartVerb();

    /// <summary>A weekday (not "last" or "next" week's) or a day told by its distance from the report's.</summary>
    [GeneratedRegex(@"(?<!\b(?:last|next|previous|following|every|each)\s)\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\s)|\b(?<rel>today|yesterday|tomorrow|this\s+week)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex When();

    /// <summary>A day of a month without its year ("Feb. 4", "4 March"): such a sentence dates its start itself.</summary>
    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d\b(?!\s*%)|\b[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"“[^”]*”|""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();
}
