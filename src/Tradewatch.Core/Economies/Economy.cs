namespace Tradewatch.Core.Economies;

/// <summary>An economy by its ISO 3166 alpha-2 code, or <c>EU</c> for the European Union. Upper case, two letters.</summary>
public readonly record struct Economy
{
    public Economy(string code)
    {
        if (code is null || code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            throw new ArgumentException($"'{code}' is not a two-letter upper-case economy code.", nameof(code));
        }

        Code = code;
    }

    public string Code { get; }

    public override string ToString() => Code;
}
