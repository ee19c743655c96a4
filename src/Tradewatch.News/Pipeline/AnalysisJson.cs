using System.Text.Encodings.Web;
using System.Text.Json;
using Tradewatch.News.Dedup;

namespace Tradewatch.News.Pipeline;

/// <summary>Writes an <see cref="Analysis"/> as the analysis file of corpus/FORMAT.md.</summary>
public static class AnalysisJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Analysis analysis, Stream output, Claims.ConsolidationResult? claims = null)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var r in analysis.Reports.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var meta = r.Clean.Source.Metadata;
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            WriteNullable(w, "title", r.Clean.Headline.Length > 0 ? r.Clean.Headline : null);
            WriteNullable(w, "url", meta.Url);
            WriteNullable(w, "outlet", meta.Outlet);
            WriteNullable(w, "published", r.Published.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("publishedFrom", r.Published.Source.ToString().ToLowerInvariant());
            WriteNullable(w, "publishedEvidence", r.Published.Evidence);
            if (r.Published.Confidence > 0)
            {
                w.WriteNumber("publishedConfidence", r.Published.Confidence);
            }

            w.WriteString("text", r.Clean.Text);
            w.WriteString("contentHash", r.Clean.Source.ContentHash);
            w.WriteStartArray("removed");
            foreach (var line in r.Clean.Removed)
            {
                w.WriteStartObject();
                w.WriteString("reason", line.Reason.ToString().ToLowerInvariant());
                w.WriteString("line", line.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("duplicates");
        foreach (var g in analysis.Duplicates)
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var d in g.Documents)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
            w.WriteString("relation", Name(g.Relation));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("stories");
        foreach (var s in analysis.Stories)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("title", s.Title);
            w.WriteStartArray("documents");
            foreach (var d in s.Documents)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var claimJson = claims is null ? null : Claims.ClaimJson.ToJson(claims);
        foreach (var member in new[] { "claims", "conflicts", "nonConflicts", "gaps" })
        {
            w.WritePropertyName(member);
            if (claimJson?[member] is { } node)
            {
                node.WriteTo(w);
            }
            else
            {
                w.WriteStartArray();
                w.WriteEndArray();
            }
        }

        w.WriteStartArray("issues");
        foreach (var i in analysis.Issues)
        {
            w.WriteStartObject();
            w.WriteString("source", i.Source);
            w.WriteString("severity", i.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", i.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string Name(DuplicateRelation relation) => relation switch
    {
        DuplicateRelation.Copy => "copy",
        DuplicateRelation.Version => "version",
        _ => "rewrite",
    };

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
