using System.Text.Json;

namespace Employment.Core.JobSeekers;

/// <param name="Fields">The answers this step asks for, to tell which sections a change touched.</param>
public sealed record ProfileStep(string Slug, string Title, Func<ProfileAnswers, object?> Fields);

/// <summary>The pages of the careers profile, in the order a coach goes through them with the person.</summary>
public static class ProfileSteps
{
    public static readonly IReadOnlyList<ProfileStep> All =
    [
        new("about", "About the person", a => new { a.FirstName, a.LastName, a.DateOfBirth, a.HomePostcode, a.LocalAuthorityId, a.HasEhcPlan, a.LongTermSupportForLearningDisability, a.EhcPlanIssuedOn, a.EhcNextReviewOn }),
        new("aspirations", "Hopes for work", a => a.Aspirations),
        new("interests", "Jobs they are interested in", a => new[] { a.Interests.ElementAtOrDefault(0), a.Interests.ElementAtOrDefault(1), a.Interests.ElementAtOrDefault(2) }),
        new("skills", "Skills", a => a.Skills),
        new("support", "Support at work", a => a.SupportNeeds),
        new("travel", "Getting to work", a => new { a.TravelMode, a.TravelMaxMinutes, a.TravelTrainingNeeded }),
        new("hours", "Hours", a => new { a.HoursMin, a.HoursMax }),
        new("kinds", "Kinds of opportunity", a => a.PreferredKinds),
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

    /// <summary>The titles of the steps whose answers differ, in step order.</summary>
    public static List<string> Changed(ProfileAnswers before, ProfileAnswers after) =>
        All.Where(s => JsonSerializer.Serialize(s.Fields(before)) != JsonSerializer.Serialize(s.Fields(after)))
            .Select(s => s.Title)
            .ToList();
}
