using System.Text;
using System.Text.RegularExpressions;
using Tradewatch.News.Reading;
using Tradewatch.News.Text;
using P = Tradewatch.News.Cleaning.LinePatterns;

namespace Tradewatch.News.Cleaning;

/// <summary>
/// Cleans a report to the article's own text. Each line is judged by the kinds of boilerplate
/// news pages carry (datelines, counters, captions and credits, teasers, promotion, contact lines,
/// navigation fragments), then by its place in the page (a line repeated further down, a trailing
/// list of other stories). A line that reads as prose is kept.
/// </summary>
public static partial class ArticleCleaner
{
    /// <summary>Navigation and widget labels are a few words without a full stop.</summary>
    private const int FragmentMaxWords = 3;

    /// <summary>A dateline that opens the story stands among the page's first lines.</summary>
    private const int OpeningMaxLine = 8;

    /// <summary>A line that prints a date for the page holds little else: the date, a label, a time, a zone, a byline.</summary>
    private const int DatelineMaxTokens = 14;

    /// <summary>Headlines and teaser titles are rarely longer than this.</summary>
    private const int HeadlineMaxWords = 30;

    /// <summary>Lines shorter than this are not tested for repetition: short labels repeat by nature.</summary>
    private const int RepeatMinWords = 5;

    public static CleanReport Clean(SourceReport report)
    {
        var lines = new List<string>();
        // Which lines follow the line before them with no blank line between (never the first): only those can be one paragraph wrapped.
        var continues = new List<bool>();
        var blank = true;
        foreach (var raw in report.Body.Split('\n'))
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            lines.Add(line);
            continues.Add(!blank);
            blank = false;
        }

        var dates = new List<DateCandidate>();
        var verdicts = new RemovalReason?[lines.Count];

        for (var i = 0; i < lines.Count; i++)
        {
            var token = P.LeadingDateToken().Match(lines[i]);
            if (token.Success)
            {
                if (DateText.ParseValue(token.Groups["date"].Value) is { } d)
                {
                    dates.Add(new DateCandidate(d, DateSource.TextToken, token.Value.Trim()));
                }

                lines[i] = lines[i][token.Length..];
                if (lines[i].Length == 0)
                {
                    verdicts[i] = RemovalReason.Dateline;
                }
            }
        }

        if (report.Format == InputFormat.Html)
        {
            // The HTML extractor has already cut the page's furniture with the markup's evidence
            // (containers, link density, element names); line rules written for flat text would
            // only take sentences it rightly kept (list items, table rows, short subheads).
            KeepExtractedText(lines, dates);
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (verdicts[i] is null)
                {
                    verdicts[i] = Judge(lines, i, verdicts, dates);
                }
            }

            RemoveCaptionsBeforeCredits(lines, verdicts);
            RemoveBeforeOpening(lines, verdicts);
            RemoveRepeats(lines, verdicts, report.Metadata.Title);
            RemoveTrailingStoryList(lines, verdicts);
            RemoveUnrelatedHeadlines(lines, verdicts);
            RemoveLearnt(lines, verdicts);
            KeepProseOfAnEmptiedReport(lines, verdicts);
        }

        var headline = FirstHeadline(lines, verdicts);
        var text = new StringBuilder();
        var removed = new List<RemovedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is { } reason)
            {
                removed.Add(new RemovedLine(lines[i], reason));
                continue;
            }

            if (text.Length > 0)
            {
                // A sentence hard-wrapped across lines of one paragraph is put back together; paragraphs stay apart.
                text.Append(continues[i] && verdicts[i - 1] is null && Sentences.Wraps(lines[i - 1], lines[i]) ? " " : "\n\n");
            }

            text.Append(lines[i]);
        }

        return new CleanReport(report, report.Metadata.Title ?? headline ?? string.Empty, text.ToString(), removed, dates);
    }

    /// <summary>
    /// A line the rules kept goes when the learnt models find it unlike an article's: the line model judges
    /// fragments, labels and headings, the sentence model (stricter) the lines that read as sentences.
    /// </summary>
    private static void RemoveLearnt(List<string> lines, RemovalReason?[] verdicts)
    {
        var fragments = LineModel.Shipped;
        var sentences = LineModel.ShippedSentences;
        var page = LineModel.Page.Of(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is not null)
            {
                continue;
            }

            var model = LineModel.Protects(lines[i]) || WrapsInto(lines, i) ? sentences : fragments;
            if (model.Probability(lines, i, page) < model.Threshold)
            {
                verdicts[i] = RemovalReason.Learnt;
            }
        }
    }

    /// <summary>Reasons a line is taken out by its likeness to furniture, not by what it plainly is (a caption, a credit, a promotion, an embed).</summary>
    private static readonly HashSet<RemovalReason> Judged =
        [RemovalReason.Learnt, RemovalReason.Fragment, RemovalReason.Repeated, RemovalReason.Teaser, RemovalReason.OtherStories, RemovalReason.Headline];

    /// <summary>
    /// A report is read because it is an article, so a cleaning that keeps none of its lines has judged wrongly
    /// somewhere, and every claim of the report would be lost with it. Then the lines that read as sentences
    /// (<see cref="LineModel.Protects"/>) and were taken out only by likeness are kept after all: the report's
    /// prose, whatever the page around it looked like.
    /// </summary>
    internal static void KeepProseOfAnEmptiedReport(List<string> lines, RemovalReason?[] verdicts)
    {
        if (verdicts.Any(v => v is null))
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is { } reason && Judged.Contains(reason) && LineModel.Protects(lines[i]))
            {
                verdicts[i] = null;
            }
        }
    }

    /// <summary>
    /// A consent notice: the site telling its reader of its cookies ("This website uses cookies to improve your
    /// experience", "By choosing I Accept, you consent to our use of cookies"), at any length. A report on cookies
    /// quotes or reports it, and the site speaks to the reader outside quotation marks only in its own furniture.
    /// </summary>
    private static bool ConsentNotice(string line) =>
        P.Cookies().IsMatch(line) && P.SiteToReader().IsMatch(Quotations.Blanked(line)) && !P.ReportingVerb().IsMatch(line);

    /// <summary>
    /// A line hard-wrapped in the middle of a sentence (<see cref="Sentences.Wraps"/>) is judged as the
    /// sentence it begins, not as a fragment or a label.
    /// </summary>
    private static bool WrapsInto(List<string> lines, int i) =>
        i + 1 < lines.Count
        && P.Word().Count(lines[i]) >= LineModel.ProtectedWords
        && Sentences.Wraps(lines[i], lines[i + 1].AsSpan().TrimStart());

    /// <summary>Dates on lines of an extracted HTML text are read as candidates; the lines stay.</summary>
    private static void KeepExtractedText(List<string> lines, List<DateCandidate> dates)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (Dateline(lines[i]) is { } date)
            {
                dates.Add(new DateCandidate(date, DateSource.Dateline, DatelineEvidence(lines, i)));
            }
            else if (PrintEdition.Find(lines[i]) is { } print)
            {
                dates.Add(new DateCandidate(print.Date, DateSource.Dateline, lines[i]));
            }
        }
    }

    /// <summary>
    /// A date line's words with the label a page may set on the line above it ("Updated", "Published",
    /// "By Jane Roe"), as the label says whose date it is; else the line alone.
    /// </summary>
    private static string DatelineEvidence(List<string> lines, int i) =>
        i > 0 && P.DateLabel().IsMatch(lines[i - 1]) ? $"{lines[i - 1]} {lines[i]}" : lines[i];

    /// <summary>
    /// A line that begins with the words of the image right above it (its alt text, a whole clause of at least
    /// <see cref="RepeatMinWords"/> words) is that image's caption.
    /// </summary>
    private static bool RepeatsImageAlt(List<string> lines, int i)
    {
        if (i == 0 || P.ImageMarkup().Match(lines[i - 1]) is not { Success: true } image)
        {
            return false;
        }

        var alt = image.Groups["alt"].Value.Trim();
        return WordCount(alt) >= RepeatMinWords && lines[i].StartsWith(alt.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    private static RemovalReason? Judge(List<string> lines, int i, RemovalReason?[] verdicts, List<DateCandidate> dates)
    {
        var line = lines[i];
        var words = WordCount(line);
        var sentence = P.EndsLikeSentence().IsMatch(line);

        if (P.ImageMarkup().IsMatch(line))
        {
            return RemovalReason.Caption;
        }

        if (RepeatsImageAlt(lines, i) || (P.CaptionCreditAfter().IsMatch(line) && !P.ReportingVerb().IsMatch(line)))
        {
            return RemovalReason.Caption;
        }

        if (P.PageNote().IsMatch(line) && words <= 30 && !P.ReportingVerb().IsMatch(line))
        {
            return RemovalReason.Promo;
        }

        if (P.EmbedSignature().IsMatch(line))
        {
            // "— Name (@handle) March 3, 2025" signs the post above it; its date is the post's, not the report's.
            if (i > 0 && verdicts[i - 1] is null or RemovalReason.Learnt)
            {
                verdicts[i - 1] = RemovalReason.Embed;
            }

            return RemovalReason.Embed;
        }

        if (P.EmbedMarker().IsMatch(line) && words <= 60)
        {
            return RemovalReason.Embed;
        }

        if (Dateline(line) is { } date)
        {
            dates.Add(new DateCandidate(date, DateSource.Dateline, DatelineEvidence(lines, i)));
            return RemovalReason.Dateline;
        }

        if (PrintEdition.Find(line) is { } print)
        {
            // "A version of this article appears in print on ...": the edition's date, no sentence of the article.
            dates.Add(new DateCandidate(print.Date, DateSource.Dateline, line));
            return RemovalReason.Dateline;
        }

        if (P.Counter().IsMatch(line))
        {
            return RemovalReason.Counter;
        }

        if ((P.Email().IsMatch(line) || P.ContactPhrase().IsMatch(line)) && words <= 25)
        {
            return RemovalReason.ContactLine;
        }

        if (P.Credit().IsMatch(line) && words <= 25)
        {
            return RemovalReason.Credit;
        }

        if ((P.Byline().IsMatch(line) && words <= 16) || P.EditorsNote().IsMatch(line) || (P.CompanyLine().IsMatch(line) && words <= 8))
        {
            return RemovalReason.Credit;
        }

        if (P.PhotoCredit().IsMatch(line) || P.CaptionPosition().IsMatch(line) || (P.TrailingPhotoCredit().IsMatch(line) && !P.ReportingVerb().IsMatch(line)) || IsUncreditedCaption(line))
        {
            return RemovalReason.Caption;
        }

        if (P.WidgetLabel().IsMatch(line) || P.Breadcrumb().IsMatch(line))
        {
            return RemovalReason.Fragment;
        }

        var teaser = P.Teaser().Match(line);
        if (teaser.Success && (teaser.Length == line.Length || !P.ReportingVerb().IsMatch(line[teaser.Length..]) || !sentence))
        {
            if (teaser.Length == line.Length)
            {
                // A bare "READ MORE:" introduces the teaser's title on the next line; a sentence there is the article again.
                var next = i + 1;
                if (next < lines.Count && verdicts[next] is null && IsHeadlineLike(lines[next]))
                {
                    verdicts[next] = RemovalReason.Teaser;
                }
            }

            return RemovalReason.Teaser;
        }

        // A sentence that reports what someone said is the article's, even when it names a newsletter or a subscription.
        var reported = sentence && words >= LineModel.ProtectedWords && P.ReportingVerb().IsMatch(line);
        if (P.Promo().IsMatch(line) && !reported && (words <= 12 || P.Domain().IsMatch(line) || !P.ReportingVerb().IsMatch(line)))
        {
            return RemovalReason.Promo;
        }

        if (!sentence && TokenCount(line) <= FragmentMaxWords)
        {
            return RemovalReason.Fragment;
        }

        if (P.EndsWithEllipsis().IsMatch(line))
        {
            // A standfirst or teaser cut short by the page; the article's sentences end properly.
            return RemovalReason.Teaser;
        }

        if ((P.Furniture().IsMatch(line) && words <= 40) || (P.ReaderAppeal().IsMatch(line) && !P.ReportingVerb().IsMatch(line)) || ConsentNotice(line))
        {
            return RemovalReason.Promo;
        }

        // A labelled teaser ("Video: ...", "Analysis: ...") once the article has begun: at the top, the same label may head the article itself.
        if (!sentence && P.SectionTeaser().IsMatch(line) && lines.Take(i).Any(l => LineModel.Protects(l)))
        {
            return RemovalReason.Teaser;
        }

        return null;
    }

    /// <summary>The date of a line that is only a date with labels, times and zones around it, else null.</summary>
    private static DateOnly? Dateline(string line)
    {
        // A date line holds one date in at most DatelineMaxTokens tokens, or two ("Updated ... / Original ...") in twice as many.
        var tokens = TokenCount(line);
        if (tokens > 2 * DatelineMaxTokens)
        {
            return null;
        }

        var mentions = DateText.Find(line);
        if (mentions.Count == 0 || tokens > DatelineMaxTokens * Math.Min(mentions.Count, 2))
        {
            return null;
        }

        var rest = line;
        foreach (var m in mentions.OrderByDescending(m => m.Start))
        {
            rest = rest[..m.Start] + " " + rest[m.End..];
        }

        rest = P.DatelineFiller().Replace(rest, " ");
        // What is left is at most a short source or agency name ("Russia Today", "Associated Press"),
        // or a byline: "By" and names, a role, a reading time ("By Jane Roe | March 3, 2025 | 3 min read").
        return WordCount(rest) <= 3 || IsBylineRest(rest) ? Published(line, mentions) : null;
    }

    /// <summary>Of a date line's dates, the one labelled as the publication ("Published ... Updated ..."), else the first.</summary>
    private static DateOnly Published(string line, IReadOnlyList<WrittenDate> mentions)
    {
        foreach (var m in mentions)
        {
            if (P.PublishedLabel().IsMatch(line.AsSpan(0, m.Start)))
            {
                return m.Date;
            }
        }

        return mentions[0].Date;
    }

    /// <summary>What a byline leaves once dates and labels are gone: names in capitals, a role, a reading time.</summary>
    private static bool IsBylineRest(string rest)
    {
        var words = P.Word().Matches(P.ReadingTime().Replace(rest, " ")).Select(m => m.Value).ToList();
        return words.Count is > 0 and <= 8
            && words.All(w => char.IsUpper(w[0]) || P.BylineWord().IsMatch(w))
            && words.Any(w => char.IsUpper(w[0]));
    }

    /// <summary>
    /// A story that opens with a dateline ("WASHINGTON (AP) —", "(CNN) —", "LONDON:") starts there: the
    /// sentences above it, among the page's first lines, are the picture's caption or a teaser. Headline-like
    /// lines stay (the title), and so does a sentence that reports speech (a standfirst).
    /// </summary>
    private static void RemoveBeforeOpening(List<string> lines, RemovalReason?[] verdicts)
    {
        var limit = Math.Min(lines.Count, OpeningMaxLine);
        var open = -1;
        for (var i = 0; i < limit; i++)
        {
            if (verdicts[i] is null && P.EndsLikeSentence().IsMatch(lines[i]) && (P.StoryOpening().IsMatch(lines[i]) || WireDateline.Find(lines[i]) is not null))
            {
                open = i;
                break;
            }
        }

        for (var i = 0; i < open; i++)
        {
            if (verdicts[i] is null && P.EndsLikeSentence().IsMatch(lines[i]) && !P.ReportingVerb().IsMatch(lines[i]))
            {
                verdicts[i] = RemovalReason.Caption;
            }
        }
    }

    /// <summary>A caption stands just above a short standalone credit line ("PHOTO: REUTERS").</summary>
    private static void RemoveCaptionsBeforeCredits(List<string> lines, RemovalReason?[] verdicts)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (verdicts[i] != RemovalReason.Caption || TokenCount(lines[i]) > 12 || !P.StandaloneCredit().IsMatch(lines[i]))
            {
                continue;
            }

            var credit = lines[i];
            var creditOnly = P.StandaloneCredit().Replace(credit, " ");
            if (WordCount(creditOnly) > 8)
            {
                continue;
            }

            var prev = i - 1;
            // A caption describes the picture; a line that reports speech is the article's.
            // So does one that tells of an event in the simple past ("the two sides agreed on Monday to ..."): a caption
            // shows, in the present ("is poured at", "walks past").
            if (verdicts[prev] is null && SentenceCount(lines[prev]) == 1 && TokenCount(lines[prev]) <= 60 && !P.ReportingVerb().IsMatch(lines[prev])
                && !P.SimplePast().IsMatch(lines[prev]))
            {
                verdicts[prev] = RemovalReason.Caption;
            }
        }
    }

    /// <summary>
    /// A line whose text appears again further down (a standfirst that opens the body, a headline
    /// printed twice) is kept once, at its last place; a repeated headline-like line that never
    /// reaches the body goes everywhere. A line that restates the title also goes. Lines that
    /// begin like a removed caption are that caption cut short.
    /// </summary>
    private static void RemoveRepeats(List<string> lines, RemovalReason?[] verdicts, string? title)
    {
        var folded = lines.Select(TextNormal.Fold).ToArray();
        var foldedTitle = title is null ? null : TextNormal.Fold(title);
        var captionStarts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] == RemovalReason.Caption && FirstWords(folded[i], 8) is { } start)
            {
                captionStarts.Add(start);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is not null || WordCount(lines[i]) < RepeatMinWords)
            {
                continue;
            }

            if (FirstWords(folded[i], 8) is { } start && captionStarts.Contains(start))
            {
                verdicts[i] = RemovalReason.Caption;
                continue;
            }

            if (foldedTitle is not null && folded[i] == foldedTitle && !P.EndsLikeSentence().IsMatch(lines[i]))
            {
                verdicts[i] = RemovalReason.Headline;
                continue;
            }

            var laterContains = false;
            var repeats = 0;
            for (var j = 0; j < lines.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }

                if (folded[j] == folded[i])
                {
                    repeats++;
                }

                if (j > i && folded[j].Contains(folded[i], StringComparison.Ordinal))
                {
                    laterContains = true;
                }
            }

            if (repeats > 0 && IsHeadlineLike(lines[i]))
            {
                verdicts[i] = RemovalReason.Headline;
            }
            else if (laterContains)
            {
                verdicts[i] = RemovalReason.Repeated;
            }
        }
    }

    /// <summary>
    /// The page's list of other stories after the article: from the end, a run of headline-like
    /// lines and cut-off teasers, at least two of them teasers, back to the last line that ends
    /// like a sentence of the article.
    /// </summary>
    private static void RemoveTrailingStoryList(List<string> lines, RemovalReason?[] verdicts)
    {
        var start = lines.Count;
        var teasers = 0;
        var headlines = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (verdicts[i] is RemovalReason.Teaser)
            {
                teasers++;
                start = i;
                continue;
            }

            if (verdicts[i] is not null)
            {
                // A headline another rule already took (a labelled teaser, a sponsor line) is still one of the list's headlines.
                headlines += IsHeadlineLike(lines[i]) && WordCount(lines[i]) >= RepeatMinWords ? 1 : 0;
                start = i;
                continue;
            }

            if (IsHeadlineLike(lines[i]))
            {
                headlines++;
                start = i;
                continue;
            }

            break;
        }

        if (teasers < 2 || headlines < 2)
        {
            return;
        }

        for (var i = start; i < lines.Count; i++)
        {
            verdicts[i] ??= RemovalReason.OtherStories;
        }
    }

    /// <summary>
    /// A headline of another story among the article's lines: once the article has begun, a line shaped like
    /// a headline (no full stop, a capital first, four to <see cref="HeadlineMaxWords"/> words) none of whose
    /// content words (at least <see cref="UnrelatedMinContentWords"/>) any other line of the page uses. The
    /// article's own title and subheads share its words; a teaser for unrelated news does not.
    /// </summary>
    private static void RemoveUnrelatedHeadlines(List<string> lines, RemovalReason?[] verdicts)
    {
        var page = LineModel.Page.Of(lines);
        var begun = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!begun)
            {
                begun = verdicts[i] is null && LineModel.Protects(line);
                continue;
            }

            if (verdicts[i] is not null || !IsHeadlineLike(line) || line.EndsWith(':') || !(char.IsUpper(line[0]) || char.IsDigit(line[0]))
                || WordCount(line) < 4 || (i > 0 && OpenSentence(lines[i - 1])) || (i + 1 < lines.Count && char.IsLower(lines[i + 1][0]))
                || PastSpeech().IsMatch(line))
            {
                continue;
            }

            var own = LineModel.ContentWords(line);
            if (own.Count >= UnrelatedMinContentWords && own.All(w => page.LineCounts.GetValueOrDefault(w) <= 1))
            {
                verdicts[i] = RemovalReason.OtherStories;
            }
        }
    }

    /// <summary>Speech reported in the past tense, as a report tells it; a headline says "says".</summary>
    [GeneratedRegex(@"\b(?:said|told)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastSpeech();

    /// <summary>Content words a headline needs before its having none in common with the page says anything.</summary>
    private const int UnrelatedMinContentWords = 3;

    /// <summary>A long line that does not end like a sentence: the line after it may continue it.</summary>
    private static bool OpenSentence(string line) => TokenCount(line) > HeadlineMaxWords && !P.EndsLikeSentence().IsMatch(line);

    /// <summary>
    /// The first headline-like line among the page's first lines, passing over the lines judged furniture
    /// (an image's markup, a widget's label): a headline removed as a repeat of itself still counts.
    /// </summary>
    private static string? FirstHeadline(List<string> lines, RemovalReason?[] verdicts)
    {
        for (var i = 0; i < Math.Min(lines.Count, 6); i++)
        {
            if (verdicts[i] is not (null or RemovalReason.Headline or RemovalReason.Repeated))
            {
                continue;
            }

            var line = lines[i];
            var withoutToken = P.LeadingDateToken().Replace(line, string.Empty);
            var words = WordCount(withoutToken);
            if (words >= 4 && IsHeadlineLike(withoutToken) && Dateline(withoutToken) is null && !P.PhotoCredit().IsMatch(withoutToken))
            {
                return withoutToken;
            }
        }

        return null;
    }

    private static bool IsHeadlineLike(string line) =>
        !P.EndsLikeSentence().IsMatch(line) && TokenCount(line) <= HeadlineMaxWords;

    private static string? FirstWords(string folded, int n)
    {
        var parts = folded.Split(' ');
        return parts.Length >= n ? string.Join(' ', parts.Take(n)) : null;
    }

    /// <summary>A caption without a credit, known by its shape or its verb: one sentence, nothing reported, nothing to come.</summary>
    private static bool IsUncreditedCaption(string line) =>
        (P.DatedCaption().IsMatch(line) || P.ActionCaption().IsMatch(line))
        && SentenceCount(line) == 1 && !P.ReportingVerb().IsMatch(line) && !Tense.IsFuture(line);

    private static int SentenceCount(string line) => P.SentenceBreak().Count(line) + 1;

    private static int TokenCount(string line) => P.Token().Count(line);

    private static int WordCount(string line) => P.Word().Count(line);
}
