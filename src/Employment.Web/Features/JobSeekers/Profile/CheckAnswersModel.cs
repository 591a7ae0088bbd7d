using System.Globalization;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed record AnswerRow(string Key, IReadOnlyList<string> Lines, string Step);

/// <summary>Every answer in plain English, each with the step that changes it.</summary>
public sealed record CheckAnswersModel(Guid DraftId, bool IsNew, string Name, IReadOnlyList<AnswerRow> Rows)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<CheckAnswersModel> BuildAsync(ProfileDraft draft, ProfileAnswers a, ReferenceLists lists)
    {
        var councils = await lists.LocalAuthoritiesAsync();
        var jobs = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        static IReadOnlyList<string> OrNone(IReadOnlyList<string> lines, string none) => lines.Count == 0 ? [none] : lines;

        var rows = new List<AnswerRow>
        {
            new("Name", [$"{a.FirstName} {a.LastName}"], "about"),
            new("Date of birth", [a.DateOfBirth?.ToString("d MMMM yyyy", English) ?? ""], "about"),
            new("Home postcode", [a.HomePostcode ?? ""], "about"),
            new("Council", [ReferenceLists.LabelOf(councils, a.LocalAuthorityId?.ToString(CultureInfo.InvariantCulture) ?? "")], "about"),
            new("EHC plan", [a.HasEhcPlan == true ? "Yes" : "No",
                .. a.EhcPlanIssuedOn is { } issued ? [$"Issued {issued.ToString("d MMMM yyyy", English)}"] : Array.Empty<string>(),
                .. a.EhcNextReviewOn is { } review ? [$"Next annual review {review.ToString("d MMMM yyyy", English)}"] : Array.Empty<string>()], "about"),
            new("Long-term social care support for a learning disability", [a.LongTermSupportForLearningDisability == true ? "Yes" : "No"], "about"),
            new("Hopes for work", [a.Aspirations ?? ""], "aspirations"),
            new("Jobs they are interested in", OrNone(a.Interests.Select((code, i) => $"{i + 1}. {ReferenceLists.LabelOf(jobs, code)}").ToList(), "None chosen"), "interests"),
            new("Skills", OrNone(a.Skills.Select(s => ReferenceLists.LabelOf(skills, s)).ToList(), "None recorded"), "skills"),
            new("Support at work", OrNone(a.SupportNeeds.Select(s => ReferenceLists.LabelOf(adjustments, s)).ToList(), "No support needed"), "support"),
            new("Getting to work", [
                a.TravelMode is { } mode ? TravelForm.Label(mode) : "",
                $"Up to {a.TravelMaxMinutes} minutes each way",
                a.TravelTrainingNeeded == true ? "Needs travel training" : "Does not need travel training"], "travel"),
            new("Hours a week", [$"{a.HoursMin:0.#} to {a.HoursMax:0.#}"], "hours"),
            new("Kinds of opportunity", OrNone(a.PreferredKinds.Select(k => k.Label()).ToList(), "Any kind"), "kinds"),
        };
        return new CheckAnswersModel(draft.Id, draft.JobSeekerId is null, $"{a.FirstName} {a.LastName}", rows);
    }
}
