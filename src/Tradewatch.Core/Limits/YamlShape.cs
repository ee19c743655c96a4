namespace Tradewatch.Core.Limits;

/// <summary>Where a document broke a limit: the line (1-based) and what was exceeded.</summary>
public sealed record LimitProblem(int Line, string Message);

/// <summary>
/// A cheap scan of YAML text, run before a YAML library builds its tree (that build recurses once per
/// level, so 20,000 levels overflow the stack and kill the process). It follows block indentation,
/// compact sequences (<c>- - -</c>), flow collections, quotes, comments and block scalars closely
/// enough to bound the nesting depth, node count and line length from above; it does not validate.
/// </summary>
public static class YamlShape
{
    public static LimitProblem? Check(string text, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var columns = new List<int>();
        var flow = 0;
        var nodes = 0L;
        var quote = '\0';
        var valueStart = true;
        var blockScalarParent = -1;
        var lineNumber = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            lineNumber++;
            if (line.Length > limits.MaxLineLength)
            {
                return new LimitProblem(lineNumber, $"line {lineNumber} is {line.Length:N0} characters long; {InputLimits.Raise($"{limits.MaxLineLength:N0} characters", InputLimits.LineVariable)}");
            }

            var control = line.IndexOfAnyInRange('\0', '\u001F');
            while (control >= 0 && line[control] is '\t' or '\r')
            {
                var next = line[(control + 1)..].IndexOfAnyInRange('\0', '\u001F');
                control = next < 0 ? -1 : control + 1 + next;
            }

            if (control >= 0)
            {
                return new LimitProblem(lineNumber, $"a control character (U+{(int)line[control]:X4}) at line {lineNumber}, column {control + 1}; YAML allows none but tabs and line breaks");
            }

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var blank = indent == line.Length || line[indent] == '#';
            if (blockScalarParent >= 0)
            {
                if (blank || indent > blockScalarParent)
                {
                    continue;
                }

                blockScalarParent = -1;
            }

            var at = 0;
            if (flow == 0 && quote == '\0')
            {
                if (blank || line[indent] == '%')
                {
                    continue;
                }

                if (indent == 0 && (line.StartsWith("---") || line.StartsWith("...")) && (line.Length == 3 || line[3] is ' ' or '\t'))
                {
                    columns.Clear();
                    at = 3;
                }
                else
                {
                    while (columns.Count > 0 && columns[^1] > indent)
                    {
                        columns.RemoveAt(columns.Count - 1);
                    }

                    if (columns.Count == 0 || columns[^1] < indent)
                    {
                        columns.Add(indent);
                    }

                    at = indent;
                    while (at < line.Length && line[at] is '-' or '?' && (at + 1 == line.Length || line[at + 1] is ' ' or '\t'))
                    {
                        at++;
                        while (at < line.Length && line[at] is ' ' or '\t')
                        {
                            at++;
                        }

                        columns.Add(at);
                        nodes++;
                    }
                }

                valueStart = true;
                if (columns.Count > limits.MaxDepth)
                {
                    return TooDeep(lineNumber, limits);
                }
            }

            nodes++;
            for (var i = at; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    if (quote == '"' && c == '\\')
                    {
                        i++;
                    }
                    else if (c == quote)
                    {
                        if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                        {
                            i++;
                        }
                        else
                        {
                            quote = '\0';
                        }
                    }

                    continue;
                }

                if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    break;
                }

                if (c is ' ' or '\t')
                {
                    continue;
                }

                if (valueStart)
                {
                    valueStart = false;
                    if (c is '[' or '{')
                    {
                        flow++;
                        nodes++;
                        valueStart = true;
                        if (columns.Count + flow > limits.MaxDepth)
                        {
                            return TooDeep(lineNumber, limits);
                        }

                        continue;
                    }

                    if (c is '"' or '\'')
                    {
                        quote = c;
                        continue;
                    }

                    if (c is '|' or '>' && flow == 0)
                    {
                        blockScalarParent = indent;
                        break;
                    }

                    if (c is '&' or '!')
                    {
                        // An anchor or a tag comes before the value it names.
                        while (i + 1 < line.Length && line[i + 1] is not (' ' or '\t'))
                        {
                            i++;
                        }

                        valueStart = true;
                        continue;
                    }
                }

                if (flow > 0 && c is ']' or '}')
                {
                    flow--;
                }
                else if (flow > 0 && c == ',')
                {
                    nodes++;
                    valueStart = true;
                }
                else if (c == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t' || (flow > 0 && line[i + 1] is ',' or ']' or '}')))
                {
                    nodes++;
                    valueStart = true;
                }
            }

            if (nodes > limits.MaxNodes)
            {
                return new LimitProblem(lineNumber, $"more than {limits.MaxNodes:N0} nodes by line {lineNumber}; {InputLimits.Raise($"{limits.MaxNodes:N0} nodes", InputLimits.NodesVariable)}");
            }

            if (newline < 0)
            {
                break;
            }
        }

        return null;
    }

    private static LimitProblem TooDeep(int line, InputLimits limits) =>
        new(line, $"nested more than {limits.MaxDepth} levels deep at line {line}; {InputLimits.Raise($"{limits.MaxDepth} levels", InputLimits.DepthVariable)}, up to {InputLimits.DepthCeiling}");
}
