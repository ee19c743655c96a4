using Tradewatch.News.Cleaning;

namespace Tradewatch.News.Tests;

public class LineModelTests
{
    private static readonly int[] BodyLines = [5, 6, 7];

    private static readonly int[] BoilerplateLines = [0, 3, 8, 12];

    private static readonly string[] Page =
    [
        "Home",
        "World",
        "Business",
        "Sign in",
        "Steel makers weigh a new quota as talks drag on",
        "Officials from both sides met on Tuesday for a third round of talks on the steel quota, which expires at the end of the year.",
        "The ministry said it expected the quota to be renewed at a lower volume, citing weaker demand from builders and carmakers.",
        "Producers have asked for a longer transition, arguing that the mills need time to adjust their order books to the new ceiling.",
        "Share this article",
        "Facebook",
        "Twitter",
        "Most read",
        "Privacy policy | Terms of use | Cookies",
    ];

    [Fact]
    public void The_shipped_model_keeps_prose_and_drops_menus()
    {
        var model = LineModel.Shipped;
        var page = LineModel.Page.Of(Page);
        var p = Enumerable.Range(0, Page.Length).Select(i => model.Probability(Page, i, page)).ToArray();
        Assert.All(BodyLines, i => Assert.True(p[i] >= model.Threshold, $"line {i}: {p[i]}"));
        Assert.All(BoilerplateLines, i => Assert.True(p[i] < model.Threshold, $"line {i}: {p[i]}"));
    }

    private static readonly string[] PageWithAppeal =
    [
        "Home",
        "Steel makers weigh a new quota as talks drag on",
        "Officials from both sides met on Tuesday for a third round of talks on the steel quota, which expires at the end of the year.",
        "The ministry said it expected the quota to be renewed at a lower volume, citing weaker demand from builders and carmakers.",
        "Producers have asked for a longer transition, arguing that the mills need time to adjust their order books to the new ceiling.",
        "Share",
        "Most read",
        "Our editors pick the best deals of the week for readers like you.",
        "Facebook",
        "Twitter",
    ];

    [Fact]
    public void The_shipped_sentence_model_keeps_the_article_and_drops_a_sentence_among_menus()
    {
        var model = LineModel.ShippedSentences;
        var page = LineModel.Page.Of(PageWithAppeal);
        Assert.All([2, 3, 4], i =>
        {
            Assert.True(LineModel.Protects(PageWithAppeal[i]));
            Assert.True(model.Probability(PageWithAppeal, i, page) >= model.Threshold, $"line {i}");
        });
        Assert.True(LineModel.Protects(PageWithAppeal[7]));
        Assert.True(model.Probability(PageWithAppeal, 7, page) < model.Threshold);
    }

    [Fact]
    public void A_model_file_for_other_features_is_refused() =>
        Assert.Throws<InvalidDataException>(() => LineModel.FromJson("""{"TrainedOn":"x","Features":["a"],"Weights":[1],"Bias":0,"Mean":[0],"Scale":[1],"Threshold":0.5}"""));

    [Fact]
    public void Features_are_one_per_name()
    {
        Assert.Equal(LineModel.FeatureNames.Length, LineModel.Features(Page, 5).Length);
        Assert.Equal(LineModel.FeatureNames.Length, LineModel.FeatureNames.Distinct().Count());
    }
}

public class LineLexiconTests
{
    [Fact]
    public void A_word_of_furniture_lines_weighs_against_the_article_and_a_rare_word_is_left_out()
    {
        var lines = new List<(int, string, bool)>();
        for (var page = 0; page < LineLexicon.MinPages; page++)
        {
            lines.Add((page, "Subscribe to the weekly digest", false));
            lines.Add((page, "Subscribe now", false));
            lines.Add((page, "The port said exports of copper rose in the spring, though prices slipped.", true));
            lines.Add((page, "Officials said the quota would be reviewed before the summer.", true));
        }

        lines.Add((0, "Zanzibar cloves were mentioned once.", true));
        var lexicon = LineLexicon.Learn(lines);
        Assert.True(lexicon.Weight("subscribe") < 0);
        Assert.True(lexicon.Weight("said") > 0);
        Assert.Equal(0, lexicon.Weight("zanzibar"));
        var (mean, min) = lexicon.Score("Subscribe: the port said so");
        Assert.Equal(lexicon.Weight("subscribe"), min);
        Assert.True(mean > min);
        Assert.Equal((0d, 0d), lexicon.Score("Zanzibar cloves"));
    }

    [Fact]
    public void The_shipped_models_read_words_of_sign_up_prompts_as_furniture_and_reporting_as_the_article()
    {
        foreach (var model in new[] { LineModel.Shipped, LineModel.ShippedSentences })
        {
            Assert.True(model.Lexicon.Count > 1000);
            Assert.True(model.Lexicon.Weight("newsletters") < 0);
            Assert.True(model.Lexicon.Weight("cookies") < 0);
            Assert.True(model.Lexicon.Weight("said") > 0);
        }
    }
}
