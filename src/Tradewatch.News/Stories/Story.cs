namespace Tradewatch.News.Stories;

/// <summary>
/// A group of reports of one event, as the clusterer keeps it: the sum of its members' term
/// weights (its centroid), the economies they name, and the span of their dates.
/// </summary>
public sealed class Story
{
    /// <summary>Terms kept in a centroid; the tail of rare words does not change which story a report joins.</summary>
    public const int MaxCentroidTerms = 400;

    public Story(int id) => Id = id;

    public int Id { get; }

    public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Economies { get; } = new(StringComparer.Ordinal);

    public DateOnly? FirstDate { get; set; }

    public DateOnly? LastDate { get; set; }

    public int Size { get; set; }

    public void Absorb(StoryFeatures features)
    {
        Size++;
        foreach (var (t, w) in features.Terms)
        {
            Centroid[t] = Centroid.GetValueOrDefault(t) + w;
        }

        foreach (var (e, n) in features.Economies)
        {
            Economies[e] = Economies.GetValueOrDefault(e) + n;
        }

        if (features.Date is { } d)
        {
            FirstDate = FirstDate is { } f && f <= d ? f : d;
            LastDate = LastDate is { } l && l >= d ? l : d;
        }

        if (Centroid.Count > MaxCentroidTerms * 2)
        {
            var keep = Centroid.OrderByDescending(c => c.Value).Take(MaxCentroidTerms).ToList();
            Centroid.Clear();
            foreach (var (t, w) in keep)
            {
                Centroid[t] = w;
            }
        }
    }

    /// <summary>Days from <paramref name="date"/> to the span of the story's dates; 0 inside it, null when either is unknown.</summary>
    public int? DaysFrom(DateOnly? date)
    {
        if (date is not { } d || FirstDate is not { } first || LastDate is not { } last)
        {
            return null;
        }

        return d < first ? first.DayNumber - d.DayNumber : d > last ? d.DayNumber - last.DayNumber : 0;
    }
}
