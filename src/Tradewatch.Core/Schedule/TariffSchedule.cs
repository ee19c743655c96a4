using System.Collections.Concurrent;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Schedule;

/// <summary>
/// One version of a row of the schedule, shared by the revisions <see cref="From"/> to
/// <see cref="To"/> (inclusive indexes) in which the row reads the same. <see cref="Key"/> is the
/// row's number as written ("8505.11.00.70"), or for a description-only row the previous numbered
/// row's key with "!" and its position after it ("8505!1"); <see cref="Parent"/> is the key of the
/// row it sits under in the tree. A row may be read lazily: its place (revisions and key) at once, its
/// words, rates and footnotes when first asked for (an answer reads a few dozen of the schedule's rows).
/// </summary>
public sealed class ScheduleRow
{
    private readonly string? _text;
    private readonly Func<string, ScheduleRowContent>? _parse;
    private ScheduleRowContent? _content;

    public ScheduleRow(int from, int to, string key, string? parent, ScheduleNode node, TariffLine? line)
    {
        (From, To, Key) = (from, to, key);
        _content = new ScheduleRowContent(parent, node, line);
    }

    /// <summary>A row whose content is <paramref name="parse"/>(<paramref name="text"/>), made on first use; the parse must not fail.</summary>
    public ScheduleRow(int from, int to, string key, string text, Func<string, ScheduleRowContent> parse)
    {
        (From, To, Key) = (from, to, key);
        (_text, _parse) = (text, parse);
    }

    public int From { get; }

    public int To { get; }

    public string Key { get; }

    public string? Parent => Content.Parent;

    public ScheduleNode Node => Content.Node;

    public TariffLine? Line => Content.Line;

    // made at most a few times over (threads racing to it build equal values): no lock needed
    private ScheduleRowContent Content => _content ??= _parse!(_text!);
}

/// <summary>What a <see cref="ScheduleRow"/> says: the row it sits under, its node in the tree and, when numbered, its line.</summary>
public sealed record ScheduleRowContent(string? Parent, ScheduleNode Node, TariffLine? Line);

/// <summary>
/// The Harmonized Tariff Schedule of the United States, revision by revision: which revision was in
/// force on a day as known at a time, and each revision's lines, tree, rates and footnotes.
/// Immutable; the per-revision indexes are built on first use and safe to share between threads.
/// </summary>
public sealed class TariffSchedule
{
    private readonly Dictionary<string, ScheduleRow[]> _byKey;

    /// <summary>The numbered rows' versions in code order (by padded code, then length): what a prefix's lines are found in.</summary>
    private readonly (HsCode Code, ScheduleRow[] Versions)[] _numbered;
    private readonly ConcurrentDictionary<int, TariffLine[]> _linesByRevision = new();

    public TariffSchedule(IReadOnlyList<ScheduleRevision> revisions, IReadOnlyList<ScheduleRow> rows, string source)
    {
        for (var i = 0; i < revisions.Count; i++)
        {
            if (revisions[i].Index != i)
            {
                throw new ArgumentException($"Revision {revisions[i].Id} has index {revisions[i].Index}, expected {i}.", nameof(revisions));
            }
        }

        _byKey = new Dictionary<string, ScheduleRow[]>(rows.Count, StringComparer.Ordinal);
        foreach (var group in Grouped(rows))
        {
            var versions = group.Count == 1 ? [group[0]] : group.OrderBy(r => r.From).ToArray();
            for (var i = 0; i < versions.Length; i++)
            {
                var v = versions[i];
                if (v.From < 0 || v.To < v.From || v.To >= revisions.Count || (i > 0 && versions[i - 1].To >= v.From))
                {
                    throw new ArgumentException($"Row {v.Key}: revisions {v.From} to {v.To} overlap another version or lie outside the {revisions.Count} revisions.", nameof(rows));
                }
            }

            _byKey[versions[0].Key] = versions;
        }

        var numbered = new List<(HsCode, ScheduleRow[])>(_byKey.Count);
        foreach (var (key, versions) in _byKey)
        {
            if (!key.Contains('!', StringComparison.Ordinal) && HsCode.TryParse(key, out var code))
            {
                numbered.Add((code, versions));
            }
        }

        _numbered = [.. numbered];
        Array.Sort(_numbered, (a, b) => a.Code.CompareTo(b.Code));

        Revisions = revisions;
        RowCount = rows.Count;
        Source = source;
    }

    /// <summary>Rows by key, in one pass when the rows of a key come together (as the compact file writes them).</summary>
    private static List<List<ScheduleRow>> Grouped(IReadOnlyList<ScheduleRow> rows)
    {
        var groups = new List<List<ScheduleRow>>(rows.Count);
        var seen = new Dictionary<string, List<ScheduleRow>>(rows.Count, StringComparer.Ordinal);
        List<ScheduleRow>? last = null;
        foreach (var row in rows)
        {
            if (last is not null && string.Equals(last[0].Key, row.Key, StringComparison.Ordinal))
            {
                last.Add(row);
                continue;
            }

            if (!seen.TryGetValue(row.Key, out last))
            {
                last = [];
                seen[row.Key] = last;
                groups.Add(last);
            }

            last.Add(row);
        }

        return groups;
    }

    /// <summary>The revisions in publication order.</summary>
    public IReadOnlyList<ScheduleRevision> Revisions { get; }

    /// <summary>The number of row versions held (a row that reads the same in many revisions counts once).</summary>
    public int RowCount { get; }

    /// <summary>Where the schedule was read from, for messages.</summary>
    public string Source { get; }

    public ScheduleRevision Latest => Revisions[^1];

    public ScheduleRevision? FindRevision(string id) => Revisions.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The revision in force on <paramref name="date"/> as known at <paramref name="knownAt"/> (everything
    /// when null): of the revisions recorded by then, the latest that took effect on or before the day.
    /// Null before the first revision's effective date, or when none was known yet.
    /// </summary>
    public ScheduleRevision? InForce(DateOnly date, DateTimeOffset? knownAt = null)
    {
        ScheduleRevision? best = null;
        foreach (var r in Revisions)
        {
            if (r.Effective <= date && (knownAt is not { } t || r.Recorded <= t) && (best is null || r.Effective >= best.Effective))
            {
                best = r;
            }
        }

        return best;
    }

    /// <summary>The row with this key in the revision, or null.</summary>
    private ScheduleRow? Row(string key, int revision)
    {
        if (!_byKey.TryGetValue(key, out var versions))
        {
            return null;
        }

        foreach (var v in versions)
        {
            if (v.From <= revision && revision <= v.To)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The numbered row with this code in the revision, or null when the revision does not have it.</summary>
    public TariffLine? Line(ScheduleRevision revision, HsCode code) => Row(code.ToString(), revision.Index)?.Line;

    /// <summary>
    /// Whether some revision numbers a row with this code or under it: a US line as a question may name it (an
    /// 8-digit line the schedule numbers only at 10 digits, 8471.80.40 as 8471.80.40.00, included).
    /// </summary>
    public bool Numbers(HsCode code)
    {
        var lo = FirstNumberedFrom(code);
        return lo < _numbered.Length && _numbered[lo].Code.StartsWith(code);
    }

    /// <summary>The index of the first numbered row whose code does not sort before <paramref name="code"/> (a binary search).</summary>
    private int FirstNumberedFrom(HsCode code)
    {
        int lo = 0, hi = _numbered.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_numbered[mid].Code.Padded < code.Padded)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The revisions in which a row with this code exists, in order.</summary>
    public IReadOnlyList<ScheduleRevision> RevisionsWith(HsCode code) =>
        _byKey.TryGetValue(code.ToString(), out var versions)
            ? versions.SelectMany(v => Enumerable.Range(v.From, v.To - v.From + 1)).Select(i => Revisions[i]).ToList()
            : [];

    /// <summary>The line's ancestors in the tree, from the top (the heading) down, not including the line itself.</summary>
    public IReadOnlyList<ScheduleNode> Path(ScheduleRevision revision, HsCode code)
    {
        var path = new List<ScheduleNode>();
        var row = Row(code.ToString(), revision.Index);
        while (row?.Parent is { } parent && (row = Row(parent, revision.Index)) is not null)
        {
            path.Add(row.Node);
        }

        path.Reverse();
        return path;
    }

    /// <summary>The line's full description: its ancestors' words and its own, joined by " > ".</summary>
    public string FullDescription(ScheduleRevision revision, TariffLine line) =>
        string.Join(" > ", Path(revision, line.Code).Select(n => n.Description).Append(line.Description));

    /// <summary>
    /// The rates that apply to a line: its own when it has a general rate, else those of the nearest
    /// numbered ancestor (8, 6, then 4 digits) that has one; null when none has.
    /// </summary>
    public LineRates? RatesOf(ScheduleRevision revision, TariffLine line)
    {
        var rated = line;
        for (var length = line.Code.Length; rated.General.IsEmpty;)
        {
            length -= 2;
            if (length < 4)
            {
                return null;
            }

            if (Line(revision, line.Code.Truncate(length)) is { } up)
            {
                rated = up;
            }
        }

        return new LineRates(rated, rated.General, rated.Special, rated.Column2);
    }

    /// <summary>Every numbered row of the revision, in code order.</summary>
    public IReadOnlyList<TariffLine> Lines(ScheduleRevision revision) =>
        _linesByRevision.GetOrAdd(revision.Index, i => _byKey.Values
            .Select(vs => Array.Find(vs, v => v.From <= i && i <= v.To)?.Line)
            .OfType<TariffLine>()
            .OrderBy(l => l.Code)
            .ToArray());

    /// <summary>The numbered rows under a prefix (the prefix's own row included), in code order.</summary>
    public IReadOnlyList<TariffLine> LinesUnder(ScheduleRevision revision, HsCode prefix)
    {
        // in the index of every numbered row, not the revision's lines: only the rows under the prefix are read
        var lo = FirstNumberedFrom(prefix);
        var result = new List<TariffLine>();
        var index = revision.Index;
        for (var i = lo; i < _numbered.Length && _numbered[i].Code.StartsWith(prefix); i++)
        {
            if (Array.Find(_numbered[i].Versions, v => v.From <= index && index <= v.To)?.Line is { } line)
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>
    /// The most detailed lines under a prefix: those with no numbered row below them (10-digit
    /// statistical lines, and 8-digit lines without any). A code that is itself such a line gives itself.
    /// </summary>
    public IReadOnlyList<TariffLine> LeavesUnder(ScheduleRevision revision, HsCode prefix)
    {
        var under = LinesUnder(revision, prefix);
        var leaves = new List<TariffLine>();
        for (var i = 0; i < under.Count; i++)
        {
            if (i + 1 == under.Count || !under[i + 1].Code.StartsWith(under[i].Code))
            {
                leaves.Add(under[i]);
            }
        }

        return leaves;
    }
}
