using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Cli.Commands;

/// <summary>Reads the files named on a command line into memory; a file that cannot be opened is an issue, not a crash.</summary>
internal static class InputFiles
{
    public static List<InputFile> Load(IEnumerable<string> paths, CliContext context, out List<ReadIssue> issues)
    {
        var walk = SourceWalker.Walk(paths);
        var (files, missing) = (walk.Files, walk.Missing);
        if (missing.Count > 0 && files.Count == 0 && walk.Skipped.Count == 0)
        {
            throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
        }

        var found = new List<ReadIssue>(missing.Select(m => new ReadIssue(m, IssueSeverity.Error, "no such file or folder")).Concat(walk.Skipped));
        var inputs = new List<InputFile>(files.Count);
        foreach (var f in files)
        {
            try
            {
                var (bytes, size) = SourceWalker.ReadBytes(f.Path);
                inputs.Add(new InputFile(f.Id, Path.GetFileName(f.Path), bytes, size));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add(new ReadIssue(f.Id, IssueSeverity.Error, $"cannot read: {e.Message}"));
            }
        }

        _ = context;
        issues = found;
        return inputs;
    }
}
