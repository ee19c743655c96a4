using Tradewatch.News.Claims;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;
using Tradewatch.News.Text;
using PublicationDates = Tradewatch.News.Dates.PublicationDates;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// A report of a story as the date step sees it: its own date, its text, its duplicate group, and its
/// cleaned report and story features. The text, cleaned report and features are computed or loaded when
/// first asked for: a store loads them only for the reports the step reads, so a story of thousands of
/// reports that date themselves costs a new report a few texts, not thousands.
/// </summary>
public sealed class StoryMember(string id, DatedBy own, Func<string> text, string? url, int group, Func<CleanReport> clean, Func<StoryFeatures> features)
{
    private readonly Lazy<string> text = new(text);
    private readonly Lazy<CleanReport> clean = new(clean);
    private readonly Lazy<StoryFeatures> features = new(features);
    private bool? readable;

    /// <summary>A member whose text is at hand.</summary>
    public StoryMember(string id, DatedBy own, string text, string? url, int group, Func<CleanReport> clean, Func<StoryFeatures> features)
        : this(id, own, () => text, url, group, clean, features)
    {
    }

    public string Id => id;

    /// <summary>The date the report gives itself (<see cref="PublicationDates.Own"/>).</summary>
    public DatedBy Own => own;

    /// <summary>The cleaned text.</summary>
    public string Text => text.Value;

    public string? Url => url;

    /// <summary>
    /// Whether its text can be read (<see cref="Readability"/>): a report in another language, of
    /// figures or of page furniture keeps the date it prints but is given none from its words or its story.
    /// </summary>
    public bool Readable => readable ??= Readability.Unreadable(Text) is null;

    /// <summary>Its duplicate group: members with the same group are copies or versions of each other.</summary>
    public int Group => group;

    public CleanReport Clean => clean.Value;

    public StoryFeatures Features => features.Value;

    public static StoryMember Of(PreparedReport report, int group)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.Own, report.Clean.Text, report.Clean.Source.Metadata.Url, group, () => report.Clean, () => report.Features);
    }
}

/// <summary>
/// The date step over a whole story: each report's own date reconciled with the story's, and each
/// undated report dated by the story's dated reports. <c>analyze</c> runs it once a batch's stories are
/// whole; a store runs it again over a story each time the story gains a report, so both give a report
/// the same date whatever order its story's reports came in.
/// </summary>
public static class StoryDates
{
    /// <summary>Dated reports of a story an undated one is compared with to borrow a date.</summary>
    public const int MaxDateSources = 64;

    /// <summary>Dated reports of other stories whose days an undated report's lead is compared with.</summary>
    public const int MaxOtherStorySources = 256;

    /// <summary>
    /// The days dated reports name, as anchors for the undated reports of other stories: only days a
    /// report names in its words, not its own day taken for its lead's news, as a report of another story
    /// is matched by a sentence of its own. The latest <see cref="MaxOtherStorySources"/> reports are read.
    /// </summary>
    public static IReadOnlyList<EventDays.Anchor> OtherStoryAnchors(IEnumerable<(string Id, string Text, DateOnly Published)> dated)
    {
        ArgumentNullException.ThrowIfNull(dated);
        return dated.OrderBy(d => d.Published).TakeLast(MaxOtherStorySources)
            .SelectMany(d => EventDays.Anchors(d.Id, d.Text, d.Published)).Where(a => !a.Unnamed).ToList();
    }

    /// <summary>
    /// Whether a report joining a story can change the dates <see cref="FromStory"/> gives the story's other
    /// reports: only a report with a date of its own, or a wire dateline whose day the story's year completes,
    /// joins the dated reports the others are dated by. A report that brings no date changes only its own
    /// copy group's dates and those of the reports its story left undated or dated by their own words (which
    /// <see cref="FromMentions"/> may date by it); the rest keep the dates they have.
    /// </summary>
    public static bool DatesOthers(StoryMember joining)
    {
        ArgumentNullException.ThrowIfNull(joining);
        return joining.Own.Date is not null || WireDateline.Find(joining.Clean.Source.Body) is not null;
    }

    /// <summary>
    /// The dates a story's reports take from the story: own dates reconciled with the story's, and the
    /// undated reports dated by the dated ones (by the weekday their lead names, by a copy, else by the
    /// most similar dated report their words admit). Reports no dated report can date stay undated, and
    /// so do reports whose text cannot be read (<see cref="StoryMember.Readable"/>).
    /// </summary>
    public static DatedBy[] FromStory(IReadOnlyList<StoryMember> members, StoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(clusterer);
        var dates = members.Select(m => m.Own).ToArray();
        var storyDates = members.Where(m => m.Own.Date is not null).Select(m => m.Own.Date!.Value).ToList();
        var median = storyDates.Count > 0 ? PublicationDates.Median(storyDates) : default;
        for (var i = 0; i < members.Count; i++)
        {
            // Reconciling changes only an undeclared date far from the story's; checked here first, so a
            // store need not rebuild the cleaned report of one that stays.
            if (dates[i] is { Date: { } own, Source: not DateSource.Declared } && Math.Abs(own.DayNumber - median.DayNumber) > PublicationDates.MaxDaysFromStory)
            {
                dates[i] = PublicationDates.Reconcile(members[i].Clean, dates[i], storyDates);
            }
        }

        // A report that prints the day of its wire dateline but no year takes the year from its story
        // first, so that it dates the others (its copies above all) as a report that prints its date does.
        if (storyDates.Count > 0)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (dates[i].Date is null && members[i].Readable && WireDateline.Find(members[i].Clean.Source.Body) is { } wire
                    && WireDateline.Resolve(wire, median) is { } filed)
                {
                    dates[i] = new DatedBy(filed, DateSource.WireDateline, $"{wire.Evidence} (its year from its story's dated reports, {median:yyyy-MM-dd})", PublicationDates.StoryYearConfidence);
                }
            }
        }

        // Bounded so that a very large story stays linear: its latest dated reports are enough to date the rest.
        var dated = Enumerable.Range(0, members.Count).Where(j => dates[j].Date is not null && (members[j].Own.Date is not null || dates[j].Source == DateSource.WireDateline)).TakeLast(MaxDateSources).ToList();
        List<EventDays.Anchor>? anchors = null;
        var events = new IReadOnlyList<EventDays.PlacedEvent>?[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            if (dates[i].Date is not null || !members[i].Readable)
            {
                continue;
            }

            var member = members[i];
            var candidates = dated;
            if (!dated.Any(j => members[j].Group == member.Group))
            {
                // Not a copy of a dated report: the day its lead's weekday names, as the story's dated reports give it.
                anchors ??= dated.SelectMany(j => EventDays.Anchors(members[j].Id, members[j].Text, dates[j].Date!.Value)).ToList();
                if (EventDays.Match(member.Text, anchors) is { } day)
                {
                    // The event's day must be one the report's own words admit: not on or after a day it tells of as to
                    // come. Its yearless days are read near the story's, not the match's: a day still to come is not put
                    // into the next year by a match that has passed it.
                    var own = MentionedDates.BoundsOf(member.Text, day.Date!.Value, asPublished: true);
                    if (MentionedDates.BoundsOf(member.Text, median) is { Before: { } nearBefore } near && (own.Before is not { } ownBefore || nearBefore < ownBefore))
                    {
                        own = own with { Before = nearBefore, BeforeWords = near.BeforeWords, BeforeByMonth = near.BeforeByMonth };
                    }

                    if (own.Before is not { } ahead || day.Date < ahead)
                    {
                        dates[i] = day;
                        continue;
                    }

                    if (MentionedDates.LeadDayBefore(member.Text, own) is { } before)
                    {
                        dates[i] = before with { Evidence = $"{before.Evidence}; not {day.Date:yyyy-MM-dd}, {day.Evidence}" };
                        continue;
                    }
                }

                // An event it places against its own day that a dated report places too: the days it may have appeared on.
                var placed = Placements(members, dates, i, dated, events);
                if (placed.Where(p => p.Placement.From == p.Placement.To).Select(p => (EventDays.Placement?)p.Placement).FirstOrDefault() is { } one)
                {
                    dates[i] = new DatedBy(one.From, DateSource.Story, one.Evidence, PublicationDates.EventDayConfidence);
                    continue;
                }

                if (OneLeadDay(member, placed) is { } leadDay)
                {
                    dates[i] = leadDay;
                    continue;
                }

                var refuted = placed.Where(p => !p.Placement.Admits(dates[p.Source].Date!.Value)).ToList();
                candidates = [.. dated.Where(j => !refuted.Any(r => r.Source == j))];
                if (candidates.Count == 0 && refuted.Count > 0)
                {
                    dates[i] = Unplaced(refuted, dates);
                    continue;
                }
            }

            // A copy was published when its original was, or near it; else the most similar dated report of
            // the story whose date the report's own words admit (after the days it tells of as past, not
            // after one it looks ahead to).
            var bounds = candidates.Count > 0 ? MentionedDates.BoundsOf(member.Text, PublicationDates.Median([.. candidates.Select(j => dates[j].Date!.Value)])) : default;
            var source = candidates
                .OrderByDescending(j => members[j].Group == member.Group)
                .ThenByDescending(j => bounds.Admits(dates[j].Date!.Value))
                .ThenByDescending(j => clusterer.Similarity(member.Features, members[j].Features))
                .Select(j => (int?)j)
                .FirstOrDefault();
            if (source is { } s)
            {
                dates[i] = members[s].Group == member.Group
                    ? PublicationDates.CopyOf(dates[s], members[s].Id)
                    : PublicationDates.AgainstStory(member.Clean, dates[s].Date!.Value, $"the most similar dated report of its story, {members[s].Id} ({dates[s].Evidence})");
            }
        }

        return dates;
    }

    /// <summary>
    /// Dates the reports <see cref="FromStory"/> left undated by the days their own text names (their
    /// year, when the page gives none, <paramref name="year"/>: that of the dated reports around them),
    /// else by the day a dated report of another story gives for the event their lead tells of
    /// (<paramref name="otherStories"/>, <see cref="OtherStoryAnchors"/>: stories split one event, or its
    /// first report is in another batch), else by such an inference for another report of the story.
    /// Changes <paramref name="dates"/>.
    /// </summary>
    public static void FromMentions(IReadOnlyList<StoryMember> members, DatedBy[] dates, Func<int?> year, StoryClusterer clusterer, Func<IReadOnlyList<EventDays.Anchor>>? otherStories = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(clusterer);
        var ids = Enumerable.Range(0, members.Count).Where(i => dates[i].Date is null && members[i].Readable).ToList();
        foreach (var i in ids)
        {
            var (text, url, why) = (members[i].Text, members[i].Url, dates[i]);
            // A tariff's start the text tells of by its weekday, dated by the schedule, when no day is named by weekday and date.
            Func<int, MentionedDates.Week?> scheduled = inYear => ScheduleDays.WeekOf(text, inYear);
            dates[i] = MentionedDates.Infer(text, url, otherWeek: scheduled, pageYear: () => CopyrightYear.Of(members[i].Clean.Source.Body));
            if (dates[i].Date is null && year() is { } y && MentionedDates.Infer(text, url, y, scheduled) is { Date: not null } withYear)
            {
                dates[i] = withYear with { Evidence = $"{withYear.Evidence}, the year of the batch's dated reports" };
            }

            if (dates[i].Date is null && year() is null && ScheduledYear(text) is { } only
                && MentionedDates.Infer(text, url, only, scheduled) is { Date: not null } byScheduleYear)
            {
                // No year anywhere, nor in the batch: a tariff's start told by its weekday matches the schedule in one year only.
                dates[i] = byScheduleYear with { Evidence = $"{byScheduleYear.Evidence}, the one year in which the schedule has such a start" };
            }

            if (dates[i].Confidence < PublicationDates.OtherStoryEventDayConfidence && otherStories is not null
                && EventDays.Match(text, otherStories(), EventDays.MoreSharedAcrossStories) is { Date: { } matched } day
                && (dates[i].Date is not { } after || (matched >= after && MentionedDates.BoundsOf(text, matched, asPublished: true).Admits(matched))))
            {
                // No day of its own, or only a bound (the latest past day it names), and none from its story: a
                // report of another story may tell of the same event, on a day its words admit.
                var bound = dates[i].Date is null ? string.Empty : $"; not {dates[i].Evidence}, a bound only";
                dates[i] = day with { Evidence = $"{day.Evidence}, in a report of another story{bound}", Confidence = PublicationDates.OtherStoryEventDayConfidence };
            }

            if (dates[i].Date is null)
            {
                // Why its story gave it no date, if it said.
                dates[i] = why;
            }
        }

        var inferred = ids.Where(j => dates[j].Date is not null).ToList();
        var events = new IReadOnlyList<EventDays.PlacedEvent>?[members.Count];
        foreach (var i in ids.Where(i => dates[i].Date is null))
        {
            var placed = Placements(members, dates, i, inferred, events);
            if (OneLeadDay(members[i], placed) is { } leadDay)
            {
                // Placed against reports dated by their own words: no surer than the least sure of them.
                dates[i] = leadDay with { Confidence = Math.Min(leadDay.Confidence, placed.Min(p => dates[p.Source].Confidence)) };
                continue;
            }

            var refuted = placed.Where(p => !p.Placement.Admits(dates[p.Source].Date!.Value)).ToList();
            var source = inferred
                .Where(j => members[j].Group == members[i].Group || !refuted.Any(r => r.Source == j))
                .OrderByDescending(j => members[j].Group == members[i].Group)
                .ThenByDescending(j => clusterer.Similarity(members[i].Features, members[j].Features))
                .Select(j => (int?)j)
                .FirstOrDefault();
            if (source is { } s)
            {
                dates[i] = members[s].Group == members[i].Group
                    ? PublicationDates.CopyOf(dates[s], members[s].Id)
                    : PublicationDates.AgainstStory(members[i].Clean, dates[s].Date!.Value, $"the most similar report of its story, {members[s].Id} ({dates[s].Evidence})");
            }
            else if (refuted.Count > 0)
            {
                dates[i] = Unplaced(refuted, dates);
            }
        }
    }

    /// <summary>
    /// The days member <paramref name="i"/> may have appeared on by each of <paramref name="sources"/> (dated
    /// reports of its story, not its copies) that places an event it tells of too (<see cref="EventDays.Place"/>),
    /// read with its copies' words. <paramref name="events"/> keeps each source's placed events.
    /// </summary>
    private static List<(int Source, EventDays.Placement Placement)> Placements(
        IReadOnlyList<StoryMember> members, DatedBy[] dates, int i, IReadOnlyList<int> sources, IReadOnlyList<EventDays.PlacedEvent>?[] events)
    {
        var result = new List<(int, EventDays.Placement)>();
        IReadOnlyList<(MentionedDates.Placing, HashSet<string>, HashSet<string>)>? told = null;
        foreach (var j in sources)
        {
            if (members[j].Group == members[i].Group)
            {
                continue;
            }

            told ??= EventDays.Told(members.Where(m => m.Group == members[i].Group && m.Readable).Select(m => m.Text));
            if (told.Count == 0)
            {
                break;
            }

            var placed = events[j] ??= EventDays.Placed(members[j].Id, members[j].Text, dates[j].Date!.Value);
            if (EventDays.Place(told, placed) is { } p)
            {
                result.Add((j, p));
            }
        }

        return result;
    }

    /// <summary>
    /// The report's day when its lead names its news by a weekday ("agreed on Tuesday") and the days it may
    /// have appeared on hold that weekday once: the days every event it shares with a dated report allows
    /// (<paramref name="placed"/>, <see cref="Placements"/>: "last month" of a dated report's day), less those
    /// its own words rule out (<see cref="MentionedDates.BoundsOf"/>: a day it still looks ahead to, one it tells of
    /// as past). News of the lead's day appears that day, or the day after when the lead puts it late in the day.
    /// Null when the lead names no weekday, the events' days do not meet, or they hold that weekday more than once.
    /// </summary>
    private static DatedBy? OneLeadDay(StoryMember member, List<(int Source, EventDays.Placement Placement)> placed)
    {
        if (placed.Count == 0 || MentionedDates.Lead(member.Text, member.Url) is not { } lead)
        {
            return null;
        }

        var (from, to) = (placed.Max(p => p.Placement.From), placed.Min(p => p.Placement.To));
        // Yearless days in the year nearest those days; a day named by its weekday and date bounds them too.
        var bounds = MentionedDates.BoundsOf(member.Text, from);
        var reported = (DayOfWeek)(((int)lead.Day + lead.Lag) % 7);
        DateOnly? one = null;
        for (var day = from.AddDays(((int)reported - (int)from.DayOfWeek + 7) % 7); day <= to; day = day.AddDays(7))
        {
            if (!bounds.Admits(day))
            {
                continue;
            }

            if (one is not null)
            {
                return null;
            }

            one = day;
        }

        if (one is not { } found)
        {
            return null;
        }

        var late = lead.Late ? $", reported the day after as {lead.Why}" : string.Empty;
        var events = string.Join("; ", placed.Select(p => p.Placement.Evidence));
        return new DatedBy(found, DateSource.Story, $"the '{lead.Evidence}' of its lead{late}, the one such day from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} that its words admit, as {events}", PublicationDates.EventDayConfidence);
    }

    /// <summary>
    /// The one year of the schedule's changes in which a tariff's start the text tells of by its weekday matches
    /// a change (<see cref="ScheduleDays.WeekOf"/>); null when it tells of none, or it matches in several years.
    /// </summary>
    public static int? ScheduledYear(string text)
    {
        var years = ScheduleDays.All.Select(c => c.Day.Year).Distinct().Where(y => ScheduleDays.WeekOf(text, y) is not null).Take(2).ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>No date, and why: the story's dated reports place the events the report tells of on other days than theirs.</summary>
    private static DatedBy Unplaced(List<(int Source, EventDays.Placement Placement)> refuted, DatedBy[] dates) =>
        new(null, DateSource.None, "no date from its story: " + string.Join("; ", refuted.Select(r =>
            $"{r.Placement.Evidence}, so it appeared from {r.Placement.From:yyyy-MM-dd} to {r.Placement.To:yyyy-MM-dd}, not on {dates[r.Source].Date:yyyy-MM-dd}")));
}
