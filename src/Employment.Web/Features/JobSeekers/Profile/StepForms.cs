using Employment.Core.JobSeekers;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Which form and view belong to each step of the profile.</summary>
public static class StepForms
{
    public static IStepForm From(string step, ProfileAnswers a) => step switch
    {
        "about" => AboutForm.From(a),
        "aspirations" => AspirationsForm.From(a),
        "interests" => InterestsForm.From(a),
        "skills" => SkillsForm.From(a),
        "support" => SupportForm.From(a),
        "travel" => TravelForm.From(a),
        "hours" => HoursForm.From(a),
        "kinds" => KindsForm.From(a),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "No such step"),
    };

    public static IStepForm Empty(string step) => From(step, new ProfileAnswers());

    public static string ViewName(string step) => char.ToUpperInvariant(step[0]) + step[1..];
}
