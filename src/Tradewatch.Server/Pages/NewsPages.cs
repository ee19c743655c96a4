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
