using System.Globalization;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.TestSupport;

namespace Tradewatch.Formats.Tests.Ledger;

/// <summary>
/// The ledger's US import rates against the authority-level rates of the shared schedule
/// (<c>authorities/country-rates/</c>): for every partner and every revision, each authority's rate
/// on a line it covers is the ledger's, or the difference is listed with its reason in
/// <c>data/ledger/us-authority-differences.csv</c>. An unlisted difference fails, and so does a
/// listed one that no longer occurs.
/// </summary>
public class AuthorityRatesConsistencyTests
{
    private static readonly Economy Us = new("US");

    /// <summary>For each authority-level measure, a tariff line it covers and which of the ledger's layers stand for it.</summary>
    private static readonly Dictionary<string, (string Line, Func<DutyLayer, bool> Layer)> Probes = new(StringComparer.Ordinal)
    {
        ["s232/steel"] = ("7208.10.15.00", Basis("Section 232 steel", "Section 232 metals")),
        ["s232/aluminum"] = ("7606.12.30.91", Basis("Section 232 aluminium", "Section 232 metals")),
        ["s232/copper"] = ("7408.11.60.00", Basis("Section 232 copper", "Section 232 metals")),
        ["s232/softwood_lumber"] = ("4407.11.00.01", Basis("Section 232 softwood")),
        ["s232/wood_furniture"] = ("9401.61.40.11", Basis("Section 232 upholstered")),
        ["s232/kitchen_cabinets"] = ("9403.40.90.60", Basis("Section 232 kitchen")),
        ["s232/autos"] = ("8703.23.01.90", Basis("Section 232 autos")),
        ["s232/auto_parts"] = ("4011.10.10.10", Basis("Section 232 auto parts")),
        ["s232/mhd_vehicles"] = ("8701.21.00.15", Basis("Section 232 medium and heavy-duty vehicles")),
        ["s232/mhd_parts"] = ("8708.40.50.00", Basis("Section 232 medium and heavy-duty vehicle parts")),
        ["s232/buses"] = ("8702.10.31.00", Basis("Section 232 buses")),
        ["s232/semiconductors"] = ("8471.80.40.00", Basis("Section 232 semiconductors")),
        ["s232/pharmaceuticals"] = ("3004.90.92.01", Basis("Section 232 pharmaceuticals")),
        ["ieepa/reciprocal"] = ("6109.10.00.12", l => l.Measure.StackingGroup == "ieepa-reciprocal"),
        ["ieepa/fentanyl"] = ("6109.10.00.12", l => l.Measure.Basis == "IEEPA fentanyl"),
        ["s122/section_122"] = ("6109.10.00.12", Basis("Section 122")),
        ["s301/china_301"] = ("8703.80.00.00", Basis("Section 301")),
    };

    private static Func<DutyLayer, bool> Basis(params string[] prefixes) =>
        l => prefixes.Any(p => l.Measure.Basis.StartsWith(p, StringComparison.Ordinal));

    private sealed record AuthorityRate(string File, string Date, string Partner, string Measure, decimal Percent);

    /// <summary>
    /// The collection's country rates as <c>tradewatch ledger build-us</c> extracts them from
    /// <c>../shared/data/us-tariff-schedule/authorities/country-rates</c> (the Budget Lab at Yale, MIT licence).
    /// </summary>
    private static IEnumerable<AuthorityRate> AuthorityRates()
    {
        var path = Path.Combine(RepoData.Directory, "us-schedule", "authority-rates.tsv.gz");
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        Assert.Equal("file\tpolicy_date\tpartner\tmeasure\trate_percent", reader.ReadLine());
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split('\t');
            yield return new AuthorityRate(f[0], f[1], f[2], f[3], decimal.Parse(f[4], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Every partner in every file: a file lists a partner's measures only where they charge it, so a measure the file
    /// names for some partner but not for another is 0% on that one (the fentanyl duties outside China, Canada and
    /// Mexico; before March 2025 the metals duties on the partners then exempt or under quota), and is checked as such.
    /// </summary>
    private static IEnumerable<AuthorityRate> WithAbsentRatesAsZero(List<AuthorityRate> rows)
    {
        var partners = rows.Select(r => r.Partner).Where(p => p != "US").ToHashSet(StringComparer.Ordinal);
        foreach (var file in rows.GroupBy(r => (r.File, r.Date)))
        {
            var held = new HashSet<(string, string)>();
            foreach (var row in file)
            {
                held.Add((row.Partner, row.Measure));
                yield return row;
            }

            foreach (var measure in file.Select(r => r.Measure).Distinct(StringComparer.Ordinal))
            {
                foreach (var partner in partners.Where(p => !held.Contains((p, measure))))
                {
                    yield return new AuthorityRate(file.Key.File, file.Key.Date, partner, measure, 0);
                }
            }
        }
    }

    private sealed record Difference(string Measure, string Partner, string Date, string Authority, string Ledger);

    private sealed record Known(string Measure, string[] Partners, string From, string To, string Authority, string Ledger, string Reason)
    {
        public bool Matches(Difference d) =>
            d.Measure == Measure && (Partners is ["*"] || Partners.Contains(d.Partner))
            && string.CompareOrdinal(d.Date, From) >= 0 && string.CompareOrdinal(d.Date, To) <= 0
            && (Authority == "*" || Authority == d.Authority) && (Ledger == "*" || Ledger == d.Ledger);
    }

    [Fact]
    public void Every_partner_and_revision_matches_the_authority_rates_or_the_difference_is_listed()
    {
        var view = RepoData.Ledger.AsKnownAt(null);
        var known = KnownDifferences();
        var used = new HashSet<Known>();
        var unlisted = new List<string>();
        var compared = 0;
        var answers = new Dictionary<(string File, string Partner, string Line), DutyAnswer>();
        foreach (var row in WithAbsentRatesAsZero(AuthorityRates().ToList()))
        {
            if (row.Partner == "US")
            {
                continue;
            }

            Assert.True(Probes.TryGetValue(row.Measure, out var probe), $"{row.File}: no probe line for {row.Measure}");
            var day = DateOnly.Parse(row.Date, CultureInfo.InvariantCulture);
            if (!answers.TryGetValue((row.File, row.Partner, probe.Line), out var answer))
            {
                answers[(row.File, row.Partner, probe.Line)] = answer = view.Duty(Us, new Economy(row.Partner), HsCode.Parse(probe.Line), day);
            }

            // the rate in force: a deal's all-in rate as stated, any other less its suspended points
            var held = answer.Layers.Where(probe.Layer).Sum(l => l.Rate.AllIn ? l.ScheduledPercent : l.RatePercent);
            compared++;
            if (held == row.Percent)
            {
                continue;
            }

            var difference = new Difference(row.Measure, row.Partner, row.Date, Percent(row.Percent), Percent(held));
            var listed = known.FirstOrDefault(k => k.Matches(difference));
            if (listed is null)
            {
                unlisted.Add($"{row.Measure},{row.Partner},{row.Date},{Percent(row.Percent)},{Percent(held)} ({row.File})");
            }
            else
            {
                used.Add(listed);
            }
        }

        Assert.True(compared > 10_000, $"only {compared} rates compared");
        if (unlisted.Count > 0)
        {
            var all = Path.Combine(Path.GetTempPath(), "tradewatch-authority-differences.txt");
            File.WriteAllLines(all, unlisted);
            Assert.Fail($"{unlisted.Count} unlisted difference(s) from the authority rates (all in {all}):\n" + string.Join("\n", unlisted.Take(100)));
        }

        var stale = known.Where(k => !used.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "listed differences that no longer occur:\n" + string.Join("\n", stale.Select(k => $"{k.Measure} {string.Join(' ', k.Partners)} {k.From}..{k.To}: {k.Reason}")));
    }

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The checked-in list: measure, partners (ISO codes separated by spaces, or *), first and last policy date, the authority's rate and the ledger's (percent, or *), the reason.</summary>
    private static List<Known> KnownDifferences()
    {
        var path = Path.Combine(RepoData.Directory, "ledger", "us-authority-differences.csv");
        var rows = new List<Known>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split(',', 7);
            Assert.True(f.Length == 7 && f[6].Trim().Length > 0, $"{path}: '{line}' needs 7 fields, the last a reason");
            rows.Add(new Known(f[0], f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[2], f[3], f[4], f[5], f[6]));
        }

        return rows;
    }
}
