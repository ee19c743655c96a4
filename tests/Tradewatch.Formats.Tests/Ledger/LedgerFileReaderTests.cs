using Tradewatch.Formats.Ledger;

namespace Tradewatch.Formats.Tests.Ledger;

public class LedgerFileReaderTests
{
    private static LedgerFileResult Read(string yaml) => new LedgerFileReader(RepoData.Reference).Read(new StringReader(yaml), "test.yaml");

    private const string Valid = """
        measures:
          - id: m1
            kind: tariff
            title: A tariff
            imposer: US
            targets: [CN]
            products: {include: ["8505.11"]}
            basis: Section 301
            recorded: 2025-01-01
            sources: [https://example.org/a]
            rates:
              - {from: 2025-02-01, rate: 25}
        suspensions:
          - id: s1
            measure: m1
            from: 2025-03-01
            to: 2025-04-01
            points: 5
            recorded: 2025-02-20
            sources: [https://example.org/b]
        """;

    [Fact]
    public void A_valid_file_reads_without_problems()
    {
        var result = Read(Valid);
        Assert.Empty(result.Problems);
        Assert.Single(result.Batch.Measures);
        Assert.Single(result.Batch.Suspensions);
    }

    [Theory]
    [InlineData("products: {include: [\"8505.11\"]}", "products: {include: [\"8505.12\"]}", 7, "unknown HS code '8505.12'")]
    [InlineData("targets: [CN]", "targets: [XX]", 6, "unknown economy 'XX'")]
    [InlineData("measure: m1", "measure: m2", 15, "points at measure 'm2'")]
    [InlineData("{from: 2025-02-01, rate: 25}", "{from: 2025-02-01, rate: 2500}", 12, "out of range")]
    [InlineData("    sources: [https://example.org/a]\n", "", 2, "measure 'm1' has no source")]
    [InlineData("{from: 2025-02-01, rate: 25}", "{from: 2025-02-30, rate: 25}", 12, "'2025-02-30' is not a date")]
    [InlineData("kind: tariff", "kind: tarif", 3, "'tarif' is not a valid kind")]
    [InlineData("    basis: Section 301\n", "    basis: Section 301\n    colour: red\n", 9, "unknown key 'colour'")]
    [InlineData("    basis: Section 301\n", "    basis: Section 301\n    on-content: gold\n", 9, "'on-content' is the metal whose content's value the duty falls on (steel, aluminium, copper), not 'gold'")]
    public void Each_problem_is_reported_with_its_line(string find, string replace, int line, string message)
    {
        var result = Read(Valid.Replace(find, replace, StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
        Assert.Equal("test.yaml", problem.File);
    }

    [Fact]
    public void An_exemption_carves_products_out_and_names_its_heading()
    {
        var exemption = Read(Valid.Replace("    points: 5\n", "    kind: exemption\n    heading: \"9903.01.32\"\n    products: {include: [\"8505.11\"]}\n", StringComparison.Ordinal));
        Assert.Empty(exemption.Problems);
        var s = Assert.Single(exemption.Batch.Suspensions);
        Assert.Equal((true, "9903.01.32"), (s.IsExemption, s.Heading));
        Assert.False(Assert.Single(Read(Valid).Batch.Suspensions).IsExemption);

        var unscoped = Read(Valid.Replace("    points: 5\n", "    kind: exemption\n", StringComparison.Ordinal));
        Assert.Contains(unscoped.Problems, p => p.Message.Contains("exemption 's1' names no products", StringComparison.Ordinal) && p.Line == 18);
        var unknown = Read(Valid.Replace("    points: 5\n", "    kind: truce\n", StringComparison.Ordinal));
        Assert.Contains(unknown.Problems, p => p.Message.Contains("'truce' is not a kind of suspension", StringComparison.Ordinal) && p.Line == 18);
    }

    [Fact]
    public void A_tariff_may_be_charged_on_a_metal_content_and_only_a_tariff()
    {
        var onContent = Valid.Replace("    basis: Section 301\n", "    basis: Section 232\n    on-content: aluminium\n", StringComparison.Ordinal);
        var result = Read(onContent);
        Assert.Empty(result.Problems);
        Assert.Equal("aluminium", Assert.Single(result.Batch.Measures).ContentMetal);
        Assert.Null(Assert.Single(Read(Valid).Batch.Measures).ContentMetal);

        var control = Read(onContent.Replace("kind: tariff", "kind: export-control", StringComparison.Ordinal));
        Assert.Contains(control.Problems, p => p.Message.Contains("'on-content' is for tariffs: measure 'm1' is no tariff", StringComparison.Ordinal) && p.Line == 9);
    }

    [Fact]
    public void A_claim_names_the_preference_its_condition_says_exempts_goods()
    {
        var claimed = Read(Valid.Replace("    basis: Section 301\n", "    basis: IEEPA fentanyl\n    condition: USMCA goods are exempt\n    claim: USMCA\n", StringComparison.Ordinal));
        Assert.Empty(claimed.Problems);
        Assert.Equal("USMCA", Assert.Single(claimed.Batch.Measures).Claim);
        Assert.Null(Assert.Single(Read(Valid).Batch.Measures).Claim);

        var bare = Read(Valid.Replace("    basis: Section 301\n", "    basis: IEEPA fentanyl\n    claim: USMCA\n", StringComparison.Ordinal));
        var problem = Assert.Single(bare.Problems);
        Assert.Contains("'claim' names the preference whose claim exempts goods from measure 'm1': give the 'condition' that says so in words", problem.Message, StringComparison.Ordinal);
        Assert.Equal(9, problem.Line);
    }

    [Fact]
    public void Only_a_conditional_tariff_is_owed_in_lieu_of_every_other_duty()
    {
        var postal = Read(Valid.Replace("kind: tariff", "kind: conditional-tariff", StringComparison.Ordinal)
            .Replace("    basis: Section 301\n", "    basis: IEEPA\n    condition: postal items\n    in-lieu: true\n", StringComparison.Ordinal));
        Assert.Empty(postal.Problems);
        Assert.True(Assert.Single(postal.Batch.Measures).InLieu);
        Assert.False(Assert.Single(Read(Valid).Batch.Measures).InLieu);

        var tariff = Read(Valid.Replace("    basis: Section 301\n", "    basis: IEEPA\n    in-lieu: true\n", StringComparison.Ordinal));
        Assert.Contains(tariff.Problems, p => p.Message.Contains("measure 'm1' is no conditional-tariff", StringComparison.Ordinal));
        var word = Read(Valid.Replace("kind: tariff", "kind: conditional-tariff", StringComparison.Ordinal)
            .Replace("    basis: Section 301\n", "    basis: IEEPA\n    in-lieu: sometimes\n", StringComparison.Ordinal));
        Assert.Contains(word.Problems, p => p.Message.Contains("'in-lieu' is true or false, not 'sometimes'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conditional_tariff_on_the_goods_metal_names_its_metal_and_the_layers_it_replaces()
    {
        var twoLayers = Valid.Replace("suspensions:\n", """
              - id: m2
                kind: conditional-tariff
                title: As copper
                imposer: US
                targets: [CN]
                products: {include: ["8505.11"]}
                basis: Section 232
                condition: articles of copper
                metal: copper
                replaces: [m1]
                recorded: 2025-01-01
                sources: [https://example.org/c]
                rates:
                  - {from: 2025-02-01, rate: 10}
            suspensions:

            """, StringComparison.Ordinal);
        var result = Read(twoLayers);
        Assert.Empty(result.Problems);
        var copper = Assert.Single(result.Batch.Measures, m => m.Id == "m2");
        Assert.Equal("copper", copper.Metal);
        Assert.Equal(["m1"], copper.Replaces);
        var first = Assert.Single(result.Batch.Measures, m => m.Id == "m1");
        Assert.Null(first.Metal);
        Assert.Empty(first.Replaces);

        Assert.Contains(Read(twoLayers.Replace("replaces: [m1]", "replaces: [m9]", StringComparison.Ordinal)).Problems,
            p => p.Message.Contains("measure 'm2' replaces measure 'm9', which this file does not define", StringComparison.Ordinal));
        Assert.Contains(Read(twoLayers.Replace("metal: copper", "metal: tin", StringComparison.Ordinal)).Problems,
            p => p.Message.Contains("'metal' is the metal the goods must be of for the measure to apply (steel, aluminium, copper), not 'tin'", StringComparison.Ordinal));
        var tariff = Read(Valid.Replace("    basis: Section 301\n", "    basis: Section 232\n    condition: copper\n    metal: copper\n    replaces: [m1]\n", StringComparison.Ordinal));
        Assert.Contains(tariff.Problems, p => p.Message.Contains("'metal' is the condition of a conditional tariff: measure 'm1' is no conditional-tariff", StringComparison.Ordinal));
        Assert.Contains(tariff.Problems, p => p.Message.Contains("'replaces' names the layers a conditional tariff takes the place of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{below: 15, heading: 9903.82.03, except-chapters: [\"72\", \"76\"]}", null)]
    [InlineData("{below: 150, heading: 9903.82.03}", "'below' is the metal's share of the weight in percent, above 0 and at most 100, not '150'")]
    [InlineData("{below: 15, heading: 9903.82.03, except-chapters: [chapter 72]}", "'except-chapters' lists two-digit chapters, not 'chapter 72'")]
    [InlineData("{below: 15}", "missing 'heading'")]
    public void A_metal_weight_exemption_names_its_share_heading_and_chapters(string exemption, string? problem)
    {
        var result = Read(Valid.Replace("    basis: Section 301\n", $"    basis: Section 232\n    metal-weight-exemption: {exemption}\n", StringComparison.Ordinal));
        if (problem is null)
        {
            Assert.Empty(result.Problems);
            var read = Assert.Single(result.Batch.Measures).MetalWeightExemption!;
            Assert.Equal((15m, "9903.82.03", "72,76"), (read.BelowPercent, read.Heading, string.Join(",", read.ExceptChapters)));
            return;
        }

        Assert.Contains(result.Problems, p => p.Message.Contains(problem, StringComparison.Ordinal) && p.Line == 9);
    }

    [Fact]
    public void A_stacking_exclusion_may_be_dated_and_recorded()
    {
        var result = Read("""
            stacking:
              - group: metals
                excludes:
                  - reciprocal
                  - {group: fentanyl, from: 2025-06-04, recorded: 2026-12-04, note: Proclamation 10947}
            """);
        Assert.Empty(result.Problems);
        var excludes = Assert.Single(result.Batch.StackingRules).Excludes!;
        Assert.Equal(["reciprocal", "fentanyl"], excludes.Select(e => e.Group));
        Assert.Null(excludes[0].Valid);
        Assert.Equal(new DateOnly(2025, 6, 4), excludes[1].Valid!.Value.Start);
        Assert.Null(excludes[1].Valid!.Value.End);
        Assert.Equal(new DateOnly(2026, 12, 4), DateOnly.FromDateTime(excludes[1].Recorded!.Value.UtcDateTime));
    }

    [Theory]
    [InlineData("{group: fentanyl, to: 2025-06-04}", "missing 'from'")]
    [InlineData("{group: fentanyl, from: 2025-06-04, to: 2025-03-04}", "must come after 'from'")]
    [InlineData("{group: fentanyl, from: 2025-06-04, colour: red}", "unknown key 'colour'")]
    [InlineData("[fentanyl]", "must be a group name or a mapping")]
    public void A_malformed_stacking_exclusion_is_a_problem(string entry, string message)
    {
        var result = Read($"stacking:\n  - group: metals\n    excludes:\n      - {entry}\n");
        Assert.Contains(message, Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_rate_periods_recorded_together_are_a_problem()
    {
        var result = Read(Valid.Replace("- {from: 2025-02-01, rate: 25}", "- {from: 2025-02-01, rate: 25}\n      - {from: 2025-03-01, rate: 30}", StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Contains("overlaps", problem.Message, StringComparison.Ordinal);
        Assert.Equal(13, problem.Line);
    }

    [Theory]
    [InlineData("2025-03-10", 0)] // a retroactive order learnt with the rate it replaced: the later-published entry wins
    [InlineData("2025-01-20", 1)] // published no later than the first: which would win is not said
    public void Rates_recorded_together_may_cover_the_same_days_only_when_the_later_was_published_later(string published, int problems)
    {
        var result = Read(Valid.Replace(
            "- {from: 2025-02-01, rate: 25}",
            $"- {{from: 2025-02-01, rate: 25}}\n      - {{from: 2025-02-10, to: 2025-03-01, rate: 30, recorded: 2025-06-01, published: 2025-02-05}}\n      - {{from: 2025-02-10, to: 2025-03-01, rate: 20, recorded: 2025-06-01, published: {published}}}",
            StringComparison.Ordinal));
        Assert.Equal(problems, result.Problems.Count);
    }

    [Fact]
    public void A_later_recorded_rate_may_cover_the_same_days()
    {
        var result = Read(Valid.Replace("- {from: 2025-02-01, rate: 25}", "- {from: 2025-02-01, rate: 25}\n      - {from: 2025-03-01, rate: 30, recorded: 2025-02-25}", StringComparison.Ordinal));
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Batch.Rates.Count);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var result = Read(Valid.Replace("targets: [CN]", "targets: [XX]", StringComparison.Ordinal).Replace("measure: m1", "measure: nope", StringComparison.Ordinal));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Malformed_yaml_is_a_problem_with_a_line_not_an_exception()
    {
        var result = Read("measures:\n  - id: [unclosed\n");
        var problem = Assert.Single(result.Problems);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 2);
    }

    [Fact]
    public void The_bundled_ledger_is_valid()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoData.Directory, "ledger"), "*.yaml"))
        {
            var result = LedgerFileReader.ReadFile(file, RepoData.Reference);
            Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        }
    }
}
