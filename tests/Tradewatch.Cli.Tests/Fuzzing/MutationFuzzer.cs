using System.Text;

namespace Tradewatch.Cli.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer: each input is a seed from the corpus changed a few times over (bits
/// flipped, bytes inserted, removed or repeated, a chunk spliced from another seed, a token that
/// parsers trip on, a run of nesting). The same seed number gives the same inputs, so a failure
/// found on one machine is found again on another.
/// </summary>
public sealed class MutationFuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "[", "]", "{", "}", "---\n", "...\n", "- ", ": ", "? ", "&a ", "*a", "!!binary ", "|\n", ">-\n", "#", "\"", "'", "\\", "\t", "\r\n",
            "<", ">", "</", "/>", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "&e;", "&amp;", "&#0;", "&#xFFFF;", "<script>", "<item>", "</item>",
            "<entry>", "<rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", ",", "\"\"", "\n", "0", "-1", "9999999999999999999999999999", "1e308", "NaN",
            "2025-02-30", "0000-00-00", "9999-12-31", "Feb 29, 2023", "85.05", "8505.11.00.00", "99", ".", "\u00e9", "\ufeff", "\u202e", "\ud83d\ude00",
        }.Select(Encoding.UTF8.GetBytes),
        [0], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80],
    ];

    private readonly Random random = new(seed);

    public byte[] Next()
    {
        var input = new List<byte>(seeds[random.Next(seeds.Count)]);
        var steps = 1 + random.Next(6);
        for (var i = 0; i < steps; i++)
        {
            Mutate(input);
        }

        return [.. input];
    }

    private void Mutate(List<byte> input)
    {
        var at = input.Count == 0 ? 0 : random.Next(input.Count + 1);
        switch (random.Next(9))
        {
            case 0 when input.Count > 0:
                var bit = random.Next(input.Count);
                input[bit] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                input.Insert(at, (byte)random.Next(256));
                break;
            case 2 when input.Count > 0:
                var length = Math.Min(input.Count - Math.Min(at, input.Count - 1), 1 + random.Next(16));
                input.RemoveRange(Math.Min(at, input.Count - 1), length);
                break;
            case 3:
                input.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 4 when input.Count > 0:
                var start = random.Next(input.Count);
                var chunk = input.GetRange(start, Math.Min(input.Count - start, 1 + random.Next(64)));
                var times = 1 + random.Next(random.Next(2) == 0 ? 4 : 200);
                for (var t = 0; t < times; t++)
                {
                    input.InsertRange(at, chunk);
                }

                break;
            case 5:
                var other = seeds[random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    var from = random.Next(other.Length);
                    input.InsertRange(at, other.Skip(from).Take(1 + random.Next(256)));
                }

                break;
            case 6:
                // Deep nesting: the shape that overflowed stacks.
                var open = Tokens[random.Next(6)];
                var depth = random.Next(2) == 0 ? random.Next(2, 100) : random.Next(1000, 30_000);
                for (var d = 0; d < depth; d++)
                {
                    input.InsertRange(at, open);
                }

                break;
            case 7 when input.Count > 0:
                input.RemoveRange(at == input.Count ? at - 1 : at, input.Count - (at == input.Count ? at - 1 : at));
                break;
            default:
                input.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)random.Next(32, 127), random.Next(1, 5000))));
                break;
        }
    }
}
