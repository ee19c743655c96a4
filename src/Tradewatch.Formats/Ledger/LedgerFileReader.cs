using System.Globalization;
using Tradewatch.Core;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Limits;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Formats.Ledger;

/// <summary>
/// Reads a ledger file (YAML, see <c>data/ledger/README.md</c>) into a batch of records and reports
/// every problem with its line: nothing stops at the first error.
/// </summary>
public sealed class LedgerFileReader
{
    public const decimal MaxRatePercent = 1000m;

    private readonly ReferenceData _reference;
    private readonly List<LedgerProblem> _problems = [];
    private readonly List<LedgerProblem> _warnings = [];
    private string _file = string.Empty;

    private readonly HashSet<string> _baseMeasures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _baseSuspensions = new(StringComparer.Ordinal);

    public LedgerFileReader(ReferenceData reference)
    {
        _reference = reference;
    }

    /// <summary>
    /// A reader for an overlay on <paramref name="baseLedger"/> (a scenario): it may point at the base
    /// ledger's measures and suspensions, and its records need neither 'recorded' nor 'sources'.
    /// </summary>
    public LedgerFileReader(ReferenceData reference, TradeLedger baseLedger)
        : this(reference)
    {
        ArgumentNullException.ThrowIfNull(baseLedger);
        IsOverlay = true;
        _baseMeasures.UnionWith(baseLedger.Measures.SelectMany(m => m.FormerIds.Prepend(m.Id)));
        _baseSuspensions.UnionWith(baseLedger.Suspensions.Select(m => m.Id));
    }

    public bool IsOverlay { get; }

    public static LedgerFileResult ReadFile(string path, ReferenceData reference)
    {
        var (text, problem) = ReadText(path);
        return text is null
            ? new LedgerFileResult(new LedgerBatch(), [problem!])
            : new LedgerFileReader(reference).Read(new StringReader(text), path);
    }

    /// <summary>A ledger or scenario file's text, or why it cannot be read: too large for <see cref="InputLimits"/>, or not valid UTF-8.</summary>
    public static (string? Text, LedgerProblem? Problem) ReadText(string path)
    {
        var limits = InputLimits.Default;
        using var stream = File.OpenRead(path);
        if (stream.Length > limits.MaxFileBytes)
        {
            return (null, new LedgerProblem(path, 1, 1, limits.FileTooLarge(stream.Length)));
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var (text, problem) = StrictUtf8.Decode(bytes);
        return problem is null ? (text, null) : (null, new LedgerProblem(path, problem.Line, 1, problem.Message));
    }

    public LedgerFileResult Read(TextReader text, string fileName)
    {
        _problems.Clear();
        _warnings.Clear();
        _file = fileName;
        var content = text.ReadToEnd();
        if (YamlShape.Check(content, InputLimits.Default) is { } tooLarge)
        {
            _problems.Add(new LedgerProblem(_file, tooLarge.Line, 1, tooLarge.Message));
            return new LedgerFileResult(new LedgerBatch(), _problems.ToList());
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            Problem(e.Start, $"not valid YAML: {message.Split(" at line")[0].Trim()}");
            return new LedgerFileResult(new LedgerBatch(), _problems.ToList());
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and loader give up this way on some malformed input (found by fuzzing).
            _problems.Add(new LedgerProblem(_file, 1, 1, $"not valid YAML: {TradewatchException.PlainMessage(e)}"));
            return new LedgerFileResult(new LedgerBatch(), _problems.ToList());
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            _problems.Add(new LedgerProblem(_file, 1, 1, "the file must be a mapping with 'measures', 'suspensions' and the other sections (see data/ledger/README.md)"));
            return new LedgerFileResult(new LedgerBatch(), _problems.ToList());
        }

        var map = new Fields(this, root, "ledger", "ledger", "name", "description", "stacking", "measures", "rates", "suspensions", "suspension-changes", "voidings", "licences", "agreements", "deadlines", "notices", "amendments", "gaps");
        var measures = new List<Measure>();
        var rates = new List<RateEntry>();
        var measureNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in map.Sequence("measures"))
        {
            ReadMeasure(node, measures, rates, measureNodes);
        }

        foreach (var measure in measures)
        {
            foreach (var former in measure.FormerIds.Where(f => f != measure.Id && measureNodes.ContainsKey(f)))
            {
                Problem(measureNodes[measure.Id].Start, $"measure '{measure.Id}' was formerly '{former}', which is the id of another measure");
            }
        }

        foreach (var id in _baseMeasures)
        {
            measureNodes.TryAdd(id, root);
        }

        foreach (var measure in measures)
        {
            foreach (var replaced in measure.Replaces.Where(r => !measureNodes.ContainsKey(r) || r == measure.Id))
            {
                Problem(measureNodes[measure.Id].Start, replaced == measure.Id
                    ? $"measure '{measure.Id}' names itself in 'replaces': list the layers it takes the place of"
                    : $"measure '{measure.Id}' replaces measure '{replaced}', which this file does not define");
            }
        }

        foreach (var node in map.Sequence("rates"))
        {
            var f = Fields.Of(this, node, "rate entry", "measure", "from", "to", "rate", "recorded", "published", "sources", "note");
            var measureId = f?.Reference("measure", measureNodes.Keys, "measure");
            var kind = measureId is null ? null : measures.Find(m => m.Id == measureId)?.Kind;
            if (measureId is not null && ReadRate(node, measureId, kind is null or MeasureKind.Tariff or MeasureKind.ConditionalTariff, null, allowMeasureKey: true) is { } entry)
            {
                rates.Add(entry);
            }
        }

        var stacking = map.Sequence("stacking").Select(ReadStacking).OfType<StackingRule>().ToList();
        var groups = stacking.Select(s => s.Group).ToHashSet(StringComparer.Ordinal);
        foreach (var measure in measures)
        {
            if (measure.StackingGroup is { } group && !groups.Contains(group))
            {
                Problem(measureNodes[measure.Id].Start, $"measure '{measure.Id}' names stacking group '{group}', which the 'stacking' section does not define");
            }
        }

        var suspensions = new List<Suspension>();
        var changes = new List<SuspensionChange>();
        foreach (var node in map.Sequence("suspensions"))
        {
            ReadSuspension(node, measureNodes, suspensions, changes);
        }

        var suspensionIds = suspensions.Select(x => x.Id).Concat(_baseSuspensions).ToHashSet(StringComparer.Ordinal);
        foreach (var node in map.Sequence("suspension-changes"))
        {
            var c = Fields.Of(this, node, "suspension change", "suspension", "to", "recorded", "published", "sources", "note");
            if (c?.Reference("suspension", suspensionIds, "suspension") is { } suspensionId && c.Date("to", required: true) is { } end && c.Provenance(null) is { } provenance)
            {
                changes.Add(new SuspensionChange(suspensionId, end, provenance));
            }
        }

        var voidings = map.Sequence("voidings").Select(n => ReadVoiding(n, measureNodes)).OfType<Voiding>().ToList();
        var licences = map.Sequence("licences").Select(n => ReadLicence(n, measureNodes)).OfType<LicenceRecord>().ToList();
        var agreements = map.Sequence("agreements").Select(ReadAgreement).OfType<Agreement>().ToList();
        var related = measureNodes.Keys.Concat(suspensions.Select(s => s.Id)).Concat(agreements.Select(a => a.Id)).ToHashSet(StringComparer.Ordinal);
        var deadlines = map.Sequence("deadlines").Select(n => ReadDeadline(n, related)).OfType<Deadline>().ToList();
        var notices = map.Sequence("notices").Select(n => ReadNotice(n, related)).OfType<Notice>().ToList();

        CheckUniqueIds(map, "suspensions");
        CheckUniqueIds(map, "voidings");
        CheckUniqueIds(map, "licences");
        CheckUniqueIds(map, "agreements");
        CheckUniqueIds(map, "deadlines");
        CheckUniqueIds(map, "notices");

        var amendable = new Dictionary<string, (YamlNode Node, Provenance Provenance, string What)>(StringComparer.Ordinal);
        foreach (var m in measures)
        {
            amendable[m.Id] = (measureNodes[m.Id], m.Provenance, "measure");
        }

        void Amendable<T>(IEnumerable<T> records, string section, Func<T, string> id, Func<T, Provenance> provenance, string what)
        {
            var nodes = map.Sequence(section).ToList();
            foreach (var record in records)
            {
                var node = nodes.FirstOrDefault(n => n is YamlMappingNode mm && mm.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode { Value: { } text } && text == id(record)) ?? root;
                amendable.TryAdd(id(record), (node, provenance(record), what));
            }
        }

        Amendable(suspensions, "suspensions", x => x.Id, x => x.Provenance, "suspension");
        Amendable(voidings, "voidings", x => x.Id, x => x.Provenance, "voiding");
        Amendable(licences, "licences", x => x.Id, x => x.Provenance, "licence");
        Amendable(agreements, "agreements", x => x.Id, x => x.Provenance, "agreement");
        Amendable(deadlines, "deadlines", x => x.Id, x => x.Provenance, "deadline");
        Amendable(notices, "notices", x => x.Id, x => x.Provenance, "notice");
        var amendments = map.Sequence("amendments").Select(n => ReadAmendment(n, amendable, suspensions, measureNodes)).OfType<Amendment>().ToList();
        if (!IsOverlay)
        {
            WarnWithoutPrimary(amendable, amendments);
        }

        var batch = new LedgerBatch
        {
            Measures = measures,
            Rates = rates,
            Suspensions = suspensions,
            SuspensionChanges = changes,
            Voidings = voidings,
            Licences = licences,
            Agreements = agreements,
            Deadlines = deadlines,
            StackingRules = stacking,
            Amendments = amendments,
            Notices = notices,
            Gaps = map.Sequence("gaps").Select(ReadGap).OfType<CoverageGap>().ToList(),
        };
        return new LedgerFileResult(batch, _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList())
        {
            Warnings = _warnings.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList(),
        };
    }

    private void CheckUniqueIds(Fields map, string section)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in map.Sequence(section))
        {
            if (node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } value }
                && !seen.Add(value))
            {
                Problem(id.Start, $"id '{value}' is used twice in '{section}'");
            }
        }
    }

    private void ReadMeasure(YamlNode node, List<Measure> measures, List<RateEntry> rates, Dictionary<string, YamlNode> measureNodes)
    {
        var f = Fields.Of(this, node, "measure", "id", "kind", "title", "imposer", "targets", "exclude-targets", "products", "items", "basis", "legal", "group", "condition", "claim", "in-lieu", "control-list", "end-users", "on-content", "metal-weight-exemption", "metal", "replaces", "formerly", "recorded", "published", "sources", "note", "rates");
        if (f is null)
        {
            return;
        }

        var id = f.RequiredString("id");
        if (id is not null && !measureNodes.TryAdd(id, node))
        {
            Problem(f.At("id").Start, $"measure id '{id}' is used twice");
            id = null;
        }

        var kind = f.Enum("kind", MeasureKind.Tariff, MeasureKinds);
        var title = f.RequiredString("title");
        var imposer = f.Economy("imposer");
        var targets = f.Economies("targets", required: true);
        var excluded = f.Economies("exclude-targets", required: false);
        var products = f.Products("products") ?? ProductScope.AllGoods;
        var items = f.Strings("items").Select(i => i.ToLowerInvariant()).ToList();
        var basis = f.RequiredString("basis");
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"measure '{id}' has no source: add 'sources' with the legal text or a report");
        }

        var entries = new List<(RateEntry Entry, YamlNode Node)>();
        foreach (var rateNode in f.Sequence("rates"))
        {
            if (ReadRate(rateNode, id ?? "?", kind is MeasureKind.Tariff or MeasureKind.ConditionalTariff, provenance) is { } entry)
            {
                entries.Add((entry, rateNode));
            }
        }

        if (f.Has("rates") && entries.Count == 0 && f.Sequence("rates").Count == 0)
        {
            Problem(f.At("rates").Start, "'rates' is empty: give at least one entry with 'from' and 'rate'");
        }
        else if (!f.Has("rates"))
        {
            Problem(node.Start, $"measure '{id}' has no 'rates': give at least one entry with 'from' (and 'rate' for a tariff)");
        }

        // Entries recorded at the same time must not claim the same days: which would win is not said. Except when the
        // later one was published later (a retroactive order learnt with the rate it replaced): the later entry wins, as
        // it does among entries recorded at the same time, and the deposit at entry before its publication follows the first.
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                var (a, b) = (entries[i].Entry, entries[j].Entry);
                if (a.Provenance.Recorded == b.Provenance.Recorded && b.Provenance.PublicFrom <= a.Provenance.PublicFrom && a.Valid.Overlaps(b.Valid))
                {
                    Problem(entries[j].Node.Start, $"rate period {b.Valid} overlaps {a.Valid} (line {entries[i].Node.Start.Line}) on measure '{id}', both recorded {a.Provenance.Recorded:yyyy-MM-dd}: end the first where the second starts, record the second later, or publish it later (a retroactive change)");
                }
            }
        }

        var contentMetal = f.OptionalString("on-content");
        if (contentMetal is not null && !Metals.Names.Contains(contentMetal))
        {
            Problem(f.At("on-content").Start, $"'on-content' is the metal whose content's value the duty falls on ({string.Join(", ", Metals.Names)}), not '{contentMetal}'");
            contentMetal = null;
        }
        else if (contentMetal is not null && kind is not (MeasureKind.Tariff or MeasureKind.ConditionalTariff))
        {
            Problem(f.At("on-content").Start, $"'on-content' is for tariffs: measure '{id}' is no tariff");
            contentMetal = null;
        }

        var condition = f.OptionalString("condition");
        var claim = f.OptionalString("claim");
        if (claim is not null && condition is null)
        {
            Problem(f.At("claim").Start, $"'claim' names the preference whose claim exempts goods from measure '{id}': give the 'condition' that says so in words");
            claim = null;
        }

        var inLieu = f.OptionalString("in-lieu") switch
        {
            null or "false" => false,
            "true" => true,
            var other => Invalid(f.At("in-lieu"), $"'in-lieu' is true or false, not '{other}'"),
        };
        if (inLieu && kind != MeasureKind.ConditionalTariff)
        {
            Problem(f.At("in-lieu").Start, $"'in-lieu' says a conditional tariff replaces every other duty when it applies: measure '{id}' is no conditional-tariff");
            inLieu = false;
        }

        var weightExemption = f.Has("metal-weight-exemption") ? ReadMetalWeightExemption(f.At("metal-weight-exemption")) : null;
        var metal = f.OptionalString("metal");
        if (metal is not null && !Metals.Names.Contains(metal))
        {
            Problem(f.At("metal").Start, $"'metal' is the metal the goods must be of for the measure to apply ({string.Join(", ", Metals.Names)}), not '{metal}'");
            metal = null;
        }
        else if (metal is not null && (kind != MeasureKind.ConditionalTariff || condition is null))
        {
            Problem(f.At("metal").Start, $"'metal' is the condition of a conditional tariff: measure '{id}' is no conditional-tariff with a 'condition' that says it in words");
            metal = null;
        }

        var replaces = f.Strings("replaces");
        if (replaces.Count > 0 && kind != MeasureKind.ConditionalTariff)
        {
            Problem(f.At("replaces").Start, $"'replaces' names the layers a conditional tariff takes the place of when it applies: measure '{id}' is no conditional-tariff");
            replaces = [];
        }

        var formerly = f.Strings("formerly");
        if (id is not null && formerly.Contains(id, StringComparer.Ordinal))
        {
            Problem(f.At("formerly").Start, $"measure '{id}' names itself in 'formerly': list only the ids it went by before");
        }

        if (id is null || title is null || imposer is null || targets is null || basis is null || provenance is null || kind is null)
        {
            return;
        }

        measures.Add(new Measure(
            id,
            kind.Value,
            title,
            imposer.Value,
            new EconomyScope(targets.Value.All, targets.Value.List, excluded?.List ?? []),
            products,
            items,
            basis,
            f.OptionalString("legal"),
            f.OptionalString("group"),
            condition,
            provenance)
        {
            Claim = claim,
            InLieu = inLieu,
            ControlList = f.OptionalString("control-list"),
            EndUsers = f.OptionalString("end-users"),
            ContentMetal = contentMetal,
            MetalWeightExemption = weightExemption,
            Metal = metal,
            Replaces = replaces,
            FormerIds = formerly,
        });
        rates.AddRange(entries.Select(e => e.Entry));
    }

    /// <summary>
    /// A measure's <c>metal-weight-exemption</c>: <c>{below: 15, heading: 9903.82.03, except-chapters: ["72", "73"]}</c>, with
    /// optionally the heading for goods without any metal and when it became known (<c>no-metal: 9903.82.01, no-metal-recorded: 2026-04-29</c>).
    /// </summary>
    private MetalWeightExemption? ReadMetalWeightExemption(YamlNode node)
    {
        var f = Fields.Of(this, node, "metal-weight exemption", "below", "heading", "except-chapters", "no-metal", "no-metal-recorded");
        if (f is null)
        {
            return null;
        }

        var below = f.RequiredString("below");
        var heading = f.RequiredString("heading");
        var chapters = f.Strings("except-chapters");
        var ok = true;
        if (below is not null && !(decimal.TryParse(below.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var share) && share > 0 && share <= 100))
        {
            Problem(f.At("below").Start, $"'below' is the metal's share of the weight in percent, above 0 and at most 100, not '{below}'");
            ok = false;
        }

        foreach (var chapter in chapters.Where(c => c.Length != 2 || !c.All(char.IsAsciiDigit)))
        {
            Problem(f.At("except-chapters").Start, $"'except-chapters' lists two-digit chapters, not '{chapter}'");
            ok = false;
        }

        var noMetal = f.OptionalString("no-metal");
        var noMetalRecorded = f.OptionalString("no-metal-recorded");
        DateTimeOffset? known = null;
        if (noMetalRecorded is not null)
        {
            if (DateOnly.TryParseExact(noMetalRecorded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                known = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                Problem(f.At("no-metal-recorded").Start, $"'no-metal-recorded' is a date (yyyy-MM-dd), not '{noMetalRecorded}'");
                ok = false;
            }
        }

        if (noMetal is null && noMetalRecorded is not null)
        {
            Problem(f.At("no-metal-recorded").Start, "'no-metal-recorded' dates the 'no-metal' heading, which is missing");
            ok = false;
        }

        return ok && below is not null && heading is not null
            ? new MetalWeightExemption(decimal.Parse(below.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture), heading, chapters) { NoMetalHeading = noMetal, NoMetalRecorded = known }
            : null;
    }

    private RateEntry? ReadRate(YamlNode node, string measureId, bool needsRate, Provenance? measure, bool allowMeasureKey = false)
    {
        var f = allowMeasureKey
            ? Fields.Of(this, node, "rate entry", "measure", "from", "to", "rate", "all-in", "recorded", "published", "sources", "note")
            : Fields.Of(this, node, "rate entry", "from", "to", "rate", "all-in", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var range = f.Range();
        // An export measure has no rate: an entry without one says it applies from that day.
        decimal? rate = needsRate ? null : 0m;
        var ok = true;
        if (needsRate && !f.Has("rate"))
        {
            Problem(node.Start, "missing 'rate': a tariff's entry gives its rate in percent, or 'ends'");
            ok = false;
        }
        else if (f.Has("rate"))
        {
            var text = f.OptionalString("rate");
            if (text is "ends" or "none")
            {
                rate = null;
            }
            else if (decimal.TryParse(text?.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                if (value < 0 || value > MaxRatePercent)
                {
                    Problem(f.At("rate").Start, $"rate {value}% is out of range: a rate is between 0 and {MaxRatePercent}%");
                    ok = false;
                }

                rate = value;
            }
            else
            {
                Problem(f.At("rate").Start, $"'{text}' is not a rate: write a percentage such as 25 or 7.5, or 'ends' when the measure stops applying");
                ok = false;
            }
        }

        var provenance = f.Provenance(measure);
        var allIn = f.OptionalString("all-in") switch
        {
            null or "false" => false,
            "true" => true,
            var other => Invalid(f.At("all-in"), $"'all-in' is true or false, not '{other}'"),
        };
        return ok && range is { } r && provenance is not null ? new RateEntry(measureId, r, rate, provenance) { AllIn = allIn } : null;
    }

    private bool Invalid(YamlNode node, string message)
    {
        Problem(node.Start, message);
        return false;
    }

    private StackingRule? ReadStacking(YamlNode node)
    {
        var f = Fields.Of(this, node, "stacking rule", "group", "mode", "note", "excludes");
        if (f is null)
        {
            return null;
        }

        var group = f.RequiredString("group");
        var mode = f.Enum("mode", StackingMode.Add, new Dictionary<string, StackingMode>
        {
            ["add"] = StackingMode.Add,
            ["most-specific"] = StackingMode.MostSpecific,
            ["highest"] = StackingMode.Highest,
        });
        var excludes = new List<StackingExclusion>();
        foreach (var entry in f.Has("excludes") && f.At("excludes") is YamlScalarNode ? [f.At("excludes")] : f.Sequence("excludes"))
        {
            if (ReadExclusion(entry) is { } exclusion)
            {
                excludes.Add(exclusion);
            }
        }

        return group is not null && mode is not null ? new StackingRule(group, mode.Value, f.OptionalString("note"), excludes.Count == 0 ? null : excludes) : null;
    }

    /// <summary>
    /// A group a stacking rule excludes: its name, or a mapping dating the exclusion (from, to) and when it was recorded,
    /// with the heading that makes it an exemption (<see cref="StackingExclusion.Heading"/>).
    /// </summary>
    private StackingExclusion? ReadExclusion(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
        {
            return new StackingExclusion(name.Trim());
        }

        if (node is not YamlMappingNode)
        {
            Problem(node.Start, "each entry of 'excludes' must be a group name or a mapping with 'group' and optional 'from', 'to', 'recorded', 'published', 'heading' and 'note'");
            return null;
        }

        var f = Fields.Of(this, node, "stacking exclusion", "group", "from", "to", "recorded", "published", "heading", "note");
        if (f is null)
        {
            return null;
        }

        var group = f.RequiredString("group");
        DateRange? valid = null;
        if (f.Has("from") || f.Has("to"))
        {
            valid = f.Range();
            if (valid is null)
            {
                return null;
            }
        }

        DateTimeOffset? recorded = null;
        if (f.Has("recorded"))
        {
            if (f.Date("recorded", required: true) is not { } day)
            {
                return null;
            }

            recorded = DateParsing.StartOfDay(day);
        }

        DateTimeOffset? published = null;
        if (f.Has("published"))
        {
            if (f.Date("published", required: true) is not { } day)
            {
                return null;
            }

            published = DateParsing.StartOfDay(day);
        }

        return group is null ? null : new StackingExclusion(group, valid, recorded, published) { Heading = f.OptionalString("heading"), Note = f.OptionalString("note") };
    }

    private void ReadSuspension(YamlNode node, Dictionary<string, YamlNode> measures, List<Suspension> suspensions, List<SuspensionChange> changes)
    {
        var f = Fields.Of(this, node, "suspension", "id", "measure", "title", "from", "to", "points", "products", "kind", "heading", "recorded", "published", "sources", "note", "changes");
        if (f is null)
        {
            return;
        }

        var id = f.RequiredString("id");
        var measure = f.Reference("measure", measures.Keys, "measure");
        var range = f.Range();
        decimal? points = null;
        if (f.Has("points"))
        {
            if (decimal.TryParse(f.OptionalString("points"), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p > 0 && p <= MaxRatePercent)
            {
                points = p;
            }
            else
            {
                Problem(f.At("points").Start, $"'{f.OptionalString("points")}' is not a number of points: write a positive number such as 24, or leave 'points' out to suspend the whole rate");
            }
        }

        var products = f.Products("products");
        var kind = f.OptionalString("kind");
        if (kind is not (null or "pause" or "exemption"))
        {
            Problem(f.At("kind").Start, $"'{kind}' is not a kind of suspension: write 'exemption' for goods carved out of the measure's scope, or 'pause' (the default) for a truce");
        }
        else if (kind == "exemption" && products is null)
        {
            Problem(f.At("kind").Start, $"exemption '{id}' names no products: an exemption carves goods out of a measure, so give its 'products'");
        }

        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"suspension '{id}' has no source");
        }

        foreach (var changeNode in f.Sequence("changes"))
        {
            var c = Fields.Of(this, changeNode, "suspension change", "to", "recorded", "published", "sources", "note");
            if (c is null)
            {
                continue;
            }

            var end = c.Date("to", required: true);
            var changeProvenance = c.Provenance(null);
            if (changeProvenance is not null && changeProvenance.Sources.Count == 0 && !IsOverlay)
            {
                Problem(changeNode.Start, "a suspension change needs its own sources");
            }

            if (id is not null && end is not null && changeProvenance is not null)
            {
                changes.Add(new SuspensionChange(id, end, changeProvenance));
            }
        }

        if (id is not null && measure is not null && range is { } r && provenance is not null)
        {
            suspensions.Add(new Suspension(id, measure, f.OptionalString("title") ?? id, r, points, products, provenance)
            {
                IsExemption = kind == "exemption",
                Heading = f.OptionalString("heading"),
            });
        }
    }

    private Voiding? ReadVoiding(YamlNode node, Dictionary<string, YamlNode> measures)
    {
        var f = Fields.Of(this, node, "voiding", "id", "measures", "from", "to", "basis", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.RequiredString("id");
        var ids = f.Strings("measures");
        if (ids.Count == 0)
        {
            Problem(node.Start, "a voiding needs 'measures': the ids of the measures it voids");
        }

        var known = true;
        foreach (var m in ids)
        {
            if (!measures.ContainsKey(m))
            {
                Problem(f.At("measures").Start, $"voiding '{id}' points at measure '{m}', which this file does not define");
                known = false;
            }
        }

        var range = f.Range();
        var basis = f.RequiredString("basis");
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"voiding '{id}' has no source");
        }

        return id is not null && known && ids.Count > 0 && range is { } r && basis is not null && provenance is not null
            ? new Voiding(id, ids, r, basis, provenance)
            : null;
    }

    private LicenceRecord? ReadLicence(YamlNode node, Dictionary<string, YamlNode> measures)
    {
        var f = Fields.Of(this, node, "licence", "id", "measure", "issuer", "items", "action", "date", "holder", "title", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.RequiredString("id");
        var measure = f.Has("measure") ? f.Reference("measure", measures.Keys, "measure") : null;
        var issuer = f.Economy("issuer");
        var action = f.Enum("action", LicenceAction.Granted, new Dictionary<string, LicenceAction>
        {
            ["granted"] = LicenceAction.Granted,
            ["required"] = LicenceAction.Required,
            ["denied"] = LicenceAction.Denied,
            ["promised"] = LicenceAction.Promised,
        });
        var date = f.Date("date", required: true);
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"licence '{id}' has no source");
        }

        return id is not null && issuer is not null && action is not null && date is not null && provenance is not null && (measure is not null || !f.Has("measure"))
            ? new LicenceRecord(id, measure, issuer.Value, f.Strings("items").Select(i => i.ToLowerInvariant()).ToList(), action.Value, date.Value, f.OptionalString("holder"), f.OptionalString("title") ?? id, provenance)
            : null;
    }

    private Agreement? ReadAgreement(YamlNode node)
    {
        var f = Fields.Of(this, node, "agreement", "id", "title", "place", "date", "parties", "terms", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.RequiredString("id");
        var title = f.RequiredString("title");
        var date = f.Date("date", required: true);
        var parties = f.Economies("parties", required: true);
        var terms = f.RequiredString("terms");
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"agreement '{id}' has no source");
        }

        return id is not null && title is not null && date is not null && parties is not null && terms is not null && provenance is not null
            ? new Agreement(id, title, f.OptionalString("place"), date.Value, parties.Value.List, terms, provenance)
            : null;
    }

    private Deadline? ReadDeadline(YamlNode node, HashSet<string> related)
    {
        var f = Fields.Of(this, node, "deadline", "id", "date", "subject", "related", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.RequiredString("id");
        var date = f.Date("date", required: true);
        var subject = f.RequiredString("subject");
        var relatedId = f.Has("related") ? f.Reference("related", related, "measure, suspension or agreement") : null;
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"deadline '{id}' has no source");
        }

        return id is not null && date is not null && subject is not null && provenance is not null
            ? new Deadline(id, date.Value, subject, relatedId, provenance)
            : null;
    }

    private CoverageGap? ReadGap(YamlNode node)
    {
        var f = Fields.Of(this, node, "coverage gap", "imposer", "kind", "subject", "note");
        if (f is null)
        {
            return null;
        }

        var imposer = f.Economy("imposer");
        var kind = f.Enum("kind", MeasureKind.Tariff, MeasureKinds);
        var subject = f.RequiredString("subject");
        return imposer is not null && kind is not null && subject is not null ? new CoverageGap(imposer.Value, kind.Value, subject, f.OptionalString("note")) : null;
    }

    private static readonly Dictionary<string, MeasureKind> MeasureKinds = new()
    {
        ["tariff"] = MeasureKind.Tariff,
        ["conditional-tariff"] = MeasureKind.ConditionalTariff,
        ["export-control"] = MeasureKind.ExportControl,
        ["export-ban"] = MeasureKind.ExportBan,
        ["end-user-control"] = MeasureKind.EndUserControl,
        ["fee"] = MeasureKind.Fee,
    };

    private Notice? ReadNotice(YamlNode node, HashSet<string> related)
    {
        var f = Fields.Of(this, node, "notice", "id", "title", "issuer", "date", "subject", "related", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.RequiredString("id");
        var title = f.RequiredString("title");
        var issuer = f.Economy("issuer");
        var date = f.Date("date", required: true);
        var subject = f.RequiredString("subject");
        var relatedId = f.Has("related") ? f.Reference("related", related, "measure, suspension or agreement") : null;
        var provenance = f.Provenance(null);
        if (provenance is not null && provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"notice '{id}' has no source");
        }

        return id is not null && title is not null && issuer is not null && date is not null && subject is not null && provenance is not null
            ? new Notice(id, title, issuer.Value, date.Value, subject, relatedId, provenance)
            : null;
    }

    private Amendment? ReadAmendment(YamlNode node, Dictionary<string, (YamlNode Node, Provenance Provenance, string What)> records, List<Suspension> suspensions, Dictionary<string, YamlNode> measures)
    {
        var f = Fields.Of(this, node, "amendment", "record", "title", "items", "products", "legal", "control-list", "end-users", "from", "action", "date", "measures", "recorded", "published", "sources", "note");
        if (f is null)
        {
            return null;
        }

        var id = f.Reference("record", records.Keys, "record");
        var provenance = f.Provenance(null);
        if (id is null || provenance is null)
        {
            return null;
        }

        var what = records[id].What;
        void Only(string key, params string[] kinds)
        {
            if (f.Has(key) && !kinds.Contains(what))
            {
                Problem(f.At(key).Start, $"'{key}' cannot amend a {what}");
            }
        }

        Only("items", "measure", "licence");
        Only("products", "measure", "suspension");
        Only("legal", "measure");
        Only("control-list", "measure");
        Only("end-users", "measure");
        Only("from", "suspension");
        Only("action", "licence");
        Only("date", "licence");
        Only("measures", "voiding");
        var voided = f.Strings("measures");
        foreach (var m in voided.Where(m => !measures.ContainsKey(m)))
        {
            Problem(f.At("measures").Start, $"the amendment of '{id}' points at measure '{m}', which this file does not define");
        }

        Only("title", "measure", "suspension", "licence");
        var from = f.Date("from", required: false);
        if (from is { } start && suspensions.Find(s => s.Id == id) is { Valid.End: { } end } && start >= end)
        {
            Problem(f.At("from").Start, $"'from' ({start:yyyy-MM-dd}) must come before the suspension's end ({end:yyyy-MM-dd})");
            from = null;
        }

        if (provenance.Recorded < records[id].Provenance.Recorded)
        {
            Problem(node.Start, $"the amendment of '{id}' is recorded before the record it corrects ({records[id].Provenance.Recorded:yyyy-MM-dd})");
        }

        if (provenance.Sources.Count == 0 && !IsOverlay)
        {
            Problem(node.Start, $"the amendment of '{id}' has no source: say where the correction comes from");
        }

        return new Amendment(id, provenance)
        {
            Title = f.OptionalString("title"),
            Items = f.Has("items") ? f.Strings("items").Select(i => i.ToLowerInvariant()).ToList() : null,
            Products = f.Products("products"),
            LegalText = f.OptionalString("legal"),
            ControlList = f.OptionalString("control-list"),
            EndUsers = f.OptionalString("end-users"),
            From = from,
            Action = f.Has("action") ? f.Enum("action", LicenceAction.Granted, new Dictionary<string, LicenceAction>
            {
                ["granted"] = LicenceAction.Granted,
                ["required"] = LicenceAction.Required,
                ["denied"] = LicenceAction.Denied,
                ["promised"] = LicenceAction.Promised,
            }) : null,
            Date = f.Date("date", required: false),
            Measures = f.Has("measures") ? voided : null,
        };
    }

    /// <summary>Warns on every record whose sources, as last amended, hold no primary text (an order, a notice, a ministry announcement, a court opinion).</summary>
    private void WarnWithoutPrimary(Dictionary<string, (YamlNode Node, Provenance Provenance, string What)> records, List<Amendment> amendments)
    {
        foreach (var (id, (node, provenance, what)) in records)
        {
            var sources = amendments.Where(a => a.RecordId == id && a.Provenance.Sources.Count > 0)
                .OrderBy(a => a.Provenance.Recorded).Select(a => a.Provenance.Sources).LastOrDefault() ?? provenance.Sources;
            if (sources.Count > 0 && !SourceKinds.HasPrimary(sources))
            {
                _warnings.Add(new LedgerProblem(_file, (int)node.Start.Line, (int)node.Start.Column, $"{what} '{id}' cites no primary source (the order, notice, announcement or ruling itself); see 'tradewatch ledger sources --check'"));
            }
        }
    }

    private void Problem(Mark mark, string message) => _problems.Add(new LedgerProblem(_file, (int)mark.Line, (int)mark.Column, message));

    /// <summary>The keys of one YAML mapping, read with problems reported at their lines.</summary>
    private sealed class Fields
    {
        private readonly LedgerFileReader _owner;
        private readonly YamlMappingNode _node;
        private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

        public Fields(LedgerFileReader owner, YamlMappingNode node, string what, params string[] allowed)
        {
            _owner = owner;
            _node = node;
            foreach (var (key, value) in node.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!allowed.Contains(name))
                {
                    owner.Problem(key.Start, $"unknown key '{name}' in a {what}; expected one of: {string.Join(", ", allowed)}");
                    continue;
                }

                _values[name] = value;
            }
        }

        public static Fields? Of(LedgerFileReader owner, YamlNode node, string what, params string[] allowed)
        {
            if (node is YamlMappingNode map)
            {
                return new Fields(owner, map, what, allowed);
            }

            owner.Problem(node.Start, $"expected a {what} (a mapping of keys to values)");
            return null;
        }

        public bool Has(string key) => _values.ContainsKey(key);

        public YamlNode At(string key) => _values.TryGetValue(key, out var node) ? node : _node;

        private void Problem(YamlNode node, string message) => _owner.Problem(node.Start, message);

        public string? OptionalString(string key)
        {
            if (!_values.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            Problem(node, $"'{key}' must be a single value");
            return null;
        }

        public string? RequiredString(string key)
        {
            var value = OptionalString(key);
            if (value is null && !Has(key))
            {
                Problem(_node, $"missing '{key}'");
            }
            else if (value is null)
            {
                Problem(At(key), $"'{key}' is empty");
            }

            return value;
        }

        public List<YamlNode> Sequence(string key)
        {
            if (!_values.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children.ToList();
            }

            if (node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            Problem(node, $"'{key}' must be a list");
            return [];
        }

        public List<string> Strings(string key)
        {
            if (!_values.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlScalarNode { Value: { } single } && !string.IsNullOrWhiteSpace(single))
            {
                return [single.Trim()];
            }

            var result = new List<string>();
            foreach (var child in Sequence(key))
            {
                if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                {
                    result.Add(v.Trim());
                }
                else
                {
                    Problem(child, $"each entry of '{key}' must be a single value");
                }
            }

            return result;
        }

        public T? Enum<T>(string key, T fallback, Dictionary<string, T> names)
            where T : struct
        {
            var text = OptionalString(key);
            if (text is null)
            {
                if (!Has(key))
                {
                    return fallback;
                }

                return null;
            }

            if (names.TryGetValue(text, out var value))
            {
                return value;
            }

            Problem(At(key), $"'{text}' is not a valid {key}; expected one of: {string.Join(", ", names.Keys)}");
            return null;
        }

        public DateOnly? Date(string key, bool required)
        {
            var text = OptionalString(key);
            if (text is null)
            {
                if (required)
                {
                    Problem(Has(key) ? At(key) : _node, $"missing '{key}' (a date, yyyy-MM-dd)");
                }

                return null;
            }

            if (DateParsing.TryParseDay(text, out var day))
            {
                return day;
            }

            Problem(At(key), $"'{text}' is not a date: write yyyy-MM-dd, a day that exists");
            return null;
        }

        public DateRange? Range()
        {
            var from = Date("from", required: true);
            var to = Date("to", required: false);
            if (from is null || (Has("to") && to is null))
            {
                return null;
            }

            if (to is { } end && end <= from.Value)
            {
                Problem(At("to"), $"'to' ({end:yyyy-MM-dd}) must come after 'from' ({from:yyyy-MM-dd}); 'to' is the first day no longer covered");
                return null;
            }

            return new DateRange(from.Value, to);
        }

        public Provenance? Provenance(Provenance? inherited)
        {
            var recorded = inherited?.Recorded;
            if (Has("recorded"))
            {
                recorded = Date("recorded", required: true) is { } day ? DateParsing.StartOfDay(day) : null;
                if (recorded is null)
                {
                    return null;
                }
            }
            else if (recorded is null && _owner.IsOverlay)
            {
                // an overlay is stamped when it is applied
                recorded = DateTimeOffset.MinValue;
            }
            else if (recorded is null)
            {
                Problem(_node, "missing 'recorded': the day this became public (its announcement or publication)");
                return null;
            }

            // a record may say when its fact became public, when the ledger learnt it later: never after it was recorded
            var published = Has("recorded") ? null : inherited?.Published;
            if (Has("published"))
            {
                published = Date("published", required: true) is { } day ? DateParsing.StartOfDay(day) : null;
                if (published is null)
                {
                    return null;
                }

                if (published > recorded)
                {
                    Problem(At("published"), "'published' is after 'recorded': a fact is recorded on or after the day it became public");
                }
            }

            var sources = Strings("sources");
            foreach (var source in sources)
            {
                if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                {
                    Problem(At("sources"), $"source '{source}' is not an http(s) URL");
                }
            }

            return new Provenance(recorded.Value, sources.Count > 0 || inherited is null ? sources : inherited.Sources, OptionalString("note"), _owner._file) { Published = published };
        }

        public Economy? Economy(string key)
        {
            var text = RequiredString(key);
            return text is null ? null : ResolveEconomy(text, At(key));
        }

        private Economy? ResolveEconomy(string text, YamlNode node)
        {
            if (text.Length == 2 && _owner._reference.Economies.Contains(text))
            {
                return new Economy(text);
            }

            Problem(node, $"unknown economy '{text}': use an ISO 3166 alpha-2 code such as US or CN, or EU");
            return null;
        }

        public (bool All, IReadOnlyList<Economy> List)? Economies(string key, bool required)
        {
            if (!Has(key))
            {
                if (required)
                {
                    Problem(_node, $"missing '{key}': a list of economy codes, or '*' for every economy");
                }

                return null;
            }

            var list = new List<Economy>();
            var all = false;
            var ok = true;
            foreach (var text in Strings(key))
            {
                if (text == "*")
                {
                    all = true;
                }
                else if (ResolveEconomy(text, At(key)) is { } e)
                {
                    list.Add(e);
                }
                else
                {
                    ok = false;
                }
            }

            return ok ? (all, list) : null;
        }

        public ProductScope? Products(string key)
        {
            if (!_values.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: "all" })
            {
                return ProductScope.AllGoods;
            }

            var f = Of(_owner, node, "product scope ('all', or a mapping with 'include', 'exclude', 'lists', 'exclude-lists', 'approximate' and 'note')", "include", "exclude", "lists", "exclude-lists", "approximate", "note");
            if (f is null)
            {
                return null;
            }

            var all = f.At("include") is YamlScalarNode { Value: "all" };
            var include = all ? [] : f.Codes("include");
            var exclude = f.Codes("exclude");
            include.AddRange(f.ScopeLists("lists"));
            exclude.AddRange(f.ScopeLists("exclude-lists"));
            if (!all && include.Count == 0)
            {
                if (f.Strings("include").Count == 0)
                {
                    Problem(node, "a product scope needs 'include': HS codes or prefixes, or 'all'");
                }

                return null;
            }

            var approximate = f.OptionalString("approximate") switch
            {
                null or "false" or "no" => false,
                "true" or "yes" => true,
                var other => f.Flag(other),
            };
            return new ProductScope(all, include, exclude, f.OptionalString("note"))
            {
                Approximate = approximate,
                IncludeLists = f.Strings("lists"),
                ExcludeLists = f.Strings("exclude-lists"),
            };
        }

        /// <summary>The codes of the named scope lists (<c>data/scopes/NAME.txt</c>), each name checked.</summary>
        private List<HsCode> ScopeLists(string key)
        {
            var codes = new List<HsCode>();
            foreach (var name in Strings(key))
            {
                if (_owner._reference.ScopeLists.TryGetValue(name, out var list))
                {
                    codes.AddRange(list);
                }
                else
                {
                    Problem(At(key), $"unknown scope list '{name}': there is no data/scopes/{name}.txt");
                }
            }

            return codes;
        }

        private List<HsCode> Codes(string key)
        {
            var codes = new List<HsCode>();
            foreach (var text in Strings(key))
            {
                if (!HsCode.TryParse(text, out var code))
                {
                    Problem(At(key), $"'{text}' is not an HS code: write 2, 4, 6, 8 or 10 digits, such as 85, 8505, 8505.11");
                }
                else if (!_owner._reference.Nomenclature.Contains(code))
                {
                    Problem(At(key), $"unknown HS code '{text}': it is not in the HS 2022 nomenclature");
                }
                else
                {
                    codes.Add(code);
                }
            }

            return codes;
        }

        public bool Flag(string text)
        {
            Problem(At("approximate"), $"'{text}' is not true or false");
            return false;
        }

        public string? Reference(string key, IEnumerable<string> known, string what)
        {
            var id = RequiredString(key);
            if (id is null)
            {
                return null;
            }

            if (known.Contains(id, StringComparer.Ordinal))
            {
                return id;
            }

            Problem(At(key), $"'{key}' points at {what} '{id}', which this file does not define");
            return null;
        }
    }
}
