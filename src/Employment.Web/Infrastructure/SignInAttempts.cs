using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>
/// Attempts per account that the endpoint rate limiter cannot see (the account is in the form's body): sign-ins per
/// account from one address, and reset emails per address typed. ASP.NET Core's partitioned limiters, keyed here.
/// </summary>
public sealed class SignInAttempts(IOptions<RequestLimits> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _signIns = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(options.Value.SignInsPerAccountFromOneAddress, options.Value.AccountWindow)));

    private readonly PartitionedRateLimiter<string> _resets = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(options.Value.ResetEmailsPerAccount, options.Value.AccountWindow)));

    /// <summary>Null when the attempt may go ahead, otherwise how long to wait. No address (the in-process test host) is not limited.</summary>
    public TimeSpan? SignIn(string email, IPAddress? from) =>
        from is null ? null : Refusal(_signIns.AttemptAcquire(Key(email) + "|" + from));

    public TimeSpan? ResetEmail(string email) => Refusal(_resets.AttemptAcquire(Key(email)));

    public void Dispose()
    {
        _signIns.Dispose();
        _resets.Dispose();
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    private static TimeSpan? Refusal(RateLimitLease lease)
    {
        using (lease)
        {
            if (lease.IsAcquired)
            {
                return null;
            }
            return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        }
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
