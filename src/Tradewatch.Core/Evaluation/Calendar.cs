using Tradewatch.Core.Ledger;

namespace Tradewatch.Core.Evaluation;

/// <summary>Builds the calendar of changes from the folded measures and the dated records of a view.</summary>
internal static class Calendar
{
    /// <param name="today">
    /// When given, events are worded by their date against the day the answer speaks from: today, or the view's
    /// known-at day when that is earlier (as known then, a later day was still to come). Before it, a start "took
    /// effect", an end "ended", an expiry "expired on" and a deadline's words are marked as passed; on or after it
    /// they are to come ("takes effect", "expires unless extended"). Without it every event is worded as to come.
    /// An end a later record moved on is told as an extension on the day it was to end, whatever the day.
    /// </param>
    public static IReadOnlyList<CalendarEvent> Build(LedgerView view, IReadOnlyDictionary<string, MeasureTimeline> timelines, DateOnly from, DateOnly to, DateOnly? today = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window must end on or after it starts ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).", nameof(to));
        }

        var events = new List<CalendarEvent>();
        bool InWindow(DateOnly d) => d >= from && d <= to;
        var asOf = today is { } clock && view.KnownAt is { } known && DateOnly.FromDateTime(known.UtcDateTime) < clock ? DateOnly.FromDateTime(known.UtcDateTime) : today;
        bool Past(DateOnly d) => asOf is { } now && d < now;

        foreach (var t in timelines.Values)
        {
            var m = t.Measure;
            Segment? previous = null;
            foreach (var s in t.Segments)
            {
                var start = DateOnly.FromDayNumber(s.Start);
                var contiguous = previous is { } p && p.End == s.Start;
                if (InWindow(start) && (!contiguous || previous!.Value.ScheduledPercent != s.ScheduledPercent))
                {
                    var text = contiguous
                        ? $"{m.Title}: {LedgerView.Percent(previous!.Value.ScheduledPercent)} -> {LedgerView.Percent(s.ScheduledPercent)}"
                        : $"{m.Title} {(Past(start) ? "took" : "takes")} effect" + (m.HasRate ? $" at {LedgerView.Percent(s.ScheduledPercent)}" : string.Empty);
                    events.Add(new CalendarEvent(start, contiguous ? CalendarEventKind.Changes : CalendarEventKind.Starts, m.Id, text, s.Rate.Provenance.Sources));
                }

                previous = s;
            }

            if (t.Segments.Length > 0 && t.Segments[^1].End != int.MaxValue)
            {
                var end = DateOnly.FromDayNumber(t.Segments[^1].End);
                if (InWindow(end))
                {
                    events.Add(new CalendarEvent(end, CalendarEventKind.Ends, m.Id, $"{m.Title} {(Past(end) ? "ended" : "ends")}", t.Segments[^1].Rate.Provenance.Sources));
                }
            }
        }

        var extended = view.SuspensionExtensions.ToLookup(x => x.Suspension.Id, StringComparer.Ordinal);
        foreach (var s in view.EffectiveSuspensions)
        {
            var what = s.Points is { } points ? $"{points:0.##} points of {s.MeasureId}" : s.MeasureId;
            if (s.Products is { } scope)
            {
                what += $" on {scope}";
            }

            var extensions = extended[s.Id].ToList();
            if (InWindow(s.Valid.Start))
            {
                // the end first set, then the end it was extended to: the record's history, not only its last state
                var until = extensions.Count > 0 ? $" until {extensions[0].PreviousEnd:yyyy-MM-dd}, since extended " + Until(s.Valid.End)
                    : s.Valid.End is { } e ? $" until {e:yyyy-MM-dd}" : string.Empty;
                events.Add(new CalendarEvent(s.Valid.Start, CalendarEventKind.Suspended, s.Id, $"{s.Title} ({what}){until}", s.Provenance.Sources));
            }

            foreach (var x in extensions.Where(x => InWindow(x.PreviousEnd)))
            {
                var text = $"{s.Title} was to end here; extended {Until(x.NewEnd)} (recorded {x.Provenance.Recorded:yyyy-MM-dd})";
                events.Add(new CalendarEvent(x.PreviousEnd, CalendarEventKind.SuspensionExtended, s.Id, text, x.Provenance.Sources));
            }

            if (s.Valid.End is { } expiry && InWindow(expiry))
            {
                var text = Past(expiry) ? $"{s.Title}: expired on {expiry:yyyy-MM-dd}" : $"{s.Title} expires unless extended";
                events.Add(new CalendarEvent(expiry, CalendarEventKind.SuspensionEnds, s.Id, text, extensions.Count > 0 ? extensions[^1].Provenance.Sources : s.Provenance.Sources));
            }
        }

        foreach (var v in view.Voidings)
        {
            var day = DateOnly.FromDateTime(v.Provenance.Recorded.UtcDateTime);
            if (InWindow(day))
            {
                events.Add(new CalendarEvent(day, CalendarEventKind.Void, v.Id, $"{v.Basis}: {string.Join(", ", v.MeasureIds)} void from {v.Valid.Start:yyyy-MM-dd}", v.Provenance.Sources));
            }
        }

        events.AddRange(view.Notices.Where(n => InWindow(n.Date))
            .Select(n => new CalendarEvent(n.Date, CalendarEventKind.Notice, n.Id, $"{n.Title}: {n.Subject}", n.Provenance.Sources)));
        var suspensions = view.EffectiveSuspensions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        events.AddRange(view.Deadlines.Where(d => InWindow(d.Date))
            // a deadline keeps its announcement's words ("the suspension ends"): once its day is past, what became of
            // the record it is about is said beside them, as the view knows it
            .Select(d => new CalendarEvent(
                d.Date,
                CalendarEventKind.Deadline,
                d.Id,
                Past(d.Date) ? $"{d.Subject} ({Outcome(d, timelines, suspensions)})" : d.Subject,
                d.Provenance.Sources)));
        events.AddRange(view.Agreements.Where(a => InWindow(a.Date))
            .Select(a => new CalendarEvent(a.Date, CalendarEventKind.Agreement, a.Id, a.Place is null ? a.Title : $"{a.Title} ({a.Place})", a.Provenance.Sources)));
        events.AddRange(view.Licences.Where(l => InWindow(l.Date))
            .Select(l => new CalendarEvent(l.Date, CalendarEventKind.Licence, l.Id, l.Title, l.Provenance.Sources)));

        return events.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Subject, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What a passed deadline came to: whether the measure or suspension it is about was still in force the day after
    /// it, was extended, or had ended. A deadline about no record, or one the view does not hold, is only marked as passed.
    /// </summary>
    private static string Outcome(Deadline deadline, IReadOnlyDictionary<string, MeasureTimeline> measures, Dictionary<string, Suspension> suspensions)
    {
        if (deadline.RelatedId is not { } related)
        {
            return "this date has passed";
        }

        var after = deadline.Date.AddDays(1);
        if (suspensions.TryGetValue(related, out var s))
        {
            return s.Valid.Contains(after) ? $"date passed: {s.Title} went on, {Until(s.Valid.End)}"
                : s.Valid.End is { } end && end <= after ? $"date passed: {s.Title} ended on {end:yyyy-MM-dd}"
                : "this date has passed";
        }

        if (measures.TryGetValue(related, out var t) && t.Segments.Length > 0)
        {
            var day = after.DayNumber;
            if (t.Segments.Any(g => g.Start <= day && day < g.End))
            {
                return $"date passed: {t.Measure.Title} stayed in force";
            }

            var last = t.Segments.Where(g => g.End <= day).Select(g => g.End).DefaultIfEmpty(-1).Max();
            return last >= 0 ? $"date passed: {t.Measure.Title} ended on {DateOnly.FromDayNumber(last):yyyy-MM-dd}" : "this date has passed";
        }

        return "this date has passed";
    }

    private static string Until(DateOnly? end) => end is { } e ? $"to {e:yyyy-MM-dd}" : "with no end";
}
