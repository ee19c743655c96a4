using System.Globalization;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Server.Api;

/// <summary>One layer of a duty stack, as the CLI's <c>duty --json</c> writes it.</summary>
public sealed record DutyLayerDto(
    string Measure, string Title, string Basis, decimal RatePercent, decimal ScheduledPercent, string Status,
    IReadOnlyList<string> Suspensions, string? VoidedBy, string? Legal, string? ScopeNote, IReadOnlyList<string> Sources);

public sealed record ConditionalMeasureDto(string Measure, string Title, string? Condition);

/// <summary>The duty stack for a product from an origin on a day.</summary>
public sealed record DutyDto(
    string Importer, string Origin, string? Hs, string? HsDescription, string Date, string? KnownAt, string? Scenario,
    IReadOnlyList<DutyLayerDto> Layers, decimal TotalAdditionalPercent, decimal RefundablePercent,
    decimal? Value, decimal? AdditionalDuty, decimal? RefundableDuty, IReadOnlyList<ConditionalMeasureDto> Conditional)
{
    /// <summary>exact, approximate or outside: how far the answer can be relied on (see <see cref="Notes"/>).</summary>
    public string Coverage { get; init; } = "exact";

    /// <summary>Why the answer is approximate or outside the ledger.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record ExportMeasureDto(string Measure, string Title, string Basis, string Kind, string MatchedOn, string Status, string? Suspension, IReadOnlyList<string> Sources);

public sealed record LicenceRecordDto(string Id, string Title, string Action, string Date, string? Holder, IReadOnlyList<string> Sources);

/// <summary>Whether an export needs a licence, and under which measures.</summary>
public sealed record LicenceDto(
    string Exporter, string Destination, string Item, string Date, string? KnownAt, string? Scenario,
    bool LicenceRequired, bool Prohibited, IReadOnlyList<ExportMeasureDto> Measures, IReadOnlyList<LicenceRecordDto> Licences)
{
    /// <summary>False when the ledger names the item under no export measure: then LicenceRequired says nothing.</summary>
    public bool ItemKnown { get; init; } = true;

    /// <summary>exact, approximate or outside: how far the answer can be relied on (see <see cref="Notes"/>).</summary>
    public string Coverage { get; init; } = "exact";

    /// <summary>Why the answer is approximate or outside the ledger.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record TimelineLayerDto(string Measure, string Basis, decimal RatePercent, string Status);

public sealed record TimelineStepDto(string Start, decimal TotalAdditionalPercent, decimal RefundablePercent, IReadOnlyList<string> Changes, IReadOnlyList<TimelineLayerDto> Layers);

/// <summary>A pair's total additional rate as steps over time.</summary>
public sealed record TimelineDto(string Importer, string Origin, string? Hs, string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<TimelineStepDto> Steps);

public sealed record CalendarEventDto(string Date, string Kind, string Subject, string Text, IReadOnlyList<string> Sources);

/// <summary>What starts, changes, is suspended, ends or falls due in a window.</summary>
public sealed record ChangesDto(string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<CalendarEventDto> Events);

public sealed record ScenarioDto(string Name, string Title, string? Description, int Changes);

/// <summary>The projections from the evaluator's answers to the shapes the API sends.</summary>
public static class LedgerDtos
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? KnownAt(DateTimeOffset? knownAt) => knownAt is { } k ? Day(DateOnly.FromDateTime(k.UtcDateTime)) : null;

    public static string Status(LayerStatus status) => status switch
    {
        LayerStatus.InForce => "in-force",
        LayerStatus.Suspended => "suspended",
        _ => "void",
    };

    public static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    public static DutyDto Duty(DutyAnswer answer, decimal? value, string? scenario, string? hsDescription) => new(
        answer.Importer.Code,
        answer.Origin.Code,
        answer.Product?.ToString(),
        hsDescription,
        Day(answer.Date),
        KnownAt(answer.KnownAt),
        scenario,
        answer.Layers.Select(l => new DutyLayerDto(
            l.Measure.Id, l.Measure.Title, l.Measure.Basis, l.RatePercent, l.ScheduledPercent, Status(l.Status),
            l.Suspensions.Select(s => s.Id).ToList(), l.Voiding?.Id, l.Measure.LegalText, l.Measure.Products.Description, l.Sources)).ToList(),
        answer.TotalAdditionalPercent,
        answer.RefundablePercent,
        value,
        answer.DutyOn(value),
        value is { } v ? Math.Round(v * answer.RefundablePercent / 100m, 2) : null,
        answer.ConditionalMeasures.Select(m => new ConditionalMeasureDto(m.Id, m.Title, m.Condition)).ToList())
    {
        Coverage = Kebab(answer.Coverage.ToString()),
        Notes = answer.Notes,
    };

    public static LicenceDto Licence(LicenceAnswer answer, string? scenario) => new(
        answer.Exporter.Code,
        answer.Destination.Code,
        answer.Item,
        Day(answer.Date),
        KnownAt(answer.KnownAt),
        scenario,
        answer.LicenceRequired,
        answer.Prohibited,
        answer.Measures.Select(m => new ExportMeasureDto(
            m.Measure.Id, m.Measure.Title, m.Measure.Basis, Kebab(m.Measure.Kind.ToString()), m.MatchedOn,
            m.Status is { } s ? Status(s) : "not-in-effect", m.Suspension?.Id, m.Measure.Provenance.Sources)).ToList(),
        answer.Licences.Select(l => new LicenceRecordDto(l.Id, l.Title, Kebab(l.Action.ToString()), Day(l.Date), l.Holder, l.Provenance.Sources)).ToList())
    {
        ItemKnown = answer.ItemKnown,
        Coverage = Kebab(answer.Coverage.ToString()),
        Notes = answer.Notes,
    };

    public static TimelineDto Timeline(string importer, string origin, string? hs, DateOnly from, DateOnly to, LedgerView view, string? scenario, IReadOnlyList<TimelineStep> steps) => new(
        importer,
        origin,
        hs,
        Day(from),
        Day(to),
        KnownAt(view.KnownAt),
        scenario,
        steps.Select(s => new TimelineStepDto(
            Day(s.Start), s.TotalAdditionalPercent, s.RefundablePercent, s.Changes,
            s.Layers.Select(l => new TimelineLayerDto(l.Measure.Id, l.Measure.Basis, l.RatePercent, Status(l.Status))).ToList())).ToList());

    public static CalendarEventDto Event(CalendarEvent e) => new(Day(e.Date), Kebab(e.Kind.ToString()), e.Subject, e.Text, e.Sources);
}
