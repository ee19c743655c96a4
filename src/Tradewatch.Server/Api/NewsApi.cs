using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.News.Reading;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;

namespace Tradewatch.Server.Api;

/// <summary>A pasted report and what the person pasting it says of it: its title, outlet, publication day and address.</summary>
public sealed record PastedReport(string? Text, string? Title, string? Published, string? Outlet, string? Url);

/// <summary>The stored news: stories, a story, its claims, conflicts and ledger check (open); ingest (curators).</summary>
public static class NewsApi
{
    public static IEndpointRouteBuilder MapNewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("News");
        api.MapGet("/stories", Stories).WithSummary("The stored stories, latest first.");
        api.MapGet("/stories/{id:long}", Story).WithSummary("One story: its reports, their text, and which copy or revise which.").ProducesProblems(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id:long}/claims", Claims).WithSummary("The story's claims, consolidated, each with its sources (spans into the reports' text) and corroboration.").ProducesProblems(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id:long}/conflicts", Conflicts).WithSummary("Where the story's reports disagree, with both sides; and the differences that are not conflicts, explained.").ProducesProblems(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id:long}/check", Check).WithSummary("The story's tariff claims checked against the ledger as known on each claim's day.").ProducesProblems(StatusCodes.Status404NotFound);
        api.MapGet("/claims", AllClaims).WithSummary("The claims of every stored report, consolidated across the store, each with its sources and corroboration.").RequireExpensiveLimit();
        api.MapGet("/conflicts", AllConflicts).WithSummary("Where the stored reports disagree, and the differences that are not conflicts.").RequireExpensiveLimit();
        api.MapGet("/check", AllChecks).WithSummary("The stored reports' tariff and export-control claims checked against the ledger as known on each claim's day.").RequireExpensiveLimit();
        api.MapPost("/ingest", Ingest)
            .WithSummary("Read reports into the store: files uploaded (multipart field 'files') and/or text pasted (field 'text', with optional 'title', 'outlet', 'published' (yyyy-MM-dd) and 'url'). Curators only.")
            .RequireCuratorWrite()
            .RequireMultipartForm("files", "report files in the field 'files' and/or a report's text in 'text' (with optional 'title', 'outlet', 'published' and 'url')")
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    public static Ok<List<StoryDto>> Stories(NewsService news) => TypedResults.Ok(news.Stories().Select(StoryDto.From).ToList());

    public static Results<Ok<StoryDetailDto>, ProblemHttpResult> Story(long id, NewsService news) =>
        news.Story(id) is { } detail ? TypedResults.Ok(StoryDetailDto.From(detail)) : NoStory(id);

    // The store-wide answers are serialised once per store and ledger state, not per request: they are the most asked and the most expensive.
    public static async Task<Results<JsonBytes<List<ClaimDto>>, ValidationProblem>> AllClaims(string? kind, NewsService news, LedgerSession ledger, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancel)
    {
        if (kind is not null && !ClaimFacts.FilterKinds.Contains(kind))
        {
            var errors = new InputErrors();
            errors.Add("kind", $"one of {string.Join(", ", ClaimFacts.FilterKinds)}.");
            return errors.Problem();
        }

        var all = await news.AllClaimsAsync(ledger, cancel);
        return JsonBytes.Cached(all.Answers, "claims:" + kind, () => ClaimDto.List(all.Claims.Result, kind), json.Value.SerializerOptions);
    }

    public static async Task<JsonBytes<ConflictsDto>> AllConflicts(NewsService news, LedgerSession ledger, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancel)
    {
        var all = await news.AllClaimsAsync(ledger, cancel);
        return JsonBytes.Cached(all.Answers, "conflicts", () => ConflictsDto.From(all.Claims.Result), json.Value.SerializerOptions);
    }

    public static async Task<JsonBytes<List<CheckDto>>> AllChecks(NewsService news, LedgerSession ledger, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancel)
    {
        var all = await news.AllClaimsAsync(ledger, cancel);
        return JsonBytes.Cached(all.Answers, "check", () => all.Checks.Select(CheckDto.From).ToList(), json.Value.SerializerOptions);
    }

    public static Results<Ok<List<ClaimDto>>, ProblemHttpResult, ValidationProblem> Claims(long id, string? kind, NewsService news, LedgerSession ledger)
    {
        if (kind is not null && !ClaimFacts.FilterKinds.Contains(kind))
        {
            var errors = new InputErrors();
            errors.Add("kind", $"one of {string.Join(", ", ClaimFacts.FilterKinds)}.");
            return errors.Problem();
        }

        return news.Read(id, ledger) is { } reading ? TypedResults.Ok(ClaimDto.List(reading.Claims, kind)) : NoStory(id);
    }

    public static Results<Ok<ConflictsDto>, ProblemHttpResult> Conflicts(long id, NewsService news, LedgerSession ledger) =>
        news.Read(id, ledger) is { } reading ? TypedResults.Ok(ConflictsDto.From(reading.Claims)) : NoStory(id);

    public static Results<Ok<List<CheckDto>>, ProblemHttpResult> Check(long id, NewsService news, LedgerSession ledger) =>
        news.Read(id, ledger) is { } reading ? TypedResults.Ok(reading.Checks.Select(CheckDto.From).ToList()) : NoStory(id);

    public static async Task<Results<Ok<IngestResultDto>, ValidationProblem>> Ingest(
        IFormFileCollection files, [FromForm] string? text, [FromForm] string? title, [FromForm] string? published, [FromForm] string? outlet, [FromForm] string? url,
        NewsService news, LedgerSession ledger, IOptions<ServerSettings> settings, CancellationToken cancel)
    {
        var errors = new InputErrors();
        var inputs = await Inputs(files, new PastedReport(text, title, published, outlet, url), settings.Value, errors, cancel);
        return errors.Any ? errors.Problem() : TypedResults.Ok(news.Ingest(inputs, ledger));
    }

    /// <summary>The uploaded files and the pasted text as reader inputs; a pasted title becomes front matter.</summary>
    public static async Task<List<(string Id, string FileName, byte[] Bytes)>> Inputs(
        IFormFileCollection? files, PastedReport pasted, ServerSettings settings, InputErrors errors, CancellationToken cancel)
    {
        var inputs = new List<(string, string, byte[])>();
        foreach (var file in files ?? (IReadOnlyList<IFormFile>)[])
        {
            var name = Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            {
                errors.Add("files", "each file needs a name of at most 200 characters.");
                continue;
            }

            if (file.Length == 0 || file.Length > ReportReader.MaxBytes)
            {
                errors.Add("files", $"{name}: empty, or larger than {ReportReader.MaxBytes / (1024 * 1024)} MB.");
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancel);
            inputs.Add(("upload:" + name, name, buffer.ToArray()));
        }

        var body = errors.Text("text", pasted.Text, settings.MaxPastedChars);
        var heading = OneLine(errors, "title", pasted.Title, 300);
        var outlet = OneLine(errors, "outlet", pasted.Outlet, 200);
        var day = errors.OptionalDay("published", pasted.Published);
        var address = OneLine(errors, "url", pasted.Url, 2000);
        if (address is not null && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("url", "a web address starting with http:// or https://.");
            address = null;
        }

        if (body is not null)
        {
            // The fields travel as front matter, which the report reader reads for every format; JSON strings are valid YAML scalars.
            var front = new (string Key, string? Value)[] { ("title", heading), ("outlet", outlet), ("published", day is { } d ? LedgerDtos.Day(d) : null), ("url", address) }
                .Where(f => f.Value is not null)
                .Select(f => $"{f.Key}: {System.Text.Json.JsonSerializer.Serialize(f.Value)}\n")
                .ToList();
            body = front.Count == 0 ? body : $"---\n{string.Concat(front)}---\n{body}";
            var id = "pasted:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..12];
            inputs.Add((id, "pasted.md", Encoding.UTF8.GetBytes(body)));
        }

        if (inputs.Count == 0 && !errors.Any)
        {
            errors.Add("text", "send report files (field 'files') or paste a report's text (field 'text').");
        }

        return inputs;
    }

    private static string? OneLine(InputErrors errors, string field, string? value, int maxLength)
    {
        var text = errors.Text(field, value, maxLength);
        if (text is not null && text.Any(char.IsControl))
        {
            errors.Add(field, "one line, without control characters.");
            return null;
        }

        return text;
    }

    private static ProblemHttpResult NoStory(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story.", detail: $"There is no story {id}; GET /api/stories lists them.");
}
