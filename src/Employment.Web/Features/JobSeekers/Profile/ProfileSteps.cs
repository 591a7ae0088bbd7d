namespace Employment.Web.Features.JobSeekers.Profile;

public sealed record ProfileStep(string Slug, string Title);

/// <summary>The pages of the careers profile, in the order a coach goes through them with the person.</summary>
public static class ProfileSteps
{
    public static readonly IReadOnlyList<ProfileStep> All =
    [
        new("about", "About the person"),
        new("aspirations", "Hopes for work"),
        new("interests", "Jobs they are interested in"),
        new("skills", "Skills"),
        new("support", "Support at work"),
        new("travel", "Getting to work"),
        new("hours", "Hours"),
        new("kinds", "Kinds of opportunity"),
    ];

    public static ProfileStep? After(string slug)
    {
        var index = All.ToList().FindIndex(s => s.Slug == slug);
        return index >= 0 && index + 1 < All.Count ? All[index + 1] : null;
    }

    public static ProfileStep? Before(string slug)
    {
        var index = All.ToList().FindIndex(s => s.Slug == slug);
        return index > 0 ? All[index - 1] : null;
    }
}
