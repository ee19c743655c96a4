using System.Text.Json;
using System.Text.Json.Serialization;
using Tradewatch.News.Claims;

namespace Tradewatch.App.Answers;

/// <summary>
/// A consolidated claim as the analysis file writes it (<see cref="ClaimJson"/>): its <c>id</c>, its
/// <c>kind</c> with the kind's facts beside it, its <c>sources</c> and its <c>corroboration</c>. Written by
/// <see cref="ClaimJson"/> itself, so the API and the CLI never differ; the OpenAPI document describes it
/// as the facts of its kind (<see cref="ClaimFacts"/>) with the other three members (see the server's <c>ApiContract</c>).
/// </summary>
[JsonConverter(typeof(ClaimDtoConverter))]
public sealed record ClaimDto(ConsolidatedClaim Claim)
{
    /// <summary>The claims of <paramref name="result"/>, only those of <paramref name="kind"/> when one is given (a <see cref="ClaimFacts.FilterKinds"/> word).</summary>
    public static List<ClaimDto> List(ConsolidationResult result, string? kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        return List(result.Claims, kind);
    }

    /// <summary>The <paramref name="claims"/>, only those of <paramref name="kind"/> when one is given.</summary>
    public static List<ClaimDto> List(IEnumerable<ConsolidatedClaim> claims, string? kind) =>
        claims.Where(c => kind is null || Kind(c) == kind).Select(c => new ClaimDto(c)).ToList();

    /// <summary>The claim's <c>kind</c> as its JSON writes it (tariff, export-control...).</summary>
    public static string? Kind(ConsolidatedClaim claim) => (string?)ClaimJson.ToJson(claim)["kind"];
}

/// <summary>
/// A difference between reports' claims: <c>kind</c> is the claims' kind, <c>claims</c> their ids,
/// <c>type</c> what differs (numeric-mismatch, date-mismatch...), <c>explanation</c> in words.
/// </summary>
public sealed record DiscrepancyDto(string Kind, IReadOnlyList<string> Claims, string Type, string Explanation)
{
    public static DiscrepancyDto From(ClaimDiscrepancy d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Kind, d.Claims, ClaimJson.TypeName(d.Type), d.Explanation);
    }
}

/// <summary>Where the reports disagree (<c>conflicts</c>), and the differences that are not conflicts, explained (<c>nonConflicts</c>).</summary>
public sealed record ConflictsDto(IReadOnlyList<DiscrepancyDto> Conflicts, IReadOnlyList<DiscrepancyDto> NonConflicts)
{
    public static ConflictsDto From(ConsolidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Conflicts.Select(DiscrepancyDto.From).ToList(), result.NonConflicts.Select(DiscrepancyDto.From).ToList());
    }
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
