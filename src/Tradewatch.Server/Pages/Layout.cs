using Microsoft.AspNetCore.Antiforgery;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Ledger;
using Tradewatch.Server.Api;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Pages;

/// <summary>The frame every page shares: navigation, who is signed in, the style sheet.</summary>
public static class Layout
{
    private const string Style =
        """
        :root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --accent:#b03a2e; --bg:#f7f8fa; --mark:#fff1a8; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:var(--bg); }
        header { background:#1d2330; color:white; padding:.6rem 1.2rem; display:flex; gap:1.2rem; align-items:center; flex-wrap:wrap; }
        header a { color:white; text-decoration:none; } header a:hover { text-decoration:underline; }
        header .brand { font-weight:700; letter-spacing:.02em; margin-right:.8rem; }
        header .who { margin-left:auto; display:flex; gap:.6rem; align-items:center; }
        header form { margin:0; } header form.search input { padding:.15rem .4rem; border:0; }
        .field-error { display:block; color:#9b2c2c; font-size:.85rem; } [aria-invalid=true] { border-color:#9b2c2c; } header button { background:none; border:1px solid #fff6; color:white; border-radius:4px; cursor:pointer; }
        footer { max-width:1200px; margin:0 auto; padding:.4rem 1.2rem 1.2rem; }
        main { max-width:1200px; margin:0 auto; padding:1.2rem; }
        h1 { font-size:1.5rem; margin:.2rem 0 1rem; } h2 { font-size:1.15rem; margin:1.6rem 0 .6rem; }
        .card { background:white; border:1px solid var(--line); border-radius:6px; padding:1rem; margin-bottom:1rem; }
        table { border-collapse:collapse; width:100%; background:white; }
        th, td { text-align:left; padding:.35rem .5rem; border-bottom:1px solid var(--line); vertical-align:top; }
        th { font-size:.85rem; color:var(--muted); font-weight:600; }
        .muted { color:var(--muted); } .small { font-size:.85rem; }
        .num { text-align:right; font-variant-numeric:tabular-nums; }
        .grid { display:grid; grid-template-columns: minmax(0,2fr) minmax(0,1fr); gap:1rem; }
        .cols { display:grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap:1rem; }
        @media (max-width: 1100px) { .grid { grid-template-columns: 1fr; } }
        figure.chart { margin:0; } .chart-narrow { display:none; }
        @media (max-width: 700px) {
          .chart-wide { display:none; } .chart-narrow { display:block; }
          main { padding:.8rem; }
          /* A table wider than a phone scrolls inside its own box; the page never scrolls sideways. */
          table { display:block; overflow-x:auto; }
          table td, table th { overflow-wrap:normal; min-width:5.5rem; }
          /* A table of text reflows instead: each row a block, each cell a line led by its column's name. */
          table.reflow { display:block; overflow:visible; }
          table.reflow thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
          table.reflow tbody, table.reflow tr, table.reflow td { display:block; min-width:0; }
          table.reflow tr { border-bottom:1px solid var(--line); padding:.4rem 0; }
          table.reflow td { border:0; padding:.1rem .3rem; text-align:left; overflow-wrap:anywhere; }
          table.reflow td[data-label]::before { content:attr(data-label) ":"; display:inline-block; margin-right:.3rem; color:var(--muted); font-size:.8rem; }
        }
        .scroll { overflow-x:auto; }
        td, th, p, li, figcaption { overflow-wrap:anywhere; }
        input, select, textarea { max-width:100%; }
        dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.1rem .8rem; margin:.3rem 0; } dl.facts dt { color:var(--muted); } dl.facts dd { margin:0; }
        tr.changes td { background:#fff3cd; } h3.small { margin:.8rem 0 .2rem; }
        details.chart-data summary { cursor:pointer; color:#2b5797; font-size:.85rem; }
        .text { white-space:pre-wrap; font-family: Georgia, serif; font-size:1rem; line-height:1.6; }
        mark.claim { background:var(--mark); border-bottom:2px solid #d4a800; padding:0 1px; }
        mark.claim.k-tariff { background:#ffe0dc; border-color:var(--accent); }
        mark.claim.k-export-control, mark.claim.k-licence { background:#dcecff; border-color:#2b6cb0; }
        mark.claim.k-quote { background:#e7f6e7; border-color:#2f855a; }
        mark.claim mark.claim { border-bottom-style:double; border-bottom-width:3px; }
        a.ref { font:600 .75rem system-ui, sans-serif; vertical-align:super; padding:0 .15rem; text-decoration:none; }
        /* on a phone a claim's number is a finger's target (24 px), not a dot */
        @media (max-width: 700px) { a.ref { display:inline-block; min-width:1.6rem; min-height:1.6rem; line-height:1.6rem; text-align:center; padding:0; } }
        a.ref:focus, summary:focus-visible { outline:2px solid #2b5797; outline-offset:1px; }
        details.claim-item { border-top:1px solid var(--line); padding:.3rem 0; } details.claim-item:first-of-type { border-top:0; }
        details.claim-item summary, details.copy summary, details.legend summary { cursor:pointer; }
        details.claim-item[open] { background:#f7f8fa; } details.claim-item ul { padding-left:1.1rem; }
        .num-ref { display:inline-block; min-width:1.4rem; font-weight:700; color:#2b5797; }
        details.copy summary { color:var(--muted); }
        .badge, td.date { white-space:nowrap; overflow-wrap:normal; }
        .badge { display:inline-block; font-size:.75rem; padding:0 .4rem; border-radius:9px; background:#eef0f4; color:var(--muted); margin-right:.3rem; }
        .badge.bad { background:#fde2df; color:#9b2c2c; } .badge.good { background:#def7e5; color:#276749; } .badge.warn { background:#fff3cd; color:#8a6d00; }
        .status-void { color:#9b2c2c; text-decoration:line-through; } .status-suspended { color:#8a6d00; } .status-exempt { color:#4a5568; }
        form.inline { display:inline; }
        label { display:block; font-size:.85rem; color:var(--muted); }
        input, select, textarea { font:inherit; padding:.3rem .4rem; border:1px solid var(--line); border-radius:4px; }
        .fields { display:flex; flex-wrap:wrap; gap:.8rem; align-items:flex-end; } .fields > div { max-width:100%; min-width:0; }
        button.primary { background:var(--accent); color:white; border:0; border-radius:4px; padding:.4rem .9rem; cursor:pointer; font:inherit; }
        button.secondary { background:white; border:1px solid var(--line); border-radius:4px; padding:.4rem .9rem; cursor:pointer; font:inherit; }
        .note { background:#fff8e1; border:1px solid #f0d98c; padding:.4rem .8rem; border-radius:6px; }
        .errors { background:#fde2df; border:1px solid #f5b5ad; padding:.6rem 1rem; border-radius:6px; }
        .total { font-size:1.3rem; font-weight:700; }
        svg { max-width:100%; height:auto; }
        a { color:#2b5797; }
        """;

    public static IResult Page(HttpContext http, string title, Html body, int status = StatusCodes.Status200OK)
    {
        var user = http.User;
        var who = user.Identity?.IsAuthenticated == true
            ? Html.Of($"<span>{user.Identity.Name}{(user.IsCurator() ? " (curator)" : string.Empty)}</span><form method=\"post\" action=\"/signout\">{Antiforgery(http)}<button type=\"submit\">Sign out</button></form>")
            : Html.Of($"<a href=\"/signin?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}\">Sign in</a>");
        var page = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Tradewatch</title>
            {AtomFeeds.Discovery}
            <style>{Html.Trusted(Style)}</style>
            </head>
            <body>
            <header>
              <a class="brand" href="/">Tradewatch</a>
              <a href="/stories">Stories</a>
              <a href="/ledger">Ledger</a>
              <a href="/duty">Duty calculator</a>
              <a href="/licence">Licence</a>
              <a href="/portfolio">Portfolio</a>
              <a href="/calendar">Calendar</a>
              <a href="/review">Review queue</a>
              {Html.When(user.IsCurator(), Html.Of($"<a href=\"/ingest\">Ingest</a>"))}
              <form class="search" method="get" action="/search" role="search"><input name="q" aria-label="Search stories, claims, measures, HS and US tariff lines" placeholder="Search" size="14"></form>
              <span class="who">{who}</span>
            </header>
            <main>
            {body}
            </main>
            <footer class="small muted">{LastUpdate(http)}</footer>
            </body>
            </html>
            """);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The latest recorded time of any ledger record, as known now (review acceptances included).</summary>
    private static Html LastUpdate(HttpContext http)
    {
        var ledger = http.RequestServices.GetService<LedgerSession>()?.Ledger;
        return ledger is not null && LedgerRecordRow.LatestRecorded(ledger) is { } at
            ? Html.Of($"Ledger last updated <time datetime=\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{at.UtcDateTime:yyyy-MM-dd HH:mm} UTC</time> (the latest recorded time of any record). <a href=\"/ledger\">The ledger</a>")
            : Html.Empty;
    }

    /// <summary>The hidden anti-forgery field a form that changes something must carry.</summary>
    public static Html Antiforgery(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>A source as a link when it is a web address, else as text; never a script URL.</summary>
    public static Html Source(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Html.Of($"<a href=\"{uri.AbsoluteUri}\" rel=\"noopener noreferrer\" target=\"_blank\">{uri.Host}</a>")
            : Html.Text(source);

    public static Html Sources(IEnumerable<string> sources) => Html.Join(sources.Select((s, i) => Html.Of($"{(i > 0 ? " · " : string.Empty)}{Source(s)}")));

    /// <summary>
    /// The attributes and message that tie a form field to its errors: <c>aria-invalid</c> and
    /// <c>aria-describedby</c> on the input (<see cref="FieldState"/>), the message just after it
    /// (<see cref="FieldError"/>), so each error is shown on the field it belongs to.
    /// </summary>
    public static Html FieldState(InputErrors? errors, string field) =>
        errors?.For(field).Count > 0 ? Html.Of($" aria-invalid=\"true\" aria-describedby=\"{field}-error\"") : Html.Empty;

    public static Html FieldError(InputErrors? errors, string field) =>
        errors?.For(field) is { Count: > 0 } list ? Html.Of($"<span class=\"field-error\" id=\"{field}-error\">{string.Join(" ", list)}</span>") : Html.Empty;

    /// <summary>
    /// Above a form whose fields show their own errors (<see cref="FieldError"/>): that the question could not be
    /// answered, and any message about none of the form's <paramref name="fields"/>, so no error goes unseen.
    /// </summary>
    public static Html FormErrors(InputErrors errors, params IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.Any)
        {
            return Html.Empty;
        }

        var elsewhere = errors.MessagesExcept(fields);
        var list = elsewhere.Count == 0 ? Html.Empty : Errors(elsewhere);
        return Html.Of($"""<div class="errors" role="alert"><p>The question could not be answered: see the marked fields.</p></div>{list}""");
    }

    public static Html Errors(IEnumerable<string> messages)
    {
        var list = messages.ToList();
        return list.Count == 0 ? Html.Empty : Html.Of($"<div class=\"errors\" role=\"alert\"><ul>{Html.Join(list.Select(m => Html.Of($"<li>{m}</li>")))}</ul></div>");
    }
}
