using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Tradewatch.App.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.Server.Api;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage;

namespace Tradewatch.Server.Pages;

/// <summary>The stories, a story's reading view with its claims highlighted, and the ingest form.</summary>
public static class NewsPages
{
    public static IResult Stories(HttpContext http, NewsService news)
    {
        var stories = news.Stories();
        var body = Html.Of($"""
            <h1>Stories</h1>
            <table><thead><tr><th>Story</th><th class="num">Reports</th><th>Dates</th></tr></thead><tbody>
            {Html.Join(stories.Select(s => Html.Of($"<tr><td><a href=\"/stories/{s.Id}\">{s.Title}</a></td><td class=\"num\">{s.Reports}</td><td>{Dates(s)}</td></tr>")))}
            </tbody></table>
            {Html.When(stories.Count == 0, Html.Of($"<p class=\"muted\">No stories yet: a curator can <a href=\"/ingest\">ingest reports</a>.</p>"))}
            """);
        return Layout.Page(http, "Stories", body);
    }

    private static string Dates(StoredStory s) => s.FirstDate is null ? "undated" : s.FirstDate == s.LastDate ? s.FirstDate : $"{s.FirstDate} to {s.LastDate}";

    public static IResult Story(long id, HttpContext http, NewsService news, LedgerSession ledger)
    {
        var reading = news.Read(id, ledger);
        if (reading is null)
        {
            return Layout.Page(http, "No such story", Html.Of($"<h1>No such story</h1><p>There is no story {id}. <a href=\"/stories\">All stories</a></p>"), StatusCodes.Status404NotFound);
        }

        var detail = NewsDtos.Detail(reading.Detail);
        var reports = detail.Reports.ToDictionary(r => NewsService.Key(r.Id), StringComparer.Ordinal);
        var claims = reading.Claims.Claims.Select(c => (Claim: c, Json: ClaimJson.ToJson(c))).ToList();
        var byId = claims.ToDictionary(c => c.Claim.Id, StringComparer.Ordinal);
        var body = Html.Of($"""
            <h1>{detail.Story.Title}</h1>
            <p class="muted">{detail.Story.Reports} report(s), {Dates(reading.Detail.Story)} · {claims.Count} claim(s) · {reading.Claims.Conflicts.Count} conflict(s) · <a href="/api/stories/{id}">JSON</a></p>
            <div class="grid">
              <section>
                <h2 style="margin-top:0">Reports</h2>
                <table><thead><tr><th>Report</th><th>Outlet</th><th>Published</th><th>Copies and versions</th></tr></thead><tbody>
                {Html.Join(detail.Reports.Select(r => Html.Of($"""
                  <tr><td><a href="#r{r.Id}">[{r.Id}] {r.Title ?? "(no title)"}</a><br><span class="small muted">{r.SourceId}</span></td><td>{r.Outlet}</td>
                  <td>{r.Published ?? "undated"}{(r.PublishedInferred ? " (inferred)" : string.Empty)}</td>
                  <td class="small">{Html.Join(r.Relations.Select(x => Html.Of($"<span class=\"badge\">{x.Relation}</span> of <a href=\"#r{x.Of}\">[{x.Of}]</a> ")))}</td></tr>
                  """)))}
                </tbody></table>
                <h2>Reading view</h2>
                {Html.Join(detail.Reports.Select(r => Html.Of($"""
                  <article class="card report" id="r{r.Id}">
                    <h3 style="margin-top:0">[{r.Id}] {r.Title ?? "(no title)"}</h3>
                    <p class="small muted">{r.Outlet ?? r.SourceId} · {r.Published ?? "undated"}{Html.When(r.Url is not null, Html.Of($" · {Layout.Source(r.Url!)}"))}{Html.Join(r.Relations.Select(x => Html.Of($" · {x.Relation} of [{x.Of}]")))}</p>
                    <div class="text">{Highlight(r.Text, NewsService.Key(r.Id), claims)}</div>
                  </article>
                  """)))}
              </section>
              <aside>
                <h2 style="margin-top:0">Claims</h2>
                {ClaimPanel(claims)}
              </aside>
            </div>
            <h2>Conflicts</h2>
            {(reading.Claims.Conflicts.Count == 0 ? Html.Of($"<p class=\"muted\">The reports do not contradict one another.</p>") : Html.Join(reading.Claims.Conflicts.Select(d => Conflict(d, byId, reports))))}
            {Html.When(reading.Claims.NonConflicts.Count > 0, Html.Of($"""
              <h3>Differences that are not conflicts</h3>
              <ul>{Html.Join(reading.Claims.NonConflicts.Select(d => Html.Of($"<li><span class=\"badge\">{ClaimJson.TypeName(d.Type)}</span>{string.Join(", ", d.Claims)}: {d.Explanation}</li>")))}</ul>
              """))}
            <h2>Against the ledger</h2>
            {Checks(reading)}
            """);
        return Layout.Page(http, detail.Story.Title, body);
    }

    /// <summary>The report's text with each claim's span marked; where spans overlap, the first (then the longest) wins.</summary>
    private static Html Highlight(string text, string document, IReadOnlyList<(ConsolidatedClaim Claim, JsonObject Json)> claims)
    {
        var spans = claims
            .SelectMany(c => c.Claim.Sources.Where(s => s.Document == document).Select(s => (s.Start, s.End, c.Claim.Id, Kind: (string?)c.Json["kind"] ?? "claim", Label: Summary(c.Json))))
            .Where(s => s.Start >= 0 && s.End <= text.Length && s.End > s.Start)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        var parts = new List<Html>();
        var at = 0;
        foreach (var s in spans)
        {
            if (s.Start < at)
            {
                continue;
            }

            parts.Add(Html.Text(text[at..s.Start]));
            parts.Add(Html.Of($"<mark class=\"claim k-{s.Kind}\" data-claim=\"{s.Id}\" id=\"{s.Id}-r{document}-{s.Start}\" title=\"{s.Id} {s.Kind}: {s.Label}\">{text[s.Start..s.End]}</mark>"));
            at = s.End;
        }

        parts.Add(Html.Text(text[at..]));
        return Html.Join(parts);
    }

    private static string Summary(JsonObject claim) => string.Join("; ", claim
        .Where(kv => kv.Key is not ("id" or "kind" or "sources" or "corroboration") && kv.Value is not null)
        .Select(kv => $"{kv.Key}={kv.Value!.ToJsonString().Trim('"')}"));

    private static Html ClaimPanel(IReadOnlyList<(ConsolidatedClaim Claim, JsonObject Json)> claims) => claims.Count == 0
        ? Html.Of($"<p class=\"muted\">No claims found.</p>")
        : Html.Join(claims.GroupBy(c => (string?)c.Json["kind"] ?? "claim").Select(g => Html.Of($"""
            <div class="card claims">
              <strong>{g.Key}</strong>
              <ul class="small">{Html.Join(g.Select(c => Html.Of($"""
                <li id="{c.Claim.Id}"><span class="badge{(c.Claim.Corroboration > 1 ? " good" : string.Empty)}" title="independent outlets">{c.Claim.Corroboration} outlet(s)</span>{Summary(c.Json)}
                <br><span class="muted">{c.Claim.Id} in {Html.Join(c.Claim.Sources.Select(s => s.Document).Distinct().Select(d => Html.Of($"<a href=\"#{c.Claim.Id}-r{d}-{c.Claim.Sources.First(x => x.Document == d).Start}\">[{d}]</a> ")))}</span></li>
                """)))}</ul>
            </div>
            """)));

    private static Html Conflict(ClaimDiscrepancy d, IReadOnlyDictionary<string, (ConsolidatedClaim Claim, JsonObject Json)> claims, IReadOnlyDictionary<string, ReportDto> reports) => Html.Of($"""
        <section class="card conflict">
          <p><span class="badge bad">{ClaimJson.TypeName(d.Type)}</span> <strong>{d.Kind}</strong>: {d.Explanation}</p>
          <div class="cols">{Html.Join(d.Claims.Where(claims.ContainsKey).Select(id => Html.Of($"""
            <div><strong>{id}</strong>: {Summary(claims[id].Json)}
            {Html.Join(claims[id].Claim.Sources.Select(s => Html.Of($"<blockquote class=\"small\">“{Quote(reports, s)}” <br><span class=\"muted\">[{s.Document}] {(reports.TryGetValue(s.Document, out var r) ? r.Outlet ?? r.SourceId : s.Document)}{(reports.TryGetValue(s.Document, out var r2) && r2.Url is not null ? Layout.Source(r2.Url) : Html.Empty)}</span></blockquote>")))}
            </div>
            """)))}</div>
        </section>
        """);

    private static string Quote(IReadOnlyDictionary<string, ReportDto> reports, ClaimSource s) =>
        reports.TryGetValue(s.Document, out var r) && s.End <= r.Text.Length && s.Start < s.End ? r.Text[s.Start..s.End] : string.Empty;

    private static Html Checks(StoryReading reading) => reading.Checks.Count == 0
        ? Html.Of($"<p class=\"muted\">No tariff or export-control claims to check.</p>")
        : Html.Of($"""
            <table><thead><tr><th>Claim</th><th>Verdict</th><th>Explanation</th></tr></thead><tbody>
            {Html.Join(reading.Checks.Select(c => NewsDtos.Check(c)).Select(c => Html.Of($"<tr><td><a href=\"#{c.Claim}\">{c.Claim}</a> {c.Kind}</td><td><span class=\"badge{(c.Verdict == "consistent" ? " good" : c.Verdict == "inconsistent" ? " bad" : " warn")}\">{c.Verdict}</span></td><td>{c.Explanation}</td></tr>")))}
            </tbody></table>
            """);

    public static IResult IngestForm(HttpContext http)
    {
        if (!http.User.IsCurator())
        {
            return Layout.Page(http, "Ingest", Html.Of($"<h1>Ingest reports</h1><p>Only a curator may add reports. <a href=\"/signin?returnUrl=%2Fingest\">Sign in</a></p>"), StatusCodes.Status403Forbidden);
        }

        var body = Html.Of($"""
            <h1>Ingest reports</h1>
            <form class="card" method="post" action="/ingest" enctype="multipart/form-data">
              {Layout.Antiforgery(http)}
              <p><label for="files">Report files (.txt, .md, .html, RSS/Atom, .gz)</label><input id="files" name="files" type="file" multiple></p>
              <p><label for="title">Title of the pasted report (optional)</label><input id="title" name="title" size="60"></p>
              <p><label for="text">Or paste a report's text</label><textarea id="text" name="text" rows="10" cols="90"></textarea></p>
              <button class="primary" type="submit">Ingest</button>
            </form>
            """);
        return Layout.Page(http, "Ingest", body);
    }

    public static async Task<IResult> Ingest(HttpContext http, NewsService news, LedgerSession ledger, IOptions<ServerSettings> settings)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var errors = new InputErrors();
        var inputs = await NewsApi.Inputs(form.Files, form["text"], form["title"], settings.Value, errors, http.RequestAborted);
        if (errors.Any)
        {
            return Layout.Page(http, "Ingest", Html.Of($"<h1>Ingest reports</h1>{Layout.Errors(errors.Messages)}<p><a href=\"/ingest\">Back</a></p>"), StatusCodes.Status400BadRequest);
        }

        var result = news.Ingest(inputs, ledger);
        var body = Html.Of($"""
            <h1>Ingested</h1>
            <p>{result.Added} report(s) added, {result.AlreadyStored} already stored, {result.Duplicates} duplicate link(s).</p>
            {Layout.Errors(result.Problems)}
            <ul>{Html.Join(result.Stories.Select(s => Html.Of($"<li><a href=\"/stories/{s}\">story {s}</a></li>")))}</ul>
            <p><a href="/ingest">Ingest more</a> · <a href="/review">Review queue</a></p>
            """);
        return Layout.Page(http, "Ingested", body);
    }
}
