using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tradewatch.News.Claims;
using Xunit.Abstractions;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Recall and precision of figure, meeting and tariff rate reading on probe sets of sentences written for them (Claims/Probes), in
/// varied domains: trade statistics, company results, markets, the economy, talks between officials. A claim matches
/// as ../shared/tools/score matches it; the floors are what the readers reach, so a change that loses ground fails.
/// </summary>
public sealed partial class ProbeSetTests(ITestOutputHelper output)
{
    private static readonly DateOnly Published = new(2025, 8, 14);

    [Fact]
    public void Figures_are_read_with_their_value_unit_and_subject()
    {
        var (found, expected, right, predicted, periods) = (0, 0, 0, 0, 0);
        foreach (var item in Items("figures.txt"))
        {
            var figures = ClaimsRead.In<FigureFacts>(item.Text, Published);
            var used = new HashSet<int>();
            var missed = new List<string>();
            foreach (var gold in item.Expected)
            {
                var (value, unit, subject) = (decimal.Parse(gold[0], CultureInfo.InvariantCulture), gold[1], gold[2]);
                var at = figures.FindIndex(f => !used.Contains(figures.IndexOf(f)) && Math.Abs(f.Value - value) <= 0.05m && UnitKey(f.Unit) == UnitKey(unit) && HalfTheWords(subject, f.Subject));
                expected++;
                if (at < 0)
                {
                    missed.Add($"  missed {value} {unit} [{subject}]");
                    continue;
                }

                used.Add(at);
                found++;
                periods += gold.Length > 3 && gold[3].Length > 0 && figures[at].Period == gold[3] ? 1 : 0;
            }

            predicted += figures.Count;
            right += used.Count;
            var wrong = figures.Where((_, i) => !used.Contains(i)).Select(f => $"  extra {f.Value} {f.Unit} [{f.Subject}] {f.Period}").ToList();
            if (missed.Count + wrong.Count > 0)
            {
                output.WriteLine(item.Text);
                missed.Concat(wrong).ToList().ForEach(output.WriteLine);
            }
        }

        output.WriteLine($"figures: recall {found}/{expected}, precision {right}/{predicted}, periods right {periods}");
        Assert.True(found >= FigureRecallFloor, $"recall {found}/{expected}");
        Assert.True(right * 100 >= FigurePrecisionFloor * predicted, $"precision {right}/{predicted}");
    }

    [Fact]
    public void Meetings_are_read_with_their_place_and_start()
    {
        var (found, expected, right, predicted) = (0, 0, 0, 0);
        foreach (var item in Items("meetings.txt"))
        {
            var meetings = ClaimsRead.In<MeetingFacts>(item.Text, Published).Where(m => m.Place is not null).ToList();
            var used = new HashSet<int>();
            var lines = new List<string>();
            foreach (var gold in item.Expected)
            {
                var start = gold[1] == "-" ? null : gold[1];
                var at = meetings.FindIndex(m => !used.Contains(meetings.IndexOf(m)) && m.Place == gold[0] && (start is null || m.Start?.ToString() == start));
                expected++;
                if (at < 0)
                {
                    lines.Add($"  missed {gold[0]} {gold[1]}");
                    continue;
                }

                used.Add(at);
                found++;
            }

            predicted += meetings.Count;
            right += used.Count;
            lines.AddRange(meetings.Where((_, i) => !used.Contains(i)).Select(m => $"  extra {m.Place} {m.Start}"));
            if (lines.Count > 0)
            {
                output.WriteLine(item.Text);
                lines.ForEach(output.WriteLine);
            }
        }

        output.WriteLine($"meetings: recall {found}/{expected}, precision {right}/{predicted}");
        Assert.True(found >= MeetingRecallFloor, $"recall {found}/{expected}");
        Assert.True(right * 100 >= MeetingPrecisionFloor * predicted, $"precision {right}/{predicted}");
    }

    [Fact]
    public void Tariff_rates_are_read_with_who_imposes_them_and_who_pays()
    {
        var (found, expected, right, predicted, qualifiers) = (0, 0, 0, 0, 0);
        foreach (var item in Items("tariffs.txt"))
        {
            var rates = ClaimsRead.In<TariffFacts>(item.Text, Published).Where(t => t.RatePercent is not null).ToList();
            var used = new HashSet<int>();
            var lines = new List<string>();
            foreach (var gold in item.Expected)
            {
                var rate = decimal.Parse(gold[2], CultureInfo.InvariantCulture);
                var at = rates.FindIndex(t => !used.Contains(rates.IndexOf(t)) && t.Imposer == gold[0] && t.Target == gold[1] && Math.Abs(t.RatePercent!.Value - rate) <= 0.05m);
                expected++;
                if (at < 0)
                {
                    lines.Add($"  missed {gold[0]} -> {gold[1]} {rate} {gold[3]}");
                    continue;
                }

                used.Add(at);
                found++;
                qualifiers += rates[at].Qualifier == gold[3] ? 1 : 0;
                if (rates[at].Qualifier != gold[3])
                {
                    lines.Add($"  qualifier {rates[at].Qualifier} for {gold[3]}: {gold[0]} -> {gold[1]} {rate}");
                }
            }

            predicted += rates.Count;
            right += used.Count;
            lines.AddRange(rates.Where((_, i) => !used.Contains(i)).Select(t => $"  extra {t.Imposer} -> {t.Target} {t.RatePercent} {t.Qualifier}"));
            if (lines.Count > 0)
            {
                output.WriteLine(item.Text);
                lines.ForEach(output.WriteLine);
            }
        }

        output.WriteLine($"tariffs: recall {found}/{expected}, precision {right}/{predicted}, qualifiers right {qualifiers}");
        Assert.True(found >= TariffRecallFloor, $"recall {found}/{expected}");
        Assert.True(right * 100 >= TariffPrecisionFloor * predicted, $"precision {right}/{predicted}");
    }

    [Fact]
    public void People_are_read_with_their_role()
    {
        var (found, expected, right, predicted, economies) = (0, 0, 0, 0, 0);
        foreach (var item in Items("people.txt"))
        {
            var people = ClaimsRead.In<PersonFacts>(item.Text, Published);
            var used = new HashSet<int>();
            var lines = new List<string>();
            foreach (var gold in item.Expected)
            {
                var (name, role, economy) = (gold[0], gold[1] == "-" ? null : gold[1], gold[2] == "-" ? null : gold[2]);
                var at = people.FindIndex(p => !used.Contains(people.IndexOf(p)) && NameMatches(name, p.Name) && (role is null || RoleMatches(role, p.Role)));
                expected++;
                if (at < 0)
                {
                    lines.Add($"  missed {name} [{role}] {economy}");
                    continue;
                }

                used.Add(at);
                found++;
                economies += economy is null || people[at].Economy == economy ? 1 : 0;
            }

            predicted += people.Count;
            right += used.Count;
            lines.AddRange(people.Where((_, i) => !used.Contains(i)).Select(p => $"  extra {p.Name} [{p.Role}] {p.Economy}"));
            if (lines.Count > 0)
            {
                output.WriteLine(item.Text);
                lines.ForEach(output.WriteLine);
            }
        }

        output.WriteLine($"people: recall {found}/{expected}, precision {right}/{predicted}, economies right {economies}");
        Assert.True(found >= PersonRecallFloor, $"recall {found}/{expected}");
        Assert.True(right * 100 >= PersonPrecisionFloor * predicted, $"precision {right}/{predicted}");
    }

    /// <summary>The scorer's name match: one name's words are all among the other's ("Bessent", "Scott Bessent").</summary>
    private static bool NameMatches(string gold, string predicted)
    {
        var (g, p) = (WordList(gold), WordList(predicted));
        return g.Count > 0 && p.Count > 0 && (g.All(p.Contains) || p.All(g.Contains));
    }

    /// <summary>The scorer's role match: every word of the gold role is in the predicted role.</summary>
    private static bool RoleMatches(string gold, string? predicted) =>
        predicted is not null && WordList(gold).All(WordList(predicted).Contains);

    private static List<string> WordList(string text) =>
        [.. Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0)];

    // What the readers reach today, as counts and percentages: figures 140 of 148 at 140 of 146 (the fifth batch 13 of 24
    // before the verbs of change and level were made one complete lexicon, 20 of 24 after); meetings 20 of 25 at 20 of 21
    // (the third batch 4 of 10 before verbs of receiving and sitting down, a clause's reach and capitalised nouns, 8 after);
    // tariff rates 41 of 47 at 41 of 41, none read in the third batch; people 36 of 38 at 36 of 36.
    private const int FigureRecallFloor = 140;
    private const int FigurePrecisionFloor = 95;
    private const int MeetingRecallFloor = 20;
    private const int MeetingPrecisionFloor = 90;
    private const int TariffRecallFloor = 48;
    private const int TariffPrecisionFloor = 97;
    private const int PersonRecallFloor = 36;
    private const int PersonPrecisionFloor = 95;

    private sealed record Item(string Text, List<string[]> Expected);

    private static IEnumerable<Item> Items(string file)
    {
        Item? item = null;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Probes", file)))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                if (item is not null)
                {
                    yield return item;
                }

                item = new Item(line[2..], []);
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal) && item is not null)
            {
                item.Expected.Add(line[2..].Split('|').Select(p => p.Trim()).ToArray());
            }
        }

        if (item is not null)
        {
            yield return item;
        }
    }

    /// <summary>A unit as the scorer compares it: lower case, no spaces, "percent" as "%", "tonnes" as "t".</summary>
    private static string UnitKey(string unit)
    {
        var key = unit.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        return key switch
        {
            "percent" or "percentage" or "pct" => "%",
            "percentagepoints" or "percentagepoint" => "pp",
            "tonnes" or "tonne" or "tons" or "ton" => "t",
            "$" => "usd",
            _ => key,
        };
    }

    /// <summary>At least half the gold subject's distinct words occur in the prediction, as the scorer counts words.</summary>
    private static bool HalfTheWords(string gold, string predicted)
    {
        var g = Words(gold);
        return g.Count == 0 || 2 * g.Count(predicted.Length > 0 ? Words(predicted).Contains : _ => false) >= g.Count;
    }

    private static HashSet<string> Words(string text)
    {
        var folded = new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .ToLowerInvariant().Replace('’', '\'');
        folded = Possessive().Replace(folded, "");
        folded = AbbreviationDot().Replace(folded, "");
        return WordPattern().Matches(folded).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<=\w)'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?<=[^\W\d_])\.(?=[^\W\d_])")]
    private static partial Regex AbbreviationDot();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
