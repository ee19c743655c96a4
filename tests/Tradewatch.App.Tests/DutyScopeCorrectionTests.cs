using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// Scopes the ledger corrected on 7 Dec 2026 against the schedule's own notes, where the curated lists said more than the law:
/// each correction is an amendment of that day, so an answer as known the day before is the one the ledger gave then.
/// </summary>
public sealed class DutyScopeCorrectionTests
{
    private const string Before = "2026-12-06";

    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static bool Inclusion(string measure) =>
        measure.StartsWith("us-232-aluminium-inclusions", StringComparison.Ordinal) || measure.StartsWith("us-232-steel-inclusions", StringComparison.Ordinal);

    private static List<string> Layers(string origin, string hs, string date, string? knownAt = null)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000", KnownAt: knownAt), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return [.. DutyDto.From(result.Value!).Layers.Select(l => l.Measure)];
    }

    // Processing units (8471.50.01.50) from Korea on 15 May 2026: Annex I-B of the April 2026 metals proclamation (FR
    // 2026-06674) and U.S. note 16(c)(vi)-(vii) (HTS 2026 Revision 6) do not list heading 8471; the annex names it only in
    // other lines' descriptions ("power supplies for automatic data processing machines ... of heading 8471").
    [Theory]
    [InlineData("KR", "8471.50.01.50", "2026-05-15")]
    [InlineData("DE", "8430.41.00", "2026-05-15")]
    public void Goods_the_annex_names_only_inside_a_description_pay_no_annex_duty(string origin, string hs, string date) =>
        Assert.DoesNotContain(Layers(origin, hs, date), m => m.StartsWith("us-232-metals-annex-1b", StringComparison.Ordinal));

    // as known the day before, parts of boring machinery of 8430.41 paid Annex I-B's 25% (8471.50 then paid the semiconductors
    // duty, which the ledger made a condition on the day it learnt this)
    [Fact]
    public void As_known_before_the_correction_the_annex_duty_was_charged() =>
        Assert.Contains(Layers("DE", "8430.41.00", "2026-05-15", Before), m => m.StartsWith("us-232-metals-annex-1b", StringComparison.Ordinal));

    // Annex I-B's lines are those U.S. note 16(c)(vi)-(vii) (HTS 2026 Revision 6) lists, where the curated list gives many by
    // heading or subheading: of heading 8501 the note lists 8501.53.60 and .80 and 8501.64.01.10, not small motors
    // (8501.10.40.20); of 8483.40 not gear boxes for other uses (8483.40.30.40); of 8302.41 not the other fittings (8302.41.90.15).
    [Theory]
    [InlineData("8501.53.60.00", "8501.10.40.20")]
    [InlineData("8483.40.50.20", "8483.40.30.40")]
    [InlineData("8302.41.30.00", "8302.41.90.15")]
    public void Annex_I_B_charges_the_lines_the_note_lists_not_their_whole_heading(string listed, string other)
    {
        static bool AnnexIB(string m) => m.StartsWith("us-232-metals-annex-1b", StringComparison.Ordinal);
        Assert.Contains(Layers("DE", listed, "2026-05-15"), AnnexIB);
        Assert.DoesNotContain(Layers("DE", other, "2026-05-15"), AnnexIB);
        Assert.Contains(Layers("DE", other, "2026-05-15", Before), AnnexIB);
    }

    // Medicaments of 3004.90.92 from Switzerland on 1 Sep 2025: the inclusions of 18 Aug 2025 (FR 2025-15819; 9903.81.91,
    // 9903.85.08, U.S. note 19(k)) name its statistical line 3004.90.92.44 only, so its other lines pay neither inclusion.
    [Fact]
    public void Only_the_statistical_line_the_inclusions_name_pays_them()
    {
        Assert.DoesNotContain(Layers("CH", "3004.90.92.16", "2025-09-01"), Inclusion);
        Assert.Contains(Layers("CH", "3004.90.92.44", "2025-09-01"), Inclusion);
        Assert.Contains(Layers("CH", "3004.90.92.16", "2025-09-01", Before), Inclusion);
    }

    // The same notice lists other tariff lines by some of their statistical lines only (U.S. notes 16(n) and 19(k)), which the
    // curated list cut to 8 digits: canned food preparations of 2106.90.99 (.90) are not its "other" (.98), automotive engine
    // oils of 2710.19.30 (.20) not its steam cylinder oils (.50), parts of other engines of 8412.90.90 (.85) not wind turbine
    // blades (.70). Each pays the inclusion on the named line only, and did on every line as known before.
    [Theory]
    [InlineData("DE", "2106.90.99.98", "2106.90.99.90")]
    [InlineData("CH", "2710.19.30.50", "2710.19.30.20")]
    [InlineData("CN", "8412.90.90.70", "8412.90.90.85")]
    public void A_tariff_line_the_notes_list_by_statistical_lines_pays_the_inclusions_on_those_only(string origin, string named, string other)
    {
        Assert.Contains(Layers(origin, named, "2025-09-01"), Inclusion);
        Assert.DoesNotContain(Layers(origin, other, "2025-09-01"), Inclusion);
        Assert.Contains(Layers(origin, other, "2025-09-01", Before), Inclusion);
    }

    // The aluminium derivatives of March 2025 (Proclamation 10895) as U.S. note 19(j) (9903.85.07, on the full value) and
    // 19(k) (9903.85.08, on the aluminium content) list them (HTS 2026 Revision 6), where the curated list cut them to 8
    // digits: of 7616.99.51 the note names .30, .40 and .90, not .50 (.60 and .70 are aluminium articles, 9903.85.44); of
    // 8418.99.80 .05, .50 and .60, not .10; of 9403.99.90 .10 to .45, not .51. Each pays the layer on the named line only
    // (as known before, on every line), from 12 Mar 2025 and before the inclusions of August.
    [Theory]
    [InlineData("DE", "7616.99.51.90", "7616.99.51.50", "us-232-aluminium-derivatives")]
    [InlineData("JP", "8418.99.80.05", "8418.99.80.10", "us-232-aluminium-content")]
    [InlineData("CN", "9403.99.90.10", "9403.99.90.51", "us-232-aluminium-content")]
    public void March_aluminium_derivatives_are_the_statistical_lines_the_note_names(string origin, string named, string other, string measure)
    {
        Assert.Contains(measure, Layers(origin, named, "2025-06-09"));
        Assert.DoesNotContain(measure, Layers(origin, other, "2025-06-09"));
        Assert.Contains(measure, Layers(origin, other, "2025-06-09", Before));
    }

    // Softwood lumber (4407.11) from Canada on 1 Nov 2025: U.S. note 2(j) of subchapter III of chapter 99 has the Canada
    // fentanyl duty (9903.01.10) apply to products other than those of 9903.76.01-.03, so the lumber pays Section 232 alone.
    [Theory]
    [InlineData("CA")]
    [InlineData("MX")]
    public void Lumber_under_section_232_pays_no_fentanyl_duty(string origin)
    {
        var layers = Layers(origin, "4407.11.00", "2025-11-01");
        Assert.Contains(layers, m => m.StartsWith("us-232-softwood-lumber", StringComparison.Ordinal));
        Assert.DoesNotContain(layers, m => m.StartsWith("us-fentanyl", StringComparison.Ordinal));
        Assert.Contains(Layers(origin, "4407.11.00", "2025-11-01", Before), m => m.StartsWith("us-fentanyl", StringComparison.Ordinal));
    }
}
