using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Economies;
using Tradewatch.News.Claims;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage;

namespace Tradewatch.Server.Pages;

/// <summary>
/// A story for readers: each report's text with its claims marked (nested where they overlap) and
/// numbered, the claims in plain words with the ledger's verdict beside each, their details in
/// <c>&lt;details&gt;</c> (keyboard and touch reach them; no tooltips; a link to a claim
/// targets its hidden details, so the browser opens them), copies of a report folded
/// to one line that says whose copy they are, and a legend.
/// </summary>
public static class StoryPages
{
    public static IResult Story(long id, HttpContext http, NewsService news, LedgerSession ledger)
    {
        var reading = news.Read(id, ledger);
        if (reading is null)
        {
            return ErrorPages.Result(http, StatusCodes.Status404NotFound, ("No such story", $"There is no story {id}."));
        }

        var economies = ledger.Reference.Economies;
        var detail = StoryDetailDto.From(reading.Detail);
        var reports = detail.Reports.ToDictionary(r => StoredStoryClaims.Key(r.Id), StringComparer.Ordinal);
        var checks = reading.Checks.ToDictionary(c => c.Claim.Id, CheckDto.From, StringComparer.Ordinal);
        var claims = reading.Claims.Claims
            .Select((c, i) => new ShownClaim(c, i + 1, ClaimWords.Of(c.Facts, economies), checks.GetValueOrDefault(c.Id)))
            .ToList();
        var byId = claims.ToDictionary(c => c.Claim.Id, StringComparer.Ordinal);
        var body = Html.Of($"""
            <h1>{detail.Story.Title}</h1>
            <p class="muted">{detail.Story.Reports} report(s), {Dates(detail.Story)} · {claims.Count} claim(s) · {reading.Claims.Conflicts.Count} conflict(s) · <a href="/api/stories/{id}">JSON</a> · <a href="/stories/{id}/claims.csv">claims as CSV</a></p>
            {Legend()}
            <div class="grid">
              <section>
                <h2 style="margin-top:0">Reports</h2>
                {Html.Join(detail.Reports.Select(r => Report(r, reports, claims)))}
              </section>
              <aside>
                <h2 style="margin-top:0">Claims</h2>
                {ClaimList(claims, reports)}
              </aside>
            </div>
            <h2>Conflicts</h2>
            {(reading.Claims.Conflicts.Count == 0 ? Html.Of($"<p class=\"muted\">The reports do not contradict one another.</p>") : Html.Join(reading.Claims.Conflicts.Select(d => Conflict(d, byId, reports))))}
            {Html.When(reading.Claims.NonConflicts.Count > 0, Html.Of($"""
              <h3>Differences that are not conflicts</h3>
              <ul>{Html.Join(reading.Claims.NonConflicts.Select(d => Html.Of($"<li>{Html.Join(d.Claims.Where(byId.ContainsKey).Select(c => Html.Of($"<a href=\"#{c}\">{byId[c].Words}</a>; ")))}{d.Explanation}</li>")))}</ul>
              """))}
            """);
        return Layout.Page(http, detail.Story.Title, body);
    }

    internal static string Dates(StoryDto s) => s.FirstDate is null ? "undated" : s.FirstDate == s.LastDate ? s.FirstDate : $"{s.FirstDate} to {s.LastDate}";

    private static Html Legend() => Html.Of($"""
        <details class="card legend small" open>
          <summary><strong>How to read this page</strong></summary>
          <p>Highlights mark what the reports state: <mark class="claim k-tariff">tariffs</mark> <mark class="claim k-export-control">export controls and licences</mark>
          <mark class="claim k-quote">quotes</mark> <mark class="claim">people, meetings, figures, dates and agreements</mark>.
          A highlight inside another is a claim stated within a longer one. The number after a highlight opens that claim in the list.</p>
          <p>Each tariff and export-control claim is checked against the ledger as known on the claim's day:
          <span class="badge good">consistent</span> the ledger says the same, <span class="badge bad">inconsistent</span> the ledger says something else,
          <span class="badge warn">not covered</span> the ledger cannot compare it. Open a claim for its sources, the explanation and the ledger's records.
          Copies of a report are folded to one line; open one to read it.</p>
        </details>
        """);

    private static Html Report(ReportDto r, IReadOnlyDictionary<string, ReportDto> reports, IReadOnlyList<ShownClaim> claims)
    {
        var document = StoredStoryClaims.Key(r.Id);
        var marks = claims.SelectMany(c => c.Claim.Sources.Where(s => s.Document == document)
            .Select(s => new ClaimMark(s.Start, s.End, c.Claim.Id, Kind(c.Claim.Facts), c.Number, c.Words)));
        var head = Html.Of($"{r.Outlet ?? r.SourceId} · {r.Published ?? "undated"}{(r.PublishedInferred ? " (inferred from the story)" : string.Empty)}{Html.When(r.Url is not null, Html.Of($" · {Layout.Source(r.Url!)}"))}");
        var text = Html.Of($"<div class=\"text\">{ClaimMarkup.Highlight(r.Text, document, marks)}</div>");
        var original = r.Relations.Where(x => x.Relation == "copy" && x.Of < r.Id).Select(x => x.Of).Order().FirstOrDefault();
        if (original != 0)
        {
            var of = reports.GetValueOrDefault(StoredStoryClaims.Key(original));
            return Html.Of($"""
                <details class="card report copy" id="r{r.Id}">
                  <summary>[{r.Id}] A copy by {r.Outlet ?? r.SourceId} of <a href="#r{original}">[{original}] {of?.Outlet ?? of?.SourceId ?? "an earlier report"}</a>{(r.Title is null ? string.Empty : $": {r.Title}")}</summary>
                  <p class="small muted">{head}</p>
                  {text}
                </details>
                """);
        }

        var others = r.Relations.Select(x => Html.Of($" · {x.Relation} of <a href=\"#r{x.Of}\">[{x.Of}]</a>"));
        return Html.Of($"""
            <article class="card report" id="r{r.Id}">
              <h3 style="margin-top:0">[{r.Id}] {r.Title ?? "(no title)"}</h3>
              <p class="small muted">{head}{Html.Join(others)}</p>
              {text}
            </article>
            """);
    }

    private static Html ClaimList(IReadOnlyList<ShownClaim> claims, IReadOnlyDictionary<string, ReportDto> reports) => claims.Count == 0
        ? Html.Of($"<p class=\"muted\">No claims found.</p>")
        : Html.Join(claims.GroupBy(c => ClaimWords.Kind(c.Claim.Facts)).Select(g => Html.Of($"""
            <section class="card claims">
              <h3 class="small" style="margin-top:0">{ClaimWords.Capital(g.Key)}</h3>
              {Html.Join(g.Select(c => Claim(c, reports)))}
            </section>
            """)));

    private static Html Claim(ShownClaim c, IReadOnlyDictionary<string, ReportDto> reports)
    {
        var sources = c.Claim.Sources.Select(s => Html.Of($"""
            <li><a href="#{ClaimMarkup.Anchor(c.Claim.Id, s.Document, s.Start)}">[{s.Document}] {(reports.TryGetValue(s.Document, out var r) ? r.Outlet ?? r.SourceId : s.Document)}</a>: “{Quote(reports, s)}”</li>
            """));
        return Html.Of($"""
            <details class="claim-item" data-claim="{c.Claim.Id}">
              <summary><span class="num-ref">{c.Number}</span> {c.Words} {Verdict(c.Check)}</summary>
              <div class="small" id="{c.Claim.Id}">
                <p class="muted">{ClaimWords.Kind(c.Claim.Facts)} · stated by {c.Claim.Corroboration} independent outlet(s) · claim {c.Claim.Id}</p>
                {(c.Check is null ? Html.Empty : Check(c.Check))}
                <ul>{Html.Join(sources)}</ul>
              </div>
            </details>
            """);
    }

    private static Html Verdict(CheckDto? check) => check is null
        ? Html.Empty
        : Html.Of($"<span class=\"badge{(check.Verdict == "consistent" ? " good" : check.Verdict == "inconsistent" ? " bad" : " warn")}\">{check.Verdict.Replace('-', ' ')}</span>");

    private static Html Check(CheckDto check) => Html.Of($"""
        <p>Against the ledger{(check.CheckedOn is null ? string.Empty : $" as known on {check.CheckedOn}")}: {check.Explanation}{(check.LedgerPercent is { } p ? $" The ledger's rate: {p:0.##}%." : string.Empty)}</p>
        {Html.When(check.Layers.Count > 0, Html.Of($"<ul>{Html.Join(check.Layers.Select(l => Html.Of($"<li><a href=\"/ledger/measures/{l.Measure}\">{l.Measure}</a> ({l.Basis}): {l.RatePercent:0.##}%, {l.Status}</li>")))}</ul>"))}
        """);

    private static Html Conflict(ClaimDiscrepancy d, IReadOnlyDictionary<string, ShownClaim> claims, Dictionary<string, ReportDto> reports) => Html.Of($"""
        <section class="card conflict">
          <p><span class="badge bad">{ClaimJson.TypeName(d.Type).Replace('-', ' ')}</span> {d.Explanation}</p>
          <div class="cols">{Html.Join(d.Claims.Where(claims.ContainsKey).Select(id => Html.Of($"""
            <div><a href="#{id}"><strong>{claims[id].Number}</strong> {claims[id].Words}</a>
            {Html.Join(claims[id].Claim.Sources.Select(s => Html.Of($"<blockquote class=\"small\">“{Quote(reports, s)}” <br><span class=\"muted\">[{s.Document}] {(reports.TryGetValue(s.Document, out var r) ? r.Outlet ?? r.SourceId : s.Document)}</span></blockquote>")))}
            </div>
            """)))}</div>
        </section>
        """);

    /// <summary>The CSS class suffix for a claim's kind (the analysis file's kind names).</summary>
    private static string Kind(ClaimFacts facts) => facts.Kind switch
    {
        ClaimKind.ExportControl => "export-control",
        var k => k.ToString().ToLowerInvariant(),
    };

    private static string Quote(IReadOnlyDictionary<string, ReportDto> reports, ClaimSource s) =>
        reports.TryGetValue(s.Document, out var r) && s.End <= r.Text.Length && s.Start < s.End ? r.Text[s.Start..s.End] : string.Empty;

    private sealed record ShownClaim(ConsolidatedClaim Claim, int Number, string Words, CheckDto? Check);
}
