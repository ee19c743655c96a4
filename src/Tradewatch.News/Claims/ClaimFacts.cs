using System.Text.Json.Serialization;

namespace Tradewatch.News.Claims;

/// <summary>
/// What one statement says, by kind, with the fields of the analysis file (FORMAT.md). Economies
/// are ISO 3166 alpha-2 codes (<c>EU</c> for the European Union, <c>*</c> for every economy).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PersonFacts), "person")]
[JsonDerivedType(typeof(MeetingFacts), "meeting")]
[JsonDerivedType(typeof(CallFacts), "call")]
[JsonDerivedType(typeof(TariffFacts), "tariff")]
[JsonDerivedType(typeof(ExportControlFacts), "export-control")]
[JsonDerivedType(typeof(LicenceFacts), "licence")]
[JsonDerivedType(typeof(FigureFacts), "figure")]
[JsonDerivedType(typeof(QuoteFacts), "quote")]
[JsonDerivedType(typeof(DeadlineFacts), "deadline")]
[JsonDerivedType(typeof(AgreementFacts), "agreement")]
[JsonDerivedType(typeof(DatelineFacts), "dateline")]
public abstract record ClaimFacts
{
    /// <summary>The kinds a list of claims can be filtered by (<c>--kind</c>, <c>?kind=</c>): the names above, datelines aside.</summary>
    public static IReadOnlyList<string> FilterKinds { get; } = ["person", "meeting", "call", "tariff", "export-control", "licence", "figure", "quote", "deadline", "agreement"];

    [JsonIgnore]
    public abstract ClaimKind Kind { get; }
}

public enum ClaimKind
{
    Person,
    Meeting,
    Call,
    Tariff,
    ExportControl,
    Licence,
    Figure,
    Quote,
    Deadline,
    Agreement,

    /// <summary>A date the page prints as its own publication date.</summary>
    Dateline,
}

/// <summary>A person and the role the text gives them ("Treasury Secretary").</summary>
public sealed record PersonFacts(string Name, string? Role, string? Economy) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Person;
}

/// <summary>A meeting: the city it is held in, the building, its first and last day, who took part.</summary>
public sealed record MeetingFacts(string? Place, string? Venue, ClaimDate? Start, ClaimDate? End, IReadOnlyList<string> Participants) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Meeting;

    /// <summary>
    /// True when <see cref="Start"/> is counted from the report's publication day ("met on Monday", "talks are under way")
    /// rather than read as a month and day: it is only as sure as that day, and a date another report writes out wins.
    /// </summary>
    [JsonIgnore]
    public bool DatedByPublication { get; init; }
}

/// <summary>A phone or video call between named people.</summary>
public sealed record CallFacts(IReadOnlyList<string> Participants, ClaimDate? Date) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Call;
}

/// <summary>
/// A tariff rate one economy applies (or had, or threatens) to another's goods. <see cref="RatePercent"/>
/// is null when the text states a tariff without a rate. <see cref="ChangePoints"/> is set for
/// statements of a change ("come down by 115 percent"); <see cref="FromPercent"/> for "from 115% to 10%".
/// </summary>
public sealed record TariffFacts(
    string? Imposer,
    string? Target,
    decimal? RatePercent,
    ClaimDate? AsOf,
    string Qualifier,
    string Products) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Tariff;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? FromPercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ChangePoints { get; init; }

    /// <summary>
    /// The fields the sentence did not give, taken from the context instead (<c>parties</c> from an earlier
    /// statement or the document's main economies, <c>date</c> from the publication day): null when all were
    /// read. Such a claim is shown and compared, but no ledger change is proposed from it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Inferred { get; init; }

    /// <summary>
    /// True when <see cref="AsOf"/> is the report's publication day, given to a rate the clause states in the present
    /// tense without a date, or a day counted from it ("raised on Monday"): reports of one story published on different
    /// days, or dated wrongly, still state one rate.
    /// </summary>
    [JsonIgnore]
    public bool DatedByPublication { get; init; }
}

/// <summary>Export controls on items (lower-case names); <see cref="Count"/> when the text says how many items.</summary>
public sealed record ExportControlFacts(string? Imposer, string Target, IReadOnlyList<string> Items, ClaimDate? Date) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.ExportControl;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; init; }
}

/// <summary>An export licence granted, required or denied.</summary>
public sealed record LicenceFacts(string? Imposer, IReadOnlyList<string> Items, string Action, ClaimDate? Date) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Licence;
}

/// <summary>
/// A measured figure: what it measures, its value and unit (<c>%</c>, <c>USD bn</c>, <c>t</c>...),
/// the period it covers and the comparison (<c>y/y</c>, <c>m/m</c>).
/// </summary>
public sealed record FigureFacts(string Subject, decimal Value, string Unit, string? Period, string? Comparison) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Figure;

    /// <summary>True for "about 70%", "more than 5,000": the figure is not exact.</summary>
    public bool Approximate { get; init; }
}

/// <summary>Words inside quotation marks, and who said them.</summary>
public sealed record QuoteFacts(string Speaker, string Text) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Quote;
}

/// <summary>A date by which something must happen.</summary>
public sealed record DeadlineFacts(ClaimDate Date, string Subject) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Deadline;
}

/// <summary>An agreement: where and when it was reached, between which economies, on what.</summary>
public sealed record AgreementFacts(string? Place, ClaimDate? Date, IReadOnlyList<string> Parties, string Terms) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Agreement;
}

/// <summary>A publication date printed on the page (two different ones on one page conflict).</summary>
public sealed record DatelineFacts(ClaimDate Value) : ClaimFacts
{
    [JsonIgnore]
    public override ClaimKind Kind => ClaimKind.Dateline;
}
