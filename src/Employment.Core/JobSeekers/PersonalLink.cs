using System.Security.Cryptography;

namespace Employment.Core.JobSeekers;

/// <summary>
/// A link that opens one person's own easy-read view without a password. Only a hash of the token is kept, so a
/// copy of the database cannot open anyone's view; the raw token exists only in the link the coach hands over.
/// </summary>
public class PersonalLink
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public Guid Id { get; set; }
    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    /// <summary>SHA-256 of the token in the link.</summary>
    public required byte[] TokenHash { get; set; }

    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A new random token (256 bits, URL-safe) for a link.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
