using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Cli.Commands;

/// <summary>Reads the files named on a command line into memory; a file that cannot be opened is an issue, not a crash.</summary>
internal static class InputFiles
{
    public static List<InputFile> Load(IEnumerable<string> paths, CliContext context, out List<ReadIssue> issues)
    {
        var files = SourceWalker.Expand(paths, out var missing);
        if (missing.Count > 0 && files.Count == 0)
        {
            throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
        }

        var found = new List<ReadIssue>(missing.Select(m => new ReadIssue(m, IssueSeverity.Error, "no such file or folder")));
        var inputs = new List<InputFile>(files.Count);
        foreach (var f in files)
        {
            try
            {
                var length = new FileInfo(f.Path).Length;
                // Larger files are read only up to the reader's limit; gzip is read whole (the reader caps what it unpacks).
                var bytes = f.Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || length <= ReportReader.MaxBytes
                    ? File.ReadAllBytes(f.Path)
                    : ReadPrefix(f.Path, ReportReader.MaxBytes + 1);
                inputs.Add(new InputFile(f.Id, Path.GetFileName(f.Path), bytes));
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

    private static byte[] ReadPrefix(string path, int count)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..read];
    }
}
