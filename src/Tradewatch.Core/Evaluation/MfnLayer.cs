using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;

namespace Tradewatch.Core.Evaluation;

/// <summary>Which column of the US schedule gives the base rate.</summary>
public enum MfnColumn
{
    /// <summary>Column 1 general: normal trade relations (MFN).</summary>
    General,

    /// <summary>Column 2: Cuba, North Korea, and since 2022 Russia and Belarus.</summary>
    Column2,
}

/// <summary>
/// The base layer of a US duty: the rate the schedule revision in force on the entry day (as known
/// at the time) gives the line, in the column the origin falls in. Special (preferential) rates are
/// shown, never applied: a programme applies only when the goods qualify under it, which the
/// question does not say.
/// </summary>
/// <param name="Revision">The schedule revision the rate comes from.</param>
/// <param name="Line">The line asked about.</param>
/// <param name="Rates">The line's rates, with the row that sets them (its 8-digit line for most statistical lines).</param>
public sealed record MfnLayer(ScheduleRevision Revision, TariffLine Line, LineRates Rates, MfnColumn Column)
{
    /// <summary>The origins whose goods pay column 2 rates (no normal trade relations): Cuba, North Korea, Russia, Belarus.</summary>
    public static readonly IReadOnlySet<string> Column2Origins = new HashSet<string>(StringComparer.Ordinal) { "CU", "KP", "RU", "BY" };

    /// <summary>
    /// The free trade agreements whose programme indicators the special column names, each with its partners, from the
    /// HTSUS General Notes that implement them: Israel (GN 8, IL), Jordan (GN 18, JO), USMCA (GN 11, S, S+), Singapore
    /// (GN 25, SG), Chile (GN 26, CL), Morocco (GN 27, MA), Australia (GN 28, AU), CAFTA-DR (GN 29, P, P+: Costa Rica, the
    /// Dominican Republic, El Salvador, Guatemala, Honduras, Nicaragua), Bahrain (GN 30, BH), Oman (GN 31, OM), Peru
    /// (GN 32, PE), Korea (GN 33, KR), Colombia (GN 34, CO), Panama (GN 35, PA) and Japan (GN 36, JP).
    /// </summary>
    public static readonly IReadOnlyList<TradeAgreement> Agreements =
    [
        new("US-Israel FTA", ["IL"], ["IL"]), new("US-Jordan FTA", ["JO"], ["JO"]), new("USMCA", ["S", "S+"], ["CA", "MX"]),
        new("US-Singapore FTA", ["SG"], ["SG"]), new("US-Chile FTA", ["CL"], ["CL"]), new("US-Morocco FTA", ["MA"], ["MA"]),
        new("US-Australia FTA", ["AU"], ["AU"]), new("CAFTA-DR", ["P", "P+"], ["CR", "DO", "GT", "HN", "NI", "SV"]),
        new("US-Bahrain FTA", ["BH"], ["BH"]), new("US-Oman FTA", ["OM"], ["OM"]), new("US-Peru TPA", ["PE"], ["PE"]),
        new("KORUS", ["KR"], ["KR"]), new("US-Colombia TPA", ["CO"], ["CO"]), new("US-Panama TPA", ["PA"], ["PA"]),
        new("US-Japan Trade Agreement", ["JP"], ["JP"]),
    ];

    /// <summary>
    /// The special-column programme indicators of each preference a duty answer's claim names (<see cref="Ledger.Measure.Claim"/>),
    /// by the agreement's name: "S" and "S+" for USMCA (General Note 11), "P" and "P+" for CAFTA-DR (General Note 29).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ClaimIndicators =
        Agreements.ToDictionary(a => a.Name, a => a.Indicators, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The rate the line's special column gives goods of <paramref name="origin"/> under its free trade agreement, when the
    /// origin is a partner of one the column names: a condition, since the goods must qualify under the agreement's rules
    /// of origin and be claimed at entry. Null for goods paying column 2 and where the column names no agreement of the origin.
    /// </summary>
    public AgreementRate? AgreementRateFor(Economy origin)
    {
        if (Column == MfnColumn.Column2 || Rates.Special.Length == 0)
        {
            return null;
        }

        foreach (var agreement in Agreements.Where(a => a.Partners.Contains(origin.Code, StringComparer.Ordinal)))
        {
            if (SpecialRate.ParseColumn(Rates.Special).FirstOrDefault(s => s.Programmes.Any(p => agreement.Indicators.Contains(p, StringComparer.Ordinal))) is { } special)
            {
                return new AgreementRate(agreement, special.Programmes.First(p => agreement.Indicators.Contains(p, StringComparer.Ordinal)), special.Rate);
            }
        }

        return null;
    }

    /// <summary>The special rate applied because the goods were claimed under its programme; null for the column's own rate.</summary>
    public SpecialRate? Preference { get; init; }

    public DutyRate Rate => Preference?.Rate ?? (Column == MfnColumn.Column2 ? Rates.Column2 : Rates.General);

    /// <summary>
    /// The base layer with the preferences of <paramref name="claims"/> claimed: the special rate the line gives one of
    /// their programmes (USMCA goods pay the "S" rate, most often Free), or this layer when it gives none or the goods pay column 2.
    /// </summary>
    public MfnLayer Claimed(IEnumerable<string?> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (Column == MfnColumn.Column2)
        {
            return this;
        }

        var indicators = claims.OfType<string>().SelectMany(c => ClaimIndicators.TryGetValue(c, out var i) ? i : []).ToHashSet(StringComparer.Ordinal);
        return indicators.Count > 0 && SpecialRate.ParseColumn(Rates.Special).FirstOrDefault(s => s.Programmes.Any(indicators.Contains)) is { } special
            ? this with { Preference = special }
            : this;
    }

    /// <summary>The percentage of value when the rate is ad valorem (0 when Free); null for specific, compound or text-only rates.</summary>
    public decimal? AdValoremPercent => Rate.AdValoremPercent;

    /// <summary>The base duty in dollars on goods of this value and quantity, when the rate can be computed from them.</summary>
    public decimal? Amount(decimal? value, decimal? quantity, string? unit) => Rate.Amount(value, quantity, unit);

    /// <summary>
    /// Why the base duty on goods of a known value, with this quantity in this unit, cannot be computed (the rate's
    /// text and what it lacks); null when it can.
    /// </summary>
    public string? WhyNotComputed(decimal? quantity, string? unit)
    {
        if (Amount(1m, quantity, unit) is not null)
        {
            return null;
        }

        if (!Rate.IsComputable)
        {
            return Rate.IsEmpty ? "the schedule gives the line no rate" : $"{Rate.Text}: a rate not computed from value and quantity";
        }

        var units = string.Join(" and ", Rate.SpecificUnits);
        return quantity is null || unit is null
            ? $"{Rate.Text}: needs the quantity in {units}"
            : $"{Rate.Text}: the quantity is in {RateUnits.Canonical(unit)}, the rate is per {units}";
    }

    /// <summary>
    /// The base rate as a percentage of these goods' value: the ad valorem rate, or for a specific or compound
    /// rate its ad valorem equivalent on the value and quantity given (what a deal's all-in rate tops up);
    /// null when it cannot be computed from them.
    /// </summary>
    public decimal? PercentOf(decimal? value, decimal? quantity, string? unit) =>
        AdValoremPercent ?? (value is > 0 && Amount(value, quantity, unit) is { } amount ? amount / value.Value * 100 : null);

    /// <summary>
    /// The base layer for a US tariff line from an origin on a day as known at a time; null when no
    /// revision was in force (before 2025) or the revision has no such line, or the line's rates are set
    /// on the lines below it (ask about one of those).
    /// </summary>
    public static MfnLayer? For(TariffSchedule schedule, Economy origin, HsCode code, DateOnly date, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.InForce(date, knownAt) is { } revision ? For(schedule, revision, origin, code) : null;
    }

    /// <summary>The base layer for a US tariff line from an origin under one revision; null when the revision has no such line or no rate for it.</summary>
    public static MfnLayer? For(TariffSchedule schedule, ScheduleRevision revision, Economy origin, HsCode code)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        if (schedule.Line(revision, code) is not { } line || schedule.RatesOf(revision, line) is not { } rates)
        {
            return null;
        }

        return new MfnLayer(revision, line, rates, Column2Origins.Contains(origin.Code) ? MfnColumn.Column2 : MfnColumn.General);
    }

    /// <summary>
    /// The base layer for a code at any level under one revision: its own, or when its rate is set on the lines
    /// below it and they all carry the same one, theirs (rated at the first of them); null otherwise.
    /// </summary>
    public static MfnLayer? ForCode(TariffSchedule schedule, ScheduleRevision revision, Economy origin, HsCode code)
    {
        if (For(schedule, revision, origin, code) is { } own)
        {
            return own;
        }

        MfnLayer? common = null;
        foreach (var leaf in schedule.LeavesUnder(revision, code))
        {
            if (For(schedule, revision, origin, leaf.Code) is not { } mfn || (common is not null && mfn.Rate.Text != common.Rate.Text))
            {
                return null;
            }

            common ??= mfn with { Line = mfn.Rates.RatedAt };
        }

        return common;
    }
}

/// <summary>A free trade agreement of the US schedule: its name, the programme indicators of the special column that stand for it, and its partners (ISO codes).</summary>
public sealed record TradeAgreement(string Name, IReadOnlyList<string> Indicators, IReadOnlyList<string> Partners);

/// <summary>The special rate a line gives goods claimed under <paramref name="Agreement"/>, by the programme indicator <paramref name="Indicator"/>.</summary>
public sealed record AgreementRate(TradeAgreement Agreement, string Indicator, DutyRate Rate);
