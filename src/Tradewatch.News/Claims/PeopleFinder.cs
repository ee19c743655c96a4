using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds people and their roles: a title before a name ("Treasury Secretary Scott Bessent"), an
/// apposition after it ("Kevin Hassett, the director of the ..."), a role before a comma and a name
/// ("the ministry's chief trade negotiator, Li Chenggang"), or a name "of" an organisation that
/// speaks ("Lynne Song of ING Economics said"). Then finds every later reference to them: the full
/// name, the surname ("Mr. Hassett"), a bare title ("the US president"), a pronoun.
/// </summary>
internal sealed partial class PeopleFinder(DocumentContext context)
{
    // Atomic: a name token never ends inside a word, so backtracking into one (quadratic in its
    // length, and compounded over the tokens of a name) could only produce failures.
    public const string NameToken = @"(?>\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{L}'’\-]*|\p{Lu}\.|\p{Lu}(?=[ \t]+\p{Lu}\p{Ll}))";
    public const string Name = NameToken + @"(?:[ \t]+(?:(?:von|van|der|den|de|da|bin|al|le|la|du|dos|del)[ \t]+)*" + NameToken + @"){0,3}";

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An", "In",
        "On", "At", "But", "And", "If", "It", "This", "That", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
        "Sir", "They", "We", "She", "His", "Her", "Its", "Their", "Our", "After", "Before", "While", "When", "As",
        "For", "From", "With", "By", "To", "Of", "Office", "Ministry", "Department", "House", "Council", "Commission",
        "Last", "Next", "Earlier", "Later", "Both", "Top", "Senior", "Former", "Acting", "Meanwhile", "However",
        "Chinese", "American", "British", "European", "Minister", "Secretary", "President", "Premier", "Director",
        "Representative", "Trade", "Commerce", "Treasury", "Customs", "General", "Administration", "Reuters",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a capitalised phrase could be the name of someone the text gives no title or role: two words or more,
    /// not opened by a function word, a month or a title, and no economy or place the gazetteer knows.
    /// </summary>
    public static bool IsUnknownName(string phrase, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        var first = phrase[..space];
        return !NotNames.Contains(first) && !SentenceOpeners.Contains(first) && !gazetteer.IsTitle(first)
            && gazetteer.EconomyOf(phrase) is null && !gazetteer.Places.ContainsKey(phrase);
    }

    /// <summary>
    /// Whether one capitalised word could be a family name (or an organisation's one-word name): not a function word, a
    /// month, a day, a title, a role, an economy or a place the gazetteer knows.
    /// </summary>
    public static bool CouldBeFamilyName(string word, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return word.Length >= 2 && !word.Contains(' ', StringComparison.Ordinal) && !NotNames.Contains(word) && !SentenceOpeners.Contains(word)
            && !gazetteer.IsTitle(word) && !gazetteer.IsRoleHead(word.ToLowerInvariant()) && gazetteer.EconomyOf(word) is null && !gazetteer.Places.ContainsKey(word);
    }

    /// <summary>Adverbs and connectives that open a sentence before a title without belonging to it.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "Yesterday", "Today", "Tonight", "Tomorrow", "Now", "Then", "Also", "Separately", "Still", "Instead", "Meanwhile",
        "Earlier", "Later", "Again", "Here", "There", "Thus", "So", "Yet", "Even", "Only", "Outgoing", "Incoming",
        "Newly", "Veteran", "Longtime", "Embattled", "Under", "Speaking", "Asked", "Overnight", "Elsewhere", "Indeed", "Last",
        "This", "Next", "Nor", "Or", "Since", "Until", "Although", "Though", "Because", "Once", "Moreover", "Similarly", "Likewise",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "its", "his", "her", "their", "our" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G[ \t]+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfterTitle();

    [GeneratedRegex(@"\b(?:Presidents|Leaders|leaders|presidents)[ \t]+(?<a>" + Name + @")[ \t]+and[ \t]+(?<b>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex PluralTitle();

    [GeneratedRegex(@"(?<name>" + Name + @"),[ \t]+(?<who>who[ \t]+(?:serves|served|is|was|has[ \t]+been)[ \t]+(?:as[ \t]+)?)?(?:(?:the|a|an)[ \t]+)?(?<role>(?:[^,.;:()“”""\n]|\.(?=\S)){2,160}?)(?=[ \t]*[,.;:)\n]|[ \t]*$|[ \t]+(?:said|says|told|who|which|and[ \t]+(?:said|told)|expressed|added)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    [GeneratedRegex(@"(?<![\p{L}])(?<det>[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.]*(?:'s|’s))[ \t]+(?<role>(?:[^,;:()“”""\n.]|\.(?=\S)){2,160}?),[ \t]+(?<name>" + Name + @")(?=[ \t]*(?:[,.;\n]|$)|[ \t]+(?:said|says|told|also|who|and)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleBeforeName();

    [GeneratedRegex(@"(?<name>" + Name + @")[ \t]+of[ \t]+(?<org>\p{Lu}[\p{L}&.'’\-]*(?:[ \t]+\p{Lu}[\p{L}&.'’\-]*){0,4})[ \t]+(?:said|says|told|wrote|noted|added|argued|warned|estimated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameOfOrganisation();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+(?<name>" + NameToken + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\b(?:he|she|He|She)\b(?![ \t]+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    // "Brian Doe, a former adviser to President Ann Roe, said": a titled name the role only points to, after a preposition.
    [GeneratedRegex(@"\b(?:to|of|for|under|with|at|from)[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    /// <summary>
    /// A well-known office holder named by family name alone ("Trump said", "Carney and Sheinbaum spoke", "Mr Xi",
    /// "President Trump"): the name as a whole word, joined to no capitalised word on either side but an honorific or a
    /// title. Any use joined to another name ("Melania Trump", "Li Chenggang", "Trump Tower") leaves the name to others.
    /// </summary>
    private bool SurnameAlone(string text, string full)
    {
        var g = context.Gazetteer;
        var surname = Gazetteer.FamilyName(full, g.Leaders[full].Economy);
        if (surname.Length < 2 || !g.LeaderSurnames.ContainsKey(surname))
        {
            return false;
        }

        var alone = false;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if ((at > 0 && IsWordChar(text[at - 1])) || (end < text.Length && IsWordChar(text[end])))
            {
                continue;
            }

            var before = CapitalisedWordBefore(text, at);
            var after = CapitalisedWordAfter(text, end);
            if ((after is not null && full.StartsWith(surname + " " + after, StringComparison.Ordinal))
                || (before is not null && full.EndsWith(before + " " + surname, StringComparison.Ordinal)))
            {
                continue; // the full name, found above
            }

            if ((before is not null && !g.IsTitle(before) && before is not ("Mr" or "Mrs" or "Ms" or "Dr")) || after is not null)
            {
                return false;
            }

            alone = true;
        }

        return alone;
    }

    /// <summary>The capitalised word right before <paramref name="at"/> in its sentence ("Melania" in "Melania Trump"), else null.</summary>
    private static string? CapitalisedWordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end == at || end == 0)
        {
            return null;
        }

        var honorific = text[end - 1] == '.';
        var start = honorific ? end - 1 : end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))
        {
            start--;
        }

        var word = text[start..(honorific ? end - 1 : end)];
        if (word.Length == 0 || !char.IsUpper(word[0]) || (honorific && word is not ("Mr" or "Mrs" or "Ms" or "Dr")))
        {
            return null; // a sentence's end ("... on Monday. Trump said")
        }

        var rest = text.AsSpan(0, start).TrimEnd(" \t");
        return rest.Length > 0 && rest[^1] is not ('.' or '!' or '?' or '\n' or '"' or '“' or '”' or ':') ? word : null;
    }

    /// <summary>The capitalised word right after <paramref name="end"/> ("Tower" in "Trump Tower"), else null.</summary>
    private static string? CapitalisedWordAfter(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start == end || start == text.Length || !char.IsUpper(text[start]))
        {
            return null;
        }

        var stop = start;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-'))
        {
            stop++;
        }

        return text[start..stop];
    }

    /// <summary>A capitalised word qualifying a title that is no word of rank ("Ontario" in "Ontario Premier", not "Acting" or "Deputy").</summary>
    [GeneratedRegex(@"\b(?!(?:Acting|Deputy|Former|Vice|Chief|Senior|Interim|Incoming|Outgoing|Then|The|New|Top)\b)\p{Lu}[\p{L}'’\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex ElsewhereQualifier();

    public List<PersonRecord> Find()
    {
        var people = new List<PersonRecord>();
        var titled = new List<ClaimSpan>();
        var text = context.Text;
        var g = context.Gazetteer;

        foreach (Match t in g.TitlePattern.Matches(text))
        {
            var nameMatch = NameAfterTitle().Match(text, t.Index + t.Length);
            if (!nameMatch.Success)
            {
                continue;
            }

            var name = CleanName(nameMatch.Groups["name"].Value);
            if (name is null)
            {
                continue;
            }

            var (roleStart, prefixEconomy) = ExtendRoleLeft(t.Index);
            var role = text[roleStart..t.Index] + g.FullTitle(t.Value);
            if (FormerBefore().IsMatch(text.AsSpan(Math.Max(0, roleStart - 40), roleStart - Math.Max(0, roleStart - 40))))
            {
                // "former U.S. President ...": the office held before, not now.
                role = "former " + role;
            }

            var span = new ClaimSpan(roleStart, t.Index + t.Length + (nameMatch.Length - (nameMatch.Groups["name"].Length - name.Length)));
            // "Ontario Premier", "Bavarian Finance Minister": a title qualified by a name that is no economy is held there, so
            // the economy the bare title implies ("Premier" in China) is not this person's.
            var heldElsewhere = ElsewhereQualifier().IsMatch(text.AsSpan(roleStart, t.Index - roleStart));
            var economy = prefixEconomy ?? EconomyInRole(role) ?? (heldElsewhere ? null : g.TitleEconomy(t.Value));
            Register(people, name, role, span, economy);
            titled.Add(span);
        }

        foreach (Match m in PluralTitle().Matches(text))
        {
            var role = m.Value.StartsWith("Pres", StringComparison.OrdinalIgnoreCase) ? "President" : "leader";
            foreach (var group in new[] { "a", "b" })
            {
                var name = CleanName(m.Groups[group].Value);
                if (name is not null)
                {
                    Register(people, name, role, new ClaimSpan(m.Index, m.Index + m.Length), null);
                }
            }
        }

        foreach (var (full, leader) in g.Leaders)
        {
            if (text.Contains(full, StringComparison.Ordinal) || SurnameAlone(text, full))
            {
                var record = Register(people, full, null, default, leader.Economy);
                record.Economy ??= leader.Economy;
            }
        }

        foreach (Match m in Apposition().Matches(text))
        {
            var name = ResolveName(m.Groups["name"].Value, people);
            var role = m.Groups["role"].Value;
            if (name is null || !IsRolePhrase(role) || titled.Exists(s => s.Start >= m.Groups["role"].Index && s.Start < m.Groups["role"].Index + role.Length
                    && !PrepositionBefore().IsMatch(text.AsSpan(m.Groups["role"].Index, s.Start - m.Groups["role"].Index))))
            {
                continue;
            }

            Register(people, name, role, new ClaimSpan(m.Index, m.Groups["role"].Index + role.Length), EconomyInRole(role));
        }

        foreach (Match m in RoleBeforeName().Matches(text))
        {
            var name = ResolveName(m.Groups["name"].Value, people);
            var role = TrimToHead(m.Groups["role"].Value);
            if (name is null || role is null)
            {
                continue;
            }

            var start = m.Groups["role"].Index + m.Groups["role"].Length - role.Length;
            Register(people, name, role, new ClaimSpan(start, m.Groups["name"].Index + m.Groups["name"].Length), EconomyInRole(role));
        }

        // "Japan's chief negotiator Ryosei Akazawa", "union president David McCall": a role noun in lower case, with up to
        // three words qualifying it, straight before a name, where no title of the gazetteer was read. Only the role list's
        // nouns: another noun of a person there more often describes a company ("the grain trader Archer Daniels Midland").
        foreach (Match m in RoleNounThenName().Matches(text))
        {
            var head = m.Groups["head"].Value;
            if (!g.RoleHeads.Contains(head) || titled.Exists(s => s.Start < m.Index + m.Length && m.Index < s.End))
            {
                continue;
            }

            var name = ResolveName(m.Groups["name"].Value, people);
            var role = TrimToHead(m.Groups["role"].Value);
            if (name is null || role is null)
            {
                continue;
            }

            var roleStart = m.Groups["role"].Index + m.Groups["role"].Length - role.Length;
            var (_, economy) = ExtendRoleLeft(roleStart);
            Register(people, name, role, new ClaimSpan(roleStart, m.Groups["name"].Index + m.Groups["name"].Length), economy ?? EconomyInRole(role));
        }

        foreach (Match m in NameOfOrganisation().Matches(text))
        {
            var name = ResolveName(m.Groups["name"].Value, people);
            var org = m.Groups["org"].Value;
            if (name is null || g.PlacePattern.IsMatch(org) || g.EconomySurfaces.ContainsKey(org))
            {
                continue;
            }

            Register(people, name, org, new ClaimSpan(m.Index, m.Groups["org"].Index + org.Length), null);
        }

        return people;
    }

    /// <summary>
    /// Where the forms occur as whole words, left to right without overlap, the longest form winning
    /// where several start at one place: what an alternation regex of the forms (longest first) would
    /// match, without building and interpreting a new regex for every document.
    /// </summary>
    private static List<(int Start, string Form)> Occurrences(string text, IEnumerable<string> forms)
    {
        var found = new List<(int Start, string Form)>();
        foreach (var form in forms)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
                {
                    found.Add((at, form));
                }
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Form.Length.CompareTo(a.Form.Length));
        var result = new List<(int Start, string Form)>();
        var next = 0;
        foreach (var hit in found)
        {
            if (hit.Start >= next)
            {
                result.Add(hit);
                next = hit.Start + hit.Form.Length;
            }
        }

        return result;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>Every reference to a known person, every pronoun, every bare title that names one person.</summary>
    public List<Mention> Mentions(List<PersonRecord> people)
    {
        var text = context.Text;
        var mentions = new List<Mention>();
        if (people.Count > 0)
        {
            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in people)
            {
                forms[p.Name] = p.Name;
                var tokens = p.Name.Split(' ');
                if (tokens.Length < 2)
                {
                    continue;
                }

                foreach (var token in new[] { tokens[^1], tokens[0] })
                {
                    if (token.Length < 2 || NotNames.Contains(token) || token is "He" or "She")
                    {
                        continue;
                    }

                    if (forms.TryGetValue(token, out var other) && other != p.Name)
                    {
                        ambiguous.Add(token);
                    }

                    forms.TryAdd(token, p.Name);
                }
            }

            foreach (var a in ambiguous)
            {
                forms.Remove(a);
            }

            foreach (var (start, form) in Occurrences(text, forms.Keys))
            {
                mentions.Add(new Mention(new ClaimSpan(start, start + form.Length), MentionKind.Person, forms[form]));
            }

            foreach (Match m in Honorific().Matches(text))
            {
                var name = people.Find(p => p.Name.Split(' ').Contains(m.Groups["name"].Value))?.Name;
                if (name is not null)
                {
                    mentions.Add(new Mention(new ClaimSpan(m.Index, m.Index + m.Length), MentionKind.Person, name));
                }
            }

            foreach (Match t in context.Gazetteer.TitlePattern.Matches(text))
            {
                if (NameAfterTitle().IsMatch(text.AsSpan(t.Index + t.Length)) || mentions.Exists(x => Overlaps(x.Span, t.Index, t.Length)))
                {
                    continue;
                }

                var (start, economy) = ExtendRoleLeft(t.Index);
                var holders = people.Where(p => p.Roles.Exists(r => r.Role.EndsWith(context.Gazetteer.FullTitle(t.Value), StringComparison.OrdinalIgnoreCase)
                        || context.Gazetteer.Leaders.TryGetValue(p.Name, out var l) && l.Office.Equals(t.Value, StringComparison.OrdinalIgnoreCase))
                    && (economy is null || p.Economy is null || p.Economy == economy)).ToList();
                if (holders.Count == 1)
                {
                    mentions.Add(new Mention(new ClaimSpan(start, t.Index + t.Length), MentionKind.Person, holders[0].Name));
                }
            }
        }

        foreach (Match m in Pronoun().Matches(text))
        {
            if (!mentions.Exists(x => Overlaps(x.Span, m.Index, m.Length)))
            {
                mentions.Add(new Mention(new ClaimSpan(m.Index, m.Index + m.Length), MentionKind.Pronoun, m.Value.ToLowerInvariant()));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    private static bool Overlaps(ClaimSpan span, int start, int length) => span.Start < start + length && start < span.End;

    private PersonRecord Register(List<PersonRecord> people, string name, string? role, ClaimSpan span, string? economy)
    {
        // "Economist Li Wei of ..." at a sentence's start: the capitalised title is a role, not a first name.
        // "Chief Economist Carl Weinberg of ...": a title of two or three words before the name as well.
        var tokens = name.Split(' ');
        for (var k = Math.Min(3, tokens.Length - 2); k >= 1; k--)
        {
            var prefix = string.Join(' ', tokens[..k]);
            if (context.Gazetteer.IsTitle(prefix))
            {
                role ??= prefix;
                name = string.Join(' ', tokens[k..]);
                break;
            }
        }

        var record = people.Find(p => p.Name == name);
        if (record is null)
        {
            // A surname alone joins the full name already found ("Trump" and "Donald Trump").
            record = people.Find(p => p.Name.EndsWith(" " + name, StringComparison.Ordinal) || p.Name.StartsWith(name + " ", StringComparison.Ordinal));
            if (record is null && !name.Contains(' ', StringComparison.Ordinal)
                && context.Gazetteer.LeaderSurnames.TryGetValue(name, out var full))
            {
                record = people.Find(p => p.Name == full);
                name = full;
            }

            if (record is null)
            {
                var shorter = people.Find(p => !p.Name.Contains(' ', StringComparison.Ordinal) && name.EndsWith(" " + p.Name, StringComparison.Ordinal));
                if (shorter is not null)
                {
                    shorter.Name = name;
                    record = shorter;
                }
            }

            if (record is null)
            {
                record = new PersonRecord(name);
                people.Add(record);
            }
        }

        if (role is not null)
        {
            record.AddRole(role, span, economy);
        }
        else
        {
            record.Economy ??= economy;
        }

        return record;
    }

    /// <summary>A full name as written, or a single name that stands for a person already found.</summary>
    private string? ResolveName(string raw, List<PersonRecord> people)
    {
        var name = CleanName(raw);
        if (name is null)
        {
            return null;
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return context.Gazetteer.Places.ContainsKey(name) ? null : name;
        }

        return people.Find(p => p.Name.Split(' ').Contains(name))?.Name;
    }

    private string? CleanName(string raw)
    {
        var tokens = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        // A possessive ends the name: "Donald Trump's Mar-a-Lago resort" names Donald Trump.
        var owner = tokens.FindIndex(t => t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal));
        if (owner >= 0)
        {
            tokens[owner] = tokens[owner][..^2];
            tokens.RemoveRange(owner + 1, tokens.Count - owner - 1);
        }

        var kept = new List<string>();
        foreach (var token in tokens)
        {
            // A country or region ends a name; a city's name may be a family name too ("Kazuo Ueda", and Ueda in Japan).
            if (NotNames.Contains(token) || context.Gazetteer.EconomySurfaces.ContainsKey(token)
                || (context.Gazetteer.Places.TryGetValue(token, out var place) && !place.IsCity))
            {
                break;
            }

            kept.Add(token);
        }

        while (kept.Count > 0 && kept[^1] is "von" or "van" or "der" or "den" or "de" or "da" or "bin" or "al" or "le" or "la" or "du" or "dos" or "del")
        {
            kept.RemoveAt(kept.Count - 1);
        }

        // An initial opens a name only before a given name ("D. John Sauer"), never alone ("U.").
        var initialFirst = kept.Count >= 2 && kept[0].Length == 2 && kept[0][1] == '.' && kept[1].Any(char.IsLower);
        return kept.Count == 0 || (kept[0].EndsWith('.') && !initialFirst) ? null : string.Join(' ', kept);
    }

    /// <summary>
    /// Walks left from a title over capitalised words ("White House", "U.S.") that belong to it,
    /// stopping at a demonym or a possessive ("Chinese", "Britain's"), which give the economy.
    /// </summary>
    private (int Start, string? Economy) ExtendRoleLeft(int titleStart)
    {
        var text = context.Text;
        var start = titleStart;
        string? economy = null;
        for (var words = 0; words < 5; words++)
        {
            var i = start - 1;
            if (i < 0 || text[i] is not (' ' or '\t'))
            {
                break;
            }

            var wordStart = i;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '\'' or '’'))
            {
                wordStart--;
            }

            var raw = text[wordStart..i];
            if (raw.Length == 0)
            {
                break;
            }

            if (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal))
            {
                economy = context.Gazetteer.EconomyOf(raw[..^2]);
                break;
            }

            // "Northfield Research. Trade lawyer ...": a word that ends a sentence is not part of the role (abbreviations such as "U.S." are).
            if (!char.IsUpper(raw[0]) || (raw.EndsWith('.') && raw.Length > 4 && raw.Any(char.IsLower)))
            {
                break;
            }

            var m = (Value: raw, Index: wordStart);
            var word = m.Value.TrimEnd('.');
            var code = context.Gazetteer.EconomyOf(m.Value) ?? context.Gazetteer.EconomyOf(word);
            if (code is not null)
            {
                economy = code;
                if (word.Replace(".", "", StringComparison.Ordinal).Length <= 3 && word.All(c => char.IsUpper(c) || c == '.'))
                {
                    start = m.Index;
                }

                break;
            }

            if (NotNames.Contains(word) && word is not ("House" or "Council" or "Commission" or "Office" or "Trade" or "Commerce" or "Treasury"))
            {
                break;
            }

            if (IsSentenceStart(m.Index))
            {
                // A capitalised first word of a sentence belongs to the title ("Federal Reserve Chair ...") unless it is
                // a word that opens sentences anyway ("Yesterday Finance Minister ...").
                if (!SentenceOpeners.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !Determiners.Contains(word))
                {
                    start = m.Index;
                }

                break;
            }

            start = m.Index;
        }

        return (start, economy);
    }

    [GeneratedRegex(@"\b(?:[Ff]ormer|[Ee]x-?)[ \t]+(?:[\p{Lu}][\p{L}.’']*[ \t]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FormerBefore();

    private bool IsSentenceStart(int index) => context.SentenceAt(index).Start == index;

    private string? EconomyInRole(string role)
    {
        if (role.Contains("White House", StringComparison.Ordinal))
        {
            return "US";
        }

        var m = context.Gazetteer.EconomyPattern.Match(role);
        return m.Success ? context.Gazetteer.EconomySurfaces[m.Value] : null;
    }

    private bool IsRolePhrase(string role)
    {
        var words = role.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 22)
        {
            return false;
        }

        // "speaking to reporters", "elected in May": a participle is no role, unless it qualifies one ("managing director").
        var first = words[0].ToLowerInvariant();
        if (!context.Gazetteer.IsRoleHead(first) && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal))
            && !(words.Length > 1 && context.Gazetteer.IsRoleHead(words[1].ToLowerInvariant().Trim('.', ','))))
        {
            return false;
        }

        return Enumerable.Range(0, Math.Min(7, words.Length)).Any(i => HeadsRole(words, i));
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> heads a role: a noun of the role list, or a noun of a person that says where
    /// the role is held ("a senior judge at the court", "a lawmaker from Ohio") or whose it is ("a Republican senator").
    /// Bare, such a noun more often describes a company set beside its name ("Archer Daniels Midland, the grain trader").
    /// </summary>
    private bool HeadsRole(string[] words, int i)
    {
        var g = context.Gazetteer;
        var word = words[i].ToLowerInvariant().Trim('.', ',');
        return g.RoleHeads.Contains(word) || CompoundRole(word) || (g.PersonNouns.Contains(word)
            && ((i + 1 < words.Length && RolePlace().IsMatch(words[i + 1])) || (i > 0 && char.IsUpper(words[i - 1][0]) && g.EconomyOf(words[i - 1]) is null)));
    }

    /// <summary>
    /// "director-general", "secretary-general", "vice-president", "co-founder", "editor-in-chief": a compound joined by
    /// hyphens, one of whose ends is a noun of the role list, is a role as well.
    /// </summary>
    private bool CompoundRole(string word)
    {
        var first = word.IndexOf('-', StringComparison.Ordinal);
        if (first <= 0)
        {
            return false;
        }

        var heads = context.Gazetteer.RoleHeads;
        return heads.Contains(word[..first]) || heads.Contains(word[(word.LastIndexOf('-') + 1)..]);
    }

    [GeneratedRegex(@"^(?:of|at|for|with|from|in|on)$", RegexOptions.CultureInvariant)]
    private static partial Regex RolePlace();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<role>(?:\p{Ll}[\p{Ll}\-]*[ \t]+){0,3}(?<head>\p{Ll}+))[ \t]+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNounThenName();

    /// <summary>The part of a phrase from its role noun's modifiers on ("the ministry's chief trade negotiator" -> "chief trade negotiator").</summary>
    private string? TrimToHead(string phrase)
    {
        var words = phrase.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var head = Enumerable.Range(0, words.Length).FirstOrDefault(i => HeadsRole(words, i), -1);
        if (head < 0 || words.Length > 22)
        {
            return null;
        }

        var begin = 0;
        for (var i = head - 1; i >= 0; i--)
        {
            if (Determiners.Contains(words[i]) || words[i].EndsWith("'s", StringComparison.Ordinal) || words[i].EndsWith("’s", StringComparison.Ordinal))
            {
                begin = i + 1;
                break;
            }

            if (words[i] is "by" or "of" or "with" or "and" or "to" || words[i].EndsWith("ed", StringComparison.Ordinal))
            {
                begin = i + 1;
                break;
            }
        }

        return string.Join(' ', words[begin..]);
    }
}
