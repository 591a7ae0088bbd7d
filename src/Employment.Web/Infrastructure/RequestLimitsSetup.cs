using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Employment.Web.Infrastructure;

/// <summary>How many attempts are allowed, from configuration section "RequestLimits" (docs/decisions/0056).</summary>
public sealed class RequestLimits
{
    public const string Section = "RequestLimits";

    public int SignInsPerAddressPerMinute { get; set; } = 20;
    public int SignInsPerAccountFromOneAddress { get; set; } = 5;
    public int ResetEmailsPerAccount { get; set; } = 3;
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
    public int RegistrationsPerAddressPerHour { get; set; } = 10;
    public int PasswordResetsPerAddressPerHour { get; set; } = 10;
    public int LinkOpensPerAddressPerMinute { get; set; } = 30;
}

/// <summary>
/// ASP.NET Core's rate limiter, per client address (as read by the forwarded-headers step from a configured proxy),
/// on every route where someone could guess: sign-in, registration, password reset, personal links and milestone
/// links. A refusal is a 429 with Retry-After, shown as a plain-English page.
/// </summary>
public static class RequestLimitsSetup
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";
    public const string Links = "links";

    public static void AddEmploymentRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimits>().BindConfiguration(RequestLimits.Section);
        var limits = builder.Configuration.GetSection(RequestLimits.Section).Get<RequestLimits>() ?? new RequestLimits();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                SetRetryAfter(context.HttpContext.Response, wait);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PerAddress(context, limits.SignInsPerAddressPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Registration, context => PerAddress(context, limits.RegistrationsPerAddressPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(PasswordReset, context => PerAddress(context, limits.PasswordResetsPerAddressPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(Links, context => PerAddress(context, limits.LinkOpensPerAddressPerMinute, TimeSpan.FromMinutes(1)));
        });
    }

    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The in-process test host has no client address; a real server always has one.</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits, TimeSpan window) =>
        context.Connection.RemoteIpAddress is { } address
            ? RateLimitPartition.GetFixedWindowLimiter(Normalise(address),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true })
            : RateLimitPartition.GetNoLimiter("");

    private static string Normalise(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
