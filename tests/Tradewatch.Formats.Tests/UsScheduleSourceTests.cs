using Tradewatch.Formats.UsSchedule;

namespace Tradewatch.Formats.Tests;

/// <summary>The shared schedule folder as the build reads it: product lists remember where they named each code. The folder here is invented.</summary>
public sealed class UsScheduleSourceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"tw-us-source-{Guid.NewGuid():N}");

    public UsScheduleSourceTests()
    {
        foreach (var part in new[] { "hts", "product-lists", "authorities" })
        {
            Directory.CreateDirectory(Path.Combine(_root, part));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string List(string name, string text)
    {
        var path = Path.Combine(_root, "product-lists", name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_code_read_from_a_product_list_is_placed_at_its_file_and_line()
    {
        var csv = List("s232_semi_products.csv", "# semiconductors\nhts10,note\n8542310000,chips\n\n850511007000,magnets\n");
        var txt = List("s232_auto_parts.txt", "# parts\n87083050\n850511007000\n");
        var source = new UsScheduleSource(_root);
        _ = source.Csv("s232_semi_products.csv");
        _ = source.Lines("s232_auto_parts.txt");

        Assert.Equal([$"{csv} line 3"], source.ListedAt("8542310000"));
        Assert.Equal([$"{csv} line 5", $"{txt} line 3"], source.ListedAt("850511007000"));
        Assert.Empty(source.ListedAt("94039170"));
    }
}
