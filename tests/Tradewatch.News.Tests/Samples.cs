using Tradewatch.News.Pipeline;
using Tradewatch.TestSupport;

namespace Tradewatch.News.Tests;

/// <summary>The project's own sample reports (data/samples), found by <see cref="RepoData"/>.</summary>
internal static class Samples
{
    public static string Folder => RepoData.Samples;

    public static IReadOnlyList<InputFile> All() =>
        Directory.GetFiles(Folder).Order(StringComparer.Ordinal)
            .Select(f => new InputFile(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
