using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Core.Ledger;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.Search;

namespace Tradewatch.Server.Pages;

/// <summary>A page per measure: what it is, its schedule as known now, every record about it in the order recorded, its sources and the products it covers.</summary>
public static class MeasurePages
{
    /// <summary>A measure id as a link to its page.</summary>
    public static Html Link(string id) => Html.Of($"<a href=\"/ledger/measures/{Uri.EscapeDataString(id)}\">{id}</a>");

    /// <summary>The measures as CSV, one row each, as known now or at <paramref name="knownAt"/>.</summary>
    /// <summary>The ledger's measures as CSV, filtered as the ledger page is (its "as CSV" link carries its filters).</summary>
    public static IResult Csv(LedgerSession ledger, SearchTexts texts, string? knownAt, string? scenario, string? imposer, string? kind, string? text)
    {
        var errors = new InputErrors();
        var known = errors.KnownAt(ledger, "knownAt", knownAt);
        var overlay = errors.Scenario(ledger, "scenario", scenario);
        if (errors.Any)
        {
            return Results.Text(string.Join("\n", errors.Messages) + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var view = ledger.View(known, overlay);
        var csv = new System.Text.StringBuilder(Core.Csv.Line(["id", "kind", "imposer", "targets", "title", "basis", "products", "recorded", "sources"]));
        foreach (var m in LedgerPages.Filter(view.Measures, imposer, kind, text, texts))
        {
            csv.Append(Core.Csv.Line([m.Id, LedgerDtos.Kebab(m.Kind.ToString()), m.Imposer.Code, m.Targets.ToString(), m.Title, m.Basis,
                m.Products.All ? "all" : string.Join(" ", m.Products.Include.Select(c => c.ToString())), LedgerDtos.KnownAt(m.Provenance.Recorded), string.Join(" ", m.Provenance.Sources)]));
        }

        return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
    }

    public static IResult Measure(HttpContext http, LedgerSession ledger, string id)
    {
        var view = ledger.View(null, null);
        if (view.FindMeasure(id) is not { } m)
        {
            return ErrorPages.Result(http, StatusCodes.Status404NotFound, ("Measure not found", $"The ledger has no measure '{id}'. The ledger page lists every measure."));
        }

        if (m.Id != id)
        {
            // a former id: the measure's page is under the id it goes by now
            return Results.Redirect($"/ledger/measures/{Uri.EscapeDataString(m.Id)}", permanent: true);
        }

        var history = RecordHistory.Of(ledger.Ledger, id);
        var sources = m.Provenance.Sources.Concat(history.SelectMany(h => h.Sources)).Distinct(StringComparer.Ordinal).ToList();
        var nomenclature = ledger.Reference.Nomenclature;
        var products = m.Products.All
            ? Html.Of($"<p>All goods{(m.Products.Exclude.Count == 0 ? string.Empty : ", except the codes below")}.</p>")
            : Html.Of($"<table><thead><tr><th>HS code</th><th>Description</th></tr></thead><tbody>{Html.Join(m.Products.Include.Select(c => Html.Of($"<tr><td>{c.ToString()}</td><td class=\"small\">{nomenclature.Describe(c) ?? "–"}</td></tr>")))}</tbody></table>");
        var excluded = m.Products.Exclude.Count == 0 ? Html.Empty : Html.Of($"""
            <h3 class="small">Excluded</h3>
            <table><thead><tr><th>HS code</th><th>Description</th></tr></thead><tbody>{Html.Join(m.Products.Exclude.Select(c => Html.Of($"<tr><td>{c.ToString()}</td><td class=\"small\">{nomenclature.Describe(c) ?? "–"}</td></tr>")))}</tbody></table>
            """);
        var schedule = view.Schedule(id);
        var body = Html.Of($"""
            <h1>{m.Id}: {m.Title}</h1>
            <section class="card">
              <dl class="facts">
                <dt>Kind</dt><dd>{RecordHistory.KindName(m.Kind)}</dd>
                <dt>Imposed by</dt><dd>{m.Imposer.Code}</dd>
                <dt>On</dt><dd>{m.Targets.ToString()}</dd>
                <dt>Basis</dt><dd>{m.Basis}</dd>
                {Html.When(m.LegalText is not null, Html.Of($"<dt>Legal text</dt><dd>{m.LegalText}</dd>"))}
                {Html.When(m.Condition is not null, Html.Of($"<dt>Only if</dt><dd>{m.Condition}</dd>"))}
                {Html.When(m.Items.Count > 0, Html.Of($"<dt>Items</dt><dd>{string.Join(", ", m.Items)}</dd>"))}
                {Html.When(m.ControlList is not null, Html.Of($"<dt>Control list</dt><dd>{m.ControlList}</dd>"))}
                {Html.When(m.EndUsers is not null, Html.Of($"<dt>End users</dt><dd>{m.EndUsers}</dd>"))}
                <dt>Recorded</dt><dd>{LedgerDtos.KnownAt(m.Provenance.Recorded)}</dd>
              </dl>
            </section>
            <h2>Schedule, as known now</h2>
            {(schedule.Count == 0 ? Html.Of($"<p class=\"muted\">No dated entries.</p>") : Html.Of($"""
              <table id="schedule"><thead><tr><th>From</th><th>To</th><th class="num">In force</th><th class="num">Scheduled</th><th>Status</th></tr></thead><tbody>
              {Html.Join(schedule.Select(s => Html.Of($"<tr class=\"status-{LedgerDtos.Status(s.Status)}\"><td>{LedgerDtos.Day(s.Valid.Start)}</td><td>{(s.Valid.End is { } e ? LedgerDtos.Day(e) : "open")}</td><td class=\"num\">{(m.HasRate ? $"{s.InForcePercent:0.##}%" : "–")}</td><td class=\"num\">{(m.HasRate ? $"{s.ScheduledPercent:0.##}%" : "–")}</td><td>{LedgerDtos.Status(s.Status)}</td></tr>")))}
              </tbody></table>
              """))}
            <h2>Records, in the order recorded</h2>
            <p class="small muted">The ledger is append-only: a correction or a suspension is a new record, and answers "as known at" a day use only the records recorded by then.</p>
            <table id="history" class="reflow"><thead><tr><th>Recorded</th><th>Record</th><th>What it says or changes</th><th>Sources</th></tr></thead><tbody>
            {Html.Join(history.Select(h => Html.Of($"<tr><td data-label=\"Recorded\">{LedgerDtos.KnownAt(h.Recorded)}</td><td data-label=\"Record\">{h.Record}</td><td class=\"small\">{h.Change}</td><td class=\"small\" data-label=\"Sources\">{Layout.Sources(h.Sources)}</td></tr>")))}
            </tbody></table>
            <h2>Products covered</h2>
            {Html.When(m.Products.Description is not null, Html.Of($"<p class=\"small muted\">{m.Products.Description}</p>"))}
            {products}
            {excluded}
            <h2>Sources</h2>
            <ul>{Html.Join(sources.Select(s => Html.Of($"<li>{Layout.Source(s)}</li>")))}</ul>
            <p class="small"><a href="/ledger#m-{m.Id}">Back to the ledger</a></p>
            """);
        return Layout.Page(http, $"{m.Title} ({m.Id})", body);
    }
}
