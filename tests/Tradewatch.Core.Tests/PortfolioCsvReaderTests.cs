using System.Text;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Portfolios;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Tests;

public class PortfolioCsvReaderTests
{
    private static readonly HsNomenclature Nomenclature = HsNomenclature.ParseCsv(new StringReader(
        "section,hscode,description,parent,level\nXVI,85,Electrical machinery,TOTAL,2\nXVI,850511,Magnets,8505,6\nXI,610910,T-shirts,6109,6\n"));

    private static readonly EconomyCatalog Economies = EconomyCatalog.ParseCsv(new StringReader(
        "ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name\nCN,CHN,China\nUS,USA,United States\n"));

    private static PortfolioReadResult Read(string text, int workers = 1, int blockSize = 1 << 20) =>
        new PortfolioCsvReader(Nomenclature, Economies).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), workers, blockSize: blockSize);

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case()
    {
        var result = Read("Value,Date,HS_Code,Origin,Importer\n1000,2025-06-09,8505.11,CN,US\n2000.50,2025-06-10,610910,china,usa\n");
        Assert.Equal(0, result.Skipped);
        Assert.Equal(2, result.Tally.Lines);
        Assert.Equal(3000.50m, result.Tally.Value);
    }

    [Fact]
    public void A_US_import_of_a_line_the_US_schedule_lacks_is_named_and_skipped_and_other_importers_keep_it()
    {
        // a stand-in for the schedule: only 8505.11.00.70 (and its 8-digit line) exist
        var schedule = new HashSet<HsCode> { HsCode.Parse("8505.11.00.70"), HsCode.Parse("8505.11.00") };
        var text = "hs,origin,importer,date,value\n8505.11.00.70,CN,US,2025-06-09,100\n8505.11.00.99,CN,US,2025-06-09,200\n"
            + "8505110070,CN,US,2025-06-10,300\n8505.11.00.99,US,CN,2025-06-09,400\n8505.11,CN,US,2025-06-09,500\n8505.11.00.99,CN,US,2025-06-11,600\n";
        var result = new PortfolioCsvReader(Nomenclature, Economies, schedule.Contains).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(4, result.Tally.Lines);
        Assert.Equal(1300m, result.Tally.Value);
        Assert.Equal(2, result.Skipped);
        Assert.Equal([3, 7], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Equal("US tariff line '8505.11.00.99' is in no revision of the US tariff schedule; line skipped", p.Message));
    }

    [Fact]
    public void A_quantity_needs_an_amount_and_its_unit_and_an_empty_one_leaves_the_line_as_it_is()
    {
        var result = Read("hs,origin,importer,date,value,quantity,unit\n8505.11,CN,US,2025-06-09,100,12,kg\n8505.11,CN,US,2025-06-09,200,,\n"
            + "8505.11,CN,US,2025-06-09,300,12,\n8505.11,CN,US,2025-06-09,400,lots,kg\n8505.11,CN,US,2025-06-09,500,3,kgs\n");
        Assert.Equal(3, result.Tally.Lines);
        Assert.Equal(800m, result.Tally.Value);
        Assert.Equal(
            ["quantity '12' needs its unit in the unit column (kg, liter, No., doz....); line skipped", "quantity 'lots' is not an amount (digits and a decimal point); line skipped"],
            result.Problems.Select(p => p.Message));
        Assert.Equal([4, 5], result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void A_line_written_with_and_without_dots_is_summed_in_one_cell()
    {
        var result = Read("hs,origin,importer,date,value\n8505.11.00.70,CN,US,2025-06-09,100\n8505110070,CN,US,2025-06-10,300\n8505.11.00.70,CN,US,2025-06-11,1\n");
        Assert.Equal(1, result.Tally.Cells);
        Assert.Equal(401m, result.Tally.Value);
    }

    [Fact]
    public void Quoted_fields_with_commas_doubled_quotes_and_line_breaks_are_read_and_line_numbers_count_the_breaks()
    {
        var text = "note,hs,origin,importer,date,value\n"
            + "\"two\nlines, \"\"quoted\"\"\",8505.11,CN,US,2025-06-09,\"1000\"\n"
            + "plain,\" 8505.11 \",CN,US,2025-06-09,\"1,2O0\"\n";
        var result = Read(text);
        Assert.Equal(1, result.Tally.Lines);
        Assert.Equal(1000m, result.Tally.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal("value '1,2O0' is not an amount (digits and a decimal point); line skipped", problem.Message);
    }

    [Fact]
    public void Crlf_line_ends_a_byte_order_mark_and_blank_lines_are_accepted()
    {
        var result = Read("\uFEFFhs,origin,importer,date,value\r\n8505.11,CN,US,2025-06-09,10\r\n\r\n8505.11,CN,US,2025-06-09,5.25\r\n");
        Assert.Equal(0, result.Skipped);
        Assert.Equal(15.25m, result.Tally.Value);
    }

    [Theory]
    [InlineData("8505.12,CN,US,2025-06-09,1", "HS code '8505.12' is not in the HS 2022 nomenclature")]
    [InlineData("85x5.11,CN,US,2025-06-09,1", "HS code '85x5.11' is not an HS code (2 to 10 digits, such as 8505.11)")]
    [InlineData("8505.11,XX,US,2025-06-09,1", "unknown origin 'XX'")]
    [InlineData("8505.11,CN,Atlantis,2025-06-09,1", "unknown importer 'Atlantis'")]
    [InlineData("8505.11,CN,US,09/06/2025,1", "date '09/06/2025' is not a day written yyyy-MM-dd")]
    [InlineData("8505.11,CN,US,2025-02-30,1", "date '2025-02-30' does not exist")]
    [InlineData("8505.11,CN,US,1850-06-09,1", "date '1850-06-09' is outside 1990-01-01 to 2100-12-31")]
    [InlineData("8505.11,CN,US,2025-06-09,-5", "value '-5' is not an amount (digits and a decimal point)")]
    [InlineData("8505.11,CN,US,2025-06-09,", "value '' is not an amount (digits and a decimal point)")]
    [InlineData("8505.11,CN,US,2025-06-09,1,2O0", "the line has 6 fields and the header 5 (a comma in a value that is not quoted?)")]
    [InlineData("8505.11,CN,US", "the line has 3 field(s) and no date, value (the header has 5)")]
    public void A_malformed_line_is_skipped_with_its_line_number_and_reason(string line, string message)
    {
        var result = Read($"hs,origin,importer,date,value\n8505.11,CN,US,2025-06-09,7\n{line}\n");
        Assert.Equal(1, result.Skipped);
        Assert.Equal(1, result.Tally.Lines);
        Assert.Equal(new PortfolioProblem(3, message + "; line skipped"), Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("", "the file is empty: it needs a header line")]
    [InlineData("\n8505.11,CN,US,2025-06-09,1\n", "the first line is blank")]
    [InlineData("8505.11,CN,US,2025-06-09,1\n", "the first line (8505.11,CN,US,2025-06-09,1) is data, not a header")]
    [InlineData("hs,origin,date,amount\n8505.11,CN,2025-06-09,1\n", "the header has no column for importer (found: hs, origin, date, amount)")]
    public void A_file_without_a_usable_header_is_refused_with_a_reason(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_that_runs_on_is_refused_instead_of_read_into_memory()
    {
        using var stream = new RunOnStream("hs,origin,importer,date,value\n8505.11,CN,US,2025-06-09,\"1\n"u8.ToArray(), CsvBlockReader.MaxRecordBytes + (4 << 20));
        var e = Assert.Throws<InvalidDataException>(() => new PortfolioCsvReader(Nomenclature, Economies).Read(stream, blockSize: 1 << 16));
        Assert.Contains("line 2: a record runs over 16 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_read_in_parallel_give_the_same_totals_and_line_numbers_as_one_thread()
    {
        var text = new StringBuilder("hs,origin,importer,date,value\n");
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var bad = i % 997 == 0;
            text.Append(i % 3 == 0 ? "\"8505.11\"" : "6109.10").Append(",CN,US,")
                .Append(DateOnly.FromDayNumber(new DateOnly(2025, 1, 1).DayNumber + random.Next(730)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append(',').Append(bad ? "\"1,2O0\"" : (random.Next(1, 1_000_000) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var one = Read(text.ToString(), workers: 1, blockSize: 4096);
        var two = Read(text.ToString(), workers: 2, blockSize: 1000);
        Assert.Equal(one.Tally.Value, two.Tally.Value);
        Assert.Equal(one.Tally.Lines, two.Tally.Lines);
        Assert.Equal(one.Skipped, two.Skipped);
        Assert.Equal(one.Problems, two.Problems);
        Assert.Equal(2, one.Problems[0].Line);
        Assert.Equal(20_000 - one.Skipped, one.Tally.Lines);
    }

    [Theory]
    [InlineData("2025-06-09", 739410)]
    [InlineData("2025-6-09", -1)]
    [InlineData("2024-02-29", 738944)]
    [InlineData("2025-02-29", -2)]
    [InlineData("2025-13-01", -2)]
    public void Days_are_read_strictly(string text, int expected) =>
        Assert.Equal(expected, PortfolioCsvReader.ParseDay(Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData("1000", "1000")]
    [InlineData("1000.50", "1000.50")]
    [InlineData(".5", "0.5")]
    [InlineData("12345678901234567890.12", "12345678901234567890.12")]
    public void Amounts_are_read_exactly(string text, string expected)
    {
        Assert.True(PortfolioCsvReader.TryParseAmount(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    /// <summary>A prefix, then the letter x for as long as asked: a file with an unclosed quote, without the memory.</summary>
    private sealed class RunOnStream(byte[] prefix, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _position + i < prefix.Length ? prefix[_position + i] : (byte)'x';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
