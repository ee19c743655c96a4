using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.App.Questions;

/// <summary>The duty question as a front end receives it: every value a text, null when not given.</summary>
public sealed record DutyInput(
    string? Importer, string? Origin, string? Hs, string? Hts, string? Date, string? Value = null,
    string? Quantity = null, string? Unit = null, string? KnownAt = null, string? Scenario = null, string? MetalValue = null, string? MetalWeight = null)
{
    /// <summary>The metal the goods are articles of (<c>steel</c>, <c>aluminium</c> or <c>aluminum</c>, <c>copper</c>); null when not given.</summary>
    public string? Metal { get; init; }
}

/// <summary>
/// The duty for a product (<see cref="Product"/>, or all goods) from an origin into an importer on an
/// entry day, as known at the end of <see cref="KnownAt"/> (everything recorded when null), under a
/// scenario; <see cref="Value"/>, <see cref="Quantity"/> and <see cref="Unit"/> turn rates into amounts.
/// </summary>
/// <param name="CodeField">The field the code came from (<c>hs</c> or <c>hts</c>), named in problems found when answering.</param>
/// <param name="CodeText">The code as written.</param>
public sealed record DutyQuestion(
    Economy Importer, Economy Origin, HsCode? Product, string CodeField, string? CodeText, DateOnly Date,
    decimal? Value, decimal? Quantity, string? Unit, DateOnly? KnownAt, string? Scenario)
{
    /// <summary>
    /// The value of the metal (steel, aluminium, copper) content, part of <see cref="Value"/>: a layer charged
    /// on the metal content only falls on it, and the rest of the value pays the stack without that layer.
    /// </summary>
    public decimal? MetalValue { get; init; }

    /// <summary>The metal's share of the goods' weight, in percent: under a measure's threshold (9903.82.03: 15%) the measure does not apply.</summary>
    public decimal? MetalWeightPercent { get; init; }

    /// <summary>
    /// The metal the goods are articles of (<c>steel</c>, <c>aluminium</c>, <c>copper</c>): it settles a condition on the
    /// goods' metal (8544.42.90 pays the copper headings as an article of copper, the aluminium ones as a derivative
    /// aluminium article). Null when not given: the answer then gives the stack under each.
    /// </summary>
    public string? Metal { get; init; }

    /// <summary>
    /// Reads a duty question; <paramref name="scenarios"/>, when given, are the only scenario names
    /// allowed (else any name or file is taken, and reading it says whether it exists).
    /// </summary>
    public static Outcome<DutyQuestion> Parse(DutyInput input, ReferenceData reference, IReadOnlyCollection<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var read = new FieldReader();
        var importer = read.Economy(reference, "importer", input.Importer);
        var origin = read.Economy(reference, "origin", input.Origin);
        if (!read.Any && importer == origin)
        {
            read.Add("origin", "{importer} and {origin} are the same economy: a duty applies to goods from another economy.");
        }

        if (input.Hs is not null && input.Hts is not null)
        {
            read.Add("hts", "give {hs} or {hts}, not both.");
        }

        var field = input.Hts is null ? "hs" : "hts";
        var text = input.Hts ?? input.Hs;
        var product = read.Hs(reference, field, text);
        var date = read.Day("date", input.Date);
        var value = read.Amount("value", input.Value);
        var quantity = read.Amount("quantity", input.Quantity);
        if (input.Quantity is not null && input.Unit is null)
        {
            read.Add("unit", "{quantity} needs {unit} (kg, liter, No....).");
        }

        var metalValue = read.Amount("metalValue", input.MetalValue);
        if (input.MetalValue is not null && input.Value is null)
        {
            read.Add("metalValue", "{metalValue} needs {value}, the customs value it is part of.");
        }
        else if (metalValue is { } metal && value is { } whole && metal > whole)
        {
            read.Add("metalValue", $"{{metalValue}} {metal} is more than {{value}} {whole}: the metal content is part of the customs value.");
        }

        var metalWeight = read.Amount("metalWeight", input.MetalWeight);
        if (metalWeight > 100)
        {
            read.Add("metalWeight", $"{{metalWeight}} {metalWeight} is no share of the weight: give a percent from 0 to 100.");
        }

        string? metalOf = null;
        if (input.Metal is { } named && (metalOf = Metals.Named(named)) is null)
        {
            read.Add("metal", $"{{metal}} '{named}' is no metal a duty condition names: give {Metals.Described}.");
        }

        var knownAt = read.OptionalDay("knownAt", input.KnownAt);
        var scenario = read.Scenario("scenario", input.Scenario, scenarios);
        return read.Any
            ? Outcome.Failed<DutyQuestion>(read.Problems)
            : Outcome.Of(new DutyQuestion(importer, origin, product, field, text, date, value, quantity, input.Unit, knownAt, scenario) { MetalValue = metalValue, MetalWeightPercent = metalWeight, Metal = metalOf });
    }
}
