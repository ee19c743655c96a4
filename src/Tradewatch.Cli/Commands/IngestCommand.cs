using System.CommandLine;
using Spectre.Console;
using Tradewatch.News.Reading;
using Tradewatch.Storage;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ingest PATH... [--db FILE]</c>: reads reports into the news database, each once.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders of reports; folders are read recursively.", Arity = ArgumentArity.OneOrMore };
        var db = NewsDatabase.Option();
        var command = new Command("ingest", "Store reports with their duplicates and stories; a report already stored is skipped.") { paths, db };
        command.SetAction(parse => Run(context, parse.GetValue(paths)!, parse.GetValue(db)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? dbPath)
    {
        var walk = SourceWalker.Walk(paths);
        var (files, missing) = (walk.Files, walk.Missing);
        if (files.Count == 0 && walk.Skipped.Count == 0)
        {
            throw new UsageException(missing.Count > 0 ? $"no such file or folder: {string.Join(", ", missing)}" : "no report files found (.txt, .md, .html, .xml/.rss/.atom, .gz)");
        }

        using var store = NewsDatabase.Open(dbPath, context);
        var tally = new Tally();
        var failures = missing.Select(m => new ReadIssue(m, IssueSeverity.Error, "no such file or folder")).Concat(walk.Skipped.Where(s => s.Severity == IssueSeverity.Error)).ToList();
        var warnings = walk.Skipped.Where(s => s.Severity == IssueSeverity.Warning).ToList();

        void IngestAll(Action step)
        {
            foreach (var file in files)
            {
                IngestFile(store, file, tally, failures, warnings);
                step();
            }
        }

        if (context.IsTerminal)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: files.Count);
                    IngestAll(() => task.Increment(1));
                });
        }
        else
        {
            IngestAll(() => { });
        }

        foreach (var issue in failures.Concat(warnings))
        {
            context.Error.WriteLine(issue.ToString());
        }

        context.Out.WriteLine($"{files.Count} file(s): {tally.Added} report(s) added, {tally.Skipped} already stored, {tally.Duplicates} duplicate link(s), {failures.Count} failed; {store.ReportCount()} report(s) in the database");

        // The stored reports' claims are checked against the ledger (with what review accepted so far),
        // and those it contradicts or lacks are proposed for review; a claim proposed before is not repeated.
        var reference = LedgerLoader.Reference(context.DataDirectory);
        var ledger = ReviewedLedger.Open(context, null, reference, dbPath ?? context.DefaultDatabase).Ledger;
        try
        {
            context.Out.WriteLine(ReviewCommand.Describe(store.Review.ProposeFromStore(ledger, reference.Economies)));
        }
        catch (StorageException e)
        {
            context.Error.WriteLine($"review queue: {e.Message}");
            return ExitCodes.BadData;
        }

        return failures.Count > 0 ? ExitCodes.BadData : ExitCodes.Ok;
    }

    private static void IngestFile(NewsStore store, SourceFile file, Tally tally, List<ReadIssue> failures, List<ReadIssue> warnings)
    {
        ReadResult read;
        try
        {
            var (bytes, size) = SourceWalker.ReadBytes(file.Path);
            read = ReportReader.Read(file.Id, Path.GetFileName(file.Path), bytes, size);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add(new ReadIssue(file.Id, IssueSeverity.Error, $"cannot read: {e.Message}"));
            return;
        }

        failures.AddRange(read.Issues.Where(i => i.Severity == IssueSeverity.Error));
        warnings.AddRange(read.Issues.Where(i => i.Severity == IssueSeverity.Warning));
        foreach (var report in read.Reports)
        {
            try
            {
                var outcome = store.Ingest(report);
                if (outcome.Status == IngestStatus.Added)
                {
                    tally.Added++;
                    tally.Duplicates += outcome.DuplicatesFound;
                }
                else
                {
                    tally.Skipped++;
                }
            }
            catch (StorageException e)
            {
                failures.Add(new ReadIssue(report.Id, IssueSeverity.Error, e.Message));
            }
        }
    }

    private sealed class Tally
    {
        public int Added { get; set; }

        public int Skipped { get; set; }

        public int Duplicates { get; set; }
    }
}
