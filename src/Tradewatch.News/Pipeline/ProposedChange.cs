using System.Globalization;
using System.Text;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.News.Pipeline;

/// <summary>What an accepted proposal appends to the ledger.</summary>
public enum ChangeAction
{
    /// <summary>A new tariff measure on all goods at <see cref="ProposedChange.RatePercent"/> from <see cref="ProposedChange.From"/>.</summary>
    NewTariffLayer,

    /// <summary>A suspension of <see cref="ProposedChange.RatePercent"/> points of the measure <see cref="ProposedChange.MeasureId"/> from <see cref="ProposedChange.From"/>.</summary>
    SuspendPoints,

    /// <summary>A new export-control measure on <see cref="ProposedChange.Items"/> from <see cref="ProposedChange.From"/>.</summary>
    NewExportControl,
}

/// <summary>
/// A ledger change drawn from a news claim, before anyone reviewed it. It holds no provenance:
/// the sources, the recorded time and the reviewer are added when it is accepted.
/// </summary>
/// <param name="Target">The target economy's code; null for every economy.</param>
/// <param name="RatePercent">The new layer's rate, or the points suspended; null for export controls.</param>
/// <param name="MeasureId">The ledger measure a suspension acts on.</param>
/// <param name="Products">
/// The goods a new tariff layer covers: <c>all</c>, or HS codes and prefixes separated by commas;
/// null when the claim did not say which goods (it must be narrowed before it can be accepted).
/// </param>
public sealed record ProposedChange(
    ChangeAction Action,
    string Imposer,
    string? Target,
    DateOnly From,
    decimal? RatePercent,
    string? MeasureId,
    IReadOnlyList<string> Items,
    string Title,
    string? Products = null)
{
    /// <summary>The word for a layer on every good.</summary>
    public const string AllGoods = "all";

    /// <summary>
    /// Why the change cannot be accepted as it stands, or null: a new tariff layer whose goods the
    /// report did not name would land on every good (an e-bike duty read as a duty on laptops).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Unread => Action == ChangeAction.NewTariffLayer && Products is null
        ? "the report does not say which goods the rate is on; narrow it to HS codes (or confirm all goods) first"
        : null;

    /// <summary>The product scope the change's layer covers.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ProductScope Scope => Products is null or AllGoods
        ? ProductScope.AllGoods
        : new ProductScope(false, Codes(Products), [], null);

    /// <summary>Reads <c>all</c> or HS codes separated by commas, as a reviewer narrows a proposal; throws on anything else.</summary>
    public static string ParseProducts(string text) =>
        TryParseProducts(text, out var products, out var problem) ? products : throw new ArgumentException(problem, nameof(text));

    /// <summary>Reads <c>all</c> or HS codes separated by commas; on failure, <paramref name="problem"/> says what is wrong in words.</summary>
    public static bool TryParseProducts(string? text, out string products, out string problem)
    {
        products = string.Empty;
        problem = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Equals(AllGoods, StringComparison.OrdinalIgnoreCase) || trimmed == "*")
        {
            products = AllGoods;
            return true;
        }

        var codes = new List<HsCode>();
        foreach (var part in trimmed.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!HsCode.TryParse(part, out var code) || code.Length < 2)
            {
                problem = $"'{part}' is not an HS code or prefix (write them like 8711.60 or 8712, separated by commas, or 'all')";
                return false;
            }

            codes.Add(code);
        }

        if (codes.Count == 0)
        {
            problem = "name at least one HS code, or 'all'";
            return false;
        }

        products = string.Join(", ", codes.Select(c => c.ToString()));
        return true;
    }

    private static List<HsCode> Codes(string products) =>
        products.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(HsCode.Parse).ToList();

    /// <summary>The id the appended record gets: one per proposal, so two accepted proposals never collide.</summary>
    public static string RecordId(long proposalId) => string.Create(CultureInfo.InvariantCulture, $"review-{proposalId}");

    /// <summary>The records to append, with the provenance of the acceptance.</summary>
    public LedgerBatch ToBatch(long proposalId, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var id = RecordId(proposalId);
        var imposer = new Economy(Imposer);
        var targets = Target is null ? new EconomyScope(true, [], []) : new EconomyScope(false, [new Economy(Target)], []);
        var valid = new DateRange(From, null);
        return Action switch
        {
            ChangeAction.NewTariffLayer => new LedgerBatch
            {
                Measures = [new Measure(id, MeasureKind.Tariff, Title, imposer, targets, Scope, [], Basis, null, null, null, provenance)],
                Rates = [new RateEntry(id, valid, RatePercent ?? throw new InvalidOperationException("A tariff layer needs a rate."), provenance)],
            },
            ChangeAction.SuspendPoints => new LedgerBatch
            {
                Suspensions = [new Suspension(id, MeasureId ?? throw new InvalidOperationException("A suspension needs a measure."), Title, valid, RatePercent, null, provenance)],
            },
            _ => new LedgerBatch
            {
                Measures = [new Measure(id, MeasureKind.ExportControl, Title, imposer, targets, ProductScope.AllGoods, Items, Basis, null, null, null, provenance)],
                Rates = [new RateEntry(id, valid, 0m, provenance)],
            },
        };
    }

    private const string Basis = "reported in the news (accepted in review)";

    /// <summary>
    /// The records that take an accepted change back out of the ledger from the revocation on: the
    /// layer stops applying over its whole range, a suspension ends on its first day. Recorded
    /// later, they win for answers as known after the revocation; answers as known before it stay.
    /// </summary>
    public LedgerBatch ToRevocation(long proposalId, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var id = RecordId(proposalId);
        return Action == ChangeAction.SuspendPoints
            ? new LedgerBatch { SuspensionChanges = [new SuspensionChange(id, From, provenance)] }
            : new LedgerBatch { Rates = [new RateEntry(id, new DateRange(From, null), null, provenance)] };
    }

    /// <summary>The change as a ledger file would write it (data/ledger/README.md), for a person to read.</summary>
    public string ToYaml(long proposalId, DateOnly recorded, IReadOnlyList<string> sources, string? note)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var id = RecordId(proposalId);
        var b = new StringBuilder();
        var provenance = string.Create(CultureInfo.InvariantCulture, $"    recorded: {recorded:yyyy-MM-dd}\n    sources: [{string.Join(", ", sources.Select(Scalar))}]\n")
            + (note is null ? string.Empty : $"    note: {Scalar(note)}\n");
        var target = Target is null ? "[\"*\"]" : $"[{Target}]";
        switch (Action)
        {
            case ChangeAction.NewTariffLayer:
                b.Append(CultureInfo.InvariantCulture, $"measures:\n  - id: {id}\n    kind: tariff\n    title: {Scalar(Title)}\n    imposer: {Imposer}\n    targets: {target}\n    products: {(Products is null or AllGoods ? "all" : $"{{include: [{string.Join(", ", Products.Split(", ").Select(Scalar))}]}}")}\n    basis: {Scalar(Basis)}\n")
                    .Append(provenance)
                    .Append(CultureInfo.InvariantCulture, $"    rates:\n      - {{from: {From:yyyy-MM-dd}, rate: {RatePercent}}}\n");
                break;
            case ChangeAction.SuspendPoints:
                b.Append(CultureInfo.InvariantCulture, $"suspensions:\n  - id: {id}\n    measure: {MeasureId}\n    title: {Scalar(Title)}\n    from: {From:yyyy-MM-dd}\n    points: {RatePercent}\n")
                    .Append(provenance);
                break;
            default:
                b.Append(CultureInfo.InvariantCulture, $"measures:\n  - id: {id}\n    kind: export-control\n    title: {Scalar(Title)}\n    imposer: {Imposer}\n    targets: {target}\n    items: [{string.Join(", ", Items.Select(Scalar))}]\n    basis: {Scalar(Basis)}\n")
                    .Append(provenance)
                    .Append(CultureInfo.InvariantCulture, $"    rates:\n      - {{from: {From:yyyy-MM-dd}}}\n");
                break;
        }

        return b.ToString();
    }

    /// <summary>A YAML scalar in double quotes, so colons, commas and brackets in titles and URLs stay text.</summary>
    private static string Scalar(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
