using Employment.Core.Reference;

namespace Employment.Core.Employers;

/// <summary>Where a site is: a site needs its full postcode, which resolves offline (decision 0008).</summary>
public static class SitePostcode
{
    /// <summary>The site's location, or null when the postcode is not a full one that resolves.</summary>
    public static async Task<PostcodeLocation?> LocateAsync(PostcodeLocator postcodes, string? typed)
    {
        // The district alone ("LE1") is not an address.
        var normalised = PostcodeLocator.Normalise(typed ?? "");
        return normalised is null || !normalised.Contains(' ', StringComparison.Ordinal) ? null : await postcodes.LocateAsync(normalised);
    }
}
