using System.Security.Cryptography;

namespace Employment.Web.Infrastructure.Nodes;

/// <summary>
/// The 256-bit key from configuration (<c>DataProtection__KeyRingKey</c>, base64) that encrypts every key of the shared key
/// ring before it is stored in the database (decision 0051). Every node must have the same one.
/// </summary>
public sealed class KeyRingKey(byte[] bytes)
{
    public const string Setting = "DataProtection:KeyRingKey";

    public const string Missing =
        "No key ring key is configured: set DataProtection__KeyRingKey to the same 32 random bytes in base64 on every machine (make one with `openssl rand -base64 32`).";

    public const string Malformed =
        "DataProtection__KeyRingKey must be 32 random bytes written in base64 (make one with `openssl rand -base64 32`).";

    public byte[] Bytes { get; } = bytes;

    /// <summary>A short name for the key that gives nothing of it away, so a log can say which key encrypted what.</summary>
    public string Fingerprint { get; } = Convert.ToHexString(SHA256.HashData(bytes))[..12].ToLowerInvariant();

    public static KeyRingKey? Parse(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }
        var buffer = new byte[64];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == 32 ? new KeyRingKey(buffer[..32]) : null;
    }

    public static KeyRingKey Generate() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Development's default when none is configured: generated once and kept in the user's own folder, so the site's
    /// sign-ins survive a restart. Production never uses it.
    /// </summary>
    public static KeyRingKey DevelopmentDefault()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "employment");
        var path = Path.Combine(folder, "development-key-ring-key");
        if (Parse(File.Exists(path) ? File.ReadAllText(path) : null) is { } existing)
        {
            return existing;
        }
        Directory.CreateDirectory(folder);
        var key = Generate();
        File.WriteAllText(path, Convert.ToBase64String(key.Bytes));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
