using System.Globalization;
using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Server.Pages;

namespace Tradewatch.Server.Search;

/// <summary>A story whose title or reports hold every word searched for.</summary>
public sealed record StoryHitDto(long Id, string Title, long Reports, string? FirstDate, string? LastDate, string Url);

/// <summary>A claim whose plain words hold every word searched for, with its story and the ledger's verdict when it was checked.</summary>
public sealed record ClaimHitDto(string Kind, string Words, long Story, string StoryTitle, string? Verdict, string Url);

/// <summary>A ledger measure whose id, title, basis, legal text or goods hold every word.</summary>
public sealed record MeasureHitDto(string Id, string Title, string Kind, string Imposer, string Url);

/// <summary>An HS 2022 heading or subheading whose description holds every word, best first.</summary>
public sealed record HsHitDto(string Code, string Description, string Url);

/// <summary>A US tariff or statistical line (HTSUS, latest revision) whose description, with its headings', holds every word.</summary>
public sealed record HtsHitDto(string Code, string Description, string Revision, string Url);

/// <summary>
/// What a search found, by kind, each list cut at <see cref="SiteSearch.MaxPerKind"/> (the totals say how many matched); when no US
/// tariff line holds every word, the lines found without the words in <c>HtsLeftOut</c> (<see cref="HtsLineSearch.Find"/>).
/// </summary>
public sealed record SearchResultDto(
    string Query,
    IReadOnlyList<StoryHitDto> Stories,
    IReadOnlyList<ClaimHitDto> Claims,
    IReadOnlyList<MeasureHitDto> Measures,
    IReadOnlyList<HsHitDto> HsLines,
    IReadOnlyList<HtsHitDto> HtsLines,
    SearchTotalsDto Totals,
    IReadOnlyList<string> HtsLeftOut);

public sealed record SearchTotalsDto(int Stories, int Claims, int Measures, int HsLines, int HtsLines);

/// <summary>
/// One search over stories (their titles and reports), claims, ledger measures, HS lines and US tariff lines,
/// for the page and the API alike: an item matches when it holds every word of the query as
/// <see cref="SearchWords"/> reads them (case, plurals and hyphens aside, synonyms found). Claims are
/// those of the whole store as the store-wide consolidation reads them (computed once per store and
/// ledger state), each said in the words the story page uses.
/// </summary>
public static class SiteSearch
{
    public const int MaxPerKind = 50;

    public const int MaxQueryLength = 200;

    public static async Task<SearchResultDto> RunAsync(string query, NewsService news, LedgerSession ledger, SearchTexts texts, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(texts);
        var words = SearchWords.Of(query, texts.Lexicon);
        var stories = news.Stories();
        var titles = stories.ToDictionary(s => s.Id, s => s.Title);
        // stories whose title holds the words first, then those whose reports do
        var storyHits = stories.Where(s => words.AllIn(texts.Story(s.Id, s.Reports, news)))
            .OrderBy(s => words.AllIn(texts.Of(s.Title)) ? 0 : 1)
            .Select(s => new StoryHitDto(s.Id, s.Title, s.Reports, s.FirstDate, s.LastDate, $"/stories/{s.Id}")).ToList();

        var (claims, checks) = await news.AllClaimsAsync(ledger, cancel);
        var verdicts = checks.ToDictionary(c => c.Claim.Id, c => LedgerDtos.Kebab(c.Verdict.ToString()), StringComparer.Ordinal);
        var economies = ledger.Reference.Economies;
        var claimHits = claims.Result.Claims
            .Select(c => (Claim: c, Words: ClaimWords.Of(c.Facts, economies), Kind: ClaimWords.Kind(c.Facts)))
            .Where(c => words.AllIn(texts.Of(c.Words + " " + c.Kind)))
            .SelectMany(c => c.Claim.Sources
                // a stored report's story is its number
                .Select(s => claims.Stories.TryGetValue(s.Document, out var story) && long.TryParse(story, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
                .OfType<long>().Distinct()
                .Select(story => new ClaimHitDto(c.Kind, c.Words, story, titles.GetValueOrDefault(story, $"story {story}"), verdicts.GetValueOrDefault(c.Claim.Id), $"/stories/{story}")))
            .DistinctBy(h => (h.Story, h.Words))
            .ToList();

        var measureHits = ledger.View(null, null).Measures.Where(m => MeasureMatches(m, words, texts))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new MeasureHitDto(m.Id, m.Title, LedgerDtos.Kebab(m.Kind.ToString()), m.Imposer.Code, $"/ledger/measures/{Uri.EscapeDataString(m.Id)}")).ToList();

        // best first as US lines are ranked: the words' strength (a synonym of a rare sense weighs little), shorter descriptions first
        var hsHits = ledger.Reference.Nomenclature.Entries.Select(e => (Entry: e, Text: texts.Of(e.Value)))
            .Where(e => words.AllIn(e.Text))
            .OrderByDescending(e => words.Score(e.Text) / Math.Sqrt(Math.Max(1, e.Text.Count)))
            .Select(e => e.Entry)
            .Select(e => new HsHitDto(e.Key.ToString(), e.Value, $"/ledger?hs={Uri.EscapeDataString(e.Key.ToString())}")).ToList();

        var revision = ledger.Schedule.Latest;
        var htsFound = texts.HtsLines.Find(ledger.Schedule, revision, query, texts.Lexicon);
        var htsHits = htsFound.Hits
            .Select(l => new HtsHitDto(l.Line.Code.ToString(), l.FullDescription, revision.Id, $"/ledger?hs={Uri.EscapeDataString(l.Line.Code.ToString())}")).ToList();

        return new SearchResultDto(
            query.Trim(),
            storyHits.Take(MaxPerKind).ToList(),
            claimHits.Take(MaxPerKind).ToList(),
            measureHits.Take(MaxPerKind).ToList(),
            hsHits.Take(MaxPerKind).ToList(),
            htsHits.Take(MaxPerKind).ToList(),
            new SearchTotalsDto(storyHits.Count, claimHits.Count, measureHits.Count, hsHits.Count, htsHits.Count),
            htsFound.LeftOut);
    }

    /// <summary>Whether a measure's id, title, basis, legal text or description of goods hold every word (the ledger's text filter too).</summary>
    public static bool MeasureMatches(Measure measure, SearchWords words, SearchTexts texts)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(texts);
        return words.AllIn(texts.Of(string.Join('\n', measure.Id, measure.Title, measure.Basis, measure.LegalText, measure.Products.Description)));
    }
}
