using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.UseCases;
using Tradewatch.Cli.Output;
using Tradewatch.News.Reading;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ingest PATH... [--db FILE] [--json]</c>: reads reports into the news database, each once.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders of reports; folders are read recursively.", Arity = ArgumentArity.OneOrMore };
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("ingest", "Store reports with their duplicates and stories; a report already stored is skipped.") { paths, db, json };
        command.SetAction(parse => Run(context, parse.GetValue(paths)!, parse.GetValue(db), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? dbPath, bool json)
    {
        var walk = SourceWalker.Walk(paths);
        var (files, missing) = (walk.Files, walk.Missing);
        if (files.Count == 0 && walk.Skipped.Count == 0)
        {
            throw new UsageException(missing.Count > 0 ? $"no such file or folder: {string.Join(", ", missing)}" : "no report files found (.txt, .md, .html, .xml/.rss/.atom, .gz)");
        }

        using var store = NewsDatabase.Open(dbPath, context);
        var tally = new IngestTally();
        tally.Failures.AddRange(missing.Select(m => new ReadIssue(m, IssueSeverity.Error, "no such file or folder")).Concat(walk.Skipped.Where(s => s.Severity == IssueSeverity.Error)));
        tally.Warnings.AddRange(walk.Skipped.Where(s => s.Severity == IssueSeverity.Warning));

        // The files are read first and stored as one batch, as analyze reads them, so both make the same stories.
        var reports = new List<SourceReport>();
        void IngestAll(Action read, Action stored)
        {
            foreach (var file in files)
            {
                reports.AddRange(ReadFile(file, tally));
                read();
            }

            IngestReports.Store(store, reports, tally, stored);
        }

        if (context.IsTerminal && !json)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var reading = progress.AddTask("reading", maxValue: files.Count);
                    var storing = progress.AddTask("ingesting", autoStart: false);
                    IngestAll(() => reading.Increment(1), () =>
                    {
                        if (!storing.IsStarted)
                        {
                            storing.MaxValue = Math.Max(reports.Count, 1);
                            storing.StartTask();
                        }

                        storing.Increment(1);
                    });
                    storing.Value = storing.MaxValue;
                });
        }
        else
        {
            IngestAll(() => { }, () => { });
        }

        foreach (var issue in tally.Failures.Concat(tally.Warnings))
        {
            context.Error.WriteLine(issue.ToString());
        }

        if (!json)
        {
            context.Out.WriteLine($"{files.Count} file(s): {tally.Added} report(s) added, {tally.AlreadyStored} already stored, {tally.Duplicates} duplicate link(s), {tally.Failures.Count} failed; {store.ReportCount()} report(s) in the database");
        }

        // The stored reports' claims are checked against the ledger (with what review accepted so far),
        // and those it contradicts or lacks are proposed for review; a claim proposed before is not repeated.
        var session = ReviewedLedger.Open(context, null, null, dbPath ?? context.DefaultDatabase);
        ProposeOutcome review;
        try
        {
            review = ProposeChanges.FromStore(store, session);
        }
        catch (StorageException e)
        {
            context.Error.WriteLine($"review queue: {e.Message}");
            return ExitCodes.BadData;
        }

        if (json)
        {
            // the API's answer to an upload (POST /api/ingest), the same record
            Render.Json(context, IngestResultDto.From(tally, review));
        }
        else
        {
            context.Out.WriteLine(ReviewCommand.Describe(review));
        }

        return tally.Failures.Count > 0 ? ExitCodes.BadData : ExitCodes.Ok;
    }

    private static IReadOnlyList<SourceReport> ReadFile(SourceFile file, IngestTally tally)
    {
        try
        {
            var (bytes, size) = SourceWalker.ReadBytes(file.Path);
            return IngestReports.Read(file.Id, Path.GetFileName(file.Path), bytes, size, tally);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            tally.Failures.Add(new ReadIssue(file.Id, IssueSeverity.Error, $"cannot read: {e.Message}"));
            return [];
        }
    }
}
