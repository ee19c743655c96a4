using System.Text.Json;
using Tradewatch.App.Ledger;
using Tradewatch.App.UseCases;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.Pages;

/// <summary>
/// The review queue: everyone sees it; a curator narrows, accepts (for a stated reason), rejects or
/// revokes. Each proposal shows the claim, its sources, what the ledger answers now and would answer
/// after acceptance, and its whole trail.
/// </summary>
public static class ReviewPages
{
    public static IResult Queue(HttpContext http, NewsService news, LedgerSession ledger, TimeProvider clock, string? state)
    {
        var filter = state is not null && (Storage.Review.Proposal.States.Contains(state) || state == "all") ? state : "open";
        var proposals = news.Proposals(filter == "all" ? null : filter);
        var curator = http.User.IsCurator();
        var now = clock.GetUtcNow();
        var titles = proposals.Count == 0 ? [] : news.Stories().ToDictionary(s => s.Id, s => s.Title);
        var stories = new Dictionary<string, long?>(StringComparer.Ordinal);
        (long Id, string Title)? StoryOf(string document)
        {
            if (!stories.TryGetValue(document, out var id))
            {
                stories[document] = id = news.StoryOfDocument(document);
            }

            return id is { } story && titles.TryGetValue(story, out var title) ? (story, title) : null;
        }

        var body = Html.Of($"""
            <h1>Review queue</h1>
            <p class="muted">Claims that disagree with the ledger, or that it does not cover, become proposed changes. A curator checks the claim against its sources,
            narrows a new layer to the goods it is on, and accepts it with a reason (it joins the ledger with its sources, recorded now) or rejects it. An acceptance can be revoked: its record stops counting from then on, and the trail stays.
            {Html.When(!curator, Html.Of($" <a href=\"/signin?returnUrl=%2Freview\">Sign in</a> as a curator to decide."))}</p>
            <p>{Html.Join(Storage.Review.Proposal.States.Append("all").Select(s => Html.Of($"<a href=\"/review?state={s}\" class=\"badge{(s == filter ? " good" : string.Empty)}\">{s}</a>")))}</p>
            {(proposals.Count == 0 ? Html.Of($"<p class=\"muted\">No {filter} proposals.</p>") : Html.Join(proposals.Select(p => Card(http, p, curator, ledger, now, StoryOf))))}
            """);
        return Layout.Page(http, "Review queue", body);
    }

    private static Html Card(HttpContext http, Proposal p, bool curator, LedgerSession ledger, DateTimeOffset now, Func<string, (long Id, string Title)?> storyOf)
    {
        var c = p.Change;
        var badge = p.State switch { "accepted" => " good", "rejected" or "revoked" => " bad", _ => " warn" };
        return Html.Of($"""
            <section class="card proposal" id="p{p.Id}" data-state="{p.State}">
              <p><strong>#{p.Id}</strong> <span class="badge{badge}">{p.State}</span> <span class="badge">{p.Verdict}</span>{Html.When(p.Reading is not null, Html.Of($" <span class=\"badge bad\">read differently now</span>"))} {p.Summary}</p>
              <p class="small">{p.Explanation}</p>
              {Reading(p)}
              {LedgerWarning(p)}
              <h3 class="small">The claim</h3>
              <p class="claim-words">{Words(p, ledger)}</p>
              {Html.When(p.Sentence is not null, Html.Of($"<blockquote class=\"small\">{p.Sentence}</blockquote>"))}
              {Html.When(p.Confidence is not null, Html.Of($"<p class=\"small muted\">Confidence of the reading: {p.Confidence?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}</p>"))}
              <ul class="small sources">{Html.Join(p.Sources.Select(s => Source(s, storyOf(s.Document))))}</ul>
              <details class="small"><summary>The claim's fields, as read</summary>{Claim(p.ClaimJson)}</details>
              <h3 class="small">The change</h3>
              <p class="small">{ChangeText(c)}</p>
              {Preview(ledger, p, now)}
              {Trail(p)}
              {(curator ? Actions(http, p) : Html.Empty)}
            </section>
            """);
    }

    /// <summary>What the stored reports say now, when they no longer propose the claim as it stands.</summary>
    private static Html Reading(Proposal p) => p.Reading is not { } r
        ? Html.Empty
        : Html.Of($"""
            <div class="note reading">
              <p class="small"><strong>{Headline(r)}</strong> (found {r.ReadAt:yyyy-MM-dd HH:mm})</p>
              {Html.When(r.Words is not null, Html.Of($"<p class=\"small\">Now read as: <span class=\"claim-words\">{r.Words}</span>{Html.When(r.Explanation.Length > 0, Html.Of($" ({r.Explanation})"))}</p>"))}
              {Html.When(r.Words is null && r.Explanation.Length > 0, Html.Of($"<p class=\"small\">{r.Explanation}</p>"))}
            </div>
            """);

    /// <summary>
    /// The warning on a proposal the ledger agreed with and a reviewer narrowed since (<see cref="Proposal.LedgerWarning"/>): accepting it
    /// adds a record beside the ledger's. Shown beside the Accept form while open, and on the accepted proposal.
    /// </summary>
    private static Html LedgerWarning(Proposal p) => p.LedgerWarning is not { } warning
        ? Html.Empty
        : Html.Of($"""
            <div class="note ledger-warning" role="note">
              <p class="small"><strong>{(p.State == "accepted" ? "Accepted beside a ledger record." : "Accepting adds a second record.")}</strong> {ClaimWords.Capital(warning)}.</p>
            </div>
            """);

    private static string Headline(ProposalReading r) => r.Standing switch
    {
        ProposalReading.ReadDifferently => "The reports now read this differently.",
        ProposalReading.InLedger => "The ledger now agrees with this claim.",
        _ => "The stored reports no longer state this claim.",
    };

    /// <summary>The claim in the words the story pages use; the proposal's summary when its facts cannot be read back.</summary>
    private static string Words(Proposal p, LedgerSession ledger)
    {
        try
        {
            return JsonSerializer.Deserialize<ClaimFacts>(p.ClaimJson, ClaimJson.Options) is { } facts ? ClaimWords.Of(facts, ledger.Reference.Economies) : p.Summary;
        }
        catch (JsonException)
        {
            return p.Summary;
        }
    }

    /// <summary>A source of the claim: the report (its address, or outlet and id) and the story it is in, linked.</summary>
    private static Html Source(ProposalSource source, (long Id, string Title)? story) => Html.Of($"""
        <li>{(source.Url is null ? Html.Of($"{source.Citation}") : Layout.Source(source.Url))}{(story is { } s ? Html.Of($", in the story <a href=\"/stories/{s.Id}\">{s.Title}</a>") : Html.Empty)}</li>
        """);

    /// <summary>The claim's facts as a reader's list, not as JSON.</summary>
    private static Html Claim(string claimJson)
    {
        using var document = JsonDocument.Parse(claimJson);
        var rows = document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().Where(f => f.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Array))
                .Select(f => (Name: Words(f.Name), Value: f.Value.ToString())).ToList()
            : [];
        return Html.Of($"<dl class=\"small facts\">{Html.Join(rows.Select(r => Html.Of($"<dt>{r.Name}</dt><dd>{r.Value}</dd>")))}</dl>");
    }

    private static string Words(string camel) =>
        string.Concat(camel.Select((ch, i) => char.IsUpper(ch) && i > 0 ? " " + char.ToLowerInvariant(ch) : ch.ToString()));

    private static Html ChangeText(ProposedChange c)
    {
        var goods = c.Action switch
        {
            ChangeAction.NewTariffLayer => c.Products switch
            {
                null => "goods not yet named (narrow before accepting)",
                ProposedChange.AllGoods => "all goods",
                var codes => "HS " + codes,
            },
            ChangeAction.SuspendPoints => $"the goods of {c.MeasureId}",
            _ => string.Join(", ", c.Items),
        };
        var what = c.Action switch
        {
            ChangeAction.NewTariffLayer => $"a new {c.Imposer} tariff layer of {c.RatePercent:0.##}% on {goods} from {c.Target ?? "every economy"}",
            ChangeAction.SuspendPoints => $"{c.RatePercent:0.##} points of {c.MeasureId} suspended on {goods}",
            _ => $"{c.Imposer} export controls on {goods} to {c.Target ?? "every economy"}",
        };
        return Html.Of($"{what}, from {Api.LedgerDtos.Day(c.From)}.");
    }

    private static Html Preview(LedgerSession ledger, Proposal p, DateTimeOffset now)
    {
        var lines = ProposalPreview.Compute(ledger.Ledger, p, now);
        if (lines.Count == 0)
        {
            return Html.Empty;
        }

        var afterLabel = p.State == "accepted" ? "Now (accepted)" : "After acceptance";
        var nowLabel = p.State == "accepted" ? "Before acceptance" : "Ledger now";
        return Html.Of($"""
            <h3 class="small">What the ledger answers: {p.Change.Imposer} duty on goods from {p.Change.Target} on {Api.LedgerDtos.Day(p.Change.From)}</h3>
            <div class="scroll"><table class="small preview"><thead><tr><th>HS</th><th>Goods</th><th class="num">{nowLabel}</th><th class="num">{afterLabel}</th></tr></thead><tbody>
            {Html.Join(lines.Select(l => Html.Of($"<tr{(l.Changes ? " class=\"changes\"" : string.Empty)}><td>{l.Code}</td><td>{l.What}</td><td class=\"num\">{l.NowPercent:0.##}%</td><td class=\"num\">{(l.Changes ? Html.Of($"<strong>{l.AfterPercent:0.##}%</strong>") : Html.Of($"{l.AfterPercent:0.##}%"))}</td></tr>")))}
            </tbody></table></div>
            """);
    }

    /// <summary>Every step of the proposal, in the order they happened.</summary>
    private static Html Trail(Proposal p)
    {
        var steps = new List<(DateTimeOffset At, Html Step)> { (p.ProposedAt, Html.Of($"<li>proposed {p.ProposedAt:yyyy-MM-dd HH:mm}</li>")) };
        steps.AddRange(p.Amendments.Select(a => (a.AmendedAt, Html.Of($"<li>narrowed by {a.Reviewer} at {a.AmendedAt:yyyy-MM-dd HH:mm} to {(a.Change.Products == ProposedChange.AllGoods ? "all goods" : "HS " + a.Change.Products)} from {Api.LedgerDtos.Day(a.Change.From)}: {a.Reason}</li>"))));
        steps.AddRange(p.Readings.Select(r => (r.ReadAt, Html.Of($"<li>{(r.Standing == ProposalReading.ReadAgain ? "read so again" : Headline(r).TrimEnd('.').ToLowerInvariant())} at {r.ReadAt:yyyy-MM-dd HH:mm}</li>"))));
        if (p.Decision is { } d)
        {
            steps.Add((d.DecidedAt, Html.Of($"<li>{d.Decision} by {d.Reviewer} at {d.DecidedAt:yyyy-MM-dd HH:mm}{(d.Reason is null ? string.Empty : ": " + d.Reason)}</li>")));
        }

        if (p.Revocation is { } r)
        {
            steps.Add((r.RevokedAt, Html.Of($"<li>revoked by {r.Reviewer} at {r.RevokedAt:yyyy-MM-dd HH:mm}: {r.Reason}</li>")));
        }

        return Html.Of($"<ol class=\"small trail\">{Html.Join(steps.OrderBy(s => s.At).Select(s => s.Step))}</ol>");
    }

    private static Html Actions(HttpContext http, Proposal p)
    {
        if (p.State == "accepted")
        {
            return Html.Of($"""
                <form method="post" action="/review/{p.Id}/revoke" class="fields">{Layout.Antiforgery(http)}
                  <div><label for="revoke-{p.Id}">Why the accepted record is wrong</label><input id="revoke-{p.Id}" name="reason" required maxlength="500" size="40"></div>
                  <div><button class="secondary" type="submit">Revoke</button></div>
                </form>
                """);
        }

        if (p.Decision is not null)
        {
            return Html.Empty;
        }

        var narrow = p.Change.Action == ChangeAction.NewTariffLayer
            ? Html.Of($"""
                <form method="post" action="/review/{p.Id}/narrow" class="fields">{Layout.Antiforgery(http)}
                  <div><label for="products-{p.Id}">Goods (HS codes, or all)</label><input id="products-{p.Id}" name="products" required maxlength="200" value="{p.Change.Products}" placeholder="8711.60, 8712"></div>
                  <div><label for="from-{p.Id}">From</label><input id="from-{p.Id}" name="from" type="date" value="{Api.LedgerDtos.Day(p.Change.From)}"></div>
                  <div><label for="narrow-{p.Id}">Why</label><input id="narrow-{p.Id}" name="reason" required maxlength="500" size="30"></div>
                  <div><button class="secondary" type="submit">Narrow</button></div>
                </form>
                """)
            : Html.Empty;
        var accept = p.Change.Unread is { } unread
            ? Html.Of($"<p class=\"small note\">Cannot be accepted as it stands: {unread}.</p>")
            : p.Superseded is not null
            ? Html.Of($"<p class=\"small note\">Cannot be accepted as it stands: the reports no longer propose it. {(p.Change.Action == ChangeAction.NewTariffLayer ? "Narrow it to what the sources say, or reject it." : "Reject it.")}</p>")
            : Html.Of($"""
                <form method="post" action="/review/{p.Id}/accept" class="fields">{Layout.Antiforgery(http)}
                  <div><label for="accept-{p.Id}">What you checked (required)</label><input id="accept-{p.Id}" name="reason" required maxlength="500" size="40"></div>
                  <div><button class="primary" type="submit">Accept</button></div>
                </form>
                """);
        return Html.Of($"""
            {narrow}
            {accept}
            <form method="post" action="/review/{p.Id}/reject" class="fields">{Layout.Antiforgery(http)}
              <div><label for="reject-{p.Id}">Reason (optional)</label><input id="reject-{p.Id}" name="reason" maxlength="500" size="40"></div>
              <div><button class="secondary" type="submit">Reject</button></div>
            </form>
            """);
    }

    /// <summary>The curator's review steps from the page's forms: accept, reject, narrow, revoke.</summary>
    public static async Task<IResult> Act(long id, string action, HttpContext http, NewsService news, LedgerSession ledger)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        var reason = form?["reason"].ToString() is { Length: > 0 and <= 500 } r && !string.IsNullOrWhiteSpace(r) ? r.Trim() : null;
        var who = http.User.Identity!.Name!;
        if (reason is null && action is "accept" or "narrow" or "revoke")
        {
            return Refused(http, id, "Say why, in up to 500 characters.");
        }

        ReviewOutcome outcome;
        switch (action)
        {
            case "accept":
                outcome = news.Decide(new DecisionRequest(ReviewAction.Accept, id, who, reason), ledger);
                break;
            case "reject":
                outcome = news.Decide(new DecisionRequest(ReviewAction.Reject, id, who, reason), ledger);
                break;
            case "narrow":
                if (!ProposedChange.TryParseProducts(form?["products"].ToString(), out var scope, out var problem))
                {
                    return Refused(http, id, $"Goods: {problem}.");
                }

                var fromText = form?["from"].ToString();
                DateOnly? from = null;
                if (!string.IsNullOrEmpty(fromText))
                {
                    if (!Core.Time.DateParsing.TryParseDay(fromText, out var day))
                    {
                        return Refused(http, id, "From: write a day as YYYY-MM-DD.");
                    }

                    from = day;
                }

                outcome = news.Narrow(id, who, scope, from, reason!);
                break;
            default:
                outcome = news.Decide(new DecisionRequest(ReviewAction.Revoke, id, who, reason), ledger);
                break;
        }

        return outcome.Status switch
        {
            ReviewStatus.NotFound => ErrorPages.Result(http, StatusCodes.Status404NotFound, ("No such proposal", outcome.Message)),
            ReviewStatus.Done => Results.Redirect($"/review?state=all#p{id}"),
            _ => Refused(http, id, outcome.Message, StatusCodes.Status409Conflict),
        };
    }

    private static IResult Refused(HttpContext http, long id, string message, int status = StatusCodes.Status400BadRequest) =>
        Layout.Page(http, "Review queue", Html.Of($"""
            <h1>Proposal #{id} was not changed</h1>
            {Layout.Errors([message])}
            <p><a href="/review?state=all#p{id}">Back to the proposal</a></p>
            """), status);
}
