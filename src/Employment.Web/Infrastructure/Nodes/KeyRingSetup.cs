using Employment.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Employment.Web.Infrastructure.Nodes;

/// <summary>
/// One key ring for every node and every restart: kept in PostgreSQL, each key encrypted under the key from configuration
/// (decision 0051). Sign-in cookies, form tokens, milestone and personal links made on one node work on every other.
/// </summary>
public static class KeyRingSetup
{
    /// <summary>The name every node protects under, whatever folder it runs from (the default is the content root's path).</summary>
    public const string ApplicationName = "Employment";

    /// <summary>False, after saying why in one sentence, when this machine has no usable key ring key.</summary>
    public static bool AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[KeyRingKey.Setting];
        var key = KeyRingKey.Parse(configured);
        if (key is null && !string.IsNullOrWhiteSpace(configured))
        {
            Console.Error.WriteLine(KeyRingKey.Malformed);
            return false;
        }
        if (key is null)
        {
            if (builder.Environment.IsDevelopment())
            {
                key = KeyRingKey.DevelopmentDefault();
            }
            else if (builder.Environment.IsEnvironment("Testing"))
            {
                key = KeyRingKey.Generate();
            }
            else
            {
                Console.Error.WriteLine(KeyRingKey.Missing);
                return false;
            }
        }
        builder.Services.AddSingleton(key);
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<EmploymentDbContext>();
        builder.Services.AddOptions<KeyManagementOptions>().Configure<KeyRingKey>((options, ringKey) => options.XmlEncryptor = new KeyRingEncryptor(ringKey));
        return true;
    }

    /// <summary>
    /// Makes the ring's first key under a database lock before the site serves anything, so nodes starting together
    /// agree on one key instead of each making its own.
    /// </summary>
    public static async Task EnsureKeyRingAsync(this WebApplication app)
    {
        try
        {
            await EnsureFirstKeyAsync(app);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The ring then makes its key when first used; the database's own problem is reported by the health check.
            app.Logger.LogWarning(e, "The shared key ring could not be prepared at start-up");
        }
    }

    /// <summary>A key encrypted under another key ring key cannot be used here, so it does not count as the ring's key.</summary>
    private static bool Readable(IKey key)
    {
        try
        {
            return key.Descriptor is not null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static async Task EnsureFirstKeyAsync(WebApplication app)
    {
        var keys = app.Services.GetRequiredService<IKeyManager>();
        await using var connection = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        // "KeyR": one lock for every node making the ring's first key.
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(1264941394)", connection))
        {
            await take.ExecuteNonQueryAsync();
        }
        try
        {
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2) && Readable(k)))
            {
                var lifetime = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime;
                keys.CreateNewKey(now, now + lifetime);
            }
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(1264941394)", connection);
            await release.ExecuteNonQueryAsync();
        }
    }
}
