using Microsoft.Extensions.Caching.Memory;

namespace Portal.Users.Services;

/// <summary>Who is trying to log in: a browser that has logged in to the account before, or a client address.</summary>
public readonly record struct LoginClient(string Key, bool IsKnownDevice);

/// <summary>
/// Slows down password guessing per account instead of locking the account (which would let anyone
/// lock out the administrator). Each client (address, or a browser known to the account) has a few
/// free wrong passwords per account, then must wait before each further try: 1, 2, 4, 8, then at most
/// 15 minutes. Wrong passwords from unknown browsers also count for the account as a whole, so many
/// addresses together are slowed down too; browsers the account has logged in from are exempt from
/// that, so an attacker cannot keep the real user out. Unknown user names are counted exactly like
/// existing ones, so the answers tell nothing about which accounts exist. Kept in memory: each node
/// counts on its own, and a restart forgets.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock) : IDisposable
{
    public const int FreeFailuresPerClient = 5;
    public const int FreeFailuresPerAccount = 10;
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>Failures this old no longer count.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private const int MaxClientsPerAccount = 1000;

    // Bounded, so that guessing at many invented user names cannot exhaust memory.
    private readonly MemoryCache _accounts = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long <paramref name="client"/> must wait before trying <paramref name="account"/> (a normalized user name) again.</summary>
    public TimeSpan WaitFor(string account, LoginClient client)
    {
        if (!_accounts.TryGetValue(account, out Attempts? attempts))
        {
            return TimeSpan.Zero;
        }

        var now = clock.GetUtcNow();
        lock (attempts!)
        {
            var wait = attempts.Clients.TryGetValue(client.Key, out var own) ? own.Wait(now, FreeFailuresPerClient) : TimeSpan.Zero;
            return client.IsKnownDevice ? wait : Max(wait, attempts.Account.Wait(now, FreeFailuresPerAccount));
        }
    }

    /// <summary>Whether any client must wait before trying the account: what an administrator sees as locked.</summary>
    public bool IsSlowedDown(string account)
    {
        if (!_accounts.TryGetValue(account, out Attempts? attempts))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        lock (attempts!)
        {
            return attempts.Account.Wait(now, FreeFailuresPerAccount) > TimeSpan.Zero
                || attempts.Clients.Values.Any(c => c.Wait(now, FreeFailuresPerClient) > TimeSpan.Zero);
        }
    }

    public void Failed(string account, LoginClient client)
    {
        var now = clock.GetUtcNow();
        var attempts = _accounts.GetOrCreate(account, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = ForgetAfter;
            return new Attempts();
        })!;
        lock (attempts)
        {
            if (!attempts.Clients.TryGetValue(client.Key, out var own))
            {
                if (attempts.Clients.Count >= MaxClientsPerAccount)
                {
                    attempts.ForgetOld(now);
                }

                own = new Counter();
                if (attempts.Clients.Count < MaxClientsPerAccount)
                {
                    attempts.Clients[client.Key] = own;
                }
            }

            own.Fail(now);
            if (!client.IsKnownDevice)
            {
                attempts.Account.Fail(now);
            }
        }
    }

    /// <summary>A right password: the client starts afresh. The account's count only ages, so an attack
    /// in progress is not reset by the real user logging in meanwhile.</summary>
    public void Succeeded(string account, LoginClient client)
    {
        if (_accounts.TryGetValue(account, out Attempts? attempts))
        {
            lock (attempts!)
            {
                attempts.Clients.Remove(client.Key);
            }
        }
    }

    /// <summary>An administrator lifted the restriction.</summary>
    public void Reset(string account) => _accounts.Remove(account);

    public void Dispose() => _accounts.Dispose();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Attempts
    {
        public Counter Account { get; } = new();

        public Dictionary<string, Counter> Clients { get; } = new(StringComparer.Ordinal);

        public void ForgetOld(DateTimeOffset now)
        {
            foreach (var key in Clients.Where(c => now - c.Value.LastFailure > ForgetAfter).Select(c => c.Key).ToList())
            {
                Clients.Remove(key);
            }
        }
    }

    private sealed class Counter
    {
        public int Failures { get; private set; }

        public DateTimeOffset LastFailure { get; private set; }

        public void Fail(DateTimeOffset now)
        {
            if (now - LastFailure > ForgetAfter)
            {
                Failures = 0;
            }

            Failures++;
            LastFailure = now;
        }

        public TimeSpan Wait(DateTimeOffset now, int free)
        {
            if (Failures < free || now - LastFailure > ForgetAfter)
            {
                return TimeSpan.Zero;
            }

            var doublings = Math.Min(Failures - free, 10);
            var wait = TimeSpan.FromTicks(Math.Min(FirstWait.Ticks << doublings, LongestWait.Ticks));
            var left = LastFailure + wait - now;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
