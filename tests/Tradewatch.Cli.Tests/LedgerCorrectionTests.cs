using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// Each correction of issue 11 is a new record: asked as known the day before the ledger learnt it
/// (2026-12-03), the answer is the old one; asked as known after, the corrected one.
/// </summary>
public class LedgerCorrectionTests
{
    private const string Before = "2026-12-03";

    private static JsonElement Licence(string exporter, string destination, string item, string date, string? knownAt)
    {
        string[] args = ["licence", "--exporter", exporter, "--destination", destination, "--item", item, "--date", date, "--json"];
        var (exit, output, error) = CliRunner.Run(knownAt is null ? args : [.. args, "--known-at", knownAt]);
        Assert.True(exit is ExitCodes.Ok or ExitCodes.NotCovered, $"exit {exit}: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>True or false when the ledger answers; null when the item is outside what it knows.</summary>
    private static bool? Required(JsonElement answer) =>
        answer.GetProperty("licenceRequired").ValueKind == JsonValueKind.Null ? null : answer.GetProperty("licenceRequired").GetBoolean();

    [Theory]
    // No. 70 suspended Nos. 55-58, 61, 62 from 7 Nov 2025 (on announcement), not 10 Nov
    [InlineData("CN", "US", "holmium", "2025-11-08", true, false)]
    // the 2023 gallium and germanium regime still applies once No. 46's US ban is suspended
    [InlineData("CN", "US", "gallium", "2025-11-20", false, true)]
    [InlineData("CN", "US", "germanium", "2025-11-20", false, true)]
    // graphite since 1 Dec 2023 (before, the ledger did not know the item at all), antimony since 15 Sep 2024
    [InlineData("CN", "DE", "spherical graphite", "2024-06-01", null, true)]
    [InlineData("CN", "US", "antimony", "2025-11-20", false, true)]
    // No. 61's clause on China-origin items took effect on 9 Oct 2025
    [InlineData("CN", "US", "foreign-made rare earth items", "2025-10-20", false, true)]
    // BIS lifted the EDA requirement on 2 July 2025, not 3 July
    [InlineData("US", "CN", "EDA software", "2025-07-02", true, false)]
    public void A_corrected_licence_answer_changes_only_as_known_after_the_correction(string exporter, string destination, string item, string date, bool? before, bool after)
    {
        Assert.Equal(before, Required(Licence(exporter, destination, item, date, Before)));
        Assert.Equal(after, Required(Licence(exporter, destination, item, date, null)));
    }

    [Fact]
    public void The_November_general_licences_were_promised_not_granted()
    {
        static string Action(JsonElement answer) =>
            answer.GetProperty("licences").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "cn-general-licences-nov2025").GetProperty("action").GetString()!;

        Assert.Equal("Granted", Action(Licence("CN", "US", "rare earth magnets", "2025-11-20", Before)), ignoreCase: true);
        Assert.Equal("Promised", Action(Licence("CN", "US", "rare earth magnets", "2025-11-20", null)), ignoreCase: true);
        var december = Licence("CN", "US", "rare earth magnets", "2025-12-31", null).GetProperty("licences").EnumerateArray()
            .Where(l => l.GetProperty("action").GetString()!.Equals("granted", StringComparison.OrdinalIgnoreCase))
            .Select(l => l.GetProperty("date").GetString()).ToList();
        Assert.Contains("2025-12-04", december);
        Assert.Contains("2025-12-18", december);
    }

    /// <summary>A command's JSON answer as known at <paramref name="knownAt"/> (everything when null).</summary>
    private static JsonElement JsonKnownAt(string? knownAt, params string[] args) =>
        CliRunner.Json(knownAt is null ? args : [.. args, "--known-at", knownAt]);

    /// <summary>The duty question on <paramref name="hs"/> on <paramref name="date"/>, as known at <paramref name="knownAt"/> (everything when null).</summary>
    private static JsonElement Duty(string importer, string origin, string hs, string date, string? knownAt) =>
        JsonKnownAt(knownAt, "duty", "--importer", importer, "--origin", origin, "--hs", hs, "--date", date);

    /// <summary>The total additional duty of <see cref="Duty"/>.</summary>
    private static decimal TotalAdditional(string importer, string origin, string hs, string date, string? knownAt) =>
        Duty(importer, origin, hs, date, knownAt).GetProperty("totalAdditionalPercent").GetDecimal();

    [Theory]
    // lignite (2702) is on Annex 1 of Tariff Commission 2025 No. 1; the ledger had only 2701 and 2711.11
    [InlineData("2702.10", "2025-03-01", 0, 15)]
    [InlineData("2701.12", "2025-03-01", 15, 15)]
    [InlineData("2701.12.10", "2025-03-01", 15, 15)]
    public void Chinas_February_energy_tariff_covers_the_annex_lines(string hs, string date, decimal before, decimal after)
    {
        Assert.Equal(before, TotalAdditional("CN", "US", hs, date, Before));
        Assert.Equal(after, TotalAdditional("CN", "US", hs, date, null));
    }

    [Theory]
    // Annex 1 of Tariff Commission 2025 No. 2 names wheat flour (1101) and carded cotton (5203), which the headings
    // 1001 and 5201 missed, and not turkey (0207.24), which the heading 0207 held
    [InlineData("1101.00", "2025-06-09", 10, 25)]
    [InlineData("5203.00", "2025-06-09", 10, 25)]
    [InlineData("0207.24", "2025-06-09", 25, 10)]
    [InlineData("0207.14.22", "2025-06-09", 25, 25)]
    // Annex 2 names pork offal (0206.41), not in the headings 0201-0203, and soybeans other than seed only
    [InlineData("0206.41", "2025-06-09", 10, 20)]
    [InlineData("1201.10", "2025-06-09", 20, 10)]
    [InlineData("1201.90.11", "2025-06-09", 20, 20)]
    public void Chinas_March_farm_tariff_covers_the_annex_lines(string hs, string date, decimal before, decimal after)
    {
        Assert.Equal(before, TotalAdditional("CN", "US", hs, date, Before));
        Assert.Equal(after, TotalAdditional("CN", "US", hs, date, null));
    }

    [Theory]
    // the provisional deposit on Canadian rapeseed ran to 13 Dec 2025; the final duty of 5.9% from 1 Mar 2026
    [InlineData("2025-09-01", 75.8, 75.8)]
    [InlineData("2026-01-15", 75.8, 0)]
    [InlineData("2026-04-01", 75.8, 5.9)]
    public void Chinas_rapeseed_duty_follows_the_final_ruling_only_as_known_after_the_correction(string date, decimal before, decimal after)
    {
        decimal Total(string? knownAt) => TotalAdditional("CN", "CA", "1205.10.90", date, knownAt);

        Assert.Equal(before, Total(Before));
        Assert.Equal(after, Total(null));
    }

    [Theory]
    // EO 14289: from 4 Mar to 3 Jun 2025 Canadian and Mexican steel paid the fentanyl duty, not the metals duty;
    // that duty is void, so the answer now lists it as refundable (the metals duty stays owed once it is void).
    // From 4 Jun 2025 (Proclamation 10947) the metals duty takes the fentanyl duty out, as before.
    [InlineData("CA", "2025-03-12", 0, 25)]
    [InlineData("CA", "2025-06-03", 0, 25)]
    [InlineData("CA", "2025-06-04", 0, 0)]
    [InlineData("MX", "2025-05-01", 0, 25)]
    [InlineData("MX", "2025-07-01", 0, 0)]
    public void Fentanyl_duties_come_before_the_metals_duties_until_4_June_2025_only_as_known_after_the_correction(string origin, string date, decimal before, decimal after)
    {
        decimal Refundable(string? knownAt) => Duty("US", origin, "7208.10", date, knownAt).GetProperty("refundablePercent").GetDecimal();

        Assert.Equal(before, Refundable(Before));
        Assert.Equal(after, Refundable(null));
    }

    [Theory]
    // the final ruling on EU pork (16 Dec 2025) collected its duties back to 10 Sep 2025 in place of the deposits
    [InlineData("DE", "2025-09-09", 0, 0)]
    [InlineData("DE", "2025-10-01", 62.4, 19.8)]
    [InlineData("ES", "2025-12-16", 62.4, 19.8)]
    [InlineData("ES", "2025-12-17", 19.8, 19.8)]
    public void Chinas_pork_duty_on_EU_goods_replaces_the_deposits_only_as_known_after_the_correction(string origin, string date, decimal before, decimal after)
    {
        decimal Total(string? knownAt) => TotalAdditional("CN", origin, "0203.11", date, knownAt);

        Assert.Equal(before, Total(Before));
        Assert.Equal(after, Total(null));
    }

    [Theory]
    // China suspended its tariffs on Canadian rapeseed meal, peas, lobsters and crabs from 1 Mar to 31 Dec 2026;
    // rapeseed oil and pork were not named
    [InlineData("2306.49", "2026-04-01", 100, 0)]
    [InlineData("0713.10", "2026-04-01", 100, 0)]
    [InlineData("0306.12", "2026-04-01", 25, 0)]
    [InlineData("2306.49", "2026-02-27", 100, 100)]
    [InlineData("2306.49", "2027-01-05", 100, 100)]
    [InlineData("1514.11", "2026-04-01", 100, 100)]
    [InlineData("0203.11", "2026-04-01", 25, 25)]
    public void Chinas_tariffs_on_Canadian_meal_peas_and_shellfish_are_suspended_only_as_known_after_the_ledger_learnt_it(string hs, string date, decimal before, decimal after)
    {
        decimal Total(string? knownAt) => TotalAdditional("CN", "CA", hs, date, knownAt);

        Assert.Equal(before, Total(Before));
        Assert.Equal(after, Total(null));
    }

    // The layers of the answer are exact on a line the annex names; the answer as a whole is approximate only for the 2018
    // countermeasures, a layer that applies only to goods on lists the ledger does not load.
    [Theory]
    [InlineData("0207.14.22", false)]
    [InlineData("0206.41", false)]
    [InlineData("0303.89", true)]
    public void A_farm_line_named_by_the_annex_is_answered_exactly(string hs, bool approximateLayers)
    {
        var answer = CliRunner.Json("duty", "--importer", "CN", "--origin", "US", "--hs", hs, "--date", "2025-06-09");
        Assert.Equal("approximate", answer.GetProperty("coverage").GetString());
        var layerNotes = answer.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).Where(n => !n.Contains("(only if it applies)", StringComparison.Ordinal));
        Assert.Equal(approximateLayers, layerNotes.Any());
    }

    [Fact]
    public void China_de_minimis_duties_end_and_are_void_only_as_known_after_the_correction()
    {
        static List<(string From, string? To, decimal Rate, string Status)> Schedule(string? knownAt)
        {
            return JsonKnownAt(knownAt, "ledger", "show", "us-de-minimis-cn").GetProperty("schedule").EnumerateArray()
                .Select(s => (s.GetProperty("from").GetString()!, s.GetProperty("to").GetString(), s.GetProperty("scheduledPercent").GetDecimal(), s.GetProperty("status").GetString()!))
                .ToList();
        }

        var before = Schedule(Before);
        Assert.Equal(("2025-05-14", (string?)null, 54m, "in-force"), before[^1]);
        var after = Schedule(null);
        Assert.Equal(("2025-05-14", (string?)"2026-02-24", 54m, "void"), after[^1]);
        Assert.All(after, s => Assert.Equal("void", s.Status));
    }

    [Fact]
    public void An_item_the_ledger_does_not_know_is_not_covered_rather_than_free_of_licence()
    {
        var (exit, output, _) = CliRunner.Run("licence", "--exporter", "CN", "--destination", "US", "--item", "widgets", "--date", "2025-11-20", "--json");
        Assert.Equal(ExitCodes.NotCovered, exit);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.False(answer.GetProperty("itemKnown").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("licenceRequired").ValueKind);
        Assert.Equal("outside", answer.GetProperty("coverage").GetString());
        Assert.NotEmpty(answer.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public void A_licence_answer_names_the_announcement_control_list_and_end_users()
    {
        var measure = Licence("CN", "US", "samarium", "2025-06-09", null).GetProperty("measures").EnumerateArray()
            .Single(m => m.GetProperty("measure").GetString() == "cn-rare-earth-2025-18");
        Assert.Equal("MOFCOM/GAC 2025 No. 18", measure.GetProperty("basis").GetString());
        Assert.Contains("1C902", measure.GetProperty("controlList").GetString(), StringComparison.Ordinal);
        Assert.Contains("military", measure.GetProperty("endUsers").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CN", "US", "0805.10", "2025-06-09", "approximate")]
    [InlineData("US", "CN", "8703.80", "2025-06-09", "exact")]
    [InlineData("BR", "AR", "1201", "2025-06-09", "outside")]
    // a heading whose lines the farm annex names only in part (0207.24, turkey, is not among them); its lines are exact for
    // it, and approximate only for the 2018 countermeasures, a condition whose lists the ledger does not load (below)
    [InlineData("CN", "US", "0207", "2025-06-09", "approximate")]
    [InlineData("CN", "US", "0207.14.22", "2025-06-09", "approximate")]
    public void A_duty_answer_says_its_coverage(string importer, string origin, string hs, string date, string coverage)
    {
        var answer = CliRunner.Json("duty", "--importer", importer, "--origin", origin, "--hs", hs, "--date", date);
        Assert.Equal(coverage, answer.GetProperty("coverage").GetString());
        Assert.Equal(coverage != "exact", answer.GetProperty("notes").GetArrayLength() > 0);
    }

    // China's 2018-2019 countermeasures apply only to goods on their lists, which are not loaded at China's tariff lines:
    // a layer that applies only if a condition holds, whose approximate scope is the answer's only limit on a farm line
    // the 2025 annex names exactly.
    [Fact]
    public void A_conditional_layers_approximate_scope_is_the_answers_limit()
    {
        var notes = CliRunner.Json("duty", "--importer", "CN", "--origin", "US", "--hs", "0207.14.22", "--date", "2025-06-09").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.StartsWith("cn-301-countermeasures-2018 (only if it applies): ", n, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("product scope approximate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_covered_in_part_says_so_in_the_table_and_the_json()
    {
        var json = CliRunner.Json("duty", "--importer", "CN", "--origin", "US", "--hs", "0207", "--date", "2025-06-09");
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("cn-tc-2025-2-farm-15: covers 0207 only in part", StringComparison.Ordinal));
        var (exit, table, _) = CliRunner.Run("duty", "--importer", "CN", "--origin", "US", "--hs", "0207", "--date", "2025-06-09");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Coverage: approximate", table, StringComparison.Ordinal);
        Assert.Contains("covers 0207 only in part", table, StringComparison.Ordinal);
    }

    [Fact]
    public void History_lists_a_measures_records_in_recorded_order_with_the_correction()
    {
        var records = CliRunner.Json("ledger", "history", "cn-no70-suspends-57").GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(["2025-11-07", "2026-12-04", "2026-12-04"], records.Select(r => r.GetProperty("recorded").GetString()));
        Assert.Contains("from 2025-11-07", records[1].GetProperty("change").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_check_gives_each_sources_kind_and_flags_records_without_a_primary_text()
    {
        var answer = CliRunner.Json("ledger", "sources", "--check");
        var records = answer.GetProperty("records").EnumerateArray().ToList();
        var list2 = records.Single(r => r.GetProperty("id").GetString() == "us-301-list2");
        Assert.True(list2.GetProperty("primary").GetBoolean());
        Assert.Equal("primary", list2.GetProperty("sources")[0].GetProperty("kind").GetString());
        Assert.DoesNotContain(records.SelectMany(r => r.GetProperty("sources").EnumerateArray()), s => s.GetProperty("url").GetString()!.Contains("github.com/haydenstoltz", StringComparison.Ordinal));
        Assert.Contains("stockholm-2025", answer.GetProperty("withoutPrimary").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>Records that cited only reports until the ledger found the order, announcement or ruling itself.</summary>
    public static TheoryData<string> NewlyPrimary =>
    [
        "us-section-122", "section-122-limit", "us-geneva-suspension", "geneva-2025", "us-affiliates-suspension", "scotus-ieepa-2026",
        "cn-tc-2025-2-farm-15", "cn-tc-2025-2-farm-10", "cn-countermeasure", "cn-geneva-suspension", "cn-mofcom-2025-10",
        "cn-rare-earth-2025-18", "cn-rare-earth-2025-57", "cn-mofcom-2025-58", "cn-mofcom-2025-62", "cn-mofcom-2024-46-us",
        "cn-no70-suspends-55", "cn-no70-suspends-56", "cn-no70-suspends-57", "cn-no70-suspends-58", "cn-no70-suspends-61", "cn-no70-suspends-62",
        "cn-no46-us-ban-suspension", "no46-suspension-end", "cn-301-countermeasures-2018",
        "cn-ecl-2025-01", "cn-uel-2025-04-04", "cn-uel-2025-04-09", "cn-ecl-2025-04", "cn-ecl-2025-51", "cn-uel-2025-10-09",
        "cn-canada-canola-ad", "cn-eu-brandy-ad", "us-annex-ii-farm-goods",
    ];

    [Theory]
    [MemberData(nameof(NewlyPrimary))]
    public void A_record_cites_its_primary_text_first_only_as_known_after_the_ledger_found_it(string id)
    {
        static JsonElement Record(string id, string? knownAt)
        {
            return JsonKnownAt(knownAt, "ledger", "sources", "--check")
                .GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        }

        Assert.False(Record(id, Before).GetProperty("primary").GetBoolean());
        var after = Record(id, null);
        Assert.True(after.GetProperty("primary").GetBoolean());
        Assert.Equal("primary", after.GetProperty("sources")[0].GetProperty("kind").GetString());
    }

    /// <summary>Records the ledger added on 2026-12-04 citing reproductions, whose announcements it then found.</summary>
    [Theory]
    [InlineData("cn-mofcom-2023-23")]
    [InlineData("cn-mofcom-2023-39")]
    [InlineData("cn-mofcom-2024-33")]
    [InlineData("cn-mofcom-2024-46-us-graphite")]
    [InlineData("cn-no46-us-graphite-suspension")]
    public void An_added_record_cites_its_announcement_first(string id)
    {
        var record = CliRunner.Json("ledger", "sources", "--check").GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal("primary", record.GetProperty("sources")[0].GetProperty("kind").GetString());
        Assert.Contains("mofcom.gov.cn", record.GetProperty("sources")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_warns_on_records_without_a_primary_source_and_stays_valid()
    {
        var answer = CliRunner.Json("ledger", "validate");
        Assert.True(answer.GetProperty("valid").GetBoolean());
        var warnings = answer.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("'stockholm-2025' cites no primary source", StringComparison.Ordinal));
        foreach (var id in NewlyPrimary)
        {
            Assert.DoesNotContain(warnings, w => w.Contains($"'{id[0]}' cites no primary source", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Coverage_reports_exact_approximate_and_missing_per_imposer_and_kind()
    {
        var rows = CliRunner.Json("ledger", "coverage").GetProperty("coverage").EnumerateArray().ToList();
        var chinaTariffs = rows.Single(r => r.GetProperty("imposer").GetString() == "CN" && r.GetProperty("kind").GetString() == "tariff");
        Assert.Contains("cn-tc-2025-1-energy-15", chinaTariffs.GetProperty("exact").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("cn-tc-2025-2-farm-10", chinaTariffs.GetProperty("approximate").EnumerateArray().Select(e => e.GetProperty("measure").GetString()));
        Assert.Contains("cn-tc-2025-2-farm-15", chinaTariffs.GetProperty("exact").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("cn-tc-2025-2-farm-10-lines", chinaTariffs.GetProperty("exact").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEmpty(chinaTariffs.GetProperty("missing").EnumerateArray());
    }
}
