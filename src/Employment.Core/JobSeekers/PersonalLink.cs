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

    /// <summary>SHA-256 of the short code a person can type (docs/decisions/0070); null for links made before short codes.</summary>
    public byte[]? ShortCodeHash { get; set; }

    /// <summary>No 0/O, 1/I/L: nothing a person could read two ways.</summary>
    public const string ShortCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int ShortCodeLength = 8;

    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A new random token (256 bits, URL-safe) for a link.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    /// <summary>A new short code: 8 characters from a 31-letter alphabet, about 8.5 × 10^11 codes.</summary>
    public static string NewShortCode() => RandomNumberGenerator.GetString(ShortCodeAlphabet, ShortCodeLength);

    /// <summary>The code as it is shown, in two groups of four: "HK7P-3XM2".</summary>
    public static string ShowShortCode(string code) => code.Length == ShortCodeLength ? $"{code[..4]}-{code[4..]}" : code;

    /// <summary>
    /// The code as typed, in capitals without spaces or dashes; null when it cannot be a code (wrong length, or a
    /// character outside the alphabet), so nothing else is looked up.
    /// </summary>
    public static string? NormaliseShortCode(string? typed)
    {
        if (typed is null || typed.Length > 32)
        {
            return null;
        }
        var code = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == ShortCodeLength && code.All(c => ShortCodeAlphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
