namespace Tradewatch.News; internal static class Placeholder { }
