using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.UseCases;
using Tradewatch.Cli.Output;
using Tradewatch.News.Pipeline;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;

namespace Tradewatch.Cli.Commands;

/// <summary>
/// <c>tradewatch review list|show|accept|reject|propose</c>: the queue of ledger changes proposed from
/// news claims that the ledger contradicts or lacks, and the decisions on them.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("review", "The review queue: ledger changes proposed from the news, accepted (appended to the ledger with their sources) or rejected by a person.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Decide(context, accept: true));
        command.Subcommands.Add(Decide(context, accept: false));
        command.Subcommands.Add(Narrow(context));
        command.Subcommands.Add(Revoke(context));
        command.Subcommands.Add(Propose(context));
        return command;
    }

    private static Argument<string> Id() => new("ID") { Description = "The proposal's id, as 'tradewatch review list' shows it." };

    private static long ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"'{text}' is not a proposal id: a positive whole number, as 'tradewatch review list' shows it.");

    private static Command List(CliContext context)
    {
        var state = Options.Text("--state", "Only proposals in this state: open, accepted, rejected or revoked.");
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("list", "List the proposed ledger changes, oldest first.") { state, db, json };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(state);
            if (wanted is not null && !Proposal.States.Contains(wanted))
            {
                throw new UsageException($"--state '{wanted}': write {string.Join(", ", Proposal.States)}.");
            }

            using var store = NewsDatabase.OpenForReading(parse.GetValue(db), context);
            var proposals = store.Review.List(wanted);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(new JsonArray(proposals.Select(p => (JsonNode)ToJson(p)).ToArray()).ToJsonString(Render.JsonOptions));
                return ExitCodes.Ok;
            }

            if (proposals.Count == 0)
            {
                context.Out.WriteLine(wanted is null
                    ? "the review queue is empty; 'tradewatch ingest PATH' proposes changes for the claims the ledger contradicts or lacks"
                    : $"no {wanted} proposals");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "State", "Kind", "Change", "From", "Verdict", "Sources");
            foreach (var p in proposals)
            {
                table.AddRow(
                    p.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(p.State + (p.Decision is { } d ? $" ({d.Reviewer})" : p.Reading is not null ? " (read differently now)" : string.Empty)),
                    Markup.Escape(p.Kind),
                    Markup.Escape(p.Summary),
                    p.Change.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Markup.Escape(p.Verdict),
                    p.Sources.Count.ToString(CultureInfo.InvariantCulture));
            }

            Render.Console(context).Write(table);
            context.Out.WriteLine($"{proposals.Count} proposal(s), {proposals.Count(p => p.Decision is null)} open");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = Id();
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("show", "Show one proposal: the claim, why it was proposed, the ledger record it would append, its sources and the decision.") { id, db, json };
        command.SetAction(parse =>
        {
            var number = ParseId(parse.GetValue(id)!);
            using var store = NewsDatabase.OpenForReading(parse.GetValue(db), context);
            var proposal = store.Review.Get(number) ?? throw new BadDataException($"no proposal {number} in the review queue; 'tradewatch review list' shows them");
            var record = proposal.Decision?.Decision == "accepted" ? store.Review.AcceptedRecords().FirstOrDefault(r => r.ProposalId == number) : null;
            var yaml = record?.Yaml ?? proposal.Change.ToYaml(number, DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime), proposal.Sources.Select(s => s.Citation).ToList(), null);
            if (parse.GetValue(json))
            {
                var node = ToJson(proposal);
                node["record"] = yaml;
                context.Out.WriteLine(node.ToJsonString(Render.JsonOptions));
                return ExitCodes.Ok;
            }

            var o = context.Out;
            o.WriteLine($"proposal {proposal.Id} ({proposal.State}): {proposal.Summary}");
            o.WriteLine($"  claim ({proposal.Kind}): {proposal.ClaimJson}");
            o.WriteLine($"  {proposal.Verdict}: {proposal.Explanation}");
            if (proposal.Confidence is { } confidence)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  confidence {confidence:0.00}"));
            }

            if (proposal.Sentence is { } sentence)
            {
                o.WriteLine($"  read in: \"{sentence}\"");
            }

            o.WriteLine($"  proposed {proposal.ProposedAt:yyyy-MM-dd HH:mm:ss}Z");
            o.WriteLine("  sources:");
            foreach (var s in proposal.Sources)
            {
                o.WriteLine($"    {s.Document}{(s.Outlet is null ? string.Empty : $" - {s.Outlet}")}{(s.Url is null ? string.Empty : $" <{s.Url}>")}");
            }

            foreach (var reading in proposal.Readings)
            {
                o.WriteLine($"  {reading.Describe()} (found {reading.ReadAt:yyyy-MM-dd HH:mm:ss}Z)");
            }

            foreach (var a in proposal.Amendments)
            {
                o.WriteLine($"  narrowed by {a.Reviewer} at {a.AmendedAt:yyyy-MM-dd HH:mm:ss}Z to {(a.Change.Products == ProposedChange.AllGoods ? "all goods" : a.Change.Products)} from {a.Change.From:yyyy-MM-dd}: {a.Reason}");
            }

            if (proposal.Decision is { } d)
            {
                o.WriteLine($"  {d.Decision} by {d.Reviewer} at {d.DecidedAt:yyyy-MM-dd HH:mm:ss}Z{(d.Reason is null ? string.Empty : $": {d.Reason}")}");
            }

            if (proposal.Revocation is { } r)
            {
                o.WriteLine($"  revoked by {r.Reviewer} at {r.RevokedAt:yyyy-MM-dd HH:mm:ss}Z: {r.Reason}; its record no longer counts from then");
            }
            else if (proposal.Decision is null && proposal.Change.Unread is { } unread)
            {
                o.WriteLine($"  cannot be accepted as it stands: {unread} ('tradewatch review narrow {proposal.Id} --products CODES')");
            }
            else if (proposal.Superseded is { } superseded)
            {
                o.WriteLine($"  cannot be accepted as it stands: {superseded}{(proposal.Change.Action == ChangeAction.NewTariffLayer ? $" ('tradewatch review narrow {proposal.Id}' with what the sources say, or 'review reject')" : " ('tradewatch review reject')")}");
            }

            if (proposal.LedgerWarning is { } warning)
            {
                o.WriteLine($"  warning: {warning}");
            }

            o.WriteLine(record is null ? "  the ledger record it would append:" : "  the ledger record appended:");
            foreach (var line in yaml.TrimEnd().Split('\n'))
            {
                o.WriteLine("    " + line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Decide(CliContext context, bool accept)
    {
        var id = Id();
        var reviewer = Options.Text("--reviewer", "Your name: it is recorded with the decision" + (accept ? " and on the ledger record." : "."), required: true);
        var reason = accept
            ? Options.Text("--reason", "Why the claim is right: what you checked (an official text, a second source). Recorded on the ledger record.", required: true)
            : Options.Text("--reason", "Why the proposal is rejected.");
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = accept
            ? new Command("accept", "Accept a proposal for a stated reason: append its ledger record, with the claim's sources, recorded now by you. Nothing is overwritten; 'review revoke' takes it back.") { id, reviewer, reason, db, json }
            : new Command("reject", "Reject a proposal, with your name and a reason.") { id, reviewer, reason, db, json };
        command.SetAction(parse =>
        {
            var number = ParseId(parse.GetValue(id)!);
            var decision = Problems.ValueOf(DecisionRequest.Parse(accept ? ReviewAction.Accept : ReviewAction.Reject, number, parse.GetValue(reviewer), parse.GetValue(reason)));
            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            var outcome = ReviewDecisions.Apply(store.Review, decision);
            return Report(context, outcome, parse.GetValue(json), accept ? $"; the ledger now holds {ProposedChange.RecordId(number)}" : string.Empty);
        });
        return command;
    }

    private static Command Narrow(CliContext context)
    {
        var id = Id();
        var reviewer = Options.Text("--reviewer", "Your name: it is recorded with the narrowing.", required: true);
        var products = Options.Text("--products", "The HS codes the layer is on, separated by commas (8711.60,8712), or 'all' to confirm every good.", required: true);
        var from = Options.Text("--from", "The first day the layer applies (YYYY-MM-DD), when the report's date was wrong.");
        var reason = Options.Text("--reason", "Why: what the report or the official text says the goods are.", required: true);
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("narrow", "Narrow an open proposal's new tariff layer to the goods it is on (and its start), before accepting it. The narrowing is appended; the original stays in the trail.")
        {
            id, reviewer, products, from, reason, db, json,
        };
        command.SetAction(parse =>
        {
            var number = ParseId(parse.GetValue(id)!);
            var start = Options.OptionalDay("--from", parse.GetValue(from));
            if (!ProposedChange.TryParseProducts(parse.GetValue(products), out var scope, out var problem))
            {
                throw new UsageException($"--products: {problem}.");
            }

            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            return Report(context, store.Review.Narrow(number, RequireName(parse.GetValue(reviewer)), scope, start, RequireWords(parse.GetValue(reason))), parse.GetValue(json), string.Empty);
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var id = Id();
        var reviewer = Options.Text("--reviewer", "Your name: it is recorded with the revocation.", required: true);
        var reason = Options.Text("--reason", "Why the accepted record was wrong.", required: true);
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("revoke", "Take back an accepted proposal: its ledger record stops counting from now (answers as known before still see it). Nothing is deleted.") { id, reviewer, reason, db, json };
        command.SetAction(parse =>
        {
            var decision = Problems.ValueOf(DecisionRequest.Parse(ReviewAction.Revoke, ParseId(parse.GetValue(id)!), parse.GetValue(reviewer), parse.GetValue(reason)));
            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            return Report(context, ReviewDecisions.Apply(store.Review, decision), parse.GetValue(json), string.Empty);
        });
        return command;
    }

    private static string RequireName(string? name) => string.IsNullOrWhiteSpace(name) ? throw new UsageException("--reviewer needs a name.") : name;

    private static string RequireWords(string? reason) => string.IsNullOrWhiteSpace(reason) ? throw new UsageException("--reason needs words.") : reason;

    /// <summary>Prints what a review step did; a step that changed nothing is bad data (exit 2) with the reason.</summary>
    private static int Report(CliContext context, ReviewOutcome outcome, bool json, string suffix)
    {
        switch (outcome.Status)
        {
            case ReviewStatus.NotFound:
                throw new BadDataException($"{outcome.Message}; 'tradewatch review list' shows them");
            case ReviewStatus.Done:
                break;
            default:
                throw new BadDataException(outcome.Message);
        }

        context.Out.WriteLine(json ? ToJson(outcome.Proposal!).ToJsonString(Render.JsonOptions) : outcome.Message + suffix);
        return ExitCodes.Ok;
    }

    private static Command Propose(CliContext context)
    {
        var db = NewsDatabase.Option();
        var ledgerFiles = Options.Ledger();
        var json = Options.Json();
        var command = new Command("propose", "Check the stored reports' tariff and export-control claims against the ledger and propose changes for those it contradicts or lacks ('ingest' does this too).") { db, ledgerFiles, json };
        command.SetAction(parse =>
        {
            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            var session = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), null, parse.GetValue(db) ?? context.DefaultDatabase);
            var outcome = ProposeChanges.FromStore(store, session);
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    added = outcome.Added,
                    alreadyProposed = outcome.AlreadyProposed,
                    superseded = outcome.Superseded,
                    readAgain = outcome.ReadAgain,
                    notProposed = outcome.NotProposed.Select(n => new { claim = n.Claim, reason = n.Reason }).ToList(),
                });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(Describe(outcome));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line on what proposing did, for ingest and propose.</summary>
    public static string Describe(ProposeOutcome outcome) =>
        $"review queue: {outcome.Added} change(s) proposed, {outcome.AlreadyProposed} already proposed, {outcome.NotProposed.Count} claim(s) the ledger does not match but no record can express ('tradewatch check' explains them)"
        + (outcome.Superseded > 0 ? $"; {outcome.Superseded} open proposal(s) the stored reports now read differently ('tradewatch review list' marks them)" : string.Empty)
        + (outcome.ReadAgain > 0 ? $"; {outcome.ReadAgain} read so again" : string.Empty);

    /// <summary>The proposal in the API's shape (<see cref="ProposalDto"/>), with the claim it comes from.</summary>
    public static JsonObject ToJson(Proposal p)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(ProposalDto.From(p), AnswerJson.Options)!.AsObject();
        node["claim"] = JsonNode.Parse(p.ClaimJson);
        return node;
    }
}
