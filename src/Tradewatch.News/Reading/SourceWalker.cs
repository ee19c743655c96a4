namespace Tradewatch.News.Reading;

/// <summary>A file to read and the id its reports get: the path relative to the folder given, with '/' separators.</summary>
public sealed record SourceFile(string Path, string Id);

/// <summary>Expands the paths given on a command line into files, folders walked recursively in a stable order.</summary>
public static class SourceWalker
{
    /// <summary>Files under the given paths; a path that does not exist is returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<SourceFile>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var found = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => ReportReader.IsKnownFile(Path.GetFileName(f)))
                    .Select(f => new SourceFile(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .OrderBy(f => f.Id, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(new SourceFile(Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
    }
}
