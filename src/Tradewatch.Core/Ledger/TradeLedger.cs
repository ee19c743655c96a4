using System.Collections.Immutable;

namespace Tradewatch.Core.Ledger;

/// <summary>A set of records to append to a ledger together (one file, one accepted review).</summary>
public sealed record LedgerBatch
{
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    public IReadOnlyList<RateEntry> Rates { get; init; } = [];
    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];
    public IReadOnlyList<SuspensionChange> SuspensionChanges { get; init; } = [];
    public IReadOnlyList<Voiding> Voidings { get; init; } = [];
    public IReadOnlyList<LicenceRecord> Licences { get; init; } = [];
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    public IReadOnlyList<StackingRule> StackingRules { get; init; } = [];
    public IReadOnlyList<Amendment> Amendments { get; init; } = [];
    public IReadOnlyList<Notice> Notices { get; init; } = [];

    /// <summary>What the file says it does not cover; not a record in time, so not counted in <see cref="Count"/>.</summary>
    public IReadOnlyList<CoverageGap> Gaps { get; init; } = [];

    public int Count => Measures.Count + Rates.Count + Suspensions.Count + SuspensionChanges.Count + Voidings.Count
        + Licences.Count + Agreements.Count + Deadlines.Count + StackingRules.Count + Amendments.Count + Notices.Count;
}

/// <summary>
/// The ledger: an append-only log of records. Nothing is overwritten; a correction is a new record
/// that takes precedence for the days it covers, from the time it was recorded. State as known at
/// a time is rebuilt by <see cref="AsKnownAt"/>.
/// </summary>
public sealed class TradeLedger
{
    public static readonly TradeLedger Empty = new(
        [], [], [], [], [], [], [], [], [], [], [], []);

    private TradeLedger(
        ImmutableList<Measure> measures,
        ImmutableList<RateEntry> rates,
        ImmutableList<Suspension> suspensions,
        ImmutableList<SuspensionChange> suspensionChanges,
        ImmutableList<Voiding> voidings,
        ImmutableList<LicenceRecord> licences,
        ImmutableList<Agreement> agreements,
        ImmutableList<Deadline> deadlines,
        ImmutableList<StackingRule> stackingRules,
        ImmutableList<Amendment> amendments,
        ImmutableList<Notice> notices,
        ImmutableList<CoverageGap> gaps)
    {
        Measures = measures;
        Rates = rates;
        Suspensions = suspensions;
        SuspensionChanges = suspensionChanges;
        Voidings = voidings;
        Licences = licences;
        Agreements = agreements;
        Deadlines = deadlines;
        StackingRules = stackingRules;
        Amendments = amendments;
        Notices = notices;
        Gaps = gaps;
    }

    public ImmutableList<Measure> Measures { get; }
    public ImmutableList<RateEntry> Rates { get; }
    public ImmutableList<Suspension> Suspensions { get; }
    public ImmutableList<SuspensionChange> SuspensionChanges { get; }
    public ImmutableList<Voiding> Voidings { get; }
    public ImmutableList<LicenceRecord> Licences { get; }
    public ImmutableList<Agreement> Agreements { get; }
    public ImmutableList<Deadline> Deadlines { get; }
    public ImmutableList<StackingRule> StackingRules { get; }

    /// <summary>Corrections of earlier records, in the order appended; <see cref="Restrict"/> folds the known ones in.</summary>
    public ImmutableList<Amendment> Amendments { get; }

    public ImmutableList<Notice> Notices { get; }

    /// <summary>What the loaded files say they do not cover (see <see cref="CoverageGap"/>).</summary>
    public ImmutableList<CoverageGap> Gaps { get; }

    /// <summary>The number of records appended so far; an append states the version it expects.</summary>
    public int Version => Measures.Count + Rates.Count + Suspensions.Count + SuspensionChanges.Count + Voidings.Count
        + Licences.Count + Agreements.Count + Deadlines.Count + StackingRules.Count + Amendments.Count + Notices.Count;

    /// <summary>The measure of that id, or of which it is a former id (<see cref="Measure.FormerIds"/>); null when there is none.</summary>
    public Measure? FindMeasure(string id)
    {
        var current = CurrentId(id);
        return Measures.Find(m => m.Id == current);
    }

    /// <summary>The id a measure goes by now: <paramref name="id"/> itself, unless it is a former id of a measure.</summary>
    public string CurrentId(string id) => Renamed.GetValueOrDefault(id, id);

    private ImmutableDictionary<string, string>? renamed;

    private ImmutableDictionary<string, string> Renamed => renamed ??= Measures
        .SelectMany(m => m.FormerIds.Select(f => KeyValuePair.Create(f, m.Id)))
        .ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Appends a batch and returns the new ledger; this one is unchanged. Throws when the ledger is
    /// not at <paramref name="expectedVersion"/> (someone appended in between), when an id is reused,
    /// or when a record points at a measure or suspension the ledger does not hold.
    /// </summary>
    /// <exception cref="InvalidOperationException">The ledger is not at <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="BadDataException">The batch does not fit the ledger (a reused id, a record pointing nowhere).</exception>
    public TradeLedger Append(LedgerBatch batch, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (expectedVersion != Version)
        {
            throw new InvalidOperationException($"The ledger is at version {Version}, not {expectedVersion}: reload it and try again.");
        }

        var measureIds = Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var measure in batch.Measures)
        {
            if (!measureIds.Add(measure.Id) || Renamed.ContainsKey(measure.Id))
            {
                throw new BadDataException($"Measure id '{measure.Id}' is already in the ledger" + (Renamed.TryGetValue(measure.Id, out var now) ? $" (a former id of '{now}')." : "."));
            }
        }

        // a former id names its measure alone, and never a measure of its own
        var formerIds = Renamed.ToDictionary(StringComparer.Ordinal);
        foreach (var measure in batch.Measures)
        {
            foreach (var former in measure.FormerIds)
            {
                if (measureIds.Contains(former) || !formerIds.TryAdd(former, measure.Id))
                {
                    throw new BadDataException($"Measure '{measure.Id}' was formerly '{former}', which names another measure.");
                }
            }
        }

        string Current(string id) => formerIds.GetValueOrDefault(id, id);
        if (formerIds.Count > 0)
        {
            batch = batch with
            {
                Rates = [.. batch.Rates.Select(r => r with { MeasureId = Current(r.MeasureId) })],
                Suspensions = [.. batch.Suspensions.Select(s => s with { MeasureId = Current(s.MeasureId) })],
                Voidings = [.. batch.Voidings.Select(v => v with { MeasureIds = [.. v.MeasureIds.Select(Current)] })],
                Licences = [.. batch.Licences.Select(l => l.MeasureId is null ? l : l with { MeasureId = Current(l.MeasureId) })],
                Amendments = [.. batch.Amendments.Select(a => a with { RecordId = Current(a.RecordId), Measures = a.Measures is null ? null : [.. a.Measures.Select(Current)] })],
            };
        }

        var suspensionIds = Suspensions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var suspension in batch.Suspensions)
        {
            if (!suspensionIds.Add(suspension.Id))
            {
                throw new BadDataException($"Suspension id '{suspension.Id}' is already in the ledger.");
            }
        }

        void RequireMeasure(string id, string what)
        {
            if (!measureIds.Contains(id))
            {
                throw new BadDataException($"{what} points at measure '{id}', which the ledger does not hold.");
            }
        }

        foreach (var rate in batch.Rates)
        {
            RequireMeasure(rate.MeasureId, "A rate entry");
        }

        foreach (var suspension in batch.Suspensions)
        {
            RequireMeasure(suspension.MeasureId, $"Suspension '{suspension.Id}'");
        }

        foreach (var voiding in batch.Voidings)
        {
            foreach (var id in voiding.MeasureIds)
            {
                RequireMeasure(id, $"Voiding '{voiding.Id}'");
            }
        }

        foreach (var licence in batch.Licences)
        {
            if (licence.MeasureId is { } id)
            {
                RequireMeasure(id, $"Licence '{licence.Id}'");
            }
        }

        foreach (var change in batch.SuspensionChanges)
        {
            if (!suspensionIds.Contains(change.SuspensionId))
            {
                throw new BadDataException($"A suspension change points at suspension '{change.SuspensionId}', which the ledger does not hold.");
            }
        }

        var amendable = measureIds.Concat(suspensionIds)
            .Concat(Voidings.Concat(batch.Voidings).Select(v => v.Id))
            .Concat(Licences.Concat(batch.Licences).Select(l => l.Id))
            .Concat(Agreements.Concat(batch.Agreements).Select(a => a.Id))
            .Concat(Deadlines.Concat(batch.Deadlines).Select(d => d.Id))
            .Concat(Notices.Concat(batch.Notices).Select(n => n.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var amendment in batch.Amendments)
        {
            if (!amendable.Contains(amendment.RecordId))
            {
                throw new ArgumentException($"An amendment points at record '{amendment.RecordId}', which the ledger does not hold.", nameof(batch));
            }

            foreach (var id in amendment.Measures ?? [])
            {
                RequireMeasure(id, $"The amendment of '{amendment.RecordId}'");
            }
        }

        return new TradeLedger(
            Measures.AddRange(batch.Measures),
            Rates.AddRange(batch.Rates),
            Suspensions.AddRange(batch.Suspensions),
            SuspensionChanges.AddRange(batch.SuspensionChanges),
            Voidings.AddRange(batch.Voidings),
            Licences.AddRange(batch.Licences),
            Agreements.AddRange(batch.Agreements),
            Deadlines.AddRange(batch.Deadlines),
            StackingRules.AddRange(batch.StackingRules),
            Amendments.AddRange(batch.Amendments),
            Notices.AddRange(batch.Notices),
            Gaps.AddRange(batch.Gaps));
    }

    /// <summary>
    /// When the ledger's first record was made, or null when it has none: before it the ledger knew
    /// nothing, so a question asked "as known" earlier has no answer (not an answer of 0%).
    /// </summary>
    public DateTimeOffset? FirstRecorded =>
        Measures.Select(m => m.Provenance).Concat(Rates.Select(r => r.Provenance)).Concat(Suspensions.Select(s => s.Provenance))
            .Concat(SuspensionChanges.Select(c => c.Provenance)).Concat(Voidings.Select(v => v.Provenance)).Concat(Licences.Select(l => l.Provenance))
            .Concat(Agreements.Select(a => a.Provenance)).Concat(Deadlines.Select(d => d.Provenance))
            .Select(p => (DateTimeOffset?)p.Recorded).Min();

    /// <summary>
    /// Why a question asked as known at <paramref name="knownAt"/> has no answer, or null when it has
    /// one: before the ledger's first record it knew nothing, and the answer is not 0%.
    /// </summary>
    public string? KnewNothingAt(DateTimeOffset knownAt) =>
        FirstRecorded is { } first && knownAt < first
            ? $"known-at {knownAt:yyyy-MM-dd} is before the ledger's first record ({first:yyyy-MM-dd}): the ledger knew nothing then, so there is no answer."
            : null;

    /// <summary>
    /// Only the records made by <paramref name="knownAt"/> (all of them when null), with the
    /// amendments made by then folded into the records they correct: the ledger as it stood then.
    /// The result holds no amendments of its own.
    /// </summary>
    /// <param name="knownAt">The record time: only records made by then (all when null).</param>
    /// <param name="publishedBy">When given, only records whose fact was public by then (<see cref="Provenance.PublicFrom"/>) as well.</param>
    public TradeLedger Restrict(DateTimeOffset? knownAt, DateTimeOffset? publishedBy = null)
    {
        if (knownAt is null && publishedBy is null && Amendments.IsEmpty)
        {
            return this;
        }

        bool Known(Provenance p) => (knownAt is not { } t || p.Recorded <= t) && (publishedBy is not { } day || p.PublicFrom <= day);
        var amendments = Amendments.Where(a => Known(a.Provenance))
            .Select((a, i) => (Amendment: a, Index: i))
            .OrderBy(a => a.Amendment.Provenance.Recorded).ThenBy(a => a.Index)
            .Select(a => a.Amendment)
            .ToLookup(a => a.RecordId, StringComparer.Ordinal);
        return new TradeLedger(
            Amend(Measures.RemoveAll(m => !Known(m.Provenance)), amendments, m => m.Id, AmendmentFolding.Apply),
            Rates.RemoveAll(r => !Known(r.Provenance)),
            Amend(Suspensions.RemoveAll(s => !Known(s.Provenance)), amendments, s => s.Id, AmendmentFolding.Apply),
            SuspensionChanges.RemoveAll(c => !Known(c.Provenance)),
            Amend(Voidings.RemoveAll(v => !Known(v.Provenance)), amendments, v => v.Id, AmendmentFolding.Apply),
            Amend(Licences.RemoveAll(l => !Known(l.Provenance)), amendments, l => l.Id, AmendmentFolding.Apply),
            Amend(Agreements.RemoveAll(a => !Known(a.Provenance)), amendments, a => a.Id, (r, a) => r with { Provenance = AmendmentFolding.Apply(r.Provenance, a) }),
            Amend(Deadlines.RemoveAll(d => !Known(d.Provenance)), amendments, d => d.Id, (r, a) => r with { Provenance = AmendmentFolding.Apply(r.Provenance, a) }),
            StackingRules,
            [],
            Amend(Notices.RemoveAll(n => !Known(n.Provenance)), amendments, n => n.Id, (r, a) => r with { Provenance = AmendmentFolding.Apply(r.Provenance, a) }),
            Gaps);
    }

    private static ImmutableList<T> Amend<T>(ImmutableList<T> records, ILookup<string, Amendment> amendments, Func<T, string> id, Func<T, Amendment, T> apply) =>
        amendments.Count == 0 ? records : records.ConvertAll(r => amendments[id(r)].Aggregate(r, apply));

    /// <summary>The ledger as it was known at <paramref name="knownAt"/> (everything when null), folded and indexed for answers.</summary>
    public Evaluation.LedgerView AsKnownAt(DateTimeOffset? knownAt) => new(this, knownAt);

    /// <summary>
    /// The law as published at <paramref name="day"/>, as the ledger knew it at <paramref name="knownAt"/>
    /// (now when null): every record made by then whose fact was public by <paramref name="day"/> (its
    /// <see cref="Provenance.PublicFrom"/>), so the corrections learnt after the day but by the known-at are
    /// included, and nothing recorded after the known-at is. What an importer deposited at entry followed this.
    /// </summary>
    public Evaluation.LedgerView AsPublishedAt(DateTimeOffset day, DateTimeOffset? knownAt = null) => new(this, knownAt, publishedBy: day);
}
