using Tradewatch.App.Answers;
using Tradewatch.App.Charts;
using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Core;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Server.Search;

namespace Tradewatch.Server.Pages;

/// <summary>The home page, the ledger with its charts and measures, the duty calculator and the calendar.</summary>
public static class LedgerPages
{
    private static readonly DateOnly ChartFrom = new(2025, 1, 1);
    private static readonly DateOnly ChartTo = new(2026, 12, 31);

    public static IResult Home(HttpContext http, LedgerSession ledger, NewsService news, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var stories = news.Stories().Take(6).ToList();
        var upcoming = ledger.View(null, null).Changes(today.AddDays(-60), today.AddDays(120), today).Take(15).ToList();
        var open = news.Proposals("open").Count;
        var body = Html.Of($"""
            <h1>Trade policy between economies, from the reports to the answers</h1>
            <p class="muted">Tradewatch reads news reports, groups them into stories, extracts what they state with the exact span of text, and checks the claims against a sourced, bitemporal ledger of tariffs and export controls.</p>
            <div class="grid">
              <section class="card">
                <h2 style="margin-top:0">US additional tariff on goods from China</h2>
                {Chart(ledger, "US", "CN", null)}
                <p class="small muted">Layers on all goods, as known now (<a href="/ledger?importer=US&amp;origin=CN&amp;knownAt=2025-12-31">as known at the end of 2025</a>, before the February 2026 ruling voided the IEEPA layers). <a href="/ledger">The ledger</a> · <a href="/duty?importer=US&amp;origin=CN&amp;hs=8505.11&amp;date=2025-06-09&amp;value=1000">duty on magnets, 9 June 2025</a></p>
              </section>
              <section>
                <div class="card">
                  <h2 style="margin-top:0">Recent stories</h2>
                  {StoryList(stories)}
                  <p class="small"><a href="/stories">All stories</a></p>
                </div>
                <div class="card">
                  <h2 style="margin-top:0">Review queue</h2>
                  <p><a href="/review">{open} proposed ledger change(s)</a> raised by reports that disagree with the ledger or that it does not cover.</p>
                </div>
              </section>
            </div>
            <section class="card">
              <h2 style="margin-top:0">Recent and coming changes (today is {LedgerDtos.Day(today)})</h2>
              {Events(upcoming, "Nothing started, changed or fell due in the last 60 days, and nothing does in the next 120.")}
              <p class="small"><a href="/calendar">The calendar</a></p>
            </section>
            """);
        return Layout.Page(http, "Home", body);
    }

    public static Html StoryList(IReadOnlyList<Storage.StoredStory> stories) => stories.Count == 0
        ? Html.Of($"<p class=\"muted\">No stories yet.</p>")
        : Html.Of($"<ul>{Html.Join(stories.Select(s => Html.Of($"<li><a href=\"/stories/{s.Id}\">{s.Title}</a> <span class=\"muted small\">{s.Reports} report(s), {s.FirstDate ?? "undated"}</span></li>")))}</ul>");

    public static Html Chart(LedgerSession ledger, string importer, string origin, string? hs, DateOnly? knownAt = null, string? scenario = null)
    {
        var errors = new InputErrors();
        var timeline = LedgerQueries.Timeline(ledger, new TimelineRequest(importer, origin, hs, null, null, knownAt is { } k ? LedgerDtos.Day(k) : null, scenario), errors);
        if (timeline is null)
        {
            return Layout.Errors(errors.Messages);
        }

        var steps = timeline.Steps.Select(s => new ChartStep(DateOnly.Parse(s.Start, System.Globalization.CultureInfo.InvariantCulture), s.TotalAdditionalPercent, s.RefundablePercent,
            $"{s.Start}: {s.TotalAdditionalPercent:0.##}%; {string.Join("; ", s.Changes)}")).ToList();
        var title = $"Additional {importer} tariff on {(hs is null ? "all goods" : "HS " + hs)} from {origin}";
        var known = knownAt is { } day ? $"As known at {LedgerDtos.Day(day)}" : "As known now";
        string Svg(int width) => StepChartSvg.Draw(title, steps, ChartFrom, ChartTo, width)
            .Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Security.SecurityElement.Escape(title)}: rate over time, table below\" ", StringComparison.Ordinal);

        // Two drawings of one chart, each at the size it is shown, so the text reads at 12 px or more on a desk and on a phone.
        return Html.Of($"""
            <figure class="chart">
              <div class="chart-wide">{Html.Trusted(Svg(StepChartSvg.WideWidth))}</div>
              <div class="chart-narrow">{Html.Trusted(Svg(StepChartSvg.NarrowWidth))}</div>
              <figcaption class="small muted">{known}. The line is the total additional duty in force; the shaded band is duty collected under layers a later record voided, now refundable.</figcaption>
              <details class="chart-data"><summary>The data as a table</summary>
                <div class="scroll"><table class="reflow"><thead><tr><th>From</th><th class="num">In force</th><th class="num">Refundable</th><th>What changed</th></tr></thead><tbody>
                {Html.Join(timeline.Steps.Select(s => Html.Of($"<tr><td data-label=\"From\">{s.Start}</td><td class=\"num\" data-label=\"In force\">{s.TotalAdditionalPercent:0.##}%</td><td class=\"num\" data-label=\"Refundable\">{(s.RefundablePercent > 0 ? $"{s.RefundablePercent:0.##}%" : "–")}</td><td class=\"small\">{string.Join("; ", s.Changes)}</td></tr>")))}
                </tbody></table></div>
              </details>
            </figure>
            """);
    }

    public static Html Events(IReadOnlyList<CalendarEvent> events, string none) => events.Count == 0
        ? Html.Of($"<p class=\"muted\">{none}</p>")
        : Html.Of($"""
            <table class="reflow"><thead><tr><th>Date</th><th>What</th><th>Subject</th><th>Text</th><th>Sources</th></tr></thead><tbody>
            {Html.Join(events.Select(e => Html.Of($"<tr><td class=\"date\" data-label=\"Date\">{LedgerDtos.Day(e.Date)}</td><td data-label=\"What\"><span class=\"badge\">{LedgerDtos.Kebab(e.Kind.ToString())}</span></td><td data-label=\"Subject\">{e.Subject}</td><td>{e.Text}</td><td class=\"small\" data-label=\"Sources\">{Layout.Sources(e.Sources)}</td></tr>")))}
            </tbody></table>
            """);

    public static IResult Ledger(HttpContext http, LedgerSession ledger, SearchTexts texts, string? knownAt, string? scenario, string? importer, string? origin, string? hs, string? imposer, string? kind, string? text)
    {
        var errors = new InputErrors();
        var known = errors.KnownAt(ledger, "knownAt", knownAt);
        var overlay = errors.Scenario(ledger, "scenario", scenario);
        var imp = string.IsNullOrWhiteSpace(importer) ? "US" : importer;
        var org = string.IsNullOrWhiteSpace(origin) ? "CN" : origin;
        var form = Html.Of($"""
            <form class="card fields" method="get" action="/ledger">
              <div><label for="importer">Importer</label><input id="importer" name="importer" value="{imp}" size="4"></div>
              <div><label for="origin">Origin</label><input id="origin" name="origin" value="{org}" size="4"></div>
              <div><label for="hs">HS code (optional)</label><input id="hs" name="hs" value="{hs}" size="10"></div>
              <div><label for="knownAt">As known at</label><input id="knownAt" name="knownAt" type="date" value="{knownAt}"{Layout.FieldState(errors, "knownAt")}>{Layout.FieldError(errors, "knownAt")}</div>
              <div><label for="scenario">Scenario</label>{ScenarioSelect(ledger, overlay ?? scenario)}{Layout.FieldError(errors, "scenario")}</div>
              <div><button class="primary" type="submit">Show</button></div>
            </form>
            """);
        if (errors.Any)
        {
            return Layout.Page(http, "Ledger", Html.Of($"<h1>The ledger</h1>{Layout.FormErrors(errors, "knownAt", "scenario")}{form}"), StatusCodes.Status400BadRequest);
        }

        var view = ledger.View(known, overlay);
        var all = view.Measures;
        var measures = Filter(all, imposer, kind, text, texts);
        var imposers = all.Select(m => m.Imposer.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var kinds = all.Select(m => LedgerDtos.Kebab(m.Kind.ToString())).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var body = Html.Of($"""
            <h1>The ledger</h1>
            {form}
            <div class="card">{Chart(ledger, imp, org, hs, known, overlay)}</div>
            <div class="card">{Chart(ledger, org, imp, hs, known, overlay)}</div>
            <h2>Measures ({measures.Count}{(measures.Count == all.Count ? string.Empty : $" of {all.Count}")}){(known is null ? string.Empty : $", as known at {knownAt}")} <a class="small" id="ledger-csv" href="/ledger.csv?{CsvQuery(knownAt, overlay, imposer, kind, text)}">as CSV</a></h2>
            <form class="card fields" method="get" action="/ledger" id="measure-filters">
              <input type="hidden" name="importer" value="{imp}"><input type="hidden" name="origin" value="{org}"><input type="hidden" name="hs" value="{hs}"><input type="hidden" name="knownAt" value="{knownAt}"><input type="hidden" name="scenario" value="{overlay}">
              <div><label for="imposer">Imposed by</label><select id="imposer" name="imposer"><option value="">any</option>{Html.Join(imposers.Select(c => Html.Of($"<option value=\"{c}\"{(string.Equals(c, imposer, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{c}</option>")))}</select></div>
              <div><label for="kind">Kind</label><select id="kind" name="kind"><option value="">any</option>{Html.Join(kinds.Select(k => Html.Of($"<option value=\"{k}\"{(k == kind ? " selected" : string.Empty)}>{k}</option>")))}</select></div>
              <div><label for="text">Text (id, title, basis)</label><input id="text" name="text" value="{text}" size="16"></div>
              <div><button class="secondary" type="submit">Filter</button> <a class="small" href="/ledger">clear</a></div>
            </form>
            <table class="reflow"><thead><tr><th>Measure</th><th>Kind</th><th>Imposer</th><th>On</th><th>Basis</th><th>Schedule</th><th>Sources</th></tr></thead><tbody>
            {Html.Join(measures.Select(m => Html.Of($"""
                <tr id="m-{m.Id}"><td><strong>{MeasurePages.Link(m.Id)}</strong><br><span class="small">{m.Title}</span></td><td data-label="Kind">{LedgerDtos.Kebab(m.Kind.ToString())}</td><td data-label="Imposer">{m.Imposer.Code}</td>
                <td class="small" data-label="On">{m.Targets.ToString()}<br>{(m.Products.All ? "all goods" : m.Products.Description ?? string.Join(", ", m.Products.Include.Select(c => c.ToString())))}</td>
                <td class="small" data-label="Basis">{m.Basis}{Html.When(m.LegalText is not null, Html.Of($"<br><span class=\"muted\">{m.LegalText}</span>"))}</td>
                <td class="small" data-label="Schedule">{Schedule(view, m.Id)}</td><td class="small" data-label="Sources">{Layout.Sources(m.Provenance.Sources)}</td></tr>
                """)))}
            </tbody></table>
            """);
        return Layout.Page(http, "Ledger", body);
    }

    /// <summary>The measures the ledger's filters keep (imposer, kind, and words as search reads them), by imposer and id: the page's table and its CSV.</summary>
    public static List<Core.Ledger.Measure> Filter(IEnumerable<Core.Ledger.Measure> all, string? imposer, string? kind, string? text, SearchTexts texts)
    {
        var words = SearchWords.Of(text, texts.Lexicon);
        return all
            .Where(m => string.IsNullOrWhiteSpace(imposer) || string.Equals(m.Imposer.Code, imposer.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(m => string.IsNullOrWhiteSpace(kind) || LedgerDtos.Kebab(m.Kind.ToString()) == kind)
            .Where(m => SiteSearch.MeasureMatches(m, words, texts))
            .OrderBy(m => m.Imposer.Code, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    private static string CsvQuery(params string?[] values)
    {
        string[] names = ["knownAt", "scenario", "imposer", "kind", "text"];
        return string.Join("&", names.Zip(values).Where(p => !string.IsNullOrWhiteSpace(p.Second)).Select(p => p.First + "=" + Uri.EscapeDataString(p.Second!.Trim())));
    }

    private static Html Schedule(LedgerView view, string measureId) => Html.Join(view.Schedule(measureId).Select(s => Html.Of(
        $"<div class=\"status-{LedgerDtos.Status(s.Status)}\">{LedgerDtos.Day(s.Valid.Start)}{(s.Valid.End is { } e ? " to " + LedgerDtos.Day(e) : " on")}: {s.InForcePercent:0.##}%{(s.InForcePercent != s.ScheduledPercent ? $" (of {s.ScheduledPercent:0.##}%)" : string.Empty)} {LedgerDtos.Status(s.Status)}</div>")));

    public static Html ScenarioSelect(LedgerSession ledger, string? selected) => Html.Of($"""
        <select id="scenario" name="scenario"><option value="">baseline</option>{Html.Join(ledger.Scenarios.Keys.Select(k => Html.Of($"<option value=\"{k}\"{(k == selected ? " selected" : string.Empty)}>{k}</option>")))}</select>
        """);

    /// <summary>
    /// The duty form and its answer. Any of the form's fields in the address asks the question; an
    /// entry date left out is today's, and the answer says so. Each error is shown on its own field.
    /// </summary>
    public static IResult Duty(HttpContext http, LedgerSession ledger, TimeProvider clock, [AsParameters] DutyRequest query)
    {
        string[] fields = ["importer", "origin", "hs", "date", "value", "knownAt", "scenario", "metalValue", "metalWeight", "metal"];
        var asked = fields.Any(http.Request.Query.ContainsKey);
        var undated = asked && string.IsNullOrWhiteSpace(query.Date);
        var q = !asked ? new DutyRequest("US", "CN", "8505.11", "2025-06-09", "1000", null, null)
            : undated ? query with { Date = LedgerDtos.Day(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) } : query;
        var errors = new InputErrors();
        var answer = asked ? LedgerQueries.Duty(ledger, q, errors) : null;
        var body = Html.Of($"""
            <h1>Duty calculator</h1>
            {Html.When(errors.Any, Html.Of($"<div class=\"errors\" role=\"alert\"><p>The question could not be answered: see the marked fields.</p></div>"))}
            <form class="card fields" method="get" action="/duty" id="duty-form">
              <div><label for="importer">Importer</label><input id="importer" name="importer" value="{q.Importer}" size="4" required{Layout.FieldState(errors, "importer")}>{Layout.FieldError(errors, "importer")}</div>
              <div><label for="origin">Origin</label><input id="origin" name="origin" value="{q.Origin}" size="4" required{Layout.FieldState(errors, "origin")}>{Layout.FieldError(errors, "origin")}</div>
              <div><label for="hs">HS code</label><input id="hs" name="hs" value="{q.Hs}" size="10"{Layout.FieldState(errors, "hs")}>{Layout.FieldError(errors, "hs")}</div>
              <div><label for="date">Entry date</label><input id="date" name="date" type="date" value="{q.Date}"{Layout.FieldState(errors, "date")}>{Layout.FieldError(errors, "date")}</div>
              <div><label for="value">Customs value</label><input id="value" name="value" value="{q.Value}" size="10" inputmode="decimal"{Layout.FieldState(errors, "value")}>{Layout.FieldError(errors, "value")}</div>
              <div><label for="metalValue">Metal content's value (optional)</label><input id="metalValue" name="metalValue" value="{q.MetalValue}" size="10" inputmode="decimal"{Layout.FieldState(errors, "metalValue")}>{Layout.FieldError(errors, "metalValue")}</div>
              <div><label for="metalWeight">Metal, % of weight (optional)</label><input id="metalWeight" name="metalWeight" value="{q.MetalWeight}" size="5" inputmode="decimal"{Layout.FieldState(errors, "metalWeight")}>{Layout.FieldError(errors, "metalWeight")}</div>
              <div><label for="metal">Articles of (metal)</label>{MetalSelect(q.Metal, errors)}{Layout.FieldError(errors, "metal")}</div>
              <div><label for="knownAt">As known at</label><input id="knownAt" name="knownAt" type="date" value="{q.KnownAt}"{Layout.FieldState(errors, "knownAt")}>{Layout.FieldError(errors, "knownAt")}</div>
              <div><label for="scenario">Scenario</label>{ScenarioSelect(ledger, q.Scenario)}{Layout.FieldError(errors, "scenario")}</div>
              <div><button class="primary" type="submit">Compute</button></div>
            </form>
            {Html.When(undated && answer is not null, Html.Of($"<p class=\"card small\" id=\"duty-date-note\">No entry date was given: this answers for goods entered today, {q.Date}.</p>"))}
            {(answer is null ? Html.Empty : DutyAnswer(answer, ledger))}
            {(answer is null ? Html.Empty : Comparison(ledger, q))}
            """);
        return Layout.Page(http, "Duty calculator", body, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>
    /// The metals a duty condition names (<see cref="Core.Ledger.Metals"/>), and "not stated"; the one asked is selected as the
    /// question reads it (any case, "aluminum"), and a word that is no metal is kept as an option so the field shows what was sent.
    /// </summary>
    private static Html MetalSelect(string? asked, InputErrors errors)
    {
        var given = InputErrors.Given(asked);
        var selected = given is null ? null : Core.Ledger.Metals.Named(given) ?? given;
        var options = selected is null || Core.Ledger.Metals.Names.Contains(selected) ? Core.Ledger.Metals.Names : [.. Core.Ledger.Metals.Names, selected];
        return Html.Of($"""
            <select id="metal" name="metal"{Layout.FieldState(errors, "metal")}><option value="">not stated</option>{Html.Join(options.Select(m => Html.Of($"<option value=\"{m}\"{(m == selected ? " selected" : string.Empty)}>{m}</option>")))}</select>
            """);
    }

    /// <summary>
    /// Under a conditional layer that holds only for goods of one metal (8544.42.90 pays the copper heading as copper): that the
    /// answer depends on the metal, in words, with the question asked again for that metal; nothing for another condition.
    /// </summary>
    private static Html DependsOnMetal(ConditionalMeasureDto c, DutyDto a) => c.Metal is not { } metal ? Html.Empty : Html.Of(
        $"""<p class="duty-metal-depends">The duty depends on the metal the goods are articles of: the layers above are for goods not of {metal}; goods of {metal} pay {MeasurePages.Link(c.Measure)} instead{(c.IfApplies is null ? Html.Empty : Html.Of($" (<em>If it applies</em>, above)"))}. Choose the metal under <em>Articles of</em> to settle it, or <a href="/duty?{DutyQuery(a)}&amp;metal={metal}">answer for goods of {metal}</a>.</p>""");

    private static Html DutyAnswer(DutyDto a, LedgerSession ledger) => Html.Of($"""
        <section class="card" id="duty-result">
          <h2 style="margin-top:0">Into {a.Importer} from {a.Origin}, {(a.Hs is null ? "all goods" : $"HS {a.Hs}")}, entered {a.Date}{(a.KnownAt is null ? string.Empty : $", as known at {a.KnownAt}")}{(a.Scenario is null ? string.Empty : $", under {a.Scenario}")}{(a.Metal is null ? string.Empty : $", goods of {a.Metal}")}</h2>
          {Html.When(a.HsDescription is not null, Html.Of($"<p class=\"muted small\">{a.HsDescription}</p>"))}
          {(DutyDto.AlikeNote(a.Hs, a.LinesAlike) is { } alike ? Html.Of($"<p class=\"small\" id=\"duty-lines-alike\">{alike}</p>") : Html.Empty)}
          {Lines(a)}
          {(a.Layers.Count == 0 ? Html.Of($"<p>No additional layers apply: the normal (MFN) rate only.</p>") : Html.Of($"""
            <table class="reflow"><thead><tr><th>Layer</th><th>Basis</th><th class="num">Rate</th><th>Status</th><th>Sources</th></tr></thead><tbody>
            {Html.Join(a.Layers.Select(l => Html.Of($"""
              <tr class="layer"><td><strong>{MeasurePages.Link(l.Measure)}</strong><br><span class="small">{l.Title}</span></td><td class="small" data-label="Basis">{l.Basis}{Html.When(l.Legal is not null, Html.Of($"<br><span class=\"muted\">{l.Legal}</span>"))}</td>
              <td class="num status-{l.Status}" data-label="Rate">{l.RatePercent:0.##}%{(l.RatePercent != l.ScheduledPercent ? $" (of {l.ScheduledPercent:0.##}%)" : string.Empty)}</td>
              <td data-label="Status"><span class="badge{(l.Status == "void" ? " bad" : l.Status == "suspended" ? " warn" : " good")}">{l.Status}</span>{(l.Exemption is { } x ? Exemption(x) : Html.Of($"{(l.VoidBasis is null ? string.Empty : $" by {l.VoidBasis}")}{Suspensions(l.Suspensions, ledger)}"))}</td>
              <td class="small" data-label="Sources">{Layout.Sources(l.Sources)}</td></tr>
              """)))}
            </tbody></table>
            """))}
          <p>Total additional rate: <span class="total" id="duty-total">{a.TotalAdditionalPercent:0.##}%</span>{(a.RefundablePercent > 0 ? $" · void layers (refundable): {a.RefundablePercent:0.##}%" : string.Empty)}</p>
          {Html.When(a.Value is not null, Html.Of($"<p>Additional duty on {Money(a.Value, a)}: <strong id=\"duty-amount\">{Money(a.AdditionalDuty, a)}</strong>{(a.RefundableDuty > 0 ? $" (refundable: {Money(a.RefundableDuty, a)})" : string.Empty)}</p>"))}
          {BaseAndTotal(a, ledger)}
          {Deposit(a, ledger)}
          {IfClaimed(a)}
          {(a.MetalContent is { MetalValue: null } rule ? Html.Of($"<p id=\"duty-metal-rule\">Charged on the {string.Join(" and ", rule.Metals)} content only ({string.Join(", ", rule.OnContent)}): without the metal content's value the whole value pays the layers above; given it, the metal's value pays them and the rest pays {rule.OtherAdditionalPercent:0.##}%{(rule.OtherLayers.Count == 0 ? string.Empty : $" ({LayerList(rule.OtherLayers)})")}.</p>") : Html.Empty)}
          {(a.MetalContent is { MetalValue: not null } mc ? Html.Of($"<p id=\"duty-metal-split\">Charged on the {string.Join(" and ", mc.Metals)} content only ({string.Join(", ", mc.OnContent)}): the metal's value, {mc.MetalValue:0.##}, pays the layers above; the rest, {mc.OtherValue:0.##}, pays {mc.OtherAdditionalPercent:0.##}%{(mc.OtherLayers.Count == 0 ? string.Empty : $" ({LayerList(mc.OtherLayers)})")}.</p>") : Html.Empty)}
          {Html.Join(a.ExemptByMetalWeight.Select(e => Html.Of($"<p class=\"small\" id=\"duty-metal-exempt\">Not charged: {MeasurePages.Link(e.Measure)}, {(e.NoMetal ? "the goods contain no aluminium, steel or copper" : $"the metal is under {e.BelowPercent:0.##}% of the goods' weight")} ({e.Heading}).</p>")))}
          {Html.Join(a.Conditional.Select(c => Html.Of($"<div class=\"small duty-conditional\"><p class=\"muted\">Also, only if it applies: {ConditionalMeasureDto.Describe(c.Title, c.RatePercent)} ({c.Condition})</p>{(c.IfApplies is { } s ? IfApplies(c, s, a) : Html.Empty)}{DependsOnMetal(c, a)}</div>")))}
          {Html.When(a.Coverage != "exact" || a.Notes.Count > 0, Html.Of($"""
            <div class="small coverage" id="duty-coverage"><p>Coverage: <span class="badge{(a.Coverage == "exact" ? " good" : " warn")}">{a.Coverage}</span></p>
            <ul>{Html.Join(a.Notes.Select(n => Html.Of($"<li>{n}</li>")))}</ul></div>
            """))}
          <p class="small"><a href="/api/duty?{DutyQuery(a)}">as JSON</a> · <a href="/duty.csv?{DutyQuery(a)}" id="duty-csv">as CSV</a></p>
        </section>
        """);

    /// <summary>Layers on one line: each with its rate, and its status when it is not in force (a void layer is not owed).</summary>
    private static string LayerList(IEnumerable<DutyLayerDto> layers) =>
        string.Join(", ", layers.Select(l => $"{l.Measure} {l.RatePercent:0.##}%{(l.Status == "in-force" ? string.Empty : " " + l.Status)}"));

    /// <summary>
    /// The lines under the code when they answer differently, each with its totals, and with the claim made where a layer of
    /// its stack is exempt on one (USMCA origin...).
    /// </summary>
    private static Html Lines(DutyDto a)
    {
        if (a.Lines.Count == 0)
        {
            return Html.Empty;
        }

        var claimed = a.Lines.Select(l => l.IfClaimed).OfType<ClaimedExemptionDto>().ToList();
        var claims = claimed.Count > 0;
        var conditional = a.Lines.SelectMany(l => l.Conditional).GroupBy(c => c.Measure, StringComparer.Ordinal).ToList();
        var conditions = conditional.Any(g => g.Any(c => c.IfApplies is not null || c.Metal is not null));
        return Html.Of($"""
            <div id="duty-lines"><p>The lines under {a.Hs} answer differently; name one of them:</p>
            <table class="reflow"><thead><tr><th>Line</th><th>Description</th><th>MFN</th><th class="num">Additional</th><th class="num">Total</th>{Html.When(claims, Html.Of($"<th class=\"num\">If claimed</th>"))}{Html.When(conditions, Html.Of($"<th>If it applies</th>"))}</tr></thead><tbody>
            {Html.Join(a.Lines.Select(l => Html.Of($"""
              <tr><td>{l.Hts}</td><td class="small" data-label="Description">{l.Description}</td><td data-label="MFN">{l.Mfn ?? "?"}</td><td class="num" data-label="Additional">{l.AdditionalPercent:0.##}%</td>
              <td class="num" data-label="Total">{LineTotal(l.TotalPercent, l.AdditionalPercent)}</td>{Html.When(claims, Html.Of($"<td class=\"num\" data-label=\"If claimed\">{(l.IfClaimed is { } c ? LineTotal(c.TotalPercent, c.TotalAdditionalPercent) : string.Empty)}</td>"))}{Html.When(conditions, Html.Of($"<td class=\"small\" data-label=\"If it applies\">{LineIfApplies(l, a)}</td>"))}</tr>
              """)))}
            </tbody></table>
            {Html.When(claims, Html.Of($"<p class=\"small\">{ExemptIf(claimed.SelectMany(c => c.Exempt), claimed.SelectMany(c => c.Conditions))}; <em>If claimed</em> is a line's total with the claim made.</p>"))}
            {Html.Join(conditional.Select(g => Html.Of($"<p class=\"small duty-line-condition\">Only if it applies: {MeasurePages.Link(g.Key)}, {ConditionalMeasureDto.Describe(g.First().Title, g.First().RatePercent)} ({g.First().Condition}), on {g.Count()} of the lines{(g.Any(c => c.IfApplies is not null) ? "; <em>If it applies</em> is a line's total if it does" : ", which owe the same if it does")}.</p>")))}
            {LetIn(a.Lines.Where(l => l.IfClaimed is { LetIn.Count: > 0 }).Select(l => (l.IfClaimed!, $" on {l.Hts}")).ToList())}</div>
            """);
    }

    /// <summary>
    /// A listed line's total if each of its conditional layers applies (and with the claim made as well, where its stack names
    /// one), as the line asked alone gives it. A layer that leaves the line's stack as it is (a layer at 0%, or one another
    /// layer keeps out) is not listed: the line owes its own total. A layer on the goods' metal is, with the words the line's
    /// own answer says it in (<see cref="Core.Ledger.Metals.DependsOn"/>) and the line asked again for that metal.
    /// </summary>
    private static Html LineIfApplies(DutyLineDto line, DutyDto a) => Html.Join(line.Conditional.Where(c => c.IfApplies is not null || c.Metal is not null).Select((c, i) => Html.Of(
        $"{(i == 0 ? Html.Empty : Html.Of($"<br>"))}{(c.IfApplies is { } s ? Html.Of($"<span class=\"duty-line-if-applies\" data-measure=\"{c.Measure}\">{MeasurePages.Link(c.Measure)}: {LineTotal(s.TotalPercent, s.TotalAdditionalPercent)}{(s.IfClaimed is { } both ? $", and claimed {LineTotal(both.TotalPercent, both.TotalAdditionalPercent)}" : string.Empty)}</span>") : Html.Empty)}{LineMetal(c, line, a)}")));

    /// <summary>A listed line's note that its duty depends on the goods' metal, with the line asked again for goods of it; nothing for another condition.</summary>
    private static Html LineMetal(ConditionalMeasureDto c, DutyLineDto line, DutyDto a)
    {
        if (c.Metal is not { } metal)
        {
            return Html.Empty;
        }

        var asked = DutyQuery(a with { Hs = line.Hts });
        return Html.Of($"<span class=\"duty-line-metal\" data-measure=\"{c.Measure}\"> ({Core.Ledger.Metals.DependsOn(metal, c.Measure)}: <a href=\"/duty?{asked}&amp;metal={metal}\">answer {line.Hts} for goods of {metal}</a>)</span>");
    }

    /// <summary>The layers a claim lets in (a metals duty the exempt auto-part layer kept out), each linked, on the lines named, and why.</summary>
    private static Html LetIn(List<(ClaimedExemptionDto Claimed, string Where)> letIn) => letIn.Count == 0 ? Html.Empty : Html.Of($"""
        <p class="small">The claim lets in {Html.Join(letIn.Select((l, i) => Html.Of($"{(i == 0 ? string.Empty : "; ")}{Html.Join(l.Claimed.LetIn.Select((m, j) => Html.Of($"{(j == 0 ? string.Empty : ", ")}{MeasurePages.Link(m)}")))}{l.Where}")))}: {letIn[0].Claimed.LetInReason}.</p>
        """);

    /// <summary>The layers exempt on a claim, each linked to its page, and the claims that exempt from them (USMCA origin...).</summary>
    private static Html ExemptIf(IEnumerable<string> exempt, IEnumerable<string> conditions) =>
        Html.Of($"Exempt if the goods qualify: {Html.Join(exempt.Distinct(StringComparer.Ordinal).Select((m, i) => Html.Of($"{(i == 0 ? string.Empty : ", ")}{MeasurePages.Link(m)}")))}{(conditions.Any() ? $" ({string.Join("; ", conditions.Distinct(StringComparer.Ordinal))})" : string.Empty)}");

    /// <summary>A listed line's total rate, or its additional rate on top of a base rate that is not ad valorem.</summary>
    private static string LineTotal(decimal? total, decimal additional) => total is { } t ? $"{t:0.##}%" : $"MFN + {additional:0.##}%";

    /// <summary>The stack if the goods qualify for the exemptions their layers name (USMCA origin...), beside the answer's.</summary>
    private static Html IfClaimed(DutyDto a) => a.IfClaimed is not { } c ? Html.Empty : Html.Of($"""
        <div id="duty-if-claimed"><p>{ExemptIf(c.Exempt, c.Conditions)}.</p>
        {Beside("If claimed", Figures.Of(c), Figures.Of(a), a)}
        {LetIn(c.LetIn.Count > 0 ? [(c, string.Empty)] : [])}</div>
        """);

    /// <summary>
    /// A conditional layer's stack if its condition holds, beside the answer's, and that stack with the claims its layers name
    /// made as well (USMCA parts used in vehicles and claimed), beside the stack if it holds. The conditional layer's own
    /// condition, said just above, is not said again.
    /// </summary>
    private static Html IfApplies(ConditionalMeasureDto conditional, ConditionalStackDto s, DutyDto a) => Html.Of($"""
        {Beside("If it applies", Figures.Of(s), Figures.Of(a), a)}
        {(s.IfClaimed is { } c ? Html.Of($"<div class=\"duty-if-applies-claimed\">{Beside("If it applies and the claim is made", Figures.Of(c), Figures.Of(s), a)}<p>{ExemptIf(c.Exempt, c.Conditions.Where(x => x != conditional.Condition))}.</p></div>") : Html.Empty)}
        """);

    /// <summary>Another stack of the goods (with a claim made, with a condition met) beside one they are compared with: its totals instead of that one's.</summary>
    private static Html Beside(string label, Figures stack, Figures was, DutyDto a) => Html.Of(
        $"<p>{label}: total additional rate <strong>{stack.Additional:0.##}%</strong> instead of {was.Additional:0.##}%{(stack.Total is { } t && was.Total is { } w ? (stack.InLieu ? $"; in lieu of the base rate and every other duty, {t:0.##}% in all instead of {w:0.##}%" : $"; with the base rate {t:0.##}% instead of {w:0.##}%") : string.Empty)}{(stack.Duty is { } d && was.Duty is { } owed ? $"; total duty {Money(d, a)} instead of {Money(owed, a)}" : string.Empty)}.</p>");

    /// <summary>An amount in the importer's currency (the customs value is declared in it): "1,000.00 USD".</summary>
    private static string Money(decimal? amount, DutyDto a) =>
        amount is { } v ? v.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture) + (a.Currency is null ? string.Empty : " " + a.Currency) : "–";

    /// <summary>Why a layer is exempt: the exemption's title and the Chapter 99 heading that provides it, when known.</summary>
    private static Html Exemption(LayerExemptionDto x) =>
        Html.Of($"<span class=\"small layer-exemption\">: {x.Title}{(x.Heading is null ? string.Empty : $", {x.Heading}")}</span>");

    /// <summary>The suspensions of a layer by their titles, each linked to the page of the measure it suspends.</summary>
    private static Html Suspensions(IReadOnlyList<string> ids, LedgerSession ledger)
    {
        if (ids.Count == 0)
        {
            return Html.Empty;
        }

        var suspensions = ledger.View(null, null).Suspensions;
        return Html.Of($"<span class=\"small\">, suspended in part by {Html.Join(ids.Select((id, i) => suspensions.FirstOrDefault(s => s.Id == id) is { } s
            ? Html.Of($"{(i > 0 ? "; " : string.Empty)}<a href=\"/ledger/measures/{Uri.EscapeDataString(s.MeasureId)}\">{s.Title}</a>")
            : Html.Of($"{(i > 0 ? "; " : string.Empty)}{id}")))}</span>");
    }

    /// <summary>The normal (MFN) duty of the line, and the whole duty: base plus the layers.</summary>
    private static Html BaseAndTotal(DutyDto a, LedgerSession ledger)
    {
        if (a.Mfn is not { } mfn)
        {
            return Html.When(a.Hs is not null, Html.Of($"<p class=\"small muted\" id=\"duty-base\">Base (MFN) duty: not in the ledger's schedules for {a.Importer}; the layers above come on top of it.</p>"));
        }

        return Html.Of($"""
            <p id="duty-base">Base (MFN) duty, {a.Importer} line {mfn.Hts} ({mfn.Column} column, {mfn.Revision}): <strong>{mfn.Rate}</strong>{(mfn.Amount is { } amount ? $" = {Money(amount, a)}" : string.Empty)}</p>
            {Html.When(mfn.SpecialNote is not null, Html.Of($"<p class=\"small muted\">Preferential rates ({mfn.Special}): {mfn.SpecialNote}.</p>"))}
            {Html.When(mfn.IfAgreementClaimed is not null, Html.Of($"<p class=\"small\" id=\"duty-agreement\">If the goods qualify under the {mfn.IfAgreementClaimed?.Agreement} and are claimed ({mfn.IfAgreementClaimed?.Indicator}): {mfn.IfAgreementClaimed?.Rate} in place of {mfn.Rate}.</p>"))}
            {Html.When(a.TotalPercent is not null || a.TotalDuty is not null, Html.Of($"<p>Total duty, base and layers: <strong id=\"duty-total-all\">{(a.TotalPercent is { } p ? $"{p:0.##}%" : "–")}</strong>{(a.TotalDuty is { } d ? $" = {Money(d, a)}" : string.Empty)}</p>"))}
            """);
    }

    /// <summary>
    /// What was deposited at entry (the law as published on the entry day, as the answer knows it) against
    /// what is owed as the answer knows it: a layer voided or cut since is money to claim back; one added since is owed.
    /// </summary>
    private static Html Deposit(DutyDto a, LedgerSession ledger)
    {
        if (a.Deposited is not { } deposit)
        {
            return Html.Empty;
        }

        // Base and layers when both sides have a base rate; the layers alone otherwise. Rates on the whole value.
        var withBase = deposit.TotalPercent is not null && a.TotalPercent is not null;
        var known = a.KnownAt is null ? "as known now" : $"as known at {a.KnownAt}";
        // each measure that applies only under a condition, as it was deposited and as it is owed if the condition holds
        var conditional = deposit.Conditional.Select(c => (c.Measure, c.Title, c.RatePercent)).Concat(a.Conditional.Select(c => (c.Measure, c.Title, c.RatePercent))).DistinctBy(c => c.Measure)
            .Select(c => (c.Title, c.RatePercent, Then: deposit.Conditional.FirstOrDefault(d => d.Measure == c.Measure)?.IfApplies, Now: a.Conditional.FirstOrDefault(d => d.Measure == c.Measure)?.IfApplies))
            .Where(c => c.Then is not null || c.Now is not null);
        return Html.Of($"""
            <div class="small" id="duty-deposit">
              <p>Deposited at entry on {a.Date} (the law as published that day, {known}): {DepositBeside(Figures.Of(deposit), Figures.Of(a), withBase, known, a)}</p>
              {(deposit.IfClaimed is { } dc ? Html.Of($"<p id=\"duty-deposit-if-claimed\">Had the claim been made at entry ({string.Join("; ", dc.Conditions)}), the deposit was {DepositRate(Figures.Of(dc), withBase, a)}.</p>") : Html.Empty)}
              {Html.Join(conditional.Select(c => Html.Of($"<p class=\"duty-deposit-if-applies\">If {ConditionalMeasureDto.Describe(c.Title, c.RatePercent)} applies, deposited at entry: {DepositBeside(c.Then is { } t ? Figures.Of(t) : Figures.Of(deposit), c.Now is { } n ? Figures.Of(n) : Figures.Of(a), withBase, known, a)}{(c.Then?.IfClaimed is { } tc ? Html.Of($" Had the claim been made at entry as well, the deposit was {DepositRate(Figures.Of(tc), withBase, a)}.") : Html.Empty)}</p>")))}
            </div>
            """);
    }

    /// <summary>A deposit beside what is owed: both rates with their duties, and whether the deposit was more or less than owed.</summary>
    private static Html DepositBeside(Figures deposited, Figures owed, bool withBase, string known, DutyDto a)
    {
        var (then, now) = (deposited.Rate(withBase), owed.Rate(withBase));
        var difference = deposited.Owed(withBase, a.Value) is { } t && owed.Owed(withBase, a.Value) is { } n ? t - n : (decimal?)null;
        var verdict = then == now
            ? "the same as owed"
            : difference is { } diff
                ? (diff > 0 ? $"{Money(diff, a)} more than owed {known}: refundable" : $"{Money(-diff, a)} less than owed {known}: owed on top")
                : (then > now ? $"more than owed {known}: refundable" : $"less than owed {known}");
        return Html.Of($"{DepositRate(deposited, withBase, a)}; owed {known}: {DepositRate(owed, withBase, a)}. The deposit was {verdict}.");
    }

    /// <summary>A stack's rate as the deposit compares it, with its duty on the value.</summary>
    private static Html DepositRate(Figures stack, bool withBase, DutyDto a) =>
        Html.Of($"<strong>{stack.Rate(withBase):0.##}%</strong>{(stack.Owed(withBase, a.Value) is { } d ? $" = {Money(d, a)}" : string.Empty)}");

    /// <summary>
    /// A stack's figures as the duty page sets one beside another, from the answer record's fields: the additional rate on the
    /// whole value (<see cref="DutyDto.AdditionalPercentOnValue"/>: the layers' rate unless the value is split on the metal
    /// content), with the base rate when that is ad valorem, and the whole and additional duties on the value.
    /// </summary>
    private readonly record struct Figures(decimal Additional, decimal? Total, decimal? Duty, decimal? AdditionalDuty, bool InLieu = false)
    {
        public static Figures Of(DutyDto a) => Make(a.TotalAdditionalPercent, a.AdditionalPercentOnValue, a.TotalPercent, a.TotalDuty, a.AdditionalDuty);

        public static Figures Of(ConditionalStackDto s) => Make(s.TotalAdditionalPercent, s.AdditionalPercentOnValue, s.TotalPercent, s.TotalDuty, s.AdditionalDuty, s.InLieuOfBase);

        public static Figures Of(ClaimedExemptionDto c) => Make(c.TotalAdditionalPercent, c.AdditionalPercentOnValue, c.TotalPercent, c.TotalDuty, c.AdditionalDuty);

        public static Figures Of(DepositDto d) => Make(d.TotalAdditionalPercent, d.AdditionalPercentOnValue, d.TotalPercent, d.TotalDuty, null);

        /// <summary>The rate with the base rate, or the additional rate alone.</summary>
        public decimal Rate(bool withBase) => (withBase ? Total : null) ?? Additional;

        /// <summary>The duty on the value at <see cref="Rate"/>: the whole duty with the base rate, the additional duty alone otherwise.</summary>
        public decimal? Owed(bool withBase, decimal? value) => withBase ? Duty : AdditionalDuty ?? value * Additional / 100;

        private static Figures Make(decimal additional, decimal? onValue, decimal? total, decimal? duty, decimal? additionalDuty, bool inLieu = false)
        {
            // goods whose metal content's value is given pay some layers on it only: the rates are said on the whole value
            var whole = onValue ?? additional;
            return new Figures(whole, total - additional + whole, duty, additionalDuty, inLieu);
        }
    }

    private static string DutyQuery(DutyDto a) =>
        $"importer={Uri.EscapeDataString(a.Importer)}&origin={Uri.EscapeDataString(a.Origin)}&date={a.Date}"
        + (a.Hs is null ? string.Empty : "&hs=" + Uri.EscapeDataString(a.Hs))
        + (a.Value is { } v ? "&value=" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (a.KnownAt is null ? string.Empty : "&knownAt=" + a.KnownAt)
        + (a.Scenario is null ? string.Empty : "&scenario=" + Uri.EscapeDataString(a.Scenario))
        + (a.MetalValue is { } m ? "&metalValue=" + m.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (a.MetalWeightPercent is { } w ? "&metalWeight=" + w.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (a.Metal is null ? string.Empty : "&metal=" + a.Metal);

    /// <summary>The same question under the baseline and each bundled scenario, side by side.</summary>
    private static Html Comparison(LedgerSession ledger, DutyRequest query)
    {
        var rows = new List<Html>();
        var scenarios = ledger.Scenarios;
        DateTimeOffset? knownAt = Core.Time.DateParsing.TryParseDay(query.KnownAt, out var known) ? Core.Time.DateParsing.EndOfDay(known) : null;
        foreach (var name in scenarios.Keys.Prepend("baseline"))
        {
            // a scenario about a measure the ledger did not yet hold then has no answer: say so in words, not as an error
            if (name != "baseline" && scenarios[name].NotApplicable(ledger.Ledger, knownAt) is { } why)
            {
                rows.Add(Html.Of($"<tr class=\"scenario\"><td>{name}<br><span class=\"small muted\">{scenarios[name].Description}</span></td><td colspan=\"3\" class=\"muted small\" data-label=\"Answer\">Does not apply: {why}.</td></tr>"));
                continue;
            }

            var errors = new InputErrors();
            DutyDto? answer;
            try
            {
                answer = LedgerQueries.Duty(ledger, query with { Scenario = name }, errors);
            }
            catch (BadDataException e)
            {
                rows.Add(Html.Of($"<tr><td>{name}</td><td colspan=\"3\" class=\"muted small\">{e.Message}</td></tr>"));
                continue;
            }

            if (answer is not null)
            {
                var description = name == "baseline" ? "the ledger as recorded" : scenarios[name].Description;
                rows.Add(Html.Of($"<tr class=\"scenario\"><td><a href=\"/duty?importer={answer.Importer}&amp;origin={answer.Origin}&amp;hs={answer.Hs}&amp;date={answer.Date}&amp;value={answer.Value}&amp;knownAt={answer.KnownAt}&amp;scenario={(name == "baseline" ? string.Empty : name)}{(answer.Metal is null ? Html.Empty : Html.Of($"&amp;metal={answer.Metal}"))}\">{name}</a><br><span class=\"small muted\">{description}</span></td><td class=\"num\" data-label=\"Total\">{answer.TotalAdditionalPercent:0.##}%</td><td class=\"num\" data-label=\"Duty\">{answer.AdditionalDuty:0.00}</td><td class=\"small\" data-label=\"Layers collected\">{string.Join(", ", answer.Layers.Where(l => l.Status != "void").Select(l => $"{l.Basis} {l.RatePercent:0.##}%"))}</td></tr>"));
            }
        }

        return Html.Of($"""
            <section class="card">
              <h2 style="margin-top:0">Under each scenario</h2>
              <table class="reflow"><thead><tr><th>Scenario</th><th class="num">Total</th><th class="num">Duty</th><th>Layers collected</th></tr></thead><tbody>{Html.Join(rows)}</tbody></table>
            </section>
            """);
    }

    public static IResult Calendar(HttpContext http, LedgerSession ledger, TimeProvider clock, string? from, string? to, string? knownAt, string? scenario)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new InputErrors();
        var start = errors.OptionalDay("from", from) ?? today.AddDays(-30);
        var end = errors.OptionalDay("to", to) ?? today.AddDays(120);
        // the window and the view read once, as GET /api/changes reads them
        var question = errors.Any ? null : LedgerQueries.ReadChanges(ledger, new ChangesRequest(LedgerDtos.Day(start), LedgerDtos.Day(end), knownAt, scenario), errors);
        var view = question is null ? null : ledger.View(question.KnownAt, question.Scenario);
        var body = Html.Of($"""
            <h1>Calendar of changes</h1>
            {Layout.FormErrors(errors, "from", "to", "knownAt", "scenario")}
            <form class="card fields" method="get" action="/calendar">
              <div><label for="from">From</label><input id="from" name="from" type="date" value="{LedgerDtos.Day(start)}"{Layout.FieldState(errors, "from")}>{Layout.FieldError(errors, "from")}</div>
              <div><label for="to">To</label><input id="to" name="to" type="date" value="{LedgerDtos.Day(end)}"{Layout.FieldState(errors, "to")}>{Layout.FieldError(errors, "to")}</div>
              <div><label for="knownAt">As known at</label><input id="knownAt" name="knownAt" type="date" value="{knownAt}"{Layout.FieldState(errors, "knownAt")}>{Layout.FieldError(errors, "knownAt")}</div>
              <div><label for="scenario">Scenario</label>{ScenarioSelect(ledger, scenario)}{Layout.FieldError(errors, "scenario")}</div>
              <div><button class="primary" type="submit">Show</button></div>
            </form>
            {(view is null ? Html.Empty : Events(view.Changes(start, end, today), "Nothing starts, changes or falls due in this window."))}
            """);
        return Layout.Page(http, "Calendar", body, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
