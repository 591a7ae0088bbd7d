using System.Security.Cryptography;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Employers;

/// <summary>
/// Gives and finds people's short references. Codes are random, not derived from anything about the person, from
/// letters and digits that cannot be mistaken for each other when read over the phone (no 0/O, 1/I/L, 5/S, 2/Z).
/// </summary>
public sealed class PersonReferences(EmploymentDbContext db)
{
    public const string Prefix = "P-";
    private const string Alphabet = "ABCDEFGHJKMNPQRTUVWXY346789";
    private const int RandomPart = 6;
    public const int CodeLength = 8;

    /// <summary>The reference of each person, giving one to each who has none yet; safe when two pages ask at once.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IReadOnlyCollection<Guid> jobSeekerIds, CancellationToken ct = default)
    {
        var found = await ReadAsync(jobSeekerIds, ct);
        // A clash of random codes (or a reference given meanwhile) inserts nothing; the next round tries again.
        for (var round = 0; round < 5 && found.Count < jobSeekerIds.Count; round++)
        {
            foreach (var id in jobSeekerIds.Where(id => !found.ContainsKey(id)))
            {
                var code = NewCode();
                await db.Database.ExecuteSqlAsync($"INSERT INTO person_references (job_seeker_id, code) VALUES ({id}, {code}) ON CONFLICT DO NOTHING", ct);
            }
            found = await ReadAsync(jobSeekerIds, ct);
        }
        return found;
    }

    /// <summary>The person a reference belongs to, read as typed (any case, spaces or no prefix).</summary>
    public async Task<Guid?> FindAsync(string? typed, CancellationToken ct = default)
    {
        var code = Normalise(typed);
        if (code is null)
        {
            return null;
        }
        return await db.Set<PersonReference>().Where(r => r.Code == code).Select(r => (Guid?)r.JobSeekerId).FirstOrDefaultAsync(ct);
    }

    public static string? Normalise(string? typed)
    {
        var letters = new string((typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (letters.StartsWith('P') && letters.Length == RandomPart + 1)
        {
            letters = letters[1..];
        }
        return letters.Length == RandomPart && letters.All(Alphabet.Contains) ? Prefix + letters : null;
    }

    private async Task<Dictionary<Guid, string>> ReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Set<PersonReference>().AsNoTracking().Where(r => ids.Contains(r.JobSeekerId)).ToDictionaryAsync(r => r.JobSeekerId, r => r.Code, ct);

    private static string NewCode() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomPart);
}
