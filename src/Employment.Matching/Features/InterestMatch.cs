namespace Employment.Matching.Features;

/// <summary>How the person's occupational interests meet an opportunity's SOC unit group; broader matches include narrower ones.</summary>
public readonly record struct InterestMatch(int Rank, bool SameMinor, bool SameSubMajor, bool SameMajor, string? ClosestInterest)
{
    public static InterestMatch Of(IReadOnlyList<string> interests, string socCode, SocHierarchy soc)
    {
        var rank = 0;
        var best = 0;
        string? closest = null;
        // The opportunity's groups once, not once per interest: this runs for every scored pair.
        var minor = soc.MinorOf(socCode);
        var subMajor = soc.SubMajorOf(socCode);
        var major = soc.MajorOf(socCode);
        for (var i = 0; i < interests.Count; i++)
        {
            var interest = interests[i];
            var closeness = interest == socCode ? 4
                : soc.MinorOf(interest) == minor ? 3
                : soc.SubMajorOf(interest) == subMajor ? 2
                : soc.MajorOf(interest) == major ? 1
                : 0;
            if (closeness == 4 && rank == 0)
            {
                rank = i + 1;
            }
            if (closeness > best)
            {
                best = closeness;
                closest = interest;
            }
        }
        return new InterestMatch(rank, best >= 3, best >= 2, best >= 1, closest);
    }
}
