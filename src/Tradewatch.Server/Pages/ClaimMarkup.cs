using System.Text;

namespace Tradewatch.Server.Pages;

/// <summary>Where one claim is stated in a report's text: a half-open UTF-16 range, the claim, its number on the page and its words.</summary>
public sealed record ClaimMark(int Start, int End, string Claim, string Kind, int Number, string Words);

/// <summary>
/// A report's text with every claim's span marked, none dropped. Spans that nest become nested
/// <c>&lt;mark&gt;</c> elements; a span that crosses the end of another is split there, so the
/// markup stays well formed. The first piece of a span carries the anchor the claim list links to
/// (<c>{claim}-r{document}-{start}</c>), the last a numbered link to the claim, reachable by
/// keyboard and touch.
/// </summary>
public static class ClaimMarkup
{
    public static string Anchor(string claim, string document, int start) => $"{claim}-r{document}-{start}";

    public static Html Highlight(string text, string document, IEnumerable<ClaimMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var pending = marks
            .Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
            .DistinctBy(m => (m.Start, m.End, m.Claim))
            .Select(m => new Piece(m, m.Start, m.End, First: true, Last: true))
            .ToList();
        pending.Sort(Order);
        var output = new StringBuilder(text.Length * 2);
        var open = new Stack<Piece>();
        var at = 0;

        void TextTo(int position)
        {
            output.Append(Html.Text(text[at..position]));
            at = position;
        }

        void Close(Piece piece)
        {
            TextTo(piece.End);
            if (piece.Last)
            {
                var m = piece.Mark;
                output.Append(Html.Of($"<a class=\"ref\" href=\"#{m.Claim}\" aria-label=\"Claim {m.Number}: {m.Words}\">{m.Number}</a>"));
            }

            output.Append("</mark>");
        }

        while (pending.Count > 0)
        {
            var piece = pending[0];
            pending.RemoveAt(0);
            while (open.Count > 0 && open.Peek().End <= piece.Start)
            {
                Close(open.Pop());
            }

            if (open.Count > 0 && piece.End > open.Peek().End)
            {
                // Crossing spans: this one goes on past the end of the one it starts inside; the rest is a piece of its own.
                var cut = open.Peek().End;
                var rest = piece with { Start = cut, First = false };
                var index = pending.BinarySearch(rest, Comparer<Piece>.Create(Order));
                pending.Insert(index < 0 ? ~index : index, rest);
                piece = piece with { End = cut, Last = false };
            }

            TextTo(piece.Start);
            var mark = piece.Mark;
            output.Append(piece.First
                ? Html.Of($"<mark class=\"claim k-{mark.Kind}\" data-claim=\"{mark.Claim}\" id=\"{Anchor(mark.Claim, document, mark.Start)}\">")
                : Html.Of($"<mark class=\"claim k-{mark.Kind} cont\" data-claim=\"{mark.Claim}\">"));
            open.Push(piece);
        }

        while (open.Count > 0)
        {
            Close(open.Pop());
        }

        TextTo(text.Length);
        return Html.Trusted(output.ToString());
    }

    /// <summary>Earlier first; at one start the longer first, so it encloses the shorter.</summary>
    private static int Order(Piece a, Piece b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private sealed record Piece(ClaimMark Mark, int Start, int End, bool First, bool Last);
}
