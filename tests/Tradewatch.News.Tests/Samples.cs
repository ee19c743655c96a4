using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>The project's own sample reports (data/samples), found from the test's output folder.</summary>
internal static class Samples
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "samples")))
            {
                dir = dir.Parent;
            }

            return dir is null ? throw new DirectoryNotFoundException("data/samples not found above the test folder") : Path.Combine(dir.FullName, "data", "samples");
        }
    }

    public static IReadOnlyList<InputFile> All() =>
        Directory.GetFiles(Folder).Order(StringComparer.Ordinal)
            .Select(f => new InputFile(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
