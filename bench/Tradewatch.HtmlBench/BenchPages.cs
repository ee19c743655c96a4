using System.IO.Compression;
using System.Text;
using System.Text.Json;

/// <summary>The pages of the article-extraction benchmark, with their URLs from the ground truth.</summary>
internal static class BenchPages
{
    public static List<Page> Load(string benchDirectory)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var truthPath = Path.Combine(benchDirectory, "ground-truth.json");
        if (File.Exists(truthPath))
        {
            using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
            foreach (var entry in truth.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
                {
                    urls[entry.Name] = url.GetString()!;
                }
            }
        }

        var pages = new List<Page>();
        var htmlDirectory = Path.Combine(benchDirectory, "html");
        if (!Directory.Exists(htmlDirectory))
        {
            return pages;
        }

        foreach (var file in Directory.EnumerateFiles(htmlDirectory, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var id = Path.GetFileName(file)[..^".html.gz".Length];
            pages.Add(new Page(id, urls.GetValueOrDefault(id), reader.ReadToEnd()));
        }

        return pages;
    }
}
