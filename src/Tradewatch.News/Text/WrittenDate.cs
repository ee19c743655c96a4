namespace Tradewatch.News.Text;

/// <summary>A calendar date written in a text, with where it stands (UTF-16 offsets, end exclusive).</summary>
public readonly record struct WrittenDate(DateOnly Date, int Start, int End);
