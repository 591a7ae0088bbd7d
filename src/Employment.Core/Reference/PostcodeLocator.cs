using System.Text.RegularExpressions;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Reference;

public sealed record PostcodeLocation(string Postcode, string District, double Latitude, double Longitude);

/// <summary>Resolves a home or workplace postcode to a location offline, from its district's centroid.</summary>
public sealed partial class PostcodeLocator(EmploymentDbContext db)
{
    [GeneratedRegex(@"^([A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s*([0-9][A-Z]{2}))?$")]
    private static partial Regex PostcodePattern();

    /// <summary>Tidies a postcode as people type it: upper case, one space before the inward part.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var compact = Regex.Replace(input.ToUpperInvariant(), @"\s+", "");
        var match = PostcodePattern().Match(compact.Length > 4 ? compact[..^3] + " " + compact[^3..] : compact);
        if (!match.Success)
        {
            match = PostcodePattern().Match(compact);
        }
        if (!match.Success)
        {
            return null;
        }
        return match.Groups[2].Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : match.Groups[1].Value;
    }

    public async Task<PostcodeLocation?> LocateAsync(string? input, CancellationToken cancellationToken = default)
    {
        var postcode = Normalise(input);
        if (postcode is null)
        {
            return null;
        }
        var district = postcode.Split(' ')[0];
        var found = await db.PostcodeDistricts.AsNoTracking().FirstOrDefaultAsync(p => p.District == district, cancellationToken);
        return found is null ? null : new PostcodeLocation(postcode, district, found.Latitude, found.Longitude);
    }
}
