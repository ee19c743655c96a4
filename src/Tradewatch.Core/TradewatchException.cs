namespace Tradewatch.Core;

/// <summary>
/// The root of Tradewatch's own failures, which a front end reports as a message (never a stack
/// trace): <see cref="BadDataException"/> when the input data is wrong or names something that does
/// not exist, <see cref="StorageException"/> when the store cannot do what was asked. A caller's
/// mistake (a null, an argument out of range) is an <see cref="ArgumentException"/> instead, and any
/// other exception is a bug.
/// </summary>
public abstract class TradewatchException : Exception
{
    /// <summary>A failure with a message a person can act on.</summary>
    protected TradewatchException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>
    /// Another library's exception message as a person should read it inside one of ours: without
    /// the " (Parameter 'name')" that <see cref="ArgumentException"/> appends for its parameter.
    /// </summary>
    public static string PlainMessage(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return message[..^suffix.Length];
            }
        }

        return message;
    }
}
