using Tradewatch.Core.Evaluation;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.App.Answers;

/// <summary>
/// The currency a costed import book's amounts are in: each line's customs value is declared, and its duty paid,
/// in its importer's currency (ISO 4217, from the country table, as a duty answer names it). A book of US imports
/// is in USD. A book mixing importers of several currencies sums their amounts as given, unconverted, and says so.
/// </summary>
/// <param name="Code">The one currency of every line, or null when the lines have several (or an importer has none in the table).</param>
/// <param name="All">Every currency of the book's importers, in code order (an importer the table gives none is left out).</param>
/// <param name="SomeUnnamed">Whether an importer of the book has no currency in the table.</param>
public sealed record PortfolioCurrency(string? Code, IReadOnlyList<string> All, bool SomeUnnamed)
{
    /// <summary>The currency of the book added to <paramref name="tally"/>.</summary>
    public static PortfolioCurrency Of(ReferenceData reference, PortfolioTally tally)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(tally);
        var each = tally.Importers().Select(reference.Economies.CurrencyOf).ToList();
        var all = each.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unnamed = each.Any(c => c is null);
        return new PortfolioCurrency(all.Count == 1 && !unnamed ? all[0] : null, all, unnamed);
    }

    /// <summary>
    /// The words after an amount: " USD" for a book in one currency; empty otherwise (<see cref="Note"/> says why).
    /// </summary>
    public string Suffix => Code is null ? string.Empty : " " + Code;

    /// <summary>What a reader needs told of the amounts: the one currency, or that several are summed unconverted.</summary>
    public string Note => Code is { } one
        ? $"Amounts are in {one}, the importer's currency."
        : (All.Count, SomeUnnamed) switch
        {
            (0, _) => "Amounts are in each importer's currency (the country table names none for these importers).",
            (_, false) => $"The lines are in several currencies ({string.Join(", ", All)}, each importer's own): the totals add their amounts as given, unconverted.",
            _ => $"The lines are in their importers' currencies ({string.Join(", ", All)} and ones the country table does not name): the totals add their amounts as given, unconverted.",
        };
}
