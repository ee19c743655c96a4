namespace Tradewatch.Core.Products;

/// <summary>The codes of the HS 2022 nomenclature with their descriptions; checks that a code exists.</summary>
public sealed class HsNomenclature
{
    private readonly Dictionary<HsCode, string> _descriptions;

    public HsNomenclature(IEnumerable<KeyValuePair<HsCode, string>> entries)
    {
        _descriptions = new Dictionary<HsCode, string>(entries);
    }

    public int Count => _descriptions.Count;

    /// <summary>Reads the datasets/harmonized-system CSV: <c>section,hscode,description,parent,level</c>.</summary>
    public static HsNomenclature ParseCsv(TextReader reader)
    {
        var entries = new List<KeyValuePair<HsCode, string>>();
        var header = true;
        foreach (var fields in Csv.ReadRecords(reader))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (fields.Count >= 3 && HsCode.TryParse(fields[1], out var code))
            {
                entries.Add(new(code, fields[2]));
            }
        }

        return new HsNomenclature(entries);
    }

    /// <summary>True when the code's international part (its first six digits at most) is in the nomenclature.</summary>
    public bool Contains(HsCode code) => _descriptions.ContainsKey(code.International);

    /// <summary>Every code with its description, in code order (to search the nomenclature by words).</summary>
    public IEnumerable<KeyValuePair<HsCode, string>> Entries => _descriptions.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal);

    public string? Describe(HsCode code)
    {
        for (var length = Math.Min(code.Length, 6); length >= 2; length -= 2)
        {
            if (_descriptions.TryGetValue(code.Truncate(length), out var description))
            {
                return description;
            }
        }

        return null;
    }
}
