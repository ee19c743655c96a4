using System.Collections.Concurrent;

namespace Tradewatch.Server.Auth;

/// <summary>
/// Slows password guessing without locking out the person who knows the password. Only failed
/// sign-ins count, per account and client address: a pair that failed <see cref="MaxFailuresPerAccount"/>
/// times within <see cref="Window"/> is refused until its oldest failure leaves the window, and a
/// client that failed <see cref="MaxFailuresPerClient"/> times over any accounts (a spray) likewise.
/// A successful sign-in clears its pair's failures, so a correct password never adds to the count;
/// the same account signs in from any other client whatever one client did.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailuresPerAccount = 5;
    public const int MaxFailuresPerClient = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long the client must wait before trying this account again; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string account, string client)
    {
        var now = clock.GetUtcNow();
        return Max(Wait(PairKey(account, client), MaxFailuresPerAccount, now), Wait(ClientKey(client), MaxFailuresPerClient, now));
    }

    public void Failed(string account, string client)
    {
        var now = clock.GetUtcNow();
        failures.GetOrAdd(PairKey(account, client), _ => new Failures()).Add(now, Window);
        failures.GetOrAdd(ClientKey(client), _ => new Failures()).Add(now, Window);
        if (failures.Count > 100_000)
        {
            Forget(now);
        }
    }

    public void Succeeded(string account, string client) => failures.TryRemove(PairKey(account, client), out _);

    private TimeSpan Wait(string key, int limit, DateTimeOffset now) =>
        failures.TryGetValue(key, out var list) ? list.WaitBeforeNext(now, Window, limit) : TimeSpan.Zero;

    /// <summary>Drops pairs whose failures all left the window, so the table stays bounded under a spray of names.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, list) in failures)
        {
            if (list.WaitBeforeNext(now, Window, 1) == TimeSpan.Zero)
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static string PairKey(string account, string client) => "pair\n" + account.Trim().ToUpperInvariant() + "\n" + client;

    private static string ClientKey(string client) => "client\n" + client;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> times = new();

        public void Add(DateTimeOffset now, TimeSpan window)
        {
            lock (times)
            {
                Trim(now, window);
                times.Enqueue(now);
            }
        }

        public TimeSpan WaitBeforeNext(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (times)
            {
                Trim(now, window);
                return times.Count < limit ? TimeSpan.Zero : times.ElementAt(times.Count - limit) + window - now;
            }
        }

        private void Trim(DateTimeOffset now, TimeSpan window)
        {
            while (times.Count > 0 && times.Peek() <= now - window)
            {
                times.Dequeue();
            }
        }
    }
}
