using System.Globalization;
using System.Text;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.Server.Api;
using Tradewatch.Server.News;
using Tradewatch.Storage;
using Core = Tradewatch.Core;

namespace Tradewatch.Server.Pages;

/// <summary>
/// Answers as CSV (RFC 4180, one header line) for spreadsheets: a duty answer layer by layer
/// (<c>/duty.csv</c>, the duty page's parameters), a story's claims (<c>/stories/{id}/claims.csv</c>)
/// and every stored claim (<c>/claims.csv</c>), each claim in the words the story page shows; and an
/// import book costed on the portfolio page (its form sent with <c>format=csv</c>).
/// </summary>
public static class CsvExports
{
    private static readonly string[] ClaimHeader = ["story", "claim", "kind", "words", "verdict", "ledger_percent", "outlets", "documents", "quote"];

    public static IResult Duty(LedgerSession ledger, [AsParameters] DutyRequest query)
    {
        var errors = new InputErrors();
        if (LedgerQueries.Duty(ledger, query, errors) is not { } answer)
        {
            return Problem(errors);
        }

        var text = new StringBuilder(Core.Csv.Line(["importer", "origin", "hs", "date", "known_at", "scenario", "measure", "title", "basis", "status", "rate_percent", "scheduled_percent", "value", "currency", "duty", "voided_by", "void_basis", "sources"]));
        string[] Head() => [answer.Importer, answer.Origin, answer.Hs ?? string.Empty, answer.Date, answer.KnownAt ?? string.Empty, answer.Scenario ?? "baseline"];
        foreach (var l in answer.Layers)
        {
            text.Append(Core.Csv.Line([.. Head(), l.Measure, l.Title, l.Basis, l.Status, Number(l.RatePercent), Number(l.ScheduledPercent),
                Number(answer.Value), answer.Currency ?? string.Empty, answer.Value is { } v ? Number(Math.Round(v * l.RatePercent / 100m, 2)) : string.Empty, l.VoidedBy ?? string.Empty, l.VoidBasis ?? string.Empty, string.Join(" ", l.Sources)]));
        }

        text.Append(Core.Csv.Line([.. Head(), "total", "total additional duty", string.Empty, answer.Coverage, Number(answer.TotalAdditionalPercent), string.Empty,
            Number(answer.Value), answer.Currency ?? string.Empty, Number(answer.AdditionalDuty), string.Empty, string.Empty]));
        return Results.Text(text.ToString(), "text/csv; charset=utf-8");
    }

    public static IResult StoryClaims(long id, NewsService news, LedgerSession ledger)
    {
        if (news.Read(id, ledger) is not { } reading)
        {
            return Results.Text($"There is no story {id}.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var texts = reading.Detail.Reports.ToDictionary(r => StoredStoryClaims.Key(r.Id), r => r.Text, StringComparer.Ordinal);
        var story = id.ToString(CultureInfo.InvariantCulture);
        return Claims(reading.Claims.Claims, reading.Checks.Select(CheckDto.From), _ => story, texts, ledger);
    }

    public static async Task<IResult> AllClaims(NewsService news, LedgerSession ledger, CancellationToken cancel)
    {
        var (claims, checks) = await news.AllClaimsAsync(ledger, cancel);
        return Claims(claims.Result.Claims, checks.Select(CheckDto.From), doc => claims.Stories.TryGetValue(doc, out var s) ? s : null, null, ledger);
    }

    private static IResult Claims(IEnumerable<ConsolidatedClaim> claims, IEnumerable<CheckDto> checks, Func<string, string?> storyOf, Dictionary<string, string>? texts, LedgerSession ledger)
    {
        var byClaim = checks.ToDictionary(c => c.Claim, StringComparer.Ordinal);
        var economies = ledger.Reference.Economies;
        var text = new StringBuilder(Core.Csv.Line(ClaimHeader));
        foreach (var c in claims)
        {
            var check = byClaim.GetValueOrDefault(c.Id);
            var first = c.Sources.Count > 0 ? c.Sources[0] : null;
            var quote = first is not null && texts?.TryGetValue(first.Document, out var t) == true && first.End <= t.Length && first.Start < first.End ? t[first.Start..first.End] : string.Empty;
            var story = c.Sources.Select(s => storyOf(s.Document)).FirstOrDefault(s => s is not null);
            text.Append(Core.Csv.Line([
                story ?? string.Empty, c.Id, ClaimWords.Kind(c.Facts), ClaimWords.Of(c.Facts, economies),
                check?.Verdict ?? string.Empty, Number(check?.LedgerPercent), c.Corroboration.ToString(CultureInfo.InvariantCulture),
                string.Join(" ", c.Sources.Select(s => s.Document).Distinct()), quote]));
        }

        return Results.Text(text.ToString(), "text/csv; charset=utf-8");
    }

    /// <summary>
    /// A costed import book, one row per figure the portfolio page shows: each scenario's total, then the
    /// baseline's duty by layer (the base MFN layer as <c>mfn</c>), origin, HS chapter and the metal lines name (<c>metal</c>); totals are the whole duty,
    /// base and additional. Then what the totals leave out, each with its reason in <c>note</c>: every US line
    /// whose MFN duty is not computed (<c>by</c> = <c>mfn-not-computed</c>, its value counted in the totals but
    /// not its MFN duty), every line whose duty depends on the metal its goods are articles of, which it leaves
    /// unsaid (<c>by</c> = <c>metal-not-stated</c>, costed in the totals as goods not of that metal), and every line of the book that could not be read (<c>by</c> = <c>unread</c>, the key
    /// its line number; left out of every figure). Every amount of a row is in its <c>currency</c>, the importers' (empty
    /// for a book mixing currencies, whose amounts are added unconverted). Sent as a file, since it answers a posted form.
    /// </summary>
    public static IResult Portfolio(Core.Portfolios.PortfolioReadResult read, IReadOnlyList<(string Name, Core.Evaluation.PortfolioSummary Summary)> results, App.Answers.PortfolioCurrency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var text = new StringBuilder(Core.Csv.Line(["scenario", "by", "key", "lines", "value", "duty", "effective_rate_percent", "refund_exposure", "note", "currency"]));
        var code = currency.Code ?? string.Empty;
        foreach (var (name, s) in results)
        {
            text.Append(Core.Csv.Line([name, "total", string.Empty, s.Lines.ToString(CultureInfo.InvariantCulture), Money(s.Value), Money(s.TotalDuty), Number(s.EffectiveRatePercent), Money(s.RefundExposure), string.Empty, code]));
        }

        var (baseline, b) = results[0];
        text.Append(Core.Csv.Line([baseline, "layer", "mfn", string.Empty, string.Empty, Money(b.BaseDuty), string.Empty, string.Empty, string.Empty, code]));
        foreach (var layer in b.DutyByLayer.Keys.Union(b.RefundByLayer.Keys).Order(StringComparer.Ordinal))
        {
            text.Append(Core.Csv.Line([baseline, "layer", layer, string.Empty, string.Empty, Money(b.DutyByLayer.GetValueOrDefault(layer)), string.Empty, Money(b.RefundByLayer.GetValueOrDefault(layer)), string.Empty, code]));
        }

        foreach (var (by, groups) in new[] { ("origin", b.ByOrigin), ("chapter", b.ByChapter), ("metal", b.ByMetal) })
        {
            foreach (var (key, (value, duty)) in groups.OrderByDescending(g => g.Value.Duty).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append(Core.Csv.Line([baseline, by, key, string.Empty, Money(value), Money(duty), Number(value == 0 ? null : Math.Round(duty * 100m / value, 2)), string.Empty, string.Empty, code]));
            }
        }

        foreach (var line in b.BaseNotComputedLines)
        {
            text.Append(Core.Csv.Line([baseline, "mfn-not-computed", line.Line, string.Empty, Money(line.Value), string.Empty, string.Empty, string.Empty, line.Reason, code]));
        }

        foreach (var line in b.MetalNotStatedLines)
        {
            text.Append(Core.Csv.Line([baseline, "metal-not-stated", line.Line, string.Empty, Money(line.Value), string.Empty, string.Empty, string.Empty, line.Reason, code]));
        }

        foreach (var problem in read.Problems)
        {
            text.Append(Core.Csv.Line([string.Empty, "unread", problem.Line.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, problem.Message, string.Empty]));
        }

        if (read.Skipped > read.Problems.Count)
        {
            text.Append(Core.Csv.Line([string.Empty, "unread", string.Empty, (read.Skipped - read.Problems.Count).ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, string.Empty,
                "more line(s) could not be read and are left out (only the first are listed)", string.Empty]));
        }

        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "portfolio.csv");
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static IResult Problem(InputErrors errors) =>
        Results.Text(string.Join("\n", errors.Messages) + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
