using System.Text.Json;
using System.Text.Json.Serialization;
using Tradewatch.News.Claims;

namespace Tradewatch.Server.Api;

/// <summary>
/// A consolidated claim as the analysis file writes it (<see cref="ClaimJson"/>): its <c>id</c>, its
/// <c>kind</c> with the kind's facts beside it, its <c>sources</c> and its <c>corroboration</c>. Written by
/// <see cref="ClaimJson"/> itself, so the API and the CLI never differ; the OpenAPI document describes it
/// as the facts of its kind (<see cref="ClaimFacts"/>) with the other three members (see <c>ApiContract</c>).
/// </summary>
[JsonConverter(typeof(ClaimDtoConverter))]
public sealed record ClaimDto(ConsolidatedClaim Claim);

/// <summary>
/// A difference between reports' claims: <c>kind</c> is the claims' kind, <c>claims</c> their ids,
/// <c>type</c> what differs (numeric-mismatch, date-mismatch...), <c>explanation</c> in words.
/// </summary>
public sealed record DiscrepancyDto(string Kind, IReadOnlyList<string> Claims, string Type, string Explanation)
{
    public static DiscrepancyDto From(ClaimDiscrepancy d) => new(d.Kind, d.Claims, ClaimJson.TypeName(d.Type), d.Explanation);
}

/// <summary>Where the reports disagree (<c>conflicts</c>), and the differences that are not conflicts, explained (<c>nonConflicts</c>).</summary>
public sealed record ConflictsDto(IReadOnlyList<DiscrepancyDto> Conflicts, IReadOnlyList<DiscrepancyDto> NonConflicts)
{
    public static ConflictsDto From(ConsolidationResult result) =>
        new(result.Conflicts.Select(DiscrepancyDto.From).ToList(), result.NonConflicts.Select(DiscrepancyDto.From).ToList());
}

/// <summary>Writes a <see cref="ClaimDto"/> as <see cref="ClaimJson"/> does; claims are never read back from JSON.</summary>
public sealed class ClaimDtoConverter : JsonConverter<ClaimDto>
{
    public override ClaimDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Claims are written, never read.");

    public override void Write(Utf8JsonWriter writer, ClaimDto value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ClaimJson.ToJson(value.Claim).WriteTo(writer, options);
    }
}
