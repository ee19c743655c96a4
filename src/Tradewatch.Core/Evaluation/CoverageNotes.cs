using Tradewatch.Core.Ledger;

namespace Tradewatch.Core.Evaluation;

/// <summary>
/// Says out loud where an answer is approximate or outside the ledger: a product scope coarser than
/// the legal text, a layer resting on one secondary source or marked "(verify)", a pair or an item
/// the ledger does not cover.
/// </summary>
internal static class CoverageNotes
{
    /// <summary>The note for a day before the ledger's first dated rate, or null: the ledger says nothing about such a day.</summary>
    public static string? BeforeFirstDay(DateOnly date, DateOnly? firstDay) =>
        firstDay is { } first && date < first
            ? $"{date:yyyy-MM-dd} is before the ledger's coverage, which begins {first:yyyy-MM-dd} (its first dated rate): it does not say what applied then, so an empty answer here means not covered, not none."
            : null;

    public static (Coverage Coverage, IReadOnlyList<string> Notes) ForDuty(IReadOnlyList<Measure> measures, DutyAnswer answer, DateOnly? firstDay = null)
    {
        var notes = new List<string>();
        if (BeforeFirstDay(answer.Date, firstDay) is { } before)
        {
            notes.Add(before);
            return (Coverage.Outside, notes);
        }

        if (!measures.Any(m => !m.IsExportMeasure && m.Imposer == answer.Importer && m.Targets.Contains(answer.Origin)))
        {
            notes.Add($"The ledger holds no tariff measures of {answer.Importer} on goods from {answer.Origin}: an empty stack here means not covered, not no duty.");
            return (Coverage.Outside, notes);
        }

        var approximate = false;
        foreach (var layer in answer.Layers)
        {
            approximate |= Describe(layer.Measure, layer.Sources, notes);
        }

        if (answer.Product is null)
        {
            notes.Add("No HS code given: only the layers on all goods are shown.");
        }

        return (approximate ? Coverage.Approximate : Coverage.Exact, notes);
    }

    public static (Coverage Coverage, IReadOnlyList<string> Notes) ForLicence(LicenceAnswer answer, DateOnly? firstDay = null)
    {
        var notes = new List<string>();
        if (BeforeFirstDay(answer.Date, firstDay) is { } before)
        {
            notes.Add(before);
            return (Coverage.Outside, notes);
        }

        if (!answer.ItemKnown)
        {
            notes.Add($"The ledger names '{answer.Item}' under no export measure: it cannot say whether a licence is needed. Check the item against the control lists (China's dual-use list, the US Commerce Control List).");
            return (Coverage.Outside, notes);
        }

        if (answer.Measures.Count == 0)
        {
            notes.Add($"The ledger knows '{answer.Item}', but under no measure of {answer.Exporter} towards {answer.Destination}.");
        }

        var approximate = false;
        foreach (var status in answer.Measures)
        {
            approximate |= Describe(status.Measure, status.Measure.Provenance.Sources, notes);
        }

        return (approximate ? Coverage.Approximate : Coverage.Exact, notes);
    }

    private static bool Describe(Measure measure, IReadOnlyList<string> sources, List<string> notes)
    {
        var (coverage, reasons) = MeasureCoverage.Assess(measure, sources);
        notes.AddRange(reasons.Select(r => $"{measure.Id}: {r}"));
        return coverage != Coverage.Exact;
    }
}

/// <summary>How exact one measure's record is: its scope against the legal text's, and what its sources are.</summary>
public static class MeasureCoverage
{
    /// <summary>
    /// Approximate when the product scope is coarser than the legal text, when it rests on one
    /// secondary source, or when its note asks to verify; the reasons say which. A measure citing
    /// several secondary sources and no primary text stays exact but says so.
    /// </summary>
    public static (Coverage Coverage, IReadOnlyList<string> Reasons) Assess(Measure measure, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(sources);
        var reasons = new List<string>();
        var approximate = false;
        if (measure.Products.Approximate)
        {
            reasons.Add("product scope approximate" + (measure.Products.Description is { } d ? $" ({d})" : string.Empty));
            approximate = true;
        }

        if (!SourceKinds.HasPrimary(sources))
        {
            reasons.Add(sources.Count <= 1 ? "rests on one secondary source" : $"no primary text cited; rests on {sources.Count} secondary sources");
            approximate |= sources.Count <= 1;
        }

        if (measure.Provenance.Note is { } note && note.Contains("(verify)", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(note);
            approximate = true;
        }

        return (approximate ? Coverage.Approximate : Coverage.Exact, reasons);
    }
}
