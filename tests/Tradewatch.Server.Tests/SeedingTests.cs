using Microsoft.Extensions.Options;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;

namespace Tradewatch.Server.Tests;

public sealed class SeedingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-seeding-" + Guid.NewGuid().ToString("N"));

    public SeedingTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// The first use of a fresh store, whatever it is, finds the samples with the proposals they raise:
    /// a request that comes before the server's own start-up work (which a loaded machine delays) must
    /// not find the samples without their proposals.
    /// </summary>
    [Fact]
    public void The_first_read_of_a_fresh_store_finds_the_samples_proposals()
    {
        using var news = new NewsService(Options.Create(new ServerSettings { Database = Path.Combine(folder, "news.db") }), TimeProvider.System);
        Assert.NotEmpty(news.Proposals("open"));
        Assert.NotEmpty(news.Stories());
    }

    [Fact]
    public void A_store_with_reports_is_not_seeded_or_proposed_again()
    {
        var database = Path.Combine(folder, "news.db");
        int proposals;
        using (var first = new NewsService(Options.Create(new ServerSettings { Database = database }), TimeProvider.System))
        {
            proposals = first.Proposals(null).Count;
        }

        using var second = new NewsService(Options.Create(new ServerSettings { Database = database }), TimeProvider.System);
        Assert.Equal(proposals, second.Proposals(null).Count);
    }
}
