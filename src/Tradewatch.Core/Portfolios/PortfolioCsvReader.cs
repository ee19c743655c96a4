using System.Collections.Concurrent;
using System.Text;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Limits;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Portfolios;

/// <summary>What reading a portfolio file gave: the lines tallied, the malformed lines skipped (the first ones with their messages), the bytes read.</summary>
public sealed record PortfolioReadResult(PortfolioTally Tally, long Skipped, IReadOnlyList<PortfolioProblem> Problems, long Bytes);

/// <summary>
/// Reads an import book in CSV (UTF-8, a header naming the columns hs, origin, importer, date
/// and value in any order, with aliases, and optionally metal_weight and metal_value, the goods' metal
/// share of their weight in percent and the value of their metal content, quantity and unit, what a
/// specific or compound base rate is charged on, claim, the preference claimed at entry such as USMCA, and metal, the
/// metal the goods are articles of as <see cref="Ledger.Metals"/> names it)
/// straight from bytes into a <see cref="PortfolioTally"/>:
/// streaming in blocks of whole records, so memory stays flat whatever the file's size; no
/// string per field; each malformed line counted, the first ones kept with their line number
/// and reason. With more than one worker, blocks are parsed in parallel and the tallies merged
/// (sums are exact, so the totals do not depend on the order).
/// A file that cannot be read as a portfolio at all (empty, no header, a missing column, an
/// unclosed quote running on for megabytes) is an <see cref="InvalidDataException"/>.
/// </summary>
public sealed class PortfolioCsvReader
{
    public const int Hs = 0, Origin = 1, Importer = 2, Date = 3, Value = 4, MetalWeight = 5, MetalValue = 6, Quantity = 7, Unit = 8, Claim = 9, Metal = 10;

    /// <summary>The columns every book has; the metal weight and value, quantity, unit, claim and metal columns after them are optional, and a line may leave them empty.</summary>
    private const int ColumnCount = 5;

    /// <summary>The names each column goes by (compared ignoring case), the first being the one messages use.</summary>
    public static IReadOnlyList<string[]> ColumnNames { get; } =
    [
        ["hs", "hs_code", "hscode", "hts", "tariff_code", "commodity_code"],
        ["origin", "country_of_origin", "origin_country"],
        ["importer", "destination", "import_country"],
        ["date", "entry_date", "entered"],
        ["value", "customs_value", "value_usd", "amount"],
        ["metal_weight", "metal_weight_percent"],
        ["metal_value", "metal_content_value"],
        ["quantity", "qty"],
        ["unit", "quantity_unit", "uom"],
        ["claim", "preference_claim", "preference"],
        ["metal"],
    ];

    private readonly HsNomenclature _nomenclature;
    private readonly EconomyCatalog _economies;
    private readonly Func<HsCode, bool>? _isUsLine;
    private readonly string[] _claims;

    /// <param name="isUsLine">
    /// Whether a US tariff line (8 or 10 digits) is in the US schedule (<c>TariffSchedule.Numbers</c>): a US import of a line it does not have is
    /// skipped with a message naming it. Null: national lines are checked against the HS nomenclature only.
    /// </param>
    /// <param name="claims">
    /// The preferences a line may claim (the ledger's <see cref="Ledger.Measure.Claim"/> names, matched ignoring case): a line
    /// claiming another is skipped with a message naming those known. Null: none.
    /// </param>
    public PortfolioCsvReader(HsNomenclature nomenclature, EconomyCatalog economies, Func<HsCode, bool>? isUsLine = null, IEnumerable<string>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(nomenclature);
        ArgumentNullException.ThrowIfNull(economies);
        _nomenclature = nomenclature;
        _economies = economies;
        _isUsLine = isUsLine;
        _claims = claims is null ? [] : [.. claims.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <param name="stream">The file's bytes; read to its end once.</param>
    /// <param name="workers">Threads parsing blocks (1: all on the calling thread).</param>
    /// <param name="progress">Called on the calling thread with the bytes read so far, after each block.</param>
    /// <param name="keepProblems">How many malformed lines to keep with their messages (all are counted).</param>
    public PortfolioReadResult Read(Stream stream, int workers = 1, Action<long>? progress = null, int keepProblems = 20, int blockSize = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var blocks = new CsvBlockReader(stream, blockSize);
        var first = blocks.Next() ?? throw new InvalidDataException(NoHeader("the file is empty"));
        var problems = new PortfolioProblems(keepProblems);
        var parsers = new LineParser[workers];
        try
        {
            var records = first.Span;
            var position = records.StartsWith("\uFEFF"u8) ? 3 : 0;
            var header = CsvFields.ReadAll(records, ref position, out var headerLines);
            var wanted = Columns(header);
            for (var i = 0; i < workers; i++)
            {
                parsers[i] = new LineParser(wanted, _nomenclature, _economies, _isUsLine, _claims);
            }

            parsers[0].Parse(records[position..], first.FirstLine + headerLines, problems);
        }
        finally
        {
            CsvBlockReader.Return(first);
        }

        progress?.Invoke(blocks.BytesRead);
        if (workers == 1)
        {
            while (blocks.Next() is { } block)
            {
                try
                {
                    parsers[0].Parse(block.Span, block.FirstLine, problems);
                }
                finally
                {
                    CsvBlockReader.Return(block);
                }

                progress?.Invoke(blocks.BytesRead);
            }
        }
        else
        {
            ReadInParallel(blocks, parsers, problems, progress);
        }

        var tally = parsers[0].Tally;
        foreach (var other in parsers.Skip(1))
        {
            tally.Merge(other.Tally);
        }

        return new PortfolioReadResult(tally, problems.Count, problems.First, blocks.BytesRead);
    }

    private static void ReadInParallel(CsvBlockReader blocks, LineParser[] parsers, PortfolioProblems problems, Action<long>? progress)
    {
        // bounded: the reader waits when the workers fall behind, so at most a few blocks are in memory
        using var queue = new BlockingCollection<CsvBlock>(parsers.Length * 2);
        using var failed = new CancellationTokenSource();
        var workers = parsers.Select(parser => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var block in queue.GetConsumingEnumerable(failed.Token))
                    {
                        try
                        {
                            parser.Parse(block.Span, block.FirstLine, problems);
                        }
                        finally
                        {
                            CsvBlockReader.Return(block);
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        Exception? readFailure = null;
        try
        {
            while (blocks.Next() is { } block)
            {
                queue.Add(block, failed.Token);
                progress?.Invoke(blocks.BytesRead);
            }
        }
        catch (OperationCanceledException)
        {
            // a worker failed; its exception is thrown below
        }
        catch (Exception e)
        {
            readFailure = e;
        }
        finally
        {
            queue.CompleteAdding();
        }

        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        if (readFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(readFailure);
        }
    }

    private static string NoHeader(string what) =>
        $"{what}: it needs a header line naming the columns hs, origin, importer, date, value";

    /// <summary>For each field position in a record, the column it holds (or -1).</summary>
    private static int[] Columns(List<string> header)
    {
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException(NoHeader("the first line is blank"));
        }

        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = ColumnNames.Select(aliases => names.FindIndex(aliases.Contains)).ToArray();
        var missing = ColumnNames.Take(ColumnCount).Where((_, i) => index[i] < 0).Select(aliases => aliases[0]).ToList();
        if (missing.Count == ColumnCount && header.Any(LooksLikeData))
        {
            throw new InvalidDataException(NoHeader($"the first line ({string.Join(",", header)}) is data, not a header"));
        }

        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"the header has no column for {string.Join(", ", missing)} (found: {string.Join(", ", header)}); name them hs, origin, importer, date, value");
        }

        var wanted = Enumerable.Repeat(-1, header.Count).ToArray();
        for (var column = 0; column < index.Length; column++)
        {
            if (index[column] >= 0)
            {
                wanted[index[column]] = column;
            }
        }

        return wanted;
    }

    private static bool LooksLikeData(string field) =>
        field.Trim().Length > 0 && field.Trim().All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ',');

    /// <summary>Parses records into one tally; one per thread.</summary>
    private sealed class LineParser(int[] wanted, HsNomenclature nomenclature, EconomyCatalog economies, Func<HsCode, bool>? isUsLine, string[] claims)
    {
        private const byte Unseen = 0, Known = 1, Unknown = 2;
        private readonly byte[][] _claimBytes = [.. claims.Select(Encoding.UTF8.GetBytes)];
        private readonly CsvFields _fields = new(wanted, ColumnNames.Count);
        private readonly Economy[] _byCode = new Economy[26 * 26];
        private readonly byte[] _codeState = new byte[26 * 26];

        public PortfolioTally Tally { get; } = new();

        public void Parse(ReadOnlySpan<byte> records, long firstLine, PortfolioProblems problems)
        {
            var position = 0;
            var line = firstLine;
            while (position < records.Length)
            {
                var recordLine = line;
                _fields.Read(records, ref position);
                line += _fields.Lines;
                if (_fields.IsBlank)
                {
                    continue;
                }

                var failure = Add(records);
                if (failure != Failure.None)
                {
                    problems.Add(recordLine, problems.Keeps(recordLine) ? Describe(records, failure) + "; line skipped" : null);
                }
            }
        }

        private enum Failure
        {
            None,
            MissingField,
            ExtraFields,
            HsMalformed,
            HsUnknown,
            UsLineUnknown,
            Origin,
            Importer,
            DateMalformed,
            DateMissing,
            DateOutOfRange,
            Value,
            ValueOutOfRange,
            MetalWeight,
            MetalValue,
            Quantity,
            UnitMissing,
            Claim,
            Metal,
        }

        private Failure Add(ReadOnlySpan<byte> records)
        {
            // every wanted column sits at a position below the header's length
            if (_fields.Count < wanted.Length && !HasAll())
            {
                return Failure.MissingField;
            }

            if (_fields.Count > wanted.Length)
            {
                return Failure.ExtraFields;
            }

            var product = Product(_fields.Get(records, Hs));
            if (product.Failure != Failure.None)
            {
                return product.Failure;
            }

            if (!TryEconomy(_fields.Get(records, Origin), out var origin, out var originIndex))
            {
                return Failure.Origin;
            }

            if (!TryEconomy(_fields.Get(records, Importer), out var importer, out var importerIndex))
            {
                return Failure.Importer;
            }

            if (importerIndex == UsIndex && !product.IsUsLine(isUsLine))
            {
                return Failure.UsLineUnknown;
            }

            var day = ParseDay(_fields.Get(records, Date));
            if (day < 0)
            {
                return day == -1 ? Failure.DateMalformed : Failure.DateMissing;
            }

            if (day < MinDay || day > MaxDay)
            {
                return Failure.DateOutOfRange;
            }

            var cents = ParseCents(_fields.Get(records, Value), out var value);
            if (cents == NotAnAmount)
            {
                return Failure.Value;
            }

            if (cents < 0 ? !AmountRange.Contains(value) : cents > (long)(AmountRange.Max * 100))
            {
                return Failure.ValueOutOfRange;
            }

            // a line giving its metal is costed with it (the metal's value pays the layers charged on it, the
            // weight leaves out the layers it exempts): summed apart, by day and weight
            var weightText = _fields.Has(MetalWeight) ? _fields.Get(records, MetalWeight) : default;
            var metalText = _fields.Has(MetalValue) ? _fields.Get(records, MetalValue) : default;
            var quantityText = _fields.Has(Quantity) ? _fields.Get(records, Quantity) : default;
            var unitText = _fields.Has(Unit) ? _fields.Get(records, Unit) : default;
            var claimText = _fields.Has(Claim) ? _fields.Get(records, Claim) : default;
            var ofText = _fields.Has(Metal) ? _fields.Get(records, Metal).Trim((byte)' ') : default;
            if (!weightText.IsEmpty || !metalText.IsEmpty || !quantityText.IsEmpty || !claimText.IsEmpty || !ofText.IsEmpty)
            {
                decimal? weight = null, metal = null, quantity = null;
                string? unit = null, claim = null, of = null;
                // the metal is read as the duty question reads --metal and ?metal=
                if (!ofText.IsEmpty && (of = Ledger.Metals.Named(Encoding.UTF8.GetString(ofText))) is null)
                {
                    return Failure.Metal;
                }

                if (!claimText.IsEmpty)
                {
                    var known = ClaimIndex(claimText);
                    if (known < 0)
                    {
                        return Failure.Claim;
                    }

                    claim = claims[known];
                }

                if (!quantityText.IsEmpty)
                {
                    if (!TryParseAmount(quantityText, out var q))
                    {
                        return Failure.Quantity;
                    }

                    if (unitText.Trim((byte)' ').IsEmpty)
                    {
                        return Failure.UnitMissing;
                    }

                    quantity = q;
                    unit = Schedule.RateUnits.Canonical(Encoding.UTF8.GetString(unitText.Trim((byte)' ')));
                }

                if (!weightText.IsEmpty)
                {
                    if (!TryParseAmount(weightText, out var w) || w > 100)
                    {
                        return Failure.MetalWeight;
                    }

                    weight = w;
                }

                if (!metalText.IsEmpty)
                {
                    var whole = cents >= 0 ? cents * 0.01m : value;
                    if (!TryParseAmount(metalText, out var m) || m > whole)
                    {
                        return Failure.MetalValue;
                    }

                    metal = m;
                }

                Tally.AddGoods(importer, origin, product.Code, day, new Goods(cents >= 0 ? cents * 0.01m : value, quantity, unit, weight, metal, claim, of));
                return Failure.None;
            }

            // the slot is kept for the pair last seen with the product: one pair per file is the rule
            var pair = (importerIndex * 26 * 26) + originIndex;
            if (product.Pair != pair || pair < 0)
            {
                product.Slot = Tally.SlotFor(importer, origin, product.Code);
                product.Pair = pair;
            }

            if (cents >= 0)
            {
                Tally.AddCents(product.Slot!, day, cents);
            }
            else
            {
                Tally.Add(product.Slot!, day, value);
            }

            return Failure.None;
        }

        /// <summary>Which known claim the text names, ignoring case; -1 for none.</summary>
        private int ClaimIndex(ReadOnlySpan<byte> text)
        {
            for (var i = 0; i < _claimBytes.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(text, _claimBytes[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool HasAll()
        {
            for (var column = 0; column < ColumnCount; column++)
            {
                if (!_fields.Has(column))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What a product field says, remembered by its bytes: most books repeat a few hundred codes millions of times.</summary>
        private sealed class ProductEntry(HsCode code, Failure failure)
        {
            public HsCode Code { get; } = code;

            public Failure Failure { get; } = failure;

            public int Pair { get; set; } = -2;

            public PortfolioTally.Slot? Slot { get; set; }

            private byte _usLine;

            /// <summary>Whether the code may stand for goods entering the US: a national line (8 or 10 digits) must be in the US schedule.</summary>
            public bool IsUsLine(Func<HsCode, bool>? isUsLine)
            {
                if (_usLine == 0)
                {
                    _usLine = isUsLine is null || Code.Length < 8 || isUsLine(Code) ? (byte)1 : (byte)2;
                }

                return _usLine == 1;
            }
        }

        /// <summary>
        /// Product fields remembered by their bytes: digits and dots four bits each (up to 16 of them, so a
        /// dotted 10-digit line such as 8505.11.00.70 fits), other texts of up to 8 bytes a byte each.
        /// </summary>
        private readonly Dictionary<ulong, ProductEntry> _products = [];
        private readonly Dictionary<ulong, ProductEntry> _otherProducts = [];

        private ProductEntry Product(ReadOnlySpan<byte> text)
        {
            var cache = _products;
            var key = DigitsKey(text);
            if (key == 0 && text.Length is > 0 and <= 8)
            {
                cache = _otherProducts;
                foreach (var b in text)
                {
                    key = (key << 8) | b;
                }
            }

            var cacheable = key != 0 && cache.Count < 100_000;
            if (cacheable && cache.TryGetValue(key, out var known))
            {
                return known;
            }

            var entry = !HsCode.TryParse(text, out var hs) ? new ProductEntry(default, Failure.HsMalformed)
                : !nomenclature.Contains(hs) ? new ProductEntry(hs, Failure.HsUnknown)
                : new ProductEntry(hs, Failure.None);
            if (cacheable)
            {
                cache[key] = entry;
            }

            return entry;
        }

        /// <summary>The text as four bits a character when it is 1 to 16 digits and dots (digits 1 to 10, the dot 11); else 0.</summary>
        private static ulong DigitsKey(ReadOnlySpan<byte> text)
        {
            if (text.Length is 0 or > 16)
            {
                return 0;
            }

            ulong key = 0;
            foreach (var b in text)
            {
                var digit = unchecked((uint)(b - '0'));
                var nibble = digit <= 9 ? digit + 1 : b == '.' ? 11u : 0u;
                if (nibble == 0)
                {
                    return 0;
                }

                key = (key << 4) | nibble;
            }

            return key;
        }


        private string Describe(ReadOnlySpan<byte> records, Failure failure)
        {
            var text = failure switch
            {
                Failure.HsMalformed or Failure.HsUnknown or Failure.UsLineUnknown => _fields.GetString(records, Hs),
                Failure.Origin => _fields.GetString(records, Origin),
                Failure.Importer => _fields.GetString(records, Importer),
                Failure.DateMalformed or Failure.DateMissing or Failure.DateOutOfRange => _fields.GetString(records, Date),
                Failure.Value or Failure.ValueOutOfRange => _fields.GetString(records, Value),
                Failure.MetalWeight => _fields.GetString(records, MetalWeight),
                Failure.MetalValue => _fields.GetString(records, MetalValue),
                Failure.Quantity or Failure.UnitMissing => _fields.GetString(records, Quantity),
                Failure.Claim => _fields.GetString(records, Claim),
                Failure.Metal => _fields.GetString(records, Metal),
                _ => string.Empty,
            };
            return failure switch
            {
                Failure.MissingField => $"the line has {_fields.Count} field(s) and no {string.Join(", ", Enumerable.Range(0, ColumnCount).Where(c => !_fields.Has(c)).Select(c => ColumnNames[c][0]))} (the header has {wanted.Length})",
                Failure.ExtraFields => $"the line has {_fields.Count} fields and the header {wanted.Length} (a comma in a value that is not quoted?)",
                Failure.HsMalformed => $"HS code '{text}' is not an HS code (2 to 10 digits, such as 8505.11)",
                Failure.HsUnknown => $"HS code '{text}' is not in the HS 2022 nomenclature",
                Failure.UsLineUnknown => $"US tariff line '{text}' is in no revision of the US tariff schedule",
                Failure.Origin => $"unknown origin '{text}'",
                Failure.Importer => $"unknown importer '{text}'",
                Failure.DateMalformed => $"date '{text}' is not a day written yyyy-MM-dd",
                Failure.DateMissing => $"date '{text}' does not exist",
                Failure.DateOutOfRange => $"date '{text}' is outside 1990-01-01 to 2100-12-31",
                Failure.ValueOutOfRange => $"value '{text}' is outside the accepted range of amounts, {AmountRange.Text}",
                Failure.MetalWeight => $"metal_weight '{text}' is not a share of the weight in percent (0 to 100)",
                Failure.MetalValue => $"metal_value '{text}' is not an amount at most the line's value",
                Failure.Quantity => $"quantity '{text}' is not an amount (digits and a decimal point)",
                Failure.UnitMissing => $"quantity '{text}' needs its unit in the unit column (kg, liter, No., doz....)",
                Failure.Claim => claims.Length == 0
                    ? $"claim '{text}' is no preference the ledger knows: it names none"
                    : $"claim '{text}' is no preference the ledger knows ({string.Join(", ", claims)}); leave it empty when no claim is made",
                Failure.Metal => $"metal '{text}' is no metal a duty condition names: give {Ledger.Metals.Described}, or leave it empty",
                _ => $"value '{text}' is not an amount (digits and a decimal point)",
            };
        }

        /// <summary>An economy by code or name; <paramref name="index"/> numbers its two-letter code (0 to 675).</summary>
        private bool TryEconomy(ReadOnlySpan<byte> text, out Economy economy, out int index)
        {
            if (text.Length == 2 && char.IsAsciiLetter((char)text[0]) && char.IsAsciiLetter((char)text[1]))
            {
                index = ((char.ToUpperInvariant((char)text[0]) - 'A') * 26) + (char.ToUpperInvariant((char)text[1]) - 'A');
                if (_codeState[index] == Unseen)
                {
                    _codeState[index] = economies.TryResolve(Encoding.ASCII.GetString(text), out _byCode[index]) ? Known : Unknown;
                }

                economy = _byCode[index];
                return _codeState[index] == Known;
            }

            var found = economies.TryResolve(Encoding.UTF8.GetString(text), out economy);
            index = found ? ((economy.Code[0] - 'A') * 26) + (economy.Code[1] - 'A') : -1;
            return found;
        }
    }

    /// <summary>The United States' two-letter code as the parser numbers it: (U, S) = 20 * 26 + 18.</summary>
    private const int UsIndex = (('U' - 'A') * 26) + ('S' - 'A');

    private static readonly int MinDay = new DateOnly(1990, 1, 1).DayNumber;
    private static readonly int MaxDay = new DateOnly(2100, 12, 31).DayNumber;

    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>The day number of a yyyy-MM-dd date; -1 when not written so, -2 when no such day exists.</summary>
    public static int ParseDay(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return -1;
        }

        static int Digits(ReadOnlySpan<byte> text, int from, int count)
        {
            var value = 0;
            for (var i = from; i < from + count; i++)
            {
                var d = text[i] - '0';
                if (unchecked((uint)d) > 9)
                {
                    return -1;
                }

                value = (value * 10) + d;
            }

            return value;
        }

        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        if (year < 0 || month < 0 || day < 0)
        {
            return -1;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return -2;
        }

        var y = year - 1;
        return (365 * y) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + (month > 2 && DateTime.IsLeapYear(year) ? 1 : 0) + day - 1;
    }

    /// <summary>An amount written as digits with at most one decimal point (no sign, no thousands separator).</summary>
    public static bool TryParseAmount(ReadOnlySpan<byte> text, out decimal value)
    {
        var cents = ParseCents(text, out value);
        if (cents >= 0)
        {
            value = cents * 0.01m;
        }

        return cents != NotAnAmount;
    }

    private const long NotAnAmount = -2, NotWholeCents = -1;

    /// <summary>
    /// An amount in whole cents when it is one (at most two decimals, below 10^16), the common
    /// case kept to integers; otherwise <see cref="NotWholeCents"/> with the amount in
    /// <paramref name="value"/>, or <see cref="NotAnAmount"/>.
    /// </summary>
    private static long ParseCents(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        ulong mantissa = 0;
        int digits = 0, scale = -1;
        foreach (var b in text)
        {
            var d = b - '0';
            if (unchecked((uint)d) <= 9)
            {
                if (digits == 19)
                {
                    return decimal.TryParse(Encoding.ASCII.GetString(text), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value)
                        ? NotWholeCents : NotAnAmount;
                }

                mantissa = (mantissa * 10) + (ulong)d;
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (b == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return NotAnAmount;
            }
        }

        if (digits == 0)
        {
            return NotAnAmount;
        }

        scale = Math.Max(scale, 0);
        if (scale <= 2 && mantissa < 10_000_000_000_000_000)
        {
            return (long)mantissa * (scale == 0 ? 100 : scale == 1 ? 10 : 1);
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
        return NotWholeCents;
    }
}
