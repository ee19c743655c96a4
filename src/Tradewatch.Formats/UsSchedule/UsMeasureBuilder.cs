using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tradewatch.Core.Products;

namespace Tradewatch.Formats.UsSchedule;

/// <summary>What the build wrote and what it had to decide: lines where the curated list and the schedule disagree, partners it could not place.</summary>
public sealed record UsMeasureBuild(int Measures, int ScopeLists, int Lines, IReadOnlyList<string> Decisions);

/// <summary>
/// Turns the shared US tariff schedule (HTS revisions, the curated product lists and the
/// authority-level rates with their Federal Register sources) into ledger records: the scope lists
/// (<c>data/scopes/us-*.txt</c>) and the US import measures for every partner
/// (<c>data/ledger/us-imports.yaml</c>). The schedule's own footnotes win over a curated list.
/// </summary>
public sealed partial class UsMeasureBuilder
{
    /// <summary>
    /// The day the ledger learnt the exact Section 301 scopes. They correct the bundled ledger's own
    /// coarse records, so they are recorded then, not when USTR published them: an answer as known
    /// before that day is the one the ledger gave then.
    /// </summary>
    public static readonly DateOnly CorrectionsLearned = new(2026, 12, 4);

    private const string Hts = "https://hts.usitc.gov/";
    private const string IeepaEnd = "2026-02-24";
    private const string IeepaEndRecorded = "2026-02-20";
    private const string Section122Source = "https://www.federalregister.gov/documents/2026/02/25/2026-03824/imposing-a-temporary-import-surcharge-to-address-fundamental-international-payments-problems";

    // partners outside the reciprocal tariff: Canada and Mexico (the fentanyl orders), those at column 2 rates, and China with its own bundled records
    private static readonly HashSet<string> NotReciprocal = new(StringComparer.Ordinal) { "US", "CA", "MX", "CU", "KP", "RU", "BY", "CN" };

    private static readonly string[] EuMembers =
        ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    private static readonly Dictionary<string, string> CensusAliases = new(StringComparer.Ordinal)
    {
        ["Denmark, except Greenland"] = "DK",
        ["Congo, Democratic Republic of the Congo (formerly Za"] = "CD",
        ["United Kingdom"] = "GB",
        ["Congo, Republic of the Congo"] = "CG",
        ["Micronesia, Federated States of"] = "FM",
        ["Falkland Islands (Islas Malvinas)"] = "FK",
        ["Holy See (Vatican City)"] = "VA",
        ["Burma (Myanmar)"] = "MM",
        ["Laos (Lao People's Democratic Republic)"] = "LA",
        ["North Korea (Democratic People's Republic of Korea)"] = "KP",
        ["South Korea (Republic of Korea)"] = "KR",
        ["Syria (Syrian Arab Republic)"] = "SY",
        ["Tanzania (United Republic of Tanzania)"] = "TZ",
        ["Moldova (Republic of Moldova)"] = "MD",
        ["Yemen (Republic of Yemen)"] = "YE",
        ["Samoa (Western Samoa)"] = "WS",
        ["Cote d'Ivoire"] = "CI",
        ["Macao"] = "MO",
        ["Iran"] = "IR",
        ["Russia"] = "RU",
        ["Vietnam"] = "VN",
        ["Turkey"] = "TR",
        ["Brunei"] = "BN",
        ["Cabo Verde"] = "CV",
        ["Czech Republic"] = "CZ",
        ["Curacao"] = "CW",
        ["Reunion"] = "RE",
        ["Saint Helena"] = "SH",
        ["Christmas Island (in the Indian Ocean)"] = "CX",
        ["Cocos (Keeling) Islands"] = "CC",
        ["Pitcairn Islands"] = "PN",
        ["Sint Maarten"] = "SX",
        ["Sao Tome and Principe"] = "ST",
        ["Gaza Strip administered by Israel"] = "PS",
        ["West Bank administered by Israel"] = "PS",
        ["Eswatini"] = "SZ",
        ["North Macedonia"] = "MK",
        ["Bolivia"] = "BO",
        ["Venezuela"] = "VE",
        ["Taiwan"] = "TW",
        ["United States Minor Outlying Islands"] = "UM",
        ["Virgin Islands of the United States"] = "VI",
        ["British Virgin Islands"] = "VG",
        ["Svalbard and Jan Mayen"] = "SJ",
        ["French Southern and Antarctic Lands"] = "TF",
        ["Heard Island and McDonald Islands"] = "HM",
        ["British Indian Ocean Territory"] = "IO",
        ["Saint Pierre and Miquelon"] = "PM",
        ["Wallis and Futuna"] = "WF",
    };

    private readonly UsScheduleSource _source;
    private readonly Func<string, string?> _isoOfName;
    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);
    private readonly List<string> _decisions = [];
    private readonly StringBuilder _yaml = new();
    private int _measures;

    /// <param name="isoOfName">Finds an economy's ISO alpha-2 code by its English name (the project's country table), or null.</param>
    public UsMeasureBuilder(UsScheduleSource source, Func<string, string?> isoOfName)
    {
        _source = source;
        _isoOfName = isoOfName;
    }

    /// <summary>The HTS revisions read for footnotes, oldest first: every one the folder holds.</summary>
    public IReadOnlyList<string> Revisions() =>
        Directory.GetFiles(Path.Combine(_source.Folder, "hts"), "hts_*.json.gz")
            .Select(p => Path.GetFileName(p)[..^".json.gz".Length])
            .OrderBy(RevisionOrder)
            .ToList();

    private static (int Year, int Rev) RevisionOrder(string name)
    {
        var m = RevisionName().Match(name);
        return m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0) : (0, 0);
    }

    /// <summary>Writes the scope lists under <paramref name="dataDirectory"/>/scopes and the ledger file <paramref name="dataDirectory"/>/ledger/us-imports.yaml.</summary>
    public UsMeasureBuild Write(string dataDirectory)
    {
        if (Revisions().Count == 0)
        {
            throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: no HTS revision in it (hts_2025_basic.json.gz, hts_2025_rev_1.json.gz...)");
        }

        _note31 = ReadNote31(Path.Combine(dataDirectory, "us-schedule", Note31File));
        _inclusionNotes = ReadInclusionNotes(Path.Combine(dataDirectory, "us-schedule", InclusionNotesFile));
        _annexNotes = ReadInclusionNotes(Path.Combine(dataDirectory, "us-schedule", AnnexNotesFile));
        _aluminiumNotes = ReadInclusionNotes(Path.Combine(dataDirectory, "us-schedule", AluminiumNotesFile));
        _revisionsTable = Path.Combine(dataDirectory, "us-schedule", "revisions.tsv");
        var countries = Countries();
        Header();
        Stacking();
        _yaml.AppendLine("measures:");
        Section301();
        Reciprocal(countries);
        AprilCountryRates(countries);
        CountryOrders();
        Fentanyl();
        NoMetalKnownFrom(dataDirectory);
        Section232(countries);
        Section122();
        Voiding();
        UnbuiltHeadings();
        if (_formerIds.FirstOrDefault(_measureIds.Contains) is { } clash)
        {
            throw new InvalidOperationException($"the former id '{clash}' is the id of another measure: name the classes apart");
        }

        var scopes = Path.Combine(dataDirectory, "scopes");
        Directory.CreateDirectory(scopes);
        foreach (var old in Directory.GetFiles(scopes, "us-*.txt"))
        {
            File.Delete(old);
        }

        var lines = 0;
        foreach (var (name, codes) in _lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var distinct = codes.Select(c => Line(name, c)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            lines += distinct.Count;
            File.WriteAllText(
                Path.Combine(scopes, name + ".txt"),
                $"# {name}: generated by 'tradewatch ledger build-us' from ../shared/data/us-tariff-schedule (USITC HTS, public domain;{Environment.NewLine}# product lists by the Budget Lab at Yale, MIT licence). Do not edit: regenerate.{Environment.NewLine}"
                + string.Join(Environment.NewLine, distinct) + Environment.NewLine);
        }

        File.WriteAllText(Path.Combine(dataDirectory, "ledger", "us-imports.yaml"), _yaml.ToString());
        WriteAuthorityRates(Path.Combine(dataDirectory, "us-schedule", "authority-rates.tsv.gz"), countries);
        return new UsMeasureBuild(_measures, _lists.Count, lines, _decisions);
    }

    /// <summary>
    /// A list's code as a tariff line of 2 to 10 digits; anything else is left out and said (the
    /// exemption list's '850511007000' is no line of the schedule, and magnets paid the reciprocal tariff).
    /// </summary>
    private string? Line(string list, string code)
    {
        var digits = code.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (digits.Length is < 2 or > 10 || digits.Length % 2 != 0 || !digits.All(char.IsAsciiDigit))
        {
            _decisions.Add(LeftOut(list, code, "is not a tariff line"));
            return null;
        }

        if (_numbers.Count == 0 || IsNumbered(digits))
        {
            return digits;
        }

        // a list pads an 8-digit line to 10 digits with '00' (0201.10.05 as 0201100500), or names a
        // line the schedule has split: the padding is dropped to the line the schedule numbers
        var trimmed = digits;
        while (trimmed.Length > 4 && trimmed.EndsWith("00", StringComparison.Ordinal) && !IsNumbered(trimmed))
        {
            trimmed = trimmed[..^2];
        }

        if (IsNumbered(trimmed))
        {
            return trimmed;
        }

        _decisions.Add(LeftOut(list, code, "is no line of any HTS revision"));
        return null;
    }

    /// <summary>What the build says of a list's code it leaves out: the product list's file and line where a list gave it.</summary>
    private string LeftOut(string list, string code, string why) => LeftOutMessage(list, code, why, _source.ListedAt(code));

    /// <summary>Where the build names codes of its own (the scopes by heading, the kitchen cabinets' lines), for a message about one.</summary>
    internal const string OwnScopesFile = "src/Tradewatch.Formats/UsSchedule/UsMeasureBuilder.cs";

    /// <summary>
    /// The message for a code left out of <paramref name="list"/>: the code as written and, when it reads as a tariff line,
    /// dotted as the schedule numbers lines; the product list's file and line where a list gave it (<paramref name="places"/>),
    /// otherwise the build's own file, which names it.
    /// </summary>
    internal static string LeftOutMessage(string list, string code, string why, IReadOnlyList<string> places)
    {
        var shown = HsCode.TryParse(code, out var line) && line.ToString() != code ? $"{line} ('{code}')" : $"'{code}'";
        return places.Count == 0
            ? $"{list}: {shown} {why}; left out (the build names it in its own scope for {list}, in {OwnScopesFile}, not a product list)"
            : $"{string.Join(", ", places.Take(3))}{(places.Count > 3 ? $" and {places.Count - 3} more" : string.Empty)}: {shown} {why}; left out of {list}";
    }

    /// <summary>Whether some row of some revision is numbered with these digits or starts with them.</summary>
    private bool IsNumbered(string digits)
    {
        _prefixes ??= _numbers.SelectMany(n => Enumerable.Range(1, n.Length / 2).Select(i => n[..(2 * i)])).ToHashSet(StringComparer.Ordinal);
        return _prefixes.Contains(digits);
    }

    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    /// <summary>The heading exempting goods whose metal is under a share of their weight (9903.82.03), as the latest revision words it.</summary>
    private (string Heading, string Below, string[] ExceptChapters, string? NoMetal, string? NoMetalRecorded)? _weightExemption;

    /// <summary>The heading exempting goods with no aluminium, steel or copper (9903.82.01) and the first revision that has it.</summary>
    private (string Heading, string Revision)? _noMetal;

    /// <summary>The Chapter 99 headings whose duty some revision charges "upon the value of the ... content", with the metal.</summary>
    private readonly Dictionary<string, string> _contentHeadings = new(StringComparer.Ordinal);

    /// <summary>
    /// The metal whose content's value a list's duty falls on: the one its lines' Chapter 99 headings name
    /// (9903.81.91, 9903.85.08, 9903.78.01), when every heading names it; null when the duty is on the full value.
    /// </summary>
    private string? ContentMetalOf(string list, IReadOnlyCollection<string> headings)
    {
        var metals = headings.Distinct(StringComparer.Ordinal).Select(h => _contentHeadings.GetValueOrDefault(h)).Distinct().ToList();
        if (metals.Count == 1)
        {
            if (metals[0] is { } metal)
            {
                _decisions.Add($"{list}: charged on the {metal} content's value only, as {string.Join(", ", headings.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))} say");
            }

            return metals[0];
        }

        _decisions.Add($"{list}: its headings ({string.Join(", ", headings.Distinct(StringComparer.Ordinal))}) charge the full value and the metal content alike: the full value is charged");
        return null;
    }

    private HashSet<string>? _prefixes;

    private void Header()
    {
        _yaml.AppendLine("# Generated by 'tradewatch ledger build-us ../shared/data/us-tariff-schedule': do not edit, regenerate.");
        _yaml.AppendLine("# US import measures for every partner, from the HTS revisions (USITC, public domain), the curated");
        _yaml.AppendLine("# product lists (Budget Lab at Yale, MIT) and the authority-level rates with their Federal Register");
        _yaml.AppendLine("# sources. Each record is recorded as of the publication of the order or notice (the Federal");
        _yaml.AppendLine("# Register's publication date where it has one); the exact Section 301 scopes correct the bundled");
        _yaml.AppendLine($"# ledger's coarse ones and are recorded as of {CorrectionsLearned:yyyy-MM-dd}, the day the ledger learnt them.");
        _yaml.AppendLine("ledger: us-imports-2025-2026");
        _yaml.AppendLine("description: US import tariffs on every partner, 2025-2026, with exact tariff-line scopes.");
        _yaml.AppendLine();
    }

    private void Stacking() => _yaml.AppendLine("""
            stacking:
              - group: section-301-lines
                mode: highest
                note: A line falls under one Section 301 list; where the 2024 review raised its rate (9903.91), that heading's rate replaces the list's.
              - group: section-232-vehicles
                mode: highest
                excludes:
                  - section-232-metals
                  - section-232
                  - section-232-wood
                  - {group: ieepa-reciprocal, heading: "9903.01.33", note: "U.S. note 2(v)(x), (xi), (xiv) and (xv) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: ieepa-reciprocal-country, heading: "9903.01.33", note: "U.S. note 2(v)(x), (xi), (xiv) and (xv) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(2), (3), (5) and (6) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122-conditional, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(2), (3), (5) and (6) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - ieepa-fentanyl-usmca
                note: Autos, auto parts, medium and heavy-duty vehicles, their parts and buses under Section 232 pay neither the steel, aluminium and copper duties (EO 14289, 29 Apr 2025) nor the reciprocal tariff, the Section 122 surcharge or the Canada and Mexico fentanyl duties.
              - group: section-232-metals
                mode: highest
                excludes:
                  - {group: ieepa-reciprocal, heading: "9903.01.33", note: "U.S. note 2(v)(vi)-(ix) and (xii) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: ieepa-reciprocal-country, heading: "9903.01.33", note: "U.S. note 2(v)(vi)-(ix) and (xii) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(1) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122-conditional, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(1) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - ieepa-fentanyl-usmca
                  - {group: ieepa-fentanyl-usmca, from: 2025-06-04, recorded: 2026-12-04, published: 2025-06-09, note: "Proclamation 10947 (signed 3 Jun 2025; FR Doc. 2025-10524 of 9 Jun 2025); before it EO 14289 put the fentanyl duties first (the undated entry, which the ledger held until it learnt this)"}
                note: Steel, aluminium and copper under Section 232 do not pay the reciprocal tariff or the Section 122 surcharge; from 4 June 2025 (Proclamation 10947) they do not pay the Canada and Mexico fentanyl duties; from 4 March to 3 June 2025 (EO 14289) the fentanyl duties applied in their place. Under 9903.81.91, 9903.85.08 and 9903.78.01 (the layers marked on-content) the duty falls on the metal content's value and the rest of the value pays the other layers, the reciprocal tariff among them (give --metal-value); without the metal value the whole value pays Section 232. The other derivatives (9903.81.89-.90, 9903.85.04, 9903.85.07) pay on the full value.
              - group: section-232-semiconductors
                mode: highest
                excludes:
                  - section-232-metals
                  - {group: ieepa-reciprocal, heading: "9903.01.33", note: "U.S. note 2(v)(xvi) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: ieepa-reciprocal-country, heading: "9903.01.33", note: "U.S. note 2(v)(xvi) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(7) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122-conditional, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(7) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                note: Semiconductor articles under Section 232 (9903.79.01, U.S. note 39) pay neither the steel, aluminium and copper duties (the 2026 metals annexes included) nor the reciprocal tariff or the Section 122 surcharge.
              - group: section-232-wood
                mode: highest
                excludes:
                  - {group: ieepa-reciprocal, heading: "9903.01.33", note: "U.S. note 2(v)(xiii) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: ieepa-reciprocal-country, heading: "9903.01.33", note: "U.S. note 2(v)(xiii) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(4) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: section-122-conditional, heading: "9903.03.06", note: "U.S. note 2(aa)(v)(4) to subchapter III of chapter 99 (HTS 2026 Revision 6)"}
                  - {group: ieepa-fentanyl-usmca, from: 2025-10-14, recorded: 2026-12-07, published: 2025-10-06, note: "U.S. note 2(a), (j) and (m) of subchapter III of chapter 99 (HTS 2026 Revision 6): headings 9903.01.01 (Mexico), 9903.01.10 (Canada) and 9903.01.16 apply to products other than those of 9903.76.01-.03; the ledger charged both until it learnt this, and dates it from Proclamation 10976 (FR Doc. 2025-19482 of 6 Oct 2025), whose headings the note names (the chapter 99 notes of the 2025 revisions are not at hand)"}
                note: Timber, lumber and upholstered furniture and kitchen cabinets under Section 232 (9903.76.01-.03) do not pay the reciprocal tariff or the Section 122 surcharge, nor, from 14 Oct 2025, the Canada and Mexico fentanyl duties (U.S. note 2).
              - group: section-232
                mode: highest
                excludes: [ieepa-reciprocal, ieepa-reciprocal-country, section-122, section-122-conditional]
                note: Pharmaceuticals under Section 232 do not pay the reciprocal tariff or the Section 122 surcharge.
              - group: ieepa-reciprocal
                mode: add
                note: The reciprocal tariff (EO 14257) and the country orders on top of it.
              - group: ieepa-reciprocal-country
                mode: add
                excludes:
                  - {group: ieepa-reciprocal, from: 2025-04-09, to: 2025-04-10, recorded: 2026-12-06, published: 2025-04-07, note: "EO 14257 (FR Doc. 2025-06063 of 7 Apr 2025): 9903.01.25's 10% excepts the goods of the partners with a country rate (9903.01.43-.76) from 12:01 a.m. EDT on 9 Apr 2025; EO 14266 suspended those rates from 12:01 a.m. EDT on 10 Apr 2025"}
                note: EO 14257's country rates of 9 Apr 2025 (Annex I, 9903.01.43-.76), in place of the 10% baseline on that day.
              - group: ieepa-fentanyl-usmca
                mode: most-specific
                excludes:
                  - {group: section-232-metals, from: 2025-03-04, to: 2025-06-04, recorded: 2026-12-04, published: 2025-05-02, note: "EO 14289 (FR of 2 May 2025; effective for goods entered from 4 Mar 2025): goods under both pay the Canada or Mexico duty, not the metals duty"}
                note: The Canada and Mexico fentanyl duties; energy and potash pay the lower rate named for their lines. From 4 March to 3 June 2025 goods under them paid no steel or aluminium duty (EO 14289).
              - group: section-122
                mode: add
                note: The Section 122 surcharge (from 24 Feb 2026).
              - group: section-122-conditional
                mode: add
                excludes:
                  - {group: section-122, from: 2026-02-24, recorded: 2026-02-20, note: "the same surcharge with the condition of its exemption (9903.03.07-.09): one layer, not two"}
                note: The Section 122 surcharge on goods whose exemption turns on a declared claim (USMCA goods of Canada and Mexico, CAFTA-DR textiles and apparel), in place of the bundled layer.

            """);

    // ------------------------------------------------------------------ Section 301

    private void Section301()
    {
        // every revision's footnotes: a line cites its list and, over time, the 2024 review's stages
        var cites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var headings = new Dictionary<string, HtsRow>(StringComparer.Ordinal);
        foreach (var revision in Revisions())
        {
            foreach (var row in _source.Revision(revision))
            {
                if (row.Digits.Length >= 4)
                {
                    _numbers.Add(row.Digits);
                }

                if (row.Number.StartsWith("9903.88.", StringComparison.Ordinal) || row.Number.StartsWith("9903.91.", StringComparison.Ordinal))
                {
                    headings[row.Number] = row;
                }

                if (MetalsHeading().IsMatch(row.Number))
                {
                    MetalsHeadingsOf(revision).Add(row.Number);
                    if (row.Number.StartsWith("9903.82.", StringComparison.Ordinal))
                    {
                        _annexHeadings[row.Number] = row;
                    }
                }

                if (row.Number.StartsWith("9903.94.", StringComparison.Ordinal))
                {
                    _vehicleHeadings[row.Number] = row;
                }

                if (row.Number.StartsWith("9903.76.", StringComparison.Ordinal))
                {
                    _woodHeadings[row.Number] = row;
                }

                // the steel product headings of the quotas and exclusions (9903.80.05-.58) enumerate the 2018 articles by subheading
                if (string.CompareOrdinal(row.Number, "9903.80.05") >= 0 && string.CompareOrdinal(row.Number, "9903.80.58") <= 0 && row.Number.Length == 10)
                {
                    _steelCategoryHeadings[row.Number] = row;
                }

                if (row.Number.StartsWith("9903.82.", StringComparison.Ordinal) && WeightShare().Match(row.Description) is { Success: true } share)
                {
                    var chapters = ExceptChapters().Match(row.Description) is { Success: true } except
                        ? TwoDigits().Matches(except.Groups[1].Value).Select(m => m.Value).ToArray()
                        : [];
                    _weightExemption = (row.Number, share.Groups[1].Value, chapters, null, null);
                }

                if (row.Number.StartsWith("9903.82.", StringComparison.Ordinal) && _noMetal is null && NoMetal().IsMatch(row.Description))
                {
                    _noMetal = (row.Number, revision);
                }

                if (ContentValued().Match(row.General) is { Success: true } content)
                {
                    _contentHeadings[row.Number] = content.Groups[1].Value == "aluminum" ? "aluminium" : content.Groups[1].Value;
                }

                if (row.Digits.Length is 8 or 10)
                {
                    foreach (var heading in row.Footnotes.Where(f => f.StartsWith("9903.88.", StringComparison.Ordinal) || f.StartsWith("9903.91.", StringComparison.Ordinal)))
                    {
                        if (!cites.TryGetValue(heading, out var set))
                        {
                            cites[heading] = set = new HashSet<string>(StringComparer.Ordinal);
                        }

                        set.Add(row.Digits);
                    }
                }
            }
        }

        CompareWithCuratedList(cites);
        NarrowReviewStages(cites);

        var lists = new (string Id, string Title, string[] Headings, string Legal, (string From, decimal Rate, string Source)[] Rates)[]
        {
            ("list1", "Section 301 List 1", ["9903.88.01"], "USTR, 83 FR 28710 (20 Jun 2018); HTS 9903.88.01",
                [("2018-07-06", 25, "https://www.federalregister.gov/citation/83-FR-28710")]),
            ("list2", "Section 301 List 2", ["9903.88.02"], "USTR, 83 FR 40823 (16 Aug 2018); HTS 9903.88.02",
                [("2018-08-23", 25, "https://www.federalregister.gov/citation/83-FR-40823")]),
            ("list3", "Section 301 List 3", ["9903.88.03", "9903.88.04"], "USTR, 83 FR 47974 (21 Sep 2018), 84 FR 20459 (9 May 2019); HTS 9903.88.03, 9903.88.04",
                [("2018-09-24", 10, "https://www.federalregister.gov/citation/83-FR-47974"), ("2019-05-10", 25, "https://www.federalregister.gov/citation/84-FR-20459")]),
            ("list4a", "Section 301 List 4A", ["9903.88.15"], "USTR, 84 FR 43304 (20 Aug 2019), 85 FR 3741 (22 Jan 2020); HTS 9903.88.15",
                [("2019-09-01", 15, "https://www.federalregister.gov/citation/84-FR-43304"), ("2020-02-14", 7.5m, "https://www.federalregister.gov/citation/85-FR-3741")]),
        };

        foreach (var (id, title, listHeadings, legal, rates) in lists)
        {
            var name = $"us-301-{id}";
            _lists[name] = listHeadings.SelectMany(h => cites.GetValueOrDefault(h) ?? []).ToList();
            Measure(new Layer(
                $"us-301-{id}-lines", title, "Section 301", legal, "section-301-lines", ["CN"], [],
                Scope.Of(name, $"the tariff lines whose footnotes in the HTS cite {string.Join(" or ", listHeadings)}"),
                Learned, [Hts, .. rates.Select(r => r.Source).Distinct()],
                $"Exact scope from the schedule's footnotes; corrects the coarse us-301-{id} (in force since {rates[0].From})."
                    + " Product exclusions (9903.88.33-.70, extended to 10 Nov 2026) cover some goods of these lines by description and are not applied.",
                [.. rates.Select(r => new Rate(r.From, null, Percent(r.Rate)))], Published: rates[0].From));
        }

        // the 2024 four-year review: each 9903.91 heading with its rate and dates as the schedule states them
        foreach (var (number, row) in headings.Where(h => h.Key.StartsWith("9903.91.", StringComparison.Ordinal)).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var rate = AddedRate().Match(row.General);
            var from = DateIn(OnOrAfter(), row.Description);
            if (!rate.Success || from is null || !cites.TryGetValue(number, out var lines))
            {
                _decisions.Add($"{number}: no added rate or start date in its text (\"{Trim(row.General)}\"), or no line cites it: not a layer");
                continue;
            }

            var to = DateIn(Before(), row.Description);
            var name = "us-301-review-" + number[8..];
            _lists[name] = [.. lines];
            Measure(new Layer(
                $"us-301-review-{number[8..]}", $"Section 301 four-year review, {number} (+{rate.Groups[1].Value}%)", "Section 301 (2024 review)",
                $"USTR, 89 FR 76581 (18 Sep 2024); HTS {number}", "section-301-lines", ["CN"], [],
                Scope.Of(name, $"the tariff lines whose footnotes cite {number}"),
                Learned, [Hts, "https://www.federalregister.gov/documents/2024/09/18/2024-21217/notice-of-modification-chinas-acts-policies-and-practices-related-to-technology-transfer"],
                $"Rate and dates from the heading's text in the HTS; corrects the coarse 2024-review records (the notice was published on 2024-09-18).",
                [new Rate(from, to, rate.Groups[1].Value)], Published: "2024-09-18"));
        }
    }

    /// <summary>
    /// A 2024-review heading cited by an 8-digit line whose curated stage is another review heading
    /// that the line also cites covers only some statistical lines of it (U.S. note 31 names them at
    /// 10 digits: EV batteries of 8507.60 in 2024, the rest in 2026); without the note's text the
    /// line keeps only its curated stage.
    /// </summary>
    private void NarrowReviewStages(Dictionary<string, HashSet<string>> cites)
    {
        var curated = _source.Csv("s301_product_lists.csv").Where(r => r[2].StartsWith("9903.91.", StringComparison.Ordinal)).ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
        foreach (var (heading, lines) in cites.Where(c => c.Key.StartsWith("9903.91.", StringComparison.Ordinal)))
        {
            foreach (var line in lines.Where(l => l.Length == 8).ToList())
            {
                if (curated.TryGetValue(line, out var stage) && stage != heading && cites.TryGetValue(stage, out var other) && other.Contains(line))
                {
                    lines.Remove(line);
                    var named = _note31.Where(n => n.Heading == heading && n.Line.StartsWith(line, StringComparison.Ordinal)).Select(n => n.Line).ToList();
                    lines.UnionWith(named);
                    _decisions.Add(named.Count > 0
                        ? $"{line}: cites {heading} and {stage}; the curated list puts it under {stage}; U.S. note 31 puts {string.Join(", ", named)} under {heading} ({Note31File}): followed the note"
                        : $"{line}: cites {heading} and {stage}; the curated list puts it under {stage}, so {heading} (which covers only some of its statistical lines) is left off it");
                }
            }
        }
    }

    /// <summary>The file naming the statistical lines U.S. note 31 puts under a 2024-review heading (data/us-schedule/).</summary>
    public const string Note31File = "note-31-lines.tsv";

    private IReadOnlyList<(string Heading, string Line)> _note31 = [];

    /// <summary>The note's statistical lines by heading; a missing file names none, a malformed row is bad data naming it.</summary>
    private static List<(string Heading, string Line)> ReadNote31(string path)
    {
        var rows = new List<(string, string)>();
        foreach (var (number, text, fields) in NoteRows(path))
        {
            if (fields.Length < 2 || !fields[0].StartsWith("9903.91.", StringComparison.Ordinal) || fields[1].Length != 10 || !fields[1].All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"{path}:{number}: expected a 9903.91 heading and a 10-digit statistical line, tab-separated, found '{text}'");
            }

            rows.Add((fields[0], fields[1]));
        }

        return rows;
    }

    /// <summary>The rows of a curated file of the notes (tab-separated, <c>#</c> comments), with their line numbers; none for a missing file.</summary>
    private static IEnumerable<(int Number, string Text, string[] Fields)> NoteRows(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                yield return (number, text, text.Split('\t'));
            }
        }
    }

    private void CompareWithCuratedList(Dictionary<string, HashSet<string>> cites)
    {
        var footnoteList = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (heading, lines) in cites)
        {
            foreach (var line in lines.Where(l => l.Length == 8))
            {
                footnoteList.TryAdd(line, heading);
            }
        }

        var disagreements = 0;
        foreach (var row in _source.Csv("s301_product_lists.csv"))
        {
            var (line, list, heading) = (row[0], row[1], row[2]);
            if (list is "1" or "2" or "3" or "4A" or "3_addl" && footnoteList.TryGetValue(line, out var cited) && cited.StartsWith("9903.88.", StringComparison.Ordinal) && cited != heading)
            {
                disagreements++;
                if (disagreements <= 20)
                {
                    _decisions.Add($"{line}: the curated list says {heading} (list {list}), the schedule's footnote {cited}: followed the schedule");
                }
            }
            else if (list == "4B" && footnoteList.TryGetValue(line, out var other) && other is "9903.88.15" or "9903.88.03" or "9903.88.01" or "9903.88.02")
            {
                disagreements++;
                _decisions.Add($"{line}: the curated list says List 4B (never imposed), the schedule's footnote {other}: followed the schedule");
            }
        }

        _decisions.Add($"Section 301: {disagreements} line(s) where the curated list and the schedule's footnotes disagree; the schedule was followed");
    }

    // ------------------------------------------------------------------ IEEPA reciprocal

    private void Reciprocal(IReadOnlyDictionary<string, string> countries)
    {
        var annexII = _source.Csv("ieepa_exempt_products.csv").Select(r => r[0]).ToList();
        // the deals' own lists (civil aircraft, unavailable natural resources) are in the curated list too; their
        // pharmaceuticals are not deal-only: Annex II exempted pharmaceuticals for every partner from 5 April 2025
        var dealOnly = _source.Csv("floor_exempt_products.csv").Where(r => r[1] != "pharma").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var dealOnlyAsRecorded = _source.Csv("floor_exempt_products.csv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        bool Electronic(string l) => ElectronicsExemption.Any(e => l.StartsWith(e, StringComparison.Ordinal));
        _lists["us-ieepa-electronics"] = [.. ElectronicsExemption];
        // the lists the measures were recorded with keep their content (the deals' pharmaceuticals left out, the
        // fertilizers in from April); the corrected Annex II and the fertilizers are lists of their own, named by
        // amendments from the day the ledger learnt them (AnnexIILearned)
        _lists["us-ieepa-annex-ii"] = annexII.Where(l => !dealOnlyAsRecorded.Contains(l[..8]) && !IsFarmGoodAsRecorded(l) && !Electronic(l)).ToList();
        _lists["us-ieepa-annex-ii-farm"] = annexII.Where(IsFarmGoodAsRecorded).ToList();
        _lists["us-ieepa-annex-ii-with-pharmaceuticals"] = annexII.Where(l => !dealOnly.Contains(l[..8]) && !IsFarmGood(l) && !Electronic(l)).ToList();
        _lists["us-ieepa-annex-ii-fertilizers"] = annexII.Where(l => IsFarmGood(l) && !IsFarmGoodAsRecorded(l)).ToList();
        _decisions.Add("reciprocal: the curated exemption list is undated; its lines of chapters 1-24 and 31 (farm goods and fertilizers) are dated from the 14 Nov 2025 order (in force 13 Nov), the rest from Annex II of 2 Apr 2025, the electronics of the 11 Apr memorandum from 5 Apr; deal-only lines are left to the deal partners, from their notices");
        foreach (var group in new[] { ("eu", EuMembers), ("japan", new[] { "JP" }), ("korea", ["KR"]), ("swiss", ["CH", "LI"]) })
        {
            var lines = _source.Csv("floor_exempt_products.csv").Where(r => r[2] == group.Item1).Select(r => r[0]).ToList();
            if (lines.Count > 0)
            {
                _lists[$"us-ieepa-deal-exempt-{group.Item1}"] = lines;
            }
        }

        var entries = Authority("ieepa", "reciprocal");
        var histories = new Dictionary<string, List<(string From, decimal Rate, string Source)>>(StringComparer.Ordinal);
        foreach (var iso in countries.Values.Distinct().Where(iso => !NotReciprocal.Contains(iso)))
        {
            histories[iso] = History(entries, iso, countries);
        }

        // the authority list folds Brazil's +40% and India's +25% into their reciprocal rate; here they are their own layers
        histories["BR"] = History(entries.Where(e => e.CensusCode is null).ToList(), "BR", countries);
        histories["IN"] = histories["IN"].Where(r => string.CompareOrdinal(r.From, "2025-08-07") <= 0).ToList();
        _decisions.Add("reciprocal: Brazil at 10% and India at 25%, with the +40% (EO 14323) and +25% (EO 14329) as separate layers; the authority list sums them");

        // partners with the same rates over time share a measure; a deal's partners (with their floor and exemptions) have their own
        foreach (var classGroup in histories.GroupBy(h => DealOf(h.Key) + "|" + string.Join(";", h.Value.Select(r => $"{r.From}={r.Rate}")), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var targets = classGroup.Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
            var history = classGroup.First().Value;
            var deal = DealOf(targets[0]);
            var id = ReciprocalId(targets, [.. history.Select(r => (r.From, r.Rate))], deal is not null);
            // the ids of the classes were once named after their first partner (us-reciprocal-10-ad for 137 partners):
            // those stay resolvable, since a review record may name one
            var legacy = deal is not null ? $"us-reciprocal-{deal}-{targets[0].ToLowerInvariant()}" : targets.Length == 1 ? $"us-reciprocal-{targets[0].ToLowerInvariant()}" : $"us-reciprocal-{history[^1].Rate:0.##}-{targets[0].ToLowerInvariant()}";
            var floor = deal is not null && history[^1].Rate == 15;
            var exclude = new List<string> { "us-ieepa-annex-ii" };
            var dealExempt = deal is not null && _lists.ContainsKey($"us-ieepa-deal-exempt-{deal}");
            if (deal is not null && dealExempt)
            {
                // as recorded until AnnexIILearned: the deal's own exemptions from the start
                exclude.Add($"us-ieepa-deal-exempt-{deal}");
            }

            var rates = history.Select(r => new Rate(r.From, null, Percent(r.Rate), Published(r.Source, r.From), [r.Source], AllIn: deal is not null && IsAllIn(targets[0], r.Rate, "reciprocal"))).ToList();
            if (deal is not null && FloorAllInFrom.TryGetValue(deal, out var floorFrom)
                && rates.FirstOrDefault(r => r.AllIn && string.CompareOrdinal(r.From, floorFrom.From) < 0) is { } early)
            {
                // the rate was added to the column 1 rate until the deal's notice made it all-in: a correction of the
                // all-in the ledger gave from the start, recorded when it learnt it
                rates.Add(early with
                {
                    To = floorFrom.From,
                    AllIn = false,
                    Recorded = DealFloorsLearned,
                    Published = early.Recorded,
                    Sources = [.. early.Sources ?? [], floorFrom.Source],
                    Note = $"added to the column 1 rate until the deal's notice made it all-in from {floorFrom.From} ({floorFrom.Source}); the ledger gave it all-in from the start until {DealFloorsLearned}",
                });
            }

            if (deal is not null && FloorBackdated.TryGetValue(deal, out var backdated)
                && rates.FirstOrDefault(r => r.AllIn && r.From == backdated.From) is { } allIn)
            {
                // deposited at entry until the deal's order was in the schedule: the rate as published, added to the column 1
                // rate; owed: the all-in rate the order gave those days retroactively. Both learnt on one day, the order's
                // publication (the later) says which is owed now
                var notice = $"the notice of {backdated.Until} (FR {FrDocument().Match(backdated.Notice).Value})";
                rates.Add(allIn with
                {
                    To = backdated.Until,
                    AllIn = false,
                    Recorded = DealFloorsLearned,
                    Published = allIn.Recorded,
                    Note = $"added to the column 1 rate as published, so deposited at entry until {notice} put the deal's all-in rate in the schedule; the ledger gave it all-in from the start until {DealFloorsLearned}",
                });
                rates.Add(allIn with
                {
                    To = backdated.Until,
                    Recorded = DealFloorsLearned,
                    Published = backdated.Until,
                    Sources = [backdated.Order, backdated.Notice],
                    Note = $"all-in retroactively from {backdated.From} (EO 14345, implementing the deal, put in the schedule by {notice}): what was deposited above it is refundable",
                });
            }

            rates.Add(new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source], "collection ended after the Supreme Court held that IEEPA does not authorise tariffs"));
            Measure(new Layer(
                id, $"IEEPA reciprocal tariff ({string.Join(", ", targets.Take(6))}{(targets.Length > 6 ? $" and {targets.Length - 6} more" : string.Empty)})",
                "IEEPA reciprocal", "EO 14257 (9903.01.25), Annex I rates from 7 Aug 2025 (EO 14326, 9903.02.xx)", "ieepa-reciprocal", targets, [],
                new Scope(true, [], exclude, "all goods except Annex II (as amended) and, from their orders, the electronics and farm-goods exemptions"),
                rates[0].Recorded!, [.. history.Select(r => r.Source).Distinct()],
                floor ? "15% is all-in for goods whose MFN rate is below 15% (the deal floor: the reciprocal tops the MFN rate up to 15%); goods at or above 15% MFN pay no reciprocal tariff." : null,
                rates)
            { Formerly = legacy == id ? [] : [legacy] });
            Exempt(id, "electronics", "Electronics exemption (memorandum of 11 Apr 2025, retroactive to 5 Apr)", "2025-04-05", "2025-04-11",
                "https://www.cbp.gov/trade/programs-administration/trade-remedies/ieepa-faq", "us-ieepa-electronics", AnnexIIHeading);
            Exempt(id, "farm", "Farm goods added to Annex II (order of 14 Nov 2025, in force 13 Nov)", "2025-11-13", "2025-11-14",
                FarmGoodsOrder, "us-ieepa-annex-ii-farm", AnnexIIHeading);
            CorrectScope([(id, [.. history.Select(r => r.Source).Distinct()])],
                new Scope(true, [], ["us-ieepa-annex-ii-with-pharmaceuticals"], "all goods except Annex II (as amended) and, from their orders, the electronics, farm-goods and deal exemptions"),
                AnnexIILearned, "2025-04-07", [Hts], AnnexIICorrection);
            CorrectScope([($"{id}-farm", [FarmGoodsOrder])], Scope.Of(["us-ieepa-annex-ii-farm", "us-ieepa-annex-ii-fertilizers"], "farm goods (chapters 1-24) and fertilizers (chapter 31) of the curated exemption list"),
                AnnexIILearned, "2025-11-14", [], FertilizerCorrection);
            if (deal is not null && dealExempt)
            {
                // a deal's own exemptions (civil aircraft, generic pharmaceuticals, unavailable natural resources) start
                // with the notice that implements it, not with the reciprocal tariff
                var (from, recorded, source) = DealExemptionsFrom[deal];
                var kinds = _source.Csv("floor_exempt_products.csv").Where(r => r[2] == deal).Select(r => DealExemptionKinds.GetValueOrDefault(r[1], r[1])).Distinct().Order(StringComparer.Ordinal);
                Exempt(id, "deal", $"Exemptions of the {DealNames[deal]} deal ({string.Join(", ", kinds)})", from, recorded, source, $"us-ieepa-deal-exempt-{deal}", null);
            }
        }
    }

    /// <summary>
    /// The country rates of Annex I of EO 14257 (9903.01.43-.76) for the partners other than China: in force for goods
    /// entered from 12:01 a.m. EDT on 9 Apr 2025, in place of the 10% baseline (9903.01.25 excepts them), and suspended
    /// from 12:01 a.m. EDT on 10 Apr 2025 by EO 14266, which put the baseline back. The authority list and the partner
    /// classes skip that day; the rates and partners are read from the schedule's own headings, one layer each, in a
    /// group that takes the baseline out for the day. China's heading (9903.01.63) is in the bundled ledger.
    /// </summary>
    private void AprilCountryRates(IReadOnlyDictionary<string, string> countries)
    {
        var (revision, rows) = Revisions().Select(r => (r, Rows: _source.Revision(r).Where(h => AprilHeading().IsMatch(h.Number)).ToList()))
            .FirstOrDefault(r => r.Rows.Count > 0);
        if (revision is null)
        {
            throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: no revision has the headings 9903.01.43-.76 of EO 14257");
        }

        var partners = countries.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var where = $"{_source.Folder}/hts/{revision}.json.gz, {row.Number}";
            var rate = AddedRate().Match(row.General);
            var named = AprilPartners().Match(row.Description);
            if (!rate.Success || !named.Success)
            {
                throw new InvalidDataException($"{where}: not a heading of EO 14257's country rates ('{Trim(row.Description)}')");
            }

            if (named.Groups[1].Value.StartsWith("China", StringComparison.Ordinal))
            {
                continue;
            }

            var targets = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var name in NameList().Split(named.Groups[1].Value).Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                var plain = name.Replace('`', '\'');
                plain = plain.StartsWith("the ", StringComparison.Ordinal) ? plain[4..] : plain;
                if (plain == "European Union")
                {
                    targets.UnionWith(EuMembers.Where(partners.Contains));
                    continue;
                }

                var iso = AprilNames.GetValueOrDefault(plain) ?? CensusAliases.GetValueOrDefault(plain) ?? _isoOfName(plain)
                    ?? throw new InvalidDataException($"{where}: the partner '{name}' has no ISO code");
                if (partners.Contains(iso))
                {
                    targets.Add(iso);
                }
            }

            var percent = rate.Groups[1].Value;
            var id = $"us-reciprocal-april-{percent}";
            Measure(new Layer(
                id, $"IEEPA reciprocal tariff, country rate of 9 Apr 2025 ({string.Join(", ", targets.Take(6))}{(targets.Count > 6 ? $" and {targets.Count - 6} more" : string.Empty)})",
                "IEEPA reciprocal", $"EO 14257, Annex I ({row.Number}); suspended by EO 14266 from 10 Apr 2025", "ieepa-reciprocal-country", [.. targets], [],
                new Scope(true, [], ["us-ieepa-annex-ii-with-pharmaceuticals"], "all goods except Annex II (as amended) and the electronics exemption"),
                AprilCountryRatesLearned, [ReciprocalOrder, Hts],
                $"The ledger lacked this rate until {AprilCountryRatesLearned}: it gave the 10% baseline for that day. Rates and partners from {row.Number} in HTS {RevisionTitle(revision)}.",
                [
                    new Rate("2025-04-09", null, percent, Note: AprilHours, Published: Published(ReciprocalOrder, "2025-04-09")),
                    new Rate("2025-04-10", null, "ends", Sources: [PauseOrder], Note: "suspended from 12:01 a.m. EDT on 10 Apr 2025 (EO 14266, signed and made public on 9 Apr 2025): the 10% baseline applies again", Published: "2025-04-09"),
                ],
                Published: Published(ReciprocalOrder, "2025-04-09")));
            Exempt(id, "electronics", "Electronics exemption (memorandum of 11 Apr 2025, retroactive to 5 Apr)", "2025-04-05", "2025-04-11",
                "https://www.cbp.gov/trade/programs-administration/trade-remedies/ieepa-faq", "us-ieepa-electronics", AnnexIIHeading);
        }

        _decisions.Add($"reciprocal: the country rates of 9 Apr 2025 from {string.Join(", ", rows.Select(r => r.Number).Take(1))}-{rows[^1].Number} in HTS {RevisionTitle(revision)} (China's, 9903.01.63, in the bundled ledger)");
    }

    /// <summary>What the ledger does with the hours of 9 and 10 Apr 2025, said on every answer on that day.</summary>
    private const string AprilHours =
        "Not covered: the rate applied from 12:01 a.m. EDT on 9 Apr 2025 until 12:01 a.m. EDT on 10 Apr 2025 (EO 14257, EO 14266); the ledger counts whole days by entry date, so it charges it on all of 9 Apr (the first minute of the day included) and not on 10 Apr, and it does not know when the goods were loaded: goods loaded onto a vessel and in transit before 12:01 a.m. EDT on 9 Apr paid the 10% baseline instead (9903.01.43-.76 except them)";

    private const string ReciprocalOrder = "https://www.federalregister.gov/documents/2025/04/07/2025-06063/regulating-imports-with-a-reciprocal-tariff-to-rectify-trade-practices-that-contribute-to-large-and";

    private const string PauseOrder = "https://www.federalregister.gov/documents/2025/04/15/2025-06462/modifying-reciprocal-tariff-rates-to-reflect-trading-partner-retaliation-and-alignment";

    /// <summary>The day the ledger learnt the country rates of 9 Apr 2025 for the partners other than China.</summary>
    private const string AprilCountryRatesLearned = "2026-12-06";

    /// <summary>The partners' names in 9903.01.43-.76 that neither the census aliases nor the economies' names give.</summary>
    private static readonly Dictionary<string, string> AprilNames = new(StringComparer.Ordinal)
    {
        ["South Korea"] = "KR",
        ["Côte d'Ivoire"] = "CI",
        ["Democratic Republic of the Congo"] = "CD",
        ["Laos"] = "LA",
        ["Syria"] = "SY",
        ["Moldova"] = "MD",
        ["Falkland Islands"] = "FK",
        ["Myanmar (Burma)"] = "MM",
    };

    /// <summary>
    /// Names a class of partners under the reciprocal tariff by what they have in common: a deal's partners, and any class
    /// whose rates are neither of the two plain kinds, by their codes (the EU's 27 as <c>eu</c>: us-reciprocal-eu,
    /// us-reciprocal-ch, us-reciprocal-hk-mo); the partners at the 10% baseline of EO 14257 throughout as
    /// us-reciprocal-baseline-10; those whose rate went from the baseline to their rate in Annex I of EO 14326 on
    /// 7 Aug 2025 by that rate (us-reciprocal-annex-i-20).
    /// </summary>
    internal static string ReciprocalId(string[] targets, IReadOnlyList<(string From, decimal Rate)> history, bool deal)
    {
        if (!deal && history.Count == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"us-reciprocal-baseline-{history[0].Rate:0.##}");
        }

        if (!deal && history.Count == 2 && history[1].From == "2025-08-07")
        {
            return string.Create(CultureInfo.InvariantCulture, $"us-reciprocal-annex-i-{history[1].Rate:0.##}");
        }

        return $"us-reciprocal-{PartnersSuffix(targets)}";
    }

    /// <summary>
    /// When each deal's exemption lists (<c>floor_exempt_products.csv</c>) took effect, when the Federal Register published
    /// them, and the notice: the EU's from 1 Sep 2025 (FR 2025-18660), Japan's civil aircraft from 16 Sep 2025
    /// (FR 2025-17908), Korea's and Switzerland's with their deals' reciprocal rates from 14 Nov 2025 (FR 2025-21940,
    /// FR 2025-23316).
    /// </summary>
    private static readonly Dictionary<string, (string From, string Recorded, string Source)> DealExemptionsFrom = new(StringComparer.Ordinal)
    {
        ["eu"] = ("2025-09-01", "2025-09-25", "https://www.federalregister.gov/d/2025-18660"),
        ["japan"] = ("2025-09-16", "2025-09-16", "https://www.federalregister.gov/d/2025-17908"),
        ["korea"] = ("2025-11-14", "2025-12-04", "https://www.federalregister.gov/d/2025-21940"),
        ["swiss"] = ("2025-11-14", "2025-12-18", "https://www.federalregister.gov/d/2025-23316"),
    };

    /// <summary>
    /// The day a deal's reciprocal rate became all-in (the 15% floor, the MFN rate included) where that came after its
    /// country rate, and the notice that did it: Korea's 15% of 7 Aug 2025 (9903.02.56, EO 14326) was added to the column 1
    /// rate until FR 2025-21940 (4 Dec 2025) replaced it by 9903.02.79-.80 from 14 Nov 2025. The EU's was all-in in EO
    /// 14326 itself, Japan's from 7 Aug 2025 by its deal's order, Switzerland's 39% had no floor until its own notice.
    /// </summary>
    private static readonly Dictionary<string, (string From, string Source)> FloorAllInFrom = new(StringComparer.Ordinal)
    {
        ["korea"] = ("2025-11-14", "https://www.federalregister.gov/documents/2025/12/04/2025-21940/implementing-certain-tariff-related-elements-of-the-us-korea-strategic-trade-and-investment-deal"),
    };

    /// <summary>
    /// A deal whose order made its rate all-in retroactively: Japan's 15% of 7 Aug 2025 (EO 14326) was added to the column 1
    /// rate at entry until the notice implementing EO 14345 (FR 2025-17908, 16 Sep 2025) put the all-in rate in the schedule,
    /// for goods entered from 7 Aug 2025 (EO 14345, FR 2025-17389): what was deposited then is refundable down to the floor.
    /// </summary>
    private static readonly Dictionary<string, (string From, string Until, string Order, string Notice)> FloorBackdated = new(StringComparer.Ordinal)
    {
        ["japan"] = ("2025-08-07", "2025-09-16", "https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm",
            "https://www.federalregister.gov/documents/2025/09/16/2025-17908/implementing-certain-tariff-related-elements-of-the-united-states-japan-agreement"),
    };

    /// <summary>The day the ledger learnt that Korea's reciprocal rate was added to the column 1 rate before 14 Nov 2025, and Japan's before 16 Sep 2025.</summary>
    private const string DealFloorsLearned = "2026-12-06";

    private static readonly Dictionary<string, string> DealExemptionKinds = new(StringComparer.Ordinal)
    {
        ["civil_aircraft"] = "civil aircraft",
        ["pharma"] = "non-patented pharmaceuticals",
        ["ptaap"] = "unavailable natural resources",
        ["particular"] = "particular articles",
    };

    private static readonly Dictionary<string, string> DealNames = new(StringComparer.Ordinal)
    {
        ["eu"] = "EU",
        ["japan"] = "Japan",
        ["korea"] = "Korea",
        ["swiss"] = "Switzerland and Liechtenstein",
    };

    private static string? DealOf(string iso) =>
        EuMembers.Contains(iso) ? "eu" : iso == "JP" ? "japan" : iso == "KR" ? "korea" : iso is "CH" or "LI" ? "swiss" : null;

    /// <summary>The goods of the 14 Nov 2025 order: farm goods (chapters 1-24) and fertilizers (chapter 31).</summary>
    private static bool IsFarmGood(string line) => int.Parse(line[..2], CultureInfo.InvariantCulture) is <= 24 or 31;

    /// <summary>The farm goods as the ledger recorded them until <see cref="AnnexIILearned"/>: chapters 1-24, without the fertilizers.</summary>
    private static bool IsFarmGoodAsRecorded(string line) => int.Parse(line[..2], CultureInfo.InvariantCulture) <= 24;

    /// <summary>The day the ledger learnt that Annex II exempts the deals' pharmaceuticals for every partner, that the fertilizers join it with the farm goods, and that the deals' own exemptions start with their notices.</summary>
    private const string AnnexIILearned = "2026-12-05";

    private const string FarmGoodsOrder = "https://www.whitehouse.gov/presidential-actions/2025/11/modifying-the-scope-of-the-reciprocal-tariffs-with-respect-to-certain-agricultural-products/";

    private const string AnnexIICorrection =
        "Annex II exempted the pharmaceuticals of the deals' lists for every partner from 5 Apr 2025, not only for the deal partners; the fertilizers of chapter 31 join it with the farm goods on 13 Nov 2025 (order of 14 Nov 2025), not from April; a deal's own exemptions start with the notice that implements it, not with the reciprocal tariff. Recorded when the ledger learnt it.";

    private const string FertilizerCorrection =
        "The order of 14 Nov 2025 adds the fertilizers of chapter 31 to Annex II with the farm goods. Recorded when the ledger learnt it.";

    /// <summary>The 20 subheadings of the 11 April 2025 memorandum (9903.01.32), exempt from the reciprocal tariff from 5 April.</summary>
    private static readonly string[] ElectronicsExemption =
    [
        "8471", "847330", "8486", "85171300", "85176200", "85235100", "8524", "85285200", "85411000", "85412100", "85412900",
        "85413000", "85414910", "85414970", "85414980", "85414995", "85415100", "85415900", "85419000", "8542",
    ];

    private void CountryOrders()
    {
        // Brazil: +40% (EO 14323) with its Annex I exemptions; India: +25% for Russian oil (EO 14329) until the February 2026 order.
        // Their exceptions differ in the schedule: 9903.01.77 (Brazil) excepts only 9903.01.78-.83 and .90 (goods in transit,
        // donations, informational materials, its own Annex I and farm list, civil aircraft, Section 232 goods), not the
        // reciprocal tariff's Annex II (note 2(v)(iii)) nor the electronics (9903.01.32); 9903.01.86 (India) excepts Annex II.
        var brazil = _source.Csv("country_eo_exempt_products.csv").Where(r => r[0] == "9903.01.77").ToList();
        _lists["us-ieepa-brazil-exempt"] = brazil.Where(r => string.CompareOrdinal(r[2], "2025-08-06") <= 0).Select(r => r[1]).ToList();
        _lists["us-ieepa-brazil-exempt-nov"] = brazil.Where(r => string.CompareOrdinal(r[2], "2025-08-06") > 0).Select(r => r[1]).ToList();
        _decisions.Add($"Brazil: {_lists["us-ieepa-brazil-exempt"].Count} lines exempt from the +40% from the start (Annex I), {_lists["us-ieepa-brazil-exempt-nov"].Count} from 13 Nov 2025 (the order of 20 Nov)");
        Exempt("us-ieepa-brazil", "nov-2025", "Farm goods exempted from the Brazil order (order of 20 Nov 2025, in force 13 Nov)", "2025-11-13", "2025-11-20",
            "https://www.whitehouse.gov/presidential-actions/2025/11/modifying-duties-addressing-threats-to-the-united-states-by-the-government-of-brazil/", "us-ieepa-brazil-exempt-nov", null);
        Measure(new Layer(
            "us-ieepa-brazil", "IEEPA order on Brazil (+40%)", "IEEPA (Brazil)", "EO 14323 (9903.01.77; its exceptions 9903.01.78-.83 and .90)", "ieepa-reciprocal", ["BR"], [],
            new Scope(true, [], ["us-ieepa-brazil-exempt"], "all goods except Annex I of EO 14323 (9903.01.81; the reciprocal tariff's Annex II and electronics exemption are not exceptions to it: 9903.01.77)"),
            "2025-08-05", ["https://www.federalregister.gov/documents/2025/08/05/2025-14896/addressing-threats-to-the-united-states-by-the-government-of-brazil"], null,
            [new Rate("2025-08-06", null, "40"), new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source])]));
        Measure(new Layer(
            "us-ieepa-india-russian-oil", "IEEPA order on India for Russian oil (+25%)", "IEEPA (India)", "EO 14329 (9903.01.84)", "ieepa-reciprocal", ["IN"], [],
            new Scope(true, [], ["us-ieepa-annex-ii"], "all goods except Annex II"),
            "2025-08-11", [IndiaOrder], null,
            [new Rate("2025-08-27", null, "25"), new Rate("2026-02-07", null, "ends", "2026-02-06", ["https://www.whitehouse.gov/presidential-actions/2026/02/"])]));
        CorrectScope([("us-ieepa-india-russian-oil", [IndiaOrder])],
            new Scope(true, [], ["us-ieepa-annex-ii-with-pharmaceuticals", "us-ieepa-electronics"], "all goods except those excepted from the reciprocal tariff (section 3(b) of EO 14257, as amended: Annex II and the electronics of 11 Apr 2025)"),
            AnnexIILearned, "2025-08-11", [Hts],
            "EO 14329 excepts what section 3(b) of EO 14257 excepts from the reciprocal tariff: Annex II as amended (its pharmaceuticals for every partner) and the electronics of 11 Apr 2025. Recorded when the ledger learnt it.");
        // the ledger built India's suspension when it learnt that EO 14329 excepts Annex II as amended: recorded then, public
        // since the order of 14 Nov 2025 (as known before, India's farm goods paid its +25%)
        Exempt("us-ieepa-india-russian-oil", "farm", "Farm goods and fertilizers added to Annex II (order of 14 Nov 2025, in force 13 Nov)", "2025-11-13", AnnexIILearned,
            FarmGoodsOrder, "us-ieepa-annex-ii-farm", AnnexIIHeading, published: "2025-11-14");
        CorrectScope([("us-ieepa-india-russian-oil-farm", [FarmGoodsOrder])], Scope.Of(["us-ieepa-annex-ii-farm", "us-ieepa-annex-ii-fertilizers"], "farm goods (chapters 1-24) and fertilizers (chapter 31) of the curated exemption list"),
            AnnexIILearned, "2025-11-14", [], FertilizerCorrection);
    }

    // ------------------------------------------------------------------ IEEPA fentanyl (Canada, Mexico; China and Hong Kong are in the bundled ledger)

    private void Fentanyl()
    {
        var carve = _source.Csv("fentanyl_carveout_products.csv");
        _lists["us-fentanyl-energy-ca"] = carve.Where(r => r[2] == "energy_ca").Select(r => r[0]).ToList();
        _lists["us-fentanyl-potash-ca"] = carve.Where(r => r[2] == "potash_ca").Select(r => r[0]).ToList();
        _lists["us-fentanyl-potash-mx"] = carve.Where(r => r[2] == "potash_mx").Select(r => r[0]).ToList();
        const string usmca = "goods that qualify as originating under the USMCA are exempt from 7 Mar 2025 (9903.01.04 Canada, 9903.01.05 Mexico): declare the claim to pay 0";
        var caSource = "https://www.federalregister.gov/documents/2025/03/06/2025-03664/notice-of-implementation-of-additional-duties-on-products-of-canada-pursuant-to-the-presidents";
        var mxSource = "https://www.federalregister.gov/documents/2025/03/06/2025-03665/notice-of-implementation-of-additional-duties-on-products-of-mexico-pursuant-to-the-presidents";
        var ca35 = "https://www.federalregister.gov/documents/2025/08/06/2025-14999/amendment-to-duties-to-address-the-flow-of-illicit-drugs-across-our-northern-border";
        Measure(new Layer("us-fentanyl-ca", "IEEPA fentanyl tariff on Canada", "IEEPA fentanyl", "EO 14193 (9903.01.10); raised by EO 14325 (9903.01.10 at 35%)", "ieepa-fentanyl-usmca", ["CA"], [],
            Scope.AllGoodsScope, "2025-03-06", [caSource], usmca,
            [new Rate("2025-03-04", null, "25"), new Rate("2025-08-01", null, "35", "2025-07-31", [ca35]), new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source])],
            Condition: usmca, Claim: Usmca));
        Measure(new Layer("us-fentanyl-ca-energy", "IEEPA fentanyl tariff on Canadian energy and potash (10%)", "IEEPA fentanyl", "EO 14193 (9903.01.13, 9903.01.15)", "ieepa-fentanyl-usmca", ["CA"], [],
            Scope.Of(["us-fentanyl-energy-ca", "us-fentanyl-potash-ca"], "energy resources and potash (the curated carve-out list)"), "2025-03-06", [caSource], usmca,
            [new Rate("2025-03-04", null, "10"), new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source])], Condition: usmca, Claim: Usmca));
        Measure(new Layer("us-fentanyl-mx", "IEEPA fentanyl tariff on Mexico", "IEEPA fentanyl", "EO 14194 (9903.01.01)", "ieepa-fentanyl-usmca", ["MX"], [],
            Scope.AllGoodsScope, "2025-03-06", [mxSource], usmca,
            [new Rate("2025-03-04", null, "25"), new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source])], Condition: usmca, Claim: Usmca));
        Measure(new Layer("us-fentanyl-mx-potash", "IEEPA fentanyl tariff on Mexican potash (10%)", "IEEPA fentanyl", "EO 14194 (9903.01.05)", "ieepa-fentanyl-usmca", ["MX"], [],
            Scope.Of(["us-fentanyl-potash-mx"], "potash"), "2025-03-06", [mxSource], usmca,
            [new Rate("2025-03-07", null, "10"), new Rate(IeepaEnd, null, "ends", IeepaEndRecorded, [Section122Source])], Condition: usmca, Claim: Usmca));
    }

    // ------------------------------------------------------------------ Section 232

    private void Section232(IReadOnlyDictionary<string, string> countries)
    {
        AnnexesReplace();
        // steel and aluminium before the April 2026 restructuring: the articles of 2018 and the derivatives of 2025
        var (articles, leftOut) = SteelArticles();
        if (articles.Count == 0)
        {
            throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: no revision has the steel product headings 9903.80.05-.58 that enumerate the steel articles");
        }

        // the scopes the ledger recorded the steel layers with keep their lists; the subheadings correct them from the day
        // the ledger learnt them (SteelArticlesLearned), as amendments
        _lists["us-232-steel-articles"] = [.. SteelArticlesByHeading];
        _lists["us-232-steel-articles-by-subheading"] = articles;
        _decisions.Add($"Section 232 steel: {articles.Count} subheadings of the steel articles, as 9903.80.05-.58 name them; {leftOut.Count} lines of headings 7206-7229 outside them ({string.Join(", ", leftOut)}) are steel derivatives of March 2025 by heading (approximate); both corrections of the scopes by heading are amendments recorded {SteelArticlesLearned}");
        // the March 2025 steel derivatives (U.S. note 16(m)), whose list no file here carries: chapter 73's headings, and,
        // from the correction, the lines of chapter 72 outside the articles, approximate
        _lists["us-232-steel-derivatives"] = ["7301", "7302", "7303", "7307", "7308", "7309", "7310", "7311", "7312", "7313", "7314", "7315", "7316", "7317", "7318", "7319", "7320", "7321", "7322", "7323", "7324", "7325", "7326", "87081030", "87082921"];
        _lists["us-232-steel-derivatives-ch72"] = leftOut;
        _lists["us-232-steel-inclusions"] = _source.Csv("s232_derivative_products.csv").Where(r => r[2] == "steel").Select(r => r[0]).ToList();
        // the aluminium articles of 2018 as the schedule names them: unwrought (9903.85.05, heading 7601), wrought (9903.85.06,
        // headings 7604-7609) and the castings and forgings of 7616.99.51 that 9903.85.06 adds, its statistical lines .60 and .70
        // (9903.85.44); without these two, castings and forgings paid nothing before the derivatives of 12 Mar 2025
        // (9903.85.44); the ledger learnt of these two on 2026-12-05 (MetalsScopesLearned), so they are a list of their own
        _lists["us-232-aluminium-articles"] = ["7601", "7604", "7605", "7606", "7607", "7608", "7609"];
        _lists["us-232-aluminium-castings"] = ["7616995160", "7616995170"];
        // the curated aluminium lines: those of March 2025 charged on the full value (9903.85.07, U.S. note 19(j)) are the
        // derivatives of chapter 76, line by line (until 2026-12-05 the ledger took headings 7610-7616 whole); those of
        // 9903.85.04 (note 19(i)) are the derivatives of 2020 (Proclamation 9980: stranded wire of 7614, bumper stampings),
        // which paid 10% under 9903.85.03 (note 19(a)(iii)) before March 2025; those charged on the aluminium content's
        // value (9903.85.08) and the inclusions of August 2025 have their own layers
        var aluminium = _source.Csv("s232_derivative_products.csv").Where(r => r[2] == "aluminum").ToList();
        var march = aluminium.Where(r => r.Length < 4 || r[3].Length == 0).ToList();
        var onContent = march.Where(r => _contentHeadings.ContainsKey(r[1])).ToList();
        var of2020 = march.Where(r => r[1] == "9903.85.04").ToList();
        // as recorded until MetalsScopesLearned: headings 7610-7616 whole and the curated lines of 9903.85.04 and .07
        _lists["us-232-aluminium-derivatives"] = ["7610", "7611", "7612", "7613", "7614", "7615", "7616", .. march.Except(onContent).Select(r => r[0])];
        _lists["us-232-aluminium-derivatives-by-line"] = march.Except(onContent).Except(of2020).Select(r => r[0]).ToList();
        _lists["us-232-aluminium-derivatives-2020"] = of2020.Select(r => r[0]).ToList();
        // the steel derivatives of 2020 (Proclamation 9980, U.S. note 16(a)(ii), 9903.80.03 at +25%): nails, tacks and staples
        // of 7317.00.30-.75 and bumper stampings of 8708.10.30 and 8708.29.21; from 12 Mar 2025 under 9903.81.89 (note 16(l))
        _lists["us-232-steel-derivatives-2020"] = ["73170030", "73170055", "73170065", "73170075", "87081030", "87082921"];
        _lists["us-232-aluminium-content"] = onContent.Select(r => r[0]).ToList();
        _lists["us-232-aluminium-inclusions"] = aluminium.Except(march).Select(r => r[0]).ToList();
        var steelMetal = ContentMetalOf("us-232-steel-inclusions", _source.Csv("s232_derivative_products.csv").Where(r => r[2] == "steel").Select(r => r[1]).ToList());
        var aluminiumMetal = ContentMetalOf("us-232-aluminium-content", onContent.Select(r => r[1]).ToList());
        var inclusionsMetal = ContentMetalOf("us-232-aluminium-inclusions", aluminium.Except(march).Select(r => r[1]).ToList());
        var annex = _source.Csv("s232_annex_products.csv");
        foreach (var tier in new[] { "1a", "1b", "2", "3" })
        {
            // the UK's headings (9903.82.04, .05) cover its aluminium and steel only: copper lines are listed apart, and the
            // tier's list keeps them as the ledger recorded it until MetalsScopesLearned (the corrected scopes exclude them)
            _lists[$"us-232-annex-{tier}"] = annex.Where(r => r[1] == tier).Select(r => r[0]).ToList();
            if (annex.Any(r => r[1] == tier && r[2] == "copper"))
            {
                _lists[$"us-232-annex-{tier}-copper"] = annex.Where(r => r[1] == tier && r[2] == "copper").Select(r => r[0]).ToList();
            }
        }

        AnnexCarveOuts(annex);

        // the Russian aluminium surcharge (9903.85.67-.68) outlasts the restructuring on the aluminium lines of the duty-bearing annexes
        // and so does it on the aluminium articles of 2018, which the annexes' heading 9903.82.02 takes in (see Annex2026)
        // (the articles join the annex lines by an amendment of MetalsScopesLearned, see Annex2026)
        _lists["us-232-annex-aluminium"] = annex.Where(r => r[1] is "1a" or "1b" or "3" && r[2] == "aluminum").Select(r => r[0]).ToList();
        _annexAluminiumOutsideIB = annex.Where(r => r[1] is "1a" or "3" && r[2] == "aluminum").Select(r => r[0]).ToList();

        _lists["us-232-copper"] = _source.Csv("s232_copper_products.csv").Select(r => r[0]).ToList();
        var copperMetal = ContentMetalOf("us-232-copper", _source.Csv("s232_copper_products.csv").Select(r => r[1]).ToList());
        SplitVehicleParts("us-232-auto-parts", "s232_auto_parts.txt");
        SplitVehicleParts("us-232-mhd-parts", "s232_mhd_parts.txt");
        _lists["us-232-semiconductors"] = _source.Csv("s232_semi_products.csv").Select(r => r[0]).ToList();
        _lists["us-232-autos"] = ["870322", "870323", "870324", "870331", "870332", "870333", "870340", "870350", "870360", "870370", "870380", "870390", "870421", "870431", "870441", "870451", "870460"];
        _lists["us-232-mhd-vehicles"] = ["870121", "870122", "870123", "870124", "870129", "870422", "870423", "870432", "870442", "870443", "870452", "870600"];
        _lists["us-232-buses"] = ["8702"];
        _lists["us-232-softwood-lumber"] = ["440711", "440712", "440713", "440714", "440719"];
        _lists["us-232-wood-furniture"] = ["94016140", "94016160", "94016940", "940191"];
        _lists["us-232-kitchen-cabinets"] = ["94034090", "94036080", "94039170"];
        _lists["us-232-pharmaceuticals"] = ["3002", "3003", "3004"];
        _decisions.Add("Section 232: steel and aluminium articles and the March 2025 steel derivatives, autos, trucks, buses, timber and furniture are scoped by heading (approximate: the annexes name 8- and 10-digit lines); the 2020 and March 2025 aluminium derivatives, inclusions, copper, auto and truck parts, semiconductors and the April 2026 annexes by the curated lists");

        var vehicleNote = "From 3 Apr 2025 (autos) and 3 May 2025 (parts). Deal partners (Japan from 16 Sep 2025, the EU from 1 Aug 2025, Korea from 1 Nov 2025) pay 15% all-in (the MFN rate included); the UK 7.5% within its quota (10% all-in).";
        var steel = Section232Measure("us-232-steel", "steel", "Section 232 steel", "Proclamations 9705, 10896 (9903.81.87-.88), 10947", "section-232-metals", ["us-232-steel-articles"], null, AnnexesFrom, countries,
            "steel articles of chapter 72 and the 2018 chapter 73 lines (approximate, by heading)", endLearned: MetalsScopesLearned, approximate: true);
        CorrectScope(steel, Scope.Of("us-232-steel-articles-by-subheading", "the steel articles of 2018 (chapters 72 and 73), by the subheadings the steel product headings 9903.80.05-.58 name"),
            SteelArticlesLearned, Proclamation9705Published, [Hts],
            "The steel articles are the subheadings the steel product headings 9903.80.05-.58 enumerate, not headings 7206-7229 whole: the cold-formed sections of 7216.61, .69 and .91 are none (Proclamation 9705 runs from 7216.50 to 7216.99). Recorded when the ledger learnt it.");
        var steel2020 = Section232Measure("us-232-steel-derivatives-2020", "steel", "Section 232 steel derivatives", "Proclamation 9980 (9903.80.03; from 12 Mar 2025 9903.81.89)", "section-232-metals", ["us-232-steel-derivatives-2020"], Derivatives2020, AnnexesFrom, countries,
            "the derivatives of 2020: nails, tacks and staples (7317.00.30-.75) and bumper stampings (8708.10.30, 8708.29.21)", recorded: MetalsScopesLearned, source: Proclamation9980,
            note: Derivatives2020Note, published: Proclamation9980Published);
        var steelDerivatives = Section232Measure("us-232-steel-derivatives", "steel", "Section 232 steel derivatives", "Proclamation 10896 (9903.81.89-.93)", "section-232-metals", ["us-232-steel-derivatives"], "2025-03-12", AnnexesFrom, countries,
            "derivative steel articles of chapter 73 (approximate, by heading: U.S. note 16(m)'s list is in no file here)", approximate: true);
        if (leftOut.Count > 0)
        {
            CorrectScope(steelDerivatives, Scope.Of(["us-232-steel-derivatives", "us-232-steel-derivatives-ch72"], "derivative steel articles of chapter 73 and the chapter 72 lines outside the articles (approximate, by heading: U.S. note 16(m)'s list is in no file here)") with { Approximate = true },
                SteelArticlesLearned, "2025-02-18", [Hts],
                "The lines of headings 7206-7229 that the steel product headings 9903.80.05-.58 do not name (cold-formed sections of 7216.61, .69 and .91) are taken as steel derivatives of March 2025 with chapter 73, approximate. Recorded when the ledger learnt it.");
        }
        var steelInclusions = Section232Measure("us-232-steel-inclusions", "steel", "Section 232 steel derivatives (inclusions of 18 Aug 2025)", "BIS inclusions, 90 FR 40326 (9903.81.91)", "section-232-metals", ["us-232-steel-inclusions"], "2025-08-18", AnnexesFrom, countries,
            "the 407 inclusion lines (curated list): the duty is on the steel content's value", recorded: "2025-08-19", source: "https://www.federalregister.gov/documents/2025/08/19/2025-15819/adoption-and-procedures-of-the-section-232-steel-and-aluminum-tariff-inclusions-process",
            contentMetal: steelMetal);
        var aluminiumArticles = Section232Measure("us-232-aluminium", "aluminum", "Section 232 aluminium", "Proclamations 9704, 10895 (9903.85.02-.03), 10947", "section-232-metals", ["us-232-aluminium-articles"], null, AnnexesFrom, countries,
            "aluminium articles (approximate, by heading)", endLearned: MetalsScopesLearned, approximate: true);
        CorrectScope(aluminiumArticles, Scope.Of(["us-232-aluminium-articles", "us-232-aluminium-castings"], "aluminium articles: headings 7601 and 7604-7609, and the castings and forgings of 7616.99.51 (its statistical lines .60 and .70, 9903.85.44)"),
            MetalsScopesLearned, Proclamation9704Published, [Hts],
            "9903.85.06 names the castings and forgings of 7616.99.51 among the 2018 aluminium articles (9903.85.44: its statistical lines .60 and .70); the ledger charged them only as derivatives from 12 Mar 2025 until it learnt this.");
        var aluminium2020 = Section232Measure("us-232-aluminium-derivatives-2020", "aluminum", "Section 232 aluminium derivatives", "Proclamation 9980 (9903.85.03; from 12 Mar 2025 9903.85.04)", "section-232-metals", ["us-232-aluminium-derivatives-2020"], Derivatives2020, AnnexesFrom, countries,
            "the derivatives of 2020 under 9903.85.04 (curated list): stranded wire and cables (7614) and bumper stampings: the duty is on the full value", recorded: MetalsScopesLearned, source: Proclamation9980,
            note: Derivatives2020Note, published: Proclamation9980Published);
        DerivativesOfOneMetal(steel2020, "us-232-steel-derivatives-2020", [], "Of steel", "derivative iron or steel products (9903.81.89-.90)", approximate: false);
        DerivativesOfOneMetal(steelDerivatives, "us-232-steel-derivatives", leftOut.Count > 0 ? ["us-232-steel-derivatives-ch72"] : [], "Of steel", "derivative iron or steel products (9903.81.89-.90)", approximate: true);
        DerivativesOfOneMetal(aluminium2020, "us-232-aluminium-derivatives-2020", [], "Of aluminum", "derivative aluminum products (9903.85.04)", approximate: false);
        var aluminiumDerivatives = Section232Measure("us-232-aluminium-derivatives", "aluminum", "Section 232 aluminium derivatives", "Proclamation 10895 (9903.85.07)", "section-232-metals", ["us-232-aluminium-derivatives"], "2025-03-12", AnnexesFrom, countries,
            "aluminium derivatives of chapter 76 (by heading) and the curated lines under 9903.85.04 and 9903.85.07: the duty is on the full value");
        CorrectScope(aluminiumDerivatives, Scope.Of("us-232-aluminium-derivatives-by-line", "the aluminium derivatives of chapter 76 under 9903.85.07 (U.S. note 19(j), curated list): the duty is on the full value"),
            MetalsScopesLearned, "2025-02-18", [Hts],
            "The aluminium derivatives of March 2025 charged on the full value are the lines of 9903.85.07 (U.S. note 19(j)), not headings 7610-7616 whole; those of 9903.85.04 are the derivatives of 2020, a layer of their own (us-232-aluminium-derivatives-2020). Recorded when the ledger learnt it.");
        var aluminiumContent = Section232Measure("us-232-aluminium-content", "aluminum", "Section 232 aluminium derivatives (on the aluminium content)", "Proclamation 10895 (9903.85.08)", "section-232-metals", ["us-232-aluminium-content"], "2025-03-12", AnnexesFrom, countries,
            "the curated derivative lines under 9903.85.08, outside chapter 76: the duty is on the aluminium content's value", contentMetal: aluminiumMetal);
        var aluminiumInclusions = Section232Measure("us-232-aluminium-inclusions", "aluminum", "Section 232 aluminium derivatives (inclusions of 18 Aug 2025)", "BIS inclusions, 90 FR 40326 (9903.85.08)", "section-232-metals", ["us-232-aluminium-inclusions"], "2025-08-18", AnnexesFrom, countries,
            "the aluminium inclusion lines (curated list): the duty is on the aluminium content's value", recorded: "2025-08-19", source: "https://www.federalregister.gov/documents/2025/08/19/2025-15819/adoption-and-procedures-of-the-section-232-steel-and-aluminum-tariff-inclusions-process",
            contentMetal: inclusionsMetal);
        InclusionsAsTheNotesList(steelInclusions, aluminiumInclusions);
        MarchAluminiumAsTheNotesList(aluminiumDerivatives, aluminiumContent);
        Annex2026(countries);
        // 9903.78.01 leaves the schedule with the April 2026 annexes (HTS 2026 revision 5), which take the copper lines in
        // (9903.82.02 at 50%, 9903.82.09 at 25%, on the full value)
        Section232Measure("us-232-copper", "copper", "Section 232 copper", "Proclamation 10962 (9903.78.01)", "section-232-metals", ["us-232-copper"], null, AnnexesFrom, countries,
            "semi-finished copper and copper derivatives (curated list): the duty is on the copper content's value", contentMetal: copperMetal, endLearned: MetalsScopesLearned);
        Section232Measure("us-232-autos", "autos", "Section 232 autos", "Proclamation 10908 (9903.94.01)", "section-232-vehicles", ["us-232-autos"], null, null, countries,
            "passenger vehicles and light trucks (by subheading)", note: vehicleNote);
        UkLightTrucks();
        var autoParts = Section232Measure("us-232-auto-parts", "auto_parts", "Section 232 auto parts", "Proclamation 10908 (9903.94.05)", "section-232-vehicles", ["us-232-auto-parts"], null, null, countries,
            "auto parts (curated list)", note: vehicleNote);
        HeadingsNamedWithTheirLines("us-232-auto-parts", "s232_auto_parts.txt", autoParts);
        Section232Measure("us-232-auto-parts-if-vehicle-part", "auto_parts", "Section 232 auto parts", "Proclamation 10908 (9903.94.05)", "section-232-vehicles", ["us-232-auto-parts-if-vehicle-part"], null, null, countries,
            "headings the auto parts list names whole although their goods are not vehicle parts by their own description (U.S. note 33(g) covers them only as parts of passenger vehicles and light trucks)",
            note: vehicleNote, condition: VehiclePartCondition);
        Section232Measure("us-232-mhd-vehicles", "mhd_vehicles", "Section 232 medium and heavy-duty vehicles", "Proclamation of 17 Oct 2025 (9903.74.01)", "section-232-vehicles", ["us-232-mhd-vehicles"], null, null, countries,
            "medium and heavy-duty trucks and tractors (by subheading)");
        var mhdParts = Section232Measure("us-232-mhd-parts", "mhd_parts", "Section 232 medium and heavy-duty vehicle parts", "Proclamation of 17 Oct 2025 (9903.74.08)", "section-232-vehicles", ["us-232-mhd-parts"], null, null, countries,
            "medium and heavy-duty vehicle parts (curated list)");
        PartsOnBothLists(countries, mhdParts);
        Section232Measure("us-232-buses", "buses", "Section 232 buses", "Proclamation of 17 Oct 2025 (9903.74.02)", "section-232-vehicles", ["us-232-buses"], null, null, countries, "buses (heading 8702)");
        Section232Measure("us-232-softwood-lumber", "softwood_lumber", "Section 232 softwood timber and lumber", "Proclamation 10976 (9903.76.01)", "section-232-wood", ["us-232-softwood-lumber"], null, null, countries,
            "softwood lumber (by subheading)");
        Section232Measure("us-232-wood-furniture", "wood_furniture", "Section 232 upholstered wooden furniture", "Proclamation 10976 (9903.76.02)", "section-232-wood", ["us-232-wood-furniture"], null, null, countries,
            "upholstered wooden seats and their parts (approximate)", approximate: true);
        Section232Measure("us-232-kitchen-cabinets", "kitchen_cabinets", "Section 232 kitchen cabinets and vanities", "Proclamation 10976 (9903.76.03)", "section-232-wood", ["us-232-kitchen-cabinets"], null, null, countries,
            "kitchen cabinets, vanities and their parts (approximate)", approximate: true);
        // pharmaceuticals (FR 2026-06956, published 9 Apr 2026, from 29 Sep 2026): the collection has no product list and
        // no revision up to 2026 Revision 10 carries its Chapter 99 headings, so the layer is conditional on the goods
        // being what the proclamation covers, over the medicament headings (approximate)
        Section232Measure("us-232-pharmaceuticals", "pharmaceuticals", "Section 232 pharmaceuticals", "Proclamation on pharmaceuticals and pharmaceutical ingredients (FR 2026-06956)", "section-232", ["us-232-pharmaceuticals"], null, null, countries,
            "medicaments and biologics of headings 3002, 3003 and 3004 (approximate: the proclamation's product annex is not in the collection, and its ingredients of chapter 29 are left out)",
            note: "From 29 Sep 2026: 100%; the EU, Japan, Korea, Switzerland and Liechtenstein 15% all-in (the MFN rate included), the United Kingdom 10%. Its Chapter 99 headings are in no HTS revision up to 2026 Revision 10.",
            condition: PharmaceuticalCondition, approximate: true);
        var semiconductors = Section232Measure("us-232-semiconductors", "semiconductors", "Section 232 semiconductors", "Proclamation of 14 Jan 2026 (9903.79.01)", "section-232-semiconductors", ["us-232-semiconductors"], null, null, countries,
            "advanced computing chips in the curated list");
        SemiconductorsByTheirParameters(countries, semiconductors);
    }

    /// <summary>
    /// The semiconductors duty (9903.79.01) falls on the "semiconductor articles" of U.S. note 39(a) and (b): the goods of the
    /// listed lines that meet the note's technical parameters (advanced computing chips and what contains them), and not on
    /// those entered for a use that 9903.79.03-.09 exempt (U.S. data centers, repairs or replacement, research and
    /// development, startups, non-data-center consumer electronics or civil industrial applications, the public sector).
    /// The line does not say either, so the duty is a condition the importer declares
    /// (<c>us-232-semiconductors-if-covered</c>), not a layer on every good of the line, which the ledger charged until it
    /// learnt this; the correction is an amendment recorded on that day, so answers as known before still charge it.
    /// </summary>
    private void SemiconductorsByTheirParameters(IReadOnlyDictionary<string, string> countries, IReadOnlyList<(string Id, string[] Sources)> semiconductors)
    {
        _lists["us-232-semiconductors-if-covered"] = _lists["us-232-semiconductors"];
        CorrectScope(
            semiconductors, new Scope(false, ["us-232-semiconductors"], ["us-232-semiconductors-if-covered"], "none as a layer: the listed lines pay it only as semiconductor articles of U.S. note 39(b), a condition (us-232-semiconductors-if-covered)"),
            SemiconductorParametersLearned, SemiconductorsPublished, [Hts],
            "9903.79.01 covers the semiconductor articles of U.S. note 39(a) and (b), those meeting the note's technical parameters, and 9903.79.03-.09 exempt those entered for the uses they name; the listed lines hold other goods too, so the duty is a condition, not a layer on the whole line, which the ledger charged until it learnt this");
        Section232Measure("us-232-semiconductors-if-covered", "semiconductors", "Section 232 semiconductors", "Proclamation of 14 Jan 2026 (9903.79.01; exemptions 9903.79.03-.09)", "section-232-semiconductors", ["us-232-semiconductors-if-covered"], null, null, countries,
            "the lines of the curated list, as far as their goods are semiconductor articles of U.S. note 39(b)", recorded: SemiconductorParametersLearned,
            note: "Recorded when the ledger learnt that the duty turns on the goods' technical parameters and use; public since the proclamation (20 Jan 2026).",
            condition: SemiconductorCondition, published: SemiconductorsPublished, renamed: false);
        _decisions.Add("Section 232 semiconductors: a condition on the listed lines (us-232-semiconductors-if-covered), since 9903.79.01 covers only the semiconductor articles of U.S. note 39(b) not entered for a use 9903.79.03-.09 exempt");
    }

    /// <summary>The day the ledger learnt that the semiconductors duty turns on the goods' parameters and use.</summary>
    private const string SemiconductorParametersLearned = "2026-12-07";

    /// <summary>The semiconductors proclamation of 14 Jan 2026, in the Federal Register of 20 Jan 2026 (FR Doc. 2026-01052).</summary>
    private const string SemiconductorsPublished = "2026-01-20";

    private const string SemiconductorCondition =
        "only semiconductor articles of U.S. note 39(b), those meeting its technical parameters (advanced computing chips and the goods that contain them), and not entered for U.S. data centers, repairs or replacement, research and development, startups, non-data-center consumer electronics or civil industrial applications, or the public sector (9903.79.03-.09)";

    /// <summary>The derivatives of Proclamation 9980 (FR 2020-01806), in force from 8 Feb 2020.</summary>
    private const string Derivatives2020 = "2020-02-08";

    /// <summary>Proclamation 9980, in the Federal Register of 29 Jan 2020.</summary>
    private const string Proclamation9980Published = "2020-01-29";

    private const string Derivatives2020Note = "Recorded when the ledger learnt that the derivatives of 2020 paid from 8 Feb 2020; public since Proclamation 9980 (29 Jan 2020).";

    /// <summary>Proclamation 9704 (aluminium), in the Federal Register of 15 Mar 2018 (83 FR 11619).</summary>
    private const string Proclamation9704Published = "2018-03-15";

    /// <summary>
    /// The day the ledger learnt the corrections of the metals scopes of its first build (2026-12-04): copper split from
    /// Annexes I-A and I-B into layers of its own and 9903.78.01 ended by the annexes; the 2018 articles ended by them too and
    /// taken into Annex I-A; each tier's carve-outs; the castings and forgings of 7616.99.51 among the aluminium articles;
    /// the aluminium derivatives of March 2025 by the lines of 9903.85.07; the derivatives of 2020. Each is an amendment or a
    /// record of that day, so answers as known before it are the ones the ledger gave then.
    /// </summary>
    private const string MetalsScopesLearned = "2026-12-05";

    private const string Proclamation9980 = "https://www.federalregister.gov/documents/2020/01/29/2020-01806/adjusting-imports-of-derivative-aluminum-articles-and-derivative-steel-articles-into-the-united-states";

    /// <summary>The day the ledger learnt that the UK's vehicle heading covers passenger vehicles only.</summary>
    private const string UkLightTrucksLearned = "2026-12-05";

    private const string UkDealSource = "https://www.whitehouse.gov/presidential-actions/2025/06/implementing-the-general-terms-of-the-united-states-of-america-united-kingdom-economic-prosperity-deal/";

    /// <summary>
    /// The UK deal's vehicle heading (9903.94.31, + 7.5% within the quota of U.S. note 33(i)) names "passenger vehicles that
    /// are products of the United Kingdom" where the other deals' headings (Japan's 9903.94.40-.41, the EU's .50-.51,
    /// Korea's .60-.61) name "passenger vehicles and light trucks": the UK's light trucks (heading 8704 of the autos list)
    /// stay under 9903.94.01 at 25%. The authority list gives the UK's autos one rate, which the GB class follows; this
    /// layer, in the same highest-rate group, keeps the light trucks at 25%. The ledger gave 10% all-in until it learnt this.
    /// </summary>
    private void UkLightTrucks()
    {
        var passenger = _vehicleHeadings.GetValueOrDefault("9903.94.31");
        if (passenger is null || !passenger.Description.Contains("passenger vehicles", StringComparison.Ordinal) || passenger.Description.Contains("light trucks", StringComparison.Ordinal))
        {
            _decisions.Add("Section 232 autos: 9903.94.31 does not name the UK's passenger vehicles alone: the UK's light trucks follow its autos rate");
            return;
        }

        _lists["us-232-light-trucks"] = _lists["us-232-autos"].Where(c => c.StartsWith("8704", StringComparison.Ordinal)).ToList();
        Measure(new Layer(
            "us-232-autos-light-trucks-gb", "Section 232 autos: light trucks of the United Kingdom (outside 9903.94.31)", "Section 232 autos", "Proclamation 10908 (9903.94.01; the UK's 9903.94.31 covers passenger vehicles only)",
            "section-232-vehicles", ["GB"], [], Scope.Of("us-232-light-trucks", "light trucks of the autos list (heading 8704)"), UkLightTrucksLearned,
            [UkDealSource, Hts, "https://www.federalregister.gov/documents/2025/04/03/2025-05930/adjusting-imports-of-automobiles-and-automobile-parts-into-the-united-states"],
            "The UK deal lowers the duty on the UK's passenger vehicles only (9903.94.31: + 7.5% within the quota of U.S. note 33(i)); its light trucks pay 9903.94.01's 25%. Recorded when the ledger learnt it; public since the deal's order of June 2025.",
            [new Rate("2025-07-01", null, "25")], Published: "2025-07-01"));
        _decisions.Add("Section 232 autos: 9903.94.31 names the UK's passenger vehicles only: its light trucks (8704) keep 9903.94.01's 25% (us-232-autos-light-trucks-gb)");
    }

    /// <summary>The day the ledger learnt that the steel articles are the subheadings 9903.80.05-.58 name, not headings 7206-7229 whole.</summary>
    private const string SteelArticlesLearned = "2026-12-05";

    /// <summary>Proclamation 9705 (steel), in the Federal Register of 15 Mar 2018 (83 FR 11625).</summary>
    private const string Proclamation9705Published = "2018-03-15";

    /// <summary>The steel articles as the ledger recorded them until <see cref="SteelArticlesLearned"/>: headings 7206-7229 whole and the 2018 chapter 73 lines.</summary>
    private static readonly string[] SteelArticlesByHeading =
        ["7206", "7207", "7208", "7209", "7210", "7211", "7212", "7213", "7214", "7215", "7216", "7217", "7218", "7219", "7220", "7221", "7222", "7223", "7224", "7225", "7226", "7227", "7228", "7229", "730110", "730210", "730240", "730290", "7304", "7305", "7306"];

    /// <summary>The day the ledger learnt that a part on both vehicle parts lists pays one of the two duties by its use.</summary>
    private const string PartsOverlapLearned = "2026-12-05";

    private const string Proclamation10984 = "https://www.federalregister.gov/documents/2025/10/22/2025-19639/adjusting-imports-of-medium--and-heavy-duty-vehicles-medium--and-heavy-duty-vehicle-parts-and-buses";

    private const string MhdPartCondition =
        "only goods imported as parts of medium and heavy-duty vehicles or buses: the line is on the auto parts list too, and as a part of a passenger vehicle or light truck it pays the auto parts duty instead (Proclamation 10984: the MHDVP duty of clause (1) falls on parts of those vehicles, and U.S. note 38(l), heading 9903.74.11, leaves the listed goods that are not such parts without it; clause (12) has a part subject to one of the two tariffs, not both)";

    /// <summary>
    /// The lines on both the auto parts list (Proclamation 10908, U.S. note 33(g)) and the medium and heavy-duty vehicle
    /// parts list (Proclamation 10984, Annex I, U.S. note 38(i)). Neither proclamation charges both on one good: the auto
    /// parts duty falls on parts of passenger vehicles and light trucks, the MHDVP duty on parts of medium and heavy-duty
    /// vehicles (9903.74.11 takes the listed goods that are not such parts out of it), and clause (12) of Proclamation
    /// 10984 speaks of a part as subject to one tariff or the other. Which one depends on the vehicle the part is for, which
    /// the tariff line does not say: the answer totals the auto parts duty, the older measure, and shows the MHDVP duty as
    /// the condition it is (<c>us-232-mhd-parts-if-mhd-part</c>). Until it learnt this the ledger charged the higher of the
    /// two; the correction is an amendment of the MHDVP layers' scope recorded on the day it was learnt, so answers as
    /// known before still give the higher.
    /// </summary>
    private void PartsOnBothLists(IReadOnlyDictionary<string, string> countries, IReadOnlyList<(string Id, string[] Sources)> mhdParts)
    {
        var auto = _lists["us-232-auto-parts"];
        var mhd = _lists["us-232-mhd-parts"];
        bool Within(string code, IEnumerable<string> scope) => scope.Any(s => code.StartsWith(s, StringComparison.Ordinal));
        var both = mhd.Where(m => Within(m, auto))
            .Concat(auto.Where(a => mhd.Any(m => a.Length > m.Length && a.StartsWith(m, StringComparison.Ordinal))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (both.Count == 0)
        {
            return;
        }

        _lists["us-232-mhd-parts-also-auto-parts"] = both;
        CorrectScope(
            mhdParts, new Scope(false, ["us-232-mhd-parts"], ["us-232-mhd-parts-also-auto-parts"], "medium and heavy-duty vehicle parts (curated list), less the lines on the auto parts list too, whose MHDVP duty is a condition (us-232-mhd-parts-if-mhd-part)"),
            PartsOverlapLearned, "2025-10-22", [Hts],
            "A part on both vehicle parts lists pays one duty by the vehicle it is for, not the higher of the two, which the ledger charged until it learnt this (Proclamation 10984, clauses (1) and (12); U.S. note 38(l))");

        Section232Measure("us-232-mhd-parts-if-mhd-part", "mhd_parts", "Section 232 medium and heavy-duty vehicle parts", "Proclamation 10984 (9903.74.08)", "section-232-vehicles", ["us-232-mhd-parts-also-auto-parts"], null, null, countries,
            "the lines of the medium and heavy-duty vehicle parts list that the auto parts list names too", recorded: PartsOverlapLearned,
            note: "Recorded when the ledger learnt that such a part pays one of the two duties; public since the proclamation (22 Oct 2025).", condition: MhdPartCondition, published: "2025-10-22",
            renamed: false);
        _decisions.Add($"Section 232 parts: {both.Count} lines are on both the auto parts and the medium and heavy-duty vehicle parts lists: the auto parts duty is the layer, the MHDVP duty a condition (us-232-mhd-parts-if-mhd-part), by the vehicle the part is for");
    }

    /// <summary>
    /// A heading a parts list names whole beside some of its own statistical lines (8707 on the auto parts list, with six of
    /// its eight lines): the lines are the list's word on that heading, and the heading adds the others (8707.90.10.00,
    /// bodies for agricultural tractors; 8707.90.50.90, for other vehicles), which are no bodies for the vehicles U.S. note
    /// 33 covers. The list's lines are followed: an amendment recorded when the ledger learnt it leaves the others out, so
    /// answers as known before still charge them.
    /// </summary>
    private void HeadingsNamedWithTheirLines(string name, string file, IReadOnlyList<(string Id, string[] Sources)> measures)
    {
        var listed = _lists[name];
        var left = new List<string>();
        foreach (var heading in listed.Where(c => c.Length == 4))
        {
            var lines = listed.Where(c => c.Length > 4 && c.StartsWith(heading, StringComparison.Ordinal)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var others = _numbers.Where(n => n.Length == 10 && n.StartsWith(heading, StringComparison.Ordinal) && !lines.Any(l => n.StartsWith(l, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal).ToList();
            left.AddRange(others);
            _decisions.Add($"{file}: heading {heading} is named whole beside {lines.Count} of its lines; the lines are followed, leaving out {string.Join(", ", others)} (amendment recorded {HeadingLinesLearned})");
        }

        if (left.Count == 0)
        {
            return;
        }

        var unlisted = $"{name}-heading-unlisted";
        _lists[unlisted] = left;
        CorrectScope(measures, new Scope(false, [name], [unlisted], "auto parts (curated list), less the lines of a heading it names whole that it does not name among that heading's own lines"),
            HeadingLinesLearned, "2025-05-03", [Hts],
            $"The auto parts list names heading {string.Join(", ", left.Select(l => l[..4]).Distinct(StringComparer.Ordinal))} whole and also some of its statistical lines; the lines are followed, so {Written(left)} are no auto parts, which the ledger charged as such until it learnt this");
    }

    /// <summary>The day the ledger learnt that the bumper and body stampings of 8708.10.30 and 8708.29.21 are derivatives of their own metal only.</summary>
    private const string OneMetalLearned = "2026-12-06";

    /// <summary>
    /// A derivative list's 8-digit line whose statistical lines split it by metal and by nothing else ("Of steel", "Of
    /// aluminum", "Other": the bumper stampings of 8708.10.30 and the agricultural tractors' body stampings of 8708.29.21)
    /// is a derivative of that metal only on the line of its own metal. The headings charge "derivative iron or steel
    /// products" (9903.81.89-.90) and "derivative aluminum products" (9903.85.04) of the subheadings their notes name, and
    /// Proclamation 9980 made bumper and body stampings of steel steel derivatives and those of aluminium aluminium ones:
    /// stampings of other materials, and bumpers that are not stampings, are neither. The ledger charged the whole line
    /// with both metals until it learnt this; the amendment is recorded on that day, so answers as known before are unchanged.
    /// </summary>
    private void DerivativesOfOneMetal(IReadOnlyList<(string Id, string[] Sources)> measures, string list, string[] alsoLists, string own, string products, bool approximate)
    {
        _statLines ??= [.. Revisions().Select(r => (IReadOnlyDictionary<string, string>)_source.Revision(r).Where(x => x.Digits.Length == 10)
            .GroupBy(x => x.Digits, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal))];
        var others = new List<string>();
        foreach (var line in _lists[list].Where(c => c.Length == 8))
        {
            others.AddRange(OtherMetalLines(line, own, _statLines));
        }

        if (others.Count == 0)
        {
            return;
        }

        others.Sort(StringComparer.Ordinal);
        var name = $"{list}-other-metals";
        _lists[name] = others;
        CorrectScope(measures, new Scope(false, [list, .. alsoLists], [name], $"{products} of the listed lines, on the statistical line of that metal where a line is split by metal only") with { Approximate = approximate },
            OneMetalLearned, Proclamation9980Published, [Proclamation9980, Hts],
            $"Lines split by metal only are derivatives of their own metal: {string.Join(", ", others.Select(o => Core.Products.HsCode.Parse(o).ToString()))} ({string.Join(", ", others.Select(o => _statLines.Last(r => r.ContainsKey(o))[o]).Distinct(StringComparer.Ordinal))}) are not {products}, which the ledger charged until it learnt this");
        _decisions.Add($"Section 232 {list}: {string.Join(", ", others)} left out (statistical lines of another metal or none, amendment recorded {OneMetalLearned})");
    }

    /// <summary>Each revision's statistical lines with their own descriptions, oldest revision first.</summary>
    private List<IReadOnlyDictionary<string, string>>? _statLines;

    private static readonly string[] ByMetal = ["Of steel", "Of aluminum", "Other"];

    /// <summary>
    /// The statistical lines of the 8-digit <paramref name="line"/> that are not of the metal <paramref name="own"/> ("Of
    /// steel"), when every revision that splits the line splits it by metal alone ("Of steel", "Of aluminum", "Other"), has a
    /// line of that metal, and gives each suffix the same words; otherwise none, and the whole line stays in the scope. A
    /// suffix of one metal in one revision and of another in the next cannot be left out for good by one scope.
    /// </summary>
    internal static IReadOnlyList<string> OtherMetalLines(string line, string own, IEnumerable<IReadOnlyDictionary<string, string>> revisions)
    {
        var splits = revisions.Select(r => r.Where(s => s.Key.StartsWith(line, StringComparison.Ordinal)).ToList()).Where(s => s.Count > 0).ToList();
        var byMetal = splits.Count > 0 && splits.All(stats => stats.Any(s => s.Value == own) && stats.All(s => ByMetal.Contains(s.Value, StringComparer.Ordinal)));
        var words = splits.SelectMany(s => s).GroupBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (!byMetal || words.Any(w => w.Select(s => s.Value).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            return [];
        }

        return [.. words.Where(w => w.First().Value != own).Select(w => w.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>The day the ledger learnt that the auto parts list's own lines of heading 8707 are its scope there.</summary>
    private const string HeadingLinesLearned = "2026-12-06";

    private readonly StringBuilder _amendments = new();

    /// <summary>
    /// Corrects the scope of measures already written, as an amendment recorded on the day the ledger learnt the
    /// correction (<paramref name="learned"/>) with the day its fact was public (<paramref name="published"/>): answers as
    /// known before still read the scope the measures were recorded with. The new scope names lists of its own (or
    /// excludes some from the old one); a list the measures already name keeps its content, so that the old scope
    /// stays what it was. An amendment's sources replace the record's: each keeps its measure's and adds
    /// <paramref name="sources"/>.
    /// </summary>
    private void CorrectScope(IEnumerable<(string Id, string[] Sources)> measures, Scope scope, string learned, string published, string[] sources, string note)
    {
        foreach (var (id, own) in measures)
        {
            var a = _amendments;
            a.AppendLine($"  - record: {id}");
            a.AppendLine($"    recorded: {learned}");
            a.AppendLine($"    published: {published}");
            a.AppendLine("    products:");
            if (scope.All)
            {
                a.AppendLine("      include: all");
            }

            if (scope.Names.Length > 0)
            {
                a.AppendLine($"      lists: [{string.Join(", ", scope.Names)}]");
            }
            if (scope.ExcludeLists.Count > 0)
            {
                a.AppendLine($"      exclude-lists: [{string.Join(", ", scope.ExcludeLists)}]");
            }

            if (scope.Note is { } scopeNote)
            {
                a.AppendLine($"      note: {Quote(scopeNote)}");
            }

            if (scope.Approximate)
            {
                a.AppendLine("      approximate: true");
            }

            a.AppendLine($"    sources: [{string.Join(", ", own.Concat(sources).Distinct(StringComparer.Ordinal))}]");
            a.AppendLine($"    note: {Quote(note)}");
        }
    }

    private const string IndiaOrder = "https://www.federalregister.gov/documents/2025/08/11/2025-15216/addressing-threats-to-the-united-states-by-the-government-of-the-russian-federation";

    private const string PharmaceuticalCondition =
        "only pharmaceutical products and ingredients that the Section 232 pharmaceuticals proclamation (FR 2026-06956) covers: its product annex is not in the schedule up to 2026 Revision 10";

    private const string VehiclePartCondition =
        "only goods imported as parts of passenger vehicles or light trucks: the auto parts list (U.S. note 33(g), heading 9903.94.05) names this heading whole, but covers its goods only as such parts";

    /// <summary>
    /// A vehicle parts list as the schedule reads it. The list names a few headings whole (8471,
    /// 8707); the note covers only parts of the vehicles it names, so a whole heading whose own
    /// description does not tie its goods to vehicles (8471: computers) applies only when the
    /// goods are such parts, a condition the importer declares: those headings go to a
    /// <c>NAME-if-vehicle-part</c> list for a conditional layer. Lines of 6 to 10 digits are kept
    /// as listed: the list names them for their vehicle uses.
    /// </summary>
    private void SplitVehicleParts(string name, string file)
    {
        var codes = _source.Lines(file);
        var whole = codes.Where(c => c.Length == 4 && !VehicleWords().IsMatch(HeadingDescription(c))).ToList();
        _lists[name] = codes.Except(whole, StringComparer.Ordinal).ToList();
        if (whole.Count > 0)
        {
            _lists[$"{name}-if-vehicle-part"] = whole;
        }

        foreach (var heading in whole)
        {
            _decisions.Add($"{file}: heading {heading} (\"{Trim(HeadingDescription(heading))}\") is listed whole but its goods are not vehicle parts by description: a conditional layer (only as parts of vehicles), following the note's words over the list");
        }
    }

    private Dictionary<string, string>? _headingWords;

    /// <summary>The description of a 4-digit heading in the latest revision, or empty.</summary>
    private string HeadingDescription(string heading)
    {
        _headingWords ??= _source.Revision(Revisions()[^1]).Where(r => r.Digits.Length == 4).GroupBy(r => r.Digits, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal);
        return _headingWords.GetValueOrDefault(heading) ?? string.Empty;
    }

    /// <summary>
    /// The day a proclamation's rate took effect, where the authority list dates it by the revision that carried it:
    /// Proclamations 10895 and 10896 apply to goods entered from 12 Mar 2025, the authority list says 7 Mar.
    /// </summary>
    private static string? InForceFrom(string source) =>
        source.Contains("/2025-02832/", StringComparison.Ordinal) || source.Contains("/2025-02833/", StringComparison.Ordinal) ? MetalsExemptionsEnd : null;

    /// <summary>
    /// The day a deal's notice made its Section 232 rates valid from, when before the notice's publication:
    /// the EU notice of 25 Sep 2025 (autos and parts from 1 Aug 2025) and the Korea notice of 4 Dec 2025
    /// (from 1 Nov 2025). The authority list dates them from publication.
    /// </summary>
    /// <summary>
    /// The base rates (those of every partner without its own heading) from the first day a partner's rates part from them,
    /// as corrections recorded when the ledger learnt it (<see cref="DealFloorsLearned"/>); none where they agree.
    /// </summary>
    private static List<Rate> BaseRatesFrom(List<AuthorityEntry> entries, List<Rate> rates)
    {
        var bases = entries.Where(e => e.CensusCode is null).OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        var first = rates.FirstOrDefault(r => r.Value != "ends" && bases.LastOrDefault(b => string.CompareOrdinal(b.Date, r.From) <= 0) is { } b && Percent(b.Rate) != r.Value);
        if (first is null)
        {
            return [];
        }

        return bases.Where(b => string.CompareOrdinal(b.Date, first.From) <= 0).TakeLast(1)
            .Concat(bases.Where(b => string.CompareOrdinal(b.Date, first.From) > 0))
            .Select(b => new Rate(string.CompareOrdinal(b.Date, first.From) < 0 ? first.From : b.Date, null, Percent(b.Rate), DealFloorsLearned, [b.Source, Hts],
                "the deals' wood headings (9903.76.20-.24) name upholstered furniture and kitchen cabinets (U.S. note 37(d), (f)), not lumber: their lumber pays 9903.76.01 as every partner's does; the ledger gave it the deal rate until " + DealFloorsLearned,
                Published: Published(b.Source, b.Date)))
            .ToList();
    }

    /// <summary>
    /// The Korea notice of 4 Dec 2025 (FR 2025-21940) applies its 15% all-in on timber, lumber and their derivatives to goods
    /// entered from 14 Nov 2025, with its reciprocal rate; the ledger dated it from publication until it learnt this
    /// (<see cref="DealFloorsLearned"/>): a rate entry of that day covers the days between.
    /// </summary>
    private static Rate? RetroactiveLearnedLate(string authority, List<Rate> rates)
    {
        const string from = "2025-11-14";
        var late = authority is "softwood_lumber" or "wood_furniture" or "kitchen_cabinets"
            ? rates.FirstOrDefault(r => r.Sources?.Any(s => s.Contains("/2025-21940/", StringComparison.Ordinal)) == true && string.CompareOrdinal(r.From, from) > 0)
            : null;
        return late is null ? null : late with
        {
            From = from,
            To = late.From,
            Recorded = DealFloorsLearned,
            Published = late.Recorded,
            Note = $"the Korea notice (FR 2025-21940) applies its rate to goods entered from {from}; the ledger dated it from publication until {DealFloorsLearned}",
        };
    }

    private static string? Retroactive(string authority, string source) =>
        authority is not ("autos" or "auto_parts") ? null
        : source.Contains("/2025-18660/", StringComparison.Ordinal) ? "2025-08-01"
        : source.Contains("/2025-21940/", StringComparison.Ordinal) ? "2025-11-01"
        : null;

    /// <summary>
    /// The revision that published the no-metal heading: 2026 Revision 7 (29 Apr 2026) added 9903.82.01 with effect back
    /// to 6 Apr, and the collection's Revision 5 files were corrected to carry it (its revision-dates.csv says so), so
    /// the first file that has it is not when it was known.
    /// </summary>
    private const string NoMetalPublishedIn = "2026_rev_7";

    /// <summary>
    /// Joins the no-metal heading (9903.82.01) to the weight exemption, known from the record date of the revision that
    /// published it (<see cref="NoMetalPublishedIn"/>, or the first that carries it if later), as the repository's
    /// revision table (<c>us-schedule/revisions.tsv</c>) dates it.
    /// </summary>
    private void NoMetalKnownFrom(string dataDirectory)
    {
        if (_noMetal is not { } none || _weightExemption is not { } weight)
        {
            return;
        }

        var table = Path.Combine(dataDirectory, "us-schedule", Schedule.CompactSchedule.RevisionsFile);
        var revisions = Schedule.CompactSchedule.ReadRevisions(table);
        var revision = revisions.Where(r => r.Id == NoMetalPublishedIn || r.Id == none.Revision[4..]).MaxBy(r => r.Index)
            ?? throw new InvalidDataException($"{table}: no revision {none.Revision[4..]}, which first carries {none.Heading}");
        _weightExemption = weight with { NoMetal = none.Heading, NoMetalRecorded = revision.Recorded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        _decisions.Add($"Section 232 metals (2026): {none.Heading} exempts goods with no aluminium, steel or copper in every chapter, known from {_weightExemption.Value.NoMetalRecorded} ({revision.Title})");
    }

    /// <summary>The first day of the April 2026 annexes (HTS 2026 Revision 5), and the day their proclamation was published (FR 2026-06674).</summary>
    private const string AnnexesFrom = "2026-04-06";

    private const string AnnexesRecorded = "2026-04-07";

    private const string RussianAluminiumSource = "https://www.federalregister.gov/documents/2023/02/27/2023-04189/adjusting-imports-of-aluminum-into-the-united-states";

    private const string AnnexesSource = "https://www.federalregister.gov/documents/2026/04/07/2026-06674/adjusting-imports-of-aluminum-steel-and-copper-into-the-united-states";

    /// <summary>Each revision's Section 232 metals headings (9903.78, .80, .81, .82, .85), to see what the annexes replaced.</summary>
    private readonly Dictionary<string, HashSet<string>> _metalsHeadings = new(StringComparer.Ordinal);

    /// <summary>The 9903.76 headings (timber, lumber and wood products) as the latest revision that has each words them.</summary>
    private readonly Dictionary<string, HtsRow> _woodHeadings = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a partner's own wood heading reaches softwood timber and lumber (U.S. note 37(b)): the deals' headings
    /// (9903.76.20-.24: the UK, Japan, the EU, Korea, Taiwan) name subdivisions (d) and (f) only, upholstered furniture
    /// and kitchen cabinets, so the partners' lumber pays 9903.76.01 as every other's does.
    /// </summary>
    private bool DealHeadingsCoverLumber() =>
        _woodHeadings.Values.Any(h => string.CompareOrdinal(h.Number, "9903.76.20") >= 0 && h.Description.Contains("(b)", StringComparison.Ordinal));

    /// <summary>The 9903.94 headings (autos and parts) as the latest revision that has each words them.</summary>
    private readonly Dictionary<string, HtsRow> _vehicleHeadings = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HtsRow> _steelCategoryHeadings = new(StringComparer.Ordinal);

    /// <summary>
    /// The steel articles of 2018 (U.S. note 16(b), Proclamation 9705) as the schedule enumerates them: the 8-digit
    /// subheadings that the steel product headings 9903.80.05-.58 name (a heading's excepted statistical numbers fall in
    /// another), and the lines of chapter 72's headings 7206-7229 that none names (cold-formed sections of 7216.61, .69 and
    /// .91), which the ledger gave the articles' duty until 2026-12-05.
    /// </summary>
    private (List<string> Articles, List<string> LeftOut) SteelArticles()
    {
        var named = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in _steelCategoryHeadings.Values)
        {
            foreach (Match m in SteelSubheading().Matches(ExceptClause().Replace(row.Description, string.Empty)))
            {
                named.Add(m.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal));
            }
        }

        var leftOut = _numbers.Where(n => n.Length >= 8).Select(n => n[..8]).Distinct(StringComparer.Ordinal)
            .Where(n => string.CompareOrdinal(n, "7206") >= 0 && string.CompareOrdinal(n, "7230") < 0 && !named.Contains(n))
            .Order(StringComparer.Ordinal).ToList();
        return ([.. named], leftOut);
    }

    [GeneratedRegex(@"\((?:[^()]*\bexcept\b[^()]*)\)")]
    private static partial Regex ExceptClause();

    [GeneratedRegex(@"\b(7[23]\d\d\.\d\d\.\d\d)\b")]
    private static partial Regex SteelSubheading();

    /// <summary>The 9903.82 headings as the latest revision that has each words them.</summary>
    private readonly Dictionary<string, HtsRow> _annexHeadings = new(StringComparer.Ordinal);

    /// <summary>What the layers ended by the annexes say of their end: the revision that dropped their headings.</summary>
    private string? _annexesReplace;

    private HashSet<string> MetalsHeadingsOf(string revision)
    {
        if (!_metalsHeadings.TryGetValue(revision, out var set))
        {
            _metalsHeadings[revision] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static string RevisionTitle(string revision) =>
        revision["hts_".Length..].Replace("_rev_", " Revision ", StringComparison.Ordinal).Replace("_basic", " basic edition", StringComparison.Ordinal);

    /// <summary>
    /// Finds the revision that brought the annexes in (the first with 9903.82.02) and the metals headings it dropped: the
    /// steel and aluminium articles (9903.80.01, 9903.81.87-.88, 9903.85.02-.03), their derivatives and copper (9903.78.01)
    /// leave the schedule there, all but Russia's aluminium (9903.85.67-.68), so every layer resting on them ends that day.
    /// </summary>
    private void AnnexesReplace()
    {
        var revisions = Revisions();
        var index = revisions.ToList().FindIndex(r => _metalsHeadings.GetValueOrDefault(r)?.Contains("9903.82.02") == true);
        if (index <= 0)
        {
            _decisions.Add("Section 232 metals (2026): no revision brings in heading 9903.82.02 after an earlier one: the annexes replace nothing");
            return;
        }

        var first = revisions[index];
        var before = _metalsHeadings.GetValueOrDefault(revisions[index - 1]) ?? [];
        var now = _metalsHeadings[first];
        var old = before.Where(h => !h.StartsWith("9903.82.", StringComparison.Ordinal)).ToList();
        var dropped = old.Where(h => !now.Contains(h)).ToList();
        var kept = old.Where(now.Contains).Order(StringComparer.Ordinal).ToList();
        _annexesReplace = $"replaced by the April 2026 annexes: HTS {RevisionTitle(first)} drops {dropped.Count} headings of 9903.78, 9903.80, 9903.81 and 9903.85"
            + (kept.Count == 0 ? string.Empty : $", keeping only {string.Join(", ", kept)}");
        _decisions.Add($"Section 232 metals (2026): {_annexesReplace}; the steel and aluminium articles, their derivatives and copper end on {AnnexesFrom}");
    }

    /// <summary>
    /// The rate a 9903.82 heading's general column states, as the latest revision words it: "+ 50%" on top of the
    /// column 1 rate, or "15%" in its place (all-in: 9903.82.10 charges 15% where column 1 is lower, 9903.82.11 no change).
    /// </summary>
    private (string Rate, bool AllIn) AnnexRate(string heading)
    {
        if (!_annexHeadings.TryGetValue(heading, out var row))
        {
            throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: no revision has heading {heading}, which the April 2026 annexes cite");
        }

        return AddedRate().Match(row.General) is { Success: true } added ? (added.Groups[1].Value, false)
            : WholeRate().Match(row.General) is { Success: true } whole ? (whole.Groups[1].Value, true)
            : throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: heading {heading} states no rate (\"{Trim(row.General)}\")");
    }

    /// <summary>
    /// The annexes of April 2026, each with the 9903.82 headings that charge it (the rates are the headings' own):
    /// Annex I-A (U.S. note 16(c)(i)-(v)) 9903.82.02, the UK's aluminium and steel 9903.82.04, Russia's steel and copper
    /// 9903.82.14 at the same rate; Annex I-B ((c)(vi)-(viii)) 9903.82.09, the UK's 9903.82.05, Russia's 9903.82.16;
    /// Annex III ((f)) 9903.82.10, 15% in place of a lower column 1 rate, 9903.82.11 no change otherwise. Copper has no UK heading.
    /// </summary>
    private static readonly (string Tier, string Title, string Heading, string UkHeading, string? Russia, string? NoChange)[] Annexes =
    [
        ("1a", "primary steel, aluminium and copper articles", "9903.82.02", "9903.82.04", "9903.82.14", null),
        ("1b", "downstream derivatives", "9903.82.09", "9903.82.05", "9903.82.16", null),
        ("3", "metal-intensive goods at a temporary 15% (all-in)", "9903.82.10", "9903.82.10", null, "9903.82.11"),
    ];

    /// <summary>
    /// A line the annexes list under one tier while listing a shorter code above it, for the same metal, under another is in
    /// the tier that names it most closely (9403.99.90.45 in Annex II, at 0%, under 9403.99 in Annex I-B; 7325.10.00.35 in
    /// I-B under nothing closer, its siblings in I-A): each tier's scope leaves out the closer entries of the other tiers,
    /// unless the tier also lists the line for another metal. The 2018 articles count as Annex I-A's steel and aluminium.
    /// </summary>
    private void AnnexCarveOuts(IReadOnlyList<string[]> annex)
    {
        var rows = annex.Select(r => (Code: r[0], Tier: r[1], Metal: r[2])).ToList();
        rows.AddRange(_lists["us-232-steel-articles-by-subheading"].Select(c => (c, "1a", "steel")));
        rows.AddRange(_lists["us-232-aluminium-articles"].Concat(_lists["us-232-aluminium-castings"]).Select(c => (c, "1a", "aluminum")));
        // Annex II charges nothing and has no layer: only the tiers with a duty leave lines out
        foreach (var (tier, _, _, _, _, _) in Annexes)
        {
            foreach (var copper in new[] { false, true })
            {
                var own = rows.Where(r => r.Tier == tier && (r.Metal == "copper") == copper).ToList();
                var carved = rows.Where(f => f.Tier != tier && (f.Metal == "copper") == copper
                        && own.Any(e => e.Metal == f.Metal && f.Code.Length > e.Code.Length && f.Code.StartsWith(e.Code, StringComparison.Ordinal))
                        && !own.Any(e => e.Metal != f.Metal && f.Code.StartsWith(e.Code, StringComparison.Ordinal)))
                    .Select(f => f.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (carved.Count > 0)
                {
                    _lists[$"us-232-annex-{tier}{(copper ? "-copper" : string.Empty)}-carve-outs"] = carved;
                }
            }
        }
    }

    /// <summary>
    /// The day the ledger learnt that the curated lists name goods the law does not: Annex I-B's description references
    /// (<see cref="AnnexIBDescriptionReferences"/>) and the inclusion lines the notes name by their statistical suffix
    /// (<see cref="InclusionsAsTheNotesList"/>). Each correction is an amendment of that day, so answers as known
    /// before it are the ones the ledger gave then.
    /// </summary>
    private const string CuratedLinesLearned = "2026-12-07";

    /// <summary>
    /// Codes the curated Annex I-B list holds though neither the proclamation's Annex I-B (FR 2026-06674) nor the schedule's
    /// lists of it (U.S. note 16(c)(vi)-(vii) of subchapter III of chapter 99, HTS 2026 Revision 6) name them: the annex
    /// names them only inside another line's description ("power supplies for automatic data processing machines ... of
    /// heading 8471", "microwave oven parts of subheading 8516.50", "parts for boring or sinking machinery of headings
    /// 8430.41 or 8430.49", "machinery of headings 8429 or 8430", "tractors, other than tractors of heading 8709"), which
    /// the list's parser read as codes. Computers of heading 8471 paid 25% under Annex I-B until the ledger learnt this.
    /// </summary>
    private static readonly string[] AnnexIBDescriptionReferences = ["8471", "851650", "8430", "843041", "843049", "8709"];

    /// <summary>The codes of a list as the schedule writes them (8516.50, 8709).</summary>
    private string Codes(string list) => Written(_lists[list]);

    /// <summary>Codes as the schedule writes them, separated by commas (3004.90.92.44, 8516.50).</summary>
    private static string Written(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => Core.Products.HsCode.Parse(c).ToString()));

    /// <summary>Each narrowed curated line with the lines a note names under it ("8482.10 to 8482.10.50.04, 8482.10.50.44").</summary>
    private static string Narrowings(IEnumerable<(string Line, List<string> Named)> narrowed) =>
        string.Join("; ", narrowed.Select(n => $"{Core.Products.HsCode.Parse(n.Line)} to {Written(n.Named)}"));

    /// <summary>The list of a tier's description references (<see cref="AnnexIBDescriptionReferences"/>) that its curated list holds, or null.</summary>
    private string? AnnexDescriptionReferences(string tier)
    {
        var name = $"us-232-annex-{tier}-description-references";
        if (!_lists.ContainsKey(name) && tier == "1b" && _lists.TryGetValue("us-232-annex-1b", out var listed)
            && AnnexIBDescriptionReferences.Where(listed.Contains).ToList() is { Count: > 0 } held)
        {
            _lists[name] = held;
        }

        return _lists.ContainsKey(name) ? name : null;
    }

    /// <summary>
    /// The inclusions of 18 Aug 2025 as U.S. notes 16(n) and 19(k) list them (<see cref="InclusionNotesFile"/>): the curated
    /// list cut the statistical lines the notes name to their tariff lines (3004.90.92.44 to 3004.90.92, every medicament of
    /// it), so each layer's scope is corrected to the notes' own provisions, an amendment of <see cref="CuratedLinesLearned"/>.
    /// The ledger charged the whole tariff lines until it learnt this.
    /// </summary>
    private void InclusionsAsTheNotesList(IReadOnlyList<(string Id, string[] Sources)> steel, IReadOnlyList<(string Id, string[] Sources)> aluminium)
    {
        foreach (var (metal, heading, layers) in new[] { ("steel", "9903.81.91", steel), ("aluminium", "9903.85.08", aluminium) })
        {
            if (_inclusionNotes.FirstOrDefault(n => n.Heading == heading) is not { Provisions.Count: > 0 } note)
            {
                continue;
            }

            var curated = $"us-232-{metal}-inclusions";
            var noted = $"{curated}-noted";
            _lists[noted] = [.. note.Provisions];
            var renumbered = RenumberedSince(note.Provisions, InclusionsNoticeDay);
            _lists[noted].AddRange(renumbered.Select(r => r.Now));
            if (renumbered.Count > 0)
            {
                var followed = string.Join("; ", renumbered.Select(r => r.Described));
                _decisions.Add($"Section 232 {metal} inclusions of 18 Aug 2025: {note.Subdivision} names {Written(renumbered.Select(r => r.Named))}, which a later revision renumbered; the ledger follows the schedule's tree, not the number as printed: {followed}");
                foreach (var group in renumbered.GroupBy(r => (r.Revision, r.Effective)))
                {
                    var list = $"{noted}-renumbered-{group.Key.Revision.Replace('_', '-')}";
                    _lists[list] = [.. group.Select(r => r.Named)];
                    foreach (var (id, own) in layers)
                    {
                        Exempt(id, $"renumbered-{group.Key.Revision.Replace('_', '-')}",
                            "Renumbered: " + string.Join("; ", group.Select(r => r.Described)),
                            group.Key.Effective, CuratedLinesLearned, Hts, list, null, group.Key.Effective);
                    }
                }
            }

            var (narrowed, unnamed) = CompareWithNote(_lists[curated], note.Provisions, _statisticalNumbers ??= [.. _numbers.Where(n => n.Length == 10)]);
            var narrowedText = Narrowings(narrowed);
            var unnamedText = unnamed.Count == 0 ? string.Empty
                : $"; the curated list's {Written(unnamed)} are not in the note and are left out";
            _decisions.Add($"Section 232 {metal} inclusions of 18 Aug 2025: {note.Subdivision} ({InclusionNotesFile}) names {narrowed.Count} of the curated list's tariff lines by statistical lines only; the ledger follows the note from {CuratedLinesLearned}{unnamedText}");
            CorrectScope(layers, Scope.Of(noted, $"the {metal} inclusion provisions of U.S. {note.Subdivision} (FR 2025-15819, Annex I): a 10-digit provision names that statistical line only; the duty is on the {metal} content's value"),
                CuratedLinesLearned, "2025-08-19", [Hts],
                $"FR 2025-15819 (Annex I) and U.S. {note.Subdivision} list {narrowed.Count} of the curated list's tariff lines by their statistical lines only, which the curated list cut to 8 digits: {narrowedText}{unnamedText}. The ledger charged the whole tariff lines until it learnt this; it follows the note."
                + (renumbered.Count == 0 ? string.Empty : $" Where a later revision renumbered a statistical line the note names, the ledger follows the schedule's tree (the line with the same words and place), not the number as printed: {string.Join("; ", renumbered.Select(r => r.Described))}."));
        }
    }

    /// <summary>The day of the inclusions notice (FR 2025-15819): the revision in force then numbers the lines its Annex I names.</summary>
    private const string InclusionsNoticeDay = "2025-08-19";

    private string _revisionsTable = string.Empty;

    /// <summary>
    /// A statistical line a note names (<paramref name="Named"/>, as numbered on the note's day) that a later revision
    /// (<paramref name="Revision"/>, such as <c>2026_rev_2</c>, effective <paramref name="Effective"/>) renumbered: it gives the
    /// line's words and place in the tree (<paramref name="Path"/>, from the tariff line's words down to the line's own) to
    /// <paramref name="Now"/>, a number no revision before it had, and the old number other words (<paramref name="OtherWords"/>).
    /// </summary>
    public sealed record Renumbering(string Named, string Now, string Revision, string Effective, string Path, string OtherWords)
    {
        public string Described =>
            $"from HTS {RevisionWords(Revision)} ({Effective}) the goods of {Written([Named])} ({Path}) are {Written([Now])}, and {Written([Named])} is \"{OtherWords}\"";
    }

    /// <summary>"2026 Revision 2" for <c>2026_rev_2</c>, "2026 Basic Edition" for <c>2026_basic</c>.</summary>
    private static string RevisionWords(string id)
    {
        var parts = id.Split('_');
        return parts.Length == 3 ? $"{parts[0]} Revision {parts[2]}" : $"{parts[0]} Basic Edition";
    }

    /// <summary>The renumberings of a note's provisions (<see cref="Renumberings"/>) in the shared schedule's revisions, dated by the repository's revision table.</summary>
    private List<Renumbering> RenumberedSince(IEnumerable<string> provisions, string noteDay)
    {
        if (!File.Exists(_revisionsTable))
        {
            return [];
        }

        var effective = File.ReadLines(_revisionsTable).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("id\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')).Where(f => f.Length >= 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var revisions = Revisions().Select(r => r["hts_".Length..]).Where(effective.ContainsKey).Select(r => (r, effective[r])).ToList();
        var (found, kept) = Renumberings(revisions, r => _source.Revision("hts_" + r), provisions, noteDay);
        _decisions.AddRange(kept);
        return found;
    }

    /// <summary>
    /// The 10-digit provisions among <paramref name="provisions"/> that a revision after the one in force on
    /// <paramref name="noteDay"/> renumbered: that revision gives the number other words, and gives the words and place in the
    /// tree it had on the note's day (the line's description and its ancestors', compared by letters and digits only) to a
    /// number no earlier revision had. Such a renumbering changes no scope: the note's goods are the same goods. A line whose
    /// words moved to a number that once named other goods is kept as printed, as is one whose words are found at no number or
    /// at several; each such is in <c>Kept</c>, in words. <paramref name="revisions"/> are in publication order, each with its
    /// effective day; <paramref name="rows"/> reads one.
    /// </summary>
    public static (List<Renumbering> Found, List<string> Kept) Renumberings(
        IReadOnlyList<(string Id, string Effective)> revisions, Func<string, IReadOnlyList<HtsRow>> rows, IEnumerable<string> provisions, string noteDay)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        ArgumentNullException.ThrowIfNull(rows);
        var named = provisions.Where(p => p.Length == 10).ToHashSet(StringComparer.Ordinal);
        var found = new List<Renumbering>();
        var kept = new List<string>();
        var onDay = revisions.LastOrDefault(r => string.CompareOrdinal(r.Effective, noteDay) <= 0).Id;
        if (named.Count == 0 || onDay is null)
        {
            return (found, kept);
        }

        var headings = named.Select(n => n[..8]).ToHashSet(StringComparer.Ordinal);
        var before = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, (string Key, string Words)>? reference = null;
        var open = new HashSet<string>(named, StringComparer.Ordinal);
        foreach (var (revision, effective) in revisions)
        {
            if (reference is null && revision != onDay)
            {
                continue;
            }

            var paths = LinePaths(rows(revision), headings);
            if (revision == onDay)
            {
                reference = paths;
                before.UnionWith(paths.Keys);
                continue;
            }

            foreach (var line in open.Order(StringComparer.Ordinal).ToList())
            {
                if (!reference!.TryGetValue(line, out var was) || !paths.TryGetValue(line, out var now) || now.Key == was.Key)
                {
                    continue;
                }

                open.Remove(line);
                var moved = paths.Where(p => p.Value.Key == was.Key).Select(p => p.Key).ToList();
                if (moved is [var to] && !before.Contains(to))
                {
                    found.Add(new Renumbering(line, to, revision, effective, was.Words, now.Words.Split(": ")[^1]));
                }
                else
                {
                    kept.Add($"{Written([line])}: HTS {RevisionWords(revision)} gives it other words, and its former words are at {(moved.Count == 0 ? "no line" : Written(moved))}; the ledger keeps the number as printed");
                }
            }

            before.UnionWith(paths.Keys);
        }

        return (found, kept);
    }

    /// <summary>
    /// The statistical lines of a revision under <paramref name="headings"/> (8-digit lines), each with its place in the tree:
    /// a key of its and its ancestors' words (letters and digits only, lower case) and those words as printed, from the
    /// tariff line's own down, joined by ": ". The rows come in the schedule's order, a row's depth given by its indent.
    /// </summary>
    private static Dictionary<string, (string Key, string Words)> LinePaths(IReadOnlyList<HtsRow> rows, HashSet<string> headings)
    {
        var paths = new Dictionary<string, (string Key, string Words)>(StringComparer.Ordinal);
        var stack = new List<(int Indent, string Words, string Digits)>();
        foreach (var row in rows)
        {
            while (stack.Count > 0 && stack[^1].Indent >= row.Indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            stack.Add((row.Indent, row.Description.Trim().TrimEnd(':'), row.Digits));
            if (row.Digits.Length == 10 && headings.Contains(row.Digits[..8]))
            {
                var from = stack.FindLastIndex(e => e.Digits.Length == 8);
                var words = stack.Skip(Math.Max(0, from)).Select(e => e.Words);
                var key = string.Join("|", stack.Select(e => new string([.. e.Words.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)])));
                paths[row.Digits] = (key, string.Join(": ", words));
            }
        }

        return paths;
    }

    /// <summary>
    /// The aluminium derivatives of March 2025 as U.S. note 19(j) (9903.85.07, on the full value) and 19(k) (9903.85.08, on
    /// the aluminium content's value) list them (<see cref="AluminiumNotesFile"/>): the curated list cut the statistical lines
    /// the notes name to their tariff lines (8302.41.60 whole where the note names .15, .45, .50 and .80), so each curated
    /// line the note names only in part is narrowed to the lines it names, an amendment of <see cref="CuratedLinesLearned"/>.
    /// The later rounds wrote into the same subdivisions, so the note only narrows: lines it names that the curated March
    /// list does not (the beer of 2203, the cans of 7612.90.10) are not added, and the provisions the inclusions of
    /// 18 Aug 2025 inserted (<see cref="InclusionNotesFile"/>) do not count as March's.
    /// </summary>
    private void MarchAluminiumAsTheNotesList(IReadOnlyList<(string Id, string[] Sources)> fullValue, IReadOnlyList<(string Id, string[] Sources)> onContent)
    {
        foreach (var (heading, curated, layers, duty) in new[]
        {
            ("9903.85.07", "us-232-aluminium-derivatives-by-line", fullValue, "on the full value"),
            ("9903.85.08", "us-232-aluminium-content", onContent, "on the aluminium content's value"),
        })
        {
            if (_aluminiumNotes.FirstOrDefault(n => n.Heading == heading) is not { Provisions.Count: > 0 } note || !_lists.TryGetValue(curated, out var lines))
            {
                continue;
            }

            var later = _inclusionNotes.Where(n => n.Heading == heading).SelectMany(n => n.Provisions).ToHashSet(StringComparer.Ordinal);
            var provisions = note.Provisions.Where(p => !later.Contains(p)).ToList();
            var (narrowed, unnamed) = CompareWithNote(lines, provisions, _statisticalNumbers ??= [.. _numbers.Where(n => n.Length == 10)]);
            if (narrowed.Count == 0 && unnamed.Count == 0)
            {
                continue;
            }

            var cut = narrowed.Select(n => n.Line).Concat(unnamed).ToHashSet(StringComparer.Ordinal);
            var noted = $"{curated}-noted";
            _lists[noted] = [.. lines.Where(l => !cut.Contains(l)).Concat(narrowed.SelectMany(n => n.Named)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            var unnamedText = unnamed.Count == 0 ? string.Empty : $"; the curated list's {Written(unnamed)} are not in the note and are left out";
            _decisions.Add($"Section 232 aluminium derivatives of March 2025 ({heading}): U.S. {note.Subdivision} ({AluminiumNotesFile}) names {narrowed.Count} of the curated list's tariff lines by statistical lines only; the ledger follows the note from {CuratedLinesLearned}{unnamedText}");
            CorrectScope(layers, Scope.Of(noted, $"the derivative aluminum products of March 2025 under {heading}, as U.S. {note.Subdivision} lists them (a 10-digit provision names that statistical line only): the duty is {duty}"),
                CuratedLinesLearned, "2025-02-18", [Hts],
                $"U.S. {note.Subdivision} (HTS 2026 Rev. 6) lists {narrowed.Count} of the curated list's March 2025 tariff lines by their statistical lines only, which the curated list cut to 8 digits: {Narrowings(narrowed)}{unnamedText}. The ledger charged the whole tariff lines until it learnt this; it follows the note.");
        }
    }

    /// <summary>
    /// How a curated list of tariff lines differs from a note's provisions: the curated lines the note names only by some of
    /// the statistical lines under them (<paramref name="statisticalLines"/>: every one any revision numbered), with the
    /// lines it names, and the curated codes the note names neither whole nor in part. A line whose every statistical line
    /// the note names is named whole.
    /// </summary>
    public static (List<(string Line, List<string> Named)> Narrowed, List<string> Unnamed) CompareWithNote(
        IEnumerable<string> curated, IReadOnlyCollection<string> provisions, IReadOnlyCollection<string> statisticalLines)
    {
        var narrowed = new List<(string, List<string>)>();
        var unnamed = new List<string>();
        foreach (var line in curated.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (provisions.Any(p => line.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var under = provisions.Where(p => p.Length > line.Length && p.StartsWith(line, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (under.Count == 0)
            {
                unnamed.Add(line);
            }
            else if (statisticalLines.Any(l => l.StartsWith(line, StringComparison.Ordinal) && !under.Any(u => l.StartsWith(u, StringComparison.Ordinal))))
            {
                narrowed.Add((line, under));
            }
        }

        return (narrowed, unnamed);
    }

    /// <summary>The notes' lists of the inclusions of 18 Aug 2025, one row per heading: the heading, the note's subdivision and its provisions.</summary>
    public const string InclusionNotesFile = "inclusion-notes.tsv";

    /// <summary>U.S. note 16(c)(vi)-(vii)'s lists of Annex I-B (derivative aluminium and steel articles), in the same shape.</summary>
    public const string AnnexNotesFile = "annex-notes.tsv";

    /// <summary>U.S. note 19(j)-(k)'s lists of the derivative aluminium products of 9903.85.07 and 9903.85.08, in the same shape.</summary>
    public const string AluminiumNotesFile = "aluminium-derivative-notes.tsv";

    private IReadOnlyList<InclusionNote> _aluminiumNotes = [];

    private IReadOnlyList<InclusionNote> _annexNotes = [];

    /// <summary>
    /// The Annex I-B lines as U.S. note 16(c)(vi) (aluminium) and (c)(vii) (steel) list them, as a list of their own, or null
    /// without the notes. The curated list gives many of them by heading or subheading (8501, 8482.10, 7326.20), where
    /// the note names some of their lines only; the decision names each entry narrowed.
    /// </summary>
    private string? AnnexIBAsTheNoteLists()
    {
        const string Name = "us-232-annex-1b-noted";
        if (_lists.ContainsKey(Name))
        {
            return Name;
        }

        var provisions = _annexNotes.Where(n => n.Subdivision is "note 16(c)(vi)" or "note 16(c)(vii)").SelectMany(n => n.Provisions).Distinct(StringComparer.Ordinal).ToList();
        if (provisions.Count == 0 || !_lists.TryGetValue("us-232-annex-1b", out var curated))
        {
            return null;
        }

        _lists[Name] = provisions;
        var copper = _lists.GetValueOrDefault("us-232-annex-1b-copper") ?? [];
        var (narrowed, unnamed) = CompareWithNote(curated.Except(copper, StringComparer.Ordinal), provisions, _statisticalNumbers ??= [.. _numbers.Where(n => n.Length == 10)]);
        _annexIBNarrowed = Narrowings(narrowed) + (unnamed.Count == 0 ? string.Empty : $"; not listed at all: {Written(unnamed)}");
        _decisions.Add($"Section 232 Annex I-B: U.S. note 16(c)(vi)-(vii) ({AnnexNotesFile}) names {narrowed.Count} of the curated list's entries by some of their lines only and {unnamed.Count} not at all; the ledger follows the note from {CuratedLinesLearned}");
        return Name;
    }

    private string _annexIBNarrowed = string.Empty;

    /// <summary>
    /// The lines U.S. note 16(c)(viii) lists as articles of copper that (c)(vi) or (c)(vii) lists as derivative aluminium or
    /// steel articles too (8544.42.90, insulated conductors: HTS 2026 Revision 6), which the curated copper list does not
    /// hold: as articles of copper they pay Annex I-B's copper headings (9903.82.09; Russia's 9903.82.16, at the same rate;
    /// no UK heading names copper, note 16(d)) in place of the aluminium and steel ones (the UK's 9903.82.05, Russia's
    /// 200% of 9903.85.68), so a conditional layer on the goods' metal that replaces them, known when the ledger learnt it.
    /// </summary>
    private void AnnexIBAsCopper()
    {
        const string Name = "us-232-annex-1b-copper-if-copper";
        var copper = _annexNotes.Where(n => n.Subdivision == "note 16(c)(viii)").SelectMany(n => n.Provisions).ToList();
        var derivative = _annexNotes.Where(n => n.Subdivision is "note 16(c)(vi)" or "note 16(c)(vii)").SelectMany(n => n.Provisions).ToHashSet(StringComparer.Ordinal);
        var listed = _lists.GetValueOrDefault("us-232-annex-1b-copper") ?? [];
        List<string> both = [.. copper.Where(derivative.Contains).Where(c => !listed.Any(l => c.StartsWith(l, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (both.Count == 0)
        {
            return;
        }

        var (rate, allIn) = AnnexRate("9903.82.09");
        var (russia, _) = AnnexRate("9903.82.16");
        if (russia != rate)
        {
            throw new InvalidDataException($"{Path.Combine(_source.Folder, "hts")}: 9903.82.16 (Russia's articles of copper) states {russia}%, not 9903.82.09's {rate}%: the copper layer of Annex I-B needs a Russian rate of its own");
        }

        _lists[Name] = both;
        var lines = Written(both);
        _decisions.Add($"Section 232 Annex I-B: U.S. note 16(c)(viii) ({AnnexNotesFile}) lists {lines} as articles of copper, and (c)(vi)-(vii) as derivative aluminium or steel articles: charged as copper only when the goods are (give --metal copper), in place of the aluminium headings, from {CuratedLinesLearned}");
        string[] sources = [AnnexesSource, Hts];
        Measure(new Layer("us-232-metals-annex-1b-as-copper", "Section 232 copper, Annex 1B of April 2026 (articles of copper)", "Section 232 metals (2026)",
            "Proclamation of 2 Apr 2026 (9903.82.09; Russia 9903.82.16): U.S. note 16(c)(viii)", "section-232-metals", ["*"], [],
            Scope.Of(Name, "lines U.S. note 16(c)(viii) lists as articles of copper and 16(c)(vi)-(vii) as derivative aluminium or steel articles (HTS 2026 Revision 6)"),
            CuratedLinesLearned, sources,
            $"On the full value of the article. U.S. note 16(c)(viii) to subchapter III of chapter 99 (HTS 2026 Revision 6) lists {lines} among the articles of copper, which headings 9903.82.09 and, for Russia, 9903.82.16 charge at {rate}%; 16(c)(vi) lists it among the derivative aluminum articles too. No UK heading names copper (note 16(d): 9903.82.05 is for (c)(vi)-(vii)), and 9903.85.68 (Russia's 200%) is for derivative aluminum articles. Recorded when the ledger learnt it; public since the annexes (7 Apr 2026).",
            [new Rate(AnnexesFrom, null, rate, AllIn: allIn)],
            Condition: "only goods that are articles of copper: U.S. note 16(c)(viii) lists the line as an article of copper, and 16(c)(vi) as a derivative aluminum article; as copper it pays 9903.82.09 (Russia 9903.82.16) in place of the aluminium headings",
            Kind: "conditional-tariff", Published: AnnexesRecorded, MetalWeight: _weightExemption)
        {
            Metal = "copper",
            Replaces = ["us-232-metals-annex-1b", "us-232-metals-annex-1b-gb", "us-232-metals-annex-aluminium-ru"],
        });
    }

    /// <summary>The curated aluminium lines of Annexes I-A and III (Russia's 200% stays on them).</summary>
    private List<string> _annexAluminiumOutsideIB = [];

    private IReadOnlyList<InclusionNote> _inclusionNotes = [];

    private HashSet<string>? _statisticalNumbers;

    /// <summary>A note's list for one heading, its provisions as digits (<c>3004909244</c>, <c>32081000</c>).</summary>
    public sealed record InclusionNote(string Heading, string Subdivision, IReadOnlyList<string> Provisions);

    /// <summary>
    /// The notes' lists (<see cref="InclusionNotesFile"/>); a missing file lists none, and a row that is not a 9903 heading, a
    /// subdivision and provisions of 8 or 10 digits separated by semicolons is bad data naming its file and line.
    /// </summary>
    public static List<InclusionNote> ReadInclusionNotes(string path)
    {
        var notes = new List<InclusionNote>();
        foreach (var (number, text, fields) in NoteRows(path))
        {
            if (fields.Length != 3 || !fields[0].StartsWith("9903.", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}:{number}: expected a 9903 heading, a note's subdivision and its provisions separated by ';', tab-separated, found '{text}'");
            }

            var provisions = fields[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace(".", string.Empty, StringComparison.Ordinal)).ToList();
            if (provisions.Count == 0 || provisions.Any(p => p.Length is not (8 or 10) || !p.All(char.IsAsciiDigit)))
            {
                throw new InvalidDataException($"{path}:{number}: {fields[0]} lists no tariff lines of 8 or 10 digits separated by ';' in '{fields[2]}'");
            }

            notes.Add(new InclusionNote(fields[0], fields[1], provisions));
        }

        return notes;
    }

    /// <summary>The scope of an annex tier's lists, less the lines another tier names more closely.</summary>
    private Scope AnnexScope(string[] lists, string carveOuts, string note) =>
        _lists.ContainsKey(carveOuts) ? new Scope(false, lists, [carveOuts], note) : Scope.Of(lists, note);

    private void Annex2026(IReadOnlyDictionary<string, string> countries)
    {
        foreach (var (tier, title, heading, ukHeading, russia, noChange) in Annexes)
        {
            var (rate, allIn) = AnnexRate(heading);
            var (uk, ukAllIn) = AnnexRate(ukHeading);
            var headings = noChange is null ? heading : $"{heading}; {noChange} where column 1 is {rate}% or more";
            var legal = $"Proclamation of 2 Apr 2026 ({headings}{(russia is null ? string.Empty : $"; Russia {russia}")})";
            var ukLegal = $"Proclamation of 2 Apr 2026 ({(ukHeading == heading ? headings : ukHeading)})";
            // the steel and aluminium articles of 2018 (chapters 72 and 76 by heading) lose their own headings in the
            // revision that brings the annexes in and are Annex I-A's articles of aluminium and of steel (9903.82.02,
            // U.S. note 16(c)(i) and (iii); the UK's 9903.82.04; 9903.82.18-.19 name the same subdivisions)
            string[] lists = tier == "1a" ? [$"us-232-annex-{tier}", "us-232-steel-articles-by-subheading", "us-232-aluminium-articles", "us-232-aluminium-castings"] : [$"us-232-annex-{tier}"];
            var scopeNote = tier == "1a"
                ? $"{title}: the annex's lines (curated list) and the steel and aluminium articles of 2018 (by the subheadings of 9903.80.05-.58 and 9903.85.05-.06), which {heading} takes in"
                : title;
            // the weight exemption's words are the schedule's own (9903.82.03, from HTS 2026 revision 5)
            string[] sources = [AnnexesSource, Hts];
            static string BasisNote(string percent, bool whole) => whole ? $"{percent}% all-in on the full value (the MFN rate topped up to {percent}%; no change when the MFN rate is {percent}% or more)." : "On the full value of the article.";
            // as recorded until MetalsScopesLearned: the tier's lines, copper among them, without the articles or carve-outs
            var recordedScope = Scope.Of([$"us-232-annex-{tier}"], title);
            Measure(new Layer($"us-232-metals-annex-{tier}-gb", $"Section 232 metals, Annex {tier.ToUpperInvariant()} of April 2026 (United Kingdom)", "Section 232 metals (2026)", ukLegal, "section-232-metals", ["GB"], [],
                recordedScope, AnnexesRecorded, sources, BasisNote(uk, ukAllIn), [new Rate(AnnexesFrom, null, uk, AllIn: ukAllIn)], MetalWeight: _weightExemption));
            Measure(new Layer($"us-232-metals-annex-{tier}", $"Section 232 metals, Annex {tier.ToUpperInvariant()} of April 2026", "Section 232 metals (2026)", legal, "section-232-metals", ["*"], ["GB"],
                recordedScope, AnnexesRecorded, sources, BasisNote(rate, allIn), [new Rate(AnnexesFrom, null, rate, AllIn: allIn)], MetalWeight: _weightExemption));
            List<string> excluded = [.. new[] { $"us-232-annex-{tier}-carve-outs", $"us-232-annex-{tier}-copper" }.Where(_lists.ContainsKey)];
            var corrected = "Corrected when the ledger learnt it: copper lines are charged by layers of their own (no UK heading names copper)"
                + (tier == "1a" ? "; the 2018 articles of aluminium and steel are Annex I-A's (9903.82.02, the UK's 9903.82.04), their own headings dropped" : string.Empty)
                + "; a line another tier names more closely is in that tier (us-232-annex-*-carve-outs)";
            CorrectScope([($"us-232-metals-annex-{tier}-gb", sources), ($"us-232-metals-annex-{tier}", sources)], new Scope(false, lists, excluded, scopeNote),
                MetalsScopesLearned, AnnexesRecorded, [], corrected + ".");
            if (tier == "1b" && AnnexIBAsTheNoteLists() is { } noted)
            {
                CorrectScope([($"us-232-metals-annex-{tier}-gb", sources), ($"us-232-metals-annex-{tier}", sources)], new Scope(false, [noted], excluded, $"{title}: the lines U.S. note 16(c)(vi)-(vii) lists (HTS 2026 Revision 6)"),
                    CuratedLinesLearned, AnnexesRecorded, [],
                    corrected + $"; Annex I-B's lines are those U.S. note 16(c)(vi)-(vii) lists (HTS 2026 Revision 6; {AnnexNotesFile}), where the curated list gives many by heading or subheading and holds codes the annex names only inside other lines' descriptions: {_annexIBNarrowed}. The ledger follows the note.");
            }
            else if (AnnexDescriptionReferences(tier) is { } references)
            {
                CorrectScope([($"us-232-metals-annex-{tier}-gb", sources), ($"us-232-metals-annex-{tier}", sources)], new Scope(false, lists, [.. excluded, references], scopeNote),
                    CuratedLinesLearned, AnnexesRecorded, [],
                    corrected + $"; the codes the annex names only inside another line's description are not its lines ({Codes(references)}: U.S. note 16(c)(vi)-(vii), HTS 2026 Revision 6).");
            }
            if (_lists.ContainsKey($"us-232-annex-{tier}-copper"))
            {
                // no UK heading names copper: the UK's copper pays the annex rate
                Measure(new Layer($"us-232-metals-annex-{tier}-copper", $"Section 232 copper, Annex {tier.ToUpperInvariant()} of April 2026", "Section 232 metals (2026)", legal, "section-232-metals", ["*"], [],
                    AnnexScope([$"us-232-annex-{tier}-copper"], $"us-232-annex-{tier}-copper-carve-outs", $"the copper lines of Annex {tier.ToUpperInvariant()}"), MetalsScopesLearned, sources,
                    $"{BasisNote(rate, allIn)} Recorded when the ledger learnt that copper has no UK heading; public since the annexes (7 Apr 2026).", [new Rate(AnnexesFrom, null, rate, AllIn: allIn)], MetalWeight: _weightExemption, Published: AnnexesRecorded));
            }
        }

        Measure(new Layer("us-232-metals-annex-aluminium-ru", "Section 232 aluminium of Russia under the April 2026 annexes (+200%)", "Section 232 metals (2026)", "Proclamation 10522 (9903.85.67, 9903.85.68), kept by the proclamation of 2 Apr 2026",
            "section-232-metals", ["RU"], [], Scope.Of(["us-232-annex-aluminium"], "the aluminium lines of Annexes I-A, I-B and III"), AnnexesRecorded, [AnnexesSource, RussianAluminiumSource],
            "The 200% duty on Russian aluminium and its derivatives (9903.85.67-.68) is excepted from the annex headings and stays in force; the higher rate applies.", [new Rate(AnnexesFrom, null, "200")]));
        CorrectScope([("us-232-metals-annex-aluminium-ru", [AnnexesSource, RussianAluminiumSource])],
            Scope.Of(["us-232-annex-aluminium", "us-232-aluminium-articles", "us-232-aluminium-castings"], "the aluminium lines of Annexes I-A, I-B and III and the aluminium articles of 2018"),
            MetalsScopesLearned, AnnexesRecorded, [Hts],
            "The aluminium articles of 2018 lose their own headings with the annexes (Annex I-A takes them in), so Russia's 200% (9903.85.67) stays on them too. Recorded when the ledger learnt it.");
        if (AnnexIBAsTheNoteLists() is not null)
        {
            _lists["us-232-annex-aluminium-noted"] = [.. _annexAluminiumOutsideIB
                .Concat(_annexNotes.Where(n => n.Subdivision == "note 16(c)(vi)").SelectMany(n => n.Provisions)).Distinct(StringComparer.Ordinal)];
            CorrectScope([("us-232-metals-annex-aluminium-ru", [AnnexesSource, RussianAluminiumSource])],
                Scope.Of(["us-232-annex-aluminium-noted", "us-232-aluminium-articles", "us-232-aluminium-castings"], "the aluminium lines of Annexes I-A and III, those of Annex I-B as U.S. note 16(c)(vi) lists them, and the aluminium articles of 2018"),
                CuratedLinesLearned, AnnexesRecorded, [Hts],
                "The aluminium articles of 2018 lose their own headings with the annexes (Annex I-A takes them in), so Russia's 200% (9903.85.67) stays on them too; Annex I-B's aluminium lines are those U.S. note 16(c)(vi) lists (HTS 2026 Revision 6), not the curated list's headings and subheadings. Recorded when the ledger learnt it.");
        }
        else if (AnnexDescriptionReferences("1b") is { } annexReferences)
        {
            CorrectScope([("us-232-metals-annex-aluminium-ru", [AnnexesSource, RussianAluminiumSource])],
                new Scope(false, ["us-232-annex-aluminium", "us-232-aluminium-articles", "us-232-aluminium-castings"], [annexReferences], "the aluminium lines of Annexes I-A, I-B and III and the aluminium articles of 2018"),
                CuratedLinesLearned, AnnexesRecorded, [Hts],
                $"The aluminium articles of 2018 lose their own headings with the annexes (Annex I-A takes them in), so Russia's 200% (9903.85.67) stays on them too; the codes Annex I-B names only inside another line's description are not its lines ({Codes(annexReferences)}). Recorded when the ledger learnt it.");
        }

        AnnexIBAsCopper();
        _ = countries;
        _decisions.Add(_weightExemption is { } w
            ? $"Section 232 metals (2026): {w.Heading} exempts goods whose metal is under {w.Below}% of their weight, except articles of chapters {string.Join(", ", w.ExceptChapters)} (give --metal-weight)"
            : "Section 232 metals (2026): no heading of the schedule exempts goods by their metal's weight");
    }

    /// <returns>The measures written, one per class of partners, with their sources.</returns>
    private List<(string Id, string[] Sources)> Section232Measure(
        string id, string authority, string basis, string legal, string group, string[] lists, string? start, string? end,
        IReadOnlyDictionary<string, string> countries, string scopeNote, string? recorded = null, string? source = null, string? note = null, string? condition = null, string? contentMetal = null,
        string? published = null, bool renamed = true, string? endLearned = null, bool approximate = false)
    {
        var written = new List<(string Id, string[] Sources)>();
        var entries = Authority("s232", authority);
        var all = countries.Values.Distinct().Where(iso => iso != "US").ToList();
        var histories = all.ToDictionary(iso => iso, iso => History(entries, iso, countries), StringComparer.Ordinal);

        // the authority list gives Canada and Mexico 0% on parts: the rate of the parts that qualify under the USMCA, which
        // stay free until Commerce sets a process for their non-US content; the other parts pay the duty
        var usmcaParts = authority is "auto_parts" or "mhd_parts" ? UsmcaPartners.Where(histories.ContainsKey).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var iso in usmcaParts)
        {
            histories[iso] = History(entries.Where(e => e.CensusCode is null).ToList(), iso, countries);
        }
        if (authority is "steel" or "aluminum" && (start is null || string.CompareOrdinal(start, MetalsExemptionsEnd) < 0))
        {
            foreach (var iso in MetalsExemptUntil2025.Where(histories.ContainsKey))
            {
                histories[iso] = FromEndOfMetalsExemptions(histories[iso], authority);
            }
        }

        // partners whose metals entered under an arrangement until 12 Mar 2025 form their own classes, whose rates say so
        var arrangements = authority is "steel" or "aluminum" && (start is null || string.CompareOrdinal(start, MetalsExemptionsEnd) < 0)
            ? MetalsArrangements(authority) : new Dictionary<string, string>(StringComparer.Ordinal);
        var classes = histories.GroupBy(h => (usmcaParts.Contains(h.Key) ? "usmca|" : string.Empty) + arrangements.GetValueOrDefault(h.Key) + "|" + string.Join(";", h.Value.Select(r => $"{r.From}={r.Rate}")), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        for (var c = 0; c < classes.Count; c++)
        {
            var targets = classes[c].Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
            var history = classes[c].First().Value;
            var rates = new List<Rate>();
            foreach (var (from, rate, src) in history)
            {
                var day = start is not null && string.CompareOrdinal(from, start) < 0 ? start : from;
                if (end is not null && string.CompareOrdinal(day, end) >= 0)
                {
                    continue;
                }

                // a deal's notice may date its rate before its own publication: the rate is valid from then, known from the publication
                day = Retroactive(authority, src) ?? InForceFrom(src) ?? day;

                // a rate in force before the measure's own start (the March 2025 rise, for the inclusions of August)
                // begins with the measure, where a later step replaces it
                if (start is not null && string.CompareOrdinal(day, start) < 0)
                {
                    day = start;
                }

                rates.RemoveAll(r => r.From == day);
                rates.Add(new Rate(day, null, Percent(rate), Published(src, from), [src], AllIn: targets.All(t => IsAllIn(t, rate, authority))));
            }

            if (rates.Count == 0)
            {
                continue;
            }

            if (authority == "softwood_lumber" && !DealHeadingsCoverLumber() && BaseRatesFrom(entries, rates) is { Count: > 0 } lumber)
            {
                // the authority list gives the deals' 15% to their lumber too: the schedule's deal headings leave it out
                rates.AddRange(lumber);
            }
            else if (RetroactiveLearnedLate(authority, rates) is { } early)
            {
                rates.Add(early);
            }

            if (arrangements.GetValueOrDefault(targets[0]) is { } arrangement)
            {
                rates = UntilEndOfArrangement(rates, arrangement, authority);
            }

            if (end is not null)
            {
                // an end the ledger learnt after the annexes were published is recorded when it learnt it
                rates.Add(new Rate(end, null, "ends", endLearned ?? AnnexesRecorded, [AnnexesSource, Hts], _annexesReplace ?? "replaced by the April 2026 annexes",
                    Published: endLearned is null ? null : AnnexesRecorded));
            }

            var others = c == 0;
            var measureId = others ? id : $"{id}-{PartnersSuffix(targets)}";
            // until session 11 a class was named after its first partner (us-232-auto-parts-ca for Canada and Mexico); a
            // measure built since (renamed: false) never went by such a name
            var legacy = others ? id : $"{id}-{targets[0].ToLowerInvariant()}";
            var excluded = others ? classes.Skip(1).SelectMany(g => g.Select(x => x.Key)).Order(StringComparer.Ordinal).ToArray() : [];
            string[] sources = source is null ? [.. history.Select(h => h.Source).Distinct()] : [source, .. history.Select(h => h.Source).Distinct()];
            Measure(new Layer(
                measureId, others ? basis : $"{basis} ({string.Join(", ", targets.Take(6))}{(targets.Length > 6 ? $" and {targets.Length - 6} more" : string.Empty)})",
                basis, legal, group, others ? ["*"] : targets, excluded,
                Scope.Of(lists, scopeNote) with { Approximate = approximate }, recorded ?? rates[0].Recorded!, sources,
                note, rates, usmcaParts.Contains(targets[0]) ? UsmcaPartsCondition(authority) + (condition is null ? string.Empty : "; " + condition) : condition,
                condition is null ? "tariff" : "conditional-tariff", Published: published, ContentMetal: contentMetal, Claim: usmcaParts.Contains(targets[0]) ? Usmca : null)
            { Formerly = legacy == measureId || !renamed ? [] : [legacy] });
            written.Add((measureId, sources));
        }

        return written;
    }

    private static readonly string[] UsmcaPartners = ["CA", "MX"];

    /// <summary>The claim a USMCA exemption turns on, as a measure's <c>claim</c> and an import line name it.</summary>
    private const string Usmca = "USMCA";

    /// <summary>
    /// Names the partners of a Section 232 class in its id: the EU's 27 members as "eu", every other partner by its code
    /// (us-232-auto-parts-ca-mx, us-232-softwood-lumber-eu-jp), so that an id never names one partner for several.
    /// </summary>
    internal static string PartnersSuffix(IReadOnlyCollection<string> targets)
    {
        var eu = EuMembers.All(targets.Contains);
        var others = targets.Where(t => !eu || !EuMembers.Contains(t)).Order(StringComparer.Ordinal);
        var named = eu ? others.Prepend("EU") : others;
        return string.Join("-", named).ToLowerInvariant();
    }

    private static string UsmcaPartsCondition(string authority) => authority == "auto_parts"
        ? "parts that qualify for preferential treatment under the USMCA are free of this duty until Commerce sets a process to charge their non-US content (Proclamation 10908): declare the claim to pay 0"
        : "parts that qualify for preferential treatment under the USMCA are free of this duty (proclamation of 17 Oct 2025 on medium and heavy-duty vehicles and parts): declare the claim to pay 0";

    private void Section122()
    {
        _lists["us-s122-exempt"] = _source.Csv("s122_exempt_products.csv").Select(r => r[0]).ToList();
        _yaml.AppendLine("  # Section 122: the bundled us-section-122 is the layer; its exemptions are us-s122-exempt, applied there. The layers");
        _yaml.AppendLine("  # below stand in for it where an exemption turns on a claim the importer declares, and say so as a condition.");
        Section122Condition(
            "us-section-122-usmca", "Section 122 temporary import surcharge (CA, MX)", ["CA", "MX"], Scope.AllGoodsScope, "9903.03.07 Canada, 9903.03.08 Mexico",
            "goods of Canada and Mexico that qualify for preferential treatment under the USMCA are exempt (9903.03.07 Canada, 9903.03.08 Mexico; U.S. note 2(aa)(vi), (vii)): declare the claim to pay 0", Usmca);
        _lists["us-s122-cafta-dr-textiles"] = [.. Enumerable.Range(50, 14).Select(c => c.ToString(CultureInfo.InvariantCulture))];
        Section122Condition(
            "us-section-122-cafta-dr", "Section 122 temporary import surcharge on textiles and apparel (CAFTA-DR partners)", ["CR", "DO", "GT", "HN", "NI", "SV"],
            Scope.Of("us-s122-cafta-dr-textiles", "textiles and apparel (chapters 50-63: U.S. note 2(aa)(viii), which 9903.03.09 cites, is not in the revision files; the chapters stand in for it)"),
            "9903.03.09",
            "textile and apparel goods that qualify as originating under the CAFTA-DR are exempt (9903.03.09; U.S. note 2(aa)(viii)): declare the claim to pay 0", "CAFTA-DR");
        CorrectScope([("us-section-122-cafta-dr", [Section122Source, Hts])],
            Scope.Of("us-s122-cafta-dr-textiles", CaftaDrTextilesScope) with { Approximate = true },
            CaftaDrScopeLearned, Section122Proclaimed, [CaftaDrAct],
            "The scope was always chapters 50-63 standing in for the CAFTA-DR's textile and apparel goods; recorded approximate when the ledger learnt that neither the schedule nor its special programme indicator delimits them.");
        _decisions.Add($"Section 122: CAFTA-DR textiles and apparel (9903.03.09) taken as chapters 50-63, approximate: {CaftaDrTextilesScope}");
    }

    /// <summary>
    /// Why the CAFTA-DR textile scope of the Section 122 exemption is chapters 50-63 and approximate. The schedule does not
    /// delimit it: 9903.03.09 cites U.S. note 2(aa)(viii), which no revision file carries, and no tariff line's footnote
    /// cites 9903.03.09 in any revision of 2025-2026. The special programme indicator "P" (general note 29) marks a line's
    /// CAFTA-DR preference, not textiles: in 2026 Revision 4 it is on 751 of the 808 8-digit lines of chapters 50-63 and on
    /// 1,415 8-digit lines outside them, so it cannot stand in either. The law's definition is the CAFTA-DR Implementation
    /// Act's (19 U.S.C. 4002(5)): a good listed in the Annex to the WTO Agreement on Textiles and Clothing, other than one of
    /// Annex 3.29 of the Agreement, a list of HS subheadings in no file here.
    /// </summary>
    private const string CaftaDrTextilesScope =
        "textiles and apparel, approximated by chapters 50-63: 9903.03.09 cites U.S. note 2(aa)(viii), which the revision files do not carry, no tariff line's footnote cites 9903.03.09, and the programme indicator P marks every CAFTA-DR preference, not textiles (in 2026 Revision 4 on 1,415 8-digit lines outside chapters 50-63); the CAFTA-DR Act's textile or apparel good (19 U.S.C. 4002(5)) is a good listed in the Annex to the WTO Agreement on Textiles and Clothing, other than one of the Agreement's Annex 3.29: a list by HS subheading, not by chapter, which no file here holds";

    /// <summary>The CAFTA-DR Implementation Act's definitions (19 U.S.C. 4002), on the Government Publishing Office's site.</summary>
    private const string CaftaDrAct = "https://www.govinfo.gov/app/details/USCODE-2023-title19/USCODE-2023-title19-chap26-sec4002";

    /// <summary>The day the ledger learnt that its CAFTA-DR textile scope is an approximation the schedule cannot settle.</summary>
    private const string CaftaDrScopeLearned = "2026-12-06";

    /// <summary>
    /// The Section 122 surcharge on goods whose exemption turns on a claim (9903.03.07-.09): the same 10% as the bundled
    /// us-section-122, which a stacking rule takes out where this layer applies, with the condition shown as the fentanyl
    /// duties' USMCA exemption is. The totals are the ones the bundled layer gave, so it is recorded as the bundled layer
    /// is, on the proclamation's day, and its Annex I exemptions when the ledger learnt them (as the bundled layer's are).
    /// </summary>
    private void Section122Condition(string id, string title, string[] targets, Scope scope, string headings, string condition, string claim)
    {
        Measure(new Layer(
            id, title, "Section 122", $"Trade Act of 1974, section 122; proclamation of 20 Feb 2026 (9903.03.01; exemptions {headings})", "section-122-conditional", targets, [], scope,
            Section122Proclaimed, [Section122Source, Hts], "The bundled us-section-122 on these goods, with the condition its exemption turns on; built 2026-12-06 with the same rates and record days.",
            [new Rate("2026-02-24", "2026-07-24", "10")], Condition: condition, Claim: claim));
        Exempt(id, "exemptions", "Goods exempt from the Section 122 surcharge (Annex I of the proclamation)", "2026-02-24", Section122ExemptionsLearned,
            Section122Source, "us-s122-exempt", Section122ExemptHeadings, published: Section122Proclaimed);
    }

    /// <summary>
    /// The headings of the Section 122 exemptions the curated list holds: U.S. note 2(aa)(ii) of chapter 99, subchapter III
    /// (9903.03.03, Annex I's subheadings) and 2(aa)(iii) (9903.03.04, particular articles), as HTS 2026 Rev. 6 prints them.
    /// </summary>
    private const string Section122ExemptHeadings = "9903.03.03-.04";

    /// <summary>The heading of Annex II of EO 14257 as amended (U.S. note 2(v)(iii)(a)), which the electronics and farm goods joined.</summary>
    private const string AnnexIIHeading = "9903.01.32";

    /// <summary>The day the Section 122 proclamation was public, when the bundled us-section-122 is recorded.</summary>
    private const string Section122Proclaimed = "2026-02-20";

    /// <summary>The day the ledger learnt the Section 122 exemptions of Annex I (the bundled us-section-122-exemptions).</summary>
    private const string Section122ExemptionsLearned = "2026-12-04";

    private void Voiding()
    {
        var ieepa = new[] { "us-fentanyl-ca", "us-fentanyl-ca-energy", "us-fentanyl-mx", "us-fentanyl-mx-potash", "us-ieepa-brazil", "us-ieepa-india-russian-oil" };
        var ids = ieepa.Concat(_reciprocalIds).ToList();
        _yaml.AppendLine();
        _yaml.AppendLine("suspensions:");
        _yaml.Append(_suspensions);
        _yaml.AppendLine();
        _yaml.AppendLine("voidings:");
        _yaml.AppendLine("  - id: scotus-ieepa-2026-all-partners");
        _yaml.AppendLine($"    measures: [{string.Join(", ", ids)}]");
        _yaml.AppendLine("    from: 2025-02-01");
        _yaml.AppendLine("    basis: Learning Resources, Inc. v. Trump (US Supreme Court, 20 Feb 2026)");
        _yaml.AppendLine("    recorded: 2026-02-20");
        _yaml.AppendLine("    sources: [https://www.supremecourt.gov/opinions/25pdf/24-1287_4e04.pdf]");
        _yaml.AppendLine("    note: IEEPA does not authorise tariffs; refunds are left to the Court of International Trade and CBP.");
        if (_amendments.Length > 0)
        {
            _yaml.AppendLine();
            _yaml.AppendLine("amendments:");
            _yaml.Append(_amendments);
        }
    }

    /// <summary>
    /// The 9903.82 headings that no layer cites, as the latest revision words them, each with the revision that first has
    /// it: the ledger says it does not hold them (<c>tradewatch ledger coverage</c>) rather than leaving them out in silence
    /// (9903.82.20-.26 of 2026 Revision 10, among others). Their goods are named only by subdivisions of U.S. note 16,
    /// whose lists the revision files do not carry, and no tariff line's footnote cites them.
    /// </summary>
    private void UnbuiltHeadings()
    {
        var cited = Annexes.SelectMany(a => new[] { a.Heading, a.UkHeading, a.Russia, a.NoChange }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (_weightExemption is { } weight)
        {
            cited.Add(weight.Heading);
            if (weight.NoMetal is { } none)
            {
                cited.Add(none);
            }
        }

        var uncited = _annexHeadings.Keys.Where(h => !cited.Contains(h)).Order(StringComparer.Ordinal).ToList();
        if (uncited.Count == 0)
        {
            return;
        }

        var revisions = Revisions();
        _yaml.AppendLine();
        _yaml.AppendLine("gaps:");
        foreach (var heading in uncited)
        {
            var row = _annexHeadings[heading];
            var first = revisions.First(r => _metalsHeadings.GetValueOrDefault(r)?.Contains(heading) == true);
            var subject = $"Section 232 metals heading {heading} (from HTS {RevisionTitle(first)}; {row.General.Trim()}): {row.Description.Trim()}";
            _yaml.AppendLine($"  - {{imposer: US, kind: tariff, subject: {Quote(subject)}, note: {Quote("not built as a layer: its goods are named only by a subdivision of U.S. note 16, whose lists the HTS revision files do not carry, and no tariff line's footnote cites it")}}}");
        }

        _decisions.Add($"Section 232 metals (2026): {uncited.Count} headings of 9903.82 cite goods by subdivisions of U.S. note 16 the revision files do not list ({string.Join(", ", uncited)}): listed as gaps, not built");
    }

    // ------------------------------------------------------------------ the authority-level rates

    private sealed record AuthorityEntry(string Date, string? CensusCode, decimal Rate, string Source);

    private List<AuthorityEntry> Authority(string authority, string name)
    {
        var path = _source.Authorities("master_tariff_list.json");
        try
        {
            return ReadAuthority(path, authority, name);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not the authority list the build reads ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    private static List<AuthorityEntry> ReadAuthority(string path, string authority, string name)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing (the authority-level rates the build reads)");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.GetProperty("tariff_authority").GetString() != authority || item.GetProperty("tariff_name").GetString() != name)
            {
                continue;
            }

            return item.GetProperty("effective_date").EnumerateArray().Select(e => e.TryGetProperty("base_date", out var b)
                ? new AuthorityEntry(b.GetString()!, null, e.GetProperty("base_rate").GetDecimal() * 100, e.GetProperty("source").GetString()!)
                : new AuthorityEntry(e.GetProperty("adjust_date").GetString()!, e.GetProperty("census_code").GetString(), e.GetProperty("adjust_rate").GetDecimal() * 100, e.GetProperty("source").GetString()!))
                .ToList();
        }

        throw new InvalidDataException($"{path}: has no {authority} {name}");
    }

    /// <summary>
    /// Australia (since 2018) and Canada and Mexico (since May 2019) paid no Section 232 steel or aluminium duty until
    /// Proclamations 10895 and 10896 ended every country's exemption on 12 Mar 2025; the authority list starts every partner in 2018.
    /// </summary>
    private static readonly string[] MetalsExemptUntil2025 = ["AU", "CA", "MX"];

    private const string MetalsExemptionsEnd = "2025-03-12";

    /// <summary>
    /// The partners whose steel or aluminium entered, until 12 Mar 2025, under an arrangement in place of the duty, and
    /// what it was: Proclamations 10896 (steel, FR 2025-02833) and 10895 (aluminium, FR 2025-02832) ended them (with
    /// Australia's, Canada's and Mexico's exemptions, which the ledger holds) from that day. The ledger does not model
    /// the quotas: before that day it charges the duty outside them and says so.
    /// </summary>
    private static Dictionary<string, string> MetalsArrangements(string authority)
    {
        var quota = authority == "steel" ? "steel" : "aluminium";
        var arrangements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var iso in EuMembers)
        {
            arrangements[iso] = $"the EU's {quota} entered under a tariff-rate quota (in-quota entries free of the duty)";
        }

        arrangements["GB"] = $"the UK's {quota} entered under a tariff-rate quota (in-quota entries free of the duty)";
        arrangements["AR"] = $"Argentina's {quota} entered under an absolute quota (no duty within it)";
        if (authority == "steel")
        {
            arrangements["JP"] = "Japan's steel entered under a tariff-rate quota (in-quota entries free of the duty)";
            arrangements["BR"] = "Brazil's steel entered under an absolute quota (no duty within it)";
            arrangements["KR"] = "Korea's steel entered under an absolute quota (no duty within it)";
            arrangements["UA"] = "the duty on Ukraine's steel was suspended";
        }

        return arrangements;
    }

    /// <summary>
    /// A class's rates with those before 12 Mar 2025 marked not covered (the arrangement the ledger does not model),
    /// and the rate then in force restated from that day, when the arrangement ended, so that the mark stops there.
    /// </summary>
    private static List<Rate> UntilEndOfArrangement(List<Rate> rates, string arrangement, string authority)
    {
        var (number, proclamation) = authority == "steel"
            ? ("10896", "https://www.federalregister.gov/documents/2025/02/18/2025-02833/adjusting-imports-of-steel-into-the-united-states")
            : ("10895", "https://www.federalregister.gov/documents/2025/02/18/2025-02832/adjusting-imports-of-aluminum-into-the-united-states");
        var note = $"{Core.Evaluation.MeasureCoverage.NotCoveredMark} until 12 Mar 2025 {arrangement}, which the ledger does not model: the rate is the duty outside the arrangement; Proclamation {number} ended it from 12 Mar 2025";
        var result = rates.Select(r => string.CompareOrdinal(r.From, MetalsExemptionsEnd) < 0 ? r with { Note = note, Sources = [.. r.Sources ?? [], proclamation] } : r).ToList();
        if (!result.Any(r => r.From == MetalsExemptionsEnd) && result.LastOrDefault(r => string.CompareOrdinal(r.From, MetalsExemptionsEnd) < 0) is { } inForce)
        {
            result.Add(new Rate(MetalsExemptionsEnd, null, inForce.Value, "2025-02-18", [proclamation], AllIn: inForce.AllIn));
        }

        return result.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
    }

    /// <summary>A metals history that starts when the partner's exemption ended, at the rate then in force.</summary>
    private static List<(string From, decimal Rate, string Source)> FromEndOfMetalsExemptions(List<(string From, decimal Rate, string Source)> history, string authority)
    {
        var proclamation = authority == "steel"
            ? "https://www.federalregister.gov/documents/2025/02/18/2025-02833/adjusting-imports-of-steel-into-the-united-states"
            : "https://www.federalregister.gov/documents/2025/02/18/2025-02832/adjusting-imports-of-aluminum-into-the-united-states";
        var result = new List<(string From, decimal Rate, string Source)>();
        var inForce = history.Where(r => string.CompareOrdinal(r.From, MetalsExemptionsEnd) <= 0).ToList();
        if (inForce.Count > 0)
        {
            var last = inForce[^1];
            result.Add((MetalsExemptionsEnd, last.Rate, last.From == MetalsExemptionsEnd ? last.Source : proclamation));
        }

        result.AddRange(history.Where(r => string.CompareOrdinal(r.From, MetalsExemptionsEnd) > 0));
        return result;
    }

    /// <summary>A partner's rate over time: the base rates, overridden from its own adjustments on (an adjustment outlasts later base changes).</summary>
    private static List<(string From, decimal Rate, string Source)> History(List<AuthorityEntry> entries, string iso, IReadOnlyDictionary<string, string> countries)
    {
        var own = entries.Where(e => e.CensusCode is { } c && countries.TryGetValue(c, out var i) && i == iso).OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        var firstOwn = own.Count > 0 ? own[0].Date : null;
        var result = new List<(string From, decimal Rate, string Source)>();
        foreach (var e in entries.Where(e => e.CensusCode is null && (firstOwn is null || string.CompareOrdinal(e.Date, firstOwn) < 0)).Concat(own).OrderBy(e => e.Date, StringComparer.Ordinal))
        {
            if (string.CompareOrdinal(e.Date, "2025-01-01") < 0 && result.Count > 0)
            {
                result.Clear();
            }

            result.RemoveAll(r => r.From == e.Date);
            result.Add((e.Date, e.Rate, e.Source));
        }

        // rates from before 2025 start the ledger's window
        return result.Where((r, i) => i == result.Count - 1 || string.CompareOrdinal(result[i + 1].From, "2025-01-01") > 0).ToList();
    }

    /// <summary>
    /// The authority-level rates of every country-rates file, one row per file, partner and measure (rate in
    /// percent), so that the ledger can be checked against them where the shared collection is absent.
    /// </summary>
    private void WriteAuthorityRates(string path, Dictionary<string, string> countries)
    {
        var text = new StringBuilder("file\tpolicy_date\tpartner\tmeasure\trate_percent\n");
        var folder = _source.Authorities("country-rates");
        foreach (var file in Directory.GetFiles(folder, "tariff_rates_*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var date = document.RootElement.GetProperty("policy_effective_date").GetString();
            var name = Path.GetFileNameWithoutExtension(file)["tariff_rates_".Length..];
            foreach (var partner in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                if (!countries.TryGetValue(partner.Name, out var iso))
                {
                    continue;
                }

                foreach (var tariff in partner.Value.GetProperty("tariffs").EnumerateArray())
                {
                    var rate = (tariff.GetProperty("tariff_rate").GetDecimal() * 100).ToString("0.####", CultureInfo.InvariantCulture);
                    text.Append(CultureInfo.InvariantCulture, $"{name}\t{date}\t{iso}\t{tariff.GetProperty("tariff_authority").GetString()}/{tariff.GetProperty("tariff_name").GetString()}\t{rate}\n");
                }
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var output = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.SmallestSize);
        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The partners of the authority-level rates: each Census country code with its ISO code.</summary>
    public IReadOnlyDictionary<string, string> Partners() => Countries();

    private Dictionary<string, string> Countries()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = true;
        foreach (var line in File.ReadLines(_source.Authorities("census-country-codes.csv")))
        {
            if (header)
            {
                header = false;
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
            {
                throw new InvalidDataException($"{_source.Authorities("census-country-codes.csv")}: '{Trim(line)}' is not 'code,name'");
            }

            var code = line[..comma];
            var name = line[(comma + 1)..].Trim('"');
            var iso = CensusAliases.GetValueOrDefault(name) ?? _isoOfName(name) ?? _isoOfName(Parenthesis().Replace(name, string.Empty).Trim());
            if (iso is null)
            {
                _decisions.Add($"census country {code} '{name}': no ISO code found, left out");
                continue;
            }

            map[code] = iso;
        }

        return map;
    }

    /// <summary>The day a Federal Register document was published, from its address; else the day the rate took effect (never before it was announced).</summary>
    private static string Published(string source, string effective)
    {
        var m = FederalRegisterDate().Match(source);
        return m.Success ? $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}" : effective;
    }

    // ------------------------------------------------------------------ YAML

    private static string Learned => CorrectionsLearned.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Scope(bool All, string[] Names, List<string> ExcludeLists, string? Note)
    {
        /// <summary>The lists are coarser than the legal text's scope (<c>approximate: true</c>): answers on them say so.</summary>
        public bool Approximate { get; init; }

        public static readonly Scope AllGoodsScope = new(true, [], [], null);

        public static Scope Of(string name, string note) => new(false, [name], [], note);

        public static Scope Of(string[] names, string note) => new(false, names, [], note);
    }

    private sealed record Rate(string From, string? To, string Value, string? Recorded = null, string[]? Sources = null, string? Note = null, bool AllIn = false, string? Published = null);

    /// <summary>Whether a partner's rate is a deal's all-in rate (the MFN rate included): 15% for the EU, Japan, Korea and Switzerland, 10% for British cars and parts.</summary>
    private static bool IsAllIn(string iso, decimal rate, string authority) =>
        (rate == 15 && (EuMembers.Contains(iso) || iso is "JP" or "KR" or "CH" or "LI"))
        || (rate == 10 && iso == "GB" && authority is "autos" or "auto_parts");

    private sealed record Layer(
        string Id, string Title, string Basis, string Legal, string Group, string[] Targets, string[] ExcludeTargets, Scope Products,
        string Recorded, string[] Sources, string? Note, List<Rate> Rates, string? Condition = null, string Kind = "tariff", string? Published = null, string? ContentMetal = null,
        (string Heading, string Below, string[] ExceptChapters, string? NoMetal, string? NoMetalRecorded)? MetalWeight = null, string? Claim = null)
    {
        /// <summary>The ids the measure went by in earlier builds (<c>formerly</c>), so that records naming them still find it.</summary>
        public string[] Formerly { get; init; } = [];

        /// <summary>For a conditional tariff on the goods' metal: that metal (<c>metal</c>).</summary>
        public string? Metal { get; init; }

        /// <summary>For a conditional tariff: the layers it takes the place of when its condition holds (<c>replaces</c>).</summary>
        public string[] Replaces { get; init; } = [];
    }

    private readonly HashSet<string> _formerIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measureIds = new(StringComparer.Ordinal);

    private readonly List<string> _reciprocalIds = [];
    private readonly StringBuilder _suspensions = new();

    /// <summary>
    /// Writes an exemption of <paramref name="measure"/>: the goods of <paramref name="list"/> carved out of its scope from
    /// <paramref name="from"/>, under the Chapter 99 <paramref name="heading"/> that provides it when known.
    /// </summary>
    private void Exempt(string measure, string suffix, string title, string from, string recorded, string source, string list, string? heading, string? published = null)
    {
        _suspensions.AppendLine($"  - id: {measure}-{suffix}");
        _suspensions.AppendLine($"    measure: {measure}");
        _suspensions.AppendLine($"    title: {Quote(title)}");
        _suspensions.AppendLine($"    kind: exemption");
        if (heading is not null)
        {
            _suspensions.AppendLine($"    heading: {Quote(heading)}");
        }

        _suspensions.AppendLine($"    from: {from}");
        _suspensions.AppendLine($"    products: {{lists: [{list}]}}");
        _suspensions.AppendLine($"    recorded: {recorded}");
        if (published is not null)
        {
            _suspensions.AppendLine($"    published: {published}");
        }

        _suspensions.AppendLine($"    sources: [{source}]");
    }

    private void Measure(Layer m)
    {
        if (m.Basis == "IEEPA reciprocal")
        {
            _reciprocalIds.Add(m.Id);
        }

        _measures++;
        _measureIds.Add(m.Id);
        _formerIds.UnionWith(m.Formerly);
        var y = _yaml;
        y.AppendLine($"  - id: {m.Id}");
        if (m.Formerly.Length > 0)
        {
            y.AppendLine($"    formerly: [{string.Join(", ", m.Formerly)}]");
        }
        y.AppendLine($"    kind: {m.Kind}");
        y.AppendLine($"    title: {Quote(m.Title)}");
        y.AppendLine("    imposer: US");
        y.AppendLine($"    targets: [{string.Join(", ", m.Targets.Select(t => t == "*" ? "\"*\"" : t))}]");
        if (m.ExcludeTargets.Length > 0)
        {
            y.AppendLine($"    exclude-targets: [{string.Join(", ", m.ExcludeTargets)}]");
        }

        if (m.Products.All && m.Products.ExcludeLists.Count == 0)
        {
            y.AppendLine("    products: all");
        }
        else
        {
            y.AppendLine("    products:");
            if (m.Products.All)
            {
                y.AppendLine("      include: all");
            }

            if (m.Products.Names.Length > 0)
            {
                y.AppendLine($"      lists: [{string.Join(", ", m.Products.Names)}]");
            }

            if (m.Products.ExcludeLists.Count > 0)
            {
                y.AppendLine($"      exclude-lists: [{string.Join(", ", m.Products.ExcludeLists)}]");
            }

            if (m.Products.Note is { } scopeNote)
            {
                y.AppendLine($"      note: {Quote(scopeNote)}");
            }

            if (m.Products.Approximate)
            {
                y.AppendLine("      approximate: true");
            }
        }

        y.AppendLine($"    basis: {Quote(m.Basis)}");
        y.AppendLine($"    legal: {Quote(m.Legal)}");
        y.AppendLine($"    group: {m.Group}");
        if (m.Condition is { } condition)
        {
            y.AppendLine($"    condition: {Quote(condition)}");
        }

        if (m.Claim is { } claim)
        {
            y.AppendLine($"    claim: {claim}");
        }

        if (m.ContentMetal is { } metal)
        {
            y.AppendLine($"    on-content: {metal}");
        }

        if (m.Metal is { } of)
        {
            y.AppendLine($"    metal: {of}");
        }

        if (m.Replaces.Length > 0)
        {
            y.AppendLine($"    replaces: [{string.Join(", ", m.Replaces)}]");
        }

        if (m.MetalWeight is { } weight)
        {
            var noMetal = weight.NoMetal is { } none ? $", no-metal: {none}, no-metal-recorded: {weight.NoMetalRecorded}" : string.Empty;
            y.AppendLine($"    metal-weight-exemption: {{below: {weight.Below}, heading: {weight.Heading}, except-chapters: [{string.Join(", ", weight.ExceptChapters.Select(c => $"\"{c}\""))}]{noMetal}}}");
        }

        y.AppendLine($"    recorded: {m.Recorded}");
        if (m.Published is { } published)
        {
            y.AppendLine($"    published: {published}");
        }

        y.AppendLine($"    sources: [{string.Join(", ", m.Sources)}]");
        if (m.Note is { } note)
        {
            y.AppendLine($"    note: {Quote(note)}");
        }

        y.AppendLine("    rates:");
        for (var i = 0; i < m.Rates.Count; i++)
        {
            // each rate ends where the next begins, so that entries recorded together never overlap; a rate
            // recorded before the next was known stays open, as it was known then (the later record takes
            // precedence for the days it covers), so that an answer as known in between is what was known
            var next = i + 1 < m.Rates.Count ? m.Rates[i + 1] : null;
            var r = next is not null && m.Rates[i].To is null && m.Rates[i].Value != "ends"
                && string.CompareOrdinal(next.Recorded ?? m.Recorded, m.Rates[i].Recorded ?? m.Recorded) <= 0
                ? m.Rates[i] with { To = next.From } : m.Rates[i];
            var parts = new List<string> { $"from: {r.From}" };
            if (r.To is { } to)
            {
                parts.Add($"to: {to}");
            }

            parts.Add($"rate: {r.Value}");
            if (r.AllIn)
            {
                parts.Add("all-in: true");
            }

            if (r.Recorded is { } recorded && recorded != m.Recorded)
            {
                parts.Add($"recorded: {recorded}");
            }

            if (r.Published is { } ratePublished)
            {
                parts.Add($"published: {ratePublished}");
            }

            if (r.Sources is { Length: > 0 } sources && !(sources.Length == 1 && m.Sources.Length == 1 && sources[0] == m.Sources[0]))
            {
                parts.Add($"sources: [{string.Join(", ", sources)}]");
            }

            if (r.Note is { } rateNote)
            {
                parts.Add($"note: {Quote(rateNote)}");
            }

            y.AppendLine($"      - {{{string.Join(", ", parts)}}}");
        }
    }

    private static string Percent(decimal rate) => rate.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Trim(string text) => text.Length > 60 ? text[..60] + "..." : text;

    private static string? DateIn(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        return m.Success && DateTime.TryParseExact(m.Groups[1].Value.Replace("  ", " ", StringComparison.Ordinal), "MMMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"\d{4}-\d{5}")]
    private static partial Regex FrDocument();

    [GeneratedRegex(@"^9903\.01\.(4[3-9]|[56]\d|7[0-6])$")]
    private static partial Regex AprilHeading();

    [GeneratedRegex(@"articles the product of (.+?),? as provided for in subdivision \(v\)")]
    private static partial Regex AprilPartners();

    [GeneratedRegex(@",\s*(?:or\s+)?|\s+or\s+")]
    private static partial Regex NameList();

    [GeneratedRegex(@"\+\s*([\d.]+)\s*%")]
    private static partial Regex AddedRate();

    [GeneratedRegex(@"^\s*([\d.]+)\s*%\s*$")]
    private static partial Regex WholeRate();

    [GeneratedRegex(@"^9903\.(78|80|81|82|85)\.")]
    private static partial Regex MetalsHeading();

    [GeneratedRegex(@"weight of the applicable metal is less than (\d+) percent of the weight")]
    private static partial Regex WeightShare();

    [GeneratedRegex(@"that do not contain any aluminum, steel, or copper", RegexOptions.IgnoreCase)]
    private static partial Regex NoMetal();

    [GeneratedRegex(@"Except for articles classifiable in chapters ([\d ,or]+)")]
    private static partial Regex ExceptChapters();

    [GeneratedRegex(@"\d{2}")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"upon the value of the (steel|aluminum|copper) content", RegexOptions.IgnoreCase)]
    private static partial Regex ContentValued();

    [GeneratedRegex(@"on or after ([A-Z][a-z]+ \d{1,2}, \d{4})")]
    private static partial Regex OnOrAfter();

    [GeneratedRegex(@"before ([A-Z][a-z]+ \d{1,2}, \d{4})")]
    private static partial Regex Before();

    [GeneratedRegex(@"federalregister\.gov/documents/(\d{4})/(\d{2})/(\d{2})/")]
    private static partial Regex FederalRegisterDate();

    [GeneratedRegex(@"vehicle|motor car|automobile|chapter 87|headings? 87\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex VehicleWords();

    [GeneratedRegex(@"\s*\(.*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"hts_(\d{4})_(?:basic|rev_(\d+))")]
    private static partial Regex RevisionName();
}
