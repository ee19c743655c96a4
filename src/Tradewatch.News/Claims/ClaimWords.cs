using System.Globalization;
using Tradewatch.Core.Economies;

namespace Tradewatch.News.Claims;

/// <summary>
/// A claim said in plain words for a reader ("United States tariff on goods from China: 30%, in
/// force on 9 June 2025"), built from its facts and the economies' names, never from its JSON.
/// </summary>
public static class ClaimWords
{
    public static string Kind(ClaimFacts facts) => facts.Kind switch
    {
        ClaimKind.ExportControl => "export control",
        ClaimKind.Dateline => "page date",
        var k => k.ToString().ToLowerInvariant(),
    };

    public static string Of(ClaimFacts facts, EconomyCatalog economies)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(economies);
        string Name(string? code) => code switch
        {
            null => "an unnamed economy",
            "*" => "every economy",
            _ => economies.TryResolve(code, out var e) ? economies.NameOf(e) : code,
        };

        return facts switch
        {
            TariffFacts t => Tariff(t, Name),
            ExportControlFacts e => Join(
                $"{(e.Imposer is null ? "Export controls" : $"{Name(e.Imposer)} export controls")} on {Items(e.Items, e.Count)}",
                e.Target == "*" ? null : $"for {Name(e.Target)}",
                e.Date is { } d ? $"from {Day(d)}" : null),
            LicenceFacts l => Join(
                $"{(l.Imposer is null ? "Export licence" : $"{Name(l.Imposer)} export licence")} {l.Action} for {Items(l.Items, null)}",
                l.Date is { } d ? $"on {Day(d)}" : null),
            FigureFacts f => $"{Capital(f.Subject)}: {(f.Approximate ? "about " : string.Empty)}{Number(f.Value)}{(f.Unit == "%" ? "%" : " " + f.Unit)}"
                + (f.Comparison is null ? string.Empty : $" ({Comparison(f.Comparison)})") + (f.Period is null ? string.Empty : $" in {f.Period}"),
            QuoteFacts q => $"{q.Speaker} said: “{q.Text}”",
            DeadlineFacts d => $"Deadline of {Day(d.Date)}: {d.Subject}",
            AgreementFacts a => Join(
                a.Parties.Count > 0 ? $"Agreement between {List(a.Parties.Select(Name))}" : "Agreement",
                a.Place is null ? null : $"in {a.Place}",
                a.Date is { } d ? $"on {Day(d)}" : null) + (string.IsNullOrWhiteSpace(a.Terms) ? string.Empty : $": {a.Terms}"),
            PersonFacts p => Join(p.Name, p.Role is null ? null : $"{p.Role}{(p.Economy is null ? string.Empty : $" ({Name(p.Economy)})")}"),
            MeetingFacts m => Join(
                m.Place is null ? "Meeting" : $"Meeting in {m.Place}{(m.Venue is null ? string.Empty : $" ({m.Venue})")}",
                m.Start is { } s ? (m.End is { } e && e != s ? $"{Day(s)} to {Day(e)}" : Day(s)) : null,
                m.Participants.Count > 0 ? $"with {List(m.Participants)}" : null),
            CallFacts c => Join($"Call between {List(c.Participants)}", c.Date is { } d ? $"on {Day(d)}" : null),
            DatelineFacts d => $"The page is dated {Day(d.Value)}",
            _ => facts.Kind.ToString(),
        };
    }

    private static string Tariff(TariffFacts t, Func<string?, string> name)
    {
        var who = t.Imposer is null ? "Tariff" : $"{name(t.Imposer)} tariff";
        var goods = t.Products is "" or "all" or "all goods" ? "goods" : t.Products;
        var head = t.Target is null ? $"{who} on {goods}" : $"{who} on {goods} from {name(t.Target)}";
        var rate = t switch
        {
            { FromPercent: { } from, RatePercent: { } to } => $"from {Number(from)}% to {Number(to)}%",
            { ChangePoints: { } points } => $"{(points < 0 ? "down" : "up")} by {Number(Math.Abs(points))} points",
            { RatePercent: { } r } => $"{Number(r)}%",
            _ => "rate not stated",
        };
        var day = t.AsOf is { } d ? Day(d) : null;
        var status = t.Qualifier switch
        {
            "in-force" => day is null ? "in force" : $"in force on {day}",
            "announced" => day is null ? "announced" : $"announced, {day}",
            "threatened" => day is null ? "threatened" : $"threatened, {day}",
            "peak" => day is null ? "at its peak" : $"at its peak, {day}",
            "previous" => day is null ? "an earlier rate" : $"an earlier rate, {day}",
            var q => day is null ? q : $"{q}, {day}",
        };
        return $"{head}: {rate}, {status}";
    }

    /// <summary>A claim's date as precise as it was stated: "9 June 2025", "June 2025" or "2025".</summary>
    public static string Day(ClaimDate date) => date switch
    {
        { IsDay: true } => new DateOnly(date.Year, date.Month, date.Day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        { Month: > 0 } => new DateOnly(date.Year, date.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string Items(IReadOnlyList<string> items, int? count) =>
        (items.Count == 0 ? "unnamed items" : List(items)) + (count is { } n && n != items.Count ? $" ({n} items in all)" : string.Empty);

    private static string Comparison(string comparison) => comparison switch
    {
        "y/y" => "year on year",
        "m/m" => "month on month",
        "q/q" => "quarter on quarter",
        var c => c,
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The text with its first letter upper case, to begin a sentence.</summary>
    public static string Capital(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
