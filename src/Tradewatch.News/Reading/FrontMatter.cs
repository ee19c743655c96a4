using Tradewatch.Core;
using Tradewatch.Core.Limits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.News.Reading;

/// <summary>The YAML block at the top of a text file, split from its body.</summary>
/// <param name="Fields">Top-level scalar keys (lower-cased) and their values; empty when there is no block.</param>
/// <param name="Body">The text after the block.</param>
/// <param name="Error">Why the block could not be parsed, or null.</param>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, string Body, string? Error)
{
    private static readonly Dictionary<string, string> NoFields = [];

    /// <summary>Splits <c>---</c>-delimited front matter from <paramref name="text"/>. A block that does not parse leaves no fields and an error; its lines are still removed from the body.</summary>
    public static FrontMatter Split(string text)
    {
        var start = 0;
        while (start < text.Length && (text[start] == '\uFEFF' || text[start] == '\r' || text[start] == '\n'))
        {
            start++;
        }

        if (!IsFence(text, start, out var afterOpen))
        {
            return new FrontMatter(NoFields, text, null);
        }

        var lineStart = afterOpen;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..end].TrimEnd('\r');
            if (line == "---" || line == "...")
            {
                var yaml = text[afterOpen..lineStart];
                var body = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
                return Parse(yaml, body);
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        // An opening fence without a closing one is not front matter; a thematic break in Markdown looks the same.
        return new FrontMatter(NoFields, text, null);
    }

    private static bool IsFence(string text, int start, out int afterLine)
    {
        afterLine = 0;
        if (!text.AsSpan(start).StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0 || text.AsSpan(start, lineEnd - start).Trim().Length != 3)
        {
            return false;
        }

        afterLine = lineEnd + 1;
        return true;
    }

    private static FrontMatter Parse(string yaml, string body)
    {
        if (YamlShape.Check(yaml, InputLimits.Default) is { } tooLarge)
        {
            return new FrontMatter(NoFields, body, $"front matter not read: {tooLarge.Message}");
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new FrontMatter(NoFields, body, null);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return new FrontMatter(NoFields, body, "front matter is not a mapping of keys to values");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                {
                    fields[k.Trim().ToLowerInvariant()] = v.Trim();
                }
            }

            return new FrontMatter(fields, body, null);
        }
        catch (YamlException e)
        {
            return new FrontMatter(NoFields, body, $"front matter does not parse ({e.Start.Line}:{e.Start.Column}: {e.Message})");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and loader give up this way on some malformed input (found by fuzzing).
            return new FrontMatter(NoFields, body, $"front matter does not parse ({TradewatchException.PlainMessage(e)})");
        }
    }
}
