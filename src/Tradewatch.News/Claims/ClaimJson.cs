using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tradewatch.News.Claims;

/// <summary>
/// Writes consolidated claims and conflicts in the shape of the analysis file (FORMAT.md):
/// camelCase fields, <c>kind</c> first, dates as ISO strings, <c>sources</c> with UTF-16 offsets.
/// </summary>
public static class ClaimJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonObject ToJson(ConsolidatedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var facts = JsonSerializer.SerializeToNode(claim.Facts, Options)!.AsObject();
        var result = new JsonObject { ["id"] = claim.Id };
        foreach (var (key, value) in facts.ToList())
        {
            facts.Remove(key);
            result[key] = value;
        }

        result["sources"] = new JsonArray(claim.Sources.Select(s => (JsonNode)new JsonObject
        {
            ["document"] = s.Document,
            ["start"] = s.Start,
            ["end"] = s.End,
        }).ToArray());
        result["corroboration"] = claim.Corroboration;
        return result;
    }

    public static JsonObject ToJson(ClaimDiscrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        return new JsonObject
        {
            ["kind"] = discrepancy.Kind,
            ["claims"] = new JsonArray(discrepancy.Claims.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["type"] = TypeName(discrepancy.Type),
            ["explanation"] = discrepancy.Explanation,
        };
    }

    /// <summary>The <c>claims</c>, <c>conflicts</c> and (extra, ignored by the scorer) <c>nonConflicts</c> and <c>gaps</c> members.</summary>
    public static JsonObject ToJson(ConsolidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["claims"] = new JsonArray(result.Claims.Select(c => (JsonNode)ToJson(c)).ToArray()),
            ["conflicts"] = new JsonArray(result.Conflicts.Select(c => (JsonNode)ToJson(c)).ToArray()),
            ["nonConflicts"] = new JsonArray(result.NonConflicts.Select(c => (JsonNode)ToJson(c)).ToArray()),
            ["gaps"] = new JsonArray(result.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["document"] = g.Document,
                ["code"] = g.Code,
                ["position"] = g.Position,
                ["message"] = g.Message,
            }).ToArray()),
        };
    }

    public static string TypeName(DiscrepancyType type) => type switch
    {
        DiscrepancyType.NumericMismatch => "numeric-mismatch",
        DiscrepancyType.InconsistentChange => "inconsistent-change",
        DiscrepancyType.CountMismatch => "count-mismatch",
        DiscrepancyType.WrongPerson => "wrong-person",
        DiscrepancyType.RoleMismatch => "role-mismatch",
        DiscrepancyType.DateMismatch => "date-mismatch",
        DiscrepancyType.DifferentScope => "different-scope",
        DiscrepancyType.DifferentTime => "different-time",
        DiscrepancyType.Approximation => "approximation",
        DiscrepancyType.PlaceInCountry => "place-in-country",
        _ => "quote-fragment",
    };

    internal static string Key(ClaimFacts facts) => JsonSerializer.Serialize(facts, Options);
}

internal static class ClaimKey
{
    public static string Of(ClaimFacts facts) => ClaimJson.Key(facts);
}
