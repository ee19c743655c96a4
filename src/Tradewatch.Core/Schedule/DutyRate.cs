using System.Globalization;
using System.Text;

namespace Tradewatch.Core.Schedule;

/// <summary>What one part of a rate of duty charges.</summary>
public enum RateComponentKind
{
    /// <summary>A percentage of the customs value.</summary>
    AdValorem,

    /// <summary>An amount of US dollars per unit of quantity.</summary>
    Specific,
}

/// <summary>
/// One part of a rate: <see cref="Amount"/> percent of the value, or <see cref="Amount"/> US dollars
/// per <see cref="Unit"/> (a specific rate written in cents is held in dollars: 4.4¢/kg is 0.044 per kg).
/// <see cref="Qualifier"/> holds words that narrow what the part is charged on ("on drained weight",
/// "on the case"); a qualified part cannot be computed from the value and quantity alone.
/// </summary>
public readonly record struct RateComponent(RateComponentKind Kind, decimal Amount, string? Unit, string? Qualifier)
{
    public bool IsQualified => Qualifier is not null;

    public override string ToString()
    {
        var text = Kind == RateComponentKind.AdValorem
            ? $"{Amount.ToString("0.####", CultureInfo.InvariantCulture)}%"
            : $"${Amount.ToString("0.######", CultureInfo.InvariantCulture)}/{Unit}";
        return Qualifier is null ? text : $"{text} {Qualifier}";
    }
}

/// <summary>
/// A rate of duty as the schedule writes it ("Free", "2.1%", "4.4¢/kg", "2.1% + 5¢/kg",
/// "$1.035/kg + 10%", "6 1/2%"), with its parts when the text reads as a sum of ad valorem and
/// specific parts. Texts that do not (a rate "applicable to the article of which it is a part",
/// a sliding scale "less 0.02¢/kg for each degree") keep only <see cref="Text"/>: they are shown,
/// never computed. An empty text means the schedule gives no rate on that row.
/// </summary>
public sealed record DutyRate
{
    private DutyRate(string text, bool isFree, IReadOnlyList<RateComponent> components, bool isParsed)
    {
        Text = text;
        IsFree = isFree;
        Components = components;
        IsParsed = isParsed;
    }

    /// <summary>No rate on the row (the rate is given on a parent line, or nowhere).</summary>
    public static readonly DutyRate None = new(string.Empty, false, [], false);

    /// <summary>The text as the schedule writes it, with markup removed.</summary>
    public string Text { get; }

    /// <summary>The text begins with "Free" (possibly with conditions after it, which <see cref="Text"/> keeps).</summary>
    public bool IsFree { get; }

    /// <summary>The parts of the rate; empty for Free and for texts that are not a sum of parts.</summary>
    public IReadOnlyList<RateComponent> Components { get; }

    /// <summary>True when the text was read completely as Free or a sum of parts.</summary>
    public bool IsParsed { get; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>True when the rate is Free or a sum of unqualified ad valorem parts.</summary>
    public bool IsAdValorem => IsParsed && Components.All(c => c.Kind == RateComponentKind.AdValorem && !c.IsQualified);

    /// <summary>The percentage of value when the rate is purely ad valorem (0 when Free); otherwise null.</summary>
    public decimal? AdValoremPercent => IsAdValorem ? Components.Sum(c => c.Amount) : null;

    /// <summary>True when every part can be computed from the value and a quantity in the part's unit.</summary>
    public bool IsComputable => IsParsed && Components.All(c => !c.IsQualified);

    /// <summary>The units the specific parts are charged per ("kg", "liter", "each"...), without repeats.</summary>
    public IReadOnlyList<string> SpecificUnits =>
        Components.Where(c => c.Kind == RateComponentKind.Specific).Select(c => c.Unit!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The duty in US dollars on goods of <paramref name="value"/> dollars and <paramref name="quantity"/>
    /// in <paramref name="unit"/>, or null when the rate cannot be computed from them (not parsed,
    /// qualified, a specific part without a quantity or in another unit, an ad valorem part without a value).
    /// </summary>
    public decimal? Amount(decimal? value, decimal? quantity, string? unit)
    {
        if (!IsComputable)
        {
            return null;
        }

        decimal total = 0;
        foreach (var c in Components)
        {
            if (c.Kind == RateComponentKind.AdValorem)
            {
                if (value is not { } v)
                {
                    return null;
                }

                total += v * c.Amount / 100m;
            }
            else
            {
                if (quantity is not { } q || unit is null || !RateUnits.Same(c.Unit!, unit))
                {
                    return null;
                }

                total += q * c.Amount;
            }
        }

        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Reads a rate text; never fails: a text that is not a sum of parts is kept as text only.</summary>
    public static DutyRate Parse(string? text)
    {
        var clean = Normalize(text);
        if (clean.Length == 0)
        {
            return None;
        }

        if (clean.StartsWith("Free", StringComparison.OrdinalIgnoreCase))
        {
            return new DutyRate(clean, true, [], clean.Length == 4);
        }

        var parts = clean.Split('+', StringSplitOptions.TrimEntries);
        var components = new List<RateComponent>(parts.Length);
        foreach (var part in parts)
        {
            if (TryComponent(part, out var component))
            {
                components.Add(component);
            }
            else
            {
                return new DutyRate(clean, false, [], false);
            }
        }

        return new DutyRate(clean, false, components, true);
    }

    /// <summary>Removes the markup the USITC export leaves in texts (&lt;i&gt;, &lt;sup&gt;) and collapses spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var inTag = false;
        var space = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
                continue;
            }

            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool TryComponent(string part, out RateComponent component)
    {
        component = default;
        var s = part.AsSpan().Trim();
        var dollars = false;
        if (s.StartsWith("$"))
        {
            dollars = true;
            s = s[1..].TrimStart();
        }

        var length = 0;
        while (length < s.Length && (char.IsAsciiDigit(s[length]) || s[length] == '.'))
        {
            length++;
        }

        if (length == 0 || !decimal.TryParse(s[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        s = s[length..];

        // a fraction written after the whole number: "6 1/2%"
        if (s.Length > 3 && s[0] == ' ' && char.IsAsciiDigit(s[1]) && s[2] == '/' && char.IsAsciiDigit(s[3]))
        {
            amount += (s[1] - '0') / (decimal)(s[3] - '0');
            s = s[4..];
        }

        s = s.TrimStart();
        if (!dollars && s.StartsWith("%"))
        {
            component = new RateComponent(RateComponentKind.AdValorem, amount, null, Qualifier(s[1..]));
            return true;
        }

        if (!dollars && s.StartsWith("¢"))
        {
            amount /= 100m;
            s = s[1..].TrimStart();
        }
        else if (!dollars)
        {
            return false;
        }

        string unit;
        if (s.StartsWith("each"))
        {
            unit = "each";
            s = s[4..];
        }
        else if (s.StartsWith("/"))
        {
            s = s[1..].TrimStart();
            var end = s.IndexOfAny(' ', ',');
            var word = end < 0 ? s : s[..end];

            // "pf. liter", "clean kg": two words make the unit
            if (end >= 0 && (word is "pf." or "clean") && s.Length > end + 1)
            {
                var rest = s[(end + 1)..];
                var next = rest.IndexOfAny(' ', ',');
                word = s[..(end + 1 + (next < 0 ? rest.Length : next))];
            }

            if (word.IsEmpty)
            {
                return false;
            }

            unit = word.ToString();
            s = s[word.Length..];
        }
        else
        {
            return false;
        }

        component = new RateComponent(RateComponentKind.Specific, amount, unit, Qualifier(s));
        return true;
    }

    private static string? Qualifier(ReadOnlySpan<char> rest)
    {
        var q = rest.Trim().TrimStart(',').Trim();
        return q.IsEmpty ? null : q.ToString();
    }

    public override string ToString() => Text;
}

/// <summary>The units specific rates are charged per, and the ways users write them.</summary>
public static class RateUnits
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kg"] = "kg",
        ["kgs"] = "kg",
        ["kilogram"] = "kg",
        ["kilograms"] = "kg",
        ["liter"] = "liter",
        ["liters"] = "liter",
        ["litre"] = "liter",
        ["litres"] = "liter",
        ["l"] = "liter",
        ["each"] = "each",
        ["no"] = "each",
        ["no."] = "each",
        ["pcs"] = "each",
        ["piece"] = "each",
        ["pieces"] = "each",
        ["doz"] = "doz.",
        ["doz."] = "doz.",
        ["dozen"] = "doz.",
        ["pr"] = "pr.",
        ["pr."] = "pr.",
        ["pair"] = "pr.",
        ["pairs"] = "pr.",
        ["t"] = "t",
        ["ton"] = "t",
        ["tonne"] = "t",
        ["m2"] = "m2",
        ["m3"] = "m3",
        ["bbl"] = "bbl",
        ["gross"] = "gross",
        ["pf. liter"] = "pf. liter",
        ["pf.liter"] = "pf. liter",
        ["proof liter"] = "pf. liter",
        ["clean kg"] = "clean kg",
    };

    /// <summary>The unit's usual spelling in the schedule ("kgs" is "kg", "No." is "each"); an unknown unit as given.</summary>
    public static string Canonical(string unit)
    {
        var u = unit.Trim();
        return Aliases.TryGetValue(u, out var c) ? c : u;
    }

    public static bool Same(string left, string right) => string.Equals(Canonical(left), Canonical(right), StringComparison.OrdinalIgnoreCase);
}
