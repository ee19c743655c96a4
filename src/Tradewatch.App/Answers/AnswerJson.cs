using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.App.Answers;

/// <summary>
/// How answers are written for programs: the serializer settings both the CLI's <c>--json</c> and the
/// API use, and the words for days, statuses and coverage in them.
/// </summary>
public static class AnswerJson
{
    /// <summary>camelCase names, kebab-case enum values, nulls written: the one JSON shape of an answer.</summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Applies the answer settings to <paramref name="options"/> (the server's, so the API writes what <c>--json</c> writes).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        // Numbers are numbers: the web defaults also read them from strings, which makes every number in
        // the OpenAPI document "integer or string". Answers are written, never read back from a string.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day as yyyy-MM-dd, or null.</summary>
    public static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;

    /// <summary>The day of a known-at time (answers are known as of the end of a day, UTC).</summary>
    public static string? KnownAt(DateTimeOffset? knownAt) => knownAt is { } k ? Day(DateOnly.FromDateTime(k.UtcDateTime)) : null;

    /// <summary>in-force, suspended, exempt or void.</summary>
    public static string Status(LayerStatus status) => status switch
    {
        LayerStatus.InForce => "in-force",
        LayerStatus.Suspended => "suspended",
        LayerStatus.Exempt => "exempt",
        _ => "void",
    };

    /// <summary>exact, approximate or outside.</summary>
    public static string Coverage(Coverage coverage) => coverage switch
    {
        Core.Evaluation.Coverage.Exact => "exact",
        Core.Evaluation.Coverage.Approximate => "approximate",
        _ => "outside",
    };

    /// <summary>An enum member's name in kebab case (ExportControl is export-control).</summary>
    public static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
