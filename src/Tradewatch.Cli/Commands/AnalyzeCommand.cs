using System.CommandLine;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch analyze PATH... [--json] [--out FILE]</c>: the news pipeline in memory, written as the analysis file or a summary.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders of reports (.txt, .md, .html, RSS/Atom, any of them .gz); folders are read recursively.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the analysis file (corpus/FORMAT.md) instead of a summary." };
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of standard output." };
        var command = new Command("analyze", "Read, clean, dedupe and group reports into stories, in memory.") { paths, json, output };
        command.SetAction(parse => Run(context, parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool json, string? outFile)
    {
        if (outFile is not null && (outFile.Length == 0 || Directory.Exists(outFile)))
        {
            throw new UsageException(outFile.Length == 0 ? "--out is empty: give a file path." : $"--out '{outFile}' is a folder; give a file path (such as {Path.Combine(outFile, "analysis.json")}).");
        }

        var inputs = InputFiles.Load(paths, context, out var loadIssues);
        var analysis = NewsPipeline.Run(inputs);
        var issues = loadIssues.Concat(analysis.Issues).ToList();
        foreach (var issue in issues)
        {
            context.Error.WriteLine(issue.ToString());
        }

        if (json)
        {
            using var stream = outFile is null ? new MemoryStream() : (Stream)File.Create(outFile);
            AnalysisJson.Write(analysis with { Issues = issues }, stream, ReportClaims.Of(analysis).Result);
            if (stream is MemoryStream memory)
            {
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
            }
        }
        else
        {
            var writer = outFile is null ? context.Out : new StreamWriter(outFile);
            try
            {
                StorySummary.Write(analysis, writer);
            }
            finally
            {
                if (outFile is not null)
                {
                    writer.Dispose();
                }
            }
        }

        return issues.Any(i => i.Severity == IssueSeverity.Error) ? ExitCodes.BadData : ExitCodes.Ok;
    }
}
