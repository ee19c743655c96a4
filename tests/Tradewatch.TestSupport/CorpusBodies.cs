using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.TestSupport;

/// <summary>
/// The reports of a corpus of files by body: reports carrying one body are stored once, under the id of
/// whichever copy arrived first, so each report is named after the first file (by name) carrying its body.
/// </summary>
public sealed class CorpusBodies
{
    private readonly Dictionary<string, string> bodies;

    private readonly Dictionary<string, string> first;

    public CorpusBodies(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        bodies = files.SelectMany(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports.Select(r => (f.FileName, r.ContentHash)))
            .ToDictionary(b => b.FileName, b => b.ContentHash, StringComparer.Ordinal);
        first = bodies.GroupBy(b => b.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Key).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
    }

    /// <summary>How many distinct bodies the files hold: the reports a store of them holds.</summary>
    public int Distinct => first.Count;

    /// <summary>The name a stored report is compared by: the first file carrying its body.</summary>
    public string Name(string sourceId) => first[bodies[sourceId]];
}
