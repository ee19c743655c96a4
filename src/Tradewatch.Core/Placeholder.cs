namespace Tradewatch.Core; internal static class Placeholder { }
