using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.Pages;

/// <summary>The review queue: everyone sees it; a curator accepts or rejects.</summary>
public static class ReviewPages
{
    public static IResult Queue(HttpContext http, NewsService news, string? state)
    {
        var filter = state is "open" or "accepted" or "rejected" or "all" ? state : "open";
        var proposals = news.Proposals(filter == "all" ? null : filter);
        var curator = http.User.IsCurator();
        var body = Html.Of($"""
            <h1>Review queue</h1>
            <p class="muted">Claims that disagree with the ledger, or that it does not cover, become proposed changes. A curator accepts one (it joins the ledger with its sources, recorded now) or rejects it.
            {Html.When(!curator, Html.Of($" <a href=\"/signin?returnUrl=%2Freview\">Sign in</a> as a curator to decide."))}</p>
            <p>{Html.Join(new[] { "open", "accepted", "rejected", "all" }.Select(s => Html.Of($"<a href=\"/review?state={s}\" class=\"badge{(s == filter ? " good" : string.Empty)}\">{s}</a>")))}</p>
            {(proposals.Count == 0 ? Html.Of($"<p class=\"muted\">No {filter} proposals.</p>") : Html.Join(proposals.Select(p => Proposal(http, p, curator))))}
            """);
        return Layout.Page(http, "Review queue", body);
    }

    private static Html Proposal(HttpContext http, Proposal p, bool curator) => Html.Of($"""
        <section class="card proposal" id="p{p.Id}" data-state="{p.State}">
          <p><strong>#{p.Id}</strong> <span class="badge{(p.State == "accepted" ? " good" : p.State == "rejected" ? " bad" : " warn")}">{p.State}</span> <span class="badge">{p.Verdict}</span> {p.Summary}</p>
          <p class="small">{p.Explanation}</p>
          <p class="small">Change: <strong>{p.Change.Action.ToString()}</strong> {p.Change.Title} ({p.Change.Imposer}{(p.Change.Target is null ? string.Empty : " on " + p.Change.Target)}, from {Api.LedgerDtos.Day(p.Change.From)}{(p.Change.RatePercent is { } r ? $", {r:0.##}%" : string.Empty)})</p>
          <p class="small muted">Sources: {Layout.Sources(p.Sources.Select(s => s.Citation))}</p>
          {(p.Decision is { } d
              ? Html.Of($"<p class=\"small\">{d.Decision} by {d.Reviewer} at {d.DecidedAt:yyyy-MM-dd HH:mm}{(d.Reason is null ? string.Empty : ": " + d.Reason)}</p>")
              : curator
                  ? Html.Of($"""
                    <form class="inline" method="post" action="/review/{p.Id}/accept">{Layout.Antiforgery(http)}<button class="primary" type="submit">Accept</button></form>
                    <form class="inline" method="post" action="/review/{p.Id}/reject">{Layout.Antiforgery(http)}<input name="reason" placeholder="reason (optional)" maxlength="500"> <button class="secondary" type="submit">Reject</button></form>
                    """)
                  : Html.Empty)}
        </section>
        """);

    public static async Task<IResult> Decide(long id, bool accept, HttpContext http, NewsService news, LedgerState ledger)
    {
        string? reason = null;
        if (!accept && http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            reason = form["reason"].ToString() is { Length: > 0 and <= 500 } r ? r : null;
        }

        var outcome = news.Decide(id, accept, http.User.Identity!.Name!, reason, ledger);
        if (outcome.Status == ReviewStatus.NotFound)
        {
            return Layout.Page(http, "Review queue", Html.Of($"<h1>No such proposal</h1><p>{outcome.Message}</p>"), StatusCodes.Status404NotFound);
        }

        return Results.Redirect($"/review?state=all#p{id}");
    }
}
