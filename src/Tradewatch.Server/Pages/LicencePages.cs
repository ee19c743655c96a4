using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.Server.Api;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Pages;

/// <summary>The licence question as a form: every regime the item falls under, with its announcement, conditions and how far the answer can be relied on. The same question and answer as <c>/api/licence</c> and the CLI's <c>licence</c>.</summary>
public static class LicencePages
{
    private static readonly string[] Fields = ["exporter", "destination", "item", "hs", "date", "knownAt", "scenario"];

    public static IResult Licence(HttpContext http, LedgerSession ledger, [AsParameters] LicenceRequest query)
    {
        var asked = http.Request.Query.ContainsKey("date");
        var errors = new InputErrors();
        var answer = asked ? LedgerQueries.Licence(ledger, query, errors) : null;
        var q = asked ? query : new LicenceRequest("CN", "US", "samarium", null, "2025-06-09", null, null);
        var body = Html.Of($"""
            <h1>Does this export need a licence?</h1>
            {Layout.FormErrors(errors, Fields)}
            <form class="card fields" method="get" action="/licence" id="licence-form">
              <div><label for="exporter">Exporter</label><input id="exporter" name="exporter" value="{q.Exporter}" size="4" required{Layout.FieldState(errors, "exporter")}>{Layout.FieldError(errors, "exporter")}</div>
              <div><label for="destination">Destination</label><input id="destination" name="destination" value="{q.Destination}" size="4" required{Layout.FieldState(errors, "destination")}>{Layout.FieldError(errors, "destination")}</div>
              <div><label for="item">Item</label><input id="item" name="item" value="{q.Item}" size="14"{Layout.FieldState(errors, "item")}>{Layout.FieldError(errors, "item")}</div>
              <div><label for="hs">or HS code</label><input id="hs" name="hs" value="{q.Hs}" size="10"{Layout.FieldState(errors, "hs")}>{Layout.FieldError(errors, "hs")}</div>
              <div><label for="date">Export date</label><input id="date" name="date" type="date" value="{q.Date}" required{Layout.FieldState(errors, "date")}>{Layout.FieldError(errors, "date")}</div>
              <div><label for="knownAt">As known at</label><input id="knownAt" name="knownAt" type="date" value="{q.KnownAt}"{Layout.FieldState(errors, "knownAt")}>{Layout.FieldError(errors, "knownAt")}</div>
              <div><label for="scenario">Scenario</label>{LedgerPages.ScenarioSelect(ledger, q.Scenario)}{Layout.FieldError(errors, "scenario")}</div>
              <div><button class="primary" type="submit">Answer</button></div>
            </form>
            {(answer is null ? Html.Empty : Answer(answer))}
            """);
        return Layout.Page(http, "Licence", body, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static Html Answer(LicenceDto a)
    {
        var verdict = !a.ItemKnown
            ? Html.Of($"<p><span class=\"badge warn\">not covered</span> The ledger names {a.Item} under no export measure: this is not a \"no licence required\".</p>")
            : a.Prohibited == true
                ? Html.Of($"<p><span class=\"badge bad\">prohibited</span> Export of {a.Item} to {a.Destination} is prohibited on {a.Date}.</p>")
                : a.LicenceRequired == true
                    ? Html.Of($"<p><span class=\"badge warn\">licence required</span> Export of {a.Item} to {a.Destination} needs a licence on {a.Date}.</p>")
                    : Html.Of($"<p><span class=\"badge good\">no licence required</span> No export measure in effect on {a.Date} covers {a.Item} to {a.Destination}.</p>");
        return Html.Of($"""
            <section class="card" id="licence-result">
              <h2 style="margin-top:0">{a.Item} from {a.Exporter} to {a.Destination}, {a.Date}{(a.KnownAt is null ? string.Empty : $", as known at {a.KnownAt}")}{(a.Scenario is null ? string.Empty : $", under {a.Scenario}")}</h2>
              {verdict}
              {(a.Measures.Count == 0 ? Html.Empty : Html.Of($"""
                <h3 class="small">Regimes</h3>
                <table class="reflow"><thead><tr><th>Measure</th><th>Kind</th><th>Basis (announcement)</th><th>Matched on</th><th>Status</th><th>Sources</th></tr></thead><tbody>
                {Html.Join(a.Measures.Select(m => Html.Of($"<tr class=\"regime\"><td><strong>{MeasurePages.Link(m.Measure)}</strong><br><span class=\"small\">{m.Title}</span></td><td data-label=\"Kind\">{m.Kind}</td><td class=\"small\" data-label=\"Basis\">{m.Basis}</td><td class=\"small\" data-label=\"Matched on\">{m.MatchedOn}</td><td data-label=\"Status\"><span class=\"badge\">{m.Status}</span>{(m.Suspension is null ? string.Empty : $" ({m.Suspension})")}</td><td class=\"small\" data-label=\"Sources\">{Layout.Sources(m.Sources)}</td></tr>")))}
                </tbody></table>
                """))}
              {(a.Licences.Count == 0 ? Html.Empty : Html.Of($"""
                <h3 class="small">Licences and conditions</h3>
                <ul>{Html.Join(a.Licences.Select(l => Html.Of($"<li>{l.Date}: {l.Action}, {l.Title}{(l.Holder is null ? string.Empty : $" ({l.Holder})")} <span class=\"small\">{Layout.Sources(l.Sources)}</span></li>")))}</ul>
                """))}
              <div class="small coverage" id="licence-coverage"><p>Coverage: <span class="badge{(a.Coverage == "exact" ? " good" : " warn")}">{a.Coverage}</span></p>
              {Html.When(a.Notes.Count > 0, Html.Of($"<ul>{Html.Join(a.Notes.Select(n => Html.Of($"<li>{n}</li>")))}</ul>"))}</div>
            </section>
            """);
    }
}
