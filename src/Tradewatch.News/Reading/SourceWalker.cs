using Tradewatch.Core.Limits;

namespace Tradewatch.News.Reading;

/// <summary>A file to read and the id its reports get: the path relative to the folder given, with '/' separators.</summary>
public sealed record SourceFile(string Path, string Id);

/// <summary>What a walk found: the files to read, the paths that do not exist, and what was passed over and why.</summary>
public sealed record SourceWalk(IReadOnlyList<SourceFile> Files, IReadOnlyList<string> Missing, IReadOnlyList<ReadIssue> Skipped);

/// <summary>
/// Expands the paths given on a command line into files, folders walked recursively in a stable order.
/// The walk is careful: a symbolic link to a folder is not followed (it may lead back up the tree,
/// a loop), so each folder is entered once, hidden entries are skipped, and only regular files are read: a FIFO would
/// block the reader and a device such as /dev/zero never ends, so neither is opened.
/// </summary>
public static class SourceWalker
{
    /// <summary>Files under the given paths; a path that does not exist is returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var walk = Walk(paths);
        missing = walk.Missing;
        return walk.Files;
    }

    public static SourceWalk Walk(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        var missing = new List<string>();
        var skipped = new List<ReadIssue>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var found = new List<SourceFile>();
                WalkFolder(root, found, skipped);
                files.AddRange(found.OrderBy(f => f.Id, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                if (NotRegular(full) is { } why)
                {
                    skipped.Add(new ReadIssue(Path.GetFileName(path), IssueSeverity.Error, why));
                }
                else
                {
                    files.Add(new SourceFile(full, Path.GetFileName(path)));
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return new SourceWalk(files, missing, skipped);
    }

    private static void WalkFolder(string root, List<SourceFile> found, List<ReadIssue> skipped)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                var id = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry is DirectoryInfo || entry.Attributes.HasFlag(FileAttributes.Directory))
                {
                    if (entry.LinkTarget is null)
                    {
                        pending.Push(entry.FullName);
                    }
                    else
                    {
                        skipped.Add(new ReadIssue(id, IssueSeverity.Warning, $"a symbolic link to a folder ({entry.LinkTarget}); not followed (name the folder itself to read it)"));
                    }
                }
                else if (ReportReader.IsKnownFile(entry.Name))
                {
                    if (NotRegular(entry.FullName) is { } why)
                    {
                        skipped.Add(new ReadIssue(id, IssueSeverity.Error, why));
                    }
                    else
                    {
                        found.Add(new SourceFile(entry.FullName, id));
                    }
                }
            }
        }
    }

    /// <summary>Why a file is not read, or null for a regular file with content.</summary>
    /// <remarks>
    /// A FIFO, a socket or a character device reports a size of zero, as an empty file does; none of
    /// them is opened (opening a FIFO blocks until a writer comes; /dev/zero never ends).
    /// </remarks>
    private static string? NotRegular(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            if (!target.Exists)
            {
                return "a symbolic link to nothing; skipped";
            }

            var where = target.FullName;
            if (where.StartsWith("/dev/", StringComparison.Ordinal) || where.StartsWith("/proc/", StringComparison.Ordinal) || where.StartsWith("/sys/", StringComparison.Ordinal))
            {
                return $"leads to {where}, a device or system file, not a report; skipped";
            }

            return target.Length == 0 ? "empty, or not a regular file (a FIFO, socket or device); skipped" : null;
        }
        catch (IOException e)
        {
            return $"cannot be examined: {e.Message}";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"cannot be examined: {e.Message}";
        }
    }

    /// <summary>
    /// A file's bytes, read streaming up to <see cref="ReportReader.MaxBytes"/> (a compressed file up to
    /// the file limit, since its reader caps what it unpacks), and the file's whole size.
    /// </summary>
    public static (byte[] Bytes, long Size) ReadBytes(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var size = stream.Length;
        var cap = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? limits.MaxFileBytes : ReportReader.MaxBytes;
        var wanted = (int)Math.Min(size, cap + 1);
        var buffer = new byte[wanted];
        var read = stream.ReadAtLeast(buffer, wanted, throwOnEndOfStream: false);
        return (read == wanted ? buffer : buffer[..read], size);
    }
}
