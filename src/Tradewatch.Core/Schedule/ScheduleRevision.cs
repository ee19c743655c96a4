namespace Tradewatch.Core.Schedule;

/// <summary>
/// One revision of the US tariff schedule as published: in force from <see cref="Effective"/> until
/// the next revision's effective date (valid time), and known from <see cref="Recorded"/> (record
/// time: the publication of what it implements, never before the announcement it rests on).
/// </summary>
/// <param name="Index">Its position in publication order, from 0 (2025 basic edition).</param>
/// <param name="Id">"2025_basic", "2025_rev_16", "2026_rev_4".</param>
/// <param name="Effective">The revision's effective date, as the publisher dates it.</param>
/// <param name="Recorded">When the schedule it holds became known.</param>
/// <param name="Event">The main change it carries, in words.</param>
/// <param name="RecordedNote">Why <see cref="Recorded"/> differs from <see cref="Effective"/>, with its source, when it does.</param>
public sealed record ScheduleRevision(int Index, string Id, DateOnly Effective, DateTimeOffset Recorded, string? Event, string? RecordedNote)
{
    /// <summary>The revision's name as the USITC writes it: "2025 Revision 16", "2026 Basic Edition".</summary>
    public string Title
    {
        get
        {
            var parts = Id.Split('_');
            return parts.Length == 2 ? $"{parts[0]} Basic Edition" : $"{parts[0]} Revision {parts[2]}";
        }
    }
}
