using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;

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
        // a layer shown exempt because a stacking rule takes it out owes nothing: what bears on the answer is the rule's
        // scope, said with the excluded layers below
        foreach (var layer in answer.Layers.Where(l => !answer.Excluded.Any(x => x.Measure == l.Measure)))
        {
            approximate |= Describe(layer.Measure, layer.Sources, notes);
            if (NotCovered(layer.Rate) is { } uncovered)
            {
                notes.Add($"{layer.Measure.Id}: {uncovered}");
                approximate = true;
            }

            if (answer.Product is { } code && Partly(layer.Measure, code) is { } partly)
            {
                notes.Add(partly);
                approximate = true;
            }
        }

        // a layer that applies only if its condition holds is part of the answer too (its total if it applies): the
        // limits of its scope and sources are the answer's, said with the condition
        foreach (var conditional in answer.ConditionalMeasures)
        {
            approximate |= Describe(conditional.Measure, conditional.Measure.Provenance.Sources, notes, " (only if it applies)");
        }

        foreach (var excluded in answer.Excluded)
        {
            if (answer.Product is { } code && excluded.By.Products.CoversPartly(code))
            {
                notes.Add($"{excluded.Measure.Id} is taken out by {excluded.By.Id}, which covers only some lines under {code}: on the others {excluded.Measure.Id} applies.");
                approximate = true;
            }
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

    /// <summary>
    /// The note of a rate step the ledger marks as not covered ("Not covered: ..."): an arrangement on that partner and
    /// period it does not model, so the rate is an approximation; null for any other step.
    /// </summary>
    internal static string? NotCovered(RateEntry rate) =>
        rate.Provenance.Note is { } note && note.StartsWith(MeasureCoverage.NotCoveredMark, StringComparison.Ordinal) ? note : null;

    /// <summary>The note for a layer that covers only some of the lines under the code asked, or null when it covers all or none of them.</summary>
    internal static string? Partly(Measure measure, HsCode code)
    {
        var scope = measure.Products;
        if (!scope.CoversPartly(code))
        {
            return null;
        }

        const int shown = 5;
        static string Some(IEnumerable<HsCode> codes)
        {
            var list = codes.Take(shown + 1).ToList();
            return string.Join(", ", list.Take(shown)) + (list.Count > shown ? " and more" : string.Empty);
        }

        var named = scope.Include.Where(c => c.Length > code.Length && c.StartsWith(code)).ToList();
        var left = scope.Exclude.Where(c => c.Length > code.Length && c.StartsWith(code)).ToList();
        var which = named.Count > 0 && !scope.All && !scope.Include.Any(c => c.Length <= code.Length && code.StartsWith(c))
            ? $"names only some lines under {code} ({Some(named)})"
            : $"leaves out some lines under {code} ({Some(left)})";
        return $"{measure.Id}: covers {code} only in part: it {which}; ask at a tariff line for an exact answer.";
    }

    private static bool Describe(Measure measure, IReadOnlyList<string> sources, List<string> notes, string qualifier = "")
    {
        var (coverage, reasons) = MeasureCoverage.Assess(measure, sources);
        notes.AddRange(reasons.Select(r => $"{measure.Id}{qualifier}: {r}"));
        return coverage != Coverage.Exact;
    }
}

/// <summary>How exact one measure's record is: its scope against the legal text's, and what its sources are.</summary>
public static class MeasureCoverage
{
    /// <summary>How a rate step's note starts when the ledger does not model what applied then: every answer on that step says so and is approximate.</summary>
    public const string NotCoveredMark = "Not covered:";

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
