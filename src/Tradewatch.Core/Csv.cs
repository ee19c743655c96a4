using System.Text;

namespace Tradewatch.Core;

/// <summary>A small RFC 4180 reader for the reference tables the project ships (quoted fields, doubled quotes, line breaks in quotes), and its writer.</summary>
public static class Csv
{
    /// <summary>One record as an RFC 4180 line (CRLF-terminated): a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Line(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => f is null ? string.Empty : f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\r\n";

    public static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                any = false;
            }
            else if (ch != '\uFEFF' || field.Length > 0 || fields.Count > 0)
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
