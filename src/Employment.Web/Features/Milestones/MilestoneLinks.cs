using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Employment.Web.Features.Milestones;

public enum LinkProblem
{
    None,
    NotValid,
    Expired,
}

/// <summary>
/// The token in an employer's milestone link: the employment check's id and an expiry, protected (encrypted and
/// authenticated) with the site's data protection keys. Expiry is checked against the injected clock, so it is ours
/// rather than the time-limited protector's, which reads the system clock (docs/decisions/0017-milestone-links.md).
/// </summary>
public sealed class MilestoneLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Employment.MilestoneLink.v1");

    public string TokenFor(Guid checkId, DateTimeOffset expiresAt) =>
        _protector.Protect($"{checkId:N}|{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");

    public (Guid CheckId, LinkProblem Problem) Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (Guid.Empty, LinkProblem.NotValid);
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (Guid.Empty, LinkProblem.NotValid);
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var checkId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return (Guid.Empty, LinkProblem.NotValid);
        }
        return clock.GetUtcNow() > DateTimeOffset.FromUnixTimeSeconds(expires) ? (checkId, LinkProblem.Expired) : (checkId, LinkProblem.None);
    }
}
