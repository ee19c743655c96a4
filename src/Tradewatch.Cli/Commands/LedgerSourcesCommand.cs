using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ledger sources</c>: the sources the ledger cites and of what kind; with --check, per record, flagging records without a primary text.</summary>
internal static class LedgerSourcesCommand
{
    public static Command Create(CliContext context)
    {
        var check = new Option<bool>("--check") { Description = "List the sources of every record with their kind, and flag the records that cite no primary text." };
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("sources", "The sources the ledger cites, by kind: primary, law firm, news, other.") { check, knownAt, json, ledgerFiles };
        command.SetAction(parse =>
        {
            // amendments folded in: a record's sources as last corrected
            var ledger = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles)).Ledger.Restrict(Options.KnownAtValue(parse.GetValue(knownAt)));
            var rows = LedgerRecordRow.Of(ledger).ToList();
            if (parse.GetValue(check))
            {
                Check(context, rows, parse.GetValue(json));
            }
            else
            {
                Summary(context, rows, parse.GetValue(json));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Check(CliContext context, List<LedgerRecordRow> rows, bool json)
    {
        var withoutPrimary = rows.Where(r => !SourceKinds.HasPrimary(r.Sources)).ToList();
        if (json)
        {
            Render.Json(context, new
            {
                records = rows.Select(r => new
                {
                    type = r.Type,
                    id = r.Id,
                    primary = SourceKinds.HasPrimary(r.Sources),
                    sources = r.Sources.Select(s => new { url = s, kind = SourceKinds.Name(SourceKinds.Of(s)) }).ToList(),
                }).ToList(),
                withoutPrimary = withoutPrimary.Select(r => r.Id).ToList(),
            });
            return;
        }

        var table = new Table().AddColumns("Record", "Primary", "Sources (kind)");
        foreach (var r in rows)
        {
            table.AddRow(
                Markup.Escape($"{r.Type} {r.Id}"),
                SourceKinds.HasPrimary(r.Sources) ? "yes" : "NO",
                Markup.Escape(string.Join("\n", r.Sources.Select(s => $"{SourceKinds.Name(SourceKinds.Of(s))}: {s}"))));
        }

        Render.Console(context).Write(table);
        context.Out.WriteLine($"{withoutPrimary.Count} of {rows.Count} records cite no primary text");
    }

    private static void Summary(CliContext context, List<LedgerRecordRow> rows, bool json)
    {
        var sources = rows.SelectMany(r => r.Sources.Select(s => (Source: s, r.Id)))
            .GroupBy(x => x.Source, StringComparer.Ordinal)
            .Select(g => (Url: g.Key, Kind: SourceKinds.Of(g.Key), Records: g.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(x => x.Kind).ThenBy(x => x.Url, StringComparer.Ordinal)
            .ToList();
        if (json)
        {
            Render.Json(context, new { sources = sources.Select(s => new { url = s.Url, kind = SourceKinds.Name(s.Kind), records = s.Records }).ToList() });
            return;
        }

        var table = new Table().AddColumns("Kind", "Source", "Records");
        foreach (var s in sources)
        {
            table.AddRow(SourceKinds.Name(s.Kind), Markup.Escape(s.Url), s.Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Render.Console(context).Write(table);
        context.Out.WriteLine(string.Join(", ", sources.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {SourceKinds.Name(g.Key)}")) + " sources");
    }
}
