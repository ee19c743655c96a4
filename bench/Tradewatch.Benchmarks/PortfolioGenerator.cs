using System.Globalization;

namespace Tradewatch.Benchmarks;

/// <summary>
/// Writes a synthetic import book: HS chapters weighted roughly like US imports from China
/// (electrical machinery, machinery, toys and furniture first), entry dates across 2025-2026.
/// </summary>
internal static class PortfolioGenerator
{
    private static readonly (string Code, int Weight)[] Codes =
    [
        ("8517.13", 14), ("8471.30", 12), ("8504.40", 5), ("8528.72", 4), ("8541.49", 3), ("8505.11", 2),
        ("8473.30", 5), ("8443.32", 3), ("9503.00", 6), ("9401.61", 3), ("9403.60", 3), ("9405.11", 2),
        ("3926.90", 3), ("6109.10", 2), ("6110.30", 2), ("6402.99", 2), ("8708.99", 2), ("7326.90", 2),
        ("8414.51", 2), ("8516.60", 2), ("4202.92", 1), ("9506.91", 1), ("2846.90", 1), ("8703.80", 1),
    ];

    public static void Write(string path, int lines, int seed = 1)
    {
        var random = new Random(seed);
        var total = Codes.Sum(c => c.Weight);
        var start = new DateOnly(2025, 1, 1).DayNumber;
        using var writer = new StreamWriter(path);
        writer.WriteLine("hs,origin,importer,date,value");
        for (var i = 0; i < lines; i++)
        {
            var pick = random.Next(total);
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

            var date = DateOnly.FromDayNumber(start + random.Next(730));
            var value = Math.Round(Math.Exp(6 + (random.NextDouble() * 6)), 2);
            writer.Write(code);
            writer.Write(",CN,US,");
            writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(value.ToString("0.00", CultureInfo.InvariantCulture));
        }
    }
}
