using System.IO.Compression;
using System.Text;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// <c>ledger build-us</c> pointed at the wrong folder or a broken file: one line naming the file and the
/// problem, exit 2, no stack trace, and nothing written. The schedule folders here are invented, a few bytes each.
/// </summary>
public sealed class BuildUsBadInputTests : IDisposable
{
    private const string Row = """[{"htsno": "8505.11.00", "indent": "1", "description": "Of metal", "general": "2.1%", "footnotes": []}]""";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"tw-build-us-{Guid.NewGuid():N}");

    public BuildUsBadInputTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data", "ledger"));
        foreach (var part in new[] { "hts", "product-lists", "authorities" })
        {
            Directory.CreateDirectory(Path.Combine(_root, "schedule", part));
        }

        File.WriteAllText(Path.Combine(_root, "schedule", "authorities", "census-country-codes.csv"), "code,name\n5700,China\n");
        Revision(Gzip(Row));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Schedule => Path.Combine(_root, "schedule");

    private void Revision(byte[] bytes) => File.WriteAllBytes(Path.Combine(Schedule, "hts", "hts_2025_basic.json.gz"), bytes);

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>Runs the build into the test's own data folder and returns its one-line error.</summary>
    private string Fails(string source)
    {
        var (code, _, error) = CliRunner.Run("ledger", "build-us", source, "--data", Path.Combine(_root, "data"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: cannot build the US measures: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "data"), "*", SearchOption.AllDirectories));
        return error;
    }

    [Fact]
    public void A_folder_that_is_not_the_schedule_is_named()
    {
        var error = Fails(Path.Combine(_root, "data"));
        Assert.Contains($"{Path.Combine(_root, "data")} is not the US tariff schedule folder: it has no hts/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_folder_without_revisions_says_so()
    {
        File.Delete(Path.Combine(Schedule, "hts", "hts_2025_basic.json.gz"));
        Assert.Contains("hts: no HTS revision in it", Fails(Schedule), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "not a whole gzip file")]
    [InlineData("[{\"htsno\": \"8505", "not an HTS revision, the JSON does not parse")]
    [InlineData("{\"rows\": []}", "not an HTS revision: expected a JSON array of rows, found object")]
    [InlineData("[\"8505.11.00\"]", "not an HTS revision: row 1 is string")]
    public void A_revision_that_does_not_parse_is_named_with_its_problem(string? json, string problem)
    {
        Revision(json is null ? Encoding.UTF8.GetBytes("this is no gzip file") : Gzip(json));
        var error = Fails(Schedule);
        Assert.Contains($"{Path.Combine(Schedule, "hts", "hts_2025_basic.json.gz")}: {problem}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "s301_product_lists.csv: missing (a product list the build reads)")]
    [InlineData("hts8,list,ch99_code\n85051100,3,9903.88.03\n85051100\n", "s301_product_lists.csv line 3: 1 field(s) where the header (hts8,list,ch99_code) has 3")]
    [InlineData("# a comment\nhts8,list,ch99_code\nmagnets,3,9903.88.03\n", "s301_product_lists.csv line 3: 'magnets' is no tariff line")]
    public void A_broken_product_list_is_named_with_its_line(string? csv, string problem)
    {
        if (csv is not null)
        {
            File.WriteAllText(Path.Combine(Schedule, "product-lists", "s301_product_lists.csv"), csv);
        }

        Assert.Contains(Path.Combine(Schedule, "product-lists", problem), Fails(Schedule), StringComparison.Ordinal);
    }
}
