using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Tradewatch.Cli.Output;
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
        var state = Options.Text("--state", "Only proposals in this state: open, accepted or rejected.");
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("list", "List the proposed ledger changes, oldest first.") { state, db, json };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(state);
            if (wanted is not (null or "open" or "accepted" or "rejected"))
            {
                throw new UsageException($"--state '{wanted}': write open, accepted or rejected.");
            }

            using var store = NewsDatabase.Open(parse.GetValue(db), context);
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
                    Markup.Escape(p.State + (p.Decision is { } d ? $" ({d.Reviewer})" : string.Empty)),
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
            using var store = NewsDatabase.Open(parse.GetValue(db), context);
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
            o.WriteLine($"  proposed {proposal.ProposedAt:yyyy-MM-dd HH:mm:ss}Z");
            o.WriteLine("  sources:");
            foreach (var s in proposal.Sources)
            {
                o.WriteLine($"    {s.Document}{(s.Outlet is null ? string.Empty : $" - {s.Outlet}")}{(s.Url is null ? string.Empty : $" <{s.Url}>")}");
            }

            if (proposal.Decision is { } d)
            {
                o.WriteLine($"  {d.Decision} by {d.Reviewer} at {d.DecidedAt:yyyy-MM-dd HH:mm:ss}Z{(d.Reason is null ? string.Empty : $": {d.Reason}")}");
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
        var reason = Options.Text("--reason", "Why the proposal is rejected.");
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = accept
            ? new Command("accept", "Accept a proposal: append its ledger record, with the claim's sources, recorded now by you. Nothing is overwritten.") { id, reviewer, db, json }
            : new Command("reject", "Reject a proposal, with your name and a reason.") { id, reviewer, reason, db, json };
        command.SetAction(parse =>
        {
            var number = ParseId(parse.GetValue(id)!);
            var who = parse.GetValue(reviewer);
            if (string.IsNullOrWhiteSpace(who))
            {
                throw new UsageException("--reviewer needs a name.");
            }

            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            var outcome = accept ? store.Review.Accept(number, who) : store.Review.Reject(number, who, parse.GetValue(reason));
            if (outcome.Status == ReviewStatus.NotFound)
            {
                throw new BadDataException($"{outcome.Message}; 'tradewatch review list' shows them");
            }

            if (outcome.Status == ReviewStatus.AlreadyDecided)
            {
                throw new BadDataException(outcome.Message);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ToJson(outcome.Proposal!).ToJsonString(Render.JsonOptions));
            }
            else
            {
                context.Out.WriteLine(outcome.Message + (accept ? $"; the ledger now holds {ProposedChange.RecordId(number)}" : string.Empty));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Propose(CliContext context)
    {
        var db = NewsDatabase.Option();
        var ledgerFiles = Options.Ledger();
        var json = Options.Json();
        var command = new Command("propose", "Check the stored reports' tariff and export-control claims against the ledger and propose changes for those it contradicts or lacks ('ingest' does this too).") { db, ledgerFiles, json };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            using var store = NewsDatabase.Open(parse.GetValue(db), context);
            var ledger = ReviewedLedger.Load(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db) ?? context.DefaultDatabase);
            var outcome = store.Review.ProposeFromStore(ledger, reference.Economies);
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    added = outcome.Added,
                    alreadyProposed = outcome.AlreadyProposed,
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
        $"review queue: {outcome.Added} change(s) proposed, {outcome.AlreadyProposed} already proposed, {outcome.NotProposed.Count} claim(s) the ledger does not match but no record can express ('tradewatch check' explains them)";

    public static JsonObject ToJson(Proposal p) => new()
    {
        ["id"] = p.Id,
        ["state"] = p.State,
        ["kind"] = p.Kind,
        ["summary"] = p.Summary,
        ["verdict"] = p.Verdict,
        ["explanation"] = p.Explanation,
        ["change"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(p.Change, ReviewJson.Options)),
        ["claim"] = JsonNode.Parse(p.ClaimJson),
        ["proposedAt"] = p.ProposedAt.ToString("O", CultureInfo.InvariantCulture),
        ["sources"] = new JsonArray(p.Sources.Select(s => (JsonNode)new JsonObject { ["document"] = s.Document, ["url"] = s.Url, ["outlet"] = s.Outlet }).ToArray()),
        ["decision"] = p.Decision is { } d
            ? new JsonObject { ["decision"] = d.Decision, ["reviewer"] = d.Reviewer, ["reason"] = d.Reason, ["decidedAt"] = d.DecidedAt.ToString("O", CultureInfo.InvariantCulture) }
            : null,
    };
}
