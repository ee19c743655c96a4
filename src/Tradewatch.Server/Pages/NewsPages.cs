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

/// <summary>The list of stories and the ingest form (a story's reading view is <see cref="StoryPages"/>).</summary>
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

    public static IResult IngestForm(HttpContext http) => IngestForm(http, null, new PastedReport(null, null, null, null, null));

    private static IResult IngestForm(HttpContext http, InputErrors? errors, PastedReport values)
    {
        if (!http.User.IsCurator())
        {
            return Layout.Page(http, "Ingest", Html.Of($"<h1>Ingest reports</h1><p>Only a curator may add reports. <a href=\"/signin?returnUrl=%2Fingest\">Sign in</a></p>"), StatusCodes.Status403Forbidden);
        }

        var body = Html.Of($"""
            <h1>Ingest reports</h1>
            {Html.When(errors?.Any == true, Html.Of($"<div class=\"errors\" role=\"alert\"><p>Nothing was ingested: see the marked fields.</p></div>"))}
            <form class="card" method="post" action="/ingest" enctype="multipart/form-data">
              {Layout.Antiforgery(http)}
              <p><label for="files">Report files (.txt, .md, .html, RSS/Atom, .gz)</label><input id="files" name="files" type="file" multiple{Layout.FieldState(errors, "files")}>{Layout.FieldError(errors, "files")}</p>
              <p><label for="text">Or paste a report's text</label><textarea id="text" name="text" rows="10" cols="90"{Layout.FieldState(errors, "text")}>{values.Text}</textarea>{Layout.FieldError(errors, "text")}</p>
              <div class="fields">
                <div><label for="title">Title</label><input id="title" name="title" size="40" value="{values.Title}"{Layout.FieldState(errors, "title")}>{Layout.FieldError(errors, "title")}</div>
                <div><label for="outlet">Outlet</label><input id="outlet" name="outlet" size="20" value="{values.Outlet}"{Layout.FieldState(errors, "outlet")}>{Layout.FieldError(errors, "outlet")}</div>
                <div><label for="published">Published</label><input id="published" name="published" type="date" value="{values.Published}"{Layout.FieldState(errors, "published")}>{Layout.FieldError(errors, "published")}</div>
                <div><label for="url">Address (URL)</label><input id="url" name="url" type="url" size="40" value="{values.Url}"{Layout.FieldState(errors, "url")}>{Layout.FieldError(errors, "url")}</div>
              </div>
              <p class="small muted">Title, outlet, date and address describe the pasted text (files carry their own); the date is what claims are checked against the ledger on.</p>
              <button class="primary" type="submit">Ingest</button>
            </form>
            """);
        return Layout.Page(http, "Ingest", body, errors?.Any == true ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public static async Task<IResult> Ingest(HttpContext http, NewsService news, LedgerSession ledger, IOptions<ServerSettings> settings)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var errors = new InputErrors();
        var pasted = new PastedReport(form["text"], form["title"], form["published"], form["outlet"], form["url"]);
        var inputs = await NewsApi.Inputs(form.Files, pasted, settings.Value, errors, http.RequestAborted);
        if (errors.Any)
        {
            return IngestForm(http, errors, pasted);
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
