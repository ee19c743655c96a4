namespace Tradewatch.TestSupport;

/// <summary>
/// Reports whose duplicate links make a chain: four articles of their own, each pair of neighbours also printed
/// together in a digest (a0, a0+a1, a1, a1+a2, a2, a2+a3, a3). Each digest carries both its articles whole, so it
/// is linked to both, and the links join the first article to the last through three digests. The closure of the
/// links makes one group of them all; a group that does not chain has a member linked to every other one.
/// The articles are written for these tests.
/// </summary>
public static class CopyChain
{
    private static readonly string[] Articles =
    [
        """
        The harbour authority of Velmont said on Tuesday that it would lengthen the northern breakwater by four hundred metres before the winter storms.
        Engineers from the port company expect the work to cost about nineteen million crowns and to employ two hundred people on the quay.
        Fishing crews have complained for years that waves spill over the old wall and damage boats moored in the inner basin.
        The mayor told a crowded meeting in the town hall that the council would cover a third of the bill from its reserve fund.
        Dredging of the approach channel is planned for the spring, when the herring fleet spends most of its time at sea.
        """,
        """
        A chocolate maker in the hill town of Brannock has bought the disused railway depot to open a second factory by next autumn.
        The family firm, founded by a confectioner who sold truffles from a cart, now ships its bars to shops across eleven countries.
        Its managing director said the cocoa price had doubled in two years, so the new line will make smaller bars with more nuts.
        Residents welcomed the eighty jobs but asked for delivery lorries to use the ring road instead of the narrow market square.
        The council's planning committee will hear the application in March and is expected to ask for a new bus stop outside.
        """,
        """
        Volunteers counted nine hundred wading birds on the salt marsh at Ockley Point during the annual survey held over the weekend.
        The warden of the reserve said the number of curlews had risen for the third year since cattle grazing returned to the meadows.
        Rangers repaired the boardwalk that crosses the reed beds after a high tide carried away several planks in the autumn gales.
        Schoolchildren from the village painted signs asking dog walkers to keep to the paths while the birds nest in the long grass.
        A grant from the lottery fund will pay for a hide with wide windows facing the lagoon, to open before the summer holidays.
        """,
        """
        The orchestra of the city of Tarrow will tour seven coastal towns this summer, playing in churches, barns and a lifeboat station.
        Its conductor chose music written by local composers of the last century, some of it never performed since the war.
        Tickets will cost five pounds for adults and nothing for children, thanks to a donation from a retired shipbuilder.
        The players will travel by coach with their instruments packed in a trailer lent by a removals firm from the harbour.
        Rehearsals begin in June in the old corn exchange, which the orchestra has rented as its home for the next three years.
        """,
    ];

    /// <summary>The chain's reports, each as a file name and its text, in the order of the chain.</summary>
    public static IReadOnlyList<(string Name, string Text)> Reports()
    {
        var reports = new List<(string, string)>();
        for (var i = 0; i < Articles.Length; i++)
        {
            if (i > 0)
            {
                reports.Add(($"digest-{i - 1}{i}.txt", Articles[i - 1] + "\n" + Articles[i]));
            }

            reports.Add(($"article-{i}.txt", Articles[i]));
        }

        return reports;
    }

    /// <summary>The groups with no member linked to every other member: the groups a chain of links made.</summary>
    /// <param name="groups">The groups, by name.</param>
    /// <param name="links">The duplicate links, by name.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Chained(IEnumerable<IReadOnlyList<string>> groups, IEnumerable<(string First, string Second)> links)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(links);
        var linked = links.SelectMany(l => new[] { (l.First, l.Second), (l.Second, l.First) }).ToLookup(l => l.Item1, l => l.Item2, StringComparer.Ordinal);
        return groups.Where(g => !g.Any(c => g.All(m => m == c || linked[c].Contains(m, StringComparer.Ordinal)))).ToList();
    }
}
