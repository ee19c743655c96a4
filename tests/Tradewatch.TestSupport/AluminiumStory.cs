namespace Tradewatch.TestSupport;

/// <summary>
/// An invented story the store tests and the parity tests share (our own words, no article's): talks on
/// Canada's aluminium duty. Two outlets state one rate in the present tense on different days, a reprint
/// copies the first, a third outlet states another rate that day, and an undated digest, named to be
/// stored first, names a yearless day ("from June 1") that only its story's dates can give a year.
/// </summary>
public static class AluminiumStory
{
    public static readonly (string Name, string Text) Quayside = ("a-quayside.md", """
        ---
        title: Canada seeks aluminium quota talks with Washington
        outlet: Quayside Post
        published: 2026-05-11
        ---
        WASHINGTON, May 11 (Quayside Post) - Canada pays a 25% duty on aluminium sold to the United States, and officials in Ottawa said on Monday they wanted talks on a quota before the summer.

        Canadian Trade Minister Anna Kowalski said her government was "ready to sit down with our partners this week" and would bring smelter owners to the table.

        Smelters in Quebec shipped about 2.1 million tonnes of aluminium south of the border last year, according to an industry group.
        """);

    public static readonly (string Name, string Text) Northern = ("b-northern.md", """
        ---
        title: Smelters brace as aluminium talks stall
        outlet: Northern Wire
        published: 2026-05-12
        ---
        OTTAWA, May 12 (Northern Wire) - Smelter owners warned on Tuesday that jobs were at risk if talks dragged on.

        Canada currently pays a 25% duty on aluminium shipped to the United States, the owners said.

        Trade Minister Anna Kowalski told reporters that talks would start in Washington on May 20.

        "Every week without a deal costs us orders," said Marc Tremblay, who runs a smelter near Saguenay.
        """);

    public static readonly (string Name, string Text) Ingot = ("c-ingot.md", """
        ---
        title: Washington weighs higher aluminium duty
        outlet: Daily Ingot
        published: 2026-05-11
        ---
        WASHINGTON, May 11 (Daily Ingot) - A trade official said on Monday that the White House was weighing a higher rate.

        Canada currently pays a 10% duty on aluminium shipped to the United States, the official said.

        Talks between the two governments are due to start in Washington on May 21, the official said.
        """);

    public static readonly (string Name, string Text) Reprint = ("d-reprint.md", """
        ---
        title: Canada seeks aluminium quota talks with Washington (reprint)
        outlet: Harbour Reprints
        published: 2026-05-11
        ---
        WASHINGTON, May 11 (Harbour Reprints) - Canada pays a 25% duty on aluminium sold to the United States, and officials in Ottawa said on Monday they wanted talks on a quota before the summer.

        Canadian Trade Minister Anna Kowalski said her government was "ready to sit down with our partners this week" and would bring smelter owners to the table.

        Smelters in Quebec shipped about 2.1 million tonnes of aluminium south of the border last year, according to an industry group.
        """);

    /// <summary>Undated: its date, and the year of its "June 1", come from its story.</summary>
    public static readonly (string Name, string Text) UndatedDigest = ("0-digest.md", """
        ---
        title: Aluminium quota talks with Washington
        outlet: Foundry Digest
        ---
        Canada pays a 25% duty on aluminium sold to the United States, and officials in Ottawa said on Monday they wanted talks on a quota before the summer.

        Ottawa said it would answer with a 15% duty on American steel from June 1.

        Smelter owners in Quebec said the duty had cost them orders, and Trade Minister Anna Kowalski said she was ready to sit down with her partners.
        """);

    /// <summary>The two dated reports that give the digest its story's first day.</summary>
    public static IReadOnlyList<(string Name, string Text)> Dated => [Quayside, Northern];

    /// <summary>The four dated reports: one rate corroborated twice (the reprint counted once) and another rate that day.</summary>
    public static IReadOnlyList<(string Name, string Text)> Invented => [Quayside, Northern, Ingot, Reprint];
}
