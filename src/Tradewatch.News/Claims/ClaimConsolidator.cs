using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Consolidates the claims of many reports: within a story, equal or compatible claims become one
/// claim with every source (a surname joins its full name, a quote fragment joins the whole quote,
/// a meeting "in Switzerland" joins the one in Geneva, a date "in May" joins "May 10"); then claims
/// about the same thing that cannot all be true are flagged as conflicts, and look-alikes that can
/// (an approximation, a place and its country, a different scope) are kept as explained
/// non-conflicts. Corroboration counts independent outlets: the documents of one duplicate group
/// count once, and so do the documents of one outlet.
/// </summary>
public static partial class ClaimConsolidator
{
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> GenericTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice president", "prime minister", "ceo", "chief executive", "chairman", "chairwoman", "spokesperson",
        "spokesman", "spokeswoman", "press secretary", "ambassador", "governor", "senator", "chancellor", "premier",
        "economic adviser", "trade negotiator", "chief trade negotiator",
    };

    private sealed class Cluster(ClaimFacts facts, string document, ClaimSpan span)
    {
        public ClaimFacts Facts { get; set; } = facts;

        public List<(string Document, ClaimSpan Span)> Sources { get; } = [(document, span)];

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal) { document };

        public string Id { get; set; } = "";
    }

    public static ConsolidationResult Consolidate(
        IReadOnlyList<DocumentClaims> documents,
        IReadOnlyList<IReadOnlyList<string>> stories,
        IReadOnlyList<IReadOnlyList<string>> duplicates)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(duplicates);
        try
        {
            return ConsolidateStories(documents, stories, duplicates) with
            {
                Gaps = documents.SelectMany(d => d.Gaps.Select(g => new DocumentGap(d.Document.Id, g.Code, g.Position, g.Message))).ToList(),
            };
        }
        finally
        {
            wordSets?.Clear();
            nameSets?.Clear();
        }
    }

    private static ConsolidationResult ConsolidateStories(
        IReadOnlyList<DocumentClaims> documents,
        IReadOnlyList<IReadOnlyList<string>> stories,
        IReadOnlyList<IReadOnlyList<string>> duplicates)
    {
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var id in stories[i])
            {
                storyOf.TryAdd(id, i);
            }
        }

        var independence = Independence(documents, duplicates);
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            published.TryAdd(d.Document.Id, d.Document.Published);
        }

        var claims = new List<ConsolidatedClaim>();
        var conflicts = new List<ClaimDiscrepancy>();
        var notes = new List<ClaimDiscrepancy>();
        var next = 1;
        var groups = documents.GroupBy(d => storyOf.TryGetValue(d.Document.Id, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "doc:" + d.Document.Id, StringComparer.Ordinal);
        foreach (var story in groups)
        {
            var clusters = new List<Cluster>();
            var pending = new List<(Cluster Cluster, string Kind, DiscrepancyType Type, string Text)>();
            var items = story.SelectMany(d => d.Claims.Select(c => (d.Document.Id, Claim: c)))
                .OrderByDescending(x => Specificity(x.Claim.Facts)).ToList();
            foreach (var (doc, claim) in items)
            {
                Add(clusters, doc, claim, pending);
            }

            JoinAgreementReferences(clusters, published);
            JoinMeetingsDatedByPublication(clusters, pending);

            // A meeting with neither place nor venue that joined no placed meeting says too little to stand alone.
            clusters.RemoveAll(c => c.Facts is MeetingFacts { Place: null, Venue: null });
            foreach (var cluster in clusters)
            {
                cluster.Id = "c" + next++.ToString(CultureInfo.InvariantCulture);
            }

            notes.AddRange(pending.Select(p => new ClaimDiscrepancy(p.Kind, [p.Cluster.Id], p.Type, p.Text)));
            foreach (var cluster in clusters)
            {
                var sources = cluster.Sources.OrderBy(s => s.Document, StringComparer.Ordinal).ThenBy(s => s.Span.Start)
                    .Select(s => new ClaimSource(s.Document, s.Span.Start, s.Span.End)).ToList();
                var outlets = cluster.Documents.Select(d => independence.GetValueOrDefault(d, d)).Distinct(StringComparer.Ordinal).Count();
                claims.Add(new ConsolidatedClaim(cluster.Id, cluster.Facts, sources, outlets));
            }

            FindDiscrepancies(clusters, conflicts, notes, published);
        }

        return new ConsolidationResult(claims, conflicts, notes);
    }

    /// <summary>Documents that are copies or versions of each other, or come from one outlet, share a key.</summary>
    private static Dictionary<string, string> Independence(IReadOnlyList<DocumentClaims> documents, IReadOnlyList<IReadOnlyList<string>> duplicates)
    {
        var key = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            key[d.Document.Id] = d.Document.Outlet is { } outlet ? "outlet:" + outlet.ToUpperInvariant() : "doc:" + d.Document.Id;
        }

        // Union the duplicate groups with the outlets: one representative key per connected set.
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        void Union(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                parent[ra] = rb;
            }
        }

        foreach (var (doc, k) in key)
        {
            parent.TryAdd(doc, doc);
            parent.TryAdd(k, k);
            Union(doc, k);
        }

        foreach (var group in duplicates)
        {
            for (var i = 1; i < group.Count; i++)
            {
                parent.TryAdd(group[0], group[0]);
                parent.TryAdd(group[i], group[i]);
                Union(group[0], group[i]);
            }
        }

        return key.Keys.ToDictionary(d => d, Find, StringComparer.Ordinal);
    }

    private static int Specificity(ClaimFacts facts) => facts switch
    {
        PersonFacts p => p.Name.Split(' ').Length * 10 + (p.Role?.Length ?? 0) / 10,
        QuoteFacts q => q.Text.Length,
        MeetingFacts m => (m.Place is not null ? 10 : 0) + (m.Start?.Precision ?? -1) * 3 + (m.Venue is not null ? 1 : 0) + (m.DatedByPublication ? 0 : 2),
        AgreementFacts a => (a.Place is not null ? 10 : 0) + (a.Date?.Precision ?? -1) * 3,
        TariffFacts t => t.AsOf?.Precision ?? -1,
        DeadlineFacts d => d.Date.Precision,
        ExportControlFacts e => e.Items.Count + (e.Count is not null ? 5 : 0),
        _ => 0,
    };

    private static void Add(List<Cluster> clusters, string doc, ExtractedClaim claim, List<(Cluster Cluster, string Kind, DiscrepancyType Type, string Text)> notes)
    {
        var candidates = new List<(Cluster Cluster, int Score)>();
        foreach (var c in clusters)
        {
            var score = Compatibility(c.Facts, claim.Facts);
            if (score > 0)
            {
                candidates.Add((c, score));
            }
        }

        if (candidates.Count > 0)
        {
            var best = candidates.Max(c => c.Score);
            var top = candidates.Where(c => c.Score == best).ToList();
            if (top.Count > 1 && claim.Facts is TariffFacts or DeadlineFacts)
            {
                // A statement without the goods or the day that tell two statements apart ("a 25% tariff on Korea" beside
                // 25% on its steel and 25% on its aluminium; a deadline "next month" beside two days in it) is the one the
                // reports state most; two stated by as many reports leave it apart. Names are not settled so: a surname
                // is no more one person for being common.
                var most = top.Max(c => c.Cluster.Documents.Count);
                top = top.Where(c => c.Cluster.Documents.Count == most).ToList();
            }

            if (top.Count == 1)
            {
                var cluster = top[0].Cluster;
                cluster.Facts = Merge(cluster.Facts, claim.Facts, cluster, notes);
                cluster.Sources.Add((doc, claim.Span));
                cluster.Documents.Add(doc);
                return;
            }
        }

        clusters.Add(new Cluster(claim.Facts, doc, claim.Span));
    }

    /// <summary>
    /// An agreement a report names with neither place nor date ("the truce", "the de-escalation agreement") is one its
    /// parties made by the report's day, and the one the reports speak of most: it joins the dated agreement of those
    /// parties, made on or before the earliest day a report naming it was published, that the most reports state
    /// (of equals, the latest). Two that may both be it (as many reports, one dated only to a month holding the
    /// other's day) leave it alone.
    /// </summary>
    private static void JoinAgreementReferences(List<Cluster> clusters, Dictionary<string, DateOnly?> published)
    {
        foreach (var reference in clusters.Where(c => c.Facts is AgreementFacts { Place: null, Date: null }).ToList())
        {
            var parties = ((AgreementFacts)reference.Facts).Parties;
            var day = reference.Documents.Select(d => published.GetValueOrDefault(d)).Where(d => d is not null).Min();
            if (day is not { } by)
            {
                continue;
            }

            var made = clusters
                .Select(c => (Cluster: c, Date: c.Facts is AgreementFacts { Date: { } date } a && PartiesFit(a.Parties, parties) && FirstDay(date) <= by ? date : default(ClaimDate?)))
                .Where(c => c.Date is not null)
                .OrderByDescending(c => c.Cluster.Documents.Count)
                .ThenByDescending(c => FirstDay(c.Date!.Value))
                .ToList();
            if (made.Count == 0 || (made.Count > 1 && made[1].Cluster.Documents.Count == made[0].Cluster.Documents.Count
                && made[1].Date!.Value.IsCompatibleWith(made[0].Date!.Value)))
            {
                continue;
            }

            var target = made[0].Cluster;
            target.Sources.AddRange(reference.Sources);
            target.Documents.UnionWith(reference.Documents);
            clusters.Remove(reference);
        }
    }

    /// <summary>
    /// A meeting day counted from its reports' publication day ("met on Monday", "concluded two days of talks") is only as
    /// sure as that day. When it fits no other meeting, and the story has one other meeting in the same city, dated in words
    /// and stated by at least as many reports, it is that meeting: it joins it and takes its day.
    /// </summary>
    private static void JoinMeetingsDatedByPublication(List<Cluster> clusters, List<(Cluster Cluster, string Kind, DiscrepancyType Type, string Text)> notes)
    {
        foreach (var counted in clusters.Where(c => c.Facts is MeetingFacts { DatedByPublication: true, Place: not null }).ToList())
        {
            var place = ((MeetingFacts)counted.Facts).Place;
            var read = clusters.Where(c => c != counted && c.Facts is MeetingFacts { DatedByPublication: false, Start: not null } m && m.Place == place).ToList();
            if (read is not [var target] || target.Documents.Count < counted.Documents.Count)
            {
                continue;
            }

            target.Facts = Merge(target.Facts, counted.Facts, target, notes);
            target.Sources.AddRange(counted.Sources);
            target.Documents.UnionWith(counted.Documents);
            clusters.Remove(counted);
        }
    }

    private static DateOnly FirstDay(ClaimDate date) => new(date.Year, Math.Max(date.Month, 1), Math.Max(date.Day, 1));

    /// <summary>
    /// Two agreements' parties fit when the economies one names are all among the other's (at least two): a third
    /// economy a sentence names beside the two (the host of the talks) does not make another agreement.
    /// </summary>
    private static bool PartiesFit(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        var (fewer, more) = x.Count <= y.Count ? (x, y) : (y, x);
        return fewer.Count >= 2 && fewer.All(more.Contains);
    }

    /// <summary>0 when the two cannot be one claim; higher when they agree on more.</summary>
    private static int Compatibility(ClaimFacts a, ClaimFacts b)
    {
        switch (a, b)
        {
            case (PersonFacts x, PersonFacts y):
                return SameName(x.Name, y.Name) && (x.Economy is null || y.Economy is null || x.Economy == y.Economy) && OfficeInDispute(x.Role, y.Role) is null ? 1 : 0;
            case (QuoteFacts x, QuoteFacts y):
                // A word or two in quotation marks ("constructive") is a word the speaker used, maybe in other remarks
                // too: it joins only the same words, not any longer quote that has them.
                return SameName(x.Speaker, y.Speaker) && Overlap(x.Text, y.Text) >= 0.6
                    && (Math.Min(WordSet(x.Text).Count, WordSet(y.Text).Count) >= MinFragmentWords || Normal(x.Text) == Normal(y.Text)) ? 1 : 0;
            case (TariffFacts x, TariffFacts y):
                return x.Imposer == y.Imposer && x.Target == y.Target && x.RatePercent == y.RatePercent && x.ChangePoints == y.ChangePoints
                    && (x.RatePercent is not null || x.Qualifier == y.Qualifier)
                    && ProductsFit(x.Products, y.Products)
                    && (DatesFit(x.AsOf, y.AsOf) || x.DatedByPublication || y.DatedByPublication) ? 1 + (x.Products == y.Products ? 1 : 0) : 0;
            case (MeetingFacts x, MeetingFacts y):
                {
                    var place = PlaceFit(x.Place, y.Place);
                    if (place == 0 || !DatesFit(x.Start, y.Start))
                    {
                        return 0;
                    }

                    if (x.Place is null && y.Place is null && (x.Venue is null || x.Venue != y.Venue) && !(x.Start is not null && y.Start is not null))
                    {
                        return 0;
                    }

                    return place + (x.Venue is not null && x.Venue == y.Venue ? 2 : 0) + (x.Start is not null && y.Start is not null ? 1 : 0);
                }

            case (CallFacts x, CallFacts y):
                return x.Participants.Count(p => y.Participants.Any(q => SameName(p, q))) >= 2 && DatesFit(x.Date, y.Date) ? 1 : 0;
            case (ExportControlFacts x, ExportControlFacts y):
                return x.Imposer == y.Imposer && ItemsOverlap(x.Items, y.Items) && (x.Count is null || y.Count is null || x.Count == y.Count) && DatesFit(x.Date, y.Date)
                    ? 1 + (x.Count is not null && x.Count == y.Count ? 1 : 0) : 0;
            case (LicenceFacts x, LicenceFacts y):
                return x.Imposer == y.Imposer && x.Action == y.Action && (x.Items.Count == 0 || y.Items.Count == 0 || ItemsOverlap(x.Items, y.Items)) ? 1 : 0;
            case (FigureFacts x, FigureFacts y):
                return x.Unit == y.Unit && x.Value == y.Value && Overlap(x.Subject, y.Subject) >= 0.5 && PeriodsFit(x.Period, y.Period)
                    && OwnersFit(x.Subject, y.Subject) ? 1 : 0;
            case (DeadlineFacts x, DeadlineFacts y):
                // "The truce expires next month" and "the truce expires on August 12" are one deadline: a month joins a day
                // inside it when both say the same thing happens (an end or a start) to goods that fit; a month with two
                // such days in it fits both equally and stays apart.
                return x.Date == y.Date ? 2
                    : x.Date.Precision != y.Date.Precision && x.Date.IsCompatibleWith(y.Date) && EventsFit(x.Subject, y.Subject)
                        && GoodsFit(TariffFinder.GoodsClasses(x.Subject), TariffFinder.GoodsClasses(y.Subject)) ? 1 : 0;
            case (AgreementFacts x, AgreementFacts y):
                {
                    if (!PartiesFit(x.Parties, y.Parties))
                    {
                        return 0;
                    }

                    var placeFits = x.Place is null || y.Place is null || x.Place == y.Place;
                    var dateFits = DatesFit(x.Date, y.Date);
                    var anchored = (x.Place is not null && x.Place == y.Place) || (x.Date is not null && y.Date is not null)
                        || (x.Place is null && x.Date is null && y.Place is null && y.Date is null);
                    return placeFits && dateFits && anchored
                        ? 1 + (x.Place is not null && x.Place == y.Place ? 1 : 0) + (x.Parties.Count == y.Parties.Count ? 1 : 0) : 0;
                }

            default:
                return 0;
        }
    }

    private static ClaimFacts Merge(ClaimFacts kept, ClaimFacts added, Cluster cluster, List<(Cluster Cluster, string Kind, DiscrepancyType Type, string Text)> notes)
    {
        switch (kept, added)
        {
            case (PersonFacts x, PersonFacts y):
                {
                    var roles = (x.Role ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)
                        .Concat((y.Role ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries))
                        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    return new PersonFacts(x.Name.Length >= y.Name.Length ? x.Name : y.Name, roles.Count == 0 ? null : string.Join("; ", roles), x.Economy ?? y.Economy);
                }

            case (QuoteFacts x, QuoteFacts y):
                if (!string.Equals(Normal(x.Text), Normal(y.Text), StringComparison.Ordinal))
                {
                    Note(notes, cluster, "quote", DiscrepancyType.QuoteFragment, $"One report quotes \"{Short(y.Text)}\", a part of \"{Short(x.Text)}\"; the same words, not a conflict.");
                }

                return x.Text.Length >= y.Text.Length ? x with { Speaker = x.Speaker.Length >= y.Speaker.Length ? x.Speaker : y.Speaker } : y;
            case (MeetingFacts x, MeetingFacts y):
                {
                    var place = x.Place;
                    if (x.Place is not null && y.Place is not null && x.Place != y.Place)
                    {
                        Note(notes, cluster, "meeting", DiscrepancyType.PlaceInCountry, $"{CityOf(x.Place, y.Place)} is in {CountryOf(x.Place, y.Place)}: one report names the city, another the country.");
                        place = IsCity(x.Place) ? x.Place : y.Place;
                    }

                    place ??= y.Place;
                    var start = Precise(x.Start, y.Start);
                    var end = x.End is null ? y.End : y.End is null ? x.End : DateComparer.Instance.Compare(x.End.Value, y.End.Value) >= 0 ? x.End : y.End;
                    if (!DatesFit(x.Start, y.Start))
                    {
                        // Joined only because one day was counted from a publication day: the day read in words stands, with its end.
                        (start, end) = x.DatedByPublication ? (y.Start, y.End) : (x.Start, x.End);
                    }

                    var people = x.Participants.Concat(y.Participants.Where(p => !x.Participants.Any(q => SameName(p, q)))).ToList();
                    return new MeetingFacts(place, x.Venue ?? y.Venue, start, end, people)
                    {
                        DatedByPublication = start is not null && DatesFit(x.Start, y.Start) && (x.DatedByPublication || x.Start is null) && (y.DatedByPublication || y.Start is null),
                    };
                }

            case (CallFacts x, CallFacts y):
                return x with { Date = Precise(x.Date, y.Date), Participants = x.Participants.Concat(y.Participants.Where(p => !x.Participants.Any(q => SameName(p, q)))).ToList() };
            case (TariffFacts x, TariffFacts y):
                // A field one report read is read, whatever another had to infer.
                return x with
                {
                    // A day a clause names outranks the publication day another report's present tense was dated by.
                    AsOf = x.DatedByPublication && !y.DatedByPublication && y.AsOf is not null ? y.AsOf
                        : y.DatedByPublication && !x.DatedByPublication && x.AsOf is not null ? x.AsOf : Precise(x.AsOf, y.AsOf),
                    DatedByPublication = x.DatedByPublication && y.DatedByPublication,
                    // Goods one report names outrank another's "all": the merged claim must not depend on which came first.
                    Products = x.Products == "all" ? y.Products : x.Products,
                    FromPercent = x.FromPercent ?? y.FromPercent,
                    Inferred = x.Inferred is null || y.Inferred is null ? null : x.Inferred.Intersect(y.Inferred).ToList() is { Count: > 0 } both ? both : null,
                };
            case (ExportControlFacts x, ExportControlFacts y):
                return x with { Items = x.Items.Union(y.Items).ToList(), Date = Precise(x.Date, y.Date), Count = x.Count ?? y.Count };
            case (LicenceFacts x, LicenceFacts y):
                return x with { Items = x.Items.Union(y.Items).ToList(), Date = Precise(x.Date, y.Date) };
            case (AgreementFacts x, AgreementFacts y):
                // The parties both name are the parties; a third one names (the host of the talks) is not.
                return x with { Place = x.Place ?? y.Place, Date = Precise(x.Date, y.Date), Parties = y.Parties.Count < x.Parties.Count ? y.Parties : x.Parties };
            case (FigureFacts x, FigureFacts y):
                return x with { Period = x.Period ?? y.Period, Comparison = x.Comparison ?? y.Comparison };
            case (DeadlineFacts x, DeadlineFacts y):
                return y.Date.Precision > x.Date.Precision ? x with { Date = y.Date } : x;
            default:
                return kept;
        }
    }

    private static void FindDiscrepancies(List<Cluster> clusters, List<ClaimDiscrepancy> conflicts, List<ClaimDiscrepancy> notes, Dictionary<string, DateOnly?> published)
    {
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var a = clusters[i];
                var b = clusters[j];
                var separate = !a.Documents.Overlaps(b.Documents);
                var found = Discrepancy(a, b, separate, published);
                if (found is { } d)
                {
                    (d.IsConflict ? conflicts : notes).Add(d);
                }
            }
        }

        foreach (var group in clusters.Where(c => c.Facts is DatelineFacts).GroupBy(c => c.Documents.First(), StringComparer.Ordinal))
        {
            var dates = group.ToList();
            if (dates.Count > 1)
            {
                conflicts.Add(new ClaimDiscrepancy("published", dates.Select(d => d.Id).ToList(), DiscrepancyType.DateMismatch,
                    $"{group.Key} prints {string.Join(" and ", dates.Select(d => ((DatelineFacts)d.Facts).Value.ToString()))} as its date."));
            }
        }
    }

    private static ClaimDiscrepancy? Discrepancy(Cluster a, Cluster b, bool separate, Dictionary<string, DateOnly?> published)
    {
        var ids = new[] { a.Id, b.Id };
        switch (a.Facts, b.Facts)
        {
            case (TariffFacts x, TariffFacts y) when x.Imposer == y.Imposer && x.Target == y.Target:
                {
                    if (x.FromPercent is { } from && x.RatePercent is { } to && y.ChangePoints is { } by && from - to != by
                        || y.FromPercent is { } from2 && y.RatePercent is { } to2 && x.ChangePoints is { } by2 && from2 - to2 != by2)
                    {
                        var (f, t, c) = x.FromPercent is not null ? (x.FromPercent, x.RatePercent, y.ChangePoints) : (y.FromPercent, y.RatePercent, x.ChangePoints);
                        return new ClaimDiscrepancy("tariff", ids, DiscrepancyType.InconsistentChange,
                            $"{Economy(x.Imposer)} tariffs on {Economy(x.Target)}: a cut from {f}% to {t}% is {f - t} points, not the {c} points another report gives.");
                    }

                    if (!separate || x.RatePercent is null || y.RatePercent is null || x.RatePercent == y.RatePercent)
                    {
                        return null;
                    }

                    var subject = $"{Economy(x.Imposer)} tariff on goods from {Economy(x.Target)}";
                    if (x.Products != y.Products)
                    {
                        return x.Products == "all" || y.Products == "all"
                            ? new ClaimDiscrepancy("tariff", ids, DiscrepancyType.DifferentScope,
                                $"{subject}: {x.RatePercent}% on {x.Products} ({Docs(a)}) and {y.RatePercent}% on {y.Products} ({Docs(b)}) cover different goods or layers; both can hold.")
                            : null;
                    }

                    if (x.Qualifier != y.Qualifier || !Current(x.Qualifier) || !SameTime(x.AsOf, a, y.AsOf, b, published))
                    {
                        return x.Qualifier != y.Qualifier && x.Products == "all"
                            ? new ClaimDiscrepancy("tariff", ids, DiscrepancyType.DifferentTime,
                                $"{subject}: {x.RatePercent}% ({x.Qualifier}, {Docs(a)}) and {y.RatePercent}% ({y.Qualifier}, {Docs(b)}) are rates of different times or standings; both can hold.")
                            : null;
                    }

                    var when = x.AsOf is { } d ? $" on {d}" : y.AsOf is { } e ? $" on {e}" : "";
                    return new ClaimDiscrepancy("tariff", ids, DiscrepancyType.NumericMismatch,
                        $"{subject}, all goods, {x.Qualifier}{when}: {x.RatePercent}% ({Docs(a)}) vs {y.RatePercent}% ({Docs(b)}); one rate on the same goods at the same time cannot be both.");
                }

            case (FigureFacts x, FigureFacts y) when separate && x.Unit == y.Unit && x.Value != y.Value && PeriodsFit(x.Period, y.Period) && x.Period is not null && y.Period is not null:
                {
                    var overlap = Overlap(x.Subject, y.Subject);
                    if (overlap < 0.5)
                    {
                        return null;
                    }

                    if (Scope(x.Subject) != Scope(y.Subject) || (x.Comparison is not null && y.Comparison is not null && x.Comparison != y.Comparison))
                    {
                        return new ClaimDiscrepancy("figure", ids, DiscrepancyType.DifferentScope,
                            $"\"{x.Subject}\" and \"{y.Subject}\" measure different things ({x.Value}{x.Unit} vs {y.Value}{y.Unit}); not a conflict.");
                    }

                    if ((x.Approximate || y.Approximate) && Math.Abs(x.Value - y.Value) <= Math.Max(1m, Math.Abs(x.Value) * 0.05m))
                    {
                        return new ClaimDiscrepancy("figure", ids, DiscrepancyType.Approximation,
                            $"{x.Value}{x.Unit} and {y.Value}{y.Unit} for {x.Subject}: one is an approximation of the other; not a conflict.");
                    }

                    // Precision first: a subject that is only part of the other ("US" beside "US Commerce Department
                    // minimum") may measure something else, so the two must share most of both their words.
                    return overlap >= 0.8 && Overlap(x.Subject, y.Subject, ofLonger: true) >= 0.6
                        ? new ClaimDiscrepancy("figure", ids, DiscrepancyType.NumericMismatch, $"{x.Subject} ({x.Period}): {x.Value}{x.Unit} ({Docs(a)}) vs {y.Value}{y.Unit} ({Docs(b)}).")
                        : null;
                }

            case (FigureFacts x, FigureFacts y) when separate && x.Unit == y.Unit && x.Value != y.Value && Overlap(x.Subject, y.Subject) >= 0.6
                && (x.Approximate || y.Approximate) && Math.Abs(x.Value - y.Value) <= Math.Max(1m, Math.Abs(x.Value) * 0.05m):
                return new ClaimDiscrepancy("figure", ids, DiscrepancyType.Approximation,
                    $"{x.Value}{x.Unit} and {y.Value}{y.Unit} for {x.Subject}: one is an approximation of the other; not a conflict.");
            case (ExportControlFacts x, ExportControlFacts y) when separate && x.Imposer == y.Imposer && x.Count is not null && y.Count is not null
                && x.Count != y.Count && ItemsOverlap(x.Items, y.Items) && DatesFit(x.Date, y.Date):
                return new ClaimDiscrepancy("export-control", ids, DiscrepancyType.CountMismatch,
                    $"{Economy(x.Imposer)} export controls: {x.Count} items ({Docs(a)}) vs {y.Count} ({Docs(b)}) on {string.Join(", ", x.Items.Take(3))}.");
            case (DeadlineFacts x, DeadlineFacts y) when separate && x.Date.IsDay && y.Date.IsDay && x.Date != y.Date
                && Math.Abs(x.Date.AsDate!.Value.DayNumber - y.Date.AsDate!.Value.DayNumber) <= NearDays
                && CommitmentFinder.EventOf(x.Subject) is { } ex && ex == CommitmentFinder.EventOf(y.Subject)
                && GoodsFit(TariffFinder.GoodsClasses(x.Subject), TariffFinder.GoodsClasses(y.Subject)):
                return new ClaimDiscrepancy("deadline", ids, DiscrepancyType.DateMismatch,
                    $"The same {ex} is put on {x.Date} ({Docs(a)}) and on {y.Date} ({Docs(b)}): \"{Short(x.Subject)}\" vs \"{Short(y.Subject)}\"; it cannot fall on both days.");
            case (PersonFacts x, PersonFacts y) when separate && SameName(x.Name, y.Name) && OfficeInDispute(x.Role, y.Role) is { } office:
                {
                    // "Former President X's resort" may speak of a time before X's present term, and offices change
                    // hands between reports: the words alone do not say the two reports speak of one time.
                    var (former, sitting) = FormerRole(x.Role) ? (a, b) : (b, a);
                    return new ClaimDiscrepancy("person", ids, DiscrepancyType.RoleMismatch,
                        $"{x.Name} is called former {office} ({Docs(former)}) and {office} ({Docs(sitting)}): a report may speak of a time before a present term, or the office changed hands between reports; both can hold.");
                }

            case (PersonFacts x, PersonFacts y) when separate && x.Economy is not null && x.Economy == y.Economy && !SameName(x.Name, y.Name):
                {
                    // A former holder and the present one are two people of one office at different times.
                    var title = SpecificTitle(x.Role);
                    return title is not null && !FormerRole(x.Role) && !FormerRole(y.Role) && title == SpecificTitle(y.Role)
                        ? new ClaimDiscrepancy("person", ids, DiscrepancyType.WrongPerson, $"{Economy(x.Economy)} {title}: {x.Name} ({Docs(a)}) vs {y.Name} ({Docs(b)}).")
                        : null;
                }

            default:
                return null;
        }
    }

    /// <summary>
    /// Two days at most this far apart, for the same event of the same goods, are one day misreported; further
    /// apart they are more likely two stages of one measure (cars in April, parts in May).
    /// </summary>
    private const int NearDays = 3;

    /// <summary>The goods two statements are about fit when either names none or they share a class.</summary>
    private static bool GoodsFit(IReadOnlySet<string> x, IReadOnlySet<string> y) => x.Count == 0 || y.Count == 0 || x.Overlaps(y);

    /// <summary>
    /// Two tariffs' goods fit when they are the same words, either is every good, or they name the same classes of goods
    /// ("car" and "cars", "autos" and "vehicles"): the words one report uses for the goods of a rate are not another's.
    /// </summary>
    private static bool ProductsFit(string x, string y)
    {
        if (x == y || x == "all" || y == "all")
        {
            return true;
        }

        var a = TariffFinder.GoodsClasses(x);
        return a.Count > 0 && a.SetEquals(TariffFinder.GoodsClasses(y));
    }

    /// <summary>Two deadlines' subjects fit when they do not say one is an end and the other a start.</summary>
    private static bool EventsFit(string x, string y) =>
        CommitmentFinder.EventOf(x) is not { } ex || CommitmentFinder.EventOf(y) is not { } ey || ex == ey;

    private static bool Current(string qualifier) => qualifier is "in-force" or "announced";

    /// <summary>
    /// Whether two rates can be about the same time: their dates overlap; a claim without a date
    /// speaks of its reports' publication days, so it is compared with a dated claim only when one
    /// of those days falls inside the dated claim's period (April's 145% is not June's 30%).
    /// </summary>
    private static bool SameTime(ClaimDate? x, Cluster a, ClaimDate? y, Cluster b, Dictionary<string, DateOnly?> published)
    {
        if (x is { } dx && y is { } dy)
        {
            return dx.IsCompatibleWith(dy);
        }

        var (dated, undated) = x is { } d1 ? (d1, b) : y is { } d2 ? (d2, a) : (default(ClaimDate?), a);
        if (dated is not { } date)
        {
            return true;
        }

        var days = undated.Documents.Select(d => published.GetValueOrDefault(d)).Where(d => d is not null).Select(d => d!.Value).ToList();
        return days.Count == 0 || days.Exists(day => date.IsCompatibleWith(ClaimDate.Of(day)));
    }

    [GeneratedRegex(@"\b(?:former|ex|then|outgoing|incoming|previous|late|acting|designate|nominee|nominated)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSitting();

    private static bool FormerRole(string? role) => role is not null && NotSitting().IsMatch(role);

    /// <summary>The fewest words a quote must have to be taken for a fragment of a longer one.</summary>
    private const int MinFragmentWords = 3;

    /// <summary>
    /// The office one set of roles says a person has left ("former President") and the other says the person holds
    /// ("President"), with neither saying both; null when the roles agree.
    /// </summary>
    private static string? OfficeInDispute(string? x, string? y)
    {
        static (HashSet<string> Former, HashSet<string> Sitting) Offices(string? roles)
        {
            var former = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var sitting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var role in (roles ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var t in HeadTitles(role))
                {
                    (NotSitting().IsMatch(role[..t.Index]) ? former : sitting).Add(t.Value);
                }
            }

            return (former, sitting);
        }

        var (xf, xs) = Offices(x);
        var (yf, ys) = Offices(y);
        return xf.Except(xs).FirstOrDefault(ys.Contains) ?? yf.Except(ys).FirstOrDefault(xs.Contains);
    }

    [GeneratedRegex(@"\b(?:of|for|at|to|in|with|from|on|under)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleComplement();

    /// <summary>
    /// The titles of the office a role names, not of its complement: "chairman of the committee for the Office of the
    /// Trade Representative" holds the chair, not the office after "of" ("Secretary of State" is one title).
    /// </summary>
    private static IEnumerable<Match> HeadTitles(string role)
    {
        var titles = Gazetteer.Default.TitlePattern.Matches(role).ToList();
        var end = RoleComplement().Matches(role).FirstOrDefault(p => !titles.Exists(t => t.Index <= p.Index && p.Index < t.Index + t.Length))?.Index ?? role.Length;
        return titles.Where(t => t.Index < end);
    }

    private static string? SpecificTitle(string? role)
    {
        if (role is null)
        {
            return null;
        }

        var titles = role.Split("; ", StringSplitOptions.RemoveEmptyEntries).SelectMany(HeadTitles)
            .Select(m => m.Value.ToLowerInvariant()).Where(t => !GenericTitles.Contains(t)).Distinct().ToList();
        return titles.Count == 1 ? titles[0] : null;
    }

    /// <summary>
    /// Whether two figures' subjects may be of one owner: the economies each names before its partner ("share of
    /// Mexico exports to US": Mexico) are the same, or one names none. "Mexico's exports" and "Canada's exports"
    /// are two figures, however many words they share.
    /// </summary>
    private static bool OwnersFit(string a, string b)
    {
        var (x, y) = (Owners(a), Owners(b));
        return x.Count == 0 || y.Count == 0 || x.Overlaps(y);
    }

    /// <summary>The economies a figure's subject names before its partner ("to US", "from US", "with US").</summary>
    private static HashSet<string> Owners(string subject)
    {
        var partner = PartnerWord().Match(subject);
        var head = partner.Success ? subject[..partner.Index] : subject;
        return [.. Gazetteer.Default.EconomyPattern.Matches(head).Select(m => Gazetteer.Default.EconomyOf(m.Value)).OfType<string>()];
    }

    [GeneratedRegex(@"\b(?:to|from|with)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerWord();

    /// <summary>The partner a figure is about ("to US", "from US"), or empty for a total.</summary>
    private static string Scope(string subject)
    {
        var words = Words(subject).ToList();
        var i = words.FindIndex(w => w is "to" or "from" or "with");
        return i >= 0 && i + 1 < words.Count ? words[i] + " " + words[i + 1] : "";
    }

    private static string Docs(Cluster c) => string.Join(", ", c.Documents.Order(StringComparer.Ordinal));

    private static string Economy(string? code) => code is null ? "?" : DocumentContext.DisplayName(code);

    private static void Note(List<(Cluster Cluster, string Kind, DiscrepancyType Type, string Text)> notes, Cluster cluster, string kind, DiscrepancyType type, string text)
    {
        // The claim id is known only once clusters are numbered.
        if (!notes.Exists(n => n.Cluster == cluster && n.Type == type))
        {
            notes.Add((cluster, kind, type, text));
        }
    }

    private static ClaimDate? Precise(ClaimDate? a, ClaimDate? b) =>
        a is null ? b : b is null ? a : b.Value.Precision > a.Value.Precision ? b : a;

    private static bool DatesFit(ClaimDate? a, ClaimDate? b) => a is null || b is null || a.Value.IsCompatibleWith(b.Value);

    private static bool PeriodsFit(string? a, string? b) =>
        a is null || b is null || (ClaimDate.TryParse(a, out var x) && ClaimDate.TryParse(b, out var y) && x.IsCompatibleWith(y));

    private static int PlaceFit(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return 1;
        }

        if (a == b)
        {
            return 3;
        }

        var places = Gazetteer.Default.Places;
        return places.TryGetValue(a, out var pa) && places.TryGetValue(b, out var pb) && pa.Economy == pb.Economy && pa.IsCity != pb.IsCity ? 2 : 0;
    }

    private static bool IsCity(string place) => Gazetteer.Default.Places.TryGetValue(place, out var p) && p.IsCity;

    private static string CityOf(string a, string b) => IsCity(a) ? a : b;

    private static string CountryOf(string a, string b) => IsCity(a) ? b : a;

    private static bool SameName(string a, string b)
    {
        var x = NameWords(a);
        var y = NameWords(b);
        return x.Count > 0 && y.Count > 0 && (x.IsSubsetOf(y) || y.IsSubsetOf(x));
    }

    // Claims are compared pairwise, so the same names and quotes would be split into words again and
    // again: the word sets are kept for the duration of one consolidation, per thread.
    [ThreadStatic]
    private static Dictionary<string, HashSet<string>>? wordSets;

    [ThreadStatic]
    private static Dictionary<string, HashSet<string>>? nameSets;

    private static HashSet<string> WordSet(string text)
    {
        var cache = wordSets ??= new(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var set))
        {
            set = Words(text).ToHashSet(StringComparer.Ordinal);
            cache[text] = set;
        }

        return set;
    }

    private static HashSet<string> NameWords(string name)
    {
        var cache = nameSets ??= new(StringComparer.Ordinal);
        if (!cache.TryGetValue(name, out var set))
        {
            set = Words(name).Where(w => w is not ("mr" or "mrs" or "ms" or "dr")).ToHashSet(StringComparer.Ordinal);
            cache[name] = set;
        }

        return set;
    }

    private static bool ItemsOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var x = a.SelectMany(Words).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return b.SelectMany(Words).Select(Stem).Any(x.Contains);
    }

    private static string Stem(string w) => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w;

    /// <summary>Shared distinct words over the smaller text's distinct words.</summary>
    /// <summary>The share of the words of the shorter text (of the longer, <paramref name="ofLonger"/>) the other has too.</summary>
    private static double Overlap(string a, string b, bool ofLonger = false)
    {
        var x = WordSet(a);
        var y = WordSet(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        return (double)x.Count(y.Contains) / (ofLonger ? Math.Max(x.Count, y.Count) : Math.Min(x.Count, y.Count));
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal))
            .Select(m => m.Value.ToLowerInvariant());

    private static string Normal(string text) => string.Join(' ', Words(text));

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
