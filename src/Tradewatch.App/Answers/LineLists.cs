using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Products;

namespace Tradewatch.App.Answers;

/// <summary>How a ledger record uses a named scope list.</summary>
public enum ListRole
{
    /// <summary>A measure's scope takes the list's lines in (a Section 232 product list, a Section 301 list).</summary>
    Covers,

    /// <summary>A measure's scope leaves the list's lines out (Annex II, a deal's exemptions).</summary>
    Exempts,

    /// <summary>A suspension lifts a measure from the list's lines from a day (the electronics exemption, the Section 122 exemptions).</summary>
    Suspends,
}

/// <summary>A ledger record that uses a list: a measure (<paramref name="Record"/> is its id) or a suspension of <paramref name="Measure"/>.</summary>
public sealed record ListUse(ListRole Role, string Record, string Measure, string Title, DateOnly? From, IReadOnlyList<string> Sources);

/// <summary>
/// A named scope list (<c>data/scopes/NAME.txt</c>) that holds a line: <paramref name="Entries"/> are its codes at or above the
/// line (it holds the whole line), <paramref name="Below"/> its codes under the line (it holds only those lines below);
/// <paramref name="Uses"/> the records of the ledger that use it, with their sources.
/// </summary>
public sealed record LineList(string Name, IReadOnlyList<HsCode> Entries, IReadOnlyList<HsCode> Below, IReadOnlyList<ListUse> Uses)
{
    /// <summary>True when the list holds the whole line, not only some lines below it.</summary>
    public bool Whole => Entries.Count > 0;
}

/// <summary>The named scope lists holding a line, and what the ledger's US import measures and suspensions do with them.</summary>
public static class LineLists
{
    /// <summary>
    /// Every named list with a code at, above or below <paramref name="line"/>, with the US import records of
    /// <paramref name="view"/> that use it; lists no record uses are left out (they say nothing about the duty).
    /// </summary>
    public static IReadOnlyList<LineList> Holding(LedgerView view, IReadOnlyDictionary<string, IReadOnlyList<HsCode>> lists, HsCode line)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(lists);
        var measures = view.Measures.Where(m => m.Imposer.Code == "US").ToList();
        var ids = measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<LineList>();
        foreach (var (name, codes) in lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var entries = codes.Where(c => line.StartsWith(c)).Distinct().ToList();
            var below = codes.Where(c => c.Length > line.Length && c.StartsWith(line)).Distinct().ToList();
            if (entries.Count == 0 && below.Count == 0)
            {
                continue;
            }

            var uses = new List<ListUse>();
            foreach (var m in measures)
            {
                if (m.Products.IncludeLists.Contains(name, StringComparer.Ordinal))
                {
                    uses.Add(new ListUse(ListRole.Covers, m.Id, m.Id, m.Title, null, m.Provenance.Sources));
                }

                if (m.Products.ExcludeLists.Contains(name, StringComparer.Ordinal))
                {
                    uses.Add(new ListUse(ListRole.Exempts, m.Id, m.Id, m.Title, null, m.Provenance.Sources));
                }
            }

            foreach (var s in view.Suspensions.Where(s => ids.Contains(s.MeasureId) && s.Products is { } p && p.IncludeLists.Contains(name, StringComparer.Ordinal)))
            {
                uses.Add(new ListUse(ListRole.Suspends, s.Id, s.MeasureId, s.Title, s.Valid.Start, s.Provenance.Sources));
            }

            if (uses.Count > 0)
            {
                result.Add(new LineList(name, entries, below, uses));
            }
        }

        return result;
    }
}
