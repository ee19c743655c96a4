using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Everything the rules share about one document: its sentences, the economies, places, people
/// and pronouns it mentions (in text order), and the gaps met so far.
/// </summary>
internal sealed partial class DocumentContext
{
    public DocumentContext(ClaimDocument document, Gazetteer gazetteer)
    {
        Document = document;
        Gazetteer = gazetteer;
        Text = document.Text;
        Sentences = ClaimSentence.Split(Text, Gaps);
        foreach (Match m in gazetteer.EconomyPattern.Matches(Text))
        {
            EconomyMentions.Add(new Mention(new ClaimSpan(m.Index, m.Index + m.Length), MentionKind.Economy, gazetteer.EconomySurfaces[m.Value]));
        }

        // "European cars", "a 50% European levy": a demonym of a wider region names the economy when its goods or its tariffs follow.
        foreach (Match m in gazetteer.GoodsDemonymPattern.Matches(Text))
        {
            var after = Text.AsSpan(m.Index + m.Length, Math.Min(60, Text.Length - m.Index - m.Length)).ToString();
            if ((TariffFinder.GoodsAfterOrigin().IsMatch(after) || TariffFinder.EconomyBeforeTariff().IsMatch(after))
                && !EconomyMentions.Exists(e => e.Span.Start < m.Index + m.Length && m.Index < e.Span.End))
            {
                EconomyMentions.Add(new Mention(new ClaimSpan(m.Index, m.Index + m.Length), MentionKind.Economy, gazetteer.GoodsDemonyms[m.Value]));
            }
        }

        EconomyMentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        foreach (Match m in gazetteer.PlacePattern.Matches(Text))
        {
            // "Lancaster House", "the New York Times", "the London Metal Exchange": a place's name run on into another
            // capitalised word is the start of a longer name (a venue, a paper, a market), not the place itself.
            if (LongerName().IsMatch(Text.AsSpan(m.Index + m.Length)) || EndsName(Text, m.Index, gazetteer))
            {
                continue;
            }

            PlaceMentions.Add((new ClaimSpan(m.Index, m.Index + m.Length), m.Value));
        }

        // "talks in Stockholm, Sweden", "held in Busan, South Korea": a name written after a preposition of place and set
        // beside a country is a city of that country, whether or not the gazetteer lists it.
        foreach (Match m in CityOfCountry().Matches(Text))
        {
            var city = m.Groups["city"].Value;
            var country = m.Groups["country"].Value;
            var economy = gazetteer.Places.TryGetValue(country, out var known) && !known.IsCity ? known.Economy
                : gazetteer.EconomyNames.FirstOrDefault(e => e.Value == country).Key;
            if (economy is null || gazetteer.Places.ContainsKey(city) || gazetteer.EconomySurfaces.ContainsKey(city) || gazetteer.IsTitle(city)
                || NotCity().IsMatch(city))
            {
                continue;
            }

            var span = new ClaimSpan(m.Groups["city"].Index, m.Groups["city"].Index + city.Length);
            if (!PlaceMentions.Exists(p => p.Span.Start < span.End && span.Start < p.Span.End))
            {
                PlaceMentions.Add((span, city));
                localPlaces.TryAdd(city, (economy, true));
            }
        }

        // "the Swedish capital", "Sweden's capital", "the capital of Sweden": the capital the gazetteer gives that economy.
        foreach (Match m in CapitalOf().Matches(Text))
        {
            var surface = m.Groups["e"].Value;
            var span = new ClaimSpan(m.Index, m.Index + m.Length);
            if (gazetteer.EconomySurfaces.TryGetValue(surface, out var economy) && gazetteer.Capitals.TryGetValue(economy, out var capital)
                && !PlaceMentions.Exists(p => p.Span.Start < span.End && span.Start < p.Span.End))
            {
                PlaceMentions.Add((span, capital));
            }
        }

        PlaceMentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        People = new PeopleFinder(this).Find();
        PersonMentions = new PeopleFinder(this).Mentions(People);
        var organisations = Claims.Organisations.Find(Text, gazetteer, People.Select(p => p.Name));
        Organisations = organisations.Select(o => o.Name).ToList();
        MainOrganisation = organisations is [var main, ..] && main.Count >= 2 ? main.Name : null;
        MainEconomies = EconomyMentions.GroupBy(e => e.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.Key).ToList();
    }

    public ClaimDocument Document { get; }

    public Gazetteer Gazetteer { get; }

    public string Text { get; }

    public DateOnly? Published => Document.Published;

    public List<ExtractionGap> Gaps { get; } = [];

    public List<ClaimSpan> Sentences { get; }

    public List<Mention> EconomyMentions { get; } = [];

    public List<(ClaimSpan Span, string Name)> PlaceMentions { get; } = [];

    private readonly Dictionary<string, (string Economy, bool IsCity)> localPlaces = new(StringComparer.Ordinal);

    /// <summary>Whether a place this document mentions is a city: the gazetteer's, or one the text sets beside its country.</summary>
    public bool IsCity(string place) =>
        Gazetteer.Places.TryGetValue(place, out var known) ? known.IsCity : localPlaces.TryGetValue(place, out var local) && local.IsCity;

    [GeneratedRegex(@"\b(?:in|at|near|outside|visit|visits|visited|visiting|from|to)[ \t]+(?<city>\p{Lu}[\p{Ll}’'\-]+(?:[ \t]+\p{Lu}[\p{Ll}’'\-]+){0,2}),[ \t]+(?<country>(?:the[ \t]+)?\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+){0,2})(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CityOfCountry();

    [GeneratedRegex(@"\b(?:the[ \t]+(?<e>\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+)?)[ \t]+capital|(?<e>\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+)?)['’]s[ \t]+capital|the[ \t]+capital[ \t]+of[ \t]+(?<e>(?:the[ \t]+)?\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+)?))(?![\p{L}])(?![ \t]+(?:markets?|gains?|goods|spending|investments?|flows?|controls?|requirements?|expenditures?|ratios?|buffers?|costs?|stock|base)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalOf();

    /// <summary>The month and weekday names, which may follow or begin a capitalised run without being a name.</summary>
    private const string MonthsAndWeekdays = "January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex(@"^(?:" + MonthsAndWeekdays + @"|The|This|That|Addition|Particular|Contrast|Response|Total|Part|Turn|Return|General|Fact|Short)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotCity();

    /// <summary>
    /// Whether a capitalised word other than a preposition, an article or an economy's or place's name stands straight
    /// before <paramref name="at"/>, with only spaces between: "Kazuo Ueda" names a person, though Ueda is a city; "the
    /// US-China London talks" are held in London.
    /// </summary>
    private static bool EndsName(string text, int at, Gazetteer gazetteer)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end == at || start == end || !char.IsUpper(text[start]) || (start > 0 && text[start - 1] is '-' or '‑' or '–' or '/'))
        {
            return false;
        }

        var word = text[start..end];
        return !NotNameBeforePlace().IsMatch(word) && !gazetteer.EconomySurfaces.ContainsKey(word) && !gazetteer.Places.ContainsKey(word);
    }

    [GeneratedRegex(@"^(?:In|At|From|To|Near|Outside|Inside|Across|Around|Of|On|For|By|With|And|Or|The|Both|Between|Visiting|Visit|Greater|Central|Northern|Southern|Eastern|Western|North|South|East|West|New|Old|Upper|Lower)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotNameBeforePlace();

    /// <summary>A capitalised word straight after a place's name, other than a month or a weekday ("in London Monday").</summary>
    [GeneratedRegex(@"^[ \t]+(?!(?:" + MonthsAndWeekdays + @")\b)\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LongerName();

    public List<PersonRecord> People { get; }

    /// <summary>People, pronouns and role phrases, resolved to full names where possible, in text order.</summary>
    public List<Mention> PersonMentions { get; }

    /// <summary>The companies and bodies the document names, the most named first.</summary>
    public List<string> Organisations { get; }

    /// <summary>The organisation the document names most (at least twice): the one "the company" and "the carrier" stand for.</summary>
    public string? MainOrganisation { get; }

    /// <summary>Economies by how often the document names them.</summary>
    public List<string> MainEconomies { get; }

    /// <summary>Quote spans (inside the marks) with the speaker's economy, so "we" in a quote can be read.</summary>
    public List<(ClaimSpan Span, string Speaker, string? Economy)> Quotes { get; } = [];

    public string Slice(ClaimSpan span) => Text.Substring(span.Start, span.Length);

    private readonly Dictionary<ClaimSpan, List<DateMention>> datesBySentence = [];

    /// <summary>Finds the dates of every sentence once, reporting impossible and unresolved ones in <see cref="Gaps"/>.</summary>
    public void FindDates()
    {
        foreach (var sentence in Sentences)
        {
            datesBySentence[sentence] = DateFinder.Find(Text, sentence, Published, Gaps);
        }
    }

    /// <summary>The dates of one sentence, found once per document (every finder asks). Read only.</summary>
    public List<DateMention> DatesIn(ClaimSpan sentence)
    {
        if (!datesBySentence.TryGetValue(sentence, out var dates))
        {
            dates = DateFinder.Find(Text, sentence, Published, null);
            datesBySentence[sentence] = dates;
        }

        return dates;
    }

    public ClaimSpan SentenceAt(int position)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return new ClaimSpan(Math.Min(position, Text.Length), Math.Min(position, Text.Length));
    }

    public IEnumerable<Mention> EconomiesIn(ClaimSpan span) =>
        EconomyMentions.Where(e => e.Span.Start >= span.Start && e.Span.End <= span.End);

    public IEnumerable<Mention> PeopleIn(ClaimSpan span) =>
        PersonMentions.Where(e => e.Span.Start >= span.Start && e.Span.End <= span.End);

    public PersonRecord? Person(string name) => People.Find(p => p.Name == name);

    /// <summary>The economy a person belongs to, from the roles the text gives or the gazetteer.</summary>
    public string? EconomyOfPerson(string name) =>
        Person(name)?.Economy ?? (Gazetteer.Leaders.TryGetValue(name, out var leader) ? leader.Economy : null);

    /// <summary>The person a pronoun at this position most likely refers to: the last person named before it.</summary>
    public string? ResolvePronoun(int position)
    {
        Mention? last = null;
        for (var i = PersonMentions.Count - 1; i >= 0; i--)
        {
            var m = PersonMentions[i];
            if (m.Span.End <= position && m.Kind == MentionKind.Person)
            {
                last = m;
                break;
            }
        }

        if (EarlierSubject(position, last?.Span.Start ?? -1) is { } subject)
        {
            return subject;
        }

        if (last is not { } named)
        {
            return null;
        }

        // "Trump said he had spoken to Bessent. “...,” he added.": the subject of the sentence that names the people,
        // not the object named last.
        var sentence = SentenceAt(named.Span.Start);
        foreach (var m in PersonMentions)
        {
            if (m.Kind == MentionKind.Person && m.Span.Start >= sentence.Start && m.Span.End <= position && m.Span.Start <= named.Span.Start
                && !ObjectBefore().IsMatch(Text.AsSpan(sentence.Start, m.Span.Start - sentence.Start).ToString()))
            {
                return m.Value;
            }
        }

        return named.Value;
    }

    /// <summary>
    /// "Ravi Patel spoke to farmers on Tuesday. “...,” he said.": a he or she stands only for a person, so a name the
    /// text gives no role, opening one of the last few sentences as its subject, is its referent when no person the
    /// text knows is named after that sentence ends. Null when there is none.
    /// </summary>
    private string? EarlierSubject(int position, int lastNamed)
    {
        var sentence = SentenceIndexAt(position);
        for (var k = sentence; k >= 0 && k >= sentence - PronounReach; k--)
        {
            var s = Sentences[k];
            if (s.End <= lastNamed)
            {
                break;
            }

            if (s.Start < position && SubjectName(s) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>How many sentences back a pronoun may reach for a subject the text gives no role.</summary>
    private const int PronounReach = 3;

    private int SentenceIndexAt(int position)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (position < Sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= Sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Min(lo, Sentences.Count - 1);
    }

    /// <summary>
    /// The name of two or more words that opens <paramref name="sentence"/> as its subject (a verb or a comma follows
    /// it: "Ravi Patel spoke", "Ravi Patel, who ...") when it is no economy, place or person the text already knows;
    /// else null.
    /// </summary>
    public string? SubjectName(ClaimSpan sentence)
    {
        var m = SubjectAtStart().Match(Text, sentence.Start, sentence.Length);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"];
        return PeopleFinder.IsUnknownName(name.Value, Gazetteer) && !PersonMentions.Exists(p => p.Span.Start < name.Index + name.Length && name.Index < p.Span.End)
            ? name.Value : null;
    }

    [GeneratedRegex(@"\G[ \t“""‘]*(?<name>" + PeopleFinder.Name + @")(?=,|[ \t]+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectAtStart();

    /// <summary>
    /// "Jannik Sinner won ... Sinner said": the first name of two or more words before <paramref name="before"/> that
    /// ends with <paramref name="familyName"/> and that the text gives no role (a possessive before it, "Italy's", left
    /// off); else null.
    /// </summary>
    public string? FullNameBefore(string familyName, int before)
    {
        if (familyName.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        for (var m = FullName().Match(Text, 0, before); m.Success; m = m.NextMatch())
        {
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
            var name = string.Join(' ', words);
            if (name.EndsWith(" " + familyName, StringComparison.Ordinal) && PeopleFinder.IsUnknownName(name, Gazetteer))
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(PeopleFinder.Name, RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    // A name after a preposition or a verb that takes it as object ("spoke to X", "met with X", "thanked X"),
    // past any title and determiner before it.
    [GeneratedRegex(@"\b(?:to|with|by|from|about|for|at|of|on|against|toward|towards|than|met|meets|meet|thanked|called|urged|told|asked|named|appointed|criticised|criticized|praised|replaced|and)[ \t]+(?:(?:the|a|an|his|her|their|its|former|[\p{Lu}][\p{L}.’'-]*)[ \t]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectBefore();

    /// <summary>The economy other than <paramref name="not"/> that the document names most.</summary>
    public string? Counterpart(string? not) => MainEconomies.FirstOrDefault(e => e != not);

    /// <summary>
    /// An economy as a reader writes it: the short forms news uses for the three most named ("US", "UK", "EU"),
    /// else the economy's name from the gazetteer ("CA" is "Canada"), so subjects and explanations read as words.
    /// </summary>
    public static string DisplayName(string code) => code switch
    {
        "US" => "US",
        "GB" => "UK",
        "EU" => "EU",
        "*" => "all economies",
        _ => Gazetteer.Default.EconomyNames.TryGetValue(code, out var name) ? name : code,
    };
}
