using System.Text;
using Dapper;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// A story's undated reports are dated by the store as <c>analyze</c> dates them, whatever order the story's
/// reports arrive in, and a store made by an older version is brought up to date. Run on each provider.
/// </summary>
public sealed class StoreDatingTests
{
    private static SourceReport Report(string name, string text) =>
        ReportReader.Read(name, name, Encoding.UTF8.GetBytes(text)).Reports.Single();

    /// <summary>The invented aluminium story (<see cref="AluminiumStory"/>): an undated digest naming a yearless day, and two dated reports.</summary>
    private static readonly SourceReport Undated = Report(AluminiumStory.UndatedDigest.Name, AluminiumStory.UndatedDigest.Text);

    private static readonly SourceReport[] Dated = [.. AluminiumStory.Dated.Select(r => Report(r.Name, r.Text))];

    private static NewsStore Open(StoreTarget target) => NewsStore.Open(target.Location, TimeProvider.System);

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void An_undated_report_stored_first_is_dated_when_its_story_gains_dated_reports(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var undated = store.Ingest(Undated);
        Assert.Null(store.Story(undated.StoryId)!.Reports.Single().Published);

        foreach (var r in Dated)
        {
            Assert.Equal(undated.StoryId, store.Ingest(r).StoryId);
        }

        Assert.Equal("2026-05-11", store.Story(undated.StoryId)!.Reports.Single(r => r.SourceId == "0-digest.md").Published);
        var story = store.Stories().Single(s => s.Id == undated.StoryId);
        Assert.Equal(("2026-05-11", "2026-05-12"), (story.FirstDate, story.LastDate));

        // Its claims were extracted again with the date: the yearless "June 1" now has its year.
        var steel = store.Claims().Claims.Result.Claims.Select(c => c.Facts).OfType<TariffFacts>().Single(f => f.Imposer == "CA");
        Assert.Equal(new ClaimDate(2026, 6, 1), steel.AsOf);
    }

    /// <summary>An undated report of the aluminium story in our own words, close to the Northern Wire's report but no copy of it.</summary>
    private static readonly SourceReport UndatedNote = Report("e-note.md", """
        ---
        title: Quebec smelters fear for jobs as aluminium talks drag
        outlet: Smelter Notes
        ---
        Jobs at Quebec smelters hang on the aluminium talks, with Canada's metal facing a 25% duty at the American border.

        Marc Tremblay, manager of a plant near Saguenay, counts lost orders for every week the talks stall; minister Anna Kowalski promises they start in Washington soon.
        """);

    /// <summary>
    /// A report that brings no date re-dates only what it can change (<see cref="StoryDates.DatesOthers"/>): after
    /// each report of a story arrives, dated or not, every report has the date <c>analyze</c> gives it over
    /// the reports so far, with the same kind of evidence.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void After_each_report_the_story_has_the_dates_analyze_gives(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var arrived = new List<SourceReport>();
        var ingot = Report(AluminiumStory.Ingot.Name, AluminiumStory.Ingot.Text);
        foreach (var r in (SourceReport[])[Dated[0], UndatedNote, Undated, Dated[1], ingot])
        {
            arrived.Add(r);
            var story = store.Ingest(r).StoryId;
            var expected = NewsPipeline.Analyze(arrived, []).Reports.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => $"{a.Id} {a.Published.Date:yyyy-MM-dd} {a.Published.Source}".ToLowerInvariant());
            var stored = store.Story(story)!.Reports.OrderBy(s => s.SourceId, StringComparer.Ordinal)
                .Select(s => $"{s.SourceId} {s.Published} {s.PublishedFrom}");
            Assert.Equal(expected, stored);
        }

        // The note, dated by the Quayside Post's day while it was the only dated report, kept that day as the undated
        // digest came, and took the Northern Wire's, the report closest to it, once that came: a dated report re-dates the others.
        var note = store.Story(store.Ingest(Undated).StoryId)!.Reports.Single(s => s.SourceId == "e-note.md");
        Assert.Equal(("2026-05-12", "story"), (note.Published, note.PublishedFrom));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Reading_reports_stored_without_claims_extracts_nothing_and_says_so_until_the_next_ingest(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = Open(target))
        {
            store.Ingest(Undated);
            store.Ingest(Dated[0]);
        }

        using (var raw = target.OpenRaw())
        {
            raw.Execute("DELETE FROM report_claims");
        }

        using (var store = Open(target))
        {
            var read = store.Claims().Claims.Result;
            Assert.Empty(read.Claims);
            Assert.Equal(2, read.Gaps.Count(g => g.Code == "claims-not-read"));
        }

        using (var raw = target.OpenRaw())
        {
            Assert.Equal(0, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM report_claims"));
        }

        using (var store = Open(target))
        {
            store.Ingest(Dated[1]);
            var read = store.Claims().Claims.Result;
            Assert.NotEmpty(read.Claims);
            Assert.DoesNotContain(read.Gaps, g => g.Code == "claims-not-read");
        }

        using (var raw = target.OpenRaw())
        {
            Assert.Equal(0, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_claims c WHERE c.report_id = r.id)"));
        }
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_made_before_sources_were_kept_is_brought_up_to_date_and_keeps_its_reports(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = Open(target))
        {
            store.Ingest(Undated);
        }

        // The store as the version before left it: no sources or own dates, and (as before claims were kept) no claims.
        long latest;
        using (var raw = target.OpenRaw())
        {
            latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
            // The migration that kept sources (version 5) and those after it (a proposal's confidence and
            // sentence; the accounts; a report's story date and a story's count of undated reports; the index of a
            // duplicate link's second report; a report's copy group; its sentence keys; its bands' ranks; proposals'
            // readings), undone.
            raw.Execute("DELETE FROM schema_migrations WHERE version >= 5");
            raw.Execute("DROP TABLE api_tokens");
            raw.Execute("DROP TABLE accounts");
            raw.Execute("DELETE FROM report_claims");
            foreach (var column in new[] { "own_date", "own_from", "source" })
            {
                raw.Execute($"ALTER TABLE reports DROP COLUMN {column}");
            }

            foreach (var column in new[] { "confidence", "sentence" })
            {
                raw.Execute($"ALTER TABLE proposals DROP COLUMN {column}");
            }

            raw.Execute("ALTER TABLE reports DROP COLUMN story_date");
            raw.Execute("ALTER TABLE stories DROP COLUMN undated");
            raw.Execute("DROP INDEX duplicates_second");
            raw.Execute("DROP INDEX reports_copy_group");
            raw.Execute("ALTER TABLE reports DROP COLUMN copy_group");
            raw.Execute("DROP TABLE report_sentence_keys");
            raw.Execute("ALTER TABLE reports DROP COLUMN sentence_keyed");
            raw.Execute("DROP INDEX report_bands_key");
            raw.Execute("ALTER TABLE report_bands DROP COLUMN member_rank");
            raw.Execute("CREATE INDEX report_bands_key ON report_bands(band_key)");
            raw.Execute("DROP TABLE proposal_readings");
        }

        using (var store = Open(target))
        {
            foreach (var r in Dated)
            {
                store.Ingest(r);
            }

            var stories = store.Stories();
            var reports = stories.SelectMany(s => store.Story(s.Id)!.Reports).ToList();
            Assert.Equal(3, reports.Count);
            Assert.Equal("2026-05-11", reports.Single(r => r.SourceId == "0-digest.md").Published);
            Assert.NotEmpty(store.Claims().Claims.Result.Claims);
        }

        using (var raw = target.OpenRaw())
        {
            Assert.Equal(latest, raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations"));
            Assert.Equal(0, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_claims c WHERE c.report_id = r.id)"));
        }
    }

    /// <summary>
    /// A story's first and last days are its reports' publication days, as <c>analyze</c> gives them: a report
    /// dated by its address alone (which the clusterer's own dates leave out) dates its story too.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_story_spans_its_reports_publication_days(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var added = store.Ingest(Report("smelter-note.md", """
            ---
            title: Smelter owners count the cost of the aluminium duty
            url: https://foundry.example/2026/05/14/smelter-owners-count-the-cost
            ---
            Smelter owners in Quebec said the 25% duty on aluminium sold to the United States had cost them orders since the spring.
            """));
        var published = store.Story(added.StoryId)!.Reports.Single().Published;
        Assert.NotNull(published);

        var story = store.Stories().Single(s => s.Id == added.StoryId);
        Assert.Equal((published, published), (story.FirstDate, story.LastDate));
        var detail = store.Story(added.StoryId)!.Story;
        Assert.Equal((published, published), (detail.FirstDate, detail.LastDate));
    }
    /// <summary>
    /// A report its story cannot date, stored before a report of another story that names the day of its
    /// lead's event, takes that day as <c>analyze</c> gives it, whichever came first.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_lone_undated_report_is_dated_by_a_later_report_of_another_story(string provider)
    {
        var undated = Report("quota-brief.md", """
            ---
            title: Algarve builders count on cheaper concrete
            ---
            Portugal and Morocco signed a cement quota agreement Tuesday in Lisbon, ending two days of talks between ministers.
            Builders in the Algarve hope for cheaper concrete by the summer, their federation said, as housing starts have slowed.
            Mortgage rates in Portugal have risen for six months, and developers in Faro have put three apartment blocks on hold.
            The federation wants the municipalities to speed up building permits, which now take more than a year.
            """);
        var dated = Report("ministers.md", """
            ---
            title: Sardine fleets press for licences as ministers meet
            published: 2026-03-04
            ---
            Ministers from Portugal and Morocco signed the cement quota agreement in Lisbon on Tuesday after two days of talks.
            Sardine fleets from Peniche want their fishing licences off the Moroccan coast renewed before the season opens.
            The fisheries commission meets in Rabat to set the catch limits, and trawler owners fear a smaller quota for anchovy.
            Fishermen's unions in Nazaré said fuel costs had doubled their losses this winter.
            """);
        var analyzed = NewsPipeline.Analyze([undated, dated], []);
        var expected = analyzed.Reports.Single(r => r.Clean.Id == "quota-brief.md").Published;
        Assert.Equal(new DateOnly(2026, 3, 3), expected.Date);
        Assert.Contains("another story", expected.Evidence, StringComparison.Ordinal);

        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var first = store.Ingest(undated);
        Assert.Null(store.Story(first.StoryId)!.Reports.Single().Published);
        Assert.NotEqual(first.StoryId, store.Ingest(dated).StoryId);
        Assert.Equal("2026-03-03", store.Story(first.StoryId)!.Reports.Single().Published);
    }
}
