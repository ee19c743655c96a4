using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.App.Questions;

/// <summary>The licence question as a front end receives it: every value a text, null when not given.</summary>
public sealed record LicenceInput(
    string? Exporter, string? Destination, string? Item, string? Hs, string? Date, string? KnownAt = null, string? Scenario = null);

/// <summary>
/// Whether an export of an item (by <see cref="Item"/> name, <see cref="Product"/> code, or both) from
/// an exporter to a destination on a day needs a licence, as known at the end of <see cref="KnownAt"/>.
/// </summary>
public sealed record LicenceQuestion(Economy Exporter, Economy Destination, string? Item, HsCode? Product, DateOnly Date, DateOnly? KnownAt, string? Scenario)
{
    /// <summary>The longest item name taken.</summary>
    public const int MaxItemLength = 100;

    /// <summary>Reads a licence question; <paramref name="scenarios"/> as for <see cref="DutyQuestion.Parse"/>.</summary>
    public static Outcome<LicenceQuestion> Parse(LicenceInput input, ReferenceData reference, IReadOnlyCollection<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var read = new FieldReader();
        if (string.IsNullOrWhiteSpace(input.Item) && input.Hs is null)
        {
            read.Add("item", "name the export with {item} (a name) or {hs} (a code).");
        }

        var exporter = read.Economy(reference, "exporter", input.Exporter);
        var destination = read.Economy(reference, "destination", input.Destination);
        var item = read.Text("item", input.Item, MaxItemLength);
        var product = read.Hs(reference, "hs", input.Hs);
        var date = read.Day("date", input.Date);
        var knownAt = read.OptionalDay("knownAt", input.KnownAt);
        var scenario = read.Scenario("scenario", input.Scenario, scenarios);
        return read.Any
            ? Outcome.Failed<LicenceQuestion>(read.Problems)
            : Outcome.Of(new LicenceQuestion(exporter, destination, item, product, date, knownAt, scenario));
    }
}
