using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tradewatch.News.Claims;
using Xunit.Abstractions;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Recall and precision of figure, meeting, tariff rate, person and quotation reading on probe sets of sentences written for them (Claims/Probes), in
/// varied domains: trade statistics, company results, markets, the economy, talks between officials. A claim matches
/// as ../shared/tools/score matches it; the floors are what the readers reach, so a change that loses ground fails.
/// </summary>
public sealed partial class ProbeSetTests(ITestOutputHelper output)
{
    private static readonly DateOnly Published = new(2025, 8, 14);

    [Fact]
    public void Figures_are_read_with_their_value_unit_and_subject()
    {
        var score = Score(
            "figures.txt",
            text => ClaimsRead.In<FigureFacts>(text, Published),
            (gold, f) => Math.Abs(f.Value - decimal.Parse(gold[0], CultureInfo.InvariantCulture)) <= 0.05m && UnitKey(f.Unit) == UnitKey(gold[1]) && HalfTheWords(gold[2], f.Subject),
            gold => $"  missed {gold[0]} {gold[1]} [{gold[2]}]",
            f => $"  extra {f.Value} {f.Unit} [{f.Subject}] {f.Period}",
            (gold, f) => gold.Length > 3 && gold[3].Length > 0 && f.Period == gold[3]);
        AssertFloors("figures", score, "periods", FigureRecallFloor, FigurePrecisionFloor);
    }

    [Fact]
    public void Meetings_are_read_with_their_place_and_start()
    {
        var score = Score(
            "meetings.txt",
            text => ClaimsRead.In<MeetingFacts>(text, Published).Where(m => m.Place is not null).ToList(),
            (gold, m) => m.Place == gold[0] && (gold[1] == "-" || m.Start?.ToString() == gold[1]),
            gold => $"  missed {gold[0]} {gold[1]}",
            m => $"  extra {m.Place} {m.Start}");
        AssertFloors("meetings", score, null, MeetingRecallFloor, MeetingPrecisionFloor);
    }

    [Fact]
    public void Tariff_rates_are_read_with_who_imposes_them_and_who_pays()
    {
        var score = Score(
            "tariffs.txt",
            text => ClaimsRead.In<TariffFacts>(text, Published).Where(t => t.RatePercent is not null).ToList(),
            (gold, t) => t.Imposer == gold[0] && t.Target == gold[1] && Math.Abs(t.RatePercent!.Value - decimal.Parse(gold[2], CultureInfo.InvariantCulture)) <= 0.05m,
            gold => $"  missed {gold[0]} -> {gold[1]} {gold[2]} {gold[3]}",
            t => $"  extra {t.Imposer} -> {t.Target} {t.RatePercent} {t.Qualifier}",
            (gold, t) => t.Qualifier == gold[3],
            (gold, t) => $"  qualifier {t.Qualifier} for {gold[3]}: {gold[0]} -> {gold[1]} {gold[2]}");
        AssertFloors("tariffs", score, "qualifiers", TariffRecallFloor, TariffPrecisionFloor);
    }

    [Fact]
    public void People_are_read_with_their_role()
    {
        var score = Score(
            "people.txt",
            text => ClaimsRead.In<PersonFacts>(text, Published),
            (gold, p) => NameMatches(gold[0], p.Name) && (gold[1] == "-" || RoleMatches(gold[1], p.Role)),
            gold => $"  missed {gold[0]} [{(gold[1] == "-" ? null : gold[1])}] {(gold[2] == "-" ? null : gold[2])}",
            p => $"  extra {p.Name} [{p.Role}] {p.Economy}",
            (gold, p) => gold[2] == "-" || p.Economy == gold[2]);
        AssertFloors("people", score, "economies", PersonRecallFloor, PersonPrecisionFloor);
    }

    [Fact]
    public void Quotes_are_read_with_their_speaker()
    {
        var score = Score(
            "quotes.txt",
            text => ClaimsRead.In<QuoteFacts>(text, Published),
            (gold, q) => NameMatches(gold[0], q.Speaker) && HalfTheWords(gold[1], q.Text),
            gold => $"  missed {gold[0]}: {gold[1]}",
            q => $"  extra {q.Speaker}: {q.Text}");
        AssertFloors("quotes", score, null, QuoteRecallFloor, QuotePrecisionFloor);
    }

    /// <summary>What a probe set gives: expected claims found, claims read, those read that match, and matched claims whose detail is right.</summary>
    private readonly record struct ProbeScore(int Found, int Expected, int Right, int Predicted, int DetailsRight);

    /// <summary>
    /// Reads every item of a probe file and pairs each expected claim with at most one claim read, the first that
    /// <paramref name="matches"/> and is not paired yet, as the scorer pairs them; writes each item's misses, wrong details
    /// and extra claims. A matched claim's detail (a period, a qualifier, an economy) is counted apart, not in the match.
    /// </summary>
    private ProbeScore Score<T>(
        string file,
        Func<string, List<T>> read,
        Func<string[], T, bool> matches,
        Func<string[], string> missed,
        Func<T, string> extra,
        Func<string[], T, bool>? detailRight = null,
        Func<string[], T, string>? detailWrong = null)
    {
        var (found, expected, right, predicted, details) = (0, 0, 0, 0, 0);
        foreach (var item in Items(file))
        {
            var claims = read(item.Text);
            var used = new HashSet<int>();
            var lines = new List<string>();
            foreach (var gold in item.Expected)
            {
                var at = claims.FindIndex(c => !used.Contains(claims.IndexOf(c)) && matches(gold, c));
                expected++;
                if (at < 0)
                {
                    lines.Add(missed(gold));
                    continue;
                }

                used.Add(at);
                found++;
                var detail = detailRight?.Invoke(gold, claims[at]) ?? false;
                details += detail ? 1 : 0;
                if (!detail && detailWrong is not null)
                {
                    lines.Add(detailWrong(gold, claims[at]));
                }
            }

            predicted += claims.Count;
            right += used.Count;
            lines.AddRange(claims.Where((_, i) => !used.Contains(i)).Select(extra));
            if (lines.Count > 0)
            {
                output.WriteLine(item.Text);
                lines.ForEach(output.WriteLine);
            }
        }

        return new ProbeScore(found, expected, right, predicted, details);
    }

    /// <summary>Writes a probe set's figures and holds them to their floors: found at least <paramref name="recallFloor"/>, precision at least <paramref name="precisionFloor"/> percent.</summary>
    private void AssertFloors(string kind, ProbeScore score, string? detail, int recallFloor, int precisionFloor)
    {
        output.WriteLine($"{kind}: recall {score.Found}/{score.Expected}, precision {score.Right}/{score.Predicted}{(detail is null ? string.Empty : $", {detail} right {score.DetailsRight}")}");
        Assert.True(score.Found >= recallFloor, $"recall {score.Found}/{score.Expected}");
        Assert.True(score.Right * 100 >= precisionFloor * score.Predicted, $"precision {score.Right}/{score.Predicted}");
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

    // What the readers reach today, as counts and percentages: figures 271 of 283 at 271 of 283 (the ninth batch, of session 23,
    // 18 of 18, written with the subject of the sentences before lending its economy and people no goods sent; the eighth batch, of session 22,
    // 24 of 30 when first scored, 27 of 30 after "since March," before a level, verbs of building, and a change by a
    // fraction of a verb's object; "those to the EU" for the flow before, in the seventh; the seventh batch, of session
    // 22, 48 of 59 when first scored, 55 of 59 (the rest 170 of 176) after hedges ("just"), rates of change, amounts linked by "and" or "or", and
    // signed changes of money and weight; before it 168 of 176 at 168 of 174; the fifth batch 13 of 24
    // before the verbs of change and level were made one complete lexicon, 20 of 24 after; the sixth, of session 19, 21 of 28
    // at 21 of 23 when first scored, 28 of 28 at 28 of 28 after labels with a colon, a tariff as the subject of its rate and
    // earlier levels after "from"); meetings 28 of 34 at 28 of 29 (the third batch 4 of 10 before verbs of receiving and
    // sitting down, a clause's reach and capitalised nouns, 8 after; the fourth 7 of 9 at 7 of 9 when first scored, 8 of 9 at
    // 8 of 8 after negation and an object's head past its modifiers); tariff rates 73 of 80 at 73 of 75 (the held-out batch of
    // session 18 4 of 16 before the imposer was read from the economies and people near a clause, 7 of 16 after, 14 of 16 now;
    // the fourth batch 8 of 17 at 8 of 8 when first scored, 15 of 17 at 15 of 15 after rates paid under a deal or at a border,
    // rates replaced or in a relative clause, goods of a class with no origin, and rates hit with or charged on goods; its
    // nine negatives beside a deal one false rate when first scored, none after; 103 of 108 at 103 of 103 after the sixth batch of
    // session 23, 4 of 5 with no false imposer once an economy paying another rate or compared with it imposes none; 99 of 103 at 99 of 99 after the fifth batch of session
    // 21, 21 of 23 when first scored, 23 of 23 after goods named by a regional demonym and goods paying to enter an economy);
    // people 36 of 38 at 36 of 36, 37 of 38 after roles joined by hyphens ("director-general"), 39 of 40 with two items
    // written after; quotes (session 21) 20 of 34 at 20 of 20 when first scored, the held-out batch 9 of 15, and
    // 33 of 34 at 33 of 33 after names the text gives no role, a pronoun for the subject before, a run-on quotation and an
    // introducing colon (the held-out batch 14 of 15), 15 of 15 after "it" for the organisation that opens the sentences before.
    // Session 29: meetings 38 of 47 at 38 of 45 with the fifth batch (10 of 13 when first scored, three crowds and orders read
    // as meetings), 41 of 47 at 41 of 42 after a schedule in the present, pairs of weekdays, those who gather and things
    // received; quotes 48 of 53 with its batch (15 of 19 when first scored), 53 of 53 after interrupted quotations, long
    // appositions, a family name after a fronted phrase and a quotation of its own after reported speech.
    private const int FigureRecallFloor = 271;
    private const int FigurePrecisionFloor = 95;
    private const int MeetingRecallFloor = 41;
    private const int MeetingPrecisionFloor = 95;
    private const int TariffRecallFloor = 103;
    private const int TariffPrecisionFloor = 97;
    private const int PersonRecallFloor = 39;
    private const int PersonPrecisionFloor = 95;
    private const int QuoteRecallFloor = 53;
    private const int QuotePrecisionFloor = 100;

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

                item = new Item(line[2..].Replace(@"\n", "\n", StringComparison.Ordinal), []);
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
