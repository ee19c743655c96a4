using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Sentences written for these tests: a meeting is a meeting word in its sense of people coming together, with a
/// place or a day of its own; one denied, wished for, only named as the time of something else, or a use of "meet"
/// that means "satisfy" is none. None is taken from a corpus article.
/// </summary>
public class MeetingReadingTests
{
    private static readonly DateOnly Monday = new(2025, 6, 9);

    private static List<MeetingFacts> Meetings(string text) => ClaimsRead.In<MeetingFacts>(text, Monday);

    [Theory]
    [InlineData("Trade ministers from Spain and Japan met in Madrid on Tuesday to discuss olive oil.", "Madrid", "2025-06-03")]
    [InlineData("Negotiators from both sides will meet again in Brussels on Thursday.", "Brussels", "2025-06-12")]
    [InlineData("Finance Minister Anna Berg met her Swedish counterpart in Stockholm on Friday.", "Stockholm", "2025-06-06")]
    [InlineData("The talks in Ottawa began on Friday and ran late into the night.", "Ottawa", "2025-06-06")]
    [InlineData("Officials are meeting in Rome today to settle the dispute over steel quotas.", "Rome", "2025-06-09")]
    // A past deed's clause is past whatever another clause says of the future.
    [InlineData("Farm ministers opened two days of talks in Lisbon on Thursday, hoping to settle a quota that expires on June 30.", "Lisbon", "2025-06-05")]
    [InlineData("The envoy held talks in Nairobi on Saturday, and a deal will be signed next month.", "Nairobi", "2025-06-07")]
    public void A_meeting_held_or_set_has_its_place_and_day(string sentence, string place, string day)
    {
        var meeting = Assert.Single(Meetings(sentence));
        Assert.Equal(place, meeting.Place);
        Assert.Equal(day, meeting.Start?.ToString());
    }

    [Theory]
    // A date that opens the sentence, set off by its comma, dates the clause it opens.
    [InlineData("On Thursday, farm officials from both sides met in Lisbon to discuss quotas.", "Lisbon", "2025-06-05")]
    [InlineData("Earlier on Saturday, the two delegations held talks in Vienna.", "Vienna", "2025-06-07")]
    [InlineData("Last month, fisheries ministers gathered in Oslo for consultations on cod.", "Oslo", "2025-05")]
    // A range whose days are joined by "and" starts on its first day.
    [InlineData("The delegations held talks on 3 and 4 June in Copenhagen.", "Copenhagen", "2025-06-03")]
    public void A_meeting_s_day_is_read_from_a_fronted_date_or_a_range(string sentence, string place, string day)
    {
        var meeting = Assert.Single(Meetings(sentence));
        Assert.Equal((place, day), (meeting.Place, meeting.Start?.ToString()));
    }

    [Fact]
    public void A_placeless_meeting_is_dated_by_its_own_verb_of_beginning()
    {
        var meetings = ClaimExtractor.Extract(new ClaimDocument("d", "Farm officials held talks in Lisbon. The talks, which began on Thursday, covered quotas.", Monday)).Claims
            .Select(c => c.Facts).OfType<MeetingFacts>().ToList();
        Assert.Contains(meetings, m => m.Place is null && m.Start?.ToString() == "2025-06-05");
        Assert.DoesNotContain(Meetings("The talks ended and trading began on Thursday."), m => m.Start?.ToString() == "2025-06-05");
    }

    [Theory]
    // A fronted date that another clause stands between is that clause's, not the meeting's.
    [InlineData("Since May, officials who met in Lisbon have exchanged drafts.")]
    [InlineData("On Thursday, the minister said that negotiators met in Lisbon.")]
    public void A_fronted_date_of_another_clause_does_not_date_the_meeting(string sentence) =>
        Assert.DoesNotContain(Meetings(sentence), m => m.Start is { Month: 5 } || m.Start?.ToString() == "2025-06-05");

    [Theory]
    [InlineData("Negotiators from the two sides held talks in Gothenburg, Sweden, on Friday.", "Gothenburg")]
    [InlineData("The ministers will meet in Osaka, Japan, on Thursday to discuss rice.", "Osaka")]
    public void A_city_the_gazetteer_does_not_list_is_placed_by_its_country_beside_it(string sentence, string place)
    {
        var meeting = Assert.Single(Meetings(sentence));
        Assert.Equal(place, meeting.Place);
    }

    [Theory]
    [InlineData("Commerce officials from both sides met in Tianjin on Tuesday to talk about soybeans.", "Tianjin")]
    [InlineData("The two delegations will meet in Guadalajara on Thursday.", "Guadalajara")]
    [InlineData("Farm ministers held talks in Zurich on Friday.", "Zurich")]
    [InlineData("Negotiators met in Sao Paulo on Tuesday to discuss beef quotas.", "Sao Paulo")]
    public void A_meeting_in_any_large_city_is_placed_without_its_country(string sentence, string place) =>
        Assert.Equal(place, Assert.Single(Meetings(sentence)).Place);

    [Theory]
    [InlineData("The two delegations met at Lancaster House in London on Tuesday.", "London")]
    [InlineData("Trade ministers, quoted by the New York Times, met in Madrid on Tuesday.", "Madrid")]
    [InlineData("Officials held the US-China Geneva talks on Tuesday.", "Geneva")]
    public void A_place_name_that_starts_a_longer_name_is_not_the_place(string sentence, string place) =>
        Assert.Equal(place, Assert.Single(Meetings(sentence)).Place);

    [Theory]
    // Cities of under a million whose names are English words or first names: a report more often means the word or
    // the person, so the lexicon leaves them out; a city of a million or more keeps its name.
    [InlineData("Reading", false)]
    [InlineData("Mobile", false)]
    [InlineData("Austin", false)]
    [InlineData("Phoenix", true)]
    [InlineData("Sydney", true)]
    public void A_city_named_like_a_word_or_a_person_is_a_place_only_when_large(string name, bool place) =>
        Assert.Equal(place, Gazetteer.Default.Places.ContainsKey(name));

    [Fact]
    public void A_capitalised_word_before_a_country_at_a_sentence_start_is_no_city() => Assert.Empty(Meetings("Meanwhile, Japan said it was ready for talks."));

    [Theory]
    [InlineData("Fishing ministers have concluded two days of talks in Madrid on sardine quotas.", "2025-06-07", "2025-06-08")]
    [InlineData("The deal came after three days of tense negotiations in Ottawa.", "2025-06-06", "2025-06-08")]
    [InlineData("Both delegations wrapped up two-day talks in Rome with a joint statement.", "2025-06-07", "2025-06-08")]
    [InlineData("The accord followed two days of talks in Madrid between the fishing ministers.", "2025-06-07", "2025-06-08")]
    public void Talks_of_several_days_just_ended_ran_up_to_the_day_before_the_report(string sentence, string start, string end)
    {
        var meeting = Assert.Single(Meetings(sentence));
        Assert.Equal((start, end), (meeting.Start?.ToString(), meeting.End?.ToString()));
    }

    [Theory]
    [InlineData("The deal came after two days of talks in Ottawa last month.")]
    [InlineData("Negotiators will hold two days of talks in Madrid next week.")]
    public void Talks_of_several_days_placed_further_back_or_ahead_take_no_day_from_the_report(string sentence) => Assert.All(Meetings(sentence), m => Assert.NotEqual("2025-06-07", m.Start?.ToString()));

    [Theory]
    [InlineData("Farm ministers from Kenya and Peru met in Nairobi on Tuesday to discuss tea exports.", "Nairobi")]
    [InlineData("Negotiators will hold a second round of talks in Montevideo on Thursday.", "Montevideo")]
    public void A_meeting_in_any_capital_is_placed(string sentence, string place) => Assert.Equal(place, Assert.Single(Meetings(sentence)).Place);

    [Theory]
    // "meet" in its sense of satisfying something.
    [InlineData("Quarterly exports from Munich met expectations on Tuesday, the bank said.")]
    [InlineData("Officials in Seoul warned that supplies would not meet demand this winter.")]
    [InlineData("Steelmakers in Busan said they could not meet the new targets by March.")]
    // Denied, refused or called off.
    [InlineData("The two presidents did not meet in Rome on Friday, officials said.")]
    [InlineData("Finance ministers declined to meet in Brussels on Monday.")]
    [InlineData("The talks in Paris were called off on Sunday.")]
    // Other senses of the meeting nouns.
    [InlineData("Shares fell in the Tokyo session on Friday as the yen rose.")]
    [InlineData("The rally in Madrid was gathering pace on Friday.")]
    // A building named for where someone spoke, with a meeting word only about what was said.
    [InlineData("Prime Minister Lena Holm told reporters at the Blue House that negotiations were stalled.")]
    // A summit named only as the time of something else.
    [InlineData("The minister spoke ahead of the summit in Riyadh.")]
    [InlineData("Officials will sign the papers on the sidelines of the summit in Jakarta.")]
    // A meeting negated, or one with no day set.
    [InlineData("Without talks in Lisbon this month, the quota dispute will drag on.")]
    [InlineData("No date has been set for the meeting in Oslo.")]
    // The people who negotiate, placed where they are.
    [InlineData("Korean negotiators in Seoul have signalled they could accept a longer pause.")]
    public void What_is_no_meeting_gives_none(string sentence) => Assert.Empty(Meetings(sentence));

    [Fact]
    public void A_place_where_something_else_was_agreed_is_not_the_meetings() => Assert.DoesNotContain(Meetings("The talks aim to restore a ceasefire agreed in Bangkok last month."), m => m.Place == "Bangkok");

    [Fact]
    public void The_day_a_meeting_was_announced_is_not_its_day()
    {
        var meeting = Assert.Single(Meetings("Premier Li Wen will meet a Spanish delegation for talks next week in Madrid, his office announced on June 7."));
        Assert.NotEqual("2025-06-07", meeting.Start?.ToString());
    }

    [Theory]
    [InlineData("The Madrid talks ended on Friday without a deal, officials said.", "Madrid")]
    [InlineData("Negotiators held two days of talks in the Spanish capital on Thursday and Friday.", "Madrid")]
    [InlineData("The negotiations, held in central Ottawa, began on Thursday.", "Ottawa")]
    [InlineData("Ministers met in the Canadian city of Ottawa on Thursday.", "Ottawa")]
    public void A_place_is_read_before_its_meeting_noun_by_its_capital_or_narrowed(string sentence, string place) =>
        Assert.Equal(place, Assert.Single(Meetings(sentence)).Place);

    [Fact]
    public void A_day_the_talks_ended_on_is_their_last_and_their_length_gives_the_first()
    {
        var meeting = Assert.Single(Meetings("Officials from both sides wrapped up three days of talks in Rome on Friday."));
        Assert.Equal(("2025-06-04", "2025-06-06"), (meeting.Start?.ToString(), meeting.End?.ToString()));
    }

    [Fact]
    public void Capital_markets_are_no_capital() => Assert.Empty(Meetings("Talks on the Spanish capital markets union resumed."));

    [Theory]
    [InlineData("The prime minister received a Japanese delegation at his office in Madrid on Tuesday.", "Madrid")]
    [InlineData("Farm ministers sat down in Lisbon on Tuesday to talk about quotas.", "Lisbon")]
    [InlineData("Talks between Spain's Ana Ruiz and Japan's Ken Sato in Lisbon began on Tuesday.", "Lisbon")]
    [InlineData("The minister hosted bankers from Lyon and Lille at the finance ministry in Paris on Tuesday.", "Paris")]
    [InlineData("The prime minister welcomed the Spanish trade minister to Lisbon on Tuesday.", "Lisbon")]
    public void People_received_sat_down_with_or_named_far_back_in_one_clause_meet(string sentence, string place) =>
        Assert.Equal(place, Assert.Single(Meetings(sentence)).Place);

    [Theory]
    [InlineData("The ministry received a letter from exporters in Madrid on Tuesday.")]
    [InlineData("Spain welcomed the decision by the court in Lisbon on Tuesday.")]
    [InlineData("The carmaker received 300 complaints at its plant in Munich in May.")]
    public void A_thing_received_or_welcomed_is_no_meeting(string sentence) => Assert.Empty(Meetings(sentence));

    [Theory]
    // A schedule in the present ("opens", "is due in", "are meeting") speaks of a day still to come.
    [InlineData("The fourth round of talks opens in Vienna on Wednesday.", "Vienna", "2025-06-11")]
    [InlineData("The Danish trade minister is due in Tokyo on Friday for talks with her counterpart.", "Tokyo", "2025-06-13")]
    [InlineData("Finance ministers are meeting in Prague on Thursday to prepare the budget.", "Prague", "2025-06-12")]
    // The second day of a pair follows the first: a report of Monday dates "Monday and Tuesday" as today and tomorrow.
    [InlineData("The negotiations in Warsaw run on Monday and Tuesday.", "Warsaw", "2025-06-09")]
    public void A_meeting_set_ahead_takes_the_days_still_to_come(string sentence, string place, string day)
    {
        var meeting = Assert.Single(Meetings(sentence));
        Assert.Equal((place, day), (meeting.Place, meeting.Start?.ToString()));
    }

    [Theory]
    [InlineData("Farmers gathered outside the parliament in Warsaw on Friday.")]
    [InlineData("Shoppers gathered in Lyon on Saturday for the first day of the sales.")]
    public void A_crowd_that_gathers_holds_no_meeting(string sentence) => Assert.Empty(Meetings(sentence));

    [Theory]
    [InlineData("The plan met with stiff resistance from farmers in Lisbon on Tuesday.")]
    [InlineData("The governor talks tough on trade at a factory in Warsaw on Friday.")]
    public void Meeting_with_a_thing_and_talking_up_are_no_meetings(string sentence) => Assert.Empty(Meetings(sentence));

    [Fact]
    public void Meeting_with_people_is_a_meeting() =>
        Assert.Equal("Madrid", Assert.Single(Meetings("The minister met with farm officials in Madrid on Tuesday.")).Place);
}
