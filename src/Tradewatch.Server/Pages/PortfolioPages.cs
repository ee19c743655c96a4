using System.Globalization;
using System.Text;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Portfolios;
using Tradewatch.Server.Api;

namespace Tradewatch.Server.Pages;

/// <summary>
/// The portfolio question as a form: an import book (CSV pasted or uploaded, the columns of the CLI's
/// <c>portfolio</c>) costed under the baseline and the scenarios ticked, with the duty by layer, origin
/// and HS chapter. A plain POST form: it changes nothing, needs no script, and reads the same CSV with
/// the same reader and limits as the CLI.
/// </summary>
public static class PortfolioPages
{
    /// <summary>Lines a pasted or uploaded portfolio may hold; a larger book is for the CLI, which streams it.</summary>
    public const int MaxLines = 20_000;

    /// <summary>How many lines whose MFN duty is not computed the answer lists.</summary>
    private const int MaxNotComputedShown = 20;

    private const string Example =
        """
        hs,origin,importer,date,value
        8505.11,CN,US,2025-06-09,12000
        8471.30,CN,US,2025-09-01,35000
        7208.10,CN,US,2025-11-20,8000
        """;

    public static IResult Form(HttpContext http, LedgerSession ledger) =>
        Page(http, ledger, Example, [], null, null, null);

    public static async Task<IResult> Cost(HttpContext http, LedgerSession ledger)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var errors = new InputErrors();
        var pasted = InputErrors.Given(form["csv"]);
        var file = form.Files.GetFile("file");
        byte[]? bytes = null;
        if (file is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted);
            bytes = buffer.ToArray();
        }
        else if (pasted is not null)
        {
            bytes = Encoding.UTF8.GetBytes(pasted);
        }
        else
        {
            errors.Add("csv", "paste the portfolio's lines, or choose a CSV file.");
        }

        var knownText = InputErrors.Given(form["knownAt"]);
        var knownAt = errors.KnownAt(ledger, "knownAt", knownText);
        var chosen = form["scenario"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in chosen)
        {
            errors.Scenario(ledger, "scenario", name);
        }

        PortfolioReadResult? read = null;
        if (!errors.Any && bytes is not null)
        {
            if (bytes.AsSpan().Count((byte)'\n') > MaxLines)
            {
                errors.Add(file is { Length: > 0 } ? "file" : "csv", $"at most {MaxLines:N0} lines here; cost a larger book with 'tradewatch portfolio FILE'.");
            }
            else
            {
                try
                {
                    using var stream = new MemoryStream(bytes, writable: false);
                    read = ledger.PortfolioReader().Read(stream);
                }
                catch (InvalidDataException e)
                {
                    errors.Add(file is { Length: > 0 } ? "file" : "csv", e.Message);
                }
            }
        }

        var shownCsv = pasted ?? (bytes is null ? Example : string.Empty);
        if (errors.Any || read is null)
        {
            return Page(http, ledger, shownCsv, chosen, knownText, errors, null);
        }

        // a scenario that does not apply as known then is named with the reason; the others are costed
        var refused = chosen.Select(s => (Name: s, Refusal: ledger.Refusal(knownAt, s))).Where(r => r.Refusal is not null).Select(r => r.Refusal!).ToList();
        var views = new List<(string Name, LedgerView View)> { ("baseline", ledger.View(knownAt, null)) };
        views.AddRange(chosen.Where(s => ledger.Refusal(knownAt, s) is null).Select(s => (s, ledger.View(knownAt, s))));
        var results = views.Select(v => (v.Name, Summary: read.Tally.Evaluate(v.View, ledger.Schedule))).ToList();
        var currency = PortfolioCurrency.Of(ledger.Reference, read.Tally);
        if (form["format"] == "csv")
        {
            return CsvExports.Portfolio(read, results, currency);
        }

        return Page(http, ledger, shownCsv, chosen, knownText, errors, (read, results, currency, refused));
    }

    private static IResult Page(
        HttpContext http, LedgerSession ledger, string csv, IReadOnlyList<string> chosen, string? knownAt, InputErrors? errors,
        (PortfolioReadResult Read, List<(string Name, PortfolioSummary Summary)> Results, PortfolioCurrency Currency, IReadOnlyList<string> Refused)? answer)
    {
        var body = Html.Of($"""
            <h1>What does an import book cost?</h1>
            <form class="card" method="post" action="/portfolio" enctype="multipart/form-data" id="portfolio-form">
              <p><label for="csv">Portfolio lines (CSV with a header: hs, origin, importer, date, value; optionally quantity and unit, metal_weight and metal_value, claim, a preference claimed at entry such as USMCA, and metal, the metal the goods are articles of: {Core.Ledger.Metals.Described})</label>
              <textarea id="csv" name="csv" rows="8" cols="70"{Layout.FieldState(errors, "csv")}>{csv}</textarea>{Layout.FieldError(errors, "csv")}</p>
              <p><label for="file">or a CSV file</label><input id="file" name="file" type="file" accept=".csv,text/csv"{Layout.FieldState(errors, "file")}>{Layout.FieldError(errors, "file")}</p>
              <fieldset class="fields"{Layout.FieldState(errors, "scenario")}><legend class="small muted">Also cost it under</legend>
                {Html.Join(ledger.Scenarios.Keys.Select(k => Html.Of($"<div><label><input type=\"checkbox\" name=\"scenario\" value=\"{k}\"{(chosen.Contains(k) ? " checked" : string.Empty)}> {k}</label></div>")))}
              </fieldset>{Layout.FieldError(errors, "scenario")}
              <div class="fields">
                <div><label for="knownAt">As known at</label><input id="knownAt" name="knownAt" type="date" value="{knownAt}"{Layout.FieldState(errors, "knownAt")}>{Layout.FieldError(errors, "knownAt")}</div>
                <div><button class="primary" type="submit">Cost it</button> <button class="secondary" type="submit" name="format" value="csv" id="portfolio-csv">Cost it as CSV</button></div>
              </div>
              <p class="small muted">Each line's value is its customs value, from 0 to 1,000,000,000,000; origin and importer are two-letter codes; a line that cannot be read is named and left out.</p>
            </form>
            {(answer is { } a ? Answer(a.Read, a.Results, a.Currency, a.Refused) : Html.Empty)}
            """);
        return Layout.Page(http, "Portfolio", body, errors?.Any == true ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static Html Answer(PortfolioReadResult read, List<(string Name, PortfolioSummary Summary)> results, PortfolioCurrency currency, IReadOnlyList<string> refused)
    {
        var baseline = results[0].Summary;
        static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <section class="card" id="portfolio-result">
              <h2 style="margin-top:0">{baseline.Lines} line(s), customs value {Money(baseline.Value)}{currency.Suffix}</h2>
              <p class="small{(currency.Code is null ? string.Empty : " muted")}" id="portfolio-currency">{currency.Note}</p>
              {Html.When(read.Skipped > 0, Html.Of($"""
                <div class="errors" role="alert"><p>{read.Skipped} line(s) could not be read and are left out:</p>
                <ul>{Html.Join(read.Problems.Select(p => Html.Of($"<li>line {p.Line}: {p.Message}</li>")))}</ul></div>
                """))}
              <h3 class="small">By scenario</h3>
              <div class="scroll"><table id="portfolio-scenarios"><thead><tr><th>Scenario</th><th class="num">MFN duty</th><th class="num">Additional duty</th><th class="num">Total duty</th><th class="num">Effective rate</th><th class="num">Refund exposure</th></tr></thead><tbody>
              {Html.Join(results.Select(r => Html.Of($"<tr><td>{r.Name}</td><td class=\"num\">{Money(r.Summary.BaseDuty)}</td><td class=\"num\">{Money(r.Summary.Duty)}</td><td class=\"num\">{Money(r.Summary.TotalDuty)}</td><td class=\"num\">{r.Summary.EffectiveRatePercent:0.##}%</td><td class=\"num\">{Money(r.Summary.RefundExposure)}</td></tr>")))}
              </tbody></table></div>
              {Html.Join(refused.Select(r => Html.Of($"<p class=\"small\" id=\"portfolio-not-compared\">Not costed: {r}</p>")))}
              {Html.When(baseline.ClaimNotOfOrigin > 0, Html.Of($"<p id=\"portfolio-claim-not-of-origin\" class=\"small muted\">Claimed under a preference their origin is no party to (USMCA on goods of Guatemala), on a customs value of {Money(baseline.ClaimNotOfOrigin)}: costed as unclaimed.</p>"))}
              {Html.When(baseline.BaseNotComputed > 0, Html.Of($"""
                <div id="portfolio-base-not-computed"><p class="small muted">MFN duty not computed on a customs value of {Money(baseline.BaseNotComputed)}; give quantity and unit columns to compute specific and compound rates:</p>
                <div class="scroll"><table><thead><tr><th>Line</th><th class="num">Value</th><th>Why</th></tr></thead><tbody>
                {Html.Join(baseline.BaseNotComputedLines.Take(MaxNotComputedShown).Select(l => Html.Of($"<tr><td>{l.Line}</td><td class=\"num\">{Money(l.Value)}</td><td>{l.Reason}</td></tr>")))}
                </tbody></table></div>{Html.When(baseline.BaseNotComputedLines.Count > MaxNotComputedShown, Html.Of($"<p class=\"small muted\">... and {baseline.BaseNotComputedLines.Count - MaxNotComputedShown} more line(s).</p>"))}</div>
                """))}
              {Html.When(baseline.MetalNotStatedLines.Count > 0, Html.Of($"""
                <div id="portfolio-metal-not-stated"><p class="small muted">Costed without their metal; give the metal column to settle it:</p>
                <div class="scroll"><table><thead><tr><th>Line</th><th class="num">Value</th><th>Why</th></tr></thead><tbody>
                {Html.Join(baseline.MetalNotStatedLines.Take(MaxNotComputedShown).Select(l => Html.Of($"<tr><td>{l.Line}</td><td class=\"num\">{Money(l.Value)}</td><td>{l.Reason}</td></tr>")))}
                </tbody></table></div>{Html.When(baseline.MetalNotStatedLines.Count > MaxNotComputedShown, Html.Of($"<p class=\"small muted\">... and {baseline.MetalNotStatedLines.Count - MaxNotComputedShown} more line(s).</p>"))}</div>
                """))}
              <h3 class="small">Baseline by layer</h3>
              <div class="scroll"><table><thead><tr><th>Layer</th><th class="num">Duty</th><th class="num">Refund exposure</th></tr></thead><tbody>
              {Html.Join(baseline.DutyByLayer.Keys.Union(baseline.RefundByLayer.Keys).Order(StringComparer.Ordinal).Select(l => Html.Of($"<tr><td>{MeasurePages.Link(l)}</td><td class=\"num\">{Money(baseline.DutyByLayer.GetValueOrDefault(l))}</td><td class=\"num\">{Money(baseline.RefundByLayer.GetValueOrDefault(l))}</td></tr>")))}
              </tbody></table></div>
              <h3 class="small">Baseline by origin</h3>
              <div class="scroll"><table><thead><tr><th>Origin</th><th class="num">Value</th><th class="num">Total duty</th></tr></thead><tbody>
              {Html.Join(baseline.ByOrigin.OrderByDescending(kv => kv.Value.Duty).Select(kv => Html.Of($"<tr><td>{kv.Key}</td><td class=\"num\">{Money(kv.Value.Value)}</td><td class=\"num\">{Money(kv.Value.Duty)}</td></tr>")))}
              </tbody></table></div>
              <h3 class="small">Baseline by HS chapter (top 10 by duty)</h3>
              <div class="scroll"><table><thead><tr><th>Chapter</th><th class="num">Value</th><th class="num">Total duty</th></tr></thead><tbody>
              {Html.Join(baseline.ByChapter.OrderByDescending(kv => kv.Value.Duty).Take(10).Select(kv => Html.Of($"<tr><td>{kv.Key}</td><td class=\"num\">{Money(kv.Value.Value)}</td><td class=\"num\">{Money(kv.Value.Duty)}</td></tr>")))}
              </tbody></table></div>
              {Html.When(baseline.ByMetal.Count > 0, Html.Of($"""
                <h3 class="small">Baseline, lines naming their metal</h3>
                <div class="scroll"><table id="portfolio-by-metal"><thead><tr><th>Metal</th><th class="num">Value</th><th class="num">Total duty</th></tr></thead><tbody>
                {Html.Join(baseline.ByMetal.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Html.Of($"<tr><td>{kv.Key}</td><td class=\"num\">{Money(kv.Value.Value)}</td><td class=\"num\">{Money(kv.Value.Duty)}</td></tr>")))}
                </tbody></table></div>
                """))}
            </section>
            """);
    }
}
