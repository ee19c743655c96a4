using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;

namespace Tradewatch.App.Answers;

/// <summary>A ledger layer beside a checked tariff claim.</summary>
public sealed record CheckLayerDto(string Measure, string Basis, decimal RatePercent, string Status);

/// <summary>A ledger export measure beside a checked export-control claim.</summary>
public sealed record CheckMeasureDto(string Measure, string Basis);

/// <summary>
/// A tariff or export-control claim checked against the ledger as known on the claim's day: what
/// <c>tradewatch check --json</c> and <c>GET /api/check</c> (and a story's check) send. Fields of the
/// other kind are null or empty: <see cref="RatePercent"/>, <see cref="Qualifier"/>, <see cref="Layers"/>
/// and <see cref="LedgerPercent"/> for tariffs; <see cref="Items"/>, <see cref="Measures"/> and
/// <see cref="Uncovered"/> for export controls.
/// </summary>
/// <param name="AsOf">The claim's own date, as stated.</param>
/// <param name="CheckedOn">The day it was checked on: its own date, or its reports' publication day.</param>
public sealed record CheckDto(
    string Claim,
    string Kind,
    string? Imposer,
    string? Target,
    decimal? RatePercent,
    string? Qualifier,
    IReadOnlyList<string> Items,
    string? AsOf,
    string? CheckedOn,
    string Verdict,
    string Explanation,
    decimal? LedgerPercent,
    IReadOnlyList<CheckLayerDto> Layers,
    IReadOnlyList<CheckMeasureDto> Measures,
    IReadOnlyList<string> Uncovered,
    IReadOnlyList<string> Documents)
{
    /// <summary>The check's JSON shape; only tariff and export-control claims are checked.</summary>
    public static CheckDto From(CheckedClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var tariff = c.Claim.Facts as TariffFacts;
        var export = c.Claim.Facts as ExportControlFacts;
        if (tariff is null && export is null)
        {
            throw new ArgumentException("only tariff and export-control claims are checked", nameof(c));
        }

        return new CheckDto(
            c.Claim.Id,
            tariff is not null ? "tariff" : "export-control",
            c.Imposer?.Code ?? tariff?.Imposer ?? export?.Imposer,
            c.Target?.Code ?? tariff?.Target ?? export?.Target,
            tariff?.RatePercent,
            tariff?.Qualifier,
            export?.Items ?? [],
            (tariff?.AsOf ?? export?.Date)?.ToString(),
            AnswerJson.Day(c.Day),
            AnswerJson.Kebab(c.Verdict.ToString()),
            c.Explanation,
            c.Tariff?.LedgerPercent,
            (c.Tariff?.Layers ?? []).Select(l => new CheckLayerDto(l.Measure.Id, l.Measure.Basis, l.RatePercent, AnswerJson.Status(l.Status))).ToList(),
            (c.Export?.Measures ?? []).Select(m => new CheckMeasureDto(m.Id, m.Basis)).ToList(),
            c.Export?.Uncovered ?? [],
            c.Claim.Sources.Select(s => s.Document).Distinct().ToList());
    }
}
