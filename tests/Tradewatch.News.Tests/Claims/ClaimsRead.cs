using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>The facts of one kind the extractor reads in a test's own text, published on the day given.</summary>
internal static class ClaimsRead
{
    public static List<T> In<T>(string text, DateOnly? published)
        where T : ClaimFacts =>
        ClaimExtractor.Extract(new ClaimDocument("d", text, published)).Claims.Select(c => c.Facts).OfType<T>().ToList();
}
