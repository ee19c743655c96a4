using System.Globalization;
using System.Text;

namespace Tradewatch.Benchmarks;

/// <summary>
/// Writes a synthetic import book: HS chapters weighted roughly like US imports from China
/// (electrical machinery, machinery, toys and furniture first), entry dates across 2025-2026,
/// customs values log-uniform from about 400 to 160,000. The same seed gives the same book.
/// </summary>
internal static class PortfolioGenerator
{
    /// <summary>The subheadings drawn, with their weights (in parts of <see cref="TotalWeight"/>).</summary>
    public static readonly (string Code, int Weight)[] Codes =
    [
        ("8517.13", 14), ("8471.30", 12), ("8504.40", 5), ("8528.72", 4), ("8541.49", 3), ("8505.11", 2),
        ("8473.30", 5), ("8443.32", 3), ("9503.00", 6), ("9401.61", 3), ("9403.60", 3), ("9405.11", 2),
        ("3926.90", 3), ("6109.10", 2), ("6110.30", 2), ("6402.99", 2), ("8708.99", 2), ("7326.90", 2),
        ("8414.51", 2), ("8516.60", 2), ("4202.92", 1), ("9506.91", 1), ("2846.90", 1), ("8703.80", 1),
    ];

    public static readonly int TotalWeight = Codes.Sum(c => c.Weight);

    public static readonly DateOnly FirstDay = new(2025, 1, 1);

    public static readonly DateOnly LastDay = new(2026, 12, 31);

    public const string Header = "hs,origin,importer,date,value";

    /// <summary>
    /// The book's lines (imports from China into the US), drawn from a seeded generator; with <paramref name="lines"/>,
    /// each drawn subheading is spread evenly over the US 10-digit lines under it.
    /// </summary>
    public static IEnumerable<(string Code, DateOnly Date, decimal Value)> Lines(long count, int seed = 1, IReadOnlyDictionary<string, string[]>? lines = null)
    {
        var random = new Random(seed);
        var days = LastDay.DayNumber - FirstDay.DayNumber + 1;
        for (long i = 0; i < count; i++)
        {
            var pick = random.Next(TotalWeight);
            var code = Codes[0].Code;
            foreach (var (c, w) in Codes)
            {
                if (pick < w)
                {
                    code = c;
                    break;
                }

                pick -= w;
            }

            if (lines is not null && lines.TryGetValue(code, out var under) && under.Length > 0)
            {
                code = under[random.Next(under.Length)];
            }

            var date = DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(days));
            var value = Math.Round((decimal)Math.Exp(6 + (random.NextDouble() * 6)), 2);
            yield return (code, date, value);
        }
    }

    public static void Write(string path, long lines, int seed = 1, IReadOnlyDictionary<string, string[]>? tariffLines = null)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        Write(writer, lines, seed, tariffLines);
    }

    public static void Write(TextWriter writer, long lines, int seed = 1, IReadOnlyDictionary<string, string[]>? tariffLines = null)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var (code, date, value) in Lines(lines, seed, tariffLines))
        {
            writer.Write(code);
            writer.Write(",CN,US,");
            writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(value.ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }
}
