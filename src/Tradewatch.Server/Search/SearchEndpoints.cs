using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Server.Pages;

namespace Tradewatch.Server.Search;

/// <summary>Search as an API (<c>GET /api/search?q=</c>, JSON) and as a page (<c>GET /search?q=</c>); both run <see cref="SiteSearch"/>.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search").MapGet("/search", Api)
            .WithSummary("Stories (titles and reports), claims, ledger measures, HS lines and US tariff lines that hold every word of q, with links to their pages. Case, plurals and hyphens aside (\"e-bikes\" is \"e bikes\"); a word may start a longer one; a word also finds its synonyms (WordNet's, for the words of goods descriptions: \"bikes\" finds \"bicycles\"); stop words are left out.")
            .RequireExpensiveLimit();
        app.MapGet("/search", Page).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<SearchResultDto>, ValidationProblem>> Api([Hosting.RequiredParameter] string? q, NewsService news, LedgerSession ledger, SearchTexts texts, CancellationToken cancel)
    {
        var errors = new InputErrors();
        var query = Query(q, errors);
        return errors.Any ? errors.Problem() : TypedResults.Ok(await SiteSearch.RunAsync(query!, news, ledger, texts, cancel));
    }

    public static async Task<IResult> Page(HttpContext http, string? q, NewsService news, LedgerSession ledger, SearchTexts texts, CancellationToken cancel)
    {
        var asked = q is not null;
        var errors = new InputErrors();
        var query = asked ? Query(q, errors) : null;
        var result = query is not null && !errors.Any ? await SiteSearch.RunAsync(query, news, ledger, texts, cancel) : null;
        var body = Html.Of($"""
            <h1>Search</h1>
            <form class="card fields" method="get" action="/search" role="search">
              <div><label for="q">Words to find in stories, claims, measures, HS and US tariff lines</label><input id="q" name="q" value="{q}" size="40" maxlength="{SiteSearch.MaxQueryLength}"{Layout.FieldState(errors, "q")}>
              {Layout.FieldError(errors, "q")}</div>
              <div><button class="primary" type="submit">Search</button></div>
            </form>
            {(result is null ? Html.Empty : Results(result))}
            """);
        return Layout.Page(http, result is null ? "Search" : $"Search: {result.Query}", body, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static string? Query(string? q, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            errors.Add("q", "required: one or more words to search for.");
            return null;
        }

        return errors.Text("q", q, SiteSearch.MaxQueryLength);
    }

    private static Html Results(SearchResultDto r)
    {
        var t = r.Totals;
        return Html.Of($"""
            <p id="search-summary">{t.Stories} stor{(t.Stories == 1 ? "y" : "ies")}, {t.Claims} claim(s), {t.Measures} measure(s), {t.HsLines} HS line(s) and {(r.HtsLeftOut.Count > 0 ? 0 : t.HtsLines)} US tariff line(s) hold every word of “{r.Query}”.{(r.HtsLeftOut.Count > 0 ? Html.Of($" {t.HtsLines} US tariff line(s) hold the others, leaving out {string.Join(", ", r.HtsLeftOut.Select(w => $"“{w}”"))}.") : Html.Empty)} <a href="/api/search?q={Uri.EscapeDataString(r.Query)}">JSON</a></p>
            {Section("Stories", t.Stories, r.Stories.Count, Html.Join(r.Stories.Select(s => Html.Of($"<li><a href=\"{s.Url}\">{s.Title}</a> <span class=\"small muted\">{s.Reports} report(s), {StoryPages.Dates(new StoryDto(s.Id, s.Title, s.Reports, s.FirstDate, s.LastDate))}</span></li>"))))}
            {Section("Claims", t.Claims, r.Claims.Count, Html.Join(r.Claims.Select(c => Html.Of($"<li><span class=\"badge\">{c.Kind}</span>{c.Words}{(c.Verdict is null ? Html.Empty : Html.Of($" <span class=\"badge\">{c.Verdict.Replace('-', ' ')}</span>"))} <span class=\"small\">in <a href=\"{c.Url}\">{c.StoryTitle}</a></span></li>"))))}
            {Section("Ledger measures", t.Measures, r.Measures.Count, Html.Join(r.Measures.Select(m => Html.Of($"<li><a href=\"{m.Url}\">{m.Id}</a> <span class=\"small\">{m.Title} ({m.Kind}, {m.Imposer})</span></li>"))))}
            {Section("HS lines", t.HsLines, r.HsLines.Count, Html.Join(r.HsLines.Select(h => Html.Of($"<li><a href=\"{h.Url}\">{h.Code}</a> <span class=\"small\">{h.Description}</span></li>"))))}
            {Section("US tariff lines (HTSUS " + (r.HtsLines.Count > 0 ? r.HtsLines[0].Revision : "latest revision") + ")", t.HtsLines, r.HtsLines.Count, Html.Join(r.HtsLines.Select(h => Html.Of($"<li><a href=\"{h.Url}\">{h.Code}</a> <span class=\"small\">{h.Description}</span></li>"))))}
            """);
    }

    private static Html Section(string title, int total, int shown, Html items) => total == 0
        ? Html.Of($"<h2>{title}</h2><p class=\"muted\">None.</p>")
        : Html.Of($"<h2>{title} ({total}{(shown < total ? $", the first {shown} shown" : string.Empty)})</h2><ul class=\"card hits\">{items}</ul>");
}
